"""The export gate's list (app/core/export_gate.py) and `python -m app export --strict`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from font_files import base_font, renamed_font

from app.core.draftfile import load_draft, save_draft
from app.core.export.writer import ExportOptions
from app.core.export_gate import ProblemKind, carries_closing, export_problems
from app.core.fonts import InstalledFonts, profile_faces
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.place import Place

WINDOWS_PC = InstalledFonts.of(["SimSun", "KaiTi", "FangSong", "SimHei"])
OFFICE_PC = InstalledFonts.of(profile_faces("official"))


def _unfinished() -> Draft:
    """A placeholder, a template instruction, and no 署名 (the date is filled)."""
    return Draft(
        meta=Meta(title="2024年工作总结", date="2024年12月31日"),
        sections=[
            Section(
                "主要工作",
                [
                    Paragraph.plain("全年完成投资××亿元。"),
                    Paragraph.plain("（在此写改革举措和创新做法……）"),
                ],
                id="s1",
            )
        ],
    )


def _finished(sample_draft_path: Path) -> Draft:
    draft = load_draft(sample_draft_path)
    for section in draft.walk():  # the sample's one slip: a ** left in its text
        for index, paragraph in enumerate(section.body):
            section.body[index] = Paragraph.plain(paragraph.text.replace("**", "30"))
    draft.meta.author = "某某市某某局"
    draft.meta.date = "2020年7月1日"
    return draft


def test_the_list_names_placeholder_instruction_and_empty_signature() -> None:
    problems = export_problems(_unfinished(), ExportOptions(), None)
    assert [p.kind for p in problems] == [
        ProblemKind.PLACEHOLDER,
        ProblemKind.TEMPLATE_HINT,
        ProblemKind.EMPTY_CLOSING,
    ]
    placeholder, hint, signature = problems
    assert placeholder.finding is not None and placeholder.finding.matched == "××"
    assert placeholder.finding.location.paragraph == 0
    assert hint.finding is not None and hint.finding.location.paragraph == 1
    assert signature.finding is not None
    assert signature.finding.location.field == Place.META_AUTHOR
    assert signature.where == "署名" and "署名" in signature.message
    assert "署名：" in signature.line and "原文" in placeholder.line


def test_a_finished_draft_on_a_machine_with_the_fonts_has_nothing(sample_draft_path) -> None:
    assert export_problems(_finished(sample_draft_path), ExportOptions(), OFFICE_PC) == []


def test_kinds_without_a_closing_part_are_not_asked_for_one() -> None:
    assert not carries_closing(Meta(title="2024年度述职报告"))
    assert not carries_closing(Meta(title="在全市经济工作会议上的讲话"))
    assert carries_closing(Meta(title="2024年上半年工作总结和下半年工作安排"))
    draft = _unfinished()
    draft.meta.title = "2024年度述职报告"
    assert ProblemKind.EMPTY_CLOSING not in {
        p.kind for p in export_problems(draft, ExportOptions(), None)
    }


def test_missing_faces_are_listed_with_the_profile_the_machine_can_print(sample_draft_path) -> None:
    draft = _finished(sample_draft_path)
    [fonts] = export_problems(draft, ExportOptions(font_profile="official"), WINDOWS_PC)
    assert fonts.kind == ProblemKind.MISSING_FONT and fonts.finding is None
    assert "仿宋_GB2312" in fonts.message and "Windows 自带字体" in fonts.message
    assert export_problems(draft, ExportOptions(font_profile="windows"), WINDOWS_PC) == []


def test_page_errors_are_listed_with_the_options_layout(sample_draft_path) -> None:
    draft = _finished(sample_draft_path)
    draft.meta.attachments = [f"第{i + 1}项工作情况统计表" for i in range(40)]
    kinds = [p.kind for p in export_problems(draft, ExportOptions(), OFFICE_PC)]
    assert ProblemKind.PAGE in kinds
    # A single character on a last line is a warning in 规范检查, not a reason to stop.
    assert all(
        p.finding is not None and p.finding.severity == "error"
        for p in export_problems(draft, ExportOptions(), OFFICE_PC)
    )


# -- the command line ---------------------------------------------------------------------


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
        env=env,
    )


def test_strict_export_lists_the_problems_exits_1_and_writes_nothing(tmp_path) -> None:
    draft_path = tmp_path / "草稿.json"
    save_draft(_unfinished(), draft_path)
    out = tmp_path / "总结.docx"
    result = _run("export", str(draft_path), "-o", str(out), "--strict")
    assert result.returncode == 1, result.stderr
    assert not out.exists()
    lines = result.stdout.splitlines()
    assert any("“××”" in line for line in lines)
    assert any("填写说明" in line for line in lines)
    assert any(line.startswith("署名：") for line in lines)
    assert "没有导出" in lines[-1]
    expected = export_problems(load_draft(draft_path), ExportOptions(), None)
    assert all(p.line in lines for p in expected), "the same list as the window's gate"
    plain = _run("export", str(draft_path), "-o", str(out))
    assert plain.returncode == 0 and out.exists(), "without --strict the export goes ahead"


@pytest.mark.skipif(shutil.which("fc-list") is None or base_font() is None, reason="fc-list")
def test_strict_export_of_a_finished_draft_with_the_fonts_installed_writes(
    tmp_path, sample_draft_path
) -> None:
    base = base_font()
    assert base is not None
    folder = tmp_path / "fonts"
    folder.mkdir()
    for zh, en in (("宋体", "SimSun"), ("楷体", "KaiTi"), ("仿宋", "FangSong"), ("黑体", "SimHei")):
        renamed_font(base, folder / f"{en}.ttf", zh, en)
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{folder}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    draft_path = tmp_path / "草稿.json"
    save_draft(_finished(sample_draft_path), draft_path)
    out = tmp_path / "总结.docx"
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    official = _run("export", str(draft_path), "-o", str(out), "--strict", env=env)
    assert official.returncode == 1 and "方正小标宋简体" in official.stdout
    assert "Windows 自带字体" in official.stdout and not out.exists()
    windows = _run(
        "export", str(draft_path), "-o", str(out), "--strict", "--fonts", "windows", env=env
    )
    assert windows.returncode == 0, windows.stdout + windows.stderr
    assert out.exists()
