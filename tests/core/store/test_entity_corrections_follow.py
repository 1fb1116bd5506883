"""The user's corrections survive a re-index under newer rules exactly, when those rules name
the corrected words anew; a correction whose entry is gone is kept by name.

A real library is indexed by "the rules before" (the real rules with three names as an older
release found them: the party "Liberaldemokratischen Partei" a person, "Apecs", "Ishin-Parteis"),
corrected as a user would (the party made an organisation, "Apecs" hidden as no name, "Komeito"
merged into "Ishin-Parteis"), then indexed again by the real rules. The corrections stayed
keyed by the old names, so their rows went and each was left on nothing: the hidden entry was
listed again, the party showed the rules' name instead of the one the user saw, and "Komeito"
was listed apart under the old name of the entry it was merged into.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.entities import EntityKind
from reader.core.store import Store, entity_repo
from tests.older_rules import as_indexed_by_older_rules

STORY = Path(__file__).resolve().parents[2] / "data" / "stories" / "012_takaichi-elected.txt"
_BEFORE = {  # what the rules before named three of the story's organisations
    "Liberaldemokratische Partei": ("Liberaldemokratischen Partei", EntityKind.PERSON),
    "Ishin-Partei": ("Ishin-Parteis", EntityKind.ORG),
    "Komeito": ("Komeito", EntityKind.ORG),
}
_REAL_READ = entity_repo.read


def _read_as_before(text: str, teaser: str | None, lang: str | None) -> list:  # type: ignore[type-arg]
    found = []
    for entity, spans in _REAL_READ(text, teaser, lang):
        if entity.name in _BEFORE:
            name, kind = _BEFORE[entity.name]
            entity = replace(entity, name=name, key=name.casefold(), kind=kind)
        found.append((entity, spans))
    return found


def _listed(store: Store) -> dict[str, tuple[EntityKind, int, bool]]:
    return {e.name: (e.kind, e.sources, e.hidden) for e in store.entities.list(with_hidden=True)}


@pytest.fixture
def corrected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    """The story indexed by the rules before, with the user's three corrections."""
    (tmp_path / "in").mkdir()
    shutil.copy(STORY, tmp_path / "in" / STORY.name)
    store = Store.open(tmp_path / "lib" / "library.sqlite")
    importer.import_paths(store, [tmp_path / "in"], workers=1)
    with monkeypatch.context() as before:
        before.setattr(entity_repo, "read", _read_as_before)
        store.entities.refresh()
    by_name = {e.name: e.id for e in store.entities.list()}
    fix = store.entities.corrections
    fix.put(fix.change_kind([by_name["Liberaldemokratischen Partei"]], EntityKind.ORG).after)
    fix.put(fix.hide([by_name["Tokio"]]).after)
    fix.put(fix.merge([by_name["Komeito"]], by_name["Ishin-Parteis"]).after)
    yield store
    store.close()


def test_a_renamed_entry_keeps_the_users_corrections(corrected: Store) -> None:
    store = corrected
    seen = _listed(store)
    assert seen["Liberaldemokratischen Partei"] == (EntityKind.ORG, 1, False)
    assert seen["Ishin-Parteis"] == (EntityKind.ORG, 1, False)
    assert "Komeito" not in seen and seen["Tokio"][2]
    as_indexed_by_older_rules(store)
    assert store.entities.refresh() == 1
    now = _listed(store)
    # the kind the user gave, under the name they saw (the rules would say "Liberaldemokratische")
    assert now["Liberaldemokratischen Partei"] == (EntityKind.ORG, 1, False)
    assert "Liberaldemokratische Partei" not in now
    # still one entry with what was merged into it, named as the rules name it now
    assert now["Ishin-Partei"] == (EntityKind.ORG, 1, False)
    assert "Ishin-Parteis" not in now and "Komeito" not in now
    assert store.entities.names(store.entities.find("Ishin-Partei")[0].id) >= {"komeito", "ishin-partei"}
    assert now["Tokio"][2]  # still hidden
    store.entities.refresh()  # nothing to read: all stays
    assert _listed(store) == now


