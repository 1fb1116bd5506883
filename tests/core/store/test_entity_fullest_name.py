"""A person of the library is named by the fullest form its texts use, whatever order the
sources were imported in: "Owen J. Dempsey" imported first named the row for good, imported
after "Owen John Dempsey" it did not (the index kept the plainer form, or of two as long the
first). A name the user saw when changing the entry's kind stays theirs."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from reader.core import importer
from reader.core.entities import EntityKind
from reader.core.store import Store
from tests.older_rules import as_indexed_by_older_rules

_TEXTS = {
    "plain": "Harbour plan approved\n\nThe port authority approved the harbour plan on Monday. Owen "
    "Dempsey, the authority's chief engineer, said construction would start in spring. Dempsey "
    "said the cost had been reviewed.\n",
    "initial": "Works delayed\n\nThe harbour works are delayed, said Owen J. Dempsey, chief engineer "
    "of the port authority, on Friday. Dempsey blamed the weather.\n",
    "full": "Engineer to lead works\n\nOwen John Dempsey, the chief engineer of the port authority, "
    "will lead the harbour works, the authority said on Thursday. Dempsey joined it in 2009.\n",
}


def _import(store: Store, tmp_path: Path, names: tuple[str, ...]) -> None:
    """Each text imported on its own and indexed before the next, as a user adds articles."""
    for name in names:
        folder = tmp_path / f"import-{name}"
        folder.mkdir()
        (folder / f"{name}.txt").write_text(_TEXTS[name], encoding="utf-8")
        importer.import_paths(store, [folder], workers=1)
        store.entities.refresh()


def _people(store: Store) -> list[tuple[str, int]]:
    return [(e.name, e.sources) for e in store.entities.list(EntityKind.PERSON)]


@pytest.mark.parametrize("order", list(itertools.permutations(_TEXTS)))
def test_the_fullest_form_names_the_person_in_any_import_order(tmp_path: Path, order: tuple[str, ...]) -> None:
    store = Store.open(tmp_path / "lib" / "library.sqlite")
    try:
        _import(store, tmp_path, order)
        assert _people(store) == [("Owen John Dempsey", 3)]
        as_indexed_by_older_rules(store)  # newer rules: every source read again, in the order imported
        assert store.entities.refresh() == 3
        assert _people(store) == [("Owen John Dempsey", 3)]
    finally:
        store.close()


@pytest.mark.parametrize("order", [("initial", "full"), ("full", "initial")])
def test_a_middle_name_written_out_names_the_person_before_its_initial(tmp_path: Path, order: tuple[str, ...]) -> None:
    store = Store.open(tmp_path / "lib" / "library.sqlite")
    try:
        _import(store, tmp_path, order)
        assert _people(store) == [("Owen John Dempsey", 2)]
    finally:
        store.close()


def test_the_name_the_user_saw_when_changing_the_kind_stays(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "lib" / "library.sqlite")
    try:
        _import(store, tmp_path, ("plain",))
        (owen,) = store.entities.list(EntityKind.PERSON)
        corrections = store.entities.corrections
        corrections.put(corrections.change_kind([owen.id], EntityKind.ORG).after)
        _import(store, tmp_path, ("full",))
        assert _people(store) == []
        assert [(e.name, e.sources) for e in store.entities.list(EntityKind.ORG)] == [("Owen Dempsey", 2)]
    finally:
        store.close()
