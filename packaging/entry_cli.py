"""Frozen-build entry point of the `briefing` command."""

import multiprocessing

from reader.cli import run

# The importer parses in worker processes; a frozen executable must recognise when it is
# started as one of them (or as multiprocessing's helper) instead of running the app.
multiprocessing.freeze_support()
run()
