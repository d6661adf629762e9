"""List the core's translatable messages and hand them to Qt's translation tools.

lupdate reads `self.tr(...)` and `QT_TRANSLATE_NOOP(...)` in the GUI's sources but not
`N_(...)` (app.core.i18n): the core's messages, and the few the GUI makes before a
translator is installed (the damaged-settings warning). This tool finds every `N_` call
in app/ with the parser (`ast`), so adjacent string literals count as the one template
they are, and:

* writes app/gui/core_messages.py: one `QT_TRANSLATE_NOOP("core", template)` per
  template, so the usual `pyside6-lupdate app/gui/*.py …` keeps the context "core" of
  resources/translations/zongjie_en.ts current (new templates come in unfinished, gone
  ones go with -no-obsolete);
* with `--ts FILE`, also merges the templates into FILE's context "core" directly, where
  lupdate is not at hand: new ones as `type="unfinished"`, translations kept, gone ones
  dropped; no other context's messages change, but the file is written in ElementTree's
  layout (lupdate's own run writes it back in its layout).

    python -m app.i18n_extract [--ts resources/translations/zongjie_en.ts]

Then pyside6-lupdate as usual, fill in the English (pyside6-linguist) and run
pyside6-lrelease (see README).
A template that is not a literal cannot be translated: the tool names each one and
exits with 1 (tests/test_core_messages.py fails on them too).
"""

from __future__ import annotations

import argparse
import ast
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

APP = Path(__file__).resolve().parent
MODULE = APP / "gui" / "core_messages.py"
# Modules that define or list N_ rather than use it.
_NOT_USERS = {"i18n.py", "core_messages.py", "i18n_extract.py"}
CONTEXT = "core"
MARKER = "N_"

_HEADER = '''"""Every N_ template of app/, for lupdate (written by `python -m app.i18n_extract`).

Not imported by the app: it only shows lupdate the core's messages under the context
"core", where app.gui.core_text.tr_core looks them up. Do not edit; run the tool again.
"""

# ruff: noqa: E501

from PySide6.QtCore import QT_TRANSLATE_NOOP

# fmt: off
CORE_TEMPLATES = (
'''


@dataclass
class Extracted:
    templates: list[str] = field(default_factory=list)  # first use order, no repeats
    not_literal: list[str] = field(default_factory=list)  # "app/core/x.py:12"


def _is_marker(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Name) and func.id == MARKER) or (
        isinstance(func, ast.Attribute) and func.attr == MARKER
    )


def extract(root: Path = APP) -> Extracted:
    """The literal N_ templates of every module under `root`, core first, in a stable order."""
    found = Extracted()
    seen: set[str] = set()
    modules = sorted(root.rglob("*.py"), key=lambda p: ("core" not in p.parts, p))
    for path in modules:
        if path.name in _NOT_USERS:
            continue
        tree = ast.parse(path.read_text("utf-8"), str(path))
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and _is_marker(n)]
        for call in sorted(calls, key=lambda c: (c.lineno, c.col_offset)):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                if first.value not in seen:
                    seen.add(first.value)
                    found.templates.append(first.value)
            else:
                found.not_literal.append(f"{path.relative_to(root.parent)}:{call.lineno}")
    return found


def module_text(templates: Sequence[str]) -> str:
    """The source of app/gui/core_messages.py for these templates."""
    lines = [f"    QT_TRANSLATE_NOOP({CONTEXT!r}, {template!r}),\n" for template in templates]
    return _HEADER + "".join(lines) + ")\n# fmt: on\n"


def write_module(templates: Sequence[str], path: Path = MODULE) -> bool:
    """Write the module; True when it changed."""
    text = module_text(templates)
    if path.exists() and path.read_text("utf-8") == text:
        return False
    path.write_text(text, "utf-8")
    return True


def core_translations(ts: Path) -> dict[str, tuple[str, bool]]:
    """template -> (translation, finished) of the context "core" of a .ts file."""
    root = ET.parse(ts).getroot()
    found: dict[str, tuple[str, bool]] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text or "" if translation is not None else ""
            kind = translation.get("type") if translation is not None else "unfinished"
            found[message.findtext("source") or ""] = (text, kind is None and bool(text))
    return found


def merge_ts(templates: Sequence[str], ts: Path) -> tuple[int, int]:
    """Put the templates into the .ts's context "core"; (added, dropped)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    context = next((c for c in root.iter("context") if c.findtext("name") == CONTEXT), None)
    old: dict[str, ET.Element] = {}
    if context is None:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = CONTEXT
    else:
        for message in list(context.iter("message")):
            old[message.findtext("source") or ""] = message
            context.remove(message)
    added = 0
    for template in templates:
        kept = old.get(template)
        if kept is None:
            added += 1
            kept = ET.Element("message")
            ET.SubElement(kept, "source").text = template
            ET.SubElement(kept, "translation", type="unfinished")
        context.append(kept)
    dropped = len(set(old) - set(templates))
    # The layout lupdate writes: contexts at the left margin, messages indented by four.
    ET.indent(context, space="    ")
    context.tail = "\n"
    for other in root:
        other.tail = "\n"
    root.text = "\n"
    tree.write(ts, encoding="utf-8", xml_declaration=True, short_empty_elements=False)
    return added, dropped


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m app.i18n_extract", description=__doc__)
    parser.add_argument("--ts", type=Path, help="merge into this .ts file's context core")
    args = parser.parse_args(argv)
    found = extract()
    for place in found.not_literal:
        print(f"{place}: N_ needs a literal template to be translated", file=sys.stderr)
    changed = write_module(found.templates)
    print(f"{len(found.templates)} templates; {MODULE.name} {'written' if changed else 'current'}")
    if args.ts is not None:
        added, dropped = merge_ts(found.templates, args.ts)
        print(f"{args.ts}: {added} new (unfinished), {dropped} gone")
    return 1 if found.not_literal else 0


if __name__ == "__main__":
    sys.exit(main())
