"""The Word reader and the text decoder on hostile input: bombs, cycles, huge counts, bad
numbers, broken packages. Each case ends in the app's own error (or a result) within 2 s.

The builders here are also used by tests/measure_limits.py to time and weigh each case in
a subprocess.
"""

from __future__ import annotations

import io
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import limits
from app.core.errors import ZongjieError
from app.core.importer import import_file
from app.core.importer.decode import ImportLimitError, decode_text
from app.core.importer.docx_reader import NotDocxError, docx_bytes_to_lines

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="word/document.xml"/>'
    "</Relationships>"
)


def doc_rels(styles: bool = True, numbering: bool = False, external_styles: bool = False) -> str:
    rels = []
    if external_styles:
        rels.append(
            f'<Relationship Id="rId1" Type="{R}/styles" Target="http://example.invalid/s.xml" '
            'TargetMode="External"/>'
        )
    elif styles:
        rels.append(f'<Relationship Id="rId1" Type="{R}/styles" Target="styles.xml"/>')
    if numbering:
        rels.append(f'<Relationship Id="rId2" Type="{R}/numbering" Target="numbering.xml"/>')
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(rels)
        + "</Relationships>"
    )


def document(body: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>'


def paragraph(text: str, style: str | None = None, extra_ppr: str = "") -> str:
    ppr = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{ppr}{extra_ppr}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def styles_xml(styles: str) -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{styles}</w:styles>'


def style(style_id: str, based_on: str | None = None, extra: str = "") -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    return (
        f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{style_id}"/>'
        f"{based}{extra}</w:style>"
    )


def make_docx(
    body_xml: str,
    styles: str | None = "",
    numbering: str | None = None,
    extra: dict[str, bytes] | None = None,
    rels: str | None = None,
) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("word/document.xml", body_xml)
        archive.writestr(
            "word/_rels/document.xml.rels",
            rels or doc_rels(styles is not None, numbering is not None),
        )
        if styles is not None:
            archive.writestr("word/styles.xml", styles_xml(styles))
        if numbering is not None:
            archive.writestr("word/numbering.xml", numbering)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zeros_deflate(megabytes: int) -> bytes:
    """A raw deflate stream of `megabytes` MB of zeros, built in milliseconds: one 1 MB
    block compressed with a full flush (independent, byte-aligned) repeated, then the end."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = compressor.compress(bytes(1 << 20)) + compressor.flush(zlib.Z_FULL_FLUSH)
    return block * megabytes + b"\x03\x00"  # an empty final fixed block


def bomb_docx(
    megabytes: int, member: str = "word/media/image1.png", declared: int | None = None
) -> bytes:
    """A small .docx with one member inflating to `megabytes` MB; `declared` is the size
    the zip's directory claims (default: the truth, capped to 32 bits)."""
    good = make_docx(document(paragraph("正文")))
    data = zeros_deflate(megabytes)
    size = min(megabytes << 20, 0xFFFFFFFE) if declared is None else declared
    name = member.encode()
    source = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    central = []
    for info in source.infolist():
        raw = source.read(info.filename)
        comp = zlib.compressobj(6, zlib.DEFLATED, -15)
        packed = comp.compress(raw) + comp.flush()
        central.append((info.filename.encode(), out.tell(), zlib.crc32(raw), len(packed), len(raw)))
        fname = info.filename.encode()
        out.write(
            struct.pack(
                "<4s5H3L2H",
                b"PK\x03\x04",
                20,
                0,
                8,
                0,
                0,
                zlib.crc32(raw),
                len(packed),
                len(raw),
                len(fname),
                0,
            )
        )
        out.write(fname + packed)
    central.append((name, out.tell(), 0, len(data), size))
    out.write(
        struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, 8, 0, 0, 0, len(data), size, len(name), 0)
    )
    out.write(name + data)
    start = out.tell()
    for fname, offset, crc, csize, usize in central:
        out.write(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                csize,
                usize,
                len(fname),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        out.write(fname)
    end = out.tell()
    out.write(
        struct.pack(
            "<4s4H2LH", b"PK\x05\x06", 0, 0, len(central), len(central), end - start, start, 0
        )
    )
    return out.getvalue()


def many_paragraphs(count: int) -> bytes:
    return make_docx(document("<w:p><w:r><w:t>段落</w:t></w:r></w:p>" * count))


def style_chain(length: int) -> bytes:
    styles = style("S0") + "".join(style(f"S{n}", f"S{n - 1}") for n in range(1, length))
    return make_docx(document(paragraph("正文", f"S{length - 1}")), styles)


CASES: dict[str, bytes] = {}


def _cases() -> dict[str, bytes]:
    """name → file bytes, every hostile shape of the issue (built once, all small)."""
    if CASES:
        return CASES
    CASES.update(
        {
            "self_based_style": make_docx(document(paragraph("一、正文", "A")), style("A", "A")),
            "two_styles_based_on_each_other": make_docx(
                document(paragraph("一、正文", "A") + paragraph("（一）标题", "B")),
                style("A", "B") + style("B", "A"),
            ),
            "basedOn_chain_10000": style_chain(10_000),
            "bad_outline_level": make_docx(
                document(paragraph("标题", extra_ppr='<w:outlineLvl w:val="x9"/>'))
            ),
            "huge_outline_level": make_docx(
                document(
                    paragraph("标题", extra_ppr='<w:outlineLvl w:val="99999999999999999999"/>')
                )
            ),
            "bad_numbering_values": make_docx(
                document(
                    paragraph(
                        "主要工作",
                        extra_ppr='<w:numPr><w:ilvl w:val="abc"/><w:numId w:val="1"/></w:numPr>',
                    )
                    + paragraph(
                        "其他",
                        extra_ppr='<w:numPr><w:ilvl w:val="12"/><w:numId w:val="1"/></w:numPr>',
                    )
                ),
                numbering=(
                    f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
                    '<w:lvl w:ilvl="zz"><w:start w:val="-5"/><w:numFmt w:val="chineseCounting"/>'
                    '<w:lvlText w:val="%1、"/></w:lvl><w:lvl w:ilvl="0"><w:start w:val="0"/>'
                    '<w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
                    '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/>'
                    '<w:lvlOverride w:ilvl="q"><w:startOverride w:val="1e9"/></w:lvlOverride>'
                    "</w:num></w:numbering>"
                ),
            ),
            "bad_font_size": make_docx(
                document(
                    '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:sz w:val="big"/>'
                    "</w:rPr><w:t>标题</w:t></w:r></w:p>"
                )
            ),
            "bad_grid_span": make_docx(
                document(
                    '<w:tbl><w:tr><w:trPr><w:gridBefore w:val="-1"/></w:trPr><w:tc><w:tcPr>'
                    '<w:gridSpan w:val="9999999999"/></w:tcPr><w:p><w:r><w:t>格</w:t></w:r></w:p>'
                    "</w:tc></w:tr><w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr></w:tbl>"
                )
            ),
            "missing_body": make_docx(
                f'<?xml version="1.0"?><w:document xmlns:w="{W}"></w:document>'
            ),
            "not_a_document_root": make_docx(
                f'<?xml version="1.0"?><w:styles xmlns:w="{W}"><w:body/></w:styles>'
            ),
            "external_styles": make_docx(
                document(paragraph("一、主要工作")), rels=doc_rels(external_styles=True)
            ),
            "truncated_document_xml": make_docx(document(paragraph("正文"))[:-30]),
            "xxe_entity": make_docx(
                '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                f'<w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p>'
                "</w:body></w:document>"
            ),
            "billion_laughs": make_docx(
                '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
                + "".join(
                    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8)
                )
                + f']><w:document xmlns:w="{W}"><w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p>'
                "</w:body></w:document>"
            ),
            "binary_document_xml": make_docx(bytes(range(256)).decode("latin-1")),
            "paragraphs_1e6": make_docx(document("<w:p/>" * 1_000_000)),
            "paragraphs_1e6_with_text": many_paragraphs(1_000_000),
            "runs_in_one_paragraph": make_docx(
                document(
                    "<w:p>" + "<w:r><w:t>字</w:t></w:r>" * (limits.DOCX_MAX_RUNS + 5_000) + "</w:p>"
                )
            ),
            "table_cells": make_docx(
                document("<w:tbl>" + ("<w:tr>" + "<w:tc/>" * 100 + "</w:tr>") * 600 + "</w:tbl>")
            ),
            "bomb_image_3900MB": bomb_docx(3900),
            "bomb_document_xml_1GB": bomb_docx(1024, member="word/document.xml"),
            "bomb_lying_directory": bomb_docx(600, member="word/styles.xml", declared=1000),
            "too_many_parts": make_docx(
                document(paragraph("正文")),
                extra={
                    f"customXml/item{n}.xml": b"<a/>" for n in range(limits.DOCX_MAX_PARTS + 10)
                },
            ),
        }
    )
    return CASES


