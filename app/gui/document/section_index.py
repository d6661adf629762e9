"""Where each section of a draft sits, by id: the look-ups of the outline model.

`SectionIndex.rebuild` walks the section tree once after each structural change (a few
hundred sections: cheap) and fills, by section id, the Section object, its parent
(None at the top level), its row among its siblings and its 0-based level. It also keeps
the small integer keys that the model's Qt indexes carry (internalId) instead of
pointers: a key is given to an id once and never reused, so a stale index can never
point at a freed Python object. `forget_keys` drops them when another draft is shown.

The dictionaries are filled in place, never replaced, so the model may hold them.
"""

from __future__ import annotations

from app.core.model import Section


class SectionIndex:
    """The id look-ups of one draft's section tree; see the module docstring."""

    def __init__(self) -> None:
        self.keys: dict[str, int] = {}  # section id -> internalId, never reused
        self.ids: dict[int, str] = {}  # internalId -> section id
        self.sections: dict[str, Section] = {}
        self.parents: dict[str, Section | None] = {}
        self.rows: dict[str, int] = {}
        self.levels: dict[str, int] = {}

    def forget_keys(self) -> None:
        """Another draft: the keys of the old one's sections go with it."""
        self.keys.clear()
        self.ids.clear()

    def rebuild(self, sections: list[Section]) -> None:
        """Index the tree whose top-level sections are `sections`."""
        self.sections.clear()
        self.parents.clear()
        self.rows.clear()
        self.levels.clear()
        self._index_level(None, sections, 0)

    def _index_level(self, parent: Section | None, siblings: list[Section], level: int) -> None:
        for row, section in enumerate(siblings):
            self.sections[section.id] = section
            self.parents[section.id] = parent
            self.rows[section.id] = row
            self.levels[section.id] = level
            if section.id not in self.keys:
                key = len(self.ids) + 1
                self.keys[section.id] = key
                self.ids[key] = section.id
            self._index_level(section, section.children, level + 1)
