"""`python -m app` opens the window; with arguments it runs a command (see app/cli.py)."""

import sys

from app.cli import main

sys.exit(main())