OWN_ERRORS = (NotDocxError, ImportLimitError)
EXPECTED_REFUSALS = {
    "missing_body": "没有正文",
    "not_a_document_root": "不是 Word 文档的格式",
    "truncated_document_xml": "不完整",
    "xxe_entity": "DTD",
    "billion_laughs": "DTD",
    "paragraphs_1e6": f"超过 {limits.DOCX_MAX_PARAGRAPHS:,} 段的上限",
    "paragraphs_1e6_with_text": "上限",
    "runs_in_one_paragraph": "片段",
    "table_cells": "单元格",
    "bomb_image_3900MB": "解压后",
    "bomb_document_xml_1GB": "解压后",
    "too_many_parts": "部件",
}


@pytest.mark.parametrize("case", sorted(_cases()))
def test_hostile_docx_gives_the_apps_own_answer_within_2_s(tmp_path: Path, case: str) -> None:
    path = tmp_path / f"{case}.docx"
    path.write_bytes(_cases()[case])
    start = time.perf_counter()
    try:
        result = import_file(path)
    except ZongjieError as exc:
        assert isinstance(exc, OWN_ERRORS), type(exc)
        message = exc.message
        assert "Error" not in message and "Exception" not in message
        assert case not in ("self_based_style", "basedOn_chain_10000", "external_styles"), message
        if case in EXPECTED_REFUSALS:
            assert EXPECTED_REFUSALS[case] in message, message
    else:
        assert case not in EXPECTED_REFUSALS
        assert result.lines
    assert time.perf_counter() - start < 2.0


