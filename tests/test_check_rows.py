"""规范检查 rows say where a finding is and which text it means (issue 16, broken item 6).

Real widgets and signals (pytest-qt, offscreen): the section's path of numbers before
its heading, 开头 and the meta labels, each row's own match marked (two findings in one
field read differently), and a meta finding opening 文档信息 at its field.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTranslator
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLineEdit, QTreeWidgetItem

from app.core.checks import check_draft
from app.core.draftfile import load_draft
from app.core.model import Draft, Meta, Paragraph, Section
from app.core.numbering import NumberStyle
from app.gui.check_panel import CheckPanel
from app.gui.check_rows import EXCERPT_ROLE, PLACE_ROLE, SPAN_ROLE, match_span
from app.gui.document.tree_model import SectionTreeModel

MATCH_BACKGROUND = QColor("#fde68a")


@pytest.fixture
def draft(sample_draft_path: Path) -> Draft:
    """The sample as a long draft is numbered: 一、/（一）/1., with ×× left in it."""
    draft = load_draft(sample_draft_path)
    draft.numbering = [NumberStyle.CN_DUN, NumberStyle.CN_PAREN, NumberStyle.NUM_DOT]
    second = draft.sections[0].children[1]  # 一、（二）
    second.children.append(
        Section(
            "抓紧抓实疫情防控各项措施", [Paragraph.plain("严格落实××措施，确保零感染。")], id="x1"
        )
    )
    second.children.append(
        Section("建立健全长效机制", [Paragraph.plain("制定《××办法》，明确××职责。")], id="x2")
    )
    draft.intro.append(Paragraph.plain("今年以来,我局认真落实。"))
    draft.meta = Meta(
        title="××局2020年上半年工作总结",
        subtitle="——在××会议上的讲话",
        author="××市××局",
        date="2020年07月01日",
        attachments=["重点工作完成情况表", "××统计表"],
    )
    return draft


@pytest.fixture
def model(draft: Draft) -> SectionTreeModel:
    return SectionTreeModel(draft)


def show_panel(qtbot, model: SectionTreeModel, width: int = 320) -> CheckPanel:  # type: ignore[no-untyped-def]
    panel = CheckPanel(None, model)
    qtbot.addWidget(panel)
    panel.resize(width, 900)
    panel.show()
    panel.set_findings(check_draft(model.draft()))
    return panel


def finding_rows(panel: CheckPanel) -> list[QTreeWidgetItem]:
    rows = []
    for i in range(panel.tree.topLevelItemCount()):
        group = panel.tree.topLevelItem(i)
        rows.extend(group.child(j) for j in range(group.childCount()))
    return rows


def rows_in(panel: CheckPanel, place: str) -> list[QTreeWidgetItem]:
    return [row for row in finding_rows(panel) if row.data(0, PLACE_ROLE) == place]


def row_image(panel: CheckPanel, row: QTreeWidgetItem) -> QImage:
    """The row as the user sees it on the screen."""
    panel.tree.scrollToItem(row)
    QApplication.processEvents()
    rect: QRect = panel.tree.visualItemRect(row)
    return panel.tree.viewport().grab(rect).toImage()


def has_colour(image: QImage, colour: QColor) -> bool:
    return any(
        image.pixelColor(x, y) == colour
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    )


# -- (a) the path of numbers, 开头 and the meta labels ------------------------------------


def test_a_row_names_its_section_by_the_path_of_numbers(qtbot, model: SectionTreeModel) -> None:  # type: ignore[no-untyped-def]
    panel = show_panel(qtbot, model)
    [placeholder] = rows_in(panel, "一、（二）1.抓紧抓实疫情防控各项措施")
    assert (
        placeholder.text(0) == "一、（二）1.抓紧抓实疫情防控各项措施：严格落实××措施，确保零感染…"
    )
    assert len(rows_in(panel, "一、（二）2.建立健全长效机制")) == 2
    assert rows_in(panel, "一、（一）完善制度机制，深化系统党的政治建设")  # 市委委组织部
    assert rows_in(panel, "二、（四）坚持不懈推进全面从严治党") == []  # no finding there
    places = {row.data(0, PLACE_ROLE) for row in finding_rows(panel)}
    assert not any(p.startswith("1.") for p in places)  # never the bare "1.抓紧抓实……"


def test_the_intro_and_the_meta_fields_have_their_own_labels(
    qtbot, model: SectionTreeModel
) -> None:  # type: ignore[no-untyped-def]
    panel = show_panel(qtbot, model)
    places = [row.data(0, PLACE_ROLE) for row in finding_rows(panel)]
    for label in ("开头", "标题", "副标题", "署名", "成文日期", "附件2"):
        assert label in places, label
    [intro] = rows_in(panel, "开头")
    assert intro.text(0) == "开头：今年以来,我局认真落实。"
    [date] = rows_in(panel, "成文日期")
    assert date.text(0) == "成文日期：2020年07月01日"


def test_the_path_follows_a_move_in_the_outline(qtbot, model: SectionTreeModel) -> None:  # type: ignore[no-untyped-def]
    from app.gui.check_panel import CheckController

    panel = CheckPanel(None, model)
    qtbot.addWidget(panel)
    controller = CheckController(panel, model)
    controller.refresh()
    assert rows_in(panel, "一、（二）2.建立健全长效机制")
    model.move_section("x2", "s02", 0)  # under （一）, first
    controller.refresh()
    assert len(rows_in(panel, "一、（一）1.建立健全长效机制")) == 2
    assert rows_in(panel, "一、（二）2.建立健全长效机制") == []


def test_a_finding_of_a_deleted_section_keeps_the_checkers_label(
    qtbot, model: SectionTreeModel
) -> None:  # type: ignore[no-untyped-def]
    stale = check_draft(model.draft())
    model.remove_section("x1")
    panel = CheckPanel(None, model)
    qtbot.addWidget(panel)
    panel.set_findings(stale)  # the list until the next check, 600 ms later
    assert rows_in(panel, "1.抓紧抓实疫情防控各项措施")  # Finding.where: no path to show
    assert len(rows_in(panel, "一、（二）1.建立健全长效机制")) == 2  # numbers as they are now


class _English(QTranslator):
    """Stands in for the .qm file: English for the core's place labels (app.core.place)."""

    WORDS = {
        "开头": "Opening",
        "标题": "Title",
        "署名": "Issuer",
        "附件{number}": "Attachment {number}",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
        if context == "core" and source in self.WORDS:
            return self.WORDS[source]
        return ""


def test_the_place_labels_go_through_the_translator(qtbot, model: SectionTreeModel) -> None:  # type: ignore[no-untyped-def]
    english = _English()
    QApplication.installTranslator(english)
    try:
        panel = show_panel(qtbot, model)
        places = [row.data(0, PLACE_ROLE) for row in finding_rows(panel)]
        assert {"Opening", "Title", "Issuer", "Attachment 2"} <= set(places)
        assert "署名" not in places
    finally:
        QApplication.removeTranslator(english)


# -- (b) each row shows its own match --------------------------------------------------------


def test_two_findings_in_one_field_read_differently(qtbot, model: SectionTreeModel) -> None:  # type: ignore[no-untyped-def]
    panel = show_panel(qtbot, model)
    first, second = rows_in(panel, "署名")
    read = Qt.ItemDataRole.AccessibleTextRole
    assert first.data(0, read) == "署名：【××】市××局"
    assert second.data(0, read) == "署名：××市【××】局"
    assert "××市【××】局" in second.toolTip(0) and "【××】市××局" in first.toolTip(0)
    assert (first.data(0, SPAN_ROLE), second.data(0, SPAN_ROLE)) in (
        ((0, 2), (3, 2)),
        ([0, 2], [3, 2]),
    )
    # On the screen: the same words, the highlight on a different ××.
    one, other = row_image(panel, first), row_image(panel, second)
    assert has_colour(one, MATCH_BACKGROUND) and has_colour(other, MATCH_BACKGROUND)
    assert one != other


def test_the_match_is_marked_inside_a_cut_excerpt(qtbot, model: SectionTreeModel) -> None:  # type: ignore[no-untyped-def]
    panel = show_panel(qtbot, model)
    first, second = rows_in(panel, "一、（二）2.建立健全长效机制")
    read = Qt.ItemDataRole.AccessibleTextRole
    assert first.data(0, read).endswith("制定《【××】办法》，明确××…")
    assert second.data(0, read).endswith("…××办法》，明确【××】职责。")
    [word] = rows_in(panel, "一、（四）强化正向激励，发挥典型示范引领作用")
    assert "局属系统【系统】榜样" in word.data(0, read)


def test_match_span_points_into_the_excerpt(draft: Draft) -> None:
    for finding in check_draft(draft):
        span = match_span(finding)
        if finding.matched:
            assert span is not None, finding
            start, length = span
            assert finding.excerpt[start : start + length] == finding.matched
    empty_heading = Draft(sections=[Section("", [Paragraph.plain("正文。")], id="e")])
    [empty] = [f for f in check_draft(empty_heading) if f.excerpt == "（空）"]
    assert match_span(empty) is None


def test_a_narrow_dock_keeps_every_match_in_view(qtbot, model: SectionTreeModel) -> None:  # type: ignore[no-untyped-def]
    panel = show_panel(qtbot, model, width=230)
    rows = [row for row in finding_rows(panel) if row.data(0, SPAN_ROLE) is not None]
    assert len(rows) >= 10
    for row in rows:
        assert has_colour(row_image(panel, row), MATCH_BACKGROUND), row.text(0)
    tall = panel.tree.visualItemRect(rows[0]).height()
    assert tall >= 2 * panel.tree.fontMetrics().height()  # two lines: place, then match
    assert rows[0].data(0, EXCERPT_ROLE) in rows[0].text(0)


# -- (c) a meta finding opens 文档信息 at its field ------------------------------------------


@pytest.fixture
def window(guarded_windows, sample_copy: Path, draft: Draft):  # type: ignore[no-untyped-def]
    """The sample open in a window, its meta with ×× (one undo step), 规范检查 shown."""
    from gui_helpers import new_window

    win = new_window()
    assert win.open_path(sample_copy) is win
    win.session.set_meta(draft.meta, "test")
    win.checks.toggle(True)
    return win


def open_from_row(qtbot, window, place: str, which: int = 0) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """Click the finding row; answer the 文档信息 dialog once its focus is set (Cancel)."""
    from gui_helpers import on_next_dialog, run_until

    from app.gui.doc_info import DocInfoDialog

    panel = window.check_dock.widget()
    row = rows_in(panel, place)[which]
    seen: dict[str, object] = {}

    def look(dialog: DocInfoDialog) -> None:  # type: ignore[override]
        run_until(lambda: dialog._focus is None, 2000)
        focused = dialog.focusWidget()
        seen["focus"] = focused
        seen["dialog"] = dialog
        if isinstance(focused, QLineEdit):
            seen["selected"] = (focused.selectedText(), focused.selectionStart())
        elif focused is dialog.title:
            cursor = dialog.title.textCursor()
            seen["selected"] = (cursor.selectedText(), cursor.selectionStart())
        seen["row"] = dialog.attachments.currentRow()
        dialog.reject()

    shown = on_next_dialog(DocInfoDialog, look)  # type: ignore[arg-type]
    panel.tree.scrollToItem(row)
    rect = panel.tree.visualItemRect(row)
    qtbot.mouseClick(
        panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() + QPoint(0, 0)
    )
    assert shown, "文档信息 did not open"
    return seen


def test_an_author_finding_focuses_the_author_line_on_its_own_placeholder(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    first = open_from_row(qtbot, window, "署名", 0)
    dialog = first["dialog"]
    assert first["focus"] is dialog.author  # type: ignore[attr-defined]
    assert first["selected"] == ("××", 0)
    second = open_from_row(qtbot, window, "署名", 1)
    assert second["focus"] is second["dialog"].author  # type: ignore[attr-defined]
    assert second["selected"] == ("××", 3)
    assert window.draft.meta.author == "××市××局"  # Cancel changed nothing


def test_date_title_and_subtitle_findings_focus_their_fields(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    date = open_from_row(qtbot, window, "成文日期")
    assert date["focus"] is date["dialog"].date  # type: ignore[attr-defined]
    assert date["selected"] == ("2020年07月01日", 0)
    title = open_from_row(qtbot, window, "标题")
    assert title["focus"] is title["dialog"].title  # type: ignore[attr-defined]
    assert title["selected"] == ("××", 0)
    subtitle = open_from_row(qtbot, window, "副标题")
    assert subtitle["focus"] is subtitle["dialog"].subtitle  # type: ignore[attr-defined]
    assert subtitle["selected"] == ("××", 3)


def test_an_attachment_finding_selects_its_row_and_its_placeholder(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    seen = open_from_row(qtbot, window, "附件2")
    dialog = seen["dialog"]
    assert seen["row"] == 1
    editor = seen["focus"]
    assert isinstance(editor, QLineEdit) and editor.parent() is dialog.attachments.viewport()  # type: ignore[attr-defined]
    assert editor.text() == "××统计表" and seen["selected"] == ("××", 0)


def test_the_menu_opens_the_dialog_on_the_title_as_before(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from gui_helpers import on_next_dialog

    from app.gui.doc_info import DocInfoDialog

    seen: list[object] = []

    def look(dialog: DocInfoDialog) -> None:
        QApplication.processEvents()
        seen.append(dialog.focusWidget())
        dialog.reject()

    shown = on_next_dialog(DocInfoDialog, look)  # type: ignore[arg-type]
    window.edit_doc_info()
    assert shown and seen[0] is shown[0].title  # type: ignore[attr-defined]
