"""规范检查 panel: findings grouped by rule, one click to jump, one click to fix.

Pieces for the main window:

* `CheckPanel` (a QWidget for a dock; give it the outline model to name each finding's
  section by its path of numbers): `set_findings(list)`; signals
  `findingActivated(Finding)` when a finding is clicked and `fixRequested(list)` with the
  findings to fix as ONE undo step.
* `CheckScheduler`: re-checks 600 ms after the last change with an incremental Checker
  and emits `findingsReady(list)`; typing never waits for a check.
* `FixCommand`: an EditCommand applying fixes through the outline model, undoable.
* `CheckController`: wires the four together with the window's model and undo stack.
* `select_in_editor(editor, finding)`: select a finding's text in the SectionEditor.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.checks import RULES, SEVERITY_LABELS, Checker, Finding
from app.core.checks.base import SEVERITIES
from app.core.fixplan import plan_fixes
from app.core.model import Draft
from app.core.place import Place
from app.gui.check_rows import (
    EXCERPT_ROLE,
    PLACE_ROLE,
    SPAN_ROLE,
    FindingRowDelegate,
    PlaceNames,
    SectionPaths,
    marked_excerpt,
    match_span,
    one_line,
    row_height,
)
from app.gui.core_text import tr_core
from app.gui.document.commands import EditCommand, Outline
from app.gui.document.tree_model import SectionTreeModel
from app.gui.labels import rule_title, severity_label
from app.gui.section_editor import SectionEditor
from app.gui.tables.places import document_position

_FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # index into the panel's findings list
_RULE_ROLE = Qt.ItemDataRole.UserRole + 2  # rule id of a group row
_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_SEVERITY_COLOURS = {
    "error": QColor("#b3261e"),
    "warning": QColor("#8a5a00"),
    "info": QColor("#555555"),
}


def fix_preview(finding: Finding) -> str:
    """What the fix will do, in words (shown under the list)."""
    fix = finding.fix
    if fix is None:
        return QCoreApplication.translate("CheckPanel", "此项需要手工修改。")
    if fix.remove_paragraph:
        return QCoreApplication.translate("CheckPanel", "修正：删除这个空段落。")
    shown = finding.matched.replace(" ", "␣").replace("\u3000", "␣")
    if not fix.replacement:
        return QCoreApplication.translate("CheckPanel", "修正：删去“%1”。").replace("%1", shown)
    return (
        QCoreApplication.translate("CheckPanel", "修正：“%1”改为“%2”。")
        .replace("%1", shown)
        .replace("%2", fix.replacement)
    )


class CheckPanel(QWidget):
    """The list of findings. It never changes the draft itself: it asks through signals."""

    findingActivated = Signal(object)  # Finding
    fixRequested = Signal(list)  # list[Finding], to apply as one undo step

    def __init__(self, parent: QWidget | None = None, outline: SectionPaths | None = None) -> None:
        super().__init__(parent)
        self.places = PlaceNames(outline)
        self._findings: list[Finding] = []
        self._collapsed: set[str] = set()  # groups the user closed stay closed on refresh
        self.summary = QLabel(self)
        self.summary.setObjectName("checkSummary")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("checkTree")
        self.tree.setHeaderHidden(True)
        self.tree.setColumnCount(1)
        self.tree.setUniformRowHeights(False)  # a finding takes two lines, a group one
        self.tree.setItemDelegate(FindingRowDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.detail = QLabel(self)
        self.detail.setObjectName("checkDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_button = QPushButton(self)
        self.fix_button.setObjectName("fixButton")
        self.fix_all_button = QPushButton(self)
        self.fix_all_button.setObjectName("fixAllButton")
        self.empty = QLabel(self)
        self.empty.setObjectName("checkEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self._build_layout()
        self.tree.itemClicked.connect(self._on_item_clicked)
        self.tree.itemActivated.connect(self._on_item_clicked)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemCollapsed.connect(
            lambda item: self._collapsed.add(str(item.data(0, _RULE_ROLE)))
        )
        self.tree.itemExpanded.connect(
            lambda item: self._collapsed.discard(str(item.data(0, _RULE_ROLE)))
        )
        self.fix_button.clicked.connect(self.fix_selected)
        self.fix_all_button.clicked.connect(self.fix_all_of_kind)
        self._retranslate()
        self.set_findings([])

    def _retranslate(self) -> None:
        self.tree.setAccessibleName(self.tr("检查结果"))
        self.fix_button.setText(self.tr("修正"))
        self.fix_button.setToolTip(self.tr("修正选中的问题（可撤销）"))
        self.fix_all_button.setText(self.tr("全部修正此类"))
        self.empty.setText(self.tr("未发现问题"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """The interface language changed (设置): every text again, the rows included."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.set_findings(self._findings)
        super().changeEvent(event)

    def _build_layout(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.fix_button)
        buttons.addWidget(self.fix_all_button)
        buttons.addStretch(1)
        results = QWidget(self)
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.tree, 1)
        results_layout.addWidget(self.detail)
        results_layout.addLayout(buttons)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.empty)
        self.pages.addWidget(results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.pages, 1)

    # -- content ------------------------------------------------------------------

    def findings(self) -> list[Finding]:
        return list(self._findings)

    def set_findings(self, findings: list[Finding]) -> None:
        """Show these findings, grouped by rule; keeps the current row where it still exists."""
        current = self.current_finding()
        current_rule = self._current_rule()
        self._findings = list(findings)
        self.tree.clear()
        if not findings:
            self.summary.setText("")
            self.summary.setVisible(False)
            self.pages.setCurrentWidget(self.empty)
            self.detail.setText("")
            self._update_buttons()
            return
        self.summary.setVisible(True)
        self.summary.setText(self._summary_text())
        self.pages.setCurrentIndex(1)
        restore: QTreeWidgetItem | None = None
        self.places.forget()
        height = row_height(self.tree.fontMetrics())
        for rule, indexes in self._groups():
            group = self._group_item(rule, indexes)
            items = []
            for index in indexes:
                item = self._finding_item(self._findings[index], index, height)
                items.append(item)
                if current is not None and self._findings[index] == current:
                    restore = item
            group.addChildren(items)
            group.setExpanded(rule not in self._collapsed)
            if restore is None and rule == current_rule:
                restore = group
        first = restore or self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self._update_buttons()

    def _groups(self) -> list[tuple[str, list[int]]]:
        by_rule: dict[str, list[int]] = {}
        for index, finding in enumerate(self._findings):
            by_rule.setdefault(finding.rule, []).append(index)
        order = {rule: position for position, rule in enumerate(RULES)}
        return sorted(
            by_rule.items(),
            key=lambda kv: (_SEVERITY_ORDER.get(RULES[kv[0]].severity, 3), order.get(kv[0], 999)),
        )

    def _group_item(self, rule: str, indexes: list[int]) -> QTreeWidgetItem:
        title, severity = RULES[rule]
        item = QTreeWidgetItem(
            [self.tr("%1（%2）").replace("%1", rule_title(title)).replace("%2", str(len(indexes)))]
        )
        item.setData(0, _RULE_ROLE, rule)
        item.setSizeHint(0, self._row_size())
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setForeground(0, QBrush(_SEVERITY_COLOURS.get(severity, QColor("black"))))
        item.setToolTip(0, severity_label(SEVERITY_LABELS.get(severity, "")))
        self.tree.addTopLevelItem(item)
        return item

    def _row_size(self) -> QSize:
        """Rows as tall as the outline's: Chinese text needs air between the lines."""
        return QSize(0, self.tree.fontMetrics().height() + 8)

    def _finding_item(self, finding: Finding, index: int, height: int) -> QTreeWidgetItem:
        # Two lines (check_rows): where the finding is, then its match in context.
        place = one_line(self.places.label(finding))
        text = one_line(finding.excerpt)
        placed = self.tr("%1：%2").replace("%1", place)  # "署名：…" / "Issuing authority: …"
        item = QTreeWidgetItem([placed.replace("%2", text)])
        item.setData(0, _FINDING_ROLE, index)
        item.setData(0, PLACE_ROLE, place)
        item.setData(0, EXCERPT_ROLE, text)
        span = match_span(finding)
        item.setData(0, SPAN_ROLE, span)
        marked = marked_excerpt(finding, span)  # the match in 【】: screen readers, tooltips
        item.setData(0, Qt.ItemDataRole.AccessibleTextRole, placed.replace("%2", marked))
        item.setSizeHint(0, QSize(0, height))
        item.setData(0, _RULE_ROLE, finding.rule)
        item.setToolTip(0, f"{place}\n{marked}\n{tr_core(finding.message)}")
        return item

    def _summary_text(self) -> str:
        parts = []
        for severity in SEVERITIES:
            count = sum(1 for f in self._findings if f.severity == severity)
            if count:
                parts.append(self._severity_count(severity, count))
        text = self.tr("共 %n 处问题", "", len(self._findings))
        return self.tr("%1（%2）").replace("%1", text).replace("%2", self.tr("，").join(parts))

    def _severity_count(self, severity: str, count: int) -> str:
        """ "错误 3" / "3 errors": a count needs the plural forms of the language."""
        if severity == "error":
            return self.tr("错误 %n", "", count)
        if severity == "warning":
            return self.tr("警告 %n", "", count)
        return self.tr("提示 %n", "", count)

    # -- selection ---------------------------------------------------------------

    def _finding_of(self, item: QTreeWidgetItem | None) -> Finding | None:
        if item is None:
            return None
        index = item.data(0, _FINDING_ROLE)
        return (
            self._findings[index]
            if isinstance(index, int) and index < len(self._findings)
            else None
        )

    def current_finding(self) -> Finding | None:
        return self._finding_of(self.tree.currentItem())

    def _current_rule(self) -> str | None:
        item = self.tree.currentItem()
        rule = item.data(0, _RULE_ROLE) if item is not None else None
        return str(rule) if rule else None

    def selected_findings(self) -> list[Finding]:
        found = (self._finding_of(item) for item in self.tree.selectedItems())
        return [f for f in found if f is not None]

    def _on_item_clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = self._finding_of(item)
        if finding is not None:
            self.findingActivated.emit(finding)

    def _update_buttons(self) -> None:
        fixable = [f for f in self.selected_findings() if f.fix is not None]
        self.fix_button.setEnabled(bool(fixable))
        rule = self._current_rule()
        same_kind = [f for f in self._findings if f.rule == rule and f.fix is not None]
        self.fix_all_button.setEnabled(bool(same_kind))
        if rule:
            self.fix_all_button.setToolTip(
                self.tr("修正全部 %1 处“%2”（一次撤销即可全部恢复）")
                .replace("%1", str(len(same_kind)))
                .replace("%2", rule_title(RULES[rule].title))
            )
        self._update_detail(rule)

    def _update_detail(self, rule: str | None) -> None:
        finding = self.current_finding()
        if finding is not None:
            self.detail.setText(f"{tr_core(finding.message)}\n{fix_preview(finding)}")
        elif rule:
            total = sum(1 for f in self._findings if f.rule == rule)
            fixable = sum(1 for f in self._findings if f.rule == rule and f.fix is not None)
            self.detail.setText(
                self.tr("“%1”共 %2 处，其中 %3 处可一键修正。")
                .replace("%1", rule_title(RULES[rule].title))
                .replace("%2", str(total))
                .replace("%3", str(fixable))
            )
        else:
            self.detail.setText("")

    # -- fixing ------------------------------------------------------------------

    def fix_selected(self) -> None:
        fixable = [f for f in self.selected_findings() if f.fix is not None]
        if fixable:
            self.fixRequested.emit(fixable)

    def fix_all_of_kind(self) -> None:
        rule = self._current_rule()
        fixable = [f for f in self._findings if f.rule == rule and f.fix is not None]
        if fixable:
            self.fixRequested.emit(fixable)


