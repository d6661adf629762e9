"""Test setup: Qt offscreen before any Qt import, and an isolated ZONGJIE_HOME per test."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SAMPLE_DRAFT = REPO / "resources" / "samples" / "2020年上半年工作总结.json"
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def zongjie_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own data and config folders: no test touches the user's files."""
    home = tmp_path_factory.mktemp("zongjie_home")
    monkeypatch.setenv("ZONGJIE_HOME", str(home))
    return home


@pytest.fixture
def sample_draft_path() -> Path:
    return SAMPLE_DRAFT
