"""`python -m app pdf DRAFT.json -o OUT.pdf`: the draft's pages as a PDF (A4, fonts
embedded, text selectable), drawn by the GUI's page painter from the paginator's pages:
the same pages as `pages` lists and the window's preview shows.

The layout options are the export's (`--fonts`, `--latin`, `--sealed`, `--level3-bold`,
`--run-in-lead`); `--renderer` breaks lines as `pages --renderer` does. An existing file is replaced only with `--force`. Qt draws the pages
and the command never shows a window, so on Linux it uses Qt's offscreen platform
(fontconfig's fonts, as on the desktop): it runs on a server or CI without a display, and
on a desktop that has one (QT_QPA_PLATFORM, when set, is respected).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.commands.base import EXIT_OK, output_path
from app.core import layout
from app.core.errors import ZongjieError
from app.core.i18n import N_

NAME = "pdf"
HELP = "按公文版式把草稿生成 PDF（与页面预览相同的页面，字体嵌入）"


class PdfExistsError(ZongjieError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            N_(
                "“{path}”已经存在，为免覆盖没有写入。请换一个文件名，或加 --force 覆盖它。",
                path=str(path),
            )
        )


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", help="草稿文件（.json）")
    parser.add_argument("-o", "--output", required=True, help="要生成的 PDF 文件（.pdf）")
    parser.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")
    parser.add_argument(
        "--fonts",
        choices=list(layout.FONT_PROFILES),
        default=layout.DEFAULT_FONT_PROFILE,
        help="字体方案（同 export）：official＝公文标准字体（默认）；windows＝Windows 自带字体",
    )
    parser.add_argument(
        "--latin",
        choices=list(layout.LATIN_FONT_CHOICES),
        default="body",
        help="数字和西文字体：body＝与正文相同（默认）；times＝Times New Roman",
    )
    parser.add_argument("--sealed", action="store_true", help="加盖印章的署名版式")
    parser.add_argument("--level3-bold", action="store_true", help="第三层标题（1.）加粗")
    parser.add_argument(
        "--renderer",
        choices=("libreoffice", "libreoffice-standin", "word"),
        default="libreoffice",
        help="断行规则（同 pages）：libreoffice（默认）、libreoffice-standin（替代字体 Fandol）"
        "或 word（装有公文字体的 Word/WPS）",
    )
    parser.add_argument(
        "--run-in-lead",
        choices=list(layout.RUN_IN_LEAD_CHOICES),
        default=layout.RUN_IN_LEAD_DEFAULT,
        help="“一是……”引导句：kaiti＝所在层级的标题字体（默认）；bold-fangsong＝仿宋加粗",
    )


def _draw_offscreen() -> bool:
    """Linux: no window is shown, so no display is needed (X11 or Wayland may be absent,
    or present but unusable: Qt then aborts the process). Elsewhere Qt's own platform
    is the one that knows the system's fonts."""
    return sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import load_draft
    from app.core.export.writer import ExportOptions
    from app.core.pagination import METRICS, paginate

    output = output_path(args.output, "总结.pdf", ".pdf")
    if output.exists() and not args.force:
        raise PdfExistsError(output)
    draft = load_draft(Path(args.draft))
    if _draw_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # Qt only now, with the platform chosen: the painter needs a QGuiApplication.
    from PySide6.QtGui import QGuiApplication

    from app.gui.pages.output import write_pdf
    from app.gui.pages.page_style import PageStyle

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "zongjie"])
    style = PageStyle.from_options(
        ExportOptions(
            font_profile=args.fonts,
            latin_font=args.latin,
            sealed=args.sealed,
            level3_bold=args.level3_bold,
            run_in_lead=args.run_in_lead,
        )
    )
    pages = paginate(
        draft, sealed=style.sealed, bold_lead=style.bold_lead, metrics=METRICS[args.renderer]
    )
    write_pdf(output, pages, style, draft.meta.title.replace("\n", ""))
    del app
    print(f"已生成 PDF：{output}（共 {pages.page_count} 页）")
    return EXIT_OK
