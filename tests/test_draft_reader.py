"""One draft reader: it accepts exactly what the published schema accepts (plus the rules a
schema cannot say), refuses everything else with the app's own error, and stays within the
limits of app/core/limits.py.

The mutation strategy here (`mutated_documents`) is shared with the command-line fuzz suite
(tests/test_cli_fuzz.py).
"""

from __future__ import annotations

import copy
import json
import os
import re
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from app.core import draftreader, limits
from app.core.draftfile import dumps, loads
from app.core.draftreader import Invalid, draft_from_dict
from app.core.errors import DraftLimitError, DraftLoadError, SchemaError
from app.core.model import Draft, Meta, Paragraph, Run, Section

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "draft-v1.json"
SAMPLE = REPO / "resources" / "samples" / "2020年上半年工作总结.json"
SCHEMA_V1 = json.loads((REPO / "resources" / "schema" / "draft-v1.schema.json").read_text("utf-8"))
SCHEMA = json.loads((REPO / "resources" / "schema" / "draft-v2.schema.json").read_text("utf-8"))
VALIDATOR_V1 = jsonschema.Draft202012Validator(SCHEMA_V1)
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)  # the current version, which saves write
PATH = Path("草稿.json")

BASES = [json.loads(FIXTURE.read_text("utf-8")), json.loads(SAMPLE.read_text("utf-8"))]

# Characters neither UTF-8 (a lone surrogate) nor Word (XML 1.0) can hold.
BAD_CHARS = ["\ud800", "\udfff", "\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff"]
# Unusual but harmless: kept as they are.
ODD_CHARS = ["\t", "\n", "\r", "\x7f", "\x85", "\u2028", "\ufeff", "😀", "\U0010fffd"]
BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# -- the oracle: what the schema says, plus what a schema cannot say -------------------------


def _sections(items: list[Any], level: int = 1) -> Any:
    for item in items:
        yield item, level
        yield from _sections(item.get("children", []), level + 1)


def _loose_sections(items: Any) -> Any:
    """The section objects of a document that may be damaged anywhere."""
    if isinstance(items, list):
        for item in items:
            if isinstance(item, dict):
                yield item
                yield from _loose_sections(item.get("children"))


def _leaves(node: Any) -> Any:
    if isinstance(node, dict):
        for value in node.values():
            yield from _leaves(value)
    elif isinstance(node, list):
        for value in node:
            yield from _leaves(value)
    else:
        yield node


def should_accept(doc: Any) -> bool:
    """The schema of the document's version, then unique ids, characters Word can hold and
    the limits."""
    current = isinstance(doc, dict) and doc.get("version") == 2 and doc["version"] is not True
    if not (VALIDATOR if current else VALIDATOR_V1).is_valid(doc):
        return False
    sections = list(_sections(doc["sections"]))
    ids = [s["id"] for s, _ in sections]
    if len(ids) != len(set(ids)) or any(level > limits.DRAFT_MAX_DEPTH for _, level in sections):
        return False
    for leaf in _leaves(doc):
        if isinstance(leaf, str) and (
            len(leaf) > limits.DRAFT_MAX_STRING_CHARS or BAD.search(leaf)
        ):
            return False
        number = isinstance(leaf, (int, float)) and not isinstance(leaf, bool)
        if number and float(leaf).is_integer() and abs(leaf) >= 10**limits.DRAFT_MAX_INT_DIGITS:
            return False
    return True


# -- mutations at the JSON level ----------------------------------------------------------


def _node_paths(node: Any, path: tuple[Any, ...] = ()) -> Any:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _node_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _node_paths(value, (*path, index))


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


def _nested(depth: int, inner: Any = "x") -> Any:
    for _ in range(depth):
        inner = [inner]
    return inner


def _section_chain(depth: int) -> list[Any]:
    chain: list[Any] = []
    for level in reversed(range(depth)):
        chain = [{"id": f"d{level}", "heading": "深", "children": chain}]
    return chain


