"""`python -m app pdf` (issue 11 item 4), as a user runs it: a fresh process without a
display, the PDF read back with pdfplumber.

The PDF's pages are the paginator's (`python -m app pages`): the same count, and on each
page every predicted line's text on its own line of the 22-line grid, in the export's
faces (with the stand-in fonts of tests/data/fonts.conf).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pytest
from render_helpers import require_stand_ins

from app.core import layout
from app.core.draftfile import load_draft
from app.core.pagination import paginate

REPO = Path(__file__).parents[1]
SAMPLE = REPO / "resources" / "samples" / "2020年上半年工作总结.json"


def run_app(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        env=env,
    )


def no_display_env(**extra: str) -> dict[str, str]:
    """As on a server: no X11, no Wayland, no Qt platform chosen."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(extra)
    return env


def predicted_pages(*args: str) -> list[list[str]]:
    """Each page's lines (blank ones included, by slot) as `pages --format json` gives."""
    result = run_app("pages", str(SAMPLE), "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return [[ln["text"] for ln in page["lines"]] for page in json.loads(result.stdout)["pages"]]


def rows_by_slot(page: pdfplumber.page.Page) -> dict[int, list[dict]]:
    """The page's characters on the grid: slot from each glyph's vertical middle (pt)."""
    rows: dict[int, list[dict]] = defaultdict(list)
    for char in page.chars:
        middle_tw = (char["top"] + char["bottom"]) / 2 * layout.TWIPS_PER_PT
        slot = int((middle_tw - layout.MARGIN_TOP_TW) // layout.LINE_PITCH_TW)
        rows[slot].append(char)
    return rows


def plain(text: str) -> str:
    """Text as compared: no spaces, NFKC. Qt's PDF writer names each embedded glyph by the
    lowest code point the font maps to it, so in faces that share a glyph between a 汉字
    and its Kangxi radical (Noto CJK, Fandol) 工 reads back as ⼯ (U+2F2F); NFKC maps
    the radicals back. (The official faces cover GB2312, which has no radicals.)"""
    return "".join(unicodedata.normalize("NFKC", text).split())


def row_text(chars: list[dict]) -> str:
    return plain("".join(c["text"] for c in sorted(chars, key=lambda c: c["x0"])))


def test_the_pdf_has_the_paginators_pages_and_lines(tmp_path: Path) -> None:
    target = tmp_path / "总结.pdf"
    # A display that cannot be opened (as when ssh forwards a dead X server): no abort.
    result = run_app("pdf", str(SAMPLE), "-o", str(target), env=no_display_env(DISPLAY=":99"))
    assert result.returncode == 0, result.stderr
    expected = predicted_pages()
    assert f"共 {len(expected)} 页" in result.stdout
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == len(expected)
        for number, (page, lines) in enumerate(zip(pdf.pages, expected, strict=True), 1):
            assert (round(page.width), round(page.height)) == (595, 842)  # A4 in points
            rows = rows_by_slot(page)
            for slot, text in enumerate(lines):
                assert row_text(rows.get(slot, [])) == plain(text), (number, slot)
            # Under the text block: the page number, right on odd pages, left on even.
            footer = [c for s, chars in rows.items() if s >= layout.LINES_PER_PAGE for c in chars]
            assert row_text(footer) == plain(f"—{number}—")
            middle = page.width / 2
            assert all((c["x0"] > middle) == (number % 2 == 1) for c in footer)


def test_each_line_starts_where_the_paginator_puts_it(tmp_path: Path) -> None:
    target = tmp_path / "总结.pdf"
    assert run_app("pdf", str(SAMPLE), "-o", str(target), env=no_display_env()).returncode == 0
    predicted = paginate(load_draft(SAMPLE))  # the command's own layout (default options)
    with pdfplumber.open(target) as pdf:
        for page, expected in zip(pdf.pages, predicted.pages, strict=True):
            rows = rows_by_slot(page)
            for line in expected.lines:
                if not line.text.strip():
                    continue
                first = min(c["x0"] for c in rows[line.slot] if c["text"].strip())
                x_pt = (layout.MARGIN_LEFT_TW + line.spans[0].x_tw) / layout.TWIPS_PER_PT
                assert abs(first - x_pt) < 0.5, (page.page_number, line.slot, line.text)


def test_the_pdf_is_drawn_in_the_exports_faces(tmp_path: Path) -> None:
    fonts_conf = require_stand_ins()
    target = tmp_path / "总结.pdf"
    env = no_display_env(FONTCONFIG_FILE=str(fonts_conf))
    result = run_app("pdf", str(SAMPLE), "-o", str(target), env=env)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(target) as pdf:
        rows = rows_by_slot(pdf.pages[0])
        fonts_of = {
            slot: {c["fontname"].split("+")[-1] for c in chars} for slot, chars in rows.items()
        }
        texts = {slot: row_text(chars) for slot, chars in rows.items()}
    heading = next(s for s, t in texts.items() if t.startswith(plain("一、")))
    body = next(s for s, t in texts.items() if t.startswith(plain("2020年上半年，")))
    footer = max(texts)
    assert all("NotoSerifCJK" in f for f in fonts_of[0])  # 方正小标宋简体's stand-in
    assert all("FandolHei" in f for f in fonts_of[heading])  # 一、 黑体
    assert any("FandolFang" in f for f in fonts_of[body])  # 仿宋_GB2312
    assert all("FandolSong" in f for f in fonts_of[footer])  # page number 宋体
    sizes = {round(c["size"]) for c in rows[heading]}
    assert sizes == {16}  # 三号


def test_the_fonts_are_embedded(tmp_path: Path) -> None:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    target = tmp_path / "总结.pdf"
    assert run_app("pdf", str(SAMPLE), "-o", str(target), env=no_display_env()).returncode == 0
    listing = subprocess.run([pdffonts, str(target)], capture_output=True, text=True).stdout
    fonts = listing.splitlines()[2:]
    assert fonts and all(" yes " in line.split("Identity-H", 1)[-1] for line in fonts), listing


def test_an_existing_pdf_is_replaced_only_with_force(tmp_path: Path) -> None:
    target = tmp_path / "总结.pdf"
    target.write_bytes(b"the user's own file")
    refused = run_app("pdf", str(SAMPLE), "-o", str(target), env=no_display_env())
    assert refused.returncode == 2
    assert "已经存在" in refused.stderr and "--force" in refused.stderr
    assert target.read_bytes() == b"the user's own file"
    forced = run_app("pdf", str(SAMPLE), "-o", str(target), "--force", env=no_display_env())
    assert forced.returncode == 0, forced.stderr
    assert target.read_bytes().startswith(b"%PDF")


def test_a_missing_draft_is_bad_input_and_writes_nothing(tmp_path: Path) -> None:
    target = tmp_path / "总结.pdf"
    result = run_app("pdf", str(tmp_path / "无.json"), "-o", str(target), env=no_display_env())
    assert result.returncode == 2
    assert result.stderr.strip() and "Traceback" not in result.stderr
    assert not target.exists()
