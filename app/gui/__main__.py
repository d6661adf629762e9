"""`python -m app.gui [DRAFT]` opens the window (like `python -m app` without a command)."""

import sys

from app.gui.main import run

sys.exit(run())
