"""The one rule: the core, the CLI and the paths never import Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import reader.core


def test_core_and_cli_import_no_qt() -> None:
    modules = [m.name for m in pkgutil.walk_packages(reader.core.__path__, "reader.core.")]
    modules += ["reader.cli", "reader.paths", "reader"]
    assert len(modules) > 10
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'reader.ui')))\n"
        "print(bad)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
