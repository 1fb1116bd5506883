"""Frozen-build entry point of the window (PyInstaller needs a script, not a module)."""

import sys

from reader.__main__ import main

sys.exit(main())