short_text = st.text(st.sampled_from("一二三工作总结ab 1，。"), max_size=4)
replacements = st.deferred(lambda: _replacements).map(copy.deepcopy)  # never shared
_replacements = st.one_of(
    st.sampled_from(
        [
            None,
            True,
            False,
            0,
            -1,
            1,
            7,
            5.0,
            1.5,
            -0.0,
            float("nan"),
            float("inf"),
            "",
            "x",
            "cn-dun",
            "bogus",
            [],
            {},
            [[]],
            [{}],
            {"a": 1},
            {"runs": []},
            {"runs": [{"text": 1}]},
            {"cn-dun": 1},
            ["cn-dun", "none"],
            ["cn-dun", "bogus"],
            [None],
            {"text": "x"},
        ]
    ),
    st.integers(-(10**3), 10**3),
    st.integers(10**17 - 2, 10**25),
    short_text,
    st.builds(lambda a, c, b: a + c + b, short_text, st.sampled_from(BAD_CHARS), short_text),
    st.builds(lambda a, c, b: a + c + b, short_text, st.sampled_from(ODD_CHARS), short_text),
    st.integers(1, 60).map(_nested),
    st.sampled_from([limits.DRAFT_MAX_STRING_CHARS + 1, 2000]).map(lambda n: "长" * n),
)


@st.composite
def mutated_documents(draw: st.DrawFn) -> Any:
    """A valid draft (as a dict) with one to three JSON-level changes."""
    doc = json.loads(json.dumps(draw(st.sampled_from(BASES))))
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_node_paths(doc))
        path = draw(st.sampled_from(paths))
        kind = draw(
            st.sampled_from(
                ["replace", "replace", "replace", "delete", "add", "insert", "dupe", "deep", "root"]
            )
        )
        if kind == "root":
            doc = draw(st.sampled_from([[], "草稿", 1, None, [doc]]))
            continue
        if not isinstance(doc, dict):
            continue
        if kind == "dupe":
            found = list(_loose_sections(doc.get("sections")))
            if len(found) >= 2:
                found[-1]["id"] = found[0].get("id")
            continue
        if kind == "deep":
            doc["sections"] = _section_chain(
                draw(st.integers(limits.DRAFT_MAX_DEPTH - 2, limits.DRAFT_MAX_DEPTH + 2))
            )
            continue
        if not path:
            continue
        parent, key = _get(doc, path[:-1]), path[-1]
        target = parent[key]
        if kind == "replace":
            parent[key] = draw(replacements)
        elif kind == "delete" and isinstance(parent, dict):
            del parent[key]
        elif kind == "add" and isinstance(target, dict):
            target[draw(st.sampled_from(["extra", "id", "text", "runs", "bold", "meta"]))] = draw(
                replacements
            )
        elif kind == "insert" and isinstance(target, list):
            target.insert(draw(st.integers(0, len(target))), draw(replacements))
    return doc


def encoded(doc: Any, ascii_only: bool) -> bytes:
    """The file's bytes as another program might write them (escaped or raw UTF-8)."""
    try:
        return json.dumps(doc, ensure_ascii=ascii_only, indent=1).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate can only be written as an escape
        return json.dumps(doc, ensure_ascii=True, indent=1).encode("utf-8")


# -- the property: the reader, its checking mode and the schema agree ------------------------


EXAMPLES = int(os.environ.get("ZONGJIE_FUZZ_EXAMPLES", "300"))


