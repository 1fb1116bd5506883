"""The bin: deleted sources listed newest first, brought back whole, or deleted for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core import importer
from reader.core.changes import Changes
from reader.core.ingest import prepare_file
from reader.core.models import ImportStatus
from reader.core.search.engine import search
from reader.core.store import Store

# Every table that holds rows of one source, by the column naming it.
_OF_SOURCE = {
    "source_content": "source_id", "source_tags": "source_id", "highlights": "source_id",
    "notes": "source_id", "story_members": "source_id", "story_profiles": "source_id",
    "entity_sources": "source_id", "entity_mentions": "source_id", "entity_indexed": "source_id",
    "source_revisions": "source_id", "similar_sources": "source_id", "search_rows": "source_id",
}  # fmt: skip


@pytest.fixture
def seeded(store: Store, seeds_dir: Path) -> dict[str, int]:
    """The five seed articles; 000, 001 and 004 report the same event (one story)."""
    results = importer.import_paths(store, [seeds_dir], workers=1)
    store.entities.refresh()
    return {Path(r.path).name[:3]: r.source_id for r in results if r.source_id}


def _rows(store: Store, source_id: int) -> dict[str, int]:
    return {table: store.db.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (source_id,)).fetchone()[0]
            for table, column in _OF_SOURCE.items()}  # fmt: skip


def _others(store: Store, source_id: int) -> dict[str, int]:
    return {table: store.db.execute(f"SELECT count(*) FROM {table} WHERE {column} != ?", (source_id,)).fetchone()[0]
            for table, column in _OF_SOURCE.items()}  # fmt: skip


def _furnish(store: Store, source_id: int) -> int:
    """Two highlights (one annotated), a note, a tag and a briefing quoting the first."""
    first, _ = store.highlights.add(source_id, 0, 20, "key", "Kernaussage")
    store.highlights.add(source_id, 30, 50, "risk")
    store.notes.set(source_id, "Für den Kunden prüfen")
    store.tags.add([source_id], "Japan")
    briefing, _ = store.briefings.create("Q4")
    store.briefings.add_highlights(briefing.id, [first.id])
    return briefing.id


def test_the_bin_lists_deleted_sources_newest_deletion_first_with_what_they_hold(
    store: Store, seeded: dict[str, int]
) -> None:
    assert store.bin.contents() == []
    _furnish(store, seeded["002"])
    store.sources.delete_many([seeded["002"], seeded["003"]])
    store.db.execute("UPDATE sources SET deleted_at = '2026-12-01T09:00:00+00:00' WHERE id = ?", (seeded["002"],))
    store.db.execute("UPDATE sources SET deleted_at = '2026-12-03T09:00:00+00:00' WHERE id = ?", (seeded["003"],))
    listed = store.bin.contents()
    assert [e.id for e in listed] == [seeded["003"], seeded["002"]]
    older = listed[1]
    assert (older.highlights, older.annotations, older.has_note) == (2, 1, True)
    assert (listed[0].highlights, listed[0].annotations, listed[0].has_note) == (0, 0, False)
    assert older.deleted_at.startswith("2026-12-01")
    assert older.title == store.db.execute("SELECT title FROM sources WHERE id = ?", (older.id,)).fetchone()[0]


def test_restore_gives_back_highlights_note_tags_story_search_and_entities(store: Store, seeded: dict[str, int]) -> None:
    tokyo = seeded["000"]
    _furnish(store, tokyo)
    (story_id,) = store.stories.stories()
    before_rows = _rows(store, tokyo)
    word_hits = len(search(store, "Kernaussage"))
    store.sources.delete(tokyo)
    assert search(store, "Kernaussage") == []
    plan, changes = store.bin.restore([tokyo])
    assert plan.ids == (tokyo,) and changes.sources_added == {tokyo}
    assert store.bin.contents() == []
    assert len(store.highlights.for_source(tokyo)) == 2
    assert store.notes.get(tokyo).body == "Für den Kunden prüfen"
    assert tokyo in store.tags.carriers("Japan")
    assert tokyo in store.stories.stories()[story_id]
    assert len(search(store, "Kernaussage")) == word_hits == 1
    assert _rows(store, tokyo) == before_rows
    assert store.check() == []


def test_purge_removes_everything_of_the_source_and_nothing_else(store: Store, seeded: dict[str, int]) -> None:
    gone, kept = seeded["000"], seeded["001"]
    briefing_id = _furnish(store, gone)
    store.highlights.add(kept, 0, 10, "key", "bleibt")
    held = {t for t, n in _rows(store, gone).items() if n}
    assert held == set(_OF_SOURCE) - {"source_revisions", "similar_sources"}  # the seeds have no versions
    store.sources.delete(gone)
    others = _others(store, gone)
    purged, changes = store.bin.purge([gone])
    assert [e.id for e in purged] == [gone]
    assert changes == Changes(purged=frozenset({gone}), briefings=frozenset({briefing_id}))  # no pane showed it
    assert set(_rows(store, gone).values()) == {0}
    assert store.db.execute("SELECT count(*) FROM sources WHERE id = ?", (gone,)).fetchone()[0] == 0
    assert store.briefings.items(briefing_id) == []
    assert _others(store, gone) == others
    assert search(store, "bleibt") != [] and search(store, "Kernaussage") == []
    assert set(store.stories.stories().popitem()[1]) == {kept, seeded["004"]}  # the story goes on without it
    assert store.check() == []


def test_purge_and_restore_leave_live_sources_alone(store: Store, seeded: dict[str, int]) -> None:
    live = seeded["002"]
    _, changes = store.bin.purge([live])
    assert changes.sources_removed == frozenset() and store.sources.get(live) is not None
    plan, _ = store.bin.restore([live, 999])
    assert plan.ids == () and plan.missing == (live, 999)


def test_emptying_the_bin_purges_only_deleted_sources(store: Store, seeded: dict[str, int]) -> None:
    store.sources.delete_many([seeded["000"], seeded["003"]])
    purged, _ = store.bin.purge()
    assert {e.id for e in purged} == {seeded["000"], seeded["003"]}
    assert store.bin.contents() == [] and store.sources.count() == 3


def test_an_article_imported_again_is_no_longer_in_the_bin(store: Store, seeded: dict[str, int], seed_files: list[Path]) -> None:
    binned = seeded["003"]
    store.sources.delete(binned)
    again = importer.import_paths(store, [seed_files[3]], workers=1)[0].source_id
    plan, changes = store.bin.restore([binned])
    assert plan.ids == () and plan.missing == (binned,) and changes.sources_added == frozenset()
    assert store.bin.contents() == [] and store.sources.count() == 5 and store.sources.get(again) is not None


def test_an_article_imported_again_comes_back_from_the_bin_with_the_users_work(
    store: Store, seeded: dict[str, int], seed_files: list[Path]
) -> None:
    """Purged for a fresh copy, a consultant's highlights, annotation, note and tags were gone
    without a word: the import brings the binned source back whole, under its number."""
    tokyo = seeded["000"]
    briefing_id = _furnish(store, tokyo)
    before_rows = _rows(store, tokyo)
    store.sources.delete(tokyo)
    (result,) = importer.import_paths(store, [seed_files[0]], workers=1, tags=["Kunde"])
    assert result.source_id == tokyo and result.from_bin is not None
    assert result.describe() == (
        f"imported #{tokyo}: brought back from the bin with 2 highlights, 1 annotation, its note and 1 tag"
    )
    assert store.bin.contents() == [] and store.sources.count() == 5
    assert [h.annotation for h in store.highlights.for_source(tokyo)].count("Kernaussage") == 1
    assert store.notes.get(tokyo).body == "Für den Kunden prüfen"
    assert store.sources.get(tokyo).tags == ("Japan", "Kunde")  # the import's tag added to its own
    assert len(store.briefings.items(briefing_id)) == 1
    assert _rows(store, tokyo) == {**before_rows, "source_tags": 2}
    assert len(search(store, "Kernaussage")) == 1
    assert store.check() == []


@pytest.mark.parametrize("work", ["highlight", "note", "tag"])
def test_any_of_the_users_work_is_enough_to_bring_it_back(
    store: Store, seeded: dict[str, int], seed_files: list[Path], work: str
) -> None:
    binned = seeded["003"]
    if work == "highlight":
        store.highlights.add(binned, 0, 20, "key")
    elif work == "note":
        store.notes.set(binned, "prüfen")
    else:
        store.tags.add([binned], "Japan")
    store.sources.delete(binned)
    (result,) = importer.import_paths(store, [seed_files[3]], workers=1)
    assert result.source_id == binned and result.from_bin is not None
    assert store.bin.contents() == []


@pytest.mark.parametrize("edit", ["title", "text"])
def test_an_edit_made_in_the_imports_own_second_is_the_users_work(
    store: Store, seeded: dict[str, int], seed_files: list[Path], monkeypatch: pytest.MonkeyPatch, edit: str
) -> None:
    """An edit is read by its time, to the second, after the version came in: made in the same
    second (a script importing, then setting the title), it read as none, and importing the
    article again replaced the binned copy fresh, the edit lost."""
    binned = seeded["003"]
    came = store.db.execute("SELECT imported_at FROM sources WHERE id = ?", (binned,)).fetchone()[0]
    monkeypatch.setattr("reader.core.store.sources.now", lambda: came)  # the clock still in that second
    monkeypatch.setattr("reader.core.store.content.now", lambda: came)
    if edit == "title":
        store.sources.update_metadata(binned, title="Für den Kunden")
    else:
        store.content.set_block_role(binned, 0, "boilerplate")
    store.sources.delete(binned)
    assert [(e.edited, e.holds_work) for e in store.bin.contents()] == [(True, True)]
    (result,) = importer.import_paths(store, [seed_files[3]], workers=1)
    assert result.source_id == binned and result.from_bin is not None and result.from_bin.edited


def test_an_update_in_the_imports_second_is_no_edit_and_an_edit_in_the_updates_is(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Import, update and edit all in one second (a script): the update is not the user's
    work, the edit after it is."""
    revisions = Path(__file__).resolve().parents[2] / "data" / "revisions"
    for module in ("sources", "revision_repo"):
        monkeypatch.setattr(f"reader.core.store.{module}.now", lambda: "2026-12-01T09:00:00+00:00")
    [first] = importer.import_paths(store, [revisions / "ecb-v1.md"], workers=1)
    [updated] = importer.import_paths(store, [revisions / "ecb-v2.md"], workers=1, update=True)
    assert first.source_id is not None and updated.status is ImportStatus.UPDATED
    store.sources.delete(first.source_id)
    assert [(e.edited, e.holds_work) for e in store.bin.contents()] == [(False, False)]
    store.bin.restore([first.source_id])
    store.sources.update_metadata(first.source_id, title="EZB: für den Kunden")
    store.sources.delete(first.source_id)
    assert [(e.edited, e.holds_work) for e in store.bin.contents()] == [(True, True)]


