"""The `briefing` command: the library from a terminal, for scripts and for SSH.

The face is `main` (the console entry point). One module per command group; nothing here or
below imports Qt, so the command starts fast and runs where there is no display.
"""

from reader.cli.main import main

__all__ = ["main"]