def _checked(doc: Any) -> Draft | None:
    """The reader with every string searched, on the parsed document."""
    try:
        return draft_from_dict(doc, strict=True)
    except Invalid:
        return None


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_documents(), st.booleans())
def test_reader_checking_mode_and_schema_agree(doc: Any, ascii_only: bool) -> None:
    raw = encoded(doc, ascii_only)
    start = time.perf_counter()
    try:
        loaded: Draft | None = loads(raw, PATH)
    except DraftLoadError as exc:  # any other exception fails the test
        loaded = None
        event(type(exc).__name__)
        assert "\n" not in exc.message and "草稿.json" in exc.message
    assert time.perf_counter() - start < 2
    expected = should_accept(doc)
    event("accepted" if expected else "refused")
    assert (loaded is not None) == expected, raw[:300]
    parsed = json.loads(raw)
    if isinstance(parsed, dict) and parsed.get("format") == "zongjie-draft" and expected:
        assert _checked(parsed) == loaded
    if loaded is not None:  # what was read is written back as a file the schema accepts
        assert VALIDATOR.is_valid(json.loads(dumps(loaded)))
        assert dumps(loads(dumps(loaded), PATH)) == dumps(loaded)  # and reads back the same


@pytest.mark.parametrize("base", range(len(BASES)))
@pytest.mark.parametrize("ascii_only", [False, True])
def test_valid_files_are_read_the_same_whether_escaped_or_not(base: int, ascii_only: bool) -> None:
    doc = BASES[base]
    assert should_accept(doc)
    assert loads(encoded(doc, ascii_only), PATH) == draft_from_dict(doc, strict=True)


# -- refusals from the reliability report, each with the app's own error ----------------------

HEAD = b'{"format": "zongjie-draft", "version": 1, '


def refusal(raw: bytes) -> DraftLoadError:
    start = time.perf_counter()
    with pytest.raises(DraftLoadError) as caught:
        loads(raw, PATH)
    assert time.perf_counter() - start < 2
    message = caught.value.message
    assert "\n" not in message and "草稿.json" in message and "文件未作任何改动" in message
    return caught.value


def test_numbering_as_an_object_is_refused_as_the_schema_does() -> None:
    error = refusal(HEAD + b'"numbering": {"cn-dun": 1}, "sections": []}')
    assert isinstance(error, SchemaError) and error.where == "numbering"
    assert not VALIDATOR.is_valid(
        {"format": "zongjie-draft", "version": 1, "numbering": {"cn-dun": 1}, "sections": []}
    )


def test_numbering_holding_a_list_is_a_schema_error_not_a_type_error() -> None:
    error = refusal(HEAD + b'"numbering": [[]], "sections": []}')
    assert isinstance(error, SchemaError) and error.where == "numbering[0]"


@pytest.mark.parametrize("depth", [990, 5000, 100_000])
def test_deep_nesting_is_refused_by_the_nesting_limit(depth: int) -> None:
    error = refusal(HEAD + b'"sections": ' + b"[" * depth + b"]" * depth + b"}")
    assert isinstance(error, DraftLimitError)
    assert f"{limits.DRAFT_MAX_DEPTH} 层" in error.message


def test_sections_nested_past_the_limit_are_refused_and_at_the_limit_read() -> None:
    def doc(depth: int) -> bytes:
        return json.dumps(
            {"format": "zongjie-draft", "version": 1, "sections": _section_chain(depth)}
        ).encode()

    draft = loads(doc(limits.DRAFT_MAX_DEPTH), PATH)
    assert len(list(draft.walk())) == limits.DRAFT_MAX_DEPTH
    error = refusal(doc(limits.DRAFT_MAX_DEPTH + 1))
    assert isinstance(error, DraftLimitError)
    assert f"小节嵌套超过 {limits.DRAFT_MAX_DEPTH} 层的上限" in error.message


@pytest.mark.parametrize(
    "where", [b'"sections": [], "x": ', b'"sections": [{"id": "a", "heading": "", "budget": ']
)
@pytest.mark.parametrize("digits", [19, 4301, 100_000])
def test_long_integers_are_refused_by_the_integer_limit(where: bytes, digits: int) -> None:
    close = b"}" if where.endswith(b'"x": ') else b"}]}"
    error = refusal(HEAD + where + b"9" * digits + close)
    assert isinstance(error, DraftLimitError)
    assert f"{limits.DRAFT_MAX_INT_DIGITS} 位" in error.message


