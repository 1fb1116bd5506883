"""An organisation the library shows by one name is one entry (review of session 40): the 401
pages of a consultant's library listed "VW" twice (one row keyed "volkswagen", where the text
also wrote "Volkswagen", one keyed "vw"), "Tyvak Nano-Satellite Systems" twice and "Dick Clark
Productions" twice, so the window's 4,658 rows were 4,655 names; and the legal form stripped
from a key left the word before it stemmed twice ("tyvak nano-satellit system inc." read
"… syst", "siemen ag" read "siem"), so "Siemens AG" stayed apart from "Siemens"."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.entities import EntityKind
from reader.core.store import Store
from reader.core.store.entity_bodies import form

_VOLKSWAGEN = "Der Autobauer Volkswagen will sparen. VW kündigte an, Stellen zu streichen, teilte VW mit.\n"
_VW = "VW kündigte am Dienstag in Wolfsburg an, weniger Autos zu bauen.\n"


def _orgs(store: Store, tmp_path: Path, texts: list[str]) -> Counter[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for number, text in enumerate(texts, 1):
        (folder / f"{number}.txt").write_text(text, encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)
    store.entities.refresh()
    return Counter(e.name for e in store.entities.list(EntityKind.ORG))


@pytest.mark.parametrize("texts", [[_VOLKSWAGEN, _VW], [_VW, _VOLKSWAGEN]], ids=["volkswagen first", "vw first"])
def test_two_keys_shown_by_one_name_are_one_entry(store: Store, tmp_path: Path, texts: list[str]) -> None:
    orgs = _orgs(store, tmp_path, texts)
    assert orgs["VW"] == 1, orgs
    assert next(e.sources for e in store.entities.list(EntityKind.ORG) if e.name == "VW") == 2


def test_a_company_with_its_legal_form_joins_it_without(store: Store, tmp_path: Path) -> None:
    orgs = _orgs(store, tmp_path, [
        "Shares of Tyvak Nano-Satellite Systems Inc. rose on Tuesday in New York.\n",
        "Tyvak Nano-Satellite Systems plans to build small lunar landers.\n",
        "Die Siemens AG legte am Donnerstag in München ihre Zahlen vor.\n",
        "Der Konzern Siemens will bis 2030 wachsen, teilte Siemens mit.\n",
    ])  # fmt: skip
    assert sum(n for name, n in orgs.items() if name.startswith("Tyvak")) == 1, orgs
    assert sum(n for name, n in orgs.items() if name.startswith("Siemens")) == 1, orgs


def test_the_word_before_a_legal_form_is_stemmed_once() -> None:
    assert form("org", "tyvak nano-satellit system inc.") == form("org", "tyvak nano-satellit systems")
    assert form("org", "siemen ag") == form("org", "siemens")
    assert form("org", "jpmorgan chas & co.") == form("org", "jpmorgan chase")
    assert form("org", "siemen energy ag") != form("org", "siemens")  # another company
    assert form("org", "deutsch bank stiftung") != form("org", "deutsch bank ag")
    assert form("org", "appl records") != form("org", "appl inc.")
    assert form("org", "warn bros") != form("org", "warner")  # "Bros" is no legal form
