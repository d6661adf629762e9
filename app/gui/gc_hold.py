"""Python's garbage collector kept to the GUI thread while a worker thread runs.

A collection runs in whichever thread happens to allocate when it is due. In a worker
thread (the export's QThread, the import's pool job) it can finalize a Qt object the GUI
dropped (a closed dialog's wrapper, a cleared preview's items), and Qt does not survive a
widget deleted off the GUI thread: the export tests crashed in QMessageBox.exec after one.
So: collect now, in the GUI thread, and hold collection off until every worker is done.
Holds nest (an import may start while an export runs).
"""

from __future__ import annotations

import gc

_holds = 0


def hold() -> None:
    """Collect here, then keep the collector off until the matching `release`."""
    global _holds
    if _holds == 0:
        gc.collect()
        gc.disable()
    _holds += 1


def release() -> None:
    """The worker is done: the collector runs again once no other hold is left."""
    global _holds
    if _holds > 0:
        _holds -= 1
    if _holds == 0:
        gc.enable()
