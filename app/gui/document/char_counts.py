"""The 字数 the outline shows: each section's own (heading and body, its tables' captions
and cells included) and with its subsections, cached per section id and forgotten along
the path a change touches. How much of a count is in tables is kept too, so the label can
say that tables are included (count_labels)."""

from __future__ import annotations

from app.core.model import Section


class CharCounts:
    """Over the model's id index (the same dict, kept up to date by the model). Holding
    the dict rather than the model keeps the model free of reference cycles."""

    def __init__(self, sections: dict[str, Section]) -> None:
        self._sections = sections
        self._own: dict[str, int] = {}
        self._total: dict[str, int] = {}
        self._own_tables: dict[str, int] = {}
        self._total_tables: dict[str, int] = {}

    def own(self, section_id: str) -> int:
        if section_id not in self._own:
            self._own[section_id] = self._sections[section_id].char_count()
        return self._own[section_id]

    def total(self, section_id: str) -> int:
        if section_id not in self._total:
            children = self._sections[section_id].children
            self._total[section_id] = self.own(section_id) + sum(self.total(c.id) for c in children)
        return self._total[section_id]

    def own_tables(self, section_id: str) -> int:
        """The part of `own` in the section's tables (0 without tables: nothing counted)."""
        if section_id not in self._own_tables:
            section = self._sections[section_id]
            tables = section.tables()
            self._own_tables[section_id] = sum(t.char_count() for t in tables) if tables else 0
        return self._own_tables[section_id]

    def total_tables(self, section_id: str) -> int:
        """The part of `total` in tables of the section and its subsections."""
        if section_id not in self._total_tables:
            children = self._sections[section_id].children
            self._total_tables[section_id] = self.own_tables(section_id) + sum(
                self.total_tables(c.id) for c in children
            )
        return self._total_tables[section_id]

    def shown_tables(self, section_id: str) -> int:
        """The tables' part of the count the outline shows: with the subsections for a
        section that has some (its count is their total), else its own."""
        if self._sections[section_id].children:
            return self.total_tables(section_id)
        return self.own_tables(section_id)

    def text_changed(self, section_id: str) -> None:
        """The section's own text changed (its ancestors' totals go with `path_changed`)."""
        self._own.pop(section_id, None)
        self._own_tables.pop(section_id, None)

    def total_changed(self, section_id: str) -> None:
        self._total.pop(section_id, None)
        self._total_tables.pop(section_id, None)

    def structure_changed(self) -> None:
        """After sections moved or went: every total, and the counts of removed sections."""
        self._total.clear()
        self._total_tables.clear()
        for cache in (self._own, self._own_tables):
            for gone in [i for i in cache if i not in self._sections]:
                del cache[gone]
