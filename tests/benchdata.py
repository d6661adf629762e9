"""The shared 100-page benchmark text (../shared/bench) as a draft of this app.

Every benchmark uses this one text so the figures compare. Headings in the bench JSON
carry their markers (一、/（一）/1.); the app stores headings without them.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.core.model import Draft, Meta, Paragraph, Section

BENCH_DIR = Path(__file__).resolve().parents[2] / "shared" / "bench"
_MARKER = re.compile(
    r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）)"
)


def bench_path(name: str) -> Path:
    """A file of ../shared/bench; CI keeps a copy of shared/ beside the clone."""
    path = BENCH_DIR / name
    if not path.exists():
        raise FileNotFoundError(f"benchmark text missing: {path}")
    return path


def _section(item: dict) -> Section:
    return Section(
        heading=_MARKER.sub("", item["heading"]),
        body=[Paragraph.plain(p) for p in item["paragraphs"]],
        children=[_section(c) for c in item["children"]],
    )


def load_bench_draft() -> Draft:
    data = json.loads(bench_path("draft100.json").read_text(encoding="utf-8"))
    return Draft(
        meta=Meta(title=data["title"], author="××市××局", date="2024年12月31日"),
        sections=[_section(s) for s in data["sections"]],
    )