def test_a_self_based_style_still_gives_its_outline_level() -> None:
    data = make_docx(
        document(paragraph("主要工作", "A")),
        style("A", "A", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
    )
    lines = docx_bytes_to_lines(data, "a.docx")
    assert lines[0].outline_level == 0


def test_the_paragraph_limit_names_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "DOCX_MAX_PARAGRAPHS", 10)
    with pytest.raises(ImportLimitError) as caught:
        docx_bytes_to_lines(many_paragraphs(11), "大.docx")
    assert "超过 10 段的上限" in caught.value.message
    assert len(docx_bytes_to_lines(many_paragraphs(10), "a.docx")) == 10


def test_the_bench_docx_is_far_inside_every_limit(tmp_path: Path) -> None:
    export = pytest.importorskip("app.core.export.writer")
    from benchdata import bench_path

    from app.core.importer import read_text_file

    text, _ = read_text_file(bench_path("draft100.txt"))
    from app.core.importer import analyse_text

    path = tmp_path / "bench.docx"
    export.export_docx(analyse_text(text).draft, path)
    start = time.perf_counter()
    result = import_file(path)
    assert time.perf_counter() - start < 0.5
    assert len(result.lines) * 20 < limits.IMPORT_MAX_LINES


# -- text -----------------------------------------------------------------------------


