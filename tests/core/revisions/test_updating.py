"""Updating a source in place from a newer version of its article, on real library files.

The clippings in tests/data/revisions are hand-written: `ecb-v1.md` and its update `ecb-v2.md`
(the same page with its address spelled differently; a line inserted at the top, a figure
changed 4.5 → 4.75, "could not" → "cannot", the Team Alpha paragraph deleted while its twin
Team Beta stays), and `ecb-wire-other-outlet.md`, the same wire story in another outlet.
Expected places and counts below were worked out by hand from those files.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.importer import ImportStopped, import_paths
from reader.core.models import AnchorStatus, ImportStatus
from reader.core.store import Store

DATA = Path(__file__).resolve().parents[2] / "data" / "revisions"
V1, V2, WIRE = DATA / "ecb-v1.md", DATA / "ecb-v2.md", DATA / "ecb-wire-other-outlet.md"

QUOTES = {
    "moved": "the third increase this year",  # words unchanged, pushed down by the new line
    "figure": "4.5 percent in October",  # becomes "4.75 percent in October"
    "wording": "they could not verify the promises",  # becomes "they cannot verify the promises"
    "alpha": "Team Alpha raised its market share in the third quarter by twelve percent",  # deleted
    "beta": "by eleven percent",  # kept, moved
    "markets": "Markets in Frankfurt closed slightly higher",  # kept, moved
}


def _highlight(store: Store, source_id: int, quote: str, note: str = "") -> int:
    text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    start = text.index(quote)
    highlight, _ = store.highlights.add(source_id, start, start + len(quote), "key", note)
    return highlight.id


@pytest.fixture
def library(tmp_path: Path) -> tuple[Store, int, dict[str, int]]:
    store = Store.open(tmp_path / "library.sqlite")
    [result] = import_paths(store, [V1], tags=["ECB"])
    assert result.status is ImportStatus.IMPORTED and result.source_id
    source_id = result.source_id
    ids = {key: _highlight(store, source_id, quote, f"note on {key}") for key, quote in QUOTES.items()}
    store.notes.set(source_id, "My summary.")
    briefing, _ = store.briefings.create("Rates")
    store.briefings.add_highlights(briefing.id, [ids["alpha"]])
    return store, source_id, ids


def test_a_newer_version_is_reported_and_nothing_changes_without_update(library) -> None:
    store, source_id, ids = library
    before = store.sources.get(source_id)
    [result] = import_paths(store, [V2])
    assert (result.status, result.source_id) == (ImportStatus.NEWER_VERSION, source_id)
    assert result.describe() == f"newer version of #{source_id} (use --update to apply)"
    assert store.sources.get(source_id) == before
    assert store.sources.count() == 1
    assert len(store.revisions.revisions(source_id)) == 1


def test_update_keeps_the_old_revision_and_moves_highlights_with_their_words(library) -> None:
    store, source_id, ids = library
    [result] = import_paths(store, [V2], update=True)
    assert (result.status, result.source_id) == (ImportStatus.UPDATED, source_id)
    assert result.update is not None
    # moved: "third increase", "eleven percent", "Markets" (below the inserted line);
    # review: the figure and the wording; orphaned: Team Alpha, whose twin must not get it.
    assert (result.update.moved, result.update.review, result.update.orphaned) == (3, 2, 1)
    assert result.describe() == (
        f"updated #{source_id}: 3 highlights moved, 2 need review, 1 could not be placed (kept as orphan)"
    )
    source = store.sources.get(source_id)
    assert source is not None and source.url == "https://example-news.com/economy/ecb-raises-rates/"
    text = source.reading_text
    assert text.startswith("Updated at 16:00")
    placed = {h.id: h for h in store.highlights.for_source(source_id)}
    assert len(placed) == len(QUOTES)  # nothing lost
    def words(key: str) -> str:
        return text[placed[ids[key]].start : placed[ids[key]].end]
    assert words("moved") == "the third increase this year"
    assert words("figure") == "4.75 percent in October"
    assert words("wording") == "they cannot verify the promises"
    assert words("beta") == "by eleven percent"
    assert placed[ids["alpha"]].anchor_status is AnchorStatus.ORPHANED
    assert placed[ids["alpha"]].exact == QUOTES["alpha"]  # keeps its quote
    assert placed[ids["alpha"]].annotation == "note on alpha"
    assert store.revisions.needs_review(source_id) == [ids["figure"], ids["wording"]]
    # tags, note and the briefing item stay with the source
    assert source.tags == ("ECB",)
    assert store.notes.get(source_id).body == "My summary."
    [item] = store.briefings.items(store.briefings.find("Rates").id)  # type: ignore[union-attr]
    assert item.highlight_id == ids["alpha"]
    # the earlier version, whole
    revisions = store.revisions.revisions(source_id)
    assert [r.number for r in revisions] == [1, 2] and revisions[-1].current
    first = store.revisions.revision(source_id, 1)
    assert first is not None and first.file_name == "ecb-v1.md"
    assert "4.5 percent in October" in "\n".join(b.text for b in first.blocks)


def test_search_and_story_profile_follow_the_current_text(library) -> None:
    from reader.core import search

    store, source_id, _ids = library
    import_paths(store, [V2], update=True)
    assert [r.source_id for r in search.search(store, '"4.75 percent"')] == [source_id]
    assert not [r for r in search.search(store, '"could not verify"') if r.where == "article"]
    profile = store.stories.profiles(ids=[source_id])
    assert profile and "4.75" in profile[0][2]


def test_importing_the_old_version_again_is_a_duplicate_not_an_update_backwards(library) -> None:
    store, source_id, _ids = library
    import_paths(store, [V2], update=True)
    [again] = import_paths(store, [V1], update=True)
    assert again.status is ImportStatus.DUPLICATE and again.source_id == source_id
    assert "revision 1" in (again.reason or "")
    [same] = import_paths(store, [V2], update=True)
    assert same.status is ImportStatus.DUPLICATE


def test_undo_restores_the_previous_revision_and_redo_applies_it_again(library) -> None:
    store, source_id, ids = library
    before = store.sources.get(source_id)
    highlights_before = store.highlights.for_source(source_id)
    import_paths(store, [V2], update=True)
    newer, _ = store.revisions.undo_update(source_id)
    assert store.sources.get(source_id).reading_text == before.reading_text  # type: ignore[union-attr]
    assert [(h.id, h.start, h.end, h.anchor_status) for h in store.highlights.for_source(source_id)] == [
        (h.id, h.start, h.end, h.anchor_status) for h in highlights_before
    ]
    assert len(store.revisions.revisions(source_id)) == 1
    report, _ = store.revisions.update(source_id, newer)
    assert (report.moved, report.review, report.orphaned) == (3, 2, 1)
    assert store.sources.get(source_id).reading_text.startswith("Updated at 16:00")  # type: ignore[union-attr]


def test_confirming_a_highlight_on_changed_wording_makes_it_quote_the_new_words(library) -> None:
    store, source_id, ids = library
    import_paths(store, [V2], update=True)
    before, _ = store.revisions.confirm(ids["figure"])
    assert store.highlights.get(ids["figure"]).exact == "4.75 percent in October"  # type: ignore[union-attr]
    assert store.revisions.needs_review(source_id) == [ids["wording"]]
    store.revisions.unconfirm(ids["figure"], before)
    assert store.highlights.get(ids["figure"]).exact == QUOTES["figure"]  # type: ignore[union-attr]
    assert store.revisions.needs_review(source_id) == [ids["figure"], ids["wording"]]


def test_the_same_story_in_another_outlet_is_imported_and_linked_as_similar(library) -> None:
    store, source_id, _ids = library
    [result] = import_paths(store, [WIRE])
    assert result.status is ImportStatus.IMPORTED and result.source_id != source_id
    assert result.similar_to == source_id
    assert result.describe() == f"imported, similar to #{source_id}"
    assert store.revisions.similar_to(result.source_id) == [source_id]
    assert store.revisions.similar_to(source_id) == [result.source_id]


def test_an_update_is_one_transaction(library, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failure half-way (here: re-anchoring) leaves the source exactly as it was."""
    from reader.core.store import revision_repo

    store, source_id, _ids = library
    before = (store.sources.get(source_id), store.highlights.for_source(source_id))
    def broken(*_args: object) -> None:
        raise RuntimeError("disk gone")
    monkeypatch.setattr(revision_repo, "anchor", broken)
    from reader.core.ingest import prepare_file
    from reader.core.revisions import version_of

    with pytest.raises(RuntimeError):
        store.revisions.update(source_id, version_of(prepare_file(V2)))
    assert (store.sources.get(source_id), store.highlights.for_source(source_id)) == before
    assert len(store.revisions.revisions(source_id)) == 1


def test_a_read_only_library_is_never_written(library, tmp_path: Path) -> None:
    store, source_id, _ids = library
    store.close()
    with Store.open(tmp_path / "library.sqlite", read_only=True) as readonly:
        with pytest.raises(ImportStopped, match="readonly") as stopped:
            import_paths(readonly, [V2], update=True)
        assert stopped.value.stored == 0
    with Store.open(tmp_path / "library.sqlite") as again:
        assert len(again.revisions.revisions(source_id)) == 1
