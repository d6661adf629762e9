"""The draft reader: one validating pass from a parsed draft file to the model.

It checks every value against the format (the same rules as the published schema
resources/schema/draft-v2.schema.json, plus unique ids, full table grids with merges inside them, characters Word can hold and the
limits of app/core/limits.py) while it builds the model; there is no unchecked fast path
to bypass it. It does not spell out where it is on the way down: a problem is raised with
its own key and every level it passes on the way up adds its own (`sections` `[1]`
`heading`), so a valid file costs no more than a bare type check and a refusal still names
the path. draftfile.loads parses the bytes with DECODER and calls `draft_from_dict`.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.core.draftvalues import (
    BAD_CHAR,
    RUN_FLAGS,
    Invalid,
    OverLimit,
    bad_char_problem,
    check_merges,
    integer,
    shown,
    unknown_key,
)
from app.core.limits import (
    COMMENT_MAX_DEPTH,
    DRAFT_MAX_APPENDICES,
    DRAFT_MAX_COMMENTS,
    DRAFT_MAX_DEPTH,
    DRAFT_MAX_PARAGRAPHS,
    DRAFT_MAX_RUNS,
    DRAFT_MAX_SECTIONS,
    DRAFT_MAX_STRING_CHARS,
    DRAFT_MAX_TABLE_CELLS,
    DRAFT_MAX_TABLES,
    TABLE_MAX_CELLS,
    TABLE_MAX_COLS,
    TABLE_MAX_ROWS,
)
from app.core.model import (
    Appendix,
    Block,
    Cell,
    Comment,
    Draft,
    Meta,
    Paragraph,
    Run,
    Section,
    Table,
)
from app.core.numbering import NumberStyle

_ROOT_KEYS = frozenset(
    ("format", "version", "meta", "numbering", "intro", "sections", "appendices")
)
_META_TEXT_KEYS = ("title", "subtitle", "author", "date", "recipient", "doc_number")
_META_KEYS = frozenset((*_META_TEXT_KEYS, "attachments"))
_SECTION_KEYS = frozenset(("id", "heading", "body", "children", "run_in", "budget", "comments"))
_TABLE_KEYS = frozenset(("id", "caption", "header_rows", "col_widths", "rows"))
_CELL_KEYS = frozenset(("paragraphs", "col_span", "row_span", "covered"))
_COMMENT_KEYS = frozenset(
    ("id", "author", "date", "text", "paragraph", "start", "end", "quote", "resolved", "replies")
)
_APPENDIX_KEYS = frozenset(("id", "title", "intro", "sections"))
_RUN_KEYS = frozenset(("text", *RUN_FLAGS))
_PARAGRAPH_KEYS = frozenset(("runs",))
_STYLE_OF = {s.value: s for s in NumberStyle}


class _Reader:
    """Reads one document; counts what it has read against the limits."""

    __slots__ = (
        "seen",
        "comment_ids",
        "sections",
        "paragraphs",
        "runs",
        "tables",
        "table_cells",
        "comments",
        "strict",
    )

    def __init__(self, strict: bool) -> None:
        self.seen: set[str] = set()  # ids of sections, tables and appendices
        self.comment_ids: set[str] = set()
        self.sections = self.paragraphs = self.runs = 0
        self.tables = self.table_cells = self.comments = 0
        # Check every string's length and characters (a file that may hold long strings or
        # characters Word cannot hold); otherwise only their types are checked.
        self.strict = strict

    def text(self, value: Any, what: str = "字符串") -> str:
        if type(value) is not str:
            raise Invalid(f"应为{what}")
        if self.strict:
            if len(value) > DRAFT_MAX_STRING_CHARS:
                raise OverLimit(f"超过 {DRAFT_MAX_STRING_CHARS} 字的上限")
            if bad := BAD_CHAR.search(value):
                raise Invalid(bad_char_problem(bad.group()))
        return value

    def new_id(self, value: Any, kind: str, seen: set[str]) -> str:
        """A non-empty id not met before in `seen`; `kind` names what it identifies."""
        ident = self.text(value)
        if not ident:
            raise Invalid("不能为空")
        if ident in seen:
            raise Invalid(f"与前面的{kind}重复（{shown(ident)}）")
        seen.add(ident)
        return ident

    def paragraph_list(self, value: Any) -> list[Paragraph]:
        if type(value) is not list:
            raise Invalid("应为列表")
        self.count_paragraphs(len(value))
        out: list[Paragraph] = []
        append = out.append
        strict = self.strict
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007 (i names the place of a problem)
                if type(item) is str:
                    if strict:
                        self.text(item)
                    append(Paragraph([Run(item)] if item else []))
                else:
                    append(self.formatted(item))
        except Invalid as exc:
            raise exc.at(i) from None
        return out

    def count_paragraphs(self, more: int) -> None:
        self.paragraphs += more
        if self.paragraphs > DRAFT_MAX_PARAGRAPHS:
            raise OverLimit(f"段落总数超过 {DRAFT_MAX_PARAGRAPHS} 段的上限")

    def formatted(self, value: Any) -> Paragraph:
        if type(value) is not dict:
            raise Invalid("应为字符串或含 runs 的对象")
        if not value.keys() <= _PARAGRAPH_KEYS:
            raise unknown_key(value, _PARAGRAPH_KEYS)
        runs_json = value.get("runs")
        if type(runs_json) is not list:
            raise Invalid("应为列表", "runs")
        self.runs += len(runs_json)
        if self.runs > DRAFT_MAX_RUNS:
            raise OverLimit(f"格式片段总数超过 {DRAFT_MAX_RUNS} 个的上限", "runs")
        runs = []
        i = 0
        try:
            for i, run in enumerate(runs_json):  # noqa: B007
                runs.append(self.run(run))
        except Invalid as exc:
            raise exc.at("runs", i) from None
        return Paragraph(runs)

    def run(self, value: Any) -> Run:
        if type(value) is not dict:
            raise Invalid("应为对象")
        if not value.keys() <= _RUN_KEYS:
            raise unknown_key(value, _RUN_KEYS)
        try:
            text = self.text(value.get("text"))
        except Invalid as exc:
            raise exc.at("text") from None
        flags = []
        for key in RUN_FLAGS:
            flag = value.get(key, False)
            if type(flag) is not bool:
                raise Invalid("应为 true 或 false", key)
            flags.append(flag)
        return Run(text, *flags)

    def count(self, value: Any, least: int) -> int:
        number = integer(value)
        if number is None or number < least:
            raise Invalid(f"应为不小于 {least} 的整数")
        return number

    def draft(self, data: dict[str, Any]) -> Draft:
        if not data.keys() <= _ROOT_KEYS:
            raise unknown_key(data, _ROOT_KEYS)
        numbering = self.numbering(data.get("numbering", []))
        if "sections" not in data:
            raise Invalid("缺少（应为列表）", "sections")
        try:
            sections = self.section_list(data["sections"], 1)
        except Invalid as exc:
            raise exc.at("sections") from None
        meta = self.meta(data.get("meta", {}))
        try:
            intro = self.block_list(data.get("intro", []))
        except Invalid as exc:
            raise exc.at("intro") from None
        try:
            appendices = self.appendix_list(data.get("appendices", []))
        except Invalid as exc:
            raise exc.at("appendices") from None
        return Draft(meta, numbering, intro, sections, appendices)

    def numbering(self, value: Any) -> list[NumberStyle]:
        if type(value) is not list:
            raise Invalid("应为列表", "numbering")
        styles = []
        for i, name in enumerate(value):
            style = _STYLE_OF.get(name) if type(name) is str else None
            if style is None:
                raise Invalid(f"未知的编号样式“{shown(name)}”", "numbering", i)
            styles.append(style)
        return styles

    def meta(self, value: Any) -> Meta:
        if type(value) is not dict:
            raise Invalid("应为对象", "meta")
        if not value.keys() <= _META_KEYS:
            raise unknown_key(value, _META_KEYS).at("meta")
        fields = {}
        for key in _META_TEXT_KEYS:
            try:
                fields[key] = self.text(value.get(key, ""))
            except Invalid as exc:
                raise exc.at("meta", key) from None
        attachments = value.get("attachments", [])
        if type(attachments) is not list:
            raise Invalid("应为列表", "meta", "attachments")
        for i, name in enumerate(attachments):
            try:
                self.text(name)
            except Invalid as exc:
                raise exc.at("meta", "attachments", i) from None
        return Meta(attachments=list(attachments), **fields)

    def section_list(self, value: Any, depth: int) -> list[Section]:
        if type(value) is not list:
            raise Invalid("应为列表")
        if not value:
            return []
        if depth > DRAFT_MAX_DEPTH:
            raise OverLimit(f"小节嵌套超过 {DRAFT_MAX_DEPTH} 层的上限")
        self.sections += len(value)
        if self.sections > DRAFT_MAX_SECTIONS:
            raise OverLimit(f"小节总数超过 {DRAFT_MAX_SECTIONS} 个的上限")
        out = []
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007 (i names the place of a problem)
                out.append(self.section(item, depth))
        except Invalid as exc:
            raise exc.at(i) from None
        return out

    def section(self, value: Any, depth: int) -> Section:
        if type(value) is not dict:
            raise Invalid("应为对象")
        if not value.keys() <= _SECTION_KEYS:
            raise unknown_key(value, _SECTION_KEYS)
        get = value.get
        key = "id"
        try:
            section_id = self.new_id(get("id"), "小节", self.seen)
            key = "heading"
            heading = self.text(get("heading"))
            key = "body"
            body = self.block_list(get("body", []))
            key = "children"
            children = self.section_list(get("children", []), depth + 1)
            key = "run_in"
            run_in = get("run_in", False)
            if type(run_in) is not bool:
                raise Invalid("应为 true 或 false")
            key = "budget"
            budget = get("budget")
            if budget is not None:
                budget = integer(budget)
                if budget is None:
                    raise Invalid("应为整数")
                if budget <= 0:
                    raise Invalid("应为正整数")
            key = "comments"
            comments = self.comment_list(get("comments", []), len(body), 1)
        except Invalid as exc:
            raise exc.at(key) from None
        return Section(heading, body, children, run_in, budget, section_id, comments)

    def block_list(self, value: Any) -> list[Block]:
        """A body: paragraphs (strings or {"runs"}) and tables ({"rows"})."""
        if type(value) is not list:
            raise Invalid("应为列表")
        tables = [i for i, item in enumerate(value) if type(item) is dict and "rows" in item]
        if not tables:  # the common body: paragraphs only
            return list(self.paragraph_list(value))
        self.count_paragraphs(len(value) - len(tables))
        out: list[Block] = []
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007 (i names the place of a problem)
                if type(item) is dict and "rows" in item:
                    out.append(self.table(item))
                elif type(item) is str:
                    out.append(Paragraph([Run(self.text(item))] if item else []))
                else:
                    out.append(self.formatted(item))
        except Invalid as exc:
            raise exc.at(i) from None
        return out

    def table(self, value: dict[str, Any]) -> Table:
        if not value.keys() <= _TABLE_KEYS:
            raise unknown_key(value, _TABLE_KEYS)
        self.tables += 1
        if self.tables > DRAFT_MAX_TABLES:
            raise OverLimit(f"表格总数超过 {DRAFT_MAX_TABLES} 个的上限")
        get = value.get
        key = "id"
        try:
            table_id = self.new_id(get("id"), "表格或小节", self.seen)
            key = "caption"
            caption = self.text(get("caption", ""))
            key = "rows"
            rows = self.table_rows(get("rows"))
            key = "header_rows"
            header_rows = self.count(get("header_rows", 1), 0)
            if header_rows > len(rows):
                raise Invalid(f"标题行有 {header_rows} 行，表格只有 {len(rows)} 行")
            key = "col_widths"
            widths = get("col_widths", [])
            if type(widths) is not list:
                raise Invalid("应为列表")
            col_widths = [self.count(w, 1) for w in widths]
            if col_widths and len(col_widths) != len(rows[0]):
                raise Invalid(f"有 {len(col_widths)} 个列宽，表格有 {len(rows[0])} 列")
        except Invalid as exc:
            raise exc.at(key) from None
        try:
            check_merges(rows)
        except Invalid as exc:
            raise exc.at("rows") from None
        return Table(rows, header_rows, caption, col_widths, table_id)

    def table_rows(self, value: Any) -> list[list[Cell]]:
        if type(value) is not list or not value or type(value[0]) is not list:
            raise Invalid("应为列表的列表（每行一个单元格列表，至少一行）")
        cols = len(value[0])
        if not cols:
            raise Invalid("表格至少要有一列", 0)
        if len(value) > TABLE_MAX_ROWS:
            raise OverLimit(f"表格超过 {TABLE_MAX_ROWS} 行的上限")
        if cols > TABLE_MAX_COLS:
            raise OverLimit(f"表格超过 {TABLE_MAX_COLS} 列的上限")
        if len(value) * cols > TABLE_MAX_CELLS:
            raise OverLimit(f"表格超过 {TABLE_MAX_CELLS} 个单元格的上限")
        self.table_cells += len(value) * cols
        if self.table_cells > DRAFT_MAX_TABLE_CELLS:
            raise OverLimit(f"所有表格的单元格总数超过 {DRAFT_MAX_TABLE_CELLS} 个的上限")
        rows = []
        for r, row in enumerate(value):
            if type(row) is not list:
                raise Invalid("应为单元格列表", r)
            if len(row) != cols:
                raise Invalid(f"有 {len(row)} 个单元格，第 1 行有 {cols} 个：每行应一样多", r)
            c = 0
            try:
                rows.append([self.cell(item) for c, item in enumerate(row)])  # noqa: B007
            except Invalid as exc:
                raise exc.at(r, c) from None
        return rows

    def cell(self, value: Any) -> Cell:
        if type(value) is str:
            if not value:
                return Cell()
            self.count_paragraphs(1)
            return Cell([Paragraph([Run(self.text(value))])])
        if type(value) is not dict:
            raise Invalid("应为字符串或对象")
        if not value.keys() <= _CELL_KEYS:
            raise unknown_key(value, _CELL_KEYS)
        get = value.get
        key = "paragraphs"
        try:
            paragraphs = self.paragraph_list(get("paragraphs", []))
            key = "col_span"
            col_span = self.count(get("col_span", 1), 1)
            key = "row_span"
            row_span = self.count(get("row_span", 1), 1)
            key = "covered"
            covered = get("covered", False)
            if type(covered) is not bool:
                raise Invalid("应为 true 或 false")
        except Invalid as exc:
            raise exc.at(key) from None
        return Cell(paragraphs, col_span, row_span, covered)

    def comment_list(self, value: Any, paragraphs: int, depth: int) -> list[Comment]:
        if type(value) is not list:
            raise Invalid("应为列表")
        if not value:
            return []
        if depth > COMMENT_MAX_DEPTH:
            raise OverLimit(f"批注的回复嵌套超过 {COMMENT_MAX_DEPTH} 层的上限")
        self.comments += len(value)
        if self.comments > DRAFT_MAX_COMMENTS:
            raise OverLimit(f"批注总数超过 {DRAFT_MAX_COMMENTS} 条的上限")
        out = []
        i = 0
        try:
            for i, item in enumerate(value):  # noqa: B007
                out.append(self.comment(item, paragraphs, depth))
        except Invalid as exc:
            raise exc.at(i) from None
        return out

    def comment(self, value: Any, paragraphs: int, depth: int) -> Comment:
        if type(value) is not dict:
            raise Invalid("应为对象")
        if not value.keys() <= _COMMENT_KEYS:
            raise unknown_key(value, _COMMENT_KEYS)
        get = value.get
        key = "id"
        try:
            comment_id = self.new_id(get("id"), "批注", self.comment_ids)
            key = "author"
            author = self.text(get("author", ""))
            key = "date"
            date = self.text(get("date", ""))
            if date:
                try:
                    datetime.fromisoformat(date)
                except ValueError:
                    raise Invalid("应为 ISO 8601 日期时间，如 2026-12-02T09:30:00+08:00") from None
            key = "text"
            text = self.text(get("text", ""))
            key = "paragraph"
            paragraph = get("paragraph")
            if paragraph is not None:
                paragraph = integer(paragraph)
                if paragraph is None or not 0 <= paragraph < paragraphs:
                    raise Invalid(f"应为 0 到 {paragraphs - 1} 的段落序号，或 null（标题）")
            key = "start"
            start = self.count(get("start", 0), 0)
            key = "end"
            end = self.count(get("end", start), start)
            key = "quote"
            quote = self.text(get("quote", ""))
            key = "resolved"
            resolved = get("resolved", False)
            if type(resolved) is not bool:
                raise Invalid("应为 true 或 false")
            key = "replies"
            replies = self.comment_list(get("replies", []), paragraphs, depth + 1)
        except Invalid as exc:
            raise exc.at(key) from None
        return Comment(
            comment_id, author, date, text, paragraph, start, end, quote, resolved, replies
        )

    def appendix_list(self, value: Any) -> list[Appendix]:
        if type(value) is not list:
            raise Invalid("应为列表")
        if len(value) > DRAFT_MAX_APPENDICES:
            raise OverLimit(f"附件超过 {DRAFT_MAX_APPENDICES} 个的上限")
        out = []
        for i, item in enumerate(value):
            if type(item) is not dict:
                raise Invalid("应为对象", i)
            if not item.keys() <= _APPENDIX_KEYS:
                raise unknown_key(item, _APPENDIX_KEYS).at(i)
            key = "id"
            try:
                appendix_id = self.new_id(item.get("id"), "附件、表格或小节", self.seen)
                key = "title"
                title = self.text(item.get("title", ""))
                key = "intro"
                intro = self.block_list(item.get("intro", []))
                key = "sections"
                sections = self.section_list(item.get("sections", []), 1)
            except Invalid as exc:
                raise exc.at(i, key) from None
            out.append(Appendix(title, intro, sections, appendix_id))
        return out


def draft_from_dict(data: dict[str, Any], *, strict: bool = True) -> Draft:
    """Build a Draft from a current-version document; raises Invalid on the first problem.

    `strict=False` skips the length and character search of each string, for a document
    whose source shows it cannot hold such a string (see `loads`); the checks of types,
    keys, ids, counts and depth always run.
    """
    return _Reader(strict).draft(data)
