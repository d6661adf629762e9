"""The document's frame: title block at the top, website noise (the closing block at the
end is closing.py, which reads these line tests too).

Pass 1 finds the "anchor", the first substantial line (a sentence, a numbered heading, a
Word heading); the short lines right above it are the title (up to three lines), with
subtitle lines (——…, a speaker, a date in brackets) and a salutation between. Everything
above the title is website furniture (NOISE, proposed for removal, never dropped).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import (
    collapse_letter_spacing,
    ends_with_closing_punct,
    find_marker,
    is_letter_spaced,
)
from app.core.model import count_chars
from app.core.zh.chars import HAN_CLASS, is_han
from app.core.zh.dates import normalize_date

MAX_TITLE_LINE = 50
MAX_LONG_TITLE = 100  # a title on one line that names a kind of document at its end
ANCHOR_MIN_CHARS = 20


# Website furniture; only looked for before the title and after the end of the text.
# Strong signs are never part of a document; weak ones (会员, 下载, 网站…) can be, so
# they count only on a short line that is not a sentence, and never in a title.
_NOISE_STRONG = re.compile(
    r"分享到|分享至|一键分享|朋友圈|扫一扫|扫码|二维码|公众号|小程序|打印本页|关闭窗口|关闭本页|"
    r"【\s*(?:打印|关闭)\s*】|【\s*大\s*中\s*小\s*】|字号[:：]?\s*[大中小]|来源[:：]|发布时间|"
    r"发布日期|发布者|浏览次数|浏览量|阅读次数|阅读量|点击数|点击量|点击次数|访问量|责任编辑|"
    r"首页\s*[>＞»]|当前位置|您的位置|[>＞»]\s*正文|上一篇|下一篇|相关阅读|相关文章|相关推荐|"
    r"相关链接|热门文章|推荐阅读|版权所有|版权声明|Copyright|©|ICP备|备案号|免责声明|返回顶部|"
    r"返回首页|返回列表|www\.|https?://|[QＱ]{2}群|群号|加群|阅读原文|点击查看|查看更多|全文下载|"
    r"仅供学习|禁止外传|主办单位|承办单位|协办单位|技术支持[:：]|网站标识码|网站地图|公网安备|"
    r"^(?:浏览|阅读|点击|访问)(?:次数|量)?[:：]\s*\d|^(?:分享|发布)[:：]|"
    r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?$|"  # a timestamp alone
    r"^欢迎(?:来到|访问|光临)|下载完整版|注册会员|开通会员|联系我们|使用帮助|发表于|点个?\s*[“\"]?在看|往期推荐|往期回顾|延伸阅读|猜你喜欢|长按识别|"
    r"点击上方|关注我们|网站声明|隐私(?:声明|政策)|无障碍|长者模式|关怀版|"
    r"^[-—_=*·.]{3,}$|"  # a separator rule (Markdown "---", "———")
    r"^(?:作者|编辑|审核|校对|字体)[:：]|^(?:时间|日期)[:：]\s*\d{4}[-/.]|"
    r"^[（(]\s*完\s*[）)]$|"
    # the 政府信息公开 table over an article on a government site
    r"^(?:索引号|发文机关|发布机构|成文日期|发文日期|发文字号|文号|主题分类|体裁分类|组配分类|"
    r"信息分类|主题词|有效性|是否有效|公开方式|公开范围|公开时限|信息来源|生效日期|废止日期|"
    r"所属机构|统一编号|登记号|标\s*题)[:：]|^[-—－\s]*END[-—－\s]*$|"
    # what a chat tool says around the text it wrote
    r"^\S{1,12}〔\d{4}〕\d{1,4}号$|^签发人[:：]|"  # 版头
    rf"^[{HAN_CLASS}（）()]{{2,30}}文件$|"
    r"^(?:当然可以|好的|没问题|可以的)[！!，,。]|^(?:下面|以下)(?:是|为)(?:一份|一篇|为您|您|参考)|"
    r"参考范文|范文仅供|"
    r"对您有所?帮助|如需(?:进一步)?(?:调整|修改|补充|完善)|请(?:随时)?告诉我|以下是为您|为您(?:撰写|整理|生成)"
)
_NOISE_WEAK = re.compile(
    r"微信|微博|QQ|ＱＱ|关注|会员|订阅|广告|VIP|vip|下载|收藏|点赞|评论|举报|倒卖|仅供参考|转载|"
    r"原创|登录|注册|客服|免费|领取|优惠|立享|在线咨询|本站|网站|App|APP|\.com|\.cn\b"
)
TOC_HEAD = re.compile(r"^目\s*录$")
DOC_WORD = re.compile(
    r"(总结|报告|计划|方案|意见|通知|讲话|发言|汇报|要点|办法|规定|规划|通报|请示|决定|纪要|函|"
    r"批复|公告|通告|决议|安排|提纲|材料|情况|致辞|简报|制度|细则|章程|预案|思路|打算|建议|"
    r"述职|述廉|述责|发言稿|讲话稿|体会|心得|稿)[”」）)]?$"
)
# Words that name a kind of document (not 情况/安排/打算, which name sections as often).
_DOCUMENT_KIND = re.compile(
    r"(总结|报告|计划|方案|意见|通知|讲话|发言|汇报|要点|办法|规定|规划|通报|请示|决定|纪要|函|"
    r"批复|公告|通告|决议|提纲|致辞|简报|细则|章程|预案|述职|稿)[”」）)]?$"
)
_SPEAKER = re.compile(
    r"(汇报人|报告人|述职人|发言人|讲话人|主讲人|作者)[:：]|"
    r"(书记|局长|主任|部长|厅长|处长|科长|县长|市长|省长|区长|镇长|乡长|主席|院长|校长|经理|"
    rf"董事长|委员|同志|组长|队长|所长|站长|馆长)[\s\u3000]*[{HAN_CLASS}·×＊*○]{{2,4}}$"
)
ORG_END = re.compile(
    r"(局|委|办|厅|部|院|会|处|科|室|所|站|队|中心|政府|委员会|办公室|公司|集团|学校|大学|学院|"
    r"支部|党组|党委|总支|街道|社区|村委会|镇|乡|县|区|市|省|组|馆|团|校|行|社)$"
)
_MEETING_INFO = re.compile(
    r"^(?:时间|地点|主持人?|参加人员|参会人员|出席|列席|记录人?|会议主题|议题)[:：]"
)
_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛"
    "郝龚邵万钱严覃武戴莫孔向汤欧"
)
_NOT_A_NAME = re.compile(
    r"工作|情况|问题|措施|做法|成效|打算|安排|建设|发展|目标|任务|要求|总结|报告"
)
ATTACHED_DOCUMENT = re.compile(r"^附\s*件\s*\d{0,2}$")
_FORM_FIELD = re.compile(rf"^[{HAN_CLASS}]{{2,6}}[:：]")  # 主题分类：综合政务

# -- helpers -------------------------------------------------------------------------------


def _non_blank(lines: list[SourceLine], start: int, end: int) -> Iterator[SourceLine]:
    for line in lines[start:end]:
        if not line.is_blank:
            yield line


def prev_non_blank(lines: list[SourceLine], index: int) -> int:
    index -= 1
    while index >= 0 and lines[index].is_blank:
        index -= 1
    return index


def is_noise_text(text: str) -> bool:
    """A line that looks like a website's: share buttons, 来源/时间, advertising, QQ groups."""
    if _NOISE_STRONG.search(text):
        return True
    return _NOISE_WEAK.search(text) is not None and chars(text) <= 40 and text[-1] not in "。"