def test_a_blank_note_or_a_deleted_highlight_is_no_work_the_copy_comes_fresh(
    store: Store, seeded: dict[str, int], seed_files: list[Path]
) -> None:
    binned = seeded["003"]
    highlight, _ = store.highlights.add(binned, 0, 20, "key")
    store.highlights.delete(highlight.id)
    store.notes.set(binned, "   ")
    store.sources.delete(binned)
    (result,) = importer.import_paths(store, [seed_files[3]], workers=1)
    assert result.from_bin is None and result.describe() == "imported"
    assert store.db.execute("SELECT count(*) FROM highlights WHERE source_id = ?", (binned,)).fetchone()[0] == 0


def test_a_text_differing_in_case_and_spacing_only_keeps_the_binned_text_and_says_so(
    store: Store, seeded: dict[str, int], seed_files: list[Path], tmp_path: Path
) -> None:
    tokyo = seeded["000"]
    text = store.sources.get(tokyo).raw_text
    store.highlights.add(tokyo, 0, 20, "key")
    store.sources.delete(tokyo)
    changed = tmp_path / seed_files[0].name
    changed.write_text(seed_files[0].read_text(encoding="utf-8").replace("Allianz tritt", "ALLIANZ  tritt"), "utf-8")
    (result,) = importer.import_paths(store, [changed], workers=1)
    assert result.source_id == tokyo and result.from_bin is not None and result.from_bin.text_differs
    assert result.describe().endswith("with 1 highlight; its text kept as it was (this file's differs)")
    assert store.sources.get(tokyo).raw_text == text


