"""The frozen build's spec (packaging/briefing-reader.spec) against what the code imports.

PyInstaller follows imports, not file reads, and leaves out what the spec excludes: a package
whose data files the app reads must be listed for collection, and a Qt module the spec leaves
out must be one the app never imports. Both went wrong unnoticed (the frozen window stopped
at its start without QtNetwork, the frozen `briefing` without stop_words' data). A build takes
minutes; reading the spec and the imports takes a second.
"""

from __future__ import annotations

import ast
import functools
import gettext
import importlib.util
import sys
from pathlib import Path

import pytest

from reader.core.data_files import (
    ENGLISH_WORD_LISTS,
    PYCOUNTRY_DATABASES,
    REGION_CATALOGUE_DOMAIN,
    REGION_CATALOGUE_LANGUAGES,
    WORDFREQ_TABLES,
    kept_in_build,
    shipped,
)

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "briefing-reader.spec"

# Packages the code imports that ship data files the spec need not list, and why.
NOT_LISTED = {
    "PySide6": "PyInstaller's hooks collect Qt's plugins and libraries",
    "shiboken6": "headers and CMake files: nothing read at run time",
    # All of it: the metadata dialog names whatever language code a source carries (detected,
    # from the page, typed), and babel's Locale.parse wants that locale's file to exist.
    "babel": "PyInstaller's own hook collects its CLDR data",
    # The spec keeps of it only what reader.core.data_files names (tests below).
    "pycountry": "the hook in pyinstaller-hooks-contrib collects its databases and locales",
    "lxml": "the hook in pyinstaller-hooks-contrib; the rest is C headers and Cython sources",
    "markdown_it": "port.yaml, the record of its port, is not read at run time",
    # Imported by reader.core.ingest.language_model to map the kept language model.
    "numpy": "f2py's and the C API's sources and headers, test data: nothing read at run time",
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


@functools.cache
def _code() -> tuple[tuple[str, ast.Module], ...]:
    """The `reader` package's modules, each parsed once a run (its path in the repository, its
    tree): three tests walk all of them, and parsing them again cost each a few seconds."""
    return tuple(
        (path.relative_to(REPO).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted((REPO / "reader").rglob("*.py"))
    )


@functools.cache
def _imported_modules() -> frozenset[str]:
    """Every module the `reader` package imports anywhere (lazily too), by its full name."""
    found: set[str] = set()
    for _where, tree in _code():
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return frozenset(found)


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


# The packages whose data the spec trims to what reader.core.data_files names.
TRIMMED = ("wordfreq", "english_words", "pycountry")


def _package_folder(package: str) -> Path:
    spec = importlib.util.find_spec(package)
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations)))


def _in_bundle(package: str, path: str | Path) -> str:
    """A file of an installed package as the spec's filter sees it: its path in the bundle."""
    return f"{package}/{Path(path).resolve().relative_to(_package_folder(package).resolve()).as_posix()}"


def _files_the_code_reads() -> list[str]:
    """The data files the code reads from the trimmed packages, as paths in the bundle: each
    found as the package itself finds it for the code's questions."""
    import pycountry
    import wordfreq
    from english_words.util import get_data_file_name

    from reader.core.word_frequency import data_file

    read = []
    for wordlist, languages in WORDFREQ_TABLES.items():
        for lang in languages:
            ours = data_file(lang, wordlist)
            assert ours is not None, (wordlist, lang)
            # wordfreq itself (for words only its tokenizer splits) reads the same table
            theirs = wordfreq.available_languages(wordlist)[lang]
            assert Path(theirs).resolve() == ours.resolve()
            read.append(_in_bundle("wordfreq", ours))
    for source, alpha, lower in ENGLISH_WORD_LISTS.values():
        options = [name for name, on in (("alpha", alpha), ("lower", lower)) if on]
        read.append(f"english_words/data/{get_data_file_name(source, options)}")
    for attribute in PYCOUNTRY_DATABASES:
        read.append(_in_bundle("pycountry", getattr(pycountry, attribute).filename))
    for lang in REGION_CATALOGUE_LANGUAGES:
        found = gettext.find(REGION_CATALOGUE_DOMAIN, pycountry.LOCALES_DIR, languages=[lang])
        if found:  # none: the names stay English (fallback), in the build as here
            read.append(_in_bundle("pycountry", found))
    return read


