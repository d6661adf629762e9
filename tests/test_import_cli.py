"""`python -m app import`: prints the outline, writes a loadable draft, never overwrites by accident."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import DATA

from app.cli import EXIT_BAD_INPUT, EXIT_OK, main
from app.core.draftfile import load_draft

SEED = DATA / "samples" / "000_cc10c5ae27c3cc5c.txt"


def test_import_prints_outline_and_writes_draft(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "草稿.json"
    assert main(["import", str(SEED), "-o", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    assert "2020年上半年工作总结" in printed
    assert "一、上半年主要工作" in printed
    assert "一是完善制度机制，深化系统党的政治建设" in printed
    assert "二、下半年工作安排" in printed
    assert "杂项（网页、页码、目录等）8 行已删除" in printed
    draft = load_draft(out)
    assert [s.heading for s in draft.sections] == ["上半年主要工作", "下半年工作安排"]
    assert not any("QQ" in p.text for p in draft.intro)


def test_keep_noise(tmp_path: Path) -> None:
    out = tmp_path / "草稿.json"
    assert main(["import", str(SEED), "-o", str(out), "--keep-noise"]) == EXIT_OK
    draft = load_draft(out)
    assert draft.intro[0].text == "仅供学习 禁止外传"
    assert any("QQ群" in p.text for p in draft.intro)


def test_existing_output_is_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "草稿.json"
    out.write_bytes(b"my precious notes")
    assert main(["import", str(SEED), "-o", str(out)]) == EXIT_BAD_INPUT
    assert "已经存在" in capsys.readouterr().err
    assert out.read_bytes() == b"my precious notes"
    assert main(["import", str(SEED), "-o", str(out), "--force"]) == EXIT_OK
    assert load_draft(out).meta.title == "2020年上半年工作总结"
    assert (tmp_path / "草稿.json.bak").read_bytes() == b"my precious notes"


def test_bad_input_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    junk = tmp_path / "图片.txt"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    out = tmp_path / "草稿.json"
    assert main(["import", str(junk), "-o", str(out)]) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "不是可以导入的文本文件" in err and len(err.strip().splitlines()) == 1
    assert not out.exists()


def test_appendices_and_every_renumbering_are_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "草稿.json"
    source = DATA / "import_corpus" / "appendix_report.txt"
    assert main(["import", str(source), "-o", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out.splitlines()
    first = printed.index("附件1：2023年全市生产安全事故统计情况")
    assert printed[first + 1 : first + 4] == [
        "  一、总体情况",
        "  二、分行业情况",
        "    （一）道路运输事故",
    ]
    assert "附件2：2023年重大事故隐患专项排查整治工作开展情况" in printed
    # the appendix's 1. items print as the draft's level-2 style: said, line by line
    assert "提示：第31行：原文编号“1.”与自动编号“（一）”不同" in printed
    draft = load_draft(out)
    assert [a.title for a in draft.appendices] == [
        "2023年全市生产安全事故统计情况",
        "2023年重大事故隐患专项排查整治工作开展情况",
    ]