class CheckScheduler(QObject):
    """Re-check the draft `delay_ms` after the last change; emit `findingsReady(list)`.

    Call `schedule()` on every change (e.g. the tree model's draftEdited, which follows the
    editor's debounced write-back); each call restarts the timer, so a check runs once
    typing pauses. The check runs on the GUI thread (the draft is not thread-safe) and,
    being incremental, takes a few milliseconds on a 100-page draft.
    """

    findingsReady = Signal(list)

    def __init__(
        self,
        draft_provider: Callable[[], Draft | None],
        parent: QObject | None = None,
        delay_ms: int = 600,
        checker: Checker | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft_provider = draft_provider
        self.checker = checker or Checker()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run_now)
        self.enabled = True

    def schedule(self) -> None:
        if self.enabled:
            self.timer.start()

    def run_now(self) -> list[Finding]:
        """Check at once (e.g. when a draft is opened or the panel is shown)."""
        self.timer.stop()
        draft = self._draft_provider()
        findings = [] if draft is None else self.checker.check(draft)
        self.findingsReady.emit(findings)
        return findings

    def set_enabled(self, on: bool) -> None:
        """Pause checking while the panel is hidden (nothing to show)."""
        self.enabled = on
        if not on:
            self.timer.stop()


class CheckController(QObject):
    """Wires a CheckPanel to a window's section tree model and undo stack.

    * edits (model.draftEdited, which follows the editor's write-back; undo/redo through
      the model's stack; a new draft via modelReset) schedule a re-check;
    * findings reach the panel; a clicked finding goes to `navigate(finding)`, which the
      window implements (show the section or intro, then `select_in_editor`);
    * 修正 / 全部修正此类: pending typing is written first (`flush`), then one FixCommand
      goes onto the undo stack and the list is refreshed at once.
    """

    def __init__(
        self,
        panel: CheckPanel,
        model: SectionTreeModel,
        flush: Callable[[], object] = lambda: None,
        navigate: Callable[[Finding], object] = lambda _finding: None,
        delay_ms: int = 600,
    ) -> None:
        super().__init__(panel)
        self.panel, self.model = panel, model
        self._flush, self._navigate = flush, navigate
        self.scheduler = CheckScheduler(model.draft, self, delay_ms)
        self.scheduler.findingsReady.connect(panel.set_findings)
        model.draftEdited.connect(self.scheduler.schedule)
        model.modelReset.connect(self.scheduler.schedule)
        stack = model.undo_stack()
        if stack is not None:
            stack.indexChanged.connect(self.scheduler.schedule)
        panel.findingActivated.connect(self._navigate)
        panel.fixRequested.connect(self.fix)

    def refresh(self) -> list[Finding]:
        """Check now (when the panel is shown or a draft opened)."""
        self._flush()
        return self.scheduler.run_now()

    def fix(self, findings: list[Finding]) -> int:
        """Apply the fixes as one undo step; returns how many took effect."""
        self._flush()
        command = FixCommand(self.model, findings)
        if command.applied:
            self.model.push(command)
        self.scheduler.run_now()
        return command.applied


