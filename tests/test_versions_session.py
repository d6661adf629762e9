"""Versions taken by the session: the first save of a day, and by hand (保存版本)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from app.core.draftfile import load_draft
from app.core.model import Draft, Paragraph, Section
from app.core.versions import VersionKind, VersionStore
from app.gui.document.session import DraftSession


def _draft() -> Draft:
    return Draft(sections=[Section("主要工作", [Paragraph.plain("全年完成培训12次。")], id="s1")])


def test_the_first_save_of_the_day_keeps_a_version(qapp, tmp_path: Path) -> None:
    path = tmp_path / "总结.json"
    session = DraftSession()
    session.replace(_draft(), None)
    session.save_to(path)
    session.write_body("s1", [Paragraph.plain("全年完成培训15次。")])
    session.save()
    listed = VersionStore(path).versions()
    assert [v.kind for v in listed] == [VersionKind.DAILY]  # one a day, not one a save
    assert VersionStore(path).load(listed[0].id) == _draft()
    manual = session.take_version(VersionKind.MANUAL, "报科长")
    assert manual is not None and manual.note == "报科长"
    assert VersionStore(path).load(manual.id).find("s1").body[0].text == "全年完成培训15次。"
    session.close()


def test_an_untitled_draft_has_no_versions(qapp) -> None:
    session = DraftSession()
    session.replace(_draft(), None)
    assert session.take_version(VersionKind.MANUAL, "x") is None
    session.close()


SAMPLE_V1 = Path(__file__).parents[1] / "resources" / "samples" / "2020年上半年工作总结.json"


def test_a_draft_of_the_previous_release_opens_saves_and_keeps_versions(
    qapp, tmp_path: Path
) -> None:
    """A version-1 draft (the previous release's format, no versions beside it)."""
    assert json.loads(SAMPLE_V1.read_text("utf-8"))["version"] == 1
    path = tmp_path / "上半年.json"
    shutil.copy(SAMPLE_V1, path)
    session = DraftSession()
    assert session.open(path) is None
    assert VersionStore(path).versions() == []
    before = session.snapshot()
    session.save()
    (version,) = VersionStore(path).versions()
    assert VersionStore(path).load(version.id) == before
    session.close()
    assert load_draft(path) == before


def test_save_as_takes_the_versions_along(qapp, tmp_path: Path) -> None:
    path, other = tmp_path / "总结.json", tmp_path / "总结（二稿）.json"
    session = DraftSession()
    session.replace(_draft(), None)
    session.save_to(path)
    session.take_version(VersionKind.MANUAL, "初稿")
    session.save_to(other)
    assert [v.note for v in VersionStore(other).versions()] == ["", "初稿"]
    assert [v.note for v in VersionStore(path).versions()] == ["", "初稿"]  # the old keeps its own
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    session.close()
