"""One organisation of the library under two spellings — with the English article or without,
its words hyphenated or apart — is one row; a library indexed before, where they were two,
becomes one when indexed again, and the user's corrections follow the row that stays."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.entities import RULES_VERSION, EntityKind
from reader.core.store import Store

_SOURCES = {
    "1.txt": ("The company's chief told The Verge on Tuesday that the phone would ship in May.\n"),
    "2.txt": ("Verge reported on Wednesday that the phone had been delayed until June.\n"),
    "3.txt": ("Die Aktivisten von Fridays for Future demonstrierten am Freitag in Köln.\n"),
    "4.txt": ("Schüler der Bewegung Fridays-for-Future streikten am Montag in Bonn.\n"),
}


def _import(store: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in _SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)


def _orgs(store: Store, **listing: object) -> list[tuple[str, int]]:
    return sorted((e.name, e.sources) for e in store.entities.list(EntityKind.ORG, **listing))  # type: ignore[arg-type]


def test_two_spellings_of_one_body_are_one_row(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path)
    store.entities.refresh()
    assert _orgs(store) == [("Fridays for Future", 2), ("The Verge", 2)]


def test_an_old_librarys_two_rows_become_one_with_the_corrections(store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.core.store import entity_repo

    _import(store, tmp_path)
    with monkeypatch.context() as before:  # the release before: one row per spelling
        before.setattr(entity_repo, "same_body", lambda *_args: None)
        store.entities.refresh()
    assert len(_orgs(store)) == 4
    rows = {e.name: e.id for e in store.entities.list(EntityKind.ORG)}
    corrections = store.entities.corrections
    corrections.put(corrections.merge([rows["Verge"]], rows["The Verge"]).after)
    corrections.put(corrections.hide([rows["Fridays-for-Future"]]).after)  # "Not a name"
    assert _orgs(store) == [("Fridays for Future", 1), ("The Verge", 2)]
    with store.write():
        store.db.execute("UPDATE entities SET rules = NULL, form = NULL")
        store.db.execute(f"UPDATE entity_indexed SET text_hash = replace(text_hash, ':{RULES_VERSION}', ':0')")
    store.entities.refresh()
    assert _orgs(store) == [("The Verge", 2)]  # the hidden spelling hides the one row now
    assert _orgs(store, with_hidden=True) == [("Fridays for Future", 2), ("The Verge", 2)]
    kept = store.db.execute("SELECT kind, key, hidden, to_key FROM entity_corrections").fetchall()
    assert kept == [("org", "friday for future", 1, None)]
