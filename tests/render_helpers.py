"""Render .docx files to PDF with LibreOffice, for tests that measure what a reader sees.

Each call uses its own LibreOffice profile directory: parallel soffice calls that share a
profile silently lose files (NOTES.md). Several files in one call cost about as much as
one (~2 s), so convert in batches.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest

SOFFICE_TIMEOUT_S = 180


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def require_soffice() -> str:
    """The soffice executable, or skip the test saying why."""
    path = soffice_path()
    if path is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: renderer tests need it (CI installs it)"
        )
    return path


def soffice_version() -> tuple[int, ...]:
    """LibreOffice's version, e.g. (25, 2, 3, 2); () when it cannot be read."""
    import re

    proc = subprocess.run(
        [require_soffice(), "--version"], capture_output=True, text=True, timeout=60
    )
    match = re.search(r"LibreOffice (\d+(?:\.\d+)*)", proc.stdout)
    return tuple(int(n) for n in match.group(1).split(".")) if match else ()


def require_grid_renderer() -> None:
    """Skip unless LibreOffice renders Word's character grid (docGrid charSpace) the way
    Word does: 7.4 (Debian 12's own) gives every glyph two cells, 14 characters a line."""
    version = soffice_version()
    if version and version < (24,):
        found = ".".join(map(str, version))
        pytest.skip(
            f"LibreOffice {found} renders the 28-character grid wrongly; the layout tests "
            "need LibreOffice 24 or later (CI installs 25.2 from bookworm-backports)"
        )


# The stand-in fonts (.ci/run installs them, tests/data/fonts.conf maps the official
# names to them): official name -> the family fontconfig must answer with it.
FONTS_CONF = Path(__file__).resolve().parent / "data" / "fonts.conf"
STAND_INS = {
    "方正小标宋简体": "Noto Serif CJK SC",
    "仿宋_GB2312": "FandolFang",
    "楷体_GB2312": "FandolKai",
    "黑体": "FandolHei",
    "宋体": "FandolSong",
    "仿宋": "FandolFang",
    "楷体": "FandolKai",
}


def stand_ins_missing() -> str | None:
    """Why the stand-in fonts cannot be used here (None when they can): each official
    name must resolve, through tests/data/fonts.conf, to its stand-in."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return "fc-match (fontconfig) is not installed, so the stand-in fonts cannot be checked"
    env = dict(os.environ, FONTCONFIG_FILE=str(FONTS_CONF))
    wrong = []
    for name, family in STAND_INS.items():
        proc = subprocess.run(
            [fc_match, "--format=%{family}", name], capture_output=True, text=True, env=env
        )
        if family not in proc.stdout.split(","):
            wrong.append(f"{name} -> {proc.stdout.strip() or '?'}")
    if wrong:
        return (
            "the stand-in fonts (Fandol from texlive-lang-chinese, Noto Serif CJK SC Bold) "
            "are not installed; .ci/run installs them. fonts.conf gives: " + "; ".join(wrong)
        )
    return None


def require_stand_ins() -> Path:
    """The fontconfig file of the stand-in fonts, or skip the test saying why."""
    reason = stand_ins_missing()
    if reason:
        pytest.skip(reason)
    return FONTS_CONF


def render_pdfs(
    docx_files: list[Path], out_dir: Path, fontconfig: Path | None = None
) -> list[Path]:
    """Convert the files to PDF in one soffice call; returns the PDFs in the same order.

    fontconfig: a fontconfig file for this call (FONTCONFIG_FILE), e.g. FONTS_CONF.
    Raises RuntimeError with soffice's output when a PDF is missing.
    """
    soffice = require_soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zongjie-lo-profile-") as profile:
        cmd = [
            soffice,
            f"-env:UserInstallation={Path(profile).as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            *[str(f) for f in docx_files],
        ]
        env = dict(os.environ)
        env.pop("DISPLAY", None)
        if fontconfig is not None:
            env["FONTCONFIG_FILE"] = str(fontconfig)
        proc = subprocess.run(
            cmd, capture_output=True, text=True, timeout=SOFFICE_TIMEOUT_S, env=env
        )
    pdfs = [out_dir / (f.stem + ".pdf") for f in docx_files]
    missing = [p.name for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(
            f"soffice made no PDF for {missing} (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
        )
    return pdfs


def render_pdf(docx_file: Path, out_dir: Path) -> Path:
    return render_pdfs([docx_file], out_dir)[0]


def render_pngs(
    pdf: Path, out_prefix: Path, first: int = 1, last: int = 2, dpi: int = 60
) -> list[Path]:
    """Page images for looking at a rendering (pdftoppm); returns the files made."""
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-f",
            str(first),
            "-l",
            str(last),
            "-png",
            str(pdf),
            str(out_prefix),
        ],
        check=True,
        capture_output=True,
    )
    return sorted(out_prefix.parent.glob(out_prefix.name + "*.png"))


_BATCHES: dict[str, dict[str, Path]] = {}


def render_batch_once(
    key: str, make: Callable[[Path], dict[str, Path]], folder: Path, fontconfig: Path | None
) -> dict[str, Path]:
    """name -> PDF for the .docx files `make(folder)` writes, rendered in one soffice call
    once per test session, so several test modules share one batch (~2 s)."""
    if key not in _BATCHES:
        files = make(folder)
        pdfs = render_pdfs(list(files.values()), folder / "pdf", fontconfig=fontconfig)
        _BATCHES[key] = dict(zip(files, pdfs, strict=True))
    return _BATCHES[key]