def test_the_build_keeps_every_data_file_the_code_reads() -> None:
    """reader.core.data_files' filter keeps what the code reads, and only that."""
    read = _files_the_code_reads()
    dropped = [path for path in read if not kept_in_build(path)]
    assert dropped == []
    # and the filter drops the rest of those packages: a file not read is not kept
    for package in TRIMMED:
        kept = {f"{package}/{path}" for path in shipped()[package]}
        assert kept <= set(read)
        assert all((_package_folder(package) / path).is_file() for path in shipped()[package])
    assert not kept_in_build("wordfreq/data/large_nl.msgpack.gz")
    assert kept_in_build("babel/locale-data/sw.dat")


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _literal(args: list[ast.expr], index: int, default: object = None) -> object:
    if index >= len(args):
        return default
    return args[index].value if isinstance(args[index], ast.Constant) else None


def _asks_outside(where: str, node: ast.AST, frequencies: dict[str, str]) -> str | None:
    """What one node of the code asks of those packages' data that data_files does not list;
    `frequencies`: the module's names for word_frequency's functions."""
    if isinstance(node, ast.Import | ast.ImportFrom):
        modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
        if "wordfreq" in {(m or "").split(".")[0] for m in modules}:
            return None if where == "reader/core/word_frequency.py" else "imports wordfreq"
    if isinstance(node, ast.Attribute) and getattr(node.value, "id", None) == "pycountry":
        return None if node.attr in {*PYCOUNTRY_DATABASES, "LOCALES_DIR"} else node.attr
    if not isinstance(node, ast.Call):
        return None
    called = _called(node)
    if called == "get_english_words_set" and where != "reader/core/entities/names.py":
        return called  # names._english_words asks with data_files.ENGLISH_WORD_LISTS
    if called in frequencies:  # zipf(word, lang, wordlist), table(lang, wordlist)
        at = 0 if frequencies[called] == "table" else 1
        lang, wordlist = _literal(node.args, at), _literal(node.args, at + 1, "best")
        if isinstance(lang, str) and lang not in WORDFREQ_TABLES.get(str(wordlist), ()):
            return f"the {wordlist} table of {lang}"
    if called == "translation" and any(getattr(a, "attr", "") == "LOCALES_DIR" for a in node.args):
        if getattr(node.args[0], "id", None) != "REGION_CATALOGUE_DOMAIN":
            return "a pycountry catalogue"
    return None


def test_the_code_asks_only_for_the_listed_data() -> None:
    """The code reaches those packages' data only through reader.core.data_files' constants
    (and `word_frequency.table`, which refuses any other table)."""
    outside = []
    for where, tree in _code():
        frequencies = {
            alias.asname or alias.name: alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module == "reader.core.word_frequency"
            for alias in node.names
        }  # fmt: skip
        if where == "reader/core/word_frequency.py":
            frequencies = {"zipf": "zipf", "table": "table"}
        for node in ast.walk(tree):
            asked = _asks_outside(where, node, frequencies)
            if asked:
                outside.append(f"{where}:{getattr(node, 'lineno', 0)}: {asked}")
    assert outside == []


def test_word_frequency_refuses_a_table_the_build_leaves_out() -> None:
    from reader.core.word_frequency import table, zipf

    with pytest.raises(ValueError, match="WORDFREQ_TABLES"):
        table("nl")
    with pytest.raises(ValueError, match="WORDFREQ_TABLES"):
        zipf("woord", "de", "large")


def test_the_spec_trims_every_analysis_it_collects() -> None:
    """COLLECT takes each analysis' data files through the spec's filter, and the trimmed
    packages are not collected whole besides."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    collect = [
        node for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "COLLECT"
    ]  # fmt: skip
    assert len(collect) == 1
    bare = [
        ast.unparse(arg) for arg in collect[0].args
        if isinstance(arg, ast.Attribute) and arg.attr == "datas"
    ]  # fmt: skip
    trimmed = [
        ast.unparse(arg) for arg in collect[0].args
        if isinstance(arg, ast.Call) and isinstance(arg.func, ast.Name) and arg.func.id == "trimmed"
    ]  # fmt: skip
    assert bare == []
    assert trimmed == ["trimmed(gui.datas)", "trimmed(cli.datas)"]
    # the spec's filter itself, run on the files the code reads and on some it does not
    function = next(
        node for node in tree.body if isinstance(node, ast.FunctionDef) and node.name == "trimmed"
    )
    scope = {"kept_in_build": kept_in_build, "kept": shipped()}
    exec(compile(ast.Module(body=[function], type_ignores=[]), str(SPEC), "exec"), scope)
    read = [(path, f"/site-packages/{path}", "DATA") for path in _files_the_code_reads()]
    assert scope["trimmed"](read) == read
    others = ["wordfreq/data/large_nl.msgpack.gz", "pycountry/databases/iso4217.json"]
    assert scope["trimmed"]([(path, path, "DATA") for path in others]) == []
