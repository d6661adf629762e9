"""How a section's 字数 reads in the outline: the count beside its heading, the tooltip,
and whether the section is past its 字数上限.

The outline's count includes the subsections (a parent "一、" shows the total of its
part), the status bar's is the shown text only; so the count of a section with
subsections says so ("共1585字"), a section without any shows its own ("272字"), with
the budget when it has one ("272/300字"). The budget is for the section's own text, as
the checker counts it (app.core.checks.structure), so the tooltip of a parent names
both counts and says which one the budget is for. A count that takes in a table's
caption and cells says so: "共1585字（含表格）", and the tooltip names the tables' part
("其中表格 120 字"); `tables` is that part of the count shown (0: no tables, nothing said).
The strings are translated in the context "SectionTreeModel", where the model's tooltip
had them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def over_budget(own: int, budget: int | None) -> bool:
    """True when the section's own text is longer than its budget (规范检查 warns)."""
    return budget is not None and own > budget


def count_label(
    own: int, total: int, has_children: bool, budget: int | None, tables: int = 0
) -> str:
    """The short count the outline paints beside the heading."""
    if has_children:
        label = QCoreApplication.translate("SectionTreeModel", "共%1字").replace("%1", str(total))
    elif budget is not None:
        label = (
            QCoreApplication.translate("SectionTreeModel", "%1/%2字")
            .replace("%1", str(own))
            .replace("%2", str(budget))
        )
    else:
        label = QCoreApplication.translate("SectionTreeModel", "%1字").replace("%1", str(own))
    if tables:
        label += QCoreApplication.translate("SectionTreeModel", "（含表格）")
    return label


def count_tooltip(
    own: int, total: int, has_children: bool, budget: int | None, tables: int = 0
) -> str:
    """The counts in words (tooltip and screen reader), the budget with them."""
    if has_children:
        text = QCoreApplication.translate(
            "SectionTreeModel", "本节 %1 字，连同下级小节共 %2 字"
        ).replace("%1", str(own))
        text = text.replace("%2", str(total))
    else:
        text = QCoreApplication.translate("SectionTreeModel", "本节 %1 字").replace("%1", str(own))
    if tables:
        text += QCoreApplication.translate("SectionTreeModel", "（其中表格 %1 字）").replace(
            "%1", str(tables)
        )
    if budget is None:
        return text
    if has_children:
        limit = QCoreApplication.translate(
            "SectionTreeModel", "本节（不含下级小节）字数上限 %1 字"
        ).replace("%1", str(budget))
    else:
        limit = QCoreApplication.translate("SectionTreeModel", "字数上限 %1 字").replace(
            "%1", str(budget)
        )
    if over_budget(own, budget):
        limit += QCoreApplication.translate("SectionTreeModel", "，已超出 %1 字").replace(
            "%1", str(own - budget)
        )
    return f"{text}\n{limit}"
