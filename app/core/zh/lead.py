"""The lead of a run-in section: number and heading printed at the start of its first
paragraph ("一是完善制度。全年修订……", GB/T 9704 7.3.3 allows such 一是 items).

The editor shows the lead and the export prints it; both call `run_in_lead`, so what
the user sees is what Word gets.
"""

from __future__ import annotations

# A heading already ending a sentence (or a clause, before its first paragraph) gets no
# second stop: "一是完善制度！" stays, "一是完善制度" becomes "一是完善制度。".
LEAD_ENDS = "。！？；：!?;:"


def run_in_lead(number: str, heading: str) -> str:
    """number + heading + 。 — the heading's surrounding spaces dropped first, so a trailing
    space never ends up before the 。; an empty heading leaves just the number (一是)."""
    heading = heading.strip()
    if not heading:
        return number
    return number + heading + ("" if heading.endswith(tuple(LEAD_ENDS)) else "。")