def test_a_budget_of_eighteen_digits_is_read() -> None:
    draft = loads(
        HEAD + b'"sections": [{"id": "a", "heading": "", "budget": ' + b"9" * 18 + b"}]}", PATH
    )
    assert draft.sections[0].budget == 10**18 - 1


@pytest.mark.parametrize(
    ("escape", "words"),
    [
        (b"\\ud800", "sections[0].heading 含有无法保存的字符"),
        (b"\\udfff", "sections[0].heading 含有无法保存的字符"),
        (b"\\u0001", "sections[0].heading 含有 Word 文件不能容纳的控制字符 U+0001"),
        (b"\\f", "sections[0].heading 含有 Word 文件不能容纳的控制字符 U+000C"),
        (b"\\uffff", "sections[0].heading 含有 Word 文件不能容纳的非字符 U+FFFF"),
        ("\ufffe".encode(), "sections[0].heading 含有 Word 文件不能容纳的非字符 U+FFFE"),
    ],
)
def test_characters_word_cannot_hold_are_refused_with_their_path(escape: bytes, words: str) -> None:
    error = refusal(HEAD + b'"sections": [{"id": "a", "heading": "\xe5\xb7\xa5' + escape + b'"}]}')
    assert isinstance(error, SchemaError) and words in error.message


@pytest.mark.parametrize(
    ("where", "doc"),
    [
        ("meta.title", {"meta": {"title": "\ud800"}, "sections": []}),
        ("meta.attachments[1]", {"meta": {"attachments": ["a", "b\x00"]}, "sections": []}),
        ("intro[0]", {"intro": ["\x1b[0m"], "sections": []}),
        (
            "intro[0].runs[1].text",
            {"intro": [{"runs": [{"text": "a"}, {"text": "\x07"}]}], "sections": []},
        ),
        (
            "sections[0].children[0].body[2]",
            {
                "sections": [
                    {
                        "id": "a",
                        "heading": "",
                        "children": [{"id": "b", "heading": "", "body": ["", "", "\udbff"]}],
                    }
                ]
            },
        ),
        ("sections[0].id", {"sections": [{"id": "\x01", "heading": ""}]}),
    ],
)
def test_every_string_is_searched(where: str, doc: dict[str, Any]) -> None:
    raw = encoded({"format": "zongjie-draft", "version": 1, **doc}, ascii_only=True)
    assert refusal(raw).where == where  # type: ignore[attr-defined]


def test_tabs_line_breaks_and_other_odd_characters_are_kept() -> None:
    text = "".join(ODD_CHARS)
    raw = encoded(
        {
            "format": "zongjie-draft",
            "version": 1,
            "meta": {"title": text},
            "sections": [{"id": "a", "heading": text, "body": [text]}],
        },
        ascii_only=True,
    )
    draft = loads(raw, PATH)
    assert draft.meta.title == draft.sections[0].heading == draft.sections[0].body[0].text == text


def test_unknown_fields_are_refused_as_the_schema_does() -> None:
    error = refusal(HEAD + b'"sections": [{"id": "a", "heading": "", "colour": "red"}]}')
    assert isinstance(error, SchemaError) and "sections[0] 有未知的字段“colour”" in error.message


def test_a_string_over_the_limit_is_refused_by_name() -> None:
    big = "长" * (limits.DRAFT_MAX_STRING_CHARS + 1)
    error = refusal(
        encoded(
            {"format": "zongjie-draft", "version": 1, "intro": ["", big], "sections": []},
            ascii_only=False,
        )
    )
    assert isinstance(error, DraftLimitError) and error.where == "intro[1]"
    assert f"超过 {limits.DRAFT_MAX_STRING_CHARS} 字的上限" in error.message


