"""The package parts around the body: styles, settings, font table, app properties.

They replace python-docx's template parts wholesale: its template is US Letter, 11 pt,
10 pt after every paragraph, widow control, theme fonts and an en-US/ja-JP language
setup (spec §7), and patching each of those is slower and easier to get wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core import layout
from app.core.export.ooxml import NS_DECL, Fonts, escape, indent_xml, run_props


@dataclass(frozen=True, slots=True)
class StyleFonts:
    """Fonts resolved for one export: the profile plus the Latin-font choice."""

    profile: layout.FontProfile
    times_latin: bool
    level3_bold: bool

    def _fonts(self, east_asia: str) -> Fonts:
        return Fonts(east_asia, layout.TIMES_NEW_ROMAN if self.times_latin else east_asia)

    @property
    def body(self) -> Fonts:
        return self._fonts(self.profile.body)

    @property
    def title(self) -> Fonts:
        # Digits in the title stay in the title face: the Latin option is about body text.
        return Fonts(self.profile.title, self.profile.title)

    @property
    def subtitle(self) -> Fonts:
        return self._fonts(self.profile.subtitle)

    def level(self, level: int) -> Fonts:
        return self._fonts(self.profile.levels[min(level, layout.LEVEL_COUNT - 1)])

    def level_bold(self, level: int) -> bool:
        return self.level3_bold and min(level, layout.LEVEL_COUNT - 1) == 2

    @property
    def page_number(self) -> Fonts:
        # 7.5: 半角宋体阿拉伯数码, dashes included (spec §6): every slot the same face.
        return Fonts(self.profile.page_number, self.profile.page_number)

    def all_names(self) -> list[str]:
        names = [
            self.profile.body,
            self.profile.title,
            self.profile.subtitle,
            *self.profile.levels,
            self.profile.page_number,
        ]
        if self.times_latin:
            names.append(layout.TIMES_NEW_ROMAN)
        return list(dict.fromkeys(names))


HEADING_STYLE_IDS = ("Heading1", "Heading2", "Heading3", "Heading4")


def heading_style_id(level: int) -> str:
    return HEADING_STYLE_IDS[min(level, layout.LEVEL_COUNT - 1)]


def _exact_line(twips: int) -> str:
    return f'<w:spacing w:before="0" w:after="0" w:line="{twips}" w:lineRule="exact"/>'


def _style(
    kind: str,
    style_id: str,
    name: str,
    ppr: str = "",
    rpr: str = "",
    *,
    based_on: str | None = "Normal",
    extra: str = "",
) -> str:
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    # Enter after a heading or the title continues in body text, as in Word's own styles.
    if kind == "paragraph" and style_id != "Normal":
        based += '<w:next w:val="Normal"/>'
    ppr_xml = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    rpr_xml = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return (
        f'<w:style w:type="{kind}" w:styleId="{style_id}"{extra}><w:name w:val="{name}"/>'
        f"{based}<w:qFormat/>{ppr_xml}{rpr_xml}</w:style>"
    )


def styles_xml(fonts: StyleFonts) -> str:
    body_size = layout.BODY_PT
    no_indent = '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
    lang = '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    doc_defaults = (
        "<w:docDefaults>"
        f"<w:rPrDefault><w:rPr>{run_props(fonts.body, size_pt=body_size)}{lang}</w:rPr></w:rPrDefault>"
        '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/>'
        '<w:spacing w:before="0" w:after="0"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
    )
    # 正文: 3号 仿宋, 28.95 pt exact (22 lines), first line 2 字, justified, no widow
    # control (it pulls a line to the next page and leaves 21 lines, NOTES.md), no
    # punctuation hanging past the right edge (measured: with Word's default
    # overflowPunct=on, LibreOffice put a 29th character "，" 5.5 mm outside the 版心).
    normal = _style(
        "paragraph",
        "Normal",
        "Normal",
        '<w:widowControl w:val="0"/><w:overflowPunct w:val="0"/>'
        + _exact_line(layout.LINE_PITCH_TW)
        + indent_xml(first_zi=layout.FIRST_LINE_INDENT_ZI)
        + '<w:jc w:val="both"/>',
        run_props(fonts.body, bold=False, size_pt=body_size),
        based_on=None,
        extra=' w:default="1"',
    )
    # 标题: 2号 小标宋, centred, not bold. snapToGrid off: on a 15.8 pt character grid a
    # 22 pt glyph would take two cells and the title would look letter-spaced in Word.
    title = _style(
        "paragraph",
        "Title",
        "Title",
        '<w:snapToGrid w:val="0"/>'
        + _exact_line(layout.TITLE_LINE_TW)
        + no_indent
        + '<w:jc w:val="center"/>',
        run_props(fonts.title, bold=fonts.profile.title_bold, size_pt=layout.TITLE_PT),
    )
    subtitle = _style(
        "paragraph",
        "Subtitle",
        "Subtitle",
        no_indent + '<w:jc w:val="center"/>',
        run_props(fonts.subtitle, bold=False, size_pt=body_size),
    )
    headings = "".join(
        _style(
            "paragraph",
            style_id,
            f"heading {level + 1}",
            # R1 (layout.HEADING_KEEPS_WITH_NEXT): never the last line of a page
            "<w:keepNext/>" + f'<w:outlineLvl w:val="{level}"/>',
            run_props(fonts.level(level), bold=fonts.level_bold(level), size_pt=body_size),
        )
        for level, style_id in enumerate(HEADING_STYLE_IDS)
    )
    # 页码: 4号 宋体, off the grid (the grid would stretch "— 1 —"), single line, no indent
    # inherited from Normal (an inherited 2 字 would make the even-page number 空三字).
    footer = _style(
        "paragraph",
        "Footer",
        "footer",
        '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>'
        + no_indent,
        run_props(fonts.page_number, bold=False, size_pt=layout.PAGE_NUMBER_PT),
    )
    default_font = (
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/>'
        "</w:style>"
    )
    table_normal = (
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal">'
        '<w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
        "</w:tblPr></w:style>"
    )
    return (
        f"<w:styles {NS_DECL}>{doc_defaults}{normal}{default_font}{table_normal}"
        f"{title}{subtitle}{headings}{footer}{table_styles(fonts)}</w:styles>"
    )


TABLE_TEXT_STYLE = "TableText"
TABLE_CAPTION_STYLE = "TableCaption"
APPENDIX_LABEL_STYLE = "AppendixLabel"


def table_styles(fonts: StyleFonts) -> str:
    """表格文字: 四号 仿宋, one line of the page grid each (layout.py "tables"), no indent,
    off the character grid (a 14 pt glyph would take a 15.8 pt cell and look spaced out).
    表题: 三号 bold body face, centred, keeping with its table."""
    no_indent = '<w:ind w:firstLine="0" w:firstLineChars="0"/>'
    text = _style(
        "paragraph",
        TABLE_TEXT_STYLE,
        "Table Text",
        '<w:snapToGrid w:val="0"/>' + _exact_line(layout.TABLE_LINE_TW) + no_indent,
        run_props(fonts.body, bold=False, size_pt=layout.TABLE_TEXT_PT),
    )
    caption = _style(
        "paragraph",
        TABLE_CAPTION_STYLE,
        "Table Caption",
        "<w:keepNext/>" + no_indent + '<w:jc w:val="center"/>',
        run_props(fonts.body, bold=layout.TABLE_CAPTION_BOLD, size_pt=layout.BODY_PT),
    )
    # 附件 label (7.3.7): 3号黑体 (the first level's face), 顶格, keeping with the title.
    label = _style(
        "paragraph",
        APPENDIX_LABEL_STYLE,
        "Appendix Label",
        "<w:keepNext/>" + no_indent,
        run_props(fonts.level(0), bold=False, size_pt=layout.BODY_PT),
    )
    return text + caption + label


def settings_xml() -> str:
    """Odd/even footers, Chinese defaults (tab 2 字 = 420 twips as Chinese Word writes),
    no punctuation compression so every character keeps its own grid cell, zh-CN theme
    language (python-docx's ja-JP made un-pinned text fall back to ＭＳ 明朝)."""
    return (
        f"<w:settings {NS_DECL}>"
        '<w:zoom w:percent="100"/>'
        '<w:defaultTabStop w:val="420"/>'
        "<w:evenAndOddHeaders/>"
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        "<w:compat><w:adjustLineHeightInTable/>"
        '<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>'
        "</w:compat>"
        '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>'
        "</w:settings>"
    )


def font_table_xml(names: list[str]) -> str:
    """The fonts the document names, with their English alternates and the GB2312 charset,
    so Word can match them on an English system and pick a fitting substitute."""
    entries = []
    for name in names:
        alt, family = layout.FONT_ALT_NAMES.get(name, ("", "auto"))
        latin = name == layout.TIMES_NEW_ROMAN
        alt_xml = f'<w:altName w:val="{escape(alt)}"/>' if alt else ""
        charset = "00" if latin else "86"
        entries.append(
            f'<w:font w:name="{escape(name)}">{alt_xml}<w:charset w:val="{charset}"/>'
            f'<w:family w:val="{family}"/><w:pitch w:val="variable"/></w:font>'
        )
    return f"<w:fonts {NS_DECL}>{''.join(entries)}</w:fonts>"


APP_XML = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>zongjie</Application><DocSecurity>0</DocSecurity></Properties>"
)
