"""What the window loads on start-up, and in which order.

Profiled at 1.3 s of CPU from start to a usable window (1,000 sources), 0.9 s of it imports:
PySide6's import hook reads the source of every module imported after PySide6 (the core's 600
modules), and sqlite_utils loaded numpy, which the window never uses. CPU to a usable window on
the 1,000-source benchmark library (bench_window's child, medians of 5): 1.31 → 0.96 s; with the
parsers' lazy face on main (ef6e121) 1.09 → 0.95 s, peak RSS 147 → 133 MB."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
import reader.ui.app, reader.ui.main_window
loaded = list(sys.modules)
import numpy  # as the language guess of an import loads it (py3langid)
import sqlite_utils
db = sqlite_utils.Database(memory=True)
db["t"].insert({"n": 1})
print(json.dumps({"loaded": loaded, "rows": db["t"].count, "numpy": int(numpy.ones(3).sum())}))
"""


def test_the_window_loads_the_core_before_qt_and_no_numpy() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-P", "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout  # fmt: skip
    seen = json.loads(out.splitlines()[-1])
    loaded = seen["loaded"]
    assert "numpy" not in loaded
    for core in ("reader.core.store", "reader.core.ingest", "reader.core.entities", "reader.core.search"):
        assert loaded.index(core) < loaded.index("PySide6"), core
    assert seen["rows"] == 1  # sqlite_utils works without numpy …
    assert seen["numpy"] == 3  # … and numpy still loads where it is needed
