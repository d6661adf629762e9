"""Scorer for the import corpus (tests/data/import_corpus/): heading F1 and title accuracy.

Each text NAME.txt has NAME.json: its kind, the expected title and the expected outline,
one string per heading: two spaces per level, the number the source printed, "|", the
heading text ("  （一）|经济运行回升向好"). Appendices (附件1, 附件2) have outlines of
their own. A heading counts when its text and level match (an appendix's heading also
when it sits in the same appendix); a title when it matches apart from white space.

Run: .venv/bin/python tests/import_scoring.py [FOLDER]   (per text, per kind, the means)
FOLDER defaults to the corpus; tests/data/import_heldout/ holds texts written after the
importer was tuned on the corpus, measured once, to see whether it learnt the kind of text.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.errors import ZongjieError  # noqa: E402
from app.core.importer import ImportResult, import_file  # noqa: E402
from app.core.model import Section  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "data" / "import_corpus"
HELDOUT = Path(__file__).resolve().parent / "data" / "import_heldout"

Heading = tuple[str, int, str]  # (part: "" for the body, "附件1"…, level, text)


@dataclass
class ExpectedHeading:
    level: int
    number: str  # as the source printed it ("" when unnumbered)
    text: str


@dataclass
class Case:
    name: str
    kind: str
    path: Path
    title: str
    outline: list[ExpectedHeading]
    appendices: list[tuple[str, list[ExpectedHeading]]] = field(default_factory=list)
    data: dict[str, object] = field(default_factory=dict)

    def expected(self) -> list[Heading]:
        found = [("", h.level, h.text) for h in self.outline]
        for n, (_, outline) in enumerate(self.appendices, start=1):
            found += [(f"附件{n}", h.level, h.text) for h in outline]
        return found


def parse_outline(rows: list[str]) -> list[ExpectedHeading]:
    result = []
    for row in rows:
        stripped = row.lstrip(" ")
        level = (len(row) - len(stripped)) // 2
        number, _, text = stripped.partition("|")
        result.append(ExpectedHeading(level, number, text))
    return result


def load_corpus(folder: Path = CORPUS) -> list[Case]:
    cases = []
    for spec in sorted(folder.glob("*.json")):
        data = json.loads(spec.read_text(encoding="utf-8"))
        source = next(p for p in folder.glob(f"{spec.stem}.*") if p.suffix != ".json")
        appendices = [
            (str(item["title"]), parse_outline(item["outline"]))
            for item in data.get("appendices", [])
        ]
        cases.append(
            Case(
                spec.stem,
                data["kind"],
                source,
                data["title"],
                parse_outline(data["outline"]),
                appendices,
                data,
            )
        )
    return cases


def _walk(sections: list[Section], part: str, level: int = 0) -> list[Heading]:
    """The headings as stored: a decimal outline's numbers are the DECIMAL style's, so a
    number left in the heading text ("1.1　编制目的") does not match the fixture's text."""
    found: list[Heading] = []
    for section in sections:
        found.append((part, level, section.heading))
        found += _walk(section.children, part, level + 1)
    return found


def found_headings(result: ImportResult) -> list[Heading]:
    draft = result.draft
    found = _walk(draft.sections, "")
    for n, appendix in enumerate(getattr(draft, "appendices", []), start=1):
        found += _walk(appendix.sections, f"附件{n}")
    return found


def f1(expected: list[Heading], found: list[Heading]) -> float:
    if not expected and not found:
        return 1.0
    matched = sum((Counter(expected) & Counter(found)).values())
    if not matched:
        return 0.0
    precision, recall = matched / len(found), matched / len(expected)
    return 2 * precision * recall / (precision + recall)


def same_title(expected: str, found: str) -> bool:
    return "".join(expected.split()) == "".join(found.split())


@dataclass
class Score:
    case: Case
    f1: float
    title: bool


def score(case: Case, result: ImportResult | None = None) -> Score:
    if result is None:
        try:
            result = import_file(case.path)
        except ZongjieError:  # refused (an importer without web pages, say): nothing right
            return Score(case, 0.0, False)
    return Score(
        case,
        f1(case.expected(), found_headings(result)),
        same_title(case.title, result.draft.meta.title),
    )


def summary(scores: list[Score]) -> dict[str, tuple[float, float, int]]:
    """kind → (mean heading F1, title accuracy, texts); "all" for the whole corpus."""
    kinds: dict[str, list[Score]] = {}
    for item in scores:
        kinds.setdefault(item.case.kind, []).append(item)
    kinds["all"] = scores
    return {
        kind: (
            sum(s.f1 for s in items) / len(items),
            sum(s.title for s in items) / len(items),
            len(items),
        )
        for kind, items in kinds.items()
    }


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS
    scores = [score(case) for case in load_corpus(folder)]
    for item in scores:
        mark = "" if item.title else "  (title wrong)"
        print(f"{item.case.name:28} {item.case.kind:16} F1 {item.f1:.2f}{mark}")
    print()
    for kind, (mean_f1, titles, count) in summary(scores).items():
        print(f"{kind:16} texts {count:2}  mean heading F1 {mean_f1:.3f}  title {titles:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
