"""Which face, size and weight each printed span takes: what the .docx export writes.

The faces come from the export's own font mapping (app.core.export.parts.StyleFonts,
the official names of layout.FONT_PROFILES); Qt falls back to an installed face when
one is missing, as Word and LibreOffice do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields

from app.core import layout
from app.core.export.ooxml import Fonts
from app.core.export.parts import StyleFonts
from app.core.export.writer import ExportOptions
from app.core.pagination import Line, Span
from app.core.printed.model import Role


@dataclass(frozen=True, slots=True)
class SpanFace:
    """One span's typeface: the families to try in order, size and weight."""

    families: tuple[str, ...]
    size_pt: float
    bold: bool
    italic: bool = False
    underline: bool = False


def _families(fonts: Fonts) -> tuple[str, ...]:
    # The Latin face first when it differs (Times New Roman has no 汉字, so they fall
    # through to the East Asian face); one face otherwise.
    if fonts.latin != fonts.east_asia:
        return (fonts.latin, fonts.east_asia)
    return (fonts.east_asia,)


@dataclass(frozen=True, slots=True)
class PageStyle:
    """The export options that change how a page looks, and the paginator's switches."""

    fonts: StyleFonts
    sealed: bool = False
    bold_lead: bool = False

    @classmethod
    def from_options(cls, options: ExportOptions) -> PageStyle:
        profile = layout.FONT_PROFILES.get(
            options.font_profile, layout.FONT_PROFILES[layout.DEFAULT_FONT_PROFILE]
        )
        fonts = StyleFonts(
            profile=profile,
            times_latin=options.latin_font == "times",
            level3_bold=options.level3_bold,
        )
        return cls(fonts, options.sealed, options.run_in_lead == "bold-fangsong")

    def face(self, span: Span, line: Line) -> SpanFace:
        """The face of `span` on `line`, as the export's styles and runs set it."""
        fonts, role, level = self.fonts, span.role, line.level or 0
        body = _families(fonts.body)
        extra = dict(italic=span.italic, underline=span.underline)
        if role == Role.TITLE:
            return SpanFace(_families(fonts.title), layout.TITLE_PT, fonts.profile.title_bold)
        if role == Role.SUBTITLE:
            return SpanFace(_families(fonts.subtitle), layout.BODY_PT, span.bold, **extra)
        if role == Role.HEADING:
            bold = span.bold or fonts.level_bold(level)
            return SpanFace(_families(fonts.level(level)), layout.BODY_PT, bold, **extra)
        if role == Role.RUN_IN and span.paragraph is None:
            # R4: the lead in its level's face, or bold body face (span.bold says so).
            if span.bold:
                return SpanFace(body, layout.BODY_PT, True)
            return SpanFace(_families(fonts.level(level)), layout.BODY_PT, fonts.level_bold(level))
        if role == Role.RUN_IN:
            bold = span.bold or fonts.level_bold(level)
            return SpanFace(body, layout.BODY_PT, bold, **extra)
        if role == Role.TABLE:  # 四号 in the body face (layout.py "tables")
            return SpanFace(body, layout.TABLE_TEXT_PT, span.bold, **extra)
        return SpanFace(body, layout.BODY_PT, span.bold, **extra)

    def page_number_face(self) -> SpanFace:
        return SpanFace(_families(self.fonts.page_number), layout.PAGE_NUMBER_PT, False)


_OPTION_NAMES = frozenset(f.name for f in fields(ExportOptions))


def options_from(saved: Mapping[str, object]) -> ExportOptions:
    """The export options as the settings keep them (导出 Word's last choice); unknown
    keys (an older or newer settings file) are left out."""
    return ExportOptions(**{k: v for k, v in saved.items() if k in _OPTION_NAMES})  # type: ignore[arg-type]


DEFAULT_STYLE = PageStyle.from_options(ExportOptions())
