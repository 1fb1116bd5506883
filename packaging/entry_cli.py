"""Frozen-build entry point of the `briefing` command."""

import sys

from reader.cli import main

sys.exit(main())
