"""Line classifier: which line is the title, a heading (and of which level), body, noise.

The classifier reads the document the way a reader does, in four passes:
1. the title block: the first substantial line (a long sentence or a numbered heading)
   is the "anchor"; the short lines right above it are the title (up to three lines),
   with subtitle lines (——…, a speaker, a date in brackets) and a salutation between.
   Everything above the title is website furniture (NOISE, proposed for removal);
2. the closing block, from the end: website lines (NOISE), 成文日期, 发文机关署名, 附件说明;
3. in between, headings: lines that start with a marker (一、 （一） 1. （1） 一是 第一， 第一部分),
   decided per numbered sequence (a "（1）…；（2）…；" list stays body), and unmarked
   headings (a short line without closing punctuation, followed by body text);
4. levels: the order in which marker kinds nest in this document, not a fixed table.
The tree itself is built by builder.build_draft from the roles, so the preview can
change roles and rebuild.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import (
    KIND_CHAPTER,
    KIND_NONE,
    Marker,
    collapse_letter_spacing,
    ends_with_closing_punct,
    find_marker,
    has_inline_sequel,
    is_letter_spaced,
    lead_sentence_end,
    parse_date_line,
    strip_heading_end,
)
from app.core.model import count_chars

MAX_LEAD = 60  # longest lead sentence of a run-in heading ("一是完善制度机制，……。正文")
MAX_HEADING = 50  # longest heading alone on its line
MAX_UNMARKED_HEADING = 30  # an unnumbered heading is short
MAX_TITLE_LINE = 50
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
    r"仅供学习|禁止外传|^(?:作者|编辑|审核|校对|字体)[:：]|^(?:时间|日期)[:：]\s*\d{4}[-/.]|"
    r"^[（(]\s*完\s*[）)]$|^[-—－\s]*END[-—－\s]*$|"
    # what a chat tool says around the text it wrote
    r"对您有所?帮助|如需(?:进一步)?(?:调整|修改|补充|完善)|请(?:随时)?告诉我|以下是为您|为您(?:撰写|整理|生成)"
)
_NOISE_WEAK = re.compile(
    r"微信|微博|QQ|ＱＱ|关注|会员|订阅|广告|VIP|vip|下载|收藏|点赞|评论|举报|倒卖|仅供参考|转载|"
    r"原创|登录|注册|客服|免费|领取|优惠|立享|在线咨询|本站|网站|App|APP|\.com|\.cn\b"
)
_TOC_ENTRY = re.compile(r"(?:[.．…·。_\-—\s]{3,}|\t)\s*\d{1,3}$")
_TOC_HEAD = re.compile(r"^目\s*录$")
_DOC_WORD = re.compile(
    r"(总结|报告|计划|方案|意见|通知|讲话|发言|汇报|要点|办法|规定|规划|通报|请示|决定|纪要|函|"
    r"批复|公告|通告|决议|安排|提纲|材料|情况|致辞|简报|制度|细则|章程|预案|思路|打算|建议|"
    r"述职|述廉|述责|发言稿|讲话稿|体会|心得|稿)[”」）)]?$"
)
_SPEAKER = re.compile(
    r"(汇报人|报告人|述职人|发言人|讲话人|主讲人|作者)[:：]|"
    r"(书记|局长|主任|部长|厅长|处长|科长|县长|市长|省长|区长|镇长|乡长|主席|院长|校长|经理|"
    r"董事长|委员|同志|组长|队长|所长|站长|馆长)[\s\u3000]*[\u4e00-\u9fff·]{2,4}$"
)
_ORG_END = re.compile(
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
_AFTER_DATE = re.compile(
    r"^(?:抄送|抄报|主送|分送|报送|发送)[:：]|印发$|^[（(](?:此件|本件|联系人|联系电话)[^）)]{0,60}[）)]$"
)
_SIGNER = re.compile(r"^(汇报人|报告人|述职人|发言人|单位|署名)[:：]")
_ATTACHMENT_HEAD = re.compile(r"^附\s*件\s*[:：]\s*")
_ATTACHMENT_ITEM = re.compile(r"^(\d{1,2})\s*[.．、]\s*")


def classify(lines: list[SourceLine]) -> list[str]:
    """Give every line its role, heading fields and level. Returns warnings (Chinese)."""
    for line in lines:
        if not line.text.strip():
            line.role = LineRole.BLANK
    if not any(not line.is_blank for line in lines):
        return ["没有找到任何文字。"]
    start = _mark_title_block(lines)
    end = _mark_closing_block(lines, start)
    _mark_headings(lines, start, end)
    warnings = assign_levels(lines)
    for line in lines:
        line.keep = line.role != LineRole.NOISE
    if not any(line.role == LineRole.TITLE for line in lines):
        warnings.append("没有认出标题：可在左侧把标题所在行设为“标题”。")
    return warnings


# -- helpers -------------------------------------------------------------------------------


def _non_blank(lines: list[SourceLine], start: int, end: int) -> Iterator[SourceLine]:
    for line in lines[start:end]:
        if not line.is_blank:
            yield line


def _prev_non_blank(lines: list[SourceLine], index: int) -> int:
    index -= 1
    while index >= 0 and lines[index].is_blank:
        index -= 1
    return index


def is_noise_text(text: str) -> bool:
    """A line that looks like a website's: share buttons, 来源/时间, advertising, QQ groups."""
    if _NOISE_STRONG.search(text):
        return True
    return _NOISE_WEAK.search(text) is not None and _chars(text) <= 40 and text[-1] not in "。"


