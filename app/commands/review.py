"""`python -m app review DRAFT.json REVIEWED.docx -o OUT.json`: bring a review back.

Reads the revisions and comments of a .docx exported from DRAFT.json and changed with
tracked changes (Word, WPS, LibreOffice), and prints each suggestion with its section,
paragraph, reviewer and date, and each change that could not be placed with the reason.
OUT.json is the draft with the reviewer's comments kept in their sections; with
`--accept-all` every suggestion is taken in as well. `--force` overwrites OUT.json.
`--author`: the author of a tracked export's own revisions (export --track-changes-since
--author), which are the draft itself, not suggestions.
A .docx exported from another draft: exit 2, nothing written.
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

from app.commands.base import EXIT_OK, UsageError, output_path
from app.core.compare import Part
from app.core.draftfile import load_draft, save_draft
from app.core.edits import apply_edit
from app.core.review import Review, Suggestion, accept_all, comments_after, read_review_file
from app.core.tracked import DEFAULT_AUTHOR

NAME = "review"
HELP = "带回审阅意见：读取 Word 文件中的修订和批注，作为建议列出（或全部接受）"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument("reviewed", help="审阅过的 Word 文件（.docx，由本草稿导出后修订）")
    parser.add_argument("-o", "--output", required=True, help="要写出的草稿文件（.json）")
    parser.add_argument("--accept-all", action="store_true", help="接受全部修订")
    parser.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")
    parser.add_argument(
        "--author",
        default=DEFAULT_AUTHOR,
        help="导出修订稿时所用的作者名：这些修订是草稿本身，不作为审阅建议（默认“起草人”）",
    )


def _where(s: Suggestion, numbers: dict[str, str]) -> str:
    place = "（开头）" if s.section_id is None else numbers.get(s.section_id, s.section_id)
    part = "标题" if s.part is Part.HEADING else f"第 {(s.paragraph or 0) + 1} 段"
    return f"{place} {part}"


def _print(review: Review, numbers: dict[str, str]) -> None:
    for s in review.suggestions:
        if s.format_only:
            what = f"格式：“{s.new_text}”"
        else:
            what = (f"[-{s.old_text}-]" if s.old_text else "") + (
                f"{{+{s.new_text}+}}" if s.new_text else ""
            )
        who = f"{s.author or '（未署名）'} {s.date}".strip()
        print(f"建议 {s.id}：{_where(s, numbers)}：{what.replace(chr(10), '↵')}（{who}）")
    for c in review.comments:
        place = numbers.get(c.section_id, c.section_id)
        print(f"批注：{place}：{c.comment.text}（{c.comment.author}）")
    for u in review.unplaced:
        what = (f"[-{u.old_text}-]" if u.old_text else "") + (
            f"{{+{u.new_text}+}}" if u.new_text else ""
        )
        print(f"未能定位：{what}（{u.author}）：{u.reason}；上下文：…{u.context}…")
    for lost in review.unplaced_comments:
        print(f"未能定位的批注：{lost.text}（{lost.author}）")


def run(args: argparse.Namespace) -> int:
    output = output_path(args.output, "草稿（审阅后）.json", ".json")
    if output.exists() and not args.force:
        raise UsageError(
            f"“{output}”已经存在，为免覆盖没有写入。请换一个文件名，或加 --force 覆盖。"
        )
    draft = load_draft(Path(args.draft))
    review = read_review_file(draft, Path(args.reviewed), args.author)
    numbers = {s.id: n + s.heading for s, _level, n in draft.walk_with_level()}
    _print(review, numbers)
    result = copy.deepcopy(draft)
    if args.accept_all:
        for edit in accept_all(result, review.suggestions):
            apply_edit(result, edit)
    for section_id, comments in comments_after(draft, review).items():
        result.find(section_id).comments[:] = comments
    save_draft(result, output)
    taken = f"，已接受全部 {len(review.suggestions)} 条修订" if args.accept_all else ""
    print(
        f"共 {len(review.suggestions)} 条建议、{len(review.comments)} 条批注、"
        f"{len(review.unplaced)} 处未能定位{taken}。已写出：{output}"
    )
    return EXIT_OK
