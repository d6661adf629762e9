"""`python -m app pages DRAFT.json`: the pages the export prints, as the paginator predicts
them — the page count, then each page's lines (blank lines included, numbered 1-22).

`--format json` prints {"pages": [{"number": 1, "lines": [{"text": "…", "section": "id or
null"}]}]}. `--sealed` lays out the sealed closing part (as `export --sealed`);
`--renderer word` breaks lines as Word does instead of LibreOffice
(app/core/pagination/metrics.py lists the differences).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from app.commands.base import EXIT_OK

NAME = "pages"
HELP = "按公文版式分页，显示页数和每页各行的文字"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="输出格式（默认 text）"
    )
    parser.add_argument("--sealed", action="store_true", help="按加盖印章的署名版式分页")
    parser.add_argument(
        "--renderer",
        choices=("libreoffice", "libreoffice-standin", "word"),
        default="libreoffice",
        help="断行规则：libreoffice（默认，与测试所用的 LibreOffice 一致）、"
        "libreoffice-standin（LibreOffice 用替代字体 Fandol）或 word",
    )


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import load_draft
    from app.core.pagination import METRICS, paginate

    draft = load_draft(Path(args.draft))
    result = paginate(draft, sealed=args.sealed, metrics=METRICS[args.renderer])
    if args.format == "json":
        print(json.dumps(result.to_json(), ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"共 {result.page_count} 页")
    for page in result.pages:
        print(f"第 {page.number} 页")
        for line in page.lines:
            print(f"{line.slot + 1:>4}  {line.text}".rstrip())
    return EXIT_OK
