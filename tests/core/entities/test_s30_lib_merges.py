"""Library-level merges of people: a middle name written in one source and left out in another
is one person; two first names are never one person, and "He" inside a Chinese name
("vice-premier Liu He") is no pronoun cutting the name down to a surname that joins another."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.entities import EntityKind, extract
from reader.core.store import Store
from tests.older_rules import as_indexed_by_older_rules

_SOURCES = {
    "a.txt": "Dr. Harold Quimby, a lung specialist at the clinic in Leeds, said the results were "
    "clear. Quimby said more work was needed before the drug could be sold.\n",
    "b.txt": "Harold James Quimby, a chest physician who led the trial, told reporters on Tuesday "
    "that it had ended early. Quimby added that patients had done well.\n",
    "c.txt": "The skier Meiling Zhou won silver in the pursuit on Sunday. Zhou had been third "
    "the week before in Oslo.\n",
    "d.txt": "Trade talks between the two countries resumed after vice-premier Zhou He arrived in "
    "Washington on Monday, officials said.\n",
    "e.txt": "Harold Peter Quimby, the clinic's founder, retired in 1990. Mary Quimby, his "
    "daughter, runs it today.\n",
}


def _library(store: Store, tmp_path: Path, names: list[str]) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in names:
        (folder / name).write_text(_SOURCES[name], encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)
    store.entities.refresh()
    return sorted(e.name for e in store.entities.list(EntityKind.PERSON))


def test_a_middle_name_left_out_is_the_same_person(store: Store, tmp_path: Path) -> None:
    people = _library(store, tmp_path, ["a.txt", "b.txt"])
    assert people == ["Harold James Quimby"], people  # the fullest form the sources use
    (quimby,) = store.entities.list(EntityKind.PERSON)
    assert quimby.sources == 2


def test_another_middle_name_or_first_name_is_another_person(store: Store, tmp_path: Path) -> None:
    people = _library(store, tmp_path, ["b.txt", "e.txt"])
    assert people == ["Harold James Quimby", "Harold Peter Quimby", "Mary Quimby"], people


def test_a_chinese_given_name_spelt_he_keeps_two_people_apart(store: Store, tmp_path: Path) -> None:
    assert "Zhou He" in {e.name for e in extract(_SOURCES["d.txt"], "en")}
    people = _library(store, tmp_path, ["c.txt", "d.txt"])
    assert people == ["Meiling Zhou", "Zhou He"], people


def test_a_library_indexed_before_merges_when_indexed_again(store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.core.store import entity_repo

    with monkeypatch.context() as before:  # the release before kept one row per whole name
        before.setattr(entity_repo, "joined", lambda *_args: None)
        assert _library(store, tmp_path, ["a.txt", "b.txt"]) == ["Harold James Quimby", "Harold Quimby"]
    as_indexed_by_older_rules(store)
    assert store.entities.refresh() == 2
    assert [(e.name, e.sources) for e in store.entities.list(EntityKind.PERSON)] == [("Harold James Quimby", 2)]


def test_a_lone_surname_indexed_before_joins_the_full_name_when_indexed_again(store: Store, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reader.core.store import entity_repo

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "1.txt").write_text("Quimby said on Monday the clinic would stay open.\n", encoding="utf-8")
    (folder / "2.txt").write_text("Harold Quimby, the clinic's director, said it would close.\n", encoding="utf-8")
    importer.import_paths(store, [folder], workers=1)
    with monkeypatch.context() as before:
        before.setattr(entity_repo, "joined", lambda *_args: None)
        store.entities.refresh()
    assert sorted(e.name for e in store.entities.list(EntityKind.PERSON)) == ["Harold Quimby", "Quimby"]
    as_indexed_by_older_rules(store)
    store.entities.refresh()
    assert [(e.name, e.sources) for e in store.entities.list(EntityKind.PERSON)] == [("Harold Quimby", 2)]
