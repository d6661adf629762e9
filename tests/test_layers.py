"""The core imports no Qt: checked on the source and by importing it in a fresh process."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).parents[1] / "app" / "core"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_import_no_qt_and_no_gui() -> None:
    offenders = {}
    for path in CORE.rglob("*.py"):
        bad = {m for m in imported_modules(path) if m.startswith(("PySide6", "PyQt", "app.gui"))}
        if bad:
            offenders[str(path.relative_to(CORE))] = sorted(bad)
    assert offenders == {}


def test_importing_every_core_module_loads_no_qt() -> None:
    modules = sorted(
        "app.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
        for p in CORE.rglob("*.py")
        if p.name != "__init__.py"
    )
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(sorted(k for k in sys.modules if k.startswith('PySide6')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=CORE.parents[1],
    )
    assert out.stdout.strip() == "[]"


# -- the rules of the redesign (issue: the open draft as a session) ------------------------

APP = CORE.parent
GUI = APP / "gui"
DOCUMENT = GUI / "document"
MAX_MODULE_LINES = 500

# The fields that hold what the user wrote. Outside app/core and the document layer no
# code may assign them: every change goes through the DraftSession (undo, autosave, checks).
TEXT_FIELDS = {
    "body",
    "heading",
    "intro",
    "meta",
    "title",
    "subtitle",
    "author",
    "date",
    "attachments",
    "runs",
    "numbering",
    "run_in",
    "budget",
    "sections",
    "children",
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(APP.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def app_modules() -> dict[str, Path]:
    return {module_name(p): p for p in APP.rglob("*.py")}


def import_targets(path: Path, known: set[str]) -> set[str]:
    """The app modules a file imports: at the top, inside functions, under TYPE_CHECKING.
    `from pkg import name` counts pkg, and pkg.name when that is a module."""
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets.update(a.name for a in node.names if a.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module in known:
                targets.add(node.module)
            targets.update(
                f"{node.module}.{a.name}" for a in node.names if f"{node.module}.{a.name}" in known
            )
    return targets


def test_the_import_graph_of_app_has_no_cycle() -> None:
    modules = app_modules()
    graph = {m: import_targets(p, set(modules)) - {m} for m, p in modules.items()}
    cycles: list[list[str]] = []
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()

    def visit(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    assert cycles == []


def test_only_start_up_imports_the_main_window() -> None:
    modules = app_modules()
    importers = sorted(
        m
        for m, p in modules.items()
        if "app.gui.main_window" in import_targets(p, set(modules)) and m != "app.gui.main_window"
    )
    assert importers == ["app.gui.main"]


def test_the_document_layer_imports_no_widget_module() -> None:
    modules = app_modules()
    offenders = {}
    for path in DOCUMENT.rglob("*.py"):
        bad = {
            m
            for m in imported_modules(path)
            if m.startswith("PySide6.QtWidgets")
            or (m.startswith("app.gui.") and not m.startswith("app.gui.document"))
            and m != "app.gui.labels"
        }
        if bad:
            offenders[module_name(path)] = sorted(bad)
    assert offenders == {}
    assert "app.gui.document.session" in modules


def _own_attribute(target: ast.Attribute) -> bool:
    """`self.heading` (a widget's own line edit) or `self._parts.title` (an object's private
    part, e.g. an argparse group): not a draft's field."""
    owner = target.value
    if isinstance(owner, ast.Name):
        return owner.id == "self"
    return (
        isinstance(owner, ast.Attribute)
        and isinstance(owner.value, ast.Name)
        and owner.value.id == "self"
        and owner.attr.startswith("_")
    )


def assigned_text_fields(path: Path, name: str | None = None) -> list[str]:
    """`x.body = …`, `x.intro[:] = …`, `x.meta.title += …` where x is not the bare `self`
    (a widget's own attributes, such as SectionEditor.heading, are not the draft's)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        else:
            continue
        for target in targets:
            for item in target.elts if isinstance(target, ast.Tuple) else [target]:
                base = item.value if isinstance(item, ast.Subscript) else item
                if (
                    isinstance(base, ast.Attribute)
                    and base.attr in TEXT_FIELDS
                    and not _own_attribute(base)
                ):
                    found.append(f"{name or module_name(path)}:{node.lineno} .{base.attr}")
    return found


def test_nothing_outside_the_core_and_the_document_layer_assigns_the_drafts_text() -> None:
    writers = [
        line
        for path in APP.rglob("*.py")
        if not path.is_relative_to(CORE) and not path.is_relative_to(DOCUMENT)
        for line in assigned_text_fields(path)
    ]
    assert writers == []


def test_the_rule_above_sees_an_assignment(tmp_path: Path) -> None:
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def f(editor, draft):\n    editor.section.body = []\n    draft.intro[:] = []\n"
        "    self.heading = None\n    self._group.title = ''\n    self.draft.meta.title = ''\n",
        "utf-8",
    )
    assert assigned_text_fields(probe, "probe") == [
        "probe:2 .body",
        "probe:3 .intro",
        "probe:6 .title",
    ]


def test_no_module_is_over_500_lines() -> None:
    long = {
        module_name(p): n
        for p in APP.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert long == {}
