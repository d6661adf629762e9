"""The draft file: round trip, validation messages, and files that must never be changed."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core import draftfile
from app.core.draftfile import CURRENT_VERSION, dumps, load_draft, loads, save_draft
from app.core.errors import (
    DamagedJsonError,
    EmptyFileError,
    NewerVersionError,
    NotADraftError,
    SchemaError,
)
from app.core.model import Draft, Meta, Paragraph, Run, Section
from app.core.numbering import NumberStyle

FIXTURES = Path(__file__).parent / "fixtures"
SCHEMAS = Path(__file__).parents[1] / "resources" / "schema"
SCHEMA_V1 = json.loads((SCHEMAS / "draft-v1.schema.json").read_text("utf-8"))
SCHEMA = json.loads((SCHEMAS / "draft-v2.schema.json").read_text("utf-8"))

# -- fixtures per version --------------------------------------------------------------


def test_v1_fixture_loads_with_everything_in_place() -> None:
    draft = load_draft(FIXTURES / "draft-v1.json")
    assert draft.meta.title == "××局2024年度\n工作总结"
    assert draft.meta.attachments == ["重点工作完成情况表", "2025年工作计划"]
    item = draft.find("f2")
    assert item.run_in and draft.number_of("f2") == "（一）"
    assert item.body[0].runs[1] == Run("工作专班", bold=True)
    assert draft.find("f3").budget == 300
    assert draft.number_of("f4") == "1."


@pytest.mark.parametrize("name", ["draft-v1.json"])
def test_fixtures_and_saved_files_match_the_published_schema(name: str) -> None:
    data = json.loads((FIXTURES / name).read_text("utf-8"))
    jsonschema.validate(data, SCHEMA_V1)
    saved = json.loads(dumps(load_draft(FIXTURES / name)))
    assert saved["version"] == 2
    jsonschema.validate(saved, SCHEMA)


def test_sample_draft_matches_schema(sample_draft_path: Path) -> None:
    data = json.loads(sample_draft_path.read_text("utf-8"))
    jsonschema.validate(data, SCHEMA if data["version"] == 2 else SCHEMA_V1)


def test_migration_chain_runs_registered_steps(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A file of an older version is upgraded in memory, step by step, and never rewritten:
    a version-1 file goes through the real 1→2 step and a registered 2→3 step."""
    monkeypatch.setattr(draftfile, "CURRENT_VERSION", 3)

    def v2_to_v3(data: dict) -> dict:
        assert data["version"] == 2
        data["meta"]["subtitle"] = "（迁移时补上的副标题）"
        return data

    monkeypatch.setitem(draftfile.MIGRATIONS, 2, v2_to_v3)
    path = tmp_path / "old.json"
    original = (FIXTURES / "draft-v1.json").read_bytes()
    path.write_bytes(original)
    draft = load_draft(path)
    assert draft.meta.subtitle == "（迁移时补上的副标题）"
    assert path.read_bytes() == original


# -- round trip ------------------------------------------------------------------------

# Any text a draft can hold: everything but what neither UTF-8 nor Word can (a lone
# surrogate, C0 controls other than tab and line breaks, U+FFFE/U+FFFF; see below).
WORD_CANNOT_HOLD = "".join(map(chr, [*range(9), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))
text = st.text(
    alphabet=st.characters(
        codec="utf-8", exclude_categories=("Cs",), exclude_characters=WORD_CANNOT_HOLD
    ),
    max_size=30,
)
runs = st.builds(
    Run, text=text.filter(bool), bold=st.booleans(), italic=st.booleans(), underline=st.booleans()
)
paragraphs = st.builds(lambda rs: Paragraph(rs).normalized(), st.lists(runs, max_size=4))


def sections(depth: int) -> st.SearchStrategy[Section]:
    children = st.lists(sections(depth - 1), max_size=3) if depth > 0 else st.just([])
    return st.builds(
        Section,
        heading=text,
        body=st.lists(paragraphs, max_size=3),
        children=children,
        run_in=st.booleans(),
        budget=st.one_of(st.none(), st.integers(1, 10_000)),
    )


drafts = st.builds(
    Draft,
    meta=st.builds(
        Meta,
        title=text,
        subtitle=text,
        author=text,
        date=text,
        attachments=st.lists(text, max_size=3),
    ),
    numbering=st.lists(st.sampled_from(list(NumberStyle)), max_size=5),
    intro=st.lists(paragraphs, max_size=2),
    sections=st.lists(sections(3), max_size=4),
)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(drafts)
def test_round_trip_keeps_every_tree(draft: Draft) -> None:
    assert loads(dumps(draft), Path("x.json")) == draft


def test_save_and_reopen_is_identical(tmp_path: Path, sample_draft_path: Path) -> None:
    draft = load_draft(sample_draft_path)
    path = tmp_path / "草稿.json"
    save_draft(draft, path)
    assert load_draft(path) == draft
    # The sample is a version-1 file: written anew, only its version number changes.
    original = sample_draft_path.read_bytes()
    assert b'"version": 1,' in original
    assert path.read_bytes() == original.replace(b'"version": 1,', b'"version": 2,', 1)
    save_draft(load_draft(path), path)
    assert path.read_bytes() == original.replace(b'"version": 1,', b'"version": 2,', 1)


# -- bad files: a message, and the file's bytes unchanged ----------------------------------

GOOD = (FIXTURES / "draft-v1.json").read_bytes()
BAD_FILES = {
    "damaged": (
        GOOD.replace(b'"heading": "\xe5\xad\x98', b'"heading" "\xe5\xad\x98'),
        DamagedJsonError,
        "已损坏",
    ),
    "truncated": (GOOD[: len(GOOD) // 2], DamagedJsonError, "第"),
    "binary": (bytes(range(256)) * 8, NotADraftError, "二进制"),
    "empty": (b"", EmptyFileError, "空文件"),
    "blank": (b"  \n", EmptyFileError, "空文件"),
    "gbk text": (
        "这是一段普通的文字，不是草稿。".encode("gbk"),
        NotADraftError,
        "不是工作总结草稿",
    ),
    "other json": (b'{"title": "x"}', NotADraftError, "不是工作总结草稿"),
    "newer": (GOOD.replace(b'"version": 1', b'"version": 7'), NewerVersionError, "更新版本"),
    "schema": (
        GOOD.replace(
            b'"heading": "\xe5\xad\x98\xe5\x9c\xa8\xe7\x9a\x84\xe9\x97\xae\xe9\xa2\x98"',
            b'"heading": 5',
        ),
        SchemaError,
        "sections[1].heading",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files_give_a_message_and_stay_unchanged(case: str, tmp_path: Path) -> None:
    raw, error, words = BAD_FILES[case]
    path = tmp_path / "坏草稿.json"
    path.write_bytes(raw)
    with pytest.raises(error) as caught:
        load_draft(path)
    assert words in caught.value.message
    assert "坏草稿.json" in caught.value.message
    assert path.read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == ["坏草稿.json"]


def test_damaged_json_reports_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "d.json"
    path.write_bytes(b'{"format": "zongjie-draft",\n "version": 1,\n "sections": [\n')
    with pytest.raises(DamagedJsonError) as caught:
        load_draft(path)
    assert caught.value.line == 4


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "dup.json"
    path.write_bytes(GOOD.replace(b'"id": "f4"', b'"id": "f2"'))
    with pytest.raises(SchemaError) as caught:
        load_draft(path)
    assert "重复" in caught.value.message


def test_current_version_is_written() -> None:
    assert json.loads(dumps(Draft()))["version"] == CURRENT_VERSION
