"""`python -m reader.cli`: the `briefing` command without its launcher."""

from reader.cli import run

run()
