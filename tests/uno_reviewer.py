"""LibreOffice as a reviewer and as a reader of tracked changes, driven through UNO.

Run with the system python that has Debian's python3-uno (not the venv's):
    /usr/bin/python3 tests/uno_reviewer.py < jobs.json
jobs.json: {"profile": DIR, "author": NAME, "jobs": [JOB, ...]}; prints a JSON list with
one result per job. A JOB is
    {"do": "text", "input": PATH, "changes": "accept" | "reject" | "keep"}
        → {"paragraphs": [...], "styles": [...], "bold": [...], "tables": [[CELL, ...]],
           "redlines": [[TYPE, AUTHOR], ...]}: every body paragraph's text and paragraph
          style, the stretches in bold and each table's cell texts after accepting (or rejecting) all tracked
          changes, as LibreOffice shows them, and the tracked changes it read
    {"do": "review", "input": PATH, "output": PATH, "edits": [EDIT, ...]}
        → {"saved": true}: change recording on, the edits made, saved as Word 2007 XML
An EDIT is {"find": TEXT} plus one of {"replace": TEXT}, {"insert_after": TEXT},
{"delete": true}, {"bold": true}; it works on the first occurrence of TEXT.
One soffice process serves all jobs (its own profile directory: NOTES.md).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

PIPE = f"zongjie_review_{os.getpid()}"
CONNECT_S = 60


def prop(name: str, value: object) -> PropertyValue:
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def url(path: str) -> str:
    return uno.systemPathToFileUrl(os.path.abspath(path))


def start(profile: str) -> tuple[subprocess.Popen, object]:
    office = subprocess.Popen(
        [
            "soffice",
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
            f"--accept=pipe,name={PIPE};urp;",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local
    )
    deadline = time.time() + CONNECT_S
    while True:
        try:
            ctx = resolver.resolve(f"uno:pipe,name={PIPE};urp;StarOffice.ComponentContext")
            return office, ctx
        except Exception:
            if time.time() > deadline or office.poll() is not None:
                raise
            time.sleep(0.3)


def set_author(ctx: object, author: str) -> None:
    """The user name LibreOffice writes as w:author (else "Unknown Author")."""
    provider = ctx.ServiceManager.createInstanceWithContext(
        "com.sun.star.configuration.ConfigurationProvider", ctx
    )
    access = provider.createInstanceWithArguments(
        "com.sun.star.configuration.ConfigurationUpdateAccess",
        (prop("nodepath", "/org.openoffice.UserProfile/Data"),),
    )
    access.setPropertyValue("givenname", author)
    access.setPropertyValue("sn", "")
    access.commitChanges()


def load(desktop: object, path: str) -> object:
    return desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True),))


def paragraphs(doc: object) -> list[str]:
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            out.append(element.getString())
    return out


def styles(doc: object) -> list[str]:
    """Every body paragraph's paragraph style, as LibreOffice names it."""
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            out.append(element.getPropertyValue("ParaStyleName"))
    return out


def dispatch(ctx: object, doc: object, command: str) -> None:
    helper = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, ())


def bold_texts(doc: object) -> list[str]:
    """The texts LibreOffice shows in bold (Asian weight, as Chinese text takes it), one
    entry per stretch of a paragraph."""
    out = []
    enum = doc.getText().createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if not element.supportsService("com.sun.star.text.Paragraph"):
            continue
        stretch = ""
        portions = element.createEnumeration()
        while portions.hasMoreElements():
            portion = portions.nextElement()
            if portion.getPropertyValue("CharWeightAsian") >= 150.0:
                stretch += portion.getString()
            elif stretch:
                out.append(stretch)
                stretch = ""
        if stretch:
            out.append(stretch)
    return out


def tables(doc: object) -> list[list[str]]:
    """Each text table's cell texts, in LibreOffice's cell-name order (A1, B1, …)."""
    out = []
    found = doc.getTextTables()
    for index in range(found.getCount()):
        table = found.getByIndex(index)
        out.append([table.getCellByName(name).getString() for name in table.getCellNames()])
    return out


def redlines(doc: object) -> list[list[str]]:
    """The document's tracked changes as LibreOffice reads them: [type, author]."""
    out = []
    enum = doc.getRedlines().createEnumeration()
    while enum.hasMoreElements():
        redline = enum.nextElement()
        out.append(
            [redline.getPropertyValue("RedlineType"), redline.getPropertyValue("RedlineAuthor")]
        )
    return out


def text_job(ctx: object, desktop: object, job: dict) -> dict:
    doc = load(desktop, job["input"])
    try:
        found = redlines(doc)
        if job["changes"] == "accept":
            dispatch(ctx, doc, ".uno:AcceptAllTrackedChanges")
        elif job["changes"] == "reject":
            dispatch(ctx, doc, ".uno:RejectAllTrackedChanges")
        return {
            "paragraphs": paragraphs(doc),
            "styles": styles(doc),
            "bold": bold_texts(doc),
            "tables": tables(doc),
            "redlines": found,
        }
    finally:
        doc.close(True)


def review_job(desktop: object, job: dict) -> dict:
    doc = load(desktop, job["input"])
    try:
        doc.setPropertyValue("RecordChanges", True)
        for edit in job["edits"]:
            search = doc.createSearchDescriptor()
            search.SearchString = edit["find"]
            found = doc.findFirst(search)
            if found is None:
                raise LookupError(edit["find"])
            if "replace" in edit:
                found.setString(edit["replace"])
            elif "insert_after" in edit:
                end = found.getEnd()
                end.getText().insertString(end, edit["insert_after"], False)
            elif edit.get("delete"):
                found.setString("")
            elif edit.get("bold"):
                # com.sun.star.awt.FontWeight.BOLD; Chinese text takes the Asian weight
                for name in ("CharWeight", "CharWeightAsian"):
                    found.setPropertyValue(name, 150.0)
        doc.storeToURL(url(job["output"]), (prop("FilterName", "MS Word 2007 XML"),))
        return {"saved": True}
    finally:
        doc.close(True)


def main() -> int:
    request = json.load(sys.stdin)
    office, ctx = start(request["profile"])
    try:
        set_author(ctx, request.get("author", "审阅人"))
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        results = []
        for job in request["jobs"]:
            if job["do"] == "text":
                results.append(text_job(ctx, desktop, job))
            else:
                results.append(review_job(desktop, job))
        json.dump(results, sys.stdout, ensure_ascii=False)
        with contextlib.suppress(Exception):  # the bridge may close before it answers
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=20)
        except subprocess.TimeoutExpired:
            office.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
