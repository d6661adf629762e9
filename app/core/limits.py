"""Limits at the door: every input the app reads is measured against these before it is used.

One place for all of them, so a refusal always names the limit it met and the limits of
one reader stay consistent with what another writes (import never produces a draft that
the draft reader would refuse). Each is far above a realistic document: the 100-page bench
draft has 142 sections, about 1,500 paragraphs, 60,000 characters in all, its longest
paragraph under 1,000 characters, and weighs 0.2 MB.
"""

from __future__ import annotations

MB = 1024 * 1024

# -- drafts (app/core/draftreader.py) -----------------------------------------------

DRAFT_MAX_BYTES = 64 * MB
"""File size of a draft (.json)."""

DRAFT_MAX_DEPTH = 40
"""Levels of sections (一、 （一） 1. （1） 一是 are five; deeper levels are unnumbered). It
also bounds the JSON nesting of a draft: anything nested deeper than its sections is of the
wrong type, and json's own recursion limit (about 1,000 levels) is reported as this limit."""

DRAFT_MAX_SECTIONS = 20_000
"""Sections in one draft, at any depth."""

DRAFT_MAX_PARAGRAPHS = 200_000
"""Paragraphs in one draft (intro and every section's body)."""

DRAFT_MAX_RUNS = 500_000
"""Formatted runs in one draft, over all paragraphs."""

DRAFT_MAX_STRING_CHARS = 100_000
"""Characters in one string (a heading, a paragraph, a run, a meta field)."""

DRAFT_MAX_INT_DIGITS = 18
"""Digits of an integer (version, budget, spans, widths, offsets)."""

DRAFT_MAX_TABLES = 20_000
"""Tables in one draft (a summary has a few; the table benchmark has 20). As many as a .docx
may hold cells (DOCX_MAX_TABLE_CELLS), so an import never makes more than a draft holds;
the draft's cell limit below bounds the work in any case."""

TABLE_MAX_ROWS = 5_000
"""Rows of one table (a 30-row 完成情况表 fills about two pages)."""

TABLE_MAX_COLS = 63
"""Columns of one table: Word's own limit (its tables hold at most 63 columns)."""

TABLE_MAX_CELLS = 50_000
"""Grid positions (rows × columns) of one table, checked before its rows are read. Measured
on this machine: a 5,000 × 10 table reads in 0.5 s, exports in 1.4 s and is laid out on its
495 pages in 2.7 s (the table benchmark's 20 tables hold 3,000 cells in all)."""

DRAFT_MAX_TABLE_CELLS = 100_000
"""Grid positions of all tables of one draft together (about 5 s of page layout)."""

PAGES_MAX = 1_000
"""Pages drawn into one PDF or print job (app/gui/pages/output.py): ten times the 100-page
benchmark draft, drawn in 2-9 s here (105 pages: 0.18 s with one CJK face, 0.9 s with the
four stand-ins); a draft at the draft reader's limits would lay out tens of thousands of
pages and tie the window up for minutes."""

EDITOR_MAX_TABLE_CELLS = 5_000
"""Cells of a table pasted or inserted in the editor (app/gui/tables). Qt lays a table out
again on every key typed in it, in time that grows with its cells (bench_table_typing:
3.8 ms a key in 30 × 5 cells; 0.46 s in 1,000 × 10, whose paste took 3 s): a bigger paste
is refused with a notice and 插入表格 offers no bigger one, so typing does not lag."""

DRAFT_MAX_COMMENTS = 20_000
"""Review comments (批注) in one draft, replies included."""

COMMENT_MAX_DEPTH = 10
"""Levels of replies to a comment (Word and WPS show one; deeper ones are refused)."""

DRAFT_MAX_APPENDICES = 100
"""Appendices (附件 content) in one draft."""

# -- import (app/core/importer/decode.py, docx_reader.py) ---------------------------

