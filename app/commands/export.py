"""`python -m app export DRAFT.json -o OUT.docx`: the draft as Word in the GB/T 9704 layout."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import EXIT_OK, output_path
from app.core import layout

NAME = "export"
HELP = "把草稿导出为 Word 文件（GB/T 9704-2012 公文格式）"


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument("-o", "--output", required=True, help="要生成的 Word 文件（.docx）")
    parser.add_argument(
        "--fonts",
        choices=list(layout.FONT_PROFILES),
        default=layout.DEFAULT_FONT_PROFILE,
        help="字体方案：official＝公文标准字体（仿宋_GB2312、方正小标宋简体等，默认）；"
        "windows＝普通 Windows 电脑自带字体（仿宋、楷体、黑体、宋体）",
    )
    parser.add_argument(
        "--latin",
        choices=list(layout.LATIN_FONT_CHOICES),
        default="body",
        help="数字和西文字体：body＝与正文相同（默认）；times＝Times New Roman",
    )
    parser.add_argument(
        "--sealed",
        action="store_true",
        help="加盖印章的版式（成文日期右空四字，署名居中于日期之上）；默认不加盖印章",
    )
    parser.add_argument("--level3-bold", action="store_true", help="第三层标题（1.）加粗")
    parser.add_argument(
        "--run-in-lead",
        choices=list(layout.RUN_IN_LEAD_CHOICES),
        default=layout.RUN_IN_LEAD_DEFAULT,
        help="“一是……”等连排小节的引导句：kaiti＝按所在层级的标题字体（第二层为楷体，默认）；"
        "bold-fangsong＝仿宋加粗",
    )


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import load_draft
    from app.core.export.writer import ExportOptions, export_docx

    output = output_path(args.output, "总结.docx", ".docx")
    draft = load_draft(Path(args.draft))
    options = ExportOptions(
        font_profile=args.fonts,
        latin_font=args.latin,
        sealed=args.sealed,
        level3_bold=args.level3_bold,
        run_in_lead=args.run_in_lead,
    )
    export_docx(draft, output, options)
    print(f"已导出：{output}")
    return EXIT_OK
