"""The file names the app tells apart by their ending: one home for each kind.

Light on purpose (no imports): the command line and the window read it at start-up,
before the importer or the draft reader is loaded.
"""

from __future__ import annotations

DRAFT_SUFFIX = ".json"
# Named like a Word file: a .docx package, or an older format the importer names.
WORD_SUFFIXES = (".docx", ".doc", ".docm", ".wps")
# What the window and the command line hand to the importer by name (a dropped file, a
# file argument, a copied file): Word documents, text and saved web pages.
IMPORT_SUFFIXES = (".txt", ".docx", ".html", ".htm")