def is_strong_noise(text: str) -> bool:
    return _NOISE_STRONG.search(text) is not None


def chars(text: str) -> int:
    return count_chars(text)


def _is_paragraph_like(line: SourceLine) -> bool:
    """A line that can only be running text: long, or a sentence."""
    text = line.text
    if text[-1] in "。！？!?" and chars(text) >= 6:
        return True  # a sentence, however short: titles never end with 。
    if chars(text) < ANCHOR_MIN_CHARS:
        return False
    if text[-1] in "：:；;" or "。" in text:
        return True
    # Titles of speeches have commas too ("坚定信心，真抓实干，…"): only a long line counts.
    return "，" in text and chars(text) >= 50


def _is_anchor(line: SourceLine) -> bool:
    """The first line of the text proper: a sentence, a numbered heading or a Word heading."""
    if line.is_blank or is_noise_text(line.text):
        return False
    if line.outline_level is not None:
        return True
    found = find_marker(line.text)
    if found is not None and found[0].kind != "num-dot":
        return True
    return _is_paragraph_like(line)


def _is_salutation(line: SourceLine) -> bool:
    """各位领导、同志们： — the address before a speech or report."""
    return chars(line.text) <= 25 and line.text[-1] in "：:" and not is_noise_text(line.text)


def is_person_name(text: str) -> bool:
    """ "张三", "李  明": a name alone on its line (under a 述职报告 title, say)."""
    name = "".join(text.split())
    return (
        2 <= len(name) <= 4
        and all(is_han(ch) for ch in name)
        and name[0] in _SURNAMES
        and not _NOT_A_NAME.search(name)
    )


