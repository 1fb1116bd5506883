"""The rules of the layout: the core, the CLI and the paths never import Qt, and packages meet
only through their faces (see docs/architecture.md)."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import reader.core

ROOT = Path(__file__).resolve().parents[2]


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


def _imports(path: Path) -> set[str]:
    """Every module name a file imports, with `from a import b` counted as `a.b` too."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _core_packages() -> list[str]:
    core = ROOT / "reader" / "core"
    return sorted(p.parent.name for p in core.glob("*/__init__.py"))


def test_no_package_reaches_into_another_packages_private_modules() -> None:
    """Each core package is used through its face (its `__init__`); its other modules are its
    own business, so they can be split, renamed or rewritten without touching the rest."""
    packages = _core_packages()
    assert {"analysis", "export", "ingest", "search", "store"} <= set(packages)
    module_files = {
        ".".join(p.relative_to(ROOT).with_suffix("").parts): p
        for p in (ROOT / "reader").rglob("*.py")
    }
    breaches = []
    for name, path in sorted(module_files.items()):
        for target in sorted(_imports(path)):
            parts = target.split(".")
            if parts[:2] != ["reader", "core"] or len(parts) < 4 or parts[2] not in packages:
                continue
            if ".".join(parts[:4]) not in module_files:
                continue  # a name from the face, not a module
            if not name.startswith(f"reader.core.{parts[2]}."):
                breaches.append(f"{name} imports {target}")
    assert breaches == []


def _compiled_patterns(folder: Path) -> dict[str, str]:
    """Each pattern a module of `folder` compiles (`re.compile("…")`), with where."""
    found: dict[str, str] = {}
    for path in sorted(folder.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, path.name)
    return found


def test_the_store_repeats_no_pattern_of_the_entity_rules() -> None:
    """The store reads the rules' keys (one organisation under two spellings strips the case
    endings the key stripped): a pattern it copied would drift from the rules' own the day
    those change, and two spellings the rules call one body would stay two rows. The store
    imports the rules' pattern from `reader.core.entities` instead (store may import the
    rules; the rules never import the store)."""
    rules = _compiled_patterns(ROOT / "reader" / "core" / "entities")
    store = _compiled_patterns(ROOT / "reader" / "core" / "store")
    assert len(rules) > 50 and store
    assert {p: (where, rules[p]) for p, where in store.items() if p in rules} == {}
