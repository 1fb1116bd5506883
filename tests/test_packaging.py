"""The frozen build's spec (packaging/briefing-reader.spec) against what the code imports.

PyInstaller follows imports, not file reads, and leaves out what the spec excludes: a package
whose data files the app reads must be listed for collection, and a Qt module the spec leaves
out must be one the app never imports. Both went wrong unnoticed (the frozen window stopped
at its start without QtNetwork, the frozen `briefing` without stop_words' data). A build takes
minutes; reading the spec and the imports takes a second.

The desktop entry the archive installs is checked by running the scripts themselves: pack.sh on
a stand-in build, install-desktop.sh from the unpacked archive and from a folder whose name
has a space or an & (an entry naming such a path unquoted was written, and the menu could not
start it; the archive had come without the script at all).
"""

from __future__ import annotations

import ast
import functools
import gettext
import importlib.util
import re
import shutil
import subprocess
import sys
import tarfile
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


# The desktop entry (packaging/install-desktop.sh) and the archive it travels in (pack.sh).
APP_ID = "io.github.briefingreader.BriefingReader"
_EXEC_ESCAPES = {"s": " ", "n": "\n", "t": "\t", "r": "\r", "\\": "\\"}


def _exec_argv(value: str) -> list[str]:
    """An Exec= value as the Desktop Entry Specification has a launcher read it, and as strictly
    as GLib does, since CI has no desktop-file-validate: the string's escapes first (any other,
    such as \\" or \\$, makes GLib drop the whole key), then arguments split at spaces, "…"
    quoting one in which \\ escapes " ` $ and \\, then %% read as % (a lone % starts a field
    code; GLib drops an unknown one together with its letter)."""

    def unescape(match: re.Match[str]) -> str:
        assert match[1] in _EXEC_ESCAPES, f"invalid escape \\{match[1]} in the value: {value}"
        return _EXEC_ESCAPES[match[1]]

    text = re.sub(r"\\(.?)", unescape, value, flags=re.DOTALL)
    argv: list[str] = []
    word: str | None = None
    chars = iter(text)
    for char in chars:
        if char == " ":
            if word is not None:
                argv.append(word)
            word = None
        elif char == '"':
            word = word or ""
            for inner in chars:
                if inner == '"':
                    break
                if inner == "\\":
                    inner = next(chars)
                    assert inner in '"`$\\', f"\\{inner} inside quotes: {value}"
                else:
                    assert inner not in "`$", f"{inner} unescaped inside quotes: {value}"
                word += inner
            else:
                raise AssertionError(f"unclosed quote: {value}")
        else:
            assert char not in '"`$\\', f"{char} outside quotes: {value}"
            word = (word or "") + char
    if word is not None:
        argv.append(word)
    for arg in argv:
        assert re.fullmatch(r"%[fFuU]|(?:[^%]|%%)*", arg), f"a lone % in {arg}: {value}"
    return [arg if re.fullmatch(r"%[fFuU]", arg) else arg.replace("%%", "%") for arg in argv]


def _fake_program(path: Path) -> Path:
    path.parent.mkdir(parents=True)
    path.write_text("#!/bin/sh\nexit 0\n", encoding="utf-8")
    path.chmod(0o755)
    return path


def _installed_entry(home: Path) -> dict[str, str]:
    text = (home / ".local/share/applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", home / ".local/share/applications" / f"{APP_ID}.desktop"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        assert checked.returncode == 0, checked.stdout + checked.stderr
    return dict(line.split("=", 1) for line in text.splitlines() if "=" in line)


def _install_desktop(
    script: Path, home: Path, *args: str, cwd: Path, status: int = 0, **env: str
) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        ["bash", str(script), *args], cwd=cwd, capture_output=True, text=True, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(home), **env},
    )  # fmt: skip
    assert done.returncode == status, done.stderr
    return done


@pytest.mark.parametrize(
    "folder", ["Meine Programme", "Kunden & Projekte", 'R&D "alt" $HOME `x` \\ 100%']
)
def test_the_menu_entry_starts_the_program_wherever_it_lies(tmp_path: Path, folder: str) -> None:
    """The menu runs the program the entry names, whatever its folder is called and however the
    path was typed (relative to the folder the script was run in)."""
    program = _fake_program(tmp_path / folder / "briefing-reader" / "briefing-reader")
    home = tmp_path / "home"
    _install_desktop(REPO / "packaging" / "install-desktop.sh", home,
                     f"{folder}/briefing-reader/briefing-reader", cwd=tmp_path)  # fmt: skip
    entry = _installed_entry(home)
    assert _exec_argv(entry["Exec"]) == [str(program), "%F"]
    assert entry["Icon"] == APP_ID
    icon = home / ".local/share/icons/hicolor/scalable/apps" / f"{APP_ID}.svg"
    assert icon.read_bytes() == (REPO / "resources/icons/briefing-reader.svg").read_bytes()


