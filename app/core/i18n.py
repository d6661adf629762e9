"""Translatable messages from a core that has no Qt.

The core writes its messages in Chinese, the source language. A message marked with `N_`
is a `Text`: it reads, prints and compares as the Chinese string it always was (the
command line, the JSON outputs and the tests see no change), and it also remembers the
template and the fields it was made from, so the GUI can look the template up in its
translations and fill the fields in again (`app.gui.core_text.tr_core`).

    raise DraftLoadError(N_("“{name}”已损坏：第 {line} 行。", name=path.name, line=3))

Messages built from pieces stay translatable: `N_(...) + N_(...)` keeps both templates,
and a field that is itself a `Text` is translated too. A plain `str` joined to a `Text`
stays as it is (a file name, a quotation from the user's own text).

Templates are literals so that `python -m app.i18n_extract` can list them for the
translation files; a template built at run time cannot be translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

# What `Text.translated` needs: a template in, its translation out ("" = none).
Translator = Callable[[str], str]

# One piece of a message: its template and fields, or a literal string (template None).
Piece = tuple[str | None, Mapping[str, object]]

_NO_FIELDS: Final[Mapping[str, object]] = {}


class Text(str):
    """A Chinese message that remembers how it was made (see the module's docstring)."""

    pieces: tuple[Piece, ...]

    def __new__(cls, pieces: tuple[Piece, ...]) -> Text:
        rendered = "".join(_render(piece, _identity) for piece in pieces)
        text = super().__new__(cls, rendered)
        text.pieces = pieces
        return text

    def __add__(self, other: str) -> Text:
        return Text(self.pieces + _pieces_of(other))

    def __radd__(self, other: str) -> Text:
        return Text(_pieces_of(other) + self.pieces)

    def translated(self, translate: Translator) -> str:
        """The message in the interface language: each template through `translate`."""
        return "".join(_render(piece, translate) for piece in self.pieces)

    def __reduce__(self) -> tuple[object, ...]:
        return (Text, (self.pieces,))


def N_(template: str, **fields: object) -> Text:  # noqa: N802 - the gettext convention
    """Mark `template` as a translatable message and fill in its `{fields}`."""
    return Text(((template, dict(fields)),))


def plain(text: str) -> Text:
    """A literal piece (not translated), for joining to marked messages."""
    return Text(((None, {"": text}),))


def _pieces_of(value: str) -> tuple[Piece, ...]:
    if isinstance(value, Text):
        return value.pieces
    return ((None, {"": value}),)


def _identity(template: str) -> str:
    return template


def _render(piece: Piece, translate: Translator) -> str:
    template, fields = piece
    if template is None:
        value = fields[""]
        return _field(value, translate)
    target = translate(template) or template
    filled = {name: _field(value, translate) for name, value in fields.items()}
    try:
        return target.format(**filled)
    except (KeyError, IndexError, ValueError):
        # A translation that names a field the template does not have: show the source.
        return template.format(**filled)


def _field(value: object, translate: Translator) -> str:
    if isinstance(value, Text) and translate is not _identity:
        return value.translated(translate)
    return str.__str__(value) if isinstance(value, str) else str(value)


__all__ = ["N_", "Text", "Translator", "plain"]
