"""`python -m app export DRAFT.json -o OUT.docx`: the draft as Word in the GB/T 9704 layout.

Each export keeps the draft as a version beside it (app.core.versions, VersionKind.EXPORT;
skipped when the draft is the latest version's, or with --no-version), as the window's
export does. `--comments`: the draft's open review comments as Word comments.

`--strict`: first list what would go to print wrongly (app.core.export_gate, the list the
window's export gate shows) and, when anything is listed, exit 1 without writing a file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.base import EXIT_FINDINGS, EXIT_OK, output_path
from app.core import layout

if TYPE_CHECKING:
    from app.core.export.writer import ExportOptions
    from app.core.model import Draft

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
    parser.add_argument(
        "--strict",
        action="store_true",
        help="先检查会被打印出来的问题（占位符、模板说明、空的署名或成文日期、本机缺少的字体、"
        "分页问题）；有问题时列出并以退出码 1 结束，不生成文件",
    )
    parser.add_argument(
        "--track-changes-since",
        metavar="VERSION",
        help="把自该版本（versions 命令列出的编号）以来的修改标为 Word 修订（接受全部即当前草稿）",
    )
    parser.add_argument("--author", default="", help="修订的作者名（默认“起草人”）")
    parser.add_argument(
        "--comments",
        action="store_true",
        help="把草稿中未解决的批注一并导出为 Word 批注（送审用；正式文本默认不带批注）",
    )
    parser.add_argument(
        "--no-version",
        action="store_true",
        help="不保存导出时的版本（默认每次导出都在草稿旁保存一个版本，草稿未改动时不重复保存）",
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
        comments=args.comments,
    )
    if args.strict and (problems := _problems(draft, options)):
        for line in problems:
            print(line)
        print(f"共 {len(problems)} 个问题会被打印出来，没有导出。改好后再导出，或去掉 --strict。")
        return EXIT_FINDINGS
    if args.track_changes_since:  # app.core.tracked: the changes since a version as revisions
        from app.core.tracked import export_tracked
        from app.core.versions import VersionStore

        old = VersionStore(Path(args.draft)).load(args.track_changes_since)
        export_tracked(old, draft, output, args.author, options)
    else:
        export_docx(draft, output, options)
    print(f"已导出：{output}")
    if not args.no_version:
        _keep_version(Path(args.draft), draft)
    return EXIT_OK


def _keep_version(path: Path, draft: Draft) -> None:
    """The version each export keeps (app.core.versions, as the window's export does). One
    that cannot be kept never undoes the export: stderr says why, the exit code stays 0."""
    from app.core.errors import ZongjieError
    from app.core.versions import VersionKind, VersionStore

    try:
        version = VersionStore(path).take(draft, VersionKind.EXPORT)
    except ZongjieError as exc:
        print(f"未能保存导出时的版本：{exc.message}", file=sys.stderr)
        return
    if version is not None:
        print(f"已保存导出时的版本 {version.id}（python -m app versions 可查看）")


def _problems(draft: Draft, options: ExportOptions) -> list[str]:
    """The export gate's list, one line each (the checker loads only for --strict)."""
    from app.core.export_gate import export_problems
    from app.core.fonts import installed_fonts

    return [p.line for p in export_problems(draft, options, installed_fonts())]
