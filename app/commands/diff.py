"""`python -m app diff DRAFT.json [A] [B]`: what changed between two versions, section by
section, with deletions as [-…-] and insertions as {+…+} in their context.

Without A and B: the latest version against the draft as it is now; with A only: version
A against now; "now" (or 当前) names the draft itself. `--format json` prints
{"from": "A", "to": "B", "meta": [{"name", "old", "new"}], "sections": [{"id", "status",
"moved", "renamed", "old_number", "new_number", "old_heading", "new_heading",
"changes": [{"part": "heading|body", "kind": "insert|delete|replace|format",
"paragraph": n, "old": "…", "new": "…"}]}]}.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from app.commands.base import EXIT_OK, UsageError
from app.core.compare import (
    Comparison,
    Hunk,
    HunkKind,
    Part,
    SectionComparison,
    SectionStatus,
    compare,
    newer_side,
    older_side,
)
from app.core.model import Draft
from app.core.versions import VersionStore

NAME = "diff"
HELP = "比较草稿的两个版本（或某个版本与当前草稿）"

NOW = ("now", "当前")
CONTEXT_CHARS = 12
STATUS_WORDS = {
    SectionStatus.ADDED: "新增",
    SectionStatus.REMOVED: "删除",
    SectionStatus.CHANGED: "修改",
    SectionStatus.SAME: "",
}
META_WORDS = {
    "title": "标题",
    "subtitle": "副标题",
    "author": "署名",
    "date": "成文日期",
    "attachments": "附件说明",
    "appendices": "附件内容",
}
KIND_WORDS = {
    HunkKind.INSERT: "插入",
    HunkKind.DELETE: "删除",
    HunkKind.REPLACE: "改写",
    HunkKind.FORMAT: "格式",
}


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument("a", nargs="?", help="较早的版本号（默认：最新的版本）")
    parser.add_argument("b", nargs="?", help="较新的版本号（默认：当前草稿，也可写 now）")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="输出格式（默认 text）"
    )


def _state(store: VersionStore, current: Draft, spec: str) -> tuple[str, Draft]:
    if spec.strip().lower() in NOW:
        return "当前草稿", current
    version = store.get(spec)
    return f"版本 {version.id}", store.load(version.id)


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import load_draft

    path = Path(args.draft)
    current = load_draft(path)
    store = VersionStore(path)
    a = args.a
    if a is None:
        latest = store.latest()
        if latest is None:
            raise UsageError(
                f"“{path.name}”还没有版本，无从比较。请先用 versions --take 保存一个版本。"
            )
        a = latest.id
    a_label, old = _state(store, current, a)
    b_label, new = _state(store, current, args.b or "now")
    result = compare(old, new)
    if args.format == "json":
        print(json.dumps(_json(result, a, args.b or "now"), ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"比较：{a_label} → {b_label}")
    for item in result.meta:
        label = META_WORDS.get(item.name, item.name)
        print(f"{label}：“{item.old}” → “{item.new}”".replace("\n", "、"))
    changed = result.changed()
    for section in changed:
        print(_header(section))
        for hunk in section.hunks:
            print("  " + _hunk_line(section, hunk))
    if not changed and not result.meta:
        print("没有差别。")
    else:
        print(f"共 {len(changed)} 节有改动，{result.hunk_count} 处修改")
    return EXIT_OK


def _header(item: SectionComparison) -> str:
    if item.section_id is None:
        return "（开头）"
    old = item.old_number + item.old_heading
    new = item.new_number + item.new_heading
    words = [STATUS_WORDS[item.status]] if item.status is not SectionStatus.SAME else []
    if item.moved:
        words.append("移动")
    if item.renamed:
        words.append("改标题")
    title = old if item.status is SectionStatus.REMOVED else new
    if item.status in (SectionStatus.CHANGED, SectionStatus.SAME) and old != new:
        title = f"{old} → {new}"
    return f"{title}  [{'、'.join(words)}]"


def _paragraph_of(item: SectionComparison, hunk: Hunk) -> int | None:
    if hunk.part is Part.HEADING:
        return None
    text, _ = newer_side(item.body)
    return text.count("\n", 0, hunk.new_start) + 1


def _hunk_line(item: SectionComparison, hunk: Hunk) -> str:
    where = "标题" if hunk.part is Part.HEADING else f"第 {_paragraph_of(item, hunk)} 段"
    if hunk.part is Part.HEADING:
        new_text, old_text = item.new_heading, item.old_heading
    else:
        new_text, old_text = newer_side(item.body)[0], older_side(item.body)[0]
    before = new_text[max(0, hunk.new_start - CONTEXT_CHARS) : hunk.new_start]
    after = new_text[hunk.new_end : hunk.new_end + CONTEXT_CHARS]
    if not new_text:  # a removed section: its own older text is the context
        before = old_text[max(0, hunk.old_start - CONTEXT_CHARS) : hunk.old_start]
        after = old_text[hunk.old_end : hunk.old_end + CONTEXT_CHARS]
    if hunk.format_only:
        middle = f"<{hunk.new_text}>"
    else:
        middle = (f"[-{hunk.old_text}-]" if hunk.old_text else "") + (
            f"{{+{hunk.new_text}+}}" if hunk.new_text else ""
        )
    shown = (before + middle + after).replace("\n", "↵")
    return f"{where}（{KIND_WORDS[hunk.kind]}）：…{shown}…"


def _json(result: Comparison, a: str, b: str) -> dict[str, Any]:
    sections = []
    for item in result.changed():
        changes = [
            {
                "part": h.part.value,
                "kind": h.kind.value,
                "paragraph": _paragraph_of(item, h),
                "old": h.old_text,
                "new": h.new_text,
            }
            for h in item.hunks
        ]
        sections.append(
            {
                "id": item.section_id,
                "status": item.status.value,
                "moved": item.moved,
                "renamed": item.renamed,
                "old_number": item.old_number,
                "new_number": item.new_number,
                "old_heading": item.old_heading,
                "new_heading": item.new_heading,
                "changes": changes,
            }
        )
    meta = [{"name": m.name, "old": m.old, "new": m.new} for m in result.meta]
    return {"from": a, "to": b, "meta": meta, "sections": sections}