def test_the_unpacked_archive_installs_its_own_menu_entry(tmp_path: Path) -> None:
    """Whoever unpacks the archive has no checkout: install-desktop.sh travels beside the
    executables and takes the entry, icon and metadata from the build's own folder."""
    built = tmp_path / "dist" / "briefing-reader"
    _fake_program(built / "briefing-reader")
    shutil.copytree(REPO / "resources", built / "_internal" / "resources")
    done = subprocess.run(["bash", str(REPO / "packaging" / "pack.sh"), str(tmp_path / "dist"), "9.9"],
                          capture_output=True, text=True, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    (archive,) = (tmp_path / "dist").glob("briefing-reader-9.9-linux-*.tar.gz")
    unpacked = tmp_path / "Downloads"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    script = unpacked / "briefing-reader" / "install-desktop.sh"
    assert script.stat().st_mode & 0o111
    home = tmp_path / "home"
    _install_desktop(script, home, cwd=tmp_path)  # no argument: the build's own window
    window = unpacked / "briefing-reader" / "briefing-reader"
    assert _exec_argv(_installed_entry(home)["Exec"]) == [str(window), "%F"]
    metainfo = home / ".local/share/metainfo" / f"{APP_ID}.metainfo.xml"
    assert metainfo.read_bytes() == (REPO / "resources" / f"{APP_ID}.metainfo.xml").read_bytes()


def test_an_exported_cdpath_changes_nothing(tmp_path: Path) -> None:
    """With CDPATH exported, cd prints the folder it went to, and the scripts' $(cd …) had taken
    that in: the archive's script looked for its resources in a two-line path and failed."""
    built = tmp_path / "briefing-reader"
    program = _fake_program(built / "briefing-reader")
    shutil.copytree(REPO / "resources", built / "_internal" / "resources")
    shutil.copy(REPO / "packaging" / "install-desktop.sh", built)
    home = tmp_path / "home"
    _install_desktop(Path("briefing-reader/install-desktop.sh"), home,
                     "briefing-reader/briefing-reader", cwd=tmp_path, CDPATH=".")  # fmt: skip
    assert _exec_argv(_installed_entry(home)["Exec"]) == [str(program), "%F"]


@pytest.mark.parametrize("folder", ["neue\nProgramme", "Programme\n", "Programme\talt"])
def test_a_path_with_a_line_break_is_refused(tmp_path: Path, folder: str) -> None:
    """A desktop entry holds one key a line and no control characters: such a path is refused
    with a message, and no entry is written (one had been, cut in two, and the script said
    "installed")."""
    _fake_program(tmp_path / folder / "briefing-reader")
    home = tmp_path / "home"
    done = _install_desktop(REPO / "packaging" / "install-desktop.sh", home,
                            f"{folder}/briefing-reader", cwd=tmp_path, status=1)  # fmt: skip
    assert "line break" in done.stderr and "rename the folder" in done.stderr
    assert not (home / ".local/share/applications").exists()


def test_a_percent_sign_in_the_path_is_warned_of(tmp_path: Path) -> None:
    """The entry for "100%" is written as the specification has it, but GLib looks for the
    program with the %% still doubled and leaves it out of GNOME's menu: the user is told."""
    program = _fake_program(tmp_path / "100%" / "briefing-reader")
    home = tmp_path / "home"
    done = _install_desktop(REPO / "packaging" / "install-desktop.sh", home, str(program),
                            cwd=tmp_path)  # fmt: skip
    assert "warning" in done.stderr and "GNOME" in done.stderr
    assert _exec_argv(_installed_entry(home)["Exec"]) == [str(program), "%F"]
    plain = _fake_program(tmp_path / "Programme" / "briefing-reader")
    assert _install_desktop(REPO / "packaging" / "install-desktop.sh", home, str(plain),
                            cwd=tmp_path).stderr == ""  # fmt: skip
