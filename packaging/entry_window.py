"""Frozen-build entry point of the window (PyInstaller needs a script, not a module)."""

import multiprocessing
import sys

from reader.__main__ import main

# The importer parses in worker processes; a frozen executable must recognise when it is
# started as one of them (or as multiprocessing's helper) instead of running the app.
multiprocessing.freeze_support()
sys.exit(main())
