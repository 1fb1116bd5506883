"""The user's corrections as a list (`EntityCorrections.made`), the orphaned ones too, each taken back
and put back exactly — in a real library of the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.entities import EntityKind, EntitySummary
from reader.core.store import Store


@pytest.fixture
def indexed(store: Store, seeds_dir: Path) -> Store:
    importer.import_paths(store, [seeds_dir], workers=1)
    store.entities.refresh()
    return store


def _named(store: Store, name: str, **listing: object) -> EntitySummary:
    found = next((e for e in store.entities.list(**listing) if e.name == name), None)  # type: ignore[arg-type]
    assert found is not None, name
    return found


def test_every_correction_is_listed_the_orphaned_ones_too_and_each_can_be_taken_back(indexed: Store) -> None:
    store, fix = indexed, indexed.entities.corrections
    nikkei, toyota = _named(store, "Nikkei"), _named(store, "Toyota")
    assert fix.made() == []
    fix.put(fix.hide([nikkei.id]).after)
    fix.put(fix.change_kind([toyota.id], EntityKind.PERSON).after)
    listed = {m.correction.name: m for m in fix.made()}
    assert set(listed) == {"Nikkei", "Toyota"}
    assert listed["Nikkei"].correction.hidden and listed["Nikkei"].present
    assert listed["Toyota"].kind_changed and listed["Toyota"].correction.to_kind == "person"
    # Nikkei's only source deleted: the correction is kept by name, listed as not in the library
    (source_id,) = store.entities.source_ids(nikkei.id)
    store.sources.delete(source_id)
    store.bin.purge()
    store.entities.refresh()
    orphan = next(m for m in fix.made() if m.correction.name == "Nikkei")
    assert not orphan.present
    edit = fix.dropping([orphan.identity])
    fix.put(edit.after)
    assert [m.correction.name for m in fix.made()] == ["Toyota"]
    fix.put(edit.before)  # undo: exactly as it was
    assert {m.correction.name: m.correction for m in fix.made()}["Nikkei"] == orphan.correction
    # a kind change taken back: Toyota is an organisation again, as the rules have it
    fix.put(fix.dropping([listed["Toyota"].identity]).after)
    assert _named(store, "Toyota").kind is EntityKind.ORG


def test_a_merge_is_listed_with_the_entry_it_went_into(indexed: Store) -> None:
    store, fix = indexed, indexed.entities.corrections
    toyota, nikkei = _named(store, "Toyota"), _named(store, "Nikkei")
    fix.put(fix.merge([nikkei.id], toyota.id).after)
    (merge,) = fix.made()
    assert merge.merged and merge.correction.to_name == "Toyota" and merge.correction.name == "Nikkei"
    fix.put(fix.dropping([merge.identity]).after)
    assert _named(store, "Nikkei").kind is EntityKind.ORG