def test_ten_megabytes_in_one_paragraph_is_refused_quickly() -> None:
    raw = (
        HEAD
        + b'"sections": [{"id": "a", "heading": "", "body": ["'
        + "字".encode() * (10 * 1024 * 1024 // 3)
        + b'"]}]}'
    )
    error = refusal(raw)
    assert isinstance(error, DraftLimitError) and error.where == "sections[0].body[0]"


@pytest.mark.parametrize(
    ("limit", "doc", "words"),
    [
        (
            "DRAFT_MAX_SECTIONS",
            {"sections": [{"id": str(i), "heading": ""} for i in range(6)]},
            "小节总数超过 5 个的上限",
        ),
        (
            "DRAFT_MAX_PARAGRAPHS",
            {"intro": ["a"] * 3, "sections": [{"id": "a", "heading": "", "body": ["b"] * 3}]},
            "段落总数超过 5 段的上限",
        ),
        (
            "DRAFT_MAX_RUNS",
            {"intro": [{"runs": [{"text": "a"}] * 3}] * 2, "sections": []},
            "格式片段总数超过 5 个的上限",
        ),
    ],
)
def test_counts_are_limited(
    limit: str, doc: dict[str, Any], words: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(draftreader, limit, 5)
    error = refusal(encoded({"format": "zongjie-draft", "version": 1, **doc}, ascii_only=False))
    assert isinstance(error, DraftLimitError) and words in error.message


def test_the_section_limit_itself() -> None:
    n = limits.DRAFT_MAX_SECTIONS
    doc = {
        "format": "zongjie-draft",
        "version": 1,
        "sections": [{"id": str(i), "heading": ""} for i in range(n)],
    }
    assert len(loads(encoded(doc, False), PATH).sections) == n
    doc["sections"].append({"id": "one more", "heading": ""})
    assert "小节总数超过" in refusal(encoded(doc, False)).message


def test_a_realistic_hundred_page_draft_is_far_inside_every_limit() -> None:
    """150 sections, 1,500 paragraphs of 400 characters (about 100 pages), some formatted."""
    paragraph = "围绕中心工作，扎实推进各项任务落实，" * 22
    sections = [
        Section(
            f"第{i}项工作",
            [Paragraph.plain(paragraph) for _ in range(9)]
            + [Paragraph([Run("加粗", bold=True), Run(paragraph)])],
            budget=3000,
        )
        for i in range(150)
    ]
    draft = Draft(meta=Meta(title="2024年度工作总结", author="××市××局"), sections=sections)
    raw = dumps(draft)
    assert len(raw) * 10 < limits.DRAFT_MAX_BYTES
    assert limits.DRAFT_MAX_SECTIONS > 150 * 10 and limits.DRAFT_MAX_PARAGRAPHS > 1500 * 10
    assert len(paragraph) * 10 < limits.DRAFT_MAX_STRING_CHARS
    assert loads(raw, PATH) == draft


# -- saving never writes a file the reader refuses --------------------------------------------


def test_saving_leaves_out_what_word_cannot_hold_and_keeps_the_rest() -> None:
    draft = Draft(
        meta=Meta(title="标题\x01\n第二行", author="\ud83d局"),
        sections=[Section("一\x0c二", [Paragraph([Run("粗\uffff", bold=True), Run("\t正文")])])],
    )
    again = loads(dumps(draft), PATH)
    assert again.meta.title == "标题\n第二行"
    assert again.meta.author == "\ufffd局"
    assert again.sections[0].heading == "一二"
    assert again.sections[0].body[0].runs == [Run("粗", bold=True), Run("\t正文")]
    assert VALIDATOR.is_valid(json.loads(dumps(draft)))


def test_a_valid_draft_is_saved_unchanged() -> None:
    draft = loads(SAMPLE.read_bytes(), PATH)  # a version-1 file: only its version changes
    assert dumps(draft) == SAMPLE.read_bytes().replace(b'"version": 1,', b'"version": 2,', 1)
    backslash = Draft(sections=[Section("C:\\u00b5 and \\b \\f", [Paragraph.plain("\\\\u0001")])])
    assert loads(dumps(backslash), PATH) == backslash