def test_a_hidden_entry_the_rules_rename_stays_hidden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "in").mkdir()
    shutil.copy(STORY, tmp_path / "in" / STORY.name)
    store = Store.open(tmp_path / "lib" / "library.sqlite")
    try:
        importer.import_paths(store, [tmp_path / "in"], workers=1)
        with monkeypatch.context() as before:
            before.setattr(entity_repo, "read", _read_as_before)
            store.entities.refresh()
        (party,) = [e for e in store.entities.list() if e.name == "Ishin-Parteis"]
        fix = store.entities.corrections
        fix.put(fix.hide([party.id]).after)
        as_indexed_by_older_rules(store)
        store.entities.refresh()
        assert _listed(store)["Ishin-Partei"] == (EntityKind.ORG, 1, True)
        assert "Ishin-Partei" not in {e.name for e in store.entities.list()}
        (hidden,) = [e for e in store.entities.list(with_hidden=True) if e.hidden]
        fix.put(fix.restore([hidden.id]).after)  # Restore works on the row the rules name now
        assert _listed(store)["Ishin-Partei"] == (EntityKind.ORG, 1, False)
    finally:
        store.close()


def test_hiding_and_restoring_keeps_the_name_the_user_saw(corrected: Store) -> None:
    store = corrected
    as_indexed_by_older_rules(store)
    store.entities.refresh()
    (party,) = store.entities.find("Liberaldemokratischen Partei")
    fix = store.entities.corrections
    hide = fix.hide([party.id])
    fix.put(hide.after)
    assert _listed(store)["Liberaldemokratischen Partei"] == (EntityKind.ORG, 1, True)
    fix.put(hide.before)  # undo: exactly as it was
    assert _listed(store)["Liberaldemokratischen Partei"] == (EntityKind.ORG, 1, False)
    restore = fix.restore([party.id])
    assert not restore  # nothing to restore: no change planned


def test_a_correction_whose_entry_is_gone_holds_when_a_source_names_it_again(corrected: Store, tmp_path: Path) -> None:
    """Kept by name: deleting the only source and importing it again keeps "Not a name"."""
    store = corrected
    (source_id,) = [s.id for s in store.sources.list()]
    store.sources.delete(source_id)
    store.bin.purge()
    store.entities.refresh()
    assert store.entities.list(with_hidden=True) == []
    again = tmp_path / "again"
    again.mkdir()
    shutil.copy(STORY, again / STORY.name)
    importer.import_paths(store, [again], workers=1)
    store.entities.refresh()  # the real rules: the renamed entries are found by their new names
    listed = _listed(store)
    assert listed["Tokio"][2]  # the same name: hidden again
    assert "Komeito" not in listed  # merged by name into what "Ishin-Parteis" is now


def test_a_corrected_lone_surname_is_not_taken_by_a_full_name(store: Store, tmp_path: Path) -> None:
    """The index renamed a lone surname's row when a full name ending with it arrived
    ("Dempsey" → "Owen Dempsey"), and the user's correction of "Dempsey" was left on nothing."""
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(
        "Harbour\n\nThe cost of the harbour plan was reviewed twice, Dempsey told the council on Monday.\n",
        encoding="utf-8",
    )
    (second / "b.txt").write_text(
        "Engineer\n\nOwen Dempsey, the chief engineer of the port authority, will lead the works, "
        "the authority said on Thursday.\n",
        encoding="utf-8",
    )
    importer.import_paths(store, [first], workers=1)
    store.entities.refresh()
    (dempsey,) = store.entities.list(EntityKind.PERSON)
    fix = store.entities.corrections
    fix.put(fix.change_kind([dempsey.id], EntityKind.ORG).after)
    importer.import_paths(store, [second], workers=1)
    store.entities.refresh()
    assert [(e.name, e.sources) for e in store.entities.list(EntityKind.ORG)] == [("Dempsey", 1)]
    assert [(e.name, e.sources) for e in store.entities.list(EntityKind.PERSON)] == [("Owen Dempsey", 1)]


def test_an_entry_merged_into_a_lone_surname_follows_it_to_the_full_name(store: Store, tmp_path: Path) -> None:
    first, second = tmp_path / "1", tmp_path / "2"
    first.mkdir()
    second.mkdir()
    (first / "a.txt").write_text(
        "Harbour\n\nThe harbour plan was reviewed twice, Dempsey told the council. Owen D. agreed.\n",
        encoding="utf-8",
    )
    (second / "b.txt").write_text(
        "Engineer\n\nOwen Dempsey, the chief engineer of the port authority, will lead the works.\n",
        encoding="utf-8",
    )
    importer.import_paths(store, [first], workers=1)
    store.entities.refresh()
    people = {e.name: e.id for e in store.entities.list(EntityKind.PERSON)}
    assert set(people) == {"Dempsey", "Owen D."}, people
    fix = store.entities.corrections
    fix.put(fix.merge([people["Owen D."]], people["Dempsey"]).after)
    importer.import_paths(store, [second], workers=1)
    store.entities.refresh()
    assert [(e.name, e.sources) for e in store.entities.list(EntityKind.PERSON)] == [("Owen Dempsey", 2)]
