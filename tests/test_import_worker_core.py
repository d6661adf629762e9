"""The core's side of a background import: phases reported in order, cancel at any of them.

No Qt: the monitor is a plain object, as the ImportMonitor protocol allows.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from benchdata import bench_path

from app.core.importer import (
    ImportCancelledError,
    ImportPhase,
    analyse_docx,
    analyse_text,
    import_file,
)
from app.core.importer.progress import DOCX_FRACTIONS, TEXT_FRACTIONS

TEXT = bench_path("draft100.txt")
TEXT_PHASES = [
    ImportPhase.READ,
    ImportPhase.DECODE,
    ImportPhase.SPLIT,
    ImportPhase.CLASSIFY,
    ImportPhase.BUILD,
    ImportPhase.DONE,
]
DOCX_PHASES = [
    ImportPhase.READ,
    ImportPhase.PARSE_DOCX,
    ImportPhase.CLASSIFY,
    ImportPhase.BUILD,
    ImportPhase.DONE,
]


class Recorder:
    """Records every report; says cancelled once `stop_at` has been reported."""

    def __init__(self, stop_at: ImportPhase | None = None) -> None:
        self.reports: list[tuple[ImportPhase, float]] = []
        self.stop_at = stop_at

    def report(self, phase: ImportPhase, fraction: float) -> None:
        self.reports.append((phase, fraction))

    def cancelled(self) -> bool:
        return self.stop_at is not None and any(p is self.stop_at for p, _ in self.reports)


@pytest.fixture(scope="module")
def bench_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from app.core.export.writer import export_docx
    from app.core.importer import build_draft

    path = tmp_path_factory.mktemp("docx") / "总结.docx"
    export_docx(build_draft(import_file(TEXT).lines), path)
    return path


def test_a_text_file_reports_every_phase_in_order() -> None:
    monitor = Recorder()
    result = import_file(TEXT, monitor)
    assert [phase for phase, _ in monitor.reports] == TEXT_PHASES
    fractions = [fraction for _, fraction in monitor.reports]
    assert fractions == sorted(fractions) and fractions[0] == 0.0 and fractions[-1] == 1.0
    assert fractions == [TEXT_FRACTIONS[p] for p in TEXT_PHASES]
    assert result.draft.sections and result.encoding == "UTF-8"


def test_a_docx_reports_its_own_phases(bench_docx: Path) -> None:
    for run in (import_file, analyse_docx):
        monitor = Recorder()
        result = run(bench_docx, monitor)
        assert [phase for phase, _ in monitor.reports] == DOCX_PHASES
        assert [f for _, f in monitor.reports] == [DOCX_FRACTIONS[p] for p in DOCX_PHASES]
        assert result.draft.sections and result.encoding is None


def test_pasted_text_reports_from_splitting_on() -> None:
    monitor = Recorder()
    analyse_text("一是加强领导。成立专班。\n二是强化督查。", monitor)
    assert [phase for phase, _ in monitor.reports] == TEXT_PHASES[2:]


@pytest.mark.parametrize("phase", TEXT_PHASES[:-1])
def test_cancelling_at_any_phase_raises_and_returns_nothing(phase: ImportPhase) -> None:
    """Cancelled after `phase` was reported: the next checkpoint raises. (A cancel after
    DONE comes too late for the core; the GUI then drops the result it receives.)"""
    monitor = Recorder(stop_at=phase)
    with pytest.raises(ImportCancelledError) as caught:
        import_file(TEXT, monitor)
    assert monitor.reports[-1][0] is phase, "stopped at the next checkpoint, no later"
    assert "导入已取消" in caught.value.message


def test_cancelled_after_the_draft_is_built_still_returns_nothing(bench_docx: Path) -> None:
    """The last check comes after BUILD: a cancel during it never hands back the draft."""

    class CancelDuringBuild(Recorder):
        def cancelled(self) -> bool:
            return bool(self.reports) and self.reports[-1][0] is ImportPhase.BUILD

    for path in (TEXT, bench_docx):
        monitor = CancelDuringBuild()
        with pytest.raises(ImportCancelledError):
            import_file(path, monitor)
        assert monitor.reports[-1][0] is ImportPhase.BUILD


def test_without_a_monitor_nothing_changes() -> None:
    plain, watched = import_file(TEXT), import_file(TEXT, Recorder())
    assert [(line.role, line.level, line.text) for line in plain.lines] == [
        (line.role, line.level, line.text) for line in watched.lines
    ]
    assert plain.warnings == watched.warnings
