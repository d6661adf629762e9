"""Lines beside the text: photo captions (removed, as noise) and the 发文字号 (kept).

A news page sets a photo between the title and the text, or between paragraphs, with its
caption and credit ("省长王××作政府工作报告" over "本报记者　李××　摄", "图为……",
"（图片来源：县林业局）"): not the text, and never the title. A 发文字号 (国办函〔2004〕71号)
under the 版头 or the title is the document's, not the website's: it is kept.
"""

from __future__ import annotations

import re

from app.core.i18n import N_, Text
from app.core.importer.frame import chars
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import ends_with_closing_punct, find_marker

# The credit of a photo: "本报记者　李××　摄", "记者 张三 摄影", "（王五 摄）", "摄影：赵六".
_CREDIT = re.compile(
    r"^[（(]?\s*(?:(?:本报|新华社|本台|本网)?(?:记者|通讯员)[\s\u3000]*)?[^\s，。；：]{1,10}"
    r"(?:[\s\u3000]+[^\s，。；：]{1,10})*[\s\u3000]*(?:摄|摄影|供图)\s*[）)]?$|^摄影[:：]"
)
_CAPTION = re.compile(
    r"^(?:[（(]?(?:上|下|左|右)?图为|[（(]?图片来源[:：]|[（(]?图\s*\d{1,2}[:：\s])"
)
MAX_CAPTION = 40  # the caption line over a credit is short
# 国办函〔2004〕71号, 京政发[2024]3号: the issuing number of an official document.
DOC_NUMBER = re.compile(r"^[^\s，。；：]{1,12}[〔\[［【(（]\d{4}[〕\]］】)）]\d{1,4}号$")


def mark_photo_captions(lines: list[SourceLine]) -> None:
    """Credits, captions and the short caption line right above a credit: NOISE."""
    for n, line in enumerate(lines):
        if line.is_blank:
            continue
        text = line.text
        if _CAPTION.match(text):
            line.role = LineRole.NOISE
        elif chars(text) <= 30 and _CREDIT.match(text) and find_marker(text) is None:
            line.role = LineRole.NOISE
            above = n - 1
            if above > 0 and _is_caption_over_credit(lines[above]):
                lines[above].role = LineRole.NOISE


def _is_caption_over_credit(line: SourceLine) -> bool:
    """ "省长王××作政府工作报告" right above the credit (no blank line between)."""
    text = line.text
    return (
        not line.is_blank
        and line.role != LineRole.NOISE
        and chars(text) <= MAX_CAPTION
        and find_marker(text) is None
        and not ends_with_closing_punct(text[:-1] or text)
    )


def keep_document_number(lines: list[SourceLine]) -> list[Text]:
    """The 发文字号 the frame took for the website's: kept as text, and said so."""
    warnings: list[Text] = []
    for line in lines:
        if line.role == LineRole.HEADING:
            break  # only in the frame above the text
        if line.role == LineRole.NOISE and DOC_NUMBER.match(line.text.strip()):
            line.role = LineRole.BODY
            warnings.append(
                N_(
                    "第{line}行：发文字号“{number}”保留为开头的一段（草稿还没有发文字号一栏）",
                    line=line.index + 1,
                    number=line.text.strip(),
                )
            )
    return warnings
