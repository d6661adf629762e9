"""What would go to print that should not: the one list the export gate shows (GUI) and
`python -m app export --strict` prints before refusing.

- placeholders left in the text (××, **, X月X日; the placeholder checks);
- template instructions ("（在此……）"; checks/template_hints.py);
- an empty 署名 or 成文日期 where the document is a kind that carries them (the export
  leaves the whole block out when both are empty, and only the filled one otherwise);
- faces of the chosen font profile this machine does not have (app/core/fonts.py);
- page-check errors, with the pages laid out as the chosen options print them.

Each problem carries a `Finding` when it has a place in the draft to go to (a missing
font has none). Pure: nothing is read or written but what is handed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.core.checks import Finding, Location, check_draft
from app.core.checks.pages import page_findings
from app.core.checks.placeholders import MARKDOWN, PLACEHOLDER
from app.core.checks.template_hints import TEMPLATE_HINT
from app.core.export.writer import ExportOptions
from app.core.fonts import InstalledFonts, missing_faces, printable_profile
from app.core.i18n import N_
from app.core.model import Draft, Meta
from app.core.pagination import paginate
from app.core.place import Place, place_label

# Kinds of document spoken or signed in their heading rather than at the foot: a 述职报告
# names its speaker under the title, a speech is delivered, not issued. Every other kind
# a 工作总结 editor writes (总结, 报告, 汇报, 计划, 请示…) is issued with 署名 and 成文日期
# (GB/T 9704 7.3.5).
NO_CLOSING_TITLE_ENDINGS = (
    "述职报告",
    "述职述廉报告",
    "述责述廉报告",
    "讲话",
    "讲话稿",
    "发言",
    "发言稿",
    "致辞",
)


# The font profiles in a user's words (the export dialog's names for them).
PROFILE_LABELS = {
    "official": N_("公文标准字体"),
    "windows": N_("Windows 自带字体"),
}


class ProblemKind(StrEnum):
    PLACEHOLDER = "placeholder"
    TEMPLATE_HINT = "template-hint"
    EMPTY_CLOSING = "empty-closing"
    MISSING_FONT = "missing-font"
    PAGE = "page"


@dataclass(frozen=True, slots=True)
class ExportProblem:
    kind: ProblemKind
    message: str  # Chinese: what would print and what to do
    where: str  # the place's label: "（二）加强党建", "署名", "字体"
    finding: Finding | None  # where to go in the draft; None for a missing font

    @property
    def line(self) -> str:
        """One line for a terminal: "标题：“××”像是……  原文：××（单位名称）××年…"."""
        quoted = self.finding is not None and self.finding.excerpt != "（空）"
        tail = f"  原文：{self.finding.excerpt}" if quoted and self.finding else ""
        return f"{self.where}：{self.message}{tail}"


_CHECKED_RULES = {
    PLACEHOLDER: ProblemKind.PLACEHOLDER,
    MARKDOWN: ProblemKind.PLACEHOLDER,
    TEMPLATE_HINT: ProblemKind.TEMPLATE_HINT,
}


def carries_closing(meta: Meta) -> bool:
    """The document is a kind printed with 署名 and 成文日期 (see NO_CLOSING_TITLE_ENDINGS)."""
    title = meta.title.strip().rstrip("（）()")
    return not title.endswith(NO_CLOSING_TITLE_ENDINGS)


def export_problems(
    draft: Draft, options: ExportOptions, installed: InstalledFonts | None
) -> list[ExportProblem]:
    """Everything that would go to print wrongly, in reading order then fonts and pages.
    `installed`: the machine's fonts, None to leave fonts out."""
    problems = [
        ExportProblem(_CHECKED_RULES[f.rule], f.message, f.where, f)
        for f in check_draft(draft, _CHECKED_RULES)
    ]
    problems += _empty_closing(draft.meta)
    if installed is not None:
        problems += _missing_fonts(installed, options)
    pages = paginate(draft, sealed=options.sealed, bold_lead=options.run_in_lead == "bold-fangsong")
    problems += [
        ExportProblem(ProblemKind.PAGE, f.message, f.where, f)
        for f in page_findings(draft, pages)
        if f.severity == "error"
    ]
    return problems


def _empty_closing(meta: Meta) -> list[ExportProblem]:
    if not carries_closing(meta):
        return []
    out = []
    for place, value, message in (
        (
            Place.META_AUTHOR,
            meta.author,
            N_("没有填写署名（发文机关），导出的文件末尾不会有署名。请在“文档信息”里填写署名。"),
        ),
        (
            Place.META_DATE,
            meta.date,
            N_("没有填写成文日期，导出的文件末尾不会有日期。请在“文档信息”里填写成文日期。"),
        ),
    ):
        if value.strip():
            continue
        where = place_label(place)
        finding = Finding(
            rule=ProblemKind.EMPTY_CLOSING.value,
            message=message,
            severity="error",
            location=Location(None, place, 0, 0, 0),
            excerpt="（空）",
            fix=None,
            where=where,
        )
        out.append(ExportProblem(ProblemKind.EMPTY_CLOSING, message, where, finding))
    return out


def _missing_fonts(installed: InstalledFonts, options: ExportOptions) -> list[ExportProblem]:
    missing = missing_faces(installed, options.font_profile, options.latin_font)
    if not missing:
        return []
    faces = "、".join(missing)
    other = printable_profile(installed, options.latin_font)
    if other is not None and other != options.font_profile:
        message = N_(
            "本机没有安装字体：{faces}，打印时这些文字会换成别的字体。"
            "请安装这些字体，或在导出时改选“{profile}”字体方案。",
            faces=faces,
            profile=PROFILE_LABELS[other],
        )
    else:
        message = N_(
            "本机没有安装字体：{faces}，打印时这些文字会换成别的字体。请安装这些字体后再打印。",
            faces=faces,
        )
    return [ExportProblem(ProblemKind.MISSING_FONT, message, N_("字体"), None)]
