"""Text files in every encoding Chinese offices produce give the same draft; junk is refused."""

from __future__ import annotations

import codecs
import io
import random
import zipfile
from pathlib import Path

import pytest
from conftest import DATA

from app.core.errors import ZongjieError
from app.core.importer import decode as decode_module
from app.core.importer import import_file, read_text_file
from app.core.importer.decode import decode_text

SEED = DATA / "samples" / "000_cc10c5ae27c3cc5c.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _strip_ids(draft):  # noqa: ANN001, ANN202 - test helper
    for section in draft.walk():
        section.id = ""
    return draft


@pytest.mark.parametrize(
    ("encoded", "label"),
    [
        (SEED_TEXT.encode("gb18030"), "GB18030"),
        (codecs.BOM_UTF16_LE + SEED_TEXT.encode("utf-16-le"), "UTF-16 LE"),
        (codecs.BOM_UTF16_BE + SEED_TEXT.encode("utf-16-be"), "UTF-16 BE"),
        (codecs.BOM_UTF8 + SEED_TEXT.encode("utf-8"), "UTF-8（带 BOM）"),
        (SEED_TEXT.replace("\n", "\r\n").encode("gbk"), "GB18030"),
    ],
)
def test_seed_in_every_encoding_gives_the_same_draft(
    tmp_path: Path, encoded: bytes, label: str
) -> None:
    reference = _strip_ids(import_file(SEED).draft)
    path = tmp_path / "总结.txt"
    path.write_bytes(encoded)
    result = import_file(path)
    assert result.encoding == label
    assert _strip_ids(result.draft) == reference
    assert result.draft.meta.title == "2020年上半年工作总结"


def test_gbk_text_is_not_mistaken_for_another_encoding() -> None:
    # GBK bytes that are also valid in Latin-1/cp1252 would show as mojibake like "¹¤×÷".
    for text in ("工作总结", "一、加强组织领导", SEED_TEXT[:500]):
        decoded, label = decode_text(text.encode("gbk"))
        assert decoded == text and label == "GB18030"
        assert "¹" not in decoded and "Ã" not in decoded


def test_utf8_is_not_mistaken_for_gbk() -> None:
    # UTF-8 Chinese also decodes as GB18030 (to the wrong characters): UTF-8 must win.
    text = "二〇二〇年七月一日 总结"
    data = text.encode("utf-8")
    assert data.decode("gb18030", errors="replace") != text
    assert decode_text(data) == (text, "UTF-8")


@pytest.mark.parametrize(
    "payload",
    [random.Random(seed).randbytes(3000) for seed in range(5)]
    + [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
        + bytes(200),
        b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 3,
    ],
)
def test_binary_files_are_refused_with_a_message(tmp_path: Path, payload: bytes) -> None:
    path = tmp_path / "资料.txt"
    path.write_bytes(payload)
    with pytest.raises(ZongjieError) as caught:
        import_file(path)
    assert (
        "不是可以导入的文本文件" in caught.value.message
        or "无法作为 Word 文档打开" in caught.value.message
    )
    assert "粘贴导入" in caught.value.message


def test_zip_that_is_not_a_docx(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    path = tmp_path / "总结.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ZongjieError) as caught:
        import_file(path)
    assert "压缩包，不是 Word 文档" in caught.value.message


def test_broken_docx_and_old_doc(tmp_path: Path) -> None:
    broken = tmp_path / "坏.docx"
    broken.write_bytes(b"PK\x03\x04" + bytes(100))
    with pytest.raises(ZongjieError) as caught:
        import_file(broken)
    assert "已损坏" in caught.value.message
    old = tmp_path / "旧.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600))
    with pytest.raises(ZongjieError) as caught:
        import_file(old)
    assert (
        "旧版 Word 或 WPS 格式" in caught.value.message and "另存为 .docx" in caught.value.message
    )


def test_too_large_file_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decode_module, "MAX_IMPORT_BYTES", 1000)
    path = tmp_path / "大.txt"
    path.write_text("字" * 2000, encoding="utf-8")
    with pytest.raises(ZongjieError) as caught:
        read_text_file(path)
    assert "太大" in caught.value.message and "导入上限" in caught.value.message


def test_missing_file_message(tmp_path: Path) -> None:
    with pytest.raises(ZongjieError) as caught:
        import_file(tmp_path / "没有.txt")
    assert "找不到文件" in caught.value.message


def test_empty_and_bomless_utf16(tmp_path: Path) -> None:
    assert decode_text(b"") == ("", "UTF-8")
    text, label = decode_text("Work summary 2024\n".encode("utf-16-le"))
    assert text == "Work summary 2024\n" and label == "UTF-16 LE"


def test_utf8_cut_off_mid_character_stays_utf8() -> None:
    data = SEED_TEXT.rstrip().encode("utf-8")[:-1]  # the last character lost a byte
    text, label = decode_text(data)
    assert label.startswith("UTF-8") and "1 处损坏" in label
    assert text.startswith(SEED_TEXT[:100])
    # while GBK never passes for damaged UTF-8
    assert decode_text(SEED_TEXT.encode("gbk"))[1] == "GB18030"


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        (b"%PDF-1.7\n1 0 obj\n", "PDF"),
        (b"{\\rtf1\\ansi\\deff0 {\\fonttbl}}", "RTF"),
        # a saved web page is imported; one with no visible text (built by a script) is not
        (b"<!DOCTYPE html><html><head><script>x()</script></head><body></body></html>", "网页文件"),
    ],
)
def test_other_formats_get_advice(tmp_path: Path, payload: bytes, words: str) -> None:
    path = tmp_path / "总结.txt"
    path.write_bytes(payload)
    with pytest.raises(ZongjieError) as caught:
        import_file(path)
    assert words in caught.value.message and (
        "粘贴导入" in caught.value.message or ".docx" in caught.value.message
    )


def test_a_docx_name_on_a_text_file_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "其实是文本.docx"
    path.write_text(SEED_TEXT, encoding="gbk")
    result = import_file(path)
    assert result.encoding == "GB18030" and result.draft.meta.title == "2020年上半年工作总结"


def test_a_damaged_word_file_is_called_a_word_file(tmp_path):
    """Random bytes named .docx: the message speaks of a Word document, not of encodings."""
    import random

    from app.core.errors import ZongjieError
    from app.core.importer import import_file

    path = tmp_path / "去年总结.docx"
    path.write_bytes(random.Random(7).randbytes(3000))
    with pytest.raises(ZongjieError) as caught:
        import_file(path)
    assert "无法作为 Word 文档打开" in caught.value.message
    assert "去年总结.docx" in caught.value.message