def _is_strong_noise(text: str) -> bool:
    return _NOISE_STRONG.search(text) is not None


def _chars(text: str) -> int:
    return count_chars(text)


def _is_paragraph_like(line: SourceLine) -> bool:
    """A line that can only be running text: long, or a sentence."""
    text = line.text
    if _chars(text) < ANCHOR_MIN_CHARS:
        return False
    if text[-1] in "。！？!?：:；;" or "。" in text:
        return True
    # Titles of speeches have commas too ("坚定信心，真抓实干，…"): only a long line counts.
    return "，" in text and _chars(text) >= 50


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
    return _chars(line.text) <= 25 and line.text[-1] in "：:" and not is_noise_text(line.text)


def is_person_name(text: str) -> bool:
    """ "张三", "李  明": a name alone on its line (under a 述职报告 title, say)."""
    name = "".join(text.split())
    return (
        2 <= len(name) <= 4
        and all("\u4e00" <= ch <= "\u9fff" for ch in name)
        and name[0] in _SURNAMES
        and not _NOT_A_NAME.search(name)
    )


def _is_subtitle(line: SourceLine) -> bool:
    text = line.text
    if is_noise_text(text) or _chars(text) > 60:
        return False
    if is_person_name(text):
        return True
    if text.startswith(("—", "－－", "--", "——")):
        return True
    if text[0] in "（(" and text[-1] in "）)":
        return True  # （2024年1月5日） / （在全市工作会议上） / （征求意见稿）
    return (
        _chars(text) <= 30
        and not ends_with_closing_punct(text)
        and _SPEAKER.search(text) is not None
    )


def _is_title_line(line: SourceLine) -> bool:
    text = line.text
    if line.title_style:
        return True
    if _is_strong_noise(text) or find_marker(text) is not None or parse_date_line(text):
        return False
    if is_noise_text(text) and not _DOC_WORD.search(text):
        return False  # "关于加强政府网站管理的通知" is a title, "现在订阅立享…" is not
    if _is_contents_head(line):
        return False
    n = _chars(text)
    return 2 <= n <= MAX_TITLE_LINE and not ends_with_closing_punct(text)


def _title_text(text: str) -> str:
    if is_letter_spaced(text):
        return "".join(text.split())
    return collapse_letter_spacing(text)


def _is_contents_head(line: SourceLine) -> bool:
    return _TOC_HEAD.match(line.text.replace("\u3000", "").replace(" ", "")) is not None


# -- pass 1: title block -------------------------------------------------------------------


