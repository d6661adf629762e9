"""Chinese-text rules the whole core shares: character classes, numerals, dates, heading
markers and the run-in lead. Importer, checks, numbering and export all ask here, so a
rule changes in one place and every user of it agrees.

Qt-free and free of the draft model: pure functions of text.
"""
