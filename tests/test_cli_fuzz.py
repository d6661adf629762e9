"""Fuzz: mutated drafts through `info`, `check`, `check --fix -o` and `export -o`, run
in-process through the command line's main function.

For every draft and command: the exit code is 0, 1 or 2 (never 3, a bug); on 2 stderr is
one line in Chinese and nothing is written; the input file is never changed; a refusal
comes within 2 s; what `check --fix` writes opens again. The drafts are the JSON-level
mutations of tests/test_draft_reader.py (types swapped, keys added and removed, deep
nesting, long integers, surrogates, control characters, strings past the length limit),
and sometimes their bytes too (cut short, bytes spliced in, nesting of 500-5,000 levels,
integers of up to 50,000 digits, a BOM).

CI runs 100 examples (a few seconds); a longer hunt: ZONGJIE_FUZZ_EXAMPLES=5000 python -m
pytest tests/test_cli_fuzz.py.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import time
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from test_draft_reader import encoded, mutated_documents

from app.cli import main
from app.core.draftfile import load_draft

CHINESE = re.compile("[\u4e00-\u9fff]")
COMMANDS: list[tuple[str, list[str], str | None]] = [
    ("info", [], None),
    ("check", [], None),
    ("check", ["--fix", "-o"], "修正后.json"),
    ("export", ["-o"], "总结.docx"),
]


@st.composite
def draft_files(draw: st.DrawFn) -> bytes:
    """A mutated document's bytes, sometimes damaged too."""
    raw = encoded(draw(mutated_documents()), draw(st.booleans()))
    kind = draw(st.sampled_from(["as is"] * 5 + ["cut", "splice", "deep", "long int", "bom"]))
    if kind == "cut":
        raw = raw[: draw(st.integers(0, len(raw)))]
    elif kind == "splice":
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + draw(st.binary(max_size=8)) + raw[at:]
    elif kind == "deep":
        n = draw(st.sampled_from([500, 999, 1000, 5000]))
        raw = raw.replace(b'"sections": [', b'"sections": [' + b"[" * n + b"]" * n + b",", 1)
    elif kind == "long int":
        digits = draw(st.sampled_from([19, 4300, 4301, 50_000]))
        raw = raw.replace(b'"version": 1', b'"version": 1' + b"0" * digits, 1)
    elif kind == "bom":
        raw = b"\xef\xbb\xbf" + raw
    event(f"bytes {kind}")
    return raw


def run(args: list[str]) -> tuple[int, str, str, float]:
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(args)
    return code, out.getvalue(), err.getvalue(), time.perf_counter() - start


EXAMPLES = int(os.environ.get("ZONGJIE_FUZZ_EXAMPLES", "100"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(draft_files())
def test_mutated_drafts_never_crash_the_command_line(raw: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "草稿.json"
        draft.write_bytes(raw)
        for command, options, output_name in COMMANDS:
            output = Path(folder) / output_name if output_name else None
            args = [command, str(draft), *options, *([str(output)] if output else [])]
            code, out, err, seconds = run(args)
            event(f"{command}{' --fix' if '--fix' in options else ''} exit {code}")
            assert code in (0, 1, 2), (args, err)
            assert draft.read_bytes() == raw
            if code == 2:
                assert len(err.strip().splitlines()) == 1 and CHINESE.search(err), err
                assert seconds < 2, (args, seconds)
                assert output is None or not output.exists()
                assert sorted(p.name for p in Path(folder).iterdir()) == ["草稿.json"]
            elif output is not None:
                assert output.exists()
                if output.suffix == ".json":
                    load_draft(output)  # a draft the command writes opens again
                output.unlink()
                output.with_name(output.name + ".bak").unlink(missing_ok=True)
            if command == "export" and code == 0:
                # an export keeps a version beside the draft (python -m app versions)
                shutil.rmtree(draft.with_name(draft.name + ".versions"), ignore_errors=True)
            # no lock, temporary file or backup left behind
            assert sorted(p.name for p in Path(folder).iterdir()) == ["草稿.json"]
