"""`python -m app info DRAFT.json`: the outline with derived numbers and 字数."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import EXIT_OK

NAME = "info"
HELP = "显示草稿的提纲、编号和字数"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import load_draft
    from app.core.model import count_chars

    draft = load_draft(Path(args.draft))
    title = draft.meta.title or "（无标题）"
    print(f"{title}")
    if draft.intro:
        print(f"  （开头）{sum(count_chars(p.text) for p in draft.intro)} 字")
    for section, level, number in draft.walk_with_level():
        indent = "  " * (level + 1)
        print(f"{indent}{number}{section.heading}  {section.char_count()} 字")
    sections = sum(1 for _ in draft.walk())
    print(f"共 {sections} 节，{draft.char_count()} 字")
    return EXIT_OK
