"""A library built before a rules change takes the new rules' names when it is indexed again.

The index kept the name an entity was first found with, so a user who upgraded still saw
"Bundesministeriums der Verteidigung" after the rules had learned to name German bodies in
the nominative. Here a real library file is written as the release before wrote it (no
`entities.rules` column, the old name, the old rules' version in `entity_indexed`), then
opened (migrated) and indexed again: the name follows the rules, and the user's corrections
(a merge, a kind change with its stored name) are kept as they were.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from reader.core import importer
from reader.core.entities import RULES_VERSION, EntityKind
from reader.core.store import Store
from reader.core.store.schema import MIGRATIONS

_TEXT = (
    "Ein Sprecher des Bundesministeriums der Verteidigung sagte am Montag, die Lieferung der "
    "Panzer werde geprüft. Die Stiftung Warentest hat zwölf Geräte verglichen. "
    "Der Verein Tafel Nord sammelt Spenden.\n"
)


def _old_library(tmp_path: Path) -> Path:
    """A library as the release before left it, indexed under its rules, with old names."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "artikel.txt").write_text(_TEXT, encoding="utf-8")
    path = tmp_path / "lib" / "library.sqlite"
    path.parent.mkdir()
    store = Store.open(path)
    importer.import_paths(store, [tmp_path / "in"], workers=1)
    store.entities.refresh()
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX entities_form")  # what the old release lacked
    conn.execute("ALTER TABLE entities DROP COLUMN form")
    conn.execute("ALTER TABLE entities DROP COLUMN rules")
    conn.execute(
        "UPDATE entities SET name = 'Bundesministeriums der Verteidigung'"
        " WHERE name = 'Bundesministerium der Verteidigung'"
    )
    conn.execute(f"UPDATE entity_indexed SET text_hash = replace(text_hash, ':{RULES_VERSION}', ':{RULES_VERSION - 1}')")
    # The release before had every migration up to the one that named entities by the rules;
    # what later releases added (the story rules' version) it lacked too.
    conn.execute("DROP TABLE story_rules")
    conn.execute(f"PRAGMA user_version = {[m.name for m in MIGRATIONS].index('name_entities_by_rules')}")
    conn.commit()
    conn.close()
    return path


def _names(store: Store) -> dict[str, EntityKind]:
    return {e.name: e.kind for e in store.entities.list()}


def test_an_old_librarys_name_follows_the_rules_when_indexed_again(tmp_path: Path) -> None:
    store = Store.open(_old_library(tmp_path))
    try:
        assert "Bundesministeriums der Verteidigung" in _names(store)  # before the re-index
        assert store.entities.refresh() == 1
        names = _names(store)
        assert "Bundesministerium der Verteidigung" in names
        assert "Bundesministeriums der Verteidigung" not in names
        store.entities.refresh()  # nothing to do: the name stays
        assert "Bundesministerium der Verteidigung" in _names(store)
    finally:
        store.close()


def test_the_users_corrections_survive_the_renaming(tmp_path: Path) -> None:
    store = Store.open(_old_library(tmp_path))
    try:
        listed = {e.name: e for e in store.entities.list()}
        ministry = listed["Bundesministeriums der Verteidigung"]
        warentest = listed["Stiftung Warentest"]
        tafel = next(e for name, e in listed.items() if "Tafel" in name)
        # the user merged the ministry into the foundation (their own choice of name) and
        # made the association a person (named as it was listed then)
        store.entities.corrections.put(store.entities.corrections.merge([ministry.id], warentest.id).after)
        store.entities.corrections.put(store.entities.corrections.change_kind([tafel.id], EntityKind.PERSON).after)
        before = _names(store)
        store.entities.refresh()
        after = _names(store)
        assert after == before  # merged under the name the user chose; the kind change kept
        assert "Bundesministerium der Verteidigung" not in after
        assert after[tafel.name] is EntityKind.PERSON
    finally:
        store.close()
