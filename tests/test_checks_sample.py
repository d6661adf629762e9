"""The checker on the sample draft, the incremental Checker, and `python -m app check`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from app.core.checks import RULES, Checker, apply_fixes, check_draft
from app.core.draftfile import draft_to_dict, load_draft, save_draft
from app.core.model import Meta, Paragraph


def test_sample_draft_findings(sample_draft_path: Path) -> None:
    found = check_draft(load_draft(sample_draft_path))
    doubled = [f.excerpt for f in found if f.rule == "repeat.char" and f.matched == "委委"]
    assert len(doubled) == 2
    assert "联合市委委组织部" in doubled[0] and "协助省委委组织部" in doubled[1]
    assert any(
        f.rule == "repeat.word" and f.matched == "系统" and "局属系统系统" in f.excerpt
        for f in found
    )
    assert any(f.rule == "placeholder" and f.matched == "**" for f in found)
    # …and nothing a reviewer would call a false alarm (钉钉子, 高高飘扬, 社区（村）).
    assert len(found) == 4


def test_fixing_the_sample_slips(sample_draft_path: Path) -> None:
    draft = load_draft(sample_draft_path)
    slips = [f for f in check_draft(draft) if f.rule.startswith("repeat.")]
    assert apply_fixes(draft, slips) == 3
    texts = "".join(p.text for s in draft.walk() for p in s.body)
    assert "联合市委组织部" in texts and "协助省委组织部" in texts and "局属系统榜样" in texts
    assert [f.rule for f in check_draft(draft)] == ["placeholder"]


def test_every_rule_has_a_chinese_title_and_a_severity() -> None:
    assert len(RULES) >= 15
    for rule_id, (title, severity) in RULES.items():
        assert title and not any(ch.isascii() and ch.isalpha() for ch in title), rule_id
        assert severity in ("error", "warning", "info")


# -- incremental checker ----------------------------------------------------------


def test_recheck_after_one_edit_runs_rules_only_on_the_changed_paragraph(
    sample_draft_path: Path,
) -> None:
    draft = load_draft(sample_draft_path)
    checker = Checker()
    first = checker.check(draft)
    assert checker.misses > 10
    assert checker.check(draft) == first and checker.misses == 0
    section = draft.sections[0].children[0]
    section.body[0] = Paragraph.plain(
        section.body[0].text.replace("委委", "委") + "加强学习,提高本领。"
    )
    again = checker.check(draft)
    assert checker.misses == 1
    assert again == check_draft(draft)  # the cache never changes the answer
    assert [f.matched for f in again if f.rule == "punct.halfwidth"] == [","]
    assert sum(1 for f in again if f.matched == "委委") == 1


def test_checker_follows_moves_renumbering_and_meta(sample_draft_path: Path) -> None:
    draft = load_draft(sample_draft_path)
    checker = Checker()
    checker.check(draft)
    draft.move_down(draft.sections[0].id)
    draft.meta = Meta(title=draft.meta.title, date="2020年07月01日")
    again = checker.check(draft)
    assert again == check_draft(draft)
    assert any(f.rule == "date.format" for f in again)
    assert checker.misses <= 2  # the date, plus nothing else changed text


def test_checker_can_run_a_subset_of_rules(sample_draft_path: Path) -> None:
    found = Checker(["placeholder"]).check(load_draft(sample_draft_path))
    assert [f.rule for f in found] == ["placeholder"]
    with pytest.raises(ValueError):
        Checker(["no.such.rule"])


# -- command line ------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", "check", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_cli_prints_findings_and_exits_1(sample_draft_path: Path) -> None:
    result = run_cli(str(sample_draft_path))
    assert result.returncode == 1
    assert "委委" in result.stdout and "系统" in result.stdout and "**" in result.stdout
    assert "共 4 处问题" in result.stdout


def test_cli_json_output(sample_draft_path: Path) -> None:
    result = run_cli(str(sample_draft_path), "--format", "json")
    data = json.loads(result.stdout)
    assert result.returncode == 1 and data["count"] == 4
    first = data["findings"][0]
    assert first["rule"] == "repeat.char" and first["location"]["field"] == "body"
    assert first["fix"] == {"replacement": "委", "remove_paragraph": False}


def test_cli_clean_draft_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "ok.json"
    draft = load_draft(REPO / "resources/samples/2020年上半年工作总结.json")
    apply_fixes(draft, [f for f in check_draft(draft) if f.fix])
    draft.sections[0].children[2].body[0] = Paragraph.plain("其中，市局实施党建工作模式。")
    save_draft(draft, path)
    result = run_cli(str(path))
    assert result.returncode == 0 and "未发现问题" in result.stdout


def test_cli_fix_writes_safe_fixes_only(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    draft = load_draft(REPO / "resources/samples/2020年上半年工作总结.json")
    draft.meta = Meta(title=draft.meta.title, date="二〇二〇年七月一日")
    draft.intro.append(Paragraph.plain("今年以来,我局认真落实...各项工作。。"))
    save_draft(draft, source)
    before = source.read_bytes()
    out = tmp_path / "out.json"
    result = run_cli(str(source), "--fix", "-o", str(out))
    assert result.returncode == 1  # the slips and ** need a person
    assert source.read_bytes() == before
    fixed = load_draft(out)
    assert fixed.meta.date == "2020年7月1日"
    assert fixed.intro[-1].text == "今年以来，我局认真落实……各项工作。"
    assert [f.rule for f in check_draft(fixed)] == [
        "repeat.char",
        "placeholder",
        "repeat.word",
        "repeat.char",
    ]
    assert "已自动修正 4 处" in result.stdout
    # Apart from the fixes, nothing changed.
    fixed.meta.date, fixed.intro[-1] = draft.meta.date, draft.intro[-1]
    assert draft_to_dict(fixed) == draft_to_dict(draft)


def test_cli_fix_with_suggestions(tmp_path: Path, sample_draft_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run_cli(str(sample_draft_path), "--fix", "--include-suggestions", "-o", str(out))
    assert result.returncode == 1
    assert [f.rule for f in check_draft(load_draft(out))] == ["placeholder"]


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "other"}'])
def test_cli_never_writes_when_input_is_unreadable(tmp_path: Path, content: bytes) -> None:
    source, out = tmp_path / "bad.json", tmp_path / "out.json"
    source.write_bytes(content)
    result = run_cli(str(source), "--fix", "-o", str(out))
    assert result.returncode == 2 and result.stderr.strip()
    assert not out.exists() and source.read_bytes() == content


def test_cli_fix_needs_an_output_file(sample_draft_path: Path) -> None:
    result = run_cli(str(sample_draft_path), "--fix")
    assert result.returncode == 2 and "-o" in result.stderr
