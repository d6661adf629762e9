"""`python -m app versions DRAFT.json`: the draft's versions, oldest first.

`--format json` prints {"versions": [{"id": "1", "date": "2026-03-01T09:00:00+08:00",
"note": "…", "kind": "manual|export|daily"}]}. `--take NOTE` keeps the draft as it is now
as a new version with that note (保存版本 from the command line).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands.base import EXIT_OK
from app.core.versions import VersionKind, VersionStore

NAME = "versions"
HELP = "列出草稿保存过的版本（或用 --take 保存一个新版本）"

KIND_WORDS = {
    VersionKind.MANUAL: "手动保存",
    VersionKind.EXPORT: "导出时",
    VersionKind.DAILY: "当天首次保存",
}


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="输出格式（默认 text）"
    )
    parser.add_argument("--take", metavar="NOTE", help="把草稿现在的内容保存为新版本，附上说明")


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import load_draft

    path = Path(args.draft)
    draft = load_draft(path)  # a draft that cannot be read has no versions to show
    store = VersionStore(path)
    if args.take is not None:
        version = store.take(draft, VersionKind.MANUAL, args.take)
        if version is not None and args.format == "text":
            print(f"已保存版本 {version.id}")
    listed = store.versions()
    if args.format == "json":
        print(json.dumps({"versions": [v.to_json() for v in listed]}, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not listed:
        print("这份草稿还没有版本。导出时、每天第一次保存时会自动保存版本，也可以用 --take 保存。")
        return EXIT_OK
    for version in listed:
        when = version.date.replace("T", " ")[:16]
        note = f"  {version.note}" if version.note else ""
        print(f"{version.id:>4}  {when}  {KIND_WORDS[version.kind]}{note}")
    return EXIT_OK