def _mark_title_block(lines: list[SourceLine]) -> int:
    """Mark noise, title, subtitles above the anchor; returns the index where the body starts."""
    styled = [line for line in lines if line.title_style and not line.is_blank]
    anchor = next((i for i, line in enumerate(lines) if _is_anchor(line)), None)
    if styled:
        return _mark_styled_title(lines, styled)
    if anchor is None:
        anchor = next(i for i, line in enumerate(lines) if not line.is_blank)
    contents = next((i for i in range(anchor) if _is_contents_head(lines[i])), None)
    if contents is not None:
        anchor = contents  # the title stands above a table of contents
    i = _prev_non_blank(lines, anchor)
    while i >= 0 and (_is_salutation(lines[i]) or _MEETING_INFO.match(lines[i].text)):
        lines[i].role = LineRole.BODY
        i = _prev_non_blank(lines, i)
    subtitles: list[int] = []
    while i >= 0 and _is_subtitle(lines[i]) and not _is_title_line_with_doc_word(lines[i]):
        subtitles.append(i)
        i = _prev_non_blank(lines, i)
    # A web page puts 来源/发布时间/字号 between the title and the text: look past them.
    between: list[int] = []
    while i >= 0 and _is_strong_noise(lines[i].text):
        between.append(i)
        i = _prev_non_blank(lines, i)
    block: list[int] = []
    while i >= 0 and len(block) < 3 and _is_title_line(lines[i]):
        block.append(i)
        if i == 0 or lines[i - 1].is_blank:
            break  # a blank line ends a title broken over lines
        i -= 1
    if not block:
        # No title: the lines above the anchor stay text unless they look like a website's.
        for line in _non_blank(lines, 0, anchor):
            if is_noise_text(line.text):
                line.role = LineRole.NOISE
        return 0
    block.reverse()
    title_lines = _choose_title_lines(lines, block)
    for index in title_lines:
        lines[index].role = LineRole.TITLE
        lines[index].heading = _title_text(lines[index].text)
    for index in block[len(title_lines) :]:
        if is_person_name(lines[index].text) or _SPEAKER.search(lines[index].text):
            subtitles.append(index)  # 述职报告 / 张三: the name under the title
    for index in subtitles:
        lines[index].role = LineRole.SUBTITLE
    for line in _non_blank(lines, 0, title_lines[0]):
        line.role = LineRole.NOISE
    for index in between:
        lines[index].role = LineRole.NOISE
    # Title lines not taken (below the title's end) are text: headings are decided later.
    return title_lines[-1] + 1


def _is_title_line_with_doc_word(line: SourceLine) -> bool:
    return _DOC_WORD.search(line.text) is not None and not line.text.startswith(("—", "－", "-"))


def _choose_title_lines(lines: list[SourceLine], block: list[int]) -> list[int]:
    """The title ends at the first line that completes it (…总结, …报告, …的意见).

    "2020年工作总结" over "主要工作情况" is a title and an unnumbered heading, while
    "关于进一步加强全市" over "安全生产工作的意见" is one title in two lines.
    """
    joined = ""
    for count, index in enumerate(block, start=1):
        joined += _title_text(lines[index].text)
        if _DOC_WORD.search(joined):
            return block[:count]
    return block


def _mark_styled_title(lines: list[SourceLine], styled: list[SourceLine]) -> int:
    first, last = styled[0].index, styled[-1].index
    for line in styled:
        line.role = LineRole.TITLE
        line.heading = _title_text(line.text)
    for line in _non_blank(lines, 0, first):
        line.role = LineRole.NOISE if is_noise_text(line.text) else LineRole.BODY
    i = last + 1
    while i < len(lines) and (lines[i].is_blank or _is_subtitle(lines[i])):
        if not lines[i].is_blank:
            lines[i].role = LineRole.SUBTITLE
        i += 1
    return last + 1


# -- pass 2: closing block -----------------------------------------------------------------