def test_text_over_the_limits_is_refused_before_it_is_analysed() -> None:
    start = time.perf_counter()
    with pytest.raises(ImportLimitError) as caught:
        decode_text(b"x\n" * 3_000_000, "长.txt")  # 6 MB, 3,000,000 lines
    assert "上限" in caught.value.message
    with pytest.raises(ImportLimitError) as caught:
        decode_text("字".encode() * (13 * 1024 * 1024 // 3), "大.txt")  # 13 MB
    assert "MB" in caught.value.message
    with pytest.raises(ImportLimitError) as caught:
        decode_text(b"x\n" * (limits.IMPORT_MAX_LINES + 1), "行.txt")
    assert f"超过 {limits.IMPORT_MAX_LINES:,} 行的上限" in caught.value.message
    assert time.perf_counter() - start < 2.0


def test_the_bench_text_is_far_inside_the_text_limits() -> None:
    from benchdata import bench_path

    data = bench_path("draft100.txt").read_bytes()
    assert len(data) * 20 < limits.IMPORT_MAX_TEXT_BYTES
    assert data.count(b"\n") * 50 < limits.IMPORT_MAX_LINES
    decode_text(data, "bench.txt")


# -- property tests: mutated packages -------------------------------------------------

_BASE = make_docx(
    document(
        paragraph("一、主要工作", "H1")
        + paragraph("全年完成各项任务。")
        + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
    ),
    style("H1", "Normal", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>') + style("Normal"),
)


@settings(max_examples=150, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_docx_bytes_give_only_the_apps_errors(data: st.DataObject) -> None:
    raw = bytearray(_BASE)
    for _ in range(data.draw(st.integers(1, 8))):
        position = data.draw(st.integers(0, len(raw) - 1))
        raw[position] = data.draw(st.integers(0, 255))
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(4, len(raw)))]
    try:
        docx_bytes_to_lines(bytes(raw), "变异.docx")
    except OWN_ERRORS as exc:
        assert "Error" not in exc.message


_XML_PIECES = st.sampled_from(
    [
        '<w:pStyle w:val="H1"/>',
        '<w:outlineLvl w:val="{n}"/>',
        '<w:numPr><w:ilvl w:val="{n}"/><w:numId w:val="{n}"/></w:numPr>',
        '<w:jc w:val="center"/>',
        "",
    ]
)
_NUMBERS = st.one_of(
    st.integers(-(10**20), 10**20).map(str), st.text(max_size=5).map(lambda s: s.replace('"', ""))
)


@settings(max_examples=150, deadline=2000)
@given(
    piece=_XML_PIECES,
    number=_NUMBERS,
    based=st.lists(st.sampled_from(["A", "B", "C", "H1", "Normal", ""]), min_size=3, max_size=3),
)
def test_mutated_styles_and_numbers_give_only_the_apps_errors(
    piece: str, number: str, based: list[str]
) -> None:
    from xml.sax.saxutils import quoteattr

    value = quoteattr(number)[1:-1]
    ppr = piece.replace("{n}", value)
    styles = "".join(
        style(s, b or None, f"<w:pPr>{ppr}</w:pPr>") for s, b in zip("ABC", based, strict=True)
    )
    numbering = (
        f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="{value}"><w:lvl w:ilvl="{value}">'
        f'<w:start w:val="{value}"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/>'
        f'</w:lvl></w:abstractNum><w:num w:numId="{value}"><w:abstractNumId w:val="{value}"/></w:num>'
        "</w:numbering>"
    )
    data = make_docx(
        document(paragraph("一、标题", "A", ppr) + paragraph("正文", "C")), styles, numbering
    )
    try:
        lines = docx_bytes_to_lines(data, "样式.docx")
    except OWN_ERRORS as exc:
        assert "Error" not in exc.message
    else:
        assert [line.text.endswith("标题") for line in lines][0]