def _is_subtitle(line: SourceLine) -> bool:
    text = line.text
    if is_noise_text(text) or chars(text) > 60:
        return False
    if is_person_name(text):
        return True
    if text.startswith(("—", "－－", "--", "——")):
        return True
    if text[0] in "（(" and text[-1] in "）)":
        return True  # （2024年1月5日） / （在全市工作会议上） / （征求意见稿）
    return (
        chars(text) <= 30
        and not ends_with_closing_punct(text)
        and _SPEAKER.search(text) is not None
    )


def is_title_line(line: SourceLine) -> bool:
    text = line.text
    if line.title_style:
        return True
    if is_strong_noise(text) or find_marker(text) is not None or normalize_date(text):
        return False
    if ATTACHED_DOCUMENT.match(text):
        return False  # "附件2" over an attached document's title: a label, not the title
    if _TITLE_LABEL.match(text):
        text = _TITLE_LABEL.sub("", text)  # the title after the site's label
    elif _FORM_FIELD.match(text):
        return False  # "主题分类：综合政务": a field of a form, not a title
    if is_noise_text(text) and not DOC_WORD.search(text):
        return False  # "关于加强政府网站管理的通知" is a title, "现在订阅立享…" is not
    if _is_contents_head(line):
        return False
    n = chars(text)
    if n > MAX_TITLE_LINE:
        # A web page sets the whole title on one line, and an issuing notice's title
        # quotes another's ("关于印发《……的实施意见》的通知"): long, but it names a kind
        # of document at its end and has no sentence in it.
        return (
            n <= MAX_LONG_TITLE
            and _DOCUMENT_KIND.search(text) is not None
            and not re.search(r"[。；;！!？?]", text)
        )
    return n >= 2 and not ends_with_closing_punct(text)


def _is_unit_or_date(text: str) -> bool:
    """ "××县林业局" or "2024年1月10日" alone on a line."""
    if normalize_date(text):
        return True
    compact = collapse_letter_spacing(text)
    return (
        chars(text) <= 25
        and not ends_with_closing_punct(text)
        and not text.startswith("关于")
        and ORG_END.search(compact) is not None
        and find_marker(text) is None
    )


def _is_meta_under_title(lines: list[SourceLine], i: int) -> bool:
    """The unit and the date written under a title ("2023年度工作总结 / ××县林业局 /
    2024年1月10日"): subtitle lines, kept where they stand, when a line naming a kind of
    document stands right above them (so "关于成立××领导小组" alone is still a title)."""
    if not _is_unit_or_date(lines[i].text) or is_noise_text(lines[i].text):
        return False
    above = prev_non_blank(lines, i)
    while above >= 0 and _is_unit_or_date(lines[above].text):
        above = prev_non_blank(lines, above)
    return (
        above >= 0
        and above >= i - 3
        and is_title_line(lines[above])
        and DOC_WORD.search(title_text(lines[above].text)) is not None
    )