def _mark_closing_block(lines: list[SourceLine], start: int) -> int:
    """Mark trailing noise, 成文日期, 署名, 附件说明; returns where the body ends."""
    j = len(lines) - 1
    while j >= start and (lines[j].is_blank or is_noise_text(lines[j].text)):
        if not lines[j].is_blank:
            lines[j].role = LineRole.NOISE
        j -= 1
    # 版记 and 附注 (抄送…, …印发, （此件公开发布）) stand below the date: look above them.
    while j > start and (lines[j].is_blank or _AFTER_DATE.search(lines[j].text)):
        j -= 1
    if j < start:
        return start
    has_date = False
    date = parse_date_line(lines[j].text)
    if date is not None and j > start:
        lines[j].role = LineRole.DATE
        lines[j].heading = date
        has_date = True
        j = _prev_non_blank(lines, j)
    authors = 0
    while j > start and authors < 2 and _is_author(lines[j], has_date):
        lines[j].role = LineRole.AUTHOR
        authors += 1
        above = _prev_non_blank(lines, j)
        if above != j - 1:
            j = above
            break  # two 署名 lines stand together; a blank line ends the signature
        j = above
    if authors and not has_date and j > start:
        # 署名 then 日期 is the rule, but "日期 / 署名" happens: look one line up.
        date = parse_date_line(lines[j].text)
        if date is not None:
            lines[j].role, lines[j].heading = LineRole.DATE, date
            j = _prev_non_blank(lines, j)
    j = _mark_attachments(lines, start, j)
    return j + 1


def _is_author(line: SourceLine, has_date: bool) -> bool:
    text = line.text
    if line.is_blank or ends_with_closing_punct(text) or _chars(text) > 30:
        return False
    if find_marker(text) is not None or line.outline_level is not None:
        return False
    if _ATTACHMENT_ITEM.match(text) or _ATTACHMENT_HEAD.match(text):
        return False
    if _SIGNER.match(text):
        return True
    compact = collapse_letter_spacing(text)
    if _ORG_END.search(compact):
        return True
    return has_date and _chars(text) <= 20 and not _DOC_WORD.search(compact)


def _mark_attachments(lines: list[SourceLine], start: int, j: int) -> int:
    """附件：1.xxx / 2.xxx right after the text; returns the new end of the body (index)."""
    items: list[int] = []
    i = j
    while i > start and len(items) < 30:
        text = lines[i].text
        if _ATTACHMENT_HEAD.match(text):
            for index in [i, *items]:
                lines[index].role = LineRole.ATTACHMENT
            return _prev_non_blank(lines, i)
        if _ATTACHMENT_ITEM.match(text) and _chars(text) <= 60 and text[-1] not in "；;，,":
            items.insert(0, i)
            i = _prev_non_blank(lines, i)
            continue
        break
    return j


def attachment_names(lines: list[SourceLine]) -> list[str]:
    """附件说明 lines → names without numbers or closing punctuation."""
    names: list[str] = []
    for line in lines:
        text = _ATTACHMENT_HEAD.sub("", line.text)
        for part in re.split(r"\s+(?=\d{1,2}\s*[.．、])", text):
            name = _ATTACHMENT_ITEM.sub("", part).strip().rstrip("。；;，,.")
            if name:
                names.append(name)
    return names


# -- pass 3: headings ----------------------------------------------------------------------


@dataclass(slots=True)
class _Candidate:
    line: SourceLine
    marker: Marker
    rest: str
    vote: str  # "runin" | "head" | "item" | "long"
    lead_end: int  # index in rest where a run-in body starts (-1: none)
    position: int  # among the non-blank lines of the text


def _formatted_split(line: SourceLine, rest: str) -> int:
    """Where a lead sentence set in another font or weight ends, as an index into rest."""
    if line.lead_length is None:
        return -1
    split = line.lead_length - (len(line.text) - len(rest))
    return split if 0 < split < len(rest) and rest[split:].strip() else -1


def _line_vote(line: SourceLine, rest: str) -> tuple[str, int]:
    split = _formatted_split(line, rest)
    return ("runin", split) if split > 0 else _vote(rest)


def _vote(rest: str) -> tuple[str, int]:
    if rest[-1] in "；;，,、":
        return "item", -1
    end = lead_sentence_end(rest, MAX_LEAD)
    if 0 < end < len(rest) and rest[end:].strip():
        return "runin", end
    if _chars(strip_heading_end(rest)) <= MAX_HEADING and (end < 0 or end >= len(rest)):
        return "head", -1
    return "long", -1


