"""`python -m reader.cli`: the `briefing` command without its launcher."""

import sys

from reader.cli import main

sys.exit(main())
