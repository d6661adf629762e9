"""Text laid out as a PDF viewer copies it: for the import tests and benchmark."""

from __future__ import annotations


def display_chunks(line: str, cells: int) -> list[str]:
    """Break one line at a display width of `cells` (a Chinese character takes 2, ASCII 1),
    the way copying from a PDF breaks it. An empty line stays one empty line."""
    out: list[str] = []
    current, used = "", 0
    for ch in line:
        width = 1 if ch.isascii() else 2
        if used + width > cells:
            out.append(current)
            current, used = "", 0
        current += ch
        used += width
    return [*out, current]