def _mark_headings(lines: list[SourceLine], start: int, end: int) -> None:
    region = [line for line in lines[start:end] if not line.is_blank and line.role == LineRole.BODY]
    candidates: list[_Candidate] = []
    for position, line in enumerate(region):
        if _TOC_ENTRY.search(line.text[-60:]) or _TOC_HEAD.match(line.text.replace("\u3000", "")):
            continue  # a table of contents line is not a heading
        found = find_marker(line.text)
        if found is None:
            continue
        marker, rest = found
        if has_inline_sequel(marker, rest):
            continue  # 一是…；二是…；三是… in one paragraph
        vote, lead_end = _line_vote(line, rest)
        candidates.append(_Candidate(line, marker, rest, vote, lead_end, position))
    candidates = _drop_table_of_contents(candidates)
    first_seen: dict[str, int] = {}
    for cand in candidates:
        first_seen.setdefault(cand.marker.kind, cand.position)
    for group in _sequences(candidates):
        if _is_heading_group(group, region, first_seen):
            for cand in group:
                _make_marked_heading(cand)
    for line in region:
        if line.outline_level is not None and line.role != LineRole.HEADING:
            set_heading(line)
    _mark_unmarked_headings(region)


def _sequences(candidates: list[_Candidate]) -> list[list[_Candidate]]:
    """Candidates of one kind numbered 1, 2, 3…: a run of siblings (or of list items)."""
    groups: list[list[_Candidate]] = []
    open_group: dict[str, list[_Candidate]] = {}
    for cand in candidates:
        kind = cand.marker.kind
        current = open_group.get(kind)
        if current is not None and cand.marker.number == current[-1].marker.number + 1:
            current.append(cand)
        else:
            current = [cand]
            open_group[kind] = current
            groups.append(current)
    return groups


def _followed_by_content(
    cand: _Candidate, region: list[SourceLine], first_seen: dict[str, int]
) -> bool:
    """Text, or a heading of a kind first seen after this one (a subsection), comes next."""
    if cand.position + 1 >= len(region):
        return False
    found = find_marker(region[cand.position + 1].text)
    if found is None:
        return True
    kind = found[0].kind
    return (
        kind != cand.marker.kind
        and first_seen.get(kind, len(region)) > first_seen[cand.marker.kind]
    )


def _is_heading_group(
    group: list[_Candidate], region: list[SourceLine], first_seen: dict[str, int]
) -> bool:
    votes = [c.vote for c in group]
    if any(c.line.outline_level is not None for c in group):
        return True
    if votes.count("item") * 2 > len(votes):
        return False  # （1）……；（2）……；（3）……。 is a list inside a paragraph run
    if not any(v in ("runin", "head") for v in votes):
        return False  # every member is a long sentence: numbered paragraphs
    if "runin" in votes:
        return True
    if all(c.rest.endswith("。") for c in group) and not any(
        _followed_by_content(c, region, first_seen) for c in group
    ):
        return False  # "1、完成投资5亿元。2、……。": one-sentence items with nothing under them
    # Short lines only: a list introduced by "…如下：" whose items follow one another.
    first = group[0].position
    before = region[first - 1].text if first > 0 else ""
    back_to_back = all(_adjacent(a, b) for a, b in zip(group, group[1:], strict=False))
    return not (before.endswith(("：", ":")) and back_to_back and len(group) > 1)


def _drop_table_of_contents(candidates: list[_Candidate]) -> list[_Candidate]:
    """A block of headings with no text between them, repeated later, is a table of contents."""
    seen_later: dict[str, int] = {}
    for n, cand in enumerate(candidates):
        seen_later[cand.rest] = n
    kept: list[_Candidate] = []
    n = 0
    while n < len(candidates):
        block = [candidates[n]]
        while n + len(block) < len(candidates) and _adjacent(block[-1], candidates[n + len(block)]):
            block.append(candidates[n + len(block)])
        repeated = sum(1 for k, c in enumerate(block) if seen_later[c.rest] > n + k)
        if len(block) >= 3 and repeated * 10 >= len(block) * 6 and _has_siblings(block):
            n += len(block)
            continue
        kept.extend(block)
        n += len(block)
    return kept


