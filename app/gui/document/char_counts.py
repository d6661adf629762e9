"""The 字数 the outline shows: each section's own (heading and body) and with its
subsections, cached per section id and forgotten along the path a change touches."""

from __future__ import annotations

from app.core.model import Section


class CharCounts:
    """Over the model's id index (the same dict, kept up to date by the model). Holding
    the dict rather than the model keeps the model free of reference cycles."""

    def __init__(self, sections: dict[str, Section]) -> None:
        self._sections = sections
        self._own: dict[str, int] = {}
        self._total: dict[str, int] = {}

    def own(self, section_id: str) -> int:
        if section_id not in self._own:
            self._own[section_id] = self._sections[section_id].char_count()
        return self._own[section_id]

    def total(self, section_id: str) -> int:
        if section_id not in self._total:
            children = self._sections[section_id].children
            self._total[section_id] = self.own(section_id) + sum(self.total(c.id) for c in children)
        return self._total[section_id]

    def text_changed(self, section_id: str) -> None:
        """The section's own text changed (its ancestors' totals go with `path_changed`)."""
        self._own.pop(section_id, None)

    def total_changed(self, section_id: str) -> None:
        self._total.pop(section_id, None)

    def structure_changed(self) -> None:
        """After sections moved or went: every total, and the counts of removed sections."""
        self._total.clear()
        for gone in [i for i in self._own if i not in self._sections]:
            del self._own[gone]
