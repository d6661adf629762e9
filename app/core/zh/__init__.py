"""Chinese-text rules the whole core shares. Importer, checks, numbering and export all ask
here, so a rule changes in one place and every user of it agrees.

- chars: `is_han`, `is_cjk`, `han_count`, the regex classes `HAN_CLASS` / `CJK_TEXT_CLASS`,
  `CJK_PUNCT`, the full-width digit tables.
- numerals: `chinese_numeral` (1 → 一, 101 → 一百零一), `parse_chinese_numeral` (and 两, 〇).
- dates: `parse_date` → `DateParts(year, month, day | None)`, `format_date(parts, DateForm)`,
  `normalize_date` (the GB/T 9704 spelling or None).
- markers: `match_marker` (一、 （一） 1. （1） 一是 第一， as typed → style, number),
  `counts_in_a_row` (三、四季度 is no marker), `inline_series_markers` (一是…二是…).
- lead: `run_in_lead(number, heading)`, the lead of a run-in section (editor and export).

Qt-free and free of the draft model: pure functions of text.
"""