# A site's date of publication alone on its line, between the title and the text.
_WEB_DATE = re.compile(r"^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# A site's label before the title it shows ("范文资料：……实施方案", "原标题：……").
_TITLE_LABEL = re.compile(r"^(?:范文资料|参考范文|范文|原标题|文章标题|标题|题目)\s*[:：]\s*(?=\S)")


def title_text(text: str) -> str:
    text = _TITLE_LABEL.sub("", text)
    if is_letter_spaced(text):
        return "".join(text.split())
    return collapse_letter_spacing(text)


def _is_contents_head(line: SourceLine) -> bool:
    return TOC_HEAD.match(line.text.replace("\u3000", "").replace(" ", "")) is not None


# -- pass 1: title block -------------------------------------------------------------------


def mark_title_block(lines: list[SourceLine]) -> int:
    """Mark noise, title, subtitles above the anchor; returns the index where the body starts.

    Read upwards from the anchor, as a reader's eye goes back from the first sentence: the
    salutation, then subtitles and the web page's lines between title and text (in any
    order), then up to three title lines; above those, website furniture.
    """
    styled = [line for line in lines if line.title_style and not line.is_blank]
    anchor = next((i for i, line in enumerate(lines) if _is_anchor(line)), None)
    if not styled and anchor is not None and _is_title_as_heading(lines, anchor):
        styled = [lines[anchor]]  # the title set in "Heading 1", the sections in "Heading 2"
        lines[anchor].outline_level = None
    if styled:
        return _mark_styled_title(lines, styled)
    if anchor is None:
        anchor = next(i for i, line in enumerate(lines) if not line.is_blank)
    contents = next((i for i in range(anchor) if _is_contents_head(lines[i])), None)
    if contents is not None:
        anchor = contents  # the title stands above a table of contents
    frame = _read_up_to_the_title(lines, anchor)
    block = _title_block(lines, frame.top)
    if not block:
        # No title: the lines above the anchor stay text unless they look like a website's.
        for line in _non_blank(lines, 0, anchor):
            if is_noise_text(line.text):
                line.role = LineRole.NOISE
        return 0
    title_lines = _choose_title_lines(lines, block)
    if _looks_like_a_first_heading(lines, title_lines, frame.subtitles, frame.between):
        return title_lines[0]  # "基本情况" over the text: a heading; there is no title
    _mark_title(lines, block, title_lines, frame)
    # Title lines not taken (below the title's end) are text: headings are decided later.
    return title_lines[-1] + 1


@dataclass(slots=True)
class _Frame:
    top: int  # the line above the subtitles and web lines: the title's last line, if any
    subtitles: list[int] = field(default_factory=list)
    between: list[int] = field(default_factory=list)  # web lines between title and text


def _read_up_to_the_title(lines: list[SourceLine], anchor: int) -> _Frame:
    i = prev_non_blank(lines, anchor)
    while i >= 0 and (_is_salutation(lines[i]) or _MEETING_INFO.match(lines[i].text)):
        lines[i].role = LineRole.BODY
        i = prev_non_blank(lines, i)
    frame = _Frame(i)
    while i >= 0:
        if (
            _is_subtitle(lines[i]) and not _is_title_line_with_doc_word(lines[i])
        ) or _is_meta_under_title(lines, i):
            frame.subtitles.append(i)
        elif is_strong_noise(lines[i].text) or _WEB_DATE.match(lines[i].text):
            frame.between.append(i)
        else:
            break
        i = prev_non_blank(lines, i)
    frame.top = i
    return frame


def _title_block(lines: list[SourceLine], i: int) -> list[int]:
    """Up to three title lines ending at line i, in reading order (a blank line ends them)."""
    block: list[int] = []
    while i >= 0 and len(block) < 3 and is_title_line(lines[i]):
        block.append(i)
        if i == 0 or lines[i - 1].is_blank:
            break
        i -= 1
    return block[::-1]


def _mark_title(
    lines: list[SourceLine], block: list[int], title_lines: list[int], frame: _Frame
) -> None:
    for index in title_lines:
        lines[index].role = LineRole.TITLE
        lines[index].heading = title_text(lines[index].text)
    for index in block[len(title_lines) :]:
        if is_person_name(lines[index].text) or _SPEAKER.search(lines[index].text):
            frame.subtitles.append(index)  # 述职报告 / 张三: the name under the title
    for index in frame.subtitles:
        lines[index].role = LineRole.SUBTITLE
    for line in _non_blank(lines, 0, title_lines[0]):
        line.role = LineRole.NOISE
    for index in frame.between:
        lines[index].role = LineRole.NOISE


def _is_title_as_heading(lines: list[SourceLine], anchor: int) -> bool:
    """The first Word heading is the document's title when it is the only heading of its
    level, names a kind of document, and nothing but noise stands above it."""
    line = lines[anchor]
    if line.outline_level is None or not DOC_WORD.search(title_text(line.text)):
        return False
    if find_marker(line.text) is not None or any(
        not other.is_blank and not is_noise_text(other.text) for other in lines[:anchor]
    ):
        return False
    same_level = [other for other in lines if other.outline_level == line.outline_level]
    deeper = [
        other
        for other in lines
        if other.outline_level is not None and other.outline_level > line.outline_level
    ]
    return len(same_level) == 1 and bool(deeper)


def _looks_like_a_first_heading(
    lines: list[SourceLine], title_lines: list[int], subtitles: list[int], between: list[int]
) -> bool:
    """A short line like "基本情况" at the very top names a section, not the document.

    Titles name a kind of document (…总结, …报告), a year or 关于…; a bare short phrase
    with nothing around it (no subtitle, no website lines, nothing above) is a heading.
    """
    if len(title_lines) != 1 or subtitles or between:
        return False
    index = title_lines[0]
    text = title_text(lines[index].text)
    if any(not line.is_blank for line in lines[:index]):
        return False
    return (
        chars(text) <= 12
        and not _DOCUMENT_KIND.search(text)
        and not re.search(r"\d{4}|关于|年", text)
    )


def _is_title_line_with_doc_word(line: SourceLine) -> bool:
    return DOC_WORD.search(line.text) is not None and not line.text.startswith(("—", "－", "-"))


def _choose_title_lines(lines: list[SourceLine], block: list[int]) -> list[int]:
    """The title ends at the first line that completes it (…总结, …报告, …的意见).

    "2020年工作总结" over "主要工作情况" is a title and an unnumbered heading, while
    "关于进一步加强全市" over "安全生产工作的意见" is one title in two lines.
    """
    joined = ""
    for count, index in enumerate(block, start=1):
        joined += title_text(lines[index].text)
        follows = lines[block[count]].text if count < len(block) else ""
        if DOC_WORD.search(joined) and not follows.startswith(_TITLE_CONTINUATION):
            return block[:count]
    return block


# A title line cannot start a title of its own with these: "关于印发××实施方案" over "的通知"
# is one title, whose first two lines already end in a document word.
_TITLE_CONTINUATION = ("的", "之", "和", "及", "与", "暨")


def _mark_styled_title(lines: list[SourceLine], styled: list[SourceLine]) -> int:
    """A title set as such in Word: the first run of title-styled lines (blank lines between
    allowed). A later one (an attachment's own title) is text; a 版头 line is not title."""
    styled = [line for line in styled if not is_noise_text(line.text)]
    if not styled:
        return 0
    first = styled[0].index
    run = [styled[0]]
    for line in styled[1:]:
        if any(not other.is_blank for other in lines[run[-1].index + 1 : line.index]):
            break
        run.append(line)
    styled, last = run, run[-1].index
    for line in styled:
        line.role = LineRole.TITLE
        line.heading = title_text(line.text)
    for line in _non_blank(lines, 0, first):
        line.role = LineRole.NOISE if is_noise_text(line.text) else LineRole.BODY
    i = last + 1
    while i < len(lines) and (
        lines[i].is_blank
        or _is_subtitle(lines[i])
        or (_is_unit_or_date(lines[i].text) and not is_noise_text(lines[i].text))
    ):
        if not lines[i].is_blank:
            lines[i].role = LineRole.SUBTITLE
        i += 1
    return last + 1