def _has_siblings(block: list[_Candidate]) -> bool:
    """A contents list names siblings one after another (一、 二、 三、), not 一、（一）1. only."""
    return any(
        a.marker.kind == b.marker.kind and b.marker.number == a.marker.number + 1
        for a, b in zip(block, block[1:], strict=False)
    )


def _adjacent(a: _Candidate, b: _Candidate) -> bool:
    """No text between two candidates (blank lines only)."""
    return b.position == a.position + 1


def _make_marked_heading(cand: _Candidate) -> None:
    line = cand.line
    line.role = LineRole.HEADING
    line.marker = cand.marker.text
    line.kind = cand.marker.kind
    rest = cand.rest
    if cand.marker.keep_in_heading:
        line.heading, line.run_in_body = _heading_text(line.text), ""
    elif cand.vote == "runin":
        lead = rest[: cand.lead_end]
        line.heading = strip_heading_end(lead)
        line.run_in_body = rest[cand.lead_end :].lstrip()
    else:
        line.heading = _heading_text(rest)
        line.run_in_body = ""


def _heading_text(text: str) -> str:
    text = strip_heading_end(text)
    return collapse_letter_spacing(text) if is_letter_spaced(text) else text


def set_heading(line: SourceLine, level: int | None = None) -> None:
    """Make a line a heading: strip its marker, split a run-in lead sentence.

    Used by the classifier for Word headings and by the preview when the user changes a
    line's role; `level` (0-based) is kept when given.
    """
    line.role = LineRole.HEADING
    found = find_marker(line.text)
    if found is None:
        marker, rest = None, line.text
        line.marker, line.kind = "", KIND_NONE
    else:
        marker, rest = found
        line.marker, line.kind = marker.text, marker.kind
    if marker is not None and marker.keep_in_heading:
        line.heading, line.run_in_body = _heading_text(line.text), ""
    else:
        vote, lead_end = _line_vote(line, rest)
        if vote == "runin" and lead_end > 0:
            line.heading = strip_heading_end(rest[:lead_end])
            line.run_in_body = rest[lead_end:].lstrip()
        else:
            line.heading, line.run_in_body = _heading_text(rest), ""
    if level is not None:
        line.level = level


def _mark_unmarked_headings(region: list[SourceLine]) -> None:
    """A short line without closing punctuation, followed by text, between texts."""
    for n, line in enumerate(region):
        if line.role != LineRole.BODY or not _could_be_unmarked_heading(line):
            continue
        nxt = region[n + 1] if n + 1 < len(region) else None
        prev = region[n - 1] if n > 0 else None
        if nxt is None:
            continue
        if nxt.role == LineRole.BODY and _short_unpunctuated(nxt):
            continue  # a list of short lines (a table, addresses), not a heading
        if prev is not None and prev.role == LineRole.BODY and _short_unpunctuated(prev):
            continue
        line.role = LineRole.HEADING
        line.kind = KIND_NONE
        line.marker = ""
        line.heading = _heading_text(line.text)
        line.run_in_body = ""


def _short_unpunctuated(line: SourceLine) -> bool:
    return _chars(line.text) <= MAX_UNMARKED_HEADING and not ends_with_closing_punct(line.text)


def _could_be_unmarked_heading(line: SourceLine) -> bool:
    text = line.text
    limit = MAX_UNMARKED_HEADING + (10 if line.emphasized else 0)
    if not 2 <= _chars(text) <= limit or re.search(r"[：:。；;]", text[:-1]):
        return False
    if ends_with_closing_punct(text) and not (line.emphasized and text[-1] == "。"):
        return False
    if parse_date_line(text) or _TOC_HEAD.match(text.replace("\u3000", "").replace(" ", "")):
        return False
    return sum(1 for ch in text if "\u3400" <= ch <= "\u9fff") * 2 >= len(text.replace(" ", ""))


