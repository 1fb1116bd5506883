"""The frozen build's spec (packaging/briefing-reader.spec) against what the code imports.

PyInstaller follows imports, not file reads, and leaves out what the spec excludes: a package
whose data files the app reads must be listed for collection, and a Qt module the spec leaves
out must be one the app never imports. Both went wrong unnoticed (the frozen window stopped
at its start without QtNetwork, the frozen `briefing` without stop_words' data). A build takes
minutes; reading the spec and the imports takes a second.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "briefing-reader.spec"

# Packages the code imports that ship data files the spec need not list, and why.
NOT_LISTED = {
    "PySide6": "PyInstaller's hooks collect Qt's plugins and libraries",
    "shiboken6": "headers and CMake files: nothing read at run time",
    "babel": "PyInstaller's own hook collects its CLDR data",
    "pycountry": "the hook in pyinstaller-hooks-contrib collects its databases and locales",
    "lxml": "the hook in pyinstaller-hooks-contrib; the rest is C headers and Cython sources",
    "markdown_it": "port.yaml, the record of its port, is not read at run time",
}
_CODE_SUFFIXES = {".py", ".pyc", ".pyi", ".so", ".pyd"}


def _spec_value(name: str) -> object:
    """A top-level literal of the spec (a list or dict of strings)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in {SPEC.name}")


def _imported_modules() -> set[str]:
    """Every module the `reader` package imports anywhere (lazily too), by its full name."""
    found: set[str] = set()
    for path in (REPO / "reader").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _data_files(package: str) -> list[Path]:
    spec = importlib.util.find_spec(package)  # finds it without importing it
    folders = list(spec.submodule_search_locations or []) if spec else []
    return [
        path
        for folder in folders
        for path in Path(folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
        and path.suffix not in _CODE_SUFFIXES and path.name != "py.typed"
    ]  # fmt: skip


def test_no_module_the_code_imports_is_excluded() -> None:
    excludes = _spec_value("excludes")
    assert isinstance(excludes, list)
    imported = _imported_modules()
    wrongly = sorted(
        module for module in imported for left_out in excludes
        if module == left_out or module.startswith(f"{left_out}.")
    )  # fmt: skip
    assert wrongly == []


def test_every_package_with_data_files_is_collected() -> None:
    data_packages = _spec_value("data_packages")
    assert isinstance(data_packages, dict)
    tops = {module.split(".")[0] for module in _imported_modules()}
    third_party = tops - set(sys.stdlib_module_names) - {"reader"}
    missing = sorted(
        package for package in third_party
        if package not in data_packages and package not in NOT_LISTED and _data_files(package)
    )  # fmt: skip
    assert missing == []