WEB_PAGE_MAX_ELEMENTS = 200_000
"""Elements of a saved web page (.html) read for import (importer/webpage.py). A saved page
of a long report has a few thousand; a generated or hostile one millions (6 million took
12 s to read; refused at this count in 0.6 s)."""
# Measured on this machine (2 cores): the 100-page bench text (draft100.txt, 174 KB, 307
# lines) imports in 16 ms; exported to .docx (22 KB; document.xml 196 KB, 305 paragraphs,
# 305 runs) it imports in 25 ms. Each limit is checked before the work it bounds, so a
# refusal takes milliseconds; `python tests/measure_limits.py` times every hostile case
# (bombs, 10^6 paragraphs, 3·10^6 lines…) in a process of its own: all within 0.9 s and
# 135 MB. Known gap: the heading classifier (importer/headings.py) is quadratic in the
# number of marked lines when it drops a table of contents, so 20,000 short numbered lines
# take 16 s although every limit here holds.

IMPORT_MAX_BYTES = 20 * MB
"""File size of an import (.txt or .docx), checked before reading."""

IMPORT_MAX_TEXT_BYTES = 4 * MB
"""Size of a text to analyse (a .txt file, pasted text, after decoding as UTF-8), about 23
times the 100-page text. 4 MB of text imports in 0.45 s and 34 MB."""

IMPORT_MAX_LINES = 20_000
"""Lines of an import (text lines; for .docx, paragraphs and table rows), 65 times the
100-page text's 307 and 20 times its hard-wrapped PDF copy. At most DRAFT_MAX_SECTIONS, so
an import never makes more sections than the draft reader accepts."""

IMPORT_MAX_LINE_CHARS = DRAFT_MAX_STRING_CHARS
"""Characters in one line (paragraph) of an import: what the draft reader accepts."""

DOCX_MAX_PART_BYTES = 16 * MB
"""Inflated size of one part the Word reader parses (document.xml, styles.xml,
numbering.xml); the bench .docx's document.xml is 0.2 MB. Checked from the zip's central
directory and again while inflating (the directory can lie). 30 MB of XML the reader keeps
in memory (a content control holding everything) took 264 MB; 16 MB stays under 150 MB."""

DOCX_MAX_INFLATED_BYTES = 512 * MB
"""Inflated size of all parts of a .docx together, from the central directory (images are
never inflated, but a file claiming more than this is not a document). A 4 MB file claiming
3.9 GB is refused in 10 ms; the old reader took 10 s and 2 GB on a 1 GB document.xml."""

DOCX_MAX_PARTS = 5_000
"""Entries in a .docx package (a Word file has 10–50; images add one each)."""

DOCX_MAX_PARAGRAPHS = IMPORT_MAX_LINES
"""Paragraphs (w:p) in document.xml, table cells' paragraphs included; counted as they
start, so a long document meets this limit before the line limit."""

DOCX_MAX_RUNS = 300_000
"""Runs (w:r) in document.xml: Word splits a paragraph into many runs of one format
(the bench has 1 a paragraph, Word-edited files 5–20). 400,000 runs in one paragraph are
refused after 0.64 s and 135 MB."""

DOCX_MAX_TABLE_CELLS = IMPORT_MAX_LINES
"""Table cells (w:tc) in document.xml."""

DOCX_MAX_STYLES = 10_000
"""Styles in styles.xml (Word's defaults are about 370)."""

DOCX_MAX_STYLE_DEPTH = 32
"""Steps followed along a style's "based on" chain (Word's own go 3–4 deep); the chain is
walked with a visited set, so a style based on itself ends there too."""

# -- installed fonts (app/core/fonts.py: a font folder is input the app reads) ------

FONT_SCAN_SECONDS = 5.0
"""Time for one scan of the font folders (a stock Windows has ~400 files: well under 1 s)."""

FONT_SCAN_MAX_FILES = 20_000
"""Font files read in one scan."""

FONT_NAME_TABLE_MAX_BYTES = 1024 * 1024
"""Size of one `name` table (real ones are a few KB; CJK fonts up to ~60 KB)."""

FONT_MAX_TABLES = 512
"""Tables listed in one font's directory (real fonts have 10–40)."""

FONT_COLLECTION_MAX_FACES = 64
"""Fonts in one collection (.ttc/.otc; msyh.ttc has 2, NotoSansCJK.ttc 10)."""

FC_LIST_SECONDS = 5.0
"""Time for `fc-list` to answer (it reads fontconfig's cache: ~50 ms)."""
