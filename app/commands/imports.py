"""`python -m app import INPUT -o DRAFT.json`: rebuild the section tree from .txt, .docx or
a saved web page (.html); prints the outline, the attachments and every warning (a number
printed otherwise than the source printed it, a repair)."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.base import EXIT_OK, output_path
from app.core.errors import ZongjieError
from app.core.model import Appendix, Block, Draft, Section, tables_of

NAME = "import"
HELP = "从 .txt、.docx 或保存的网页（.html）导入，识别标题和各级小标题，保存为草稿"


class TooBigForADraftError(ZongjieError):
    def __init__(self, source: Path, output: Path, problem: str) -> None:
        super().__init__(
            f"“{source.name}”导入后超出了草稿的限制（{problem}），没有写入“{output}”。"
            "请把它拆成几个文件分别导入。"
        )


class OutputExistsError(ZongjieError):
    def __init__(self, path: Path) -> None:
        super().__init__(
            f"“{path}”已经存在，为免覆盖没有写入。请换一个文件名，或加 --force 覆盖（原文件保留为 .bak）。"
        )


def register(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("input", help="要导入的文件（.txt、.docx 或 .html）")
    parser.add_argument("-o", "--output", required=True, help="保存草稿的文件（.json）")
    parser.add_argument(
        "--keep-noise",
        action="store_true",
        help="保留杂项行（网页上的分享、来源、广告，页码，目录等），作为正文",
    )
    parser.add_argument("--force", action="store_true", help="输出文件已存在时覆盖它")


def appendix_outline(draft: Draft, appendix: Appendix) -> list[tuple[Section, int, str]]:
    """(section, level, printed number) of an appendix, numbered like the body's levels."""
    return list(draft.walk_with_level(appendix.sections))


def _print_tables(blocks: list[Block], depth: int) -> None:
    """The tables among a body's paragraphs, where they stand in the outline."""
    for table in tables_of(blocks):
        caption = f"：{table.caption}" if table.caption else ""
        print(f"{'  ' * depth}［表格 {table.row_count}行×{table.col_count}列{caption}］")


def run(args: argparse.Namespace) -> int:
    from app.core.draftfile import dumps, loads, save_draft
    from app.core.errors import DraftLoadError
    from app.core.fileio import DraftLock
    from app.core.importer import LineRole, build_draft, import_file
    from app.core.limits import DRAFT_MAX_BYTES, MB

    output = output_path(args.output, "草稿.json")
    if output.exists() and not args.force:
        raise OutputExistsError(output)
    result = import_file(Path(args.input))
    draft = build_draft(result.lines, keep_noise=args.keep_noise)
    data = dumps(draft)
    if len(data) > DRAFT_MAX_BYTES:
        raise TooBigForADraftError(
            Path(args.input), output, f"草稿超过 {DRAFT_MAX_BYTES // MB} MB 的上限"
        )
    try:  # never write a draft that the app would then refuse to open
        loads(data, output)
    except DraftLoadError as exc:
        detail = getattr(exc, "problem", "")
        where = getattr(exc, "where", "")
        raise TooBigForADraftError(Path(args.input), output, f"{where} {detail}".strip()) from None
    with DraftLock(output):  # a window editing this draft keeps it (DraftLockedError, exit 2)
        save_draft(draft, output)
    noise = [line for line in result.lines if line.role == LineRole.NOISE]
    if result.encoding:
        print(f"编码：{result.encoding}")
    print(draft.meta.title or "（无标题）")
    for subtitle in draft.meta.subtitle.splitlines():
        print(f"  {subtitle}")
    if draft.intro:
        print(f"  （开头 {len(draft.intro)} 段）")
    _print_tables(draft.intro, 1)
    for section, level, number in draft.walk_with_level():
        run_in = "（段首标题）" if section.run_in else ""
        print(f"{'  ' * (level + 1)}{number}{section.heading}{run_in}")
        _print_tables(section.body, level + 2)
    for label, value in (("署名", draft.meta.author), ("日期", draft.meta.date)):
        if value:
            print(f"{label}：{value}")
    for name in draft.meta.attachments:
        print(f"附件：{name}")
    for place, appendix in enumerate(draft.appendices, start=1):
        print(f"附件{place}：{appendix.title or '（无标题）'}")
        for section, level, marker in appendix_outline(draft, appendix):
            print(f"{'  ' * (level + 1)}{marker}{section.heading}")
    if noise:
        verb = "已保留为正文" if args.keep_noise else "已删除（加 --keep-noise 可保留）"
        print(f"杂项（网页、页码、目录等）{len(noise)} 行{verb}：")
        for line in noise:
            print(f"  第 {line.index + 1} 行：{line.text[:40]}")
    for warning in result.warnings:
        print(f"提示：{warning}")
    print(f"已保存到 {output}")
    return EXIT_OK
