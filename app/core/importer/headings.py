"""Headings between the title and the closing block, and their levels.

Pass 3: lines that start with a marker (一、 （一） 1. （1） 一是 第一， 第一部分) become
heading candidates; per numbered sequence, whether it reads as a list ("（1）…；（2）…；",
one-sentence items after "如下：") is a feature the level decision weighs (levels.py). A
table of contents is not a tree. Unmarked headings: a short line without closing
punctuation followed by text, and topic sentences cast in one frame.
Pass 4, the levels, is levels.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.importer.frame import TOC_HEAD, chars
from app.core.importer.lines import LineRole, SourceLine
from app.core.importer.markers import (
    DECIMAL_KINDS,
    KIND_NONE,
    KIND_UNNUMBERED,
    SERIES_KEPT_KINDS,
    Marker,
    find_marker,
    has_inline_sequel,
    heading_text,
    is_letter_spaced,
    lead_sentence_end,
    stored_heading,
    strip_heading_end,
)
from app.core.importer.unmarked import MAX_UNMARKED_HEADING, mark_unmarked_headings

MAX_LEAD = 60  # longest lead sentence of a run-in heading ("一是完善制度机制，……。正文")
MAX_HEADING = 50  # longest heading alone on its line

_TOC_ENTRY = re.compile(r"(?:[.．…·。_\-—\s]{3,}|\t)\s*\d{1,3}$")


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
    split = _space_split(rest)
    if split > 0:
        return "runin", split
    end = lead_sentence_end(rest, MAX_LEAD)
    if 0 < end < len(rest) and rest[end:].strip() and strip_heading_end(rest[:end]):
        return "runin", end
    heading = strip_heading_end(rest)
    if not heading:
        return "item", -1  # "1.。": nothing that could be a heading
    if chars(heading) <= MAX_HEADING and (end < 0 or end >= len(rest)):
        return "head", -1
    return "long", -1


def mark_headings(lines: list[SourceLine], start: int, end: int) -> None:
    region = [line for line in lines[start:end] if not line.is_blank and line.role == LineRole.BODY]
    if _drop_listed_contents(region):
        region = [line for line in region if line.role == LineRole.BODY]
    candidates: list[_Candidate] = []
    for position, line in enumerate(region):
        if line.contents_entry or _is_contents_line(line.text):
            # A table of contents is not a tree, nor text to keep: the editor has the
            # headings, and the page numbers are the old document's. Proposed for removal.
            line.role = LineRole.NOISE
            continue
        found = find_marker(line.text)
        if found is None:
            continue
        marker, rest = found
        if has_inline_sequel(marker, rest):
            continue  # 一是…；二是…；三是… in one paragraph
        if not marker.keep_in_heading and not heading_text(rest):
            continue  # a bare number ("1.：", "（一）"): no heading to make of it, stays text
        vote, lead_end = _line_vote(line, rest)
        candidates.append(_Candidate(line, marker, rest, vote, lead_end, position))
    kept = _drop_table_of_contents(candidates)
    if len(kept) < len(candidates):
        # By identity: `in kept` compared the dataclasses pairwise, quadratic in a long
        # table of contents (20,000 lines took 16 s).
        kept_ids = {id(cand) for cand in kept}
        for cand in candidates:
            if id(cand) not in kept_ids:
                cand.line.role = LineRole.NOISE
        _mark_contents_head(region)
    candidates = kept
    first_seen: dict[str, int] = {}
    for cand in candidates:
        first_seen.setdefault(cand.marker.kind, cand.position)
    listed: list[_Candidate] = []
    for group in _sequences(candidates):
        if _is_heading_group(group, region, first_seen):
            for cand in group:
                _make_marked_heading(cand)
        else:
            listed.extend(group)
    for line in region:
        if line.outline_level is not None and line.role != LineRole.HEADING:
            set_heading(line)
    mark_unmarked_headings(region)
    # The items of a sequence that reads as a list are candidates too, with that feature:
    # the level decision (levels.py) weighs it with the rest and keeps them text.
    for cand in listed:
        if cand.line.role == LineRole.BODY:
            _make_marked_heading(cand)
            cand.line.list_item = True


MAX_CONTENTS_ENTRY = 40


def _drop_listed_contents(region: list[SourceLine]) -> bool:
    """目录 over entries without page numbers ("总则", "1.1 编制目的" …): the contents end
    where the text begins, at its first entry again ("1 总则"). Those lines are noise."""
    head = next((n for n, line in enumerate(region) if _is_contents_head(line.text)), None)
    if head is None or head + 2 >= len(region):
        return False
    first = _entry_key(region[head + 1].text)
    end = next(
        (n for n in range(head + 2, len(region)) if _entry_key(region[n].text) == first), None
    )
    entries = region[head + 1 : end] if end is not None else []
    if len(entries) < 2 or any(
        chars(line.text) > MAX_CONTENTS_ENTRY or line.text[-1] in "。；;" for line in entries
    ):
        return False
    for line in region[head:end]:
        line.role = LineRole.NOISE
    return True


def _entry_key(text: str) -> str:
    """An entry without its number, page number and spaces: "1　总则" and "总则" agree."""
    found = find_marker(text)
    rest = found[1] if found is not None and not found[0].keep_in_heading else text
    rest = re.sub(r"^\d{1,2}(?:[.．]\d{1,2}){0,3}", "", rest)
    return "".join(_TOC_ENTRY.sub("", rest).split())


def _is_contents_line(text: str) -> bool:
    """目录, or an entry of a table of contents with its page number (……12)."""
    return bool(_TOC_ENTRY.search(text[-60:])) or _is_contents_head(text)


def _is_contents_head(text: str) -> bool:
    return TOC_HEAD.match(text.replace("\u3000", "").replace(" ", "")) is not None


def _mark_contents_head(region: list[SourceLine]) -> None:
    """The 目录 line above contents entries without page numbers is not text either."""
    for n, line in enumerate(region[:-1]):
        if _is_contents_head(line.text) and region[n + 1].role == LineRole.NOISE:
            line.role = LineRole.NOISE


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
    lead = group[0]
    if (
        lead.marker.kind in DECIMAL_KINDS
        and lead.marker.number != 1
        and first_seen[lead.marker.kind] >= lead.position
    ):
        return False  # "3 家企业" at a line start: decimal outlines count from 1 (then may skip)
    if votes.count("item") * 2 > len(votes):
        return False  # （1）……；（2）……；（3）……。 is a list inside a paragraph run
    if (
        len(group) > 1
        and all(v == "item" for v in votes[:-1])
        and votes[-1] == "head"
        and group[-1].rest[-1] in "。."
    ):
        return False  # "1.……；" then "2.……。": the last item of a list ends the sentence
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
        named = {candidates[n].rest}
        while (
            n + len(block) < len(candidates)
            and _adjacent(block[-1], candidates[n + len(block)])
            and candidates[n + len(block)].rest not in named  # a contents list names once:
        ):  # the text's own first headings can follow it with nothing between
            block.append(candidates[n + len(block)])
            named.add(block[-1].rest)
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
    line.number = cand.marker.number
    rest = cand.rest
    if cand.marker.keep_in_heading and cand.marker.kind not in SERIES_KEPT_KINDS:
        line.heading, line.run_in_body = stored_heading(cand.marker, line.text, rest), ""
    else:
        # A member of a heading sequence that reads like an item ("（1）日常检查。……；")
        # is still split at its lead sentence, as its siblings are.
        lead_end = cand.lead_end if cand.vote == "runin" else _run_in_split(rest)
        if lead_end < 0 and cand.vote == "long":
            # A long paragraph among run-in siblings: its lead sentence is long too, but
            # it is still a lead sentence (the whole paragraph is never the heading).
            lead_end = _run_in_split(rest, len(rest))
        if lead_end > 0:
            line.heading = strip_heading_end(rest[:lead_end])
            line.run_in_body = rest[lead_end:].lstrip()
        else:
            line.heading = heading_text(rest)
            line.run_in_body = ""
    _keep_series_marker(line, cand.marker)


def _keep_series_marker(line: SourceLine, marker: Marker | None) -> None:
    """一要 / ①: split like 一是, but the marker stays in the heading (no style prints it)."""
    if marker is not None and marker.kind in SERIES_KEPT_KINDS:
        line.heading = f"{marker.text}{line.heading}"


_GAP = re.compile(r"\u3000+|[ \u00a0]{2,}|\t")


def _space_split(rest: str) -> int:
    """ "指导思想　以习近平……为指导。": a heading set apart from its text by a wide gap
    (全角空格 or several spaces) instead of a 。; returns where the text starts, or -1.

    Only a short heading without sentence punctuation before the gap, and a sentence
    after it, count: a letter-spaced heading ("主  要  工  作") has single characters.
    """
    gap = _GAP.search(rest, 0, MAX_UNMARKED_HEADING + 2)
    if gap is None:
        return -1
    head, text = rest[: gap.start()], rest[gap.end() :]
    if not 2 <= chars(head) <= MAX_UNMARKED_HEADING or re.search(r"[。！？；：:;!?]", head):
        return -1
    if is_letter_spaced(rest) or not text or find_marker(text) is not None:
        return -1
    return gap.end() if text[-1] in "。！？!?" or chars(text) >= 15 else -1


def _run_in_split(rest: str, limit: int = MAX_LEAD) -> int:
    end = lead_sentence_end(rest, limit)
    ok = 0 < end < len(rest) and rest[end:].strip() and strip_heading_end(rest[:end])
    return end if ok else -1


def set_heading(line: SourceLine, level: int | None = None) -> None:
    """Make a line a heading: strip its marker, split a run-in lead sentence.

    Used by the classifier for Word headings and by the preview when the user changes a
    line's role; `level` (0-based) is kept when given.
    """
    line.role = LineRole.HEADING
    line.list_item = False  # the user's choice, not a list's item
    found = find_marker(line.text)
    if found is None:
        marker, rest = None, line.text
        line.marker, line.number = "", 0
        line.kind = KIND_UNNUMBERED if line.outline_level is not None else KIND_NONE
    else:
        marker, rest = found
        line.marker, line.kind, line.number = marker.text, marker.kind, marker.number
    if marker is not None and marker.keep_in_heading and marker.kind not in SERIES_KEPT_KINDS:
        line.heading, line.run_in_body = stored_heading(marker, line.text, rest), ""
    else:
        vote, lead_end = _line_vote(line, rest)
        if vote == "runin" and lead_end > 0:
            line.heading = strip_heading_end(rest[:lead_end])
            line.run_in_body = rest[lead_end:].lstrip()
        else:
            line.heading, line.run_in_body = heading_text(rest), ""
        _keep_series_marker(line, marker)
    if level is not None:
        line.level = level
