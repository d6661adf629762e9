"""Lines beside the text: photo captions (removed, as noise), the 发文字号 and the 主送机关
(moved to the draft's document information).

A news page sets a photo between the title and the text, or between paragraphs, with its
caption and credit ("省长王××作政府工作报告" over "本报记者　李××　摄", "图为……",
"（图片来源：县林业局）"): not the text, and never the title. A 发文字号 (国办函〔2004〕71号)
under the 版头 or the title is the document's, not the website's: it goes to
Meta.doc_number. The line right under the title that names the addressed bodies and ends
with "：" ("各县（市、区）人民政府，市政府各部门：") is the 主送机关 (7.3.2): Meta.recipient,
printed flush left, not a paragraph of the opening.
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


_NUMBER_LABEL = re.compile(r"^(?:发文字号|文号)[:：]\s*")

# 主送机关: names of bodies, separated by "，" or "、", each ending in a word for a body
# (政府, 部门, 单位, 局 …), the whole ending with "：". "同志们：" and "各位代表：" open a
# speech: no bodies, no 主送.
MAX_RECIPIENT = 80
_BODY_WORDS = (
    "政府|部门|单位|机构|机关|委员会|办公室|办公厅|厅|局|委|办|院|部|署|会|公司|企业|集团"
    "|学校|党委|党组|支部|中心|所|站|队|处|科|室|街道|乡镇|镇|乡|村|社区|组织|团体"
)
_RECIPIENT_NAME = re.compile(rf"^[^\s，。；：！？]*(?:{_BODY_WORDS})$")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


def is_recipient(text: str) -> bool:
    """ "各县（市、区）人民政府，市政府各部门：", "水利部：": the 主送机关 line."""
    text = text.strip()
    if not text.endswith(("：", ":")) or chars(text) > MAX_RECIPIENT:
        return False
    names = re.split("[，,、]", _BRACKETED.sub("", text[:-1]))
    return all(_RECIPIENT_NAME.match(name.strip()) for name in names)


def route_meta_lines(lines: list[SourceLine]) -> list[Text]:
    """The 发文字号 (whether the frame took it for the website's or for text) and the
    主送机关 right under the title, moved to the document information, and said so."""
    warnings: list[Text] = []
    titled = False
    recipient_open = False  # the next text line after the title may be the 主送
    for line in lines:
        if line.role == LineRole.HEADING:
            break  # only in the frame above the text
        if line.is_blank:
            continue
        text = line.text.strip()
        number = _NUMBER_LABEL.sub("", text)  # "发文字号：×政发〔2024〕7号" on a web page
        if line.role in (LineRole.NOISE, LineRole.BODY) and DOC_NUMBER.match(number):
            line.role = LineRole.DOC_NUMBER
            line.heading = number
            recipient_open = titled
            warnings.append(
                N_(
                    "第{line}行：发文字号“{number}”已放入文档信息的“发文字号”",
                    line=line.index + 1,
                    number=number,
                )
            )
        elif line.role in (LineRole.TITLE, LineRole.SUBTITLE):
            titled = recipient_open = True
        elif line.role == LineRole.BODY and recipient_open and is_recipient(text):
            line.role = LineRole.RECIPIENT
            recipient_open = False
            warnings.append(
                N_(
                    "第{line}行：主送机关“{recipient}”已放入文档信息的“主送机关”（顶格排在标题下）",
                    line=line.index + 1,
                    recipient=text,
                )
            )
        elif line.role != LineRole.NOISE:
            recipient_open = False
    return warnings
