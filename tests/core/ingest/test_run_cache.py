"""The parsers' compiled regexes kept between runs (`run_cache`): a pattern served from the
file is the pattern a fresh compile makes, and a file of another Python is ignored."""

from __future__ import annotations

import _sre
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path
from re import _compiler  # type: ignore[attr-defined]

import pytest

from reader.core.ingest import run_cache
from reader.core.ingest.run_cache import cached_patterns, kept

REPO = Path(__file__).resolve().parents[3]

# Written for this test: inline flags, named groups, look-arounds, classes beyond ASCII.
PATTERNS = [
    (r"(?i)\b(?P<month>jan(?:uary)?|feb(?:ruary)?)\s+(?P<day>\d{1,2})\b", 0),
    (r"^(?:by|von)\s+(?P<name>[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+)*)$", 0),
    (r"(?<![\w.])\d+(?:[.,]\d+)*(?!\w)", re.MULTILINE),
    (r"[«»„“”]\s*(.+?)\s*[«»„“”]", re.DOTALL | re.IGNORECASE),
]
SAMPLES = ["By Anna Müller", "Published Jan 5 and February 17", "Kosten: 3,5 Mio. «Zitat» 12.000"]


def _python(code: str, env: dict[str, str]) -> str:
    """What a fresh interpreter running `code` in the repository prints."""
    done = subprocess.run(
        [sys.executable, "-P", "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def _compile_all() -> list[re.Pattern[str]]:
    re.purge()  # `re`'s own cache would answer before the compiler is asked
    return [re.compile(pattern, flags) for pattern, flags in PATTERNS]


def _same(served: re.Pattern[str], fresh: re.Pattern[str]) -> None:
    # Pattern equality compares the pattern, the flags and the engine's code.
    assert served == fresh
    assert (served.groups, served.groupindex) == (fresh.groups, fresh.groupindex)
    for sample in SAMPLES:
        assert [m.groupdict() or m.group() for m in served.finditer(sample)] == [
            m.groupdict() or m.group() for m in fresh.finditer(sample)
        ]


def test_a_pattern_from_the_file_is_the_one_a_fresh_compile_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    with cached_patterns(path):
        first = _compile_all()  # compiled, and written after
    assert path.exists()
    inner = _compiler.compile
    monkeypatch.setattr(run_cache, "_compiled", lambda *_: pytest.fail("compiled again"))
    with cached_patterns(path):
        served = _compile_all()
    assert _compiler.compile is inner  # `re` is itself again
    for pattern, again, (text, flags) in zip(first, served, PATTERNS, strict=True):
        fresh = _compiler.compile(text, flags)
        _same(pattern, fresh)
        _same(again, fresh)


def test_a_file_of_another_python_or_a_damaged_one_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "patterns.marshal"
    text, flags = PATTERNS[0]
    fresh = _compiler.compile(text, flags)
    wrong: run_cache.Entry = (0, [1], 0, {}, ())  # a broken pattern, if it were used
    path.write_bytes(marshal.dumps(((0, _sre.MAGIC, _sre.CODESIZE), {(text, flags): wrong})))
    with cached_patterns(path):
        _same(_compile_all()[0], fresh)
    path.write_bytes(b"not marshal data")
    with cached_patterns(path):
        _same(_compile_all()[0], fresh)


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    with cached_patterns(tmp_path / "patterns.marshal"):
        _compile_all()
    assert not (tmp_path / "patterns.marshal").exists()


def test_without_the_internals_it_uses_re_compiles_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A later Python may rename `re`'s private compiler steps: the import must still work.
    fresh = _compile_all()

    def renamed(pattern: str, flags: int) -> None:
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(run_cache, "_compiled", renamed)
    with cached_patterns(tmp_path / "p.marshal"):
        served = _compile_all()
    for got, want in zip(served, fresh, strict=True):
        _same(got, want)


def test_every_pattern_the_format_readers_compile_is_served_as_compiled(tmp_path: Path) -> None:
    # A fresh interpreter loads every reader and writes the file (where PYTHONPYCACHEPREFIX says).
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = "from reader.core.ingest import load_formats; load_formats(); from reader.core.ingest.run_cache import cache_file; print(cache_file())"
    path = Path(_python(code, env).strip())
    assert path.is_relative_to(tmp_path)
    key, table = marshal.loads(path.read_bytes())
    assert key == run_cache._KEY and len(table) > 200
    for (text, flags), entry in table.items():
        served, fresh = _sre.compile(text, *entry), _compiler.compile(text, flags)
        assert served == fresh, text
        assert (served.groups, served.groupindex) == (fresh.groups, fresh.groupindex), text


def _words_of(source: Path) -> frozenset[str]:
    return frozenset(source.read_text(encoding="utf-8").split())


def test_a_kept_set_is_read_again_until_its_data_file_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(run_cache, "cache_file", lambda: tmp_path / "patterns.marshal")
    source = tmp_path / "names.txt"
    source.write_text("Anna Berta\n", encoding="utf-8")
    built: list[Path] = []

    def build() -> frozenset[str]:
        built.append(source)
        return _words_of(source)

    assert kept("names", source, build) == {"Anna", "Berta"}
    assert kept("names", source, build) == {"Anna", "Berta"}
    assert len(built) == 1  # the second came from the kept file
    source.write_text("Anna Berta Carla\n", encoding="utf-8")  # another size
    assert kept("names", source, build) == {"Anna", "Berta", "Carla"}
    assert len(built) == 2


def test_the_first_name_list_kept_is_the_list_read(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = (
        "from reader.core.ingest import person_shape as p\n"
        "names = p._first_names()\n"
        "print(len(names), 'jean-pierre' in names, names == p._read_first_names())"
    )
    runs = [
        _python(code, env).split()
        for _ in range(2)  # the first run keeps the set, the second reads it
    ]
    assert list(tmp_path.rglob("first_names.*.marshal"))
    assert runs[0] == runs[1] and runs[0][1:] == ["True", "True"] and int(runs[0][0]) > 50_000


def test_a_kept_value_of_another_python_or_other_constants_is_built_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(run_cache, "cache_file", lambda: tmp_path / "patterns.marshal")
    source = tmp_path / "months.txt"
    source.write_text("mars 3\n", encoding="utf-8")
    built: list[int] = []

    def build() -> dict[str, int]:
        built.append(1)
        word, number = source.read_text(encoding="utf-8").split()
        return {word: int(number)}

    assert kept("months", source, build, ("fr",)) == {"mars": 3}
    assert kept("months", source, build, ("fr",)) == {"mars": 3}
    assert len(built) == 1
    assert kept("months", source, build, ("fr", "es")) == {"mars": 3}  # other constants
    assert len(built) == 2
    monkeypatch.setattr(run_cache, "_KEY", (0, _sre.MAGIC, _sre.CODESIZE))  # another Python
    assert kept("months", source, build, ("fr", "es")) == {"mars": 3}
    assert len(built) == 3


def test_the_month_names_kept_are_those_read_and_need_no_babel(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(tmp_path)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    code = (
        "import sys\n"
        "from reader.core.ingest import month_names as m\n"
        "months = m.foreign_months()\n"
        "print(len(months), 'babel' in sys.modules, months == m._read_foreign_months())"
    )
    first, second = (_python(code, env).split() for _ in range(2))  # kept, then read
    assert list(tmp_path.rglob("foreign_months.*.marshal"))
    assert int(first[0]) > 500 and first[0] == second[0]
    assert first[1:] == ["True", "True"]  # read from babel's CLDR data
    assert second[1:] == ["False", "True"]  # the kept table: babel not even imported