def test_every_way_out_of_the_bin_tells_the_stories_too(store: Store, seeded: dict[str, int], seed_files: list[Path]) -> None:
    """Ctrl+Z on a Delete (and the redo of a paste that brought a source back) said nothing of
    stories, where Restore in the bin and an import did: a story open beside it went on
    without the source."""
    tokyo = seeded["000"]
    store.highlights.add(tokyo, 0, 20, "key")
    ways = []
    store.sources.delete(tokyo)
    ways.append(store.sources.undelete(tokyo))
    store.sources.delete(tokyo)
    ways.append(store.bin.restore([tokyo])[1])
    store.sources.delete(tokyo)
    with store.write():
        ways.append(store.sources.add_or_bring_back(prepare_file(seed_files[0]))[1])
    assert all(changes.stories and changes.tags and changes.sources_added == {tokyo} for changes in ways), ways


def test_an_earlier_version_of_a_binned_source_with_work_brings_it_back(store: Store) -> None:
    """Live, the source makes its earlier version a duplicate; binned, that version came in as
    a second copy of the article while the highlights stayed in the bin with the first."""
    revisions = Path(__file__).resolve().parents[2] / "data" / "revisions"
    [first] = importer.import_paths(store, [revisions / "ecb-v1.md"], workers=1)
    assert first.source_id is not None
    store.highlights.add(first.source_id, 0, 20, "key")
    [updated] = importer.import_paths(store, [revisions / "ecb-v2.md"], workers=1, update=True)
    assert updated.status is ImportStatus.UPDATED
    text = store.sources.get(first.source_id).raw_text  # type: ignore[union-attr]
    store.sources.delete(first.source_id)
    [again] = importer.import_paths(store, [revisions / "ecb-v1.md"], workers=1)
    assert again.source_id == first.source_id and again.from_bin is not None and again.from_bin.text_differs
    assert store.sources.count() == 1 and store.sources.get(first.source_id).raw_text == text  # type: ignore[union-attr]