# -- pass 4: levels ------------------------------------------------------------------------


def assign_levels(lines: list[SourceLine]) -> list[str]:
    """Levels from the order in which marker kinds nest in this document.

    The first heading's kind is level 0; a kind seen for the first time sits one level
    below the heading before it; a kind seen before keeps its level. Word heading styles
    (outline levels) win where present. A heading that would skip a level is pulled up.
    """
    warnings: list[str] = []
    headings = [line for line in lines if line.role == LineRole.HEADING]
    outline = [h.outline_level for h in headings if h.outline_level is not None]
    base = min(outline) if outline else 0
    kind_level: dict[str, int] = {}
    previous = -1
    for line in headings:
        if line.outline_level is not None:
            level = line.outline_level - base
            kind_level.setdefault(line.kind, level)
        elif line.kind in kind_level:
            level = kind_level[line.kind]
        else:
            level = previous + 1
            kind_level[line.kind] = level
        if level > previous + 1:
            warnings.append(
                f"第 {line.index + 1} 行“{line.marker}{line.heading[:12]}”跳过了一级标题，已按下一级处理。"
            )
            level = previous + 1
        line.level = level
        previous = level
    warnings.extend(_settle_mixed_levels(headings))
    return warnings


def _settle_mixed_levels(headings: list[SourceLine]) -> list[str]:
    """One numbering style per level: a minority marker kind at a level is kept as text.

    "二、下一步打算" followed by "一是…二是…" where the other sections use （一）: the model
    numbers a level one way, so those items would print as （一）. Leaf items stay body
    paragraphs with their own numbers instead (the preview can still make them headings).
    """
    warnings: list[str] = []
    by_level: dict[int, list[str]] = {}
    for line in headings:
        by_level.setdefault(line.level, []).append(line.kind)
    for level, kinds in by_level.items():
        counts = Counter(kinds)
        if len(counts) < 2:
            continue
        dominant = max(counts, key=lambda k: (counts[k], -kinds.index(k)))
        for n, line in enumerate(headings):
            if (
                line.level != level
                or line.kind in (dominant, KIND_NONE)
                or line.outline_level is not None
            ):
                continue
            nxt = headings[n + 1] if n + 1 < len(headings) else None
            if nxt is not None and nxt.level > level:
                continue  # it has subsections: keep it a heading
            if line.marker and _first_of_run(headings, n):
                warnings.append(
                    f"第 {line.index + 1} 行起的“{line.marker}……”与同级其他小标题的编号不同，"
                    "已作为正文保留原编号；如要作为小标题，可在左侧改为相应级别（编号将随本级统一）。"
                )
            line.role = LineRole.BODY
            line.heading = line.run_in_body = ""
    return warnings


def _first_of_run(headings: list[SourceLine], n: int) -> bool:
    return n == 0 or headings[n - 1].kind != headings[n].kind


def heading_kinds_by_level(lines: list[SourceLine]) -> dict[int, list[str]]:
    result: dict[int, list[str]] = {}
    for line in lines:
        if line.role == LineRole.HEADING:
            result.setdefault(line.level, []).append(line.kind or KIND_NONE)
    return result


__all__ = [
    "KIND_CHAPTER",
    "KIND_NONE",
    "assign_levels",
    "attachment_names",
    "change_role",
    "classify",
    "heading_kinds_by_level",
    "is_noise_text",
    "set_heading",
]


def change_role(line: SourceLine, role: LineRole, level: int = 0) -> None:
    """Apply a role the user picked in the preview; the builder then rebuilds the tree.

    A heading keeps its marker kind (for the numbering style) and gets the chosen level;
    a noise line is unticked, any other role ticks the line again.
    """
    if role == LineRole.HEADING:
        if line.role != LineRole.HEADING:
            set_heading(line)
        line.level = level
    else:
        line.role = role
        line.heading = line.run_in_body = line.marker = line.kind = ""
        line.level = 0
        if role == LineRole.TITLE:
            line.heading = _title_text(line.text)
        elif role == LineRole.DATE:
            line.heading = parse_date_line(line.text) or line.text
    line.keep = role != LineRole.NOISE
