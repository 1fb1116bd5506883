"""One company named with its legal form in one source and without it in another is one entry
of the library (issue 15, session 40): the 401 pages of a consultant's library listed "Google"
and "Google Inc.", "RWE" and "RWE AG", "SoftBank" and "SoftBank Group Corp", "Boeing" and
"Boeing Co.", "BMW" and "BMW Group" as two entries each. A body whose name only begins like
the company's stays its own."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.entities import EntityKind
from reader.core.store import Store
from reader.core.store.entity_bodies import form

_SOURCES = {
    "1.txt": "Google said on Tuesday that its new phone would ship in May.\n",
    "2.txt": "Shares of Google Inc. rose after the company reported higher advertising revenue.\n",
    "3.txt": "Der Energiekonzern RWE will bis 2030 aus der Kohle aussteigen, teilte RWE mit.\n",
    "4.txt": "Die RWE AG legte am Donnerstag in Essen ihre Zahlen vor.\n",
    "5.txt": "SoftBank Group Corp said it would take control of WeWork after the failed listing.\n",
    "6.txt": "WeWork's largest shareholder, SoftBank, offered a rescue package on Tuesday.\n",
    "7.txt": "The BMW Foundation gave grants to young leaders in Munich this year.\n",
    "8.txt": "Sales at the BMW Group rose in October, the carmaker said in Munich.\n",
}


def _orgs(store: Store, tmp_path: Path) -> dict[str, int]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)
    store.entities.refresh()
    return {e.name: e.sources for e in store.entities.list(EntityKind.ORG)}


def test_a_company_with_and_without_its_legal_form_is_one_entry(
    store: Store, tmp_path: Path
) -> None:
    orgs = _orgs(store, tmp_path)
    assert orgs["Google"] == 2 and "Google Inc." not in orgs
    assert orgs["RWE"] == 2 and "RWE AG" not in orgs
    assert orgs["SoftBank"] == 2 and "SoftBank Group Corp" not in orgs


def test_a_body_that_only_begins_with_the_companys_name_stays_apart(
    store: Store, tmp_path: Path
) -> None:
    orgs = _orgs(store, tmp_path)
    assert orgs.get("BMW Foundation") == 1
    assert "BMW Group" in orgs or "BMW" in orgs  # the group, not merged into the foundation
    assert orgs.get("BMW Group", orgs.get("BMW")) == 1


def test_a_name_that_is_a_legal_form_alone_keeps_it() -> None:
    assert form("org", "group") == "group"  # "the Group said": nothing left to strip to
    assert form("org", "boeing co.") == form("org", "boeing")
    assert form("org", "roku, inc.") == form("org", "roku")
    assert form("org", "bmw foundation") != form("org", "bmw")
