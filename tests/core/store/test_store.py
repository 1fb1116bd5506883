"""The store: schema, connection settings, sources, tags, highlights, notes, search index."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.importer import import_paths
from reader.core.ingest.prepare import prepare_file
from reader.core.models import AnchorStatus
from reader.core.search import search
from reader.core.store import DuplicateSourceError, Store
from reader.core.store.schema import schema_sql

GOLDEN_SCHEMA = Path(__file__).resolve().parents[2] / "data" / "schema.sql"


def test_schema_matches_golden_file(store: Store) -> None:
    """Schema changes must be visible in review: update tests/data/schema.sql with them."""
    assert schema_sql(store.db) == GOLDEN_SCHEMA.read_text(encoding="utf-8")


def test_connection_uses_work_product_settings(store: Store) -> None:
    def pragma(name: str) -> object:
        return store.db.execute(f"PRAGMA {name}").fetchone()[0]

    assert pragma("journal_mode") == "wal"
    assert pragma("synchronous") == 2  # FULL
    assert pragma("foreign_keys") == 1
    assert pragma("busy_timeout") >= 5000


def test_add_and_get_keeps_raw_text_and_blocks(store: Store, seed_files: list[Path]) -> None:
    prepared = prepare_file(seed_files[1])
    source_id, changes = store.sources.add(prepared)
    assert changes.sources_added == {source_id}
    source = store.sources.get(source_id)
    assert source is not None
    assert source.raw_text == seed_files[1].read_text(encoding="utf-8")
    assert source.reading_text == prepared.article.body
    assert source.blocks == prepared.article.blocks
    assert source.file_name == seed_files[1].name


def test_same_file_twice_is_a_duplicate(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[0]))
    with pytest.raises(DuplicateSourceError) as caught:
        store.sources.add(prepare_file(seed_files[0]))
    assert caught.value.source_id == source_id
    assert store.sources.count() == 1


def test_same_body_under_another_name_is_a_duplicate(
    store: Store, seed_files: list[Path], tmp_path: Path
) -> None:
    store.sources.add(prepare_file(seed_files[0]))
    copy = tmp_path / "renamed copy.txt"
    # Different bytes (CRLF line ends, trailing blanks), same article.
    copy.write_bytes(seed_files[0].read_bytes().replace(b"\n", b"\r\n") + b"\r\n\r\n")
    with pytest.raises(DuplicateSourceError):
        store.sources.add(prepare_file(copy))


def test_deleted_source_can_be_imported_again(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[0]))
    store.sources.delete(source_id)
    assert store.sources.get(source_id) is None
    new_id, _ = store.sources.add(prepare_file(seed_files[0]))
    assert store.sources.get(new_id) is not None
    assert store.sources.count() == 1


def test_delete_and_undelete_keep_highlights_and_note(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[0]))
    highlight, _ = store.highlights.add(source_id, 0, 20, "key", "wichtig")
    store.notes.set(source_id, "Zusammenfassung")
    store.sources.delete(source_id)
    assert store.sources.ids() == []
    store.sources.undelete(source_id)
    assert [h.id for h in store.highlights.for_source(source_id)] == [highlight.id]
    assert store.notes.get(source_id).body == "Zusammenfassung"


def test_tags_are_case_insensitive_and_counted(store: Store, seeds_dir: Path) -> None:
    import_paths(store, [seeds_dir], workers=1)
    ids = store.sources.ids()
    store.tags.add(ids[:2], "Japan")
    store.tags.add(ids[1:3], "japan")
    store.tags.add(ids[:1], "  Client   X ")
    assert [(t.name, t.source_count) for t in store.tags.all()] == [("Client X", 1), ("Japan", 3)]
    assert store.tags.names() == ["Client X", "Japan"]
    store.sources.delete(ids[0])  # a tag of deleted sources only is still a tag (count 0)
    assert store.tags.names() == [t.name for t in store.tags.all()]
    store.sources.undelete(ids[0])
    assert set(store.sources.ids(tag="JAPAN")) == set(ids[:3])
    store.tags.remove(ids[:1], "Client X")
    assert [t.name for t in store.tags.all()] == ["Japan"]
    with pytest.raises(ValueError):
        store.tags.add(ids[:1], "   ")


def test_highlight_records_quote_context_and_text_hash(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[2]))
    source = store.sources.get(source_id)
    assert source is not None
    text = source.reading_text
    start = text.index("Microsoft")
    highlight, changes = store.highlights.add(source_id, start, start + 9, "evidence")
    assert changes.highlights == {source_id}
    assert highlight.exact == "Microsoft"
    assert highlight.prefix == text[start - 32 : start]
    assert highlight.suffix == text[start + 9 : start + 41]
    assert highlight.text_hash == source.text_hash
    assert highlight.anchor_status is AnchorStatus.ANCHORED
    with pytest.raises(ValueError):
        store.highlights.add(source_id, 5, 5, "key")
    with pytest.raises(ValueError):
        store.highlights.add(source_id, 0, len(text) + 1, "key")


def test_highlight_update_delete_undelete(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[0]))
    highlight, _ = store.highlights.add(source_id, 10, 40, "key")
    store.highlights.update(highlight.id, label="risk", annotation="Prüfen")
    updated = store.highlights.get(highlight.id)
    assert updated is not None and (updated.label, updated.annotation) == ("risk", "Prüfen")
    store.highlights.delete(highlight.id)
    assert store.highlights.for_source(source_id) == []
    store.highlights.undelete(highlight.id)
    assert [h.annotation for h in store.highlights.for_source(source_id)] == ["Prüfen"]


def _search(store: Store, word: str) -> set[tuple[str, int]]:
    return {(r.where, r.ref_id) for r in search(store, word, limit=1000)}


def test_search_index_follows_every_change(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[1]))
    assert ("article", source_id) in _search(store, "Takaichi")
    highlight, _ = store.highlights.add(source_id, 0, 10, "key", "Zebrastreifen")
    assert _search(store, "Zebrastreifen") == {("highlight", highlight.id)}
    store.highlights.update(highlight.id, annotation="Giraffenhals")
    assert _search(store, "Zebrastreifen") == set()
    store.notes.set(source_id, "Okapi im Zoo")
    assert _search(store, "Okapi") == {("note", source_id)}
    store.sources.delete(source_id)
    assert _search(store, "Takaichi") == _search(store, "Okapi") == set()
    store.sources.undelete(source_id)
    assert _search(store, "Giraffenhals") == {("highlight", highlight.id)}


def test_metadata_update_validates_and_clears_derived_flag(store: Store, seed_files: list[Path]) -> None:
    source_id, _ = store.sources.add(prepare_file(seed_files[3]))
    store.sources.update_metadata(source_id, title="Wirtschaftliche Sicherheit", url="https://x.test")
    source = store.sources.get(source_id)
    assert source is not None
    assert (source.title, source.title_derived, source.url) == (
        "Wirtschaftliche Sicherheit", False, "https://x.test",
    )  # fmt: skip
    with pytest.raises(ValueError):
        store.sources.update_metadata(source_id, title="  ")
    with pytest.raises(ValueError):
        store.sources.update_metadata(source_id, content_hash="x")


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_optional_metadata_is_stored_as_null(store: Store, seed_files: list[Path], blank: str | None) -> None:
    """A script's "" and the window dialog's None clear a field alike: NULL, never ""."""
    source_id, _ = store.sources.add(prepare_file(seed_files[0]))
    fields = ("teaser", "byline", "published", "site_name", "agency", "lang", "url")
    store.sources.update_metadata(source_id, **dict.fromkeys(fields, "x"))
    store.sources.update_metadata(source_id, **dict.fromkeys(fields, blank))
    row = store.db.execute(f"SELECT {', '.join(fields)} FROM sources WHERE id = ?", (source_id,)).fetchone()
    assert row == (None,) * len(fields)


def test_check_reports_foreign_key_damage(store: Store, seed_files: list[Path]) -> None:
    assert store.check() == []
    store.sources.add(prepare_file(seed_files[0]))
    store.db.conn.execute("PRAGMA foreign_keys = OFF")
    store.db.conn.execute("INSERT INTO notes VALUES (999, 'lost', 'x', 'x')")
    problems = store.check()
    assert len(problems) == 1 and "notes" in problems[0]


def test_committed_annotation_survives_a_crash(tmp_path: Path, seed_files: list[Path]) -> None:
    """Committed work is on disk even if the process never closes the connection."""
    import subprocess
    import sys

    db = tmp_path / "library.sqlite"
    script = (
        "import os, sys\n"
        "from reader.core.store import Store\n"
        "from reader.core.ingest.prepare import prepare_file\n"
        f"s = Store.open({str(db)!r})\n"
        f"sid, _ = s.sources.add(prepare_file(__import__('pathlib').Path({str(seed_files[0])!r})))\n"
        "s.highlights.add(sid, 0, 12, 'key', 'kept after crash')\n"
        "os._exit(1)\n"
    )
    subprocess.run([sys.executable, "-c", script], check=False)
    with Store.open(db) as reopened:
        (sid,) = reopened.sources.ids()
        assert [h.annotation for h in reopened.highlights.for_source(sid)] == ["kept after crash"]
    assert sqlite3.connect(db).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