def test_an_earlier_version_of_a_binned_source_without_work_is_imported_and_leaves_it_binned(store: Store) -> None:
    revisions = Path(__file__).resolve().parents[2] / "data" / "revisions"
    [first] = importer.import_paths(store, [revisions / "ecb-v1.md"], workers=1)
    importer.import_paths(store, [revisions / "ecb-v2.md"], workers=1, update=True)
    store.sources.delete(first.source_id)  # type: ignore[arg-type]
    [again] = importer.import_paths(store, [revisions / "ecb-v1.md"], workers=1)
    assert again.source_id != first.source_id and again.from_bin is None
    assert [e.id for e in store.bin.contents()] == [first.source_id]


def test_a_file_failing_in_the_batch_leaves_the_one_brought_back_whole_and_searchable(
    store: Store, seeded: dict[str, int], seed_files: list[Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch is rolled back and stored again file by file: the binned copy comes back once."""
    tokyo = seeded["000"]
    store.highlights.add(tokyo, 0, 20, "key", "Kernaussage")
    store.sources.delete(tokyo)
    (tmp_path / "b.txt").write_text("b headline\n\n" + "Ein ganz anderer Satz hier. " * 40, encoding="utf-8")
    real = store.sources.add_or_bring_back

    def failing_b(prepared, tags=(), **known):  # type: ignore[no-untyped-def]
        if prepared.file_name == "b.txt":
            raise OSError("disk full")
        return real(prepared, tags, **known)

    monkeypatch.setattr(store.sources, "add_or_bring_back", failing_b)
    first, failed = importer.import_paths(store, [seed_files[0], tmp_path / "b.txt"], workers=1)
    assert first.source_id == tokyo and first.from_bin is not None and failed.status is ImportStatus.ERROR
    assert store.bin.contents() == [] and len(search(store, "Kernaussage")) == 1 and store.check() == []


def test_ctrl_c_in_the_batch_leaves_the_copy_in_the_bin_with_its_work(
    store: Store, seeded: dict[str, int], seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    tokyo = seeded["000"]
    store.highlights.add(tokyo, 0, 20, "key", "Kernaussage")
    store.sources.delete(tokyo)
    real = store.sources.add_or_bring_back

    def interrupted(prepared, tags=(), **known):  # type: ignore[no-untyped-def]
        real(prepared, tags, **known)
        raise KeyboardInterrupt  # its rows written, the batch not committed

    monkeypatch.setattr(store.sources, "add_or_bring_back", interrupted)
    with pytest.raises(importer.ImportInterrupted):
        importer.import_paths(store, [seed_files[0]], workers=1)
    assert [(e.id, e.highlights) for e in store.bin.contents()] == [(tokyo, 1)]
    assert search(store, "Kernaussage") == [] and store.check() == []


def test_the_same_article_twice_in_one_import_brings_it_back_once(
    store: Store, seeded: dict[str, int], seed_files: list[Path], tmp_path: Path
) -> None:
    tokyo = seeded["000"]
    store.notes.set(tokyo, "prüfen")
    store.sources.delete(tokyo)
    copy = tmp_path / "kopie.txt"
    copy.write_bytes(seed_files[0].read_bytes() + b"\n")  # other bytes, the same body
    first, second = importer.import_paths(store, [seed_files[0], copy], workers=1, tags=["Kunde"])
    assert (first.source_id, first.from_bin is not None) == (tokyo, True)
    assert (second.status, second.source_id, second.from_bin) == (ImportStatus.DUPLICATE, tokyo, None)
    assert store.sources.count() == 5 and store.bin.contents() == [] and store.check() == []


def test_a_read_only_library_is_never_written(tmp_path: Path, seeds_dir: Path) -> None:
    path = tmp_path / "library.sqlite"
    with Store.open(path) as writable:
        (result, *_) = importer.import_paths(writable, [seeds_dir], workers=1)
        writable.sources.delete(result.source_id)
    reading = Store.open(path, read_only=True)
    try:
        with pytest.raises(Exception, match="readonly"):
            reading.bin.purge()
        with pytest.raises(Exception, match="readonly"):
            reading.bin.restore([result.source_id])
        assert [e.id for e in reading.bin.contents()] == [result.source_id]
    finally:
        reading.close()


def test_a_purge_leaves_a_source_that_changed_while_its_question_stood(store: Store, seeded: dict[str, int]) -> None:
    """The question named what the bin listed; restored, highlighted and deleted again before
    the answer (another window, `briefing`), the source went with work nobody was asked about."""
    binned, other = seeded["003"], seeded["002"]
    store.sources.delete_many([binned, other])
    asked = store.bin.contents()
    store.bin.restore([binned])
    store.highlights.add(binned, 0, 20, "key")
    store.sources.delete(binned)
    gone, changes = store.bin.purge([e.id for e in asked], asked)
    assert [e.id for e in gone] == [other] and changes.purged == {other}
    assert [(e.id, e.highlights) for e in store.bin.contents()] == [(binned, 1)]