class FixCommand(EditCommand):
    """Apply fixes as one undo step (app.core.fixplan plans them as edits).

    Undo puts back the exact headings, paragraphs and meta the fixes touched. `applied`
    tells how many fixes took effect (stale findings are skipped); push the command only
    when it is > 0, or just push it: a command that changed nothing undoes nothing.
    """

    def __init__(self, model: Outline, findings: list[Finding], text: str | None = None) -> None:
        count = sum(1 for f in findings if f.fix is not None)
        edits, applied = plan_fixes(model.draft(), findings)
        super().__init__(
            model,
            edits,
            text
            or QCoreApplication.translate("CheckPanel", "修正 %1 处规范问题").replace(
                "%1", str(count)
            ),
        )
        self.applied = applied


def select_in_editor(editor: SectionEditor, finding: Finding) -> bool:
    """Select a finding's text in a SectionEditor already showing its section (or intro).

    Body paragraph n is text block n; a run-in section's first block starts with the
    printed lead ("一是完善制度。"), which the offsets do not count.
    Returns False when the finding is not in what the editor shows.
    """
    loc = finding.location
    if loc.field == Place.HEADING:
        if editor.section is None or editor.section.id != loc.section_id:
            return False
        editor.heading.setFocus()
        editor.heading.setSelection(loc.offset, loc.length)
        return True
    showing_intro = editor.section is None and editor.intro is not None
    if loc.field == Place.INTRO and not showing_intro:
        return False
    if loc.field == Place.BODY and (editor.section is None or editor.section.id != loc.section_id):
        return False
    if loc.field not in (Place.BODY, Place.INTRO):
        return False
    document = editor.body.document()
    # Body places count a table as one block (its offsets run through Table.text's cells).
    start = document_position(document, loc.paragraph, loc.offset, editor.body.lead_length)
    if start is None:
        return False
    cursor = QTextCursor(document)
    cursor.setPosition(min(start, document.characterCount() - 1))
    cursor.setPosition(
        min(start + loc.length, document.characterCount() - 1), QTextCursor.MoveMode.KeepAnchor
    )
    editor.body.setTextCursor(cursor)
    editor.body.ensureCursorVisible()
    editor.body.setFocus()
    return True
