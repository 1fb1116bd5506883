"""What the parsers would work out alike on every run, kept between runs the way Python keeps
their bytecode: the compiled regexes (`cached_patterns`) and data read from other packages'
files (`kept`: the first-name list, the month names of other languages).

Importing the format readers compiles some 300 patterns, and `re` compiles in Python: 0.7 G
instructions (about 0.15 s of CPU) of every import's start, paid on one core before the
workers fork, and again by every `briefing inspect`. What a compile makes of a pattern is a
list of ints for the regex engine (`_sre`) plus the group names; while `cached_patterns` is
active, `re` takes those from a file and hands them to `_sre.compile` as its own compiler
would, so a pattern is the same object a fresh compile makes (`Pattern` equality compares
the flags and the engine's code: the tests compare every cached pattern with a fresh one).

The file lies where Python writes this package's bytecode (`__pycache__`, or under
PYTHONPYCACHEPREFIX), is written under the same rule (not when `sys.dont_write_bytecode`),
and is keyed by the interpreter's version and the engine's MAGIC: another Python, or a
pattern changed since, finds no entry and is compiled as usual. Nothing is cached for
patterns of bytes, `re.LOCALE` or `re.DEBUG`.
"""

from __future__ import annotations

import _sre
import marshal
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib.util import cache_from_source
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]
from typing import Any, TypeVar, cast

# What makes a stored compile valid: the same interpreter and regex engine.
_KEY = (sys.hexversion, _sre.MAGIC, _sre.CODESIZE)
_UNCACHED = _compiler.SRE_FLAG_LOCALE | _compiler.SRE_FLAG_DEBUG
_LOCK = threading.Lock()

T = TypeVar("T")
Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]


def cache_file() -> Path:
    """Where the compiled patterns are kept: beside this package's bytecode."""
    return Path(cache_from_source(__file__)).with_name(
        f"patterns.{sys.implementation.cache_tag}.marshal"
    )


@contextmanager
def cached_patterns(path: Path | None = None) -> Iterator[None]:
    """Serve `re`'s compiles from the file at `path` (`cache_file()`) while active, and add
    the patterns compiled meanwhile to it after."""
    path = path or cache_file()
    with _LOCK:  # one import at a time patches `re` (imports take the import lock anyway)
        table = _read(path)
        added: dict[tuple[str, int], Entry] = {}
        inner = _compiler.compile

        def compile(pattern: Any, flags: int = 0) -> Any:  # noqa: A001 - `re`'s own name
            if type(pattern) is not str or flags & _UNCACHED:
                return inner(pattern, flags)
            key = (pattern, int(flags))
            try:
                entry = table.get(key)
                if entry is None:
                    entry = added[key] = table[key] = _compiled(pattern, flags)
                return _sre.compile(pattern, *entry)
            except (AttributeError, TypeError):  # `re`'s internals of another Python: as usual
                return inner(pattern, flags)

        _compiler.compile = compile
        try:
            yield
        finally:
            _compiler.compile = inner
            if added and not sys.dont_write_bytecode:
                _write(path, (_KEY, table))


def _compiled(pattern: str, flags: int) -> Entry:
    """What `re._compiler.compile` hands `_sre.compile` after the pattern itself."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # Plain ints: the compiler's opcodes are an int subclass, which marshal does not write.
    return (
        int(flags | parsed.state.flags),
        list(map(int, code)),
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def _read(path: Path) -> dict[tuple[str, int], Entry]:
    try:
        key, table = marshal.loads(path.read_bytes())  # `loads`: `load` from a file is 10× slower
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return table if key == _KEY and isinstance(table, dict) else {}


def _write(path: Path, value: Any) -> None:
    write_whole(path, [marshal.dumps(value)])


def write_whole(path: Path, parts: list[bytes | memoryview]) -> None:
    """`parts` written one after another to a temporary file, renamed to `path` when whole: a
    reader never sees half a file. Nothing is written on a read-only install (the data is
    worked out as usual next time too)."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as out:
            for part in parts:
                out.write(part)
        os.replace(temporary, path)
    except OSError:
        temporary.unlink(missing_ok=True)


def source_key(source: Path, *also: Any) -> tuple[Any, ...]:
    """What makes data kept from the file `source` valid: the same interpreter and regex
    engine, `source` (its path, size and time) and `also` (OSError when there is no `source`)."""
    found = source.stat()
    return (_KEY, str(source), found.st_size, found.st_mtime_ns, *also)


def kept(name: str, source: Path, build: Callable[[], T], also: tuple[Any, ...] = ()) -> T:
    """`build()`, a value read from the data file `source`, kept in a file of its own beside
    the patterns: loaded again while the interpreter, `source` (its path, size and time),
    `build`'s code and `also` (the constants `build` reads beside its code) are unchanged.

    For the first-name list (60,000 names from gender-guesser's 48,000 lines): reading the
    text line by line cost every import's start 0.1 s of CPU, loading the kept set a fifth.
    For the month names of 37 languages from babel's CLDR data: 0.16 s of every import worker
    that met a date in another language, loading the kept table 0.1 ms.
    """
    path = cache_file().with_name(f"{name}.{sys.implementation.cache_tag}.marshal")
    try:
        key = source_key(source, marshal.dumps(build.__code__), marshal.dumps(also))
    except (OSError, ValueError):  # no such file; a function or constants marshal cannot write
        return build()
    try:
        kept_key, value = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        kept_key, value = None, None
    if kept_key == key:
        return cast(T, value)
    built = build()
    if not sys.dont_write_bytecode:
        _write(path, (key, built))
    return built
