"""Which face each printed span gets in the preview, the PDF and the print: the export's.

Built from real paginated drafts; each case names what the .docx export writes for that
element (app.core.export.parts styles, body.py runs).
"""

from __future__ import annotations

from app.core.export.writer import ExportOptions
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.pagination import Line, Span, paginate
from app.gui.pages.page_style import PageStyle, SpanFace, options_from


def _draft() -> Draft:
    item = Section("完善制度机制", [Paragraph.plain("以贯彻落实为牵引。")], run_in=True, id="r")
    third = Section("第三层", [Paragraph.plain("第三层正文。")], id="c")
    second = Section("第二层", [Paragraph.plain("第二层正文。")], children=[third], id="b")
    return Draft(
        meta=Meta(title="二〇二四年工作总结", author="××局", date="2024年12月31日"),
        sections=[Section("主要工作", [], children=[item, second], id="a")],
    )


def _faces(options: ExportOptions) -> list[tuple[str, str, SpanFace]]:
    style = PageStyle.from_options(options)
    pages = paginate(_draft(), sealed=style.sealed, bold_lead=style.bold_lead)
    out = []
    for page in pages.pages:
        for line in page.lines:
            for span in line.spans:
                out.append((line.role, span.text, style.face(span, line)))
    return out


def _face_of(faces: list[tuple[str, str, SpanFace]], text: str) -> SpanFace:
    return next(face for _role, printed, face in faces if printed.startswith(text))


def test_the_official_faces_and_sizes() -> None:
    faces = _faces(ExportOptions())
    assert _face_of(faces, "二〇二四年") == SpanFace(("方正小标宋简体",), 22.0, False)
    assert _face_of(faces, "一、主要工作") == SpanFace(("黑体",), 16.0, False)
    lead = _face_of(faces, "（一）完善制度机制。")
    assert lead == SpanFace(("楷体_GB2312",), 16.0, False)  # R4 kaiti: the level's face
    assert _face_of(faces, "以贯彻落实") == SpanFace(("仿宋_GB2312",), 16.0, False)
    assert _face_of(faces, "（二）第二层") == SpanFace(("楷体_GB2312",), 16.0, False)
    assert _face_of(faces, "1.第三层") == SpanFace(("仿宋_GB2312",), 16.0, False)
    assert _face_of(faces, "第三层正文") == SpanFace(("仿宋_GB2312",), 16.0, False)
    assert _face_of(faces, "××局").families == ("仿宋_GB2312",)
    style = PageStyle.from_options(ExportOptions())
    assert style.page_number_face() == SpanFace(("宋体",), 14.0, False)  # 四号


def test_the_options_of_the_export_change_the_faces() -> None:
    faces = _faces(
        ExportOptions(
            font_profile="windows",
            latin_font="times",
            level3_bold=True,
            run_in_lead="bold-fangsong",
        )
    )
    assert _face_of(faces, "二〇二四年") == SpanFace(("宋体",), 22.0, True)  # 宋体 in bold
    assert _face_of(faces, "（一）完善制度机制。") == SpanFace(
        ("Times New Roman", "仿宋"), 16.0, True
    )
    assert _face_of(faces, "1.第三层").bold  # --level3-bold
    assert not _face_of(faces, "（二）第二层").bold
    assert _face_of(faces, "以贯彻落实").families == ("Times New Roman", "仿宋")


def test_saved_options_from_another_version_are_read_as_far_as_known() -> None:
    saved = {"font_profile": "windows", "sealed": True, "colour": "red"}
    options = options_from(saved)
    assert options.font_profile == "windows" and options.sealed
    style = PageStyle.from_options(options)
    assert style.sealed and style.fonts.profile.body == "仿宋"


def test_a_bold_run_in_the_body_is_bold() -> None:
    draft = Draft(
        sections=[
            Section(
                "主要工作",
                [Paragraph([Run("加粗的话", bold=True), Run("普通的话")])],
                id="a",
            )
        ]
    )
    style = PageStyle.from_options(ExportOptions())
    line: Line = next(ln for ln in paginate(draft).pages[0].lines if ln.role == "body")
    faces = {span.text: style.face(span, line) for span in line.spans}
    spans: list[Span] = list(line.spans)
    assert faces[spans[0].text].bold and not faces[spans[1].text].bold
