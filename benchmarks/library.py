"""The benchmark libraries: N generated sources with highlights, notes and tags, built once and cached.

    python -m benchmarks.library --sources 100000 [--rebuild]

Every source is a corpus article (`benchmarks.corpus`) parsed by the importer's own
`prepare_bytes` in worker processes and stored by the writer with `sources.add_in_transaction`
— the code an import runs — in large transactions without fsync, so a 100,000-source library
takes minutes, not the half hour of per-file commits. Then, through the store's own repos:

* highlights: 10 on every tenth source (10% of sources), spread over the reading text, the
  five labels in turn, every third one annotated;
* notes: a summary note on every twentieth source (5%);
* tags: one of `TAGS` on every fourth source, a second one on every twelfth.

The library is a data dir (`library.sqlite` inside, as `reader --data-dir` expects), cached
under the temp folder keyed by size, corpus version, schema version and `BUILDER_VERSION`,
and built under a temporary name, so an interrupted build is never reused. The search, window
and article benchmarks all open these libraries.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from benchmarks.corpus import CORPUS_VERSION, generate_article
from reader.core.ingest.prepare import PreparedFile, prepare_bytes
from reader.core.labels import LABEL_KEYS
from reader.core.store import SCHEMA_VERSION, DuplicateSourceError, Store
from reader.paths import DB_FILE_NAME

# Bump when what the builder writes for a given size changes, so cached libraries are rebuilt.
BUILDER_VERSION = 1
TAGS = ("Japan", "Energie", "Client X", "Chips")
HIGHLIGHTED_EVERY = 10  # 10% of sources carry highlights …
HIGHLIGHTS_PER_SOURCE = 10  # … ten each
NOTE_EVERY = 20
TAG_EVERY = 4
SECOND_TAG_EVERY = 12
ANNOTATION = "wichtig für den Bericht"
_COMMIT_EVERY = 5_000


def library_dir(count: int, base: Path | None = None) -> Path:
    """Where the library of `count` sources is cached (a data dir)."""
    base = base if base is not None else Path(tempfile.gettempdir())
    return base / f"briefing-bench-library-c{CORPUS_VERSION}-s{SCHEMA_VERSION}-b{BUILDER_VERSION}-n{count}"


def db_path(data_dir: Path) -> Path:
    return data_dir / DB_FILE_NAME


def ensure_library(count: int, *, base: Path | None = None, rebuild: bool = False,
                   workers: int | None = None) -> Path:
    """The cached data dir for `count` sources, built first if missing (or `rebuild`)."""
    folder = library_dir(count, base)
    if rebuild or not db_path(folder).exists():
        started = time.perf_counter()
        print(f"building a {count:,}-source library in {folder} …", file=sys.stderr, flush=True)
        build(folder, count, workers=workers)
        print(f"  built in {time.perf_counter() - started:.1f} s", file=sys.stderr, flush=True)
    return folder


@dataclass(frozen=True, slots=True)
class BuildStats:
    sources: int
    duplicates: int
    highlights: int
    notes: int
    tagged: int


def build(folder: Path, count: int, *, workers: int | None = None) -> BuildStats:
    """Write the library for `count` sources into `folder` (replaced if present)."""
    partial = folder.with_name(folder.name + ".part")
    for leftover in (folder, partial):
        shutil.rmtree(leftover, ignore_errors=True)
    partial.mkdir(parents=True)
    workers = workers if workers is not None else (os.cpu_count() or 1)
    with Store.open(db_path(partial)) as store:
        store.db.execute("PRAGMA synchronous = OFF")  # a benchmark fixture, not work product
        stats = _write(store, _prepared(count, workers))
        store.db.execute("INSERT INTO search_index (search_index) VALUES ('optimize')")
    partial.rename(folder)
    return stats


def _prepared(count: int, workers: int) -> Iterator[tuple[int, PreparedFile]]:
    if workers <= 1 or count < 500:
        yield from map(_prepare, range(count))
        return
    with ProcessPoolExecutor(workers) as pool:
        yield from pool.map(_prepare, range(count), chunksize=64)


def _prepare(i: int) -> tuple[int, PreparedFile]:
    """Article `i` through the importer's parsing, as its workers hand it to the writer."""
    article = generate_article(i)
    return i, prepare_bytes(article.data, article.file_name).for_writer()


def _write(store: Store, items: Iterable[tuple[int, PreparedFile]]) -> BuildStats:
    conn = store.db.conn
    sources = duplicates = highlights = notes = tagged = 0
    conn.execute("BEGIN")
    for i, prepared in items:
        try:
            source_id, _changes = store.sources.add_in_transaction(prepared, _tags(i))
        except DuplicateSourceError:
            duplicates += 1
            continue
        sources += 1
        tagged += bool(_tags(i))
        if i % HIGHLIGHTED_EVERY == 0:
            highlights += _highlight(store, source_id, prepared.reading_text)
        if i % NOTE_EVERY == 0:
            store.notes.set(source_id, _note(prepared))
            notes += 1
        if sources % _COMMIT_EVERY == 0:
            conn.execute("COMMIT")
            conn.execute("BEGIN")
            print(f"\r  {sources:,} sources", end="", file=sys.stderr, flush=True)
    conn.execute("COMMIT")
    if sources >= _COMMIT_EVERY:
        print(file=sys.stderr)
    return BuildStats(sources, duplicates, highlights, notes, tagged)


def _tags(i: int) -> list[str]:
    tags = [TAGS[(i // TAG_EVERY) % len(TAGS)]] if i % TAG_EVERY == 0 else []
    if i % SECOND_TAG_EVERY == 0:
        tags.append(TAGS[(i // TAG_EVERY + 1) % len(TAGS)])
    return tags


def _highlight(store: Store, source_id: int, text: str) -> int:
    """Ten highlights spread over the text, each from a word start, 40–160 characters long."""
    step = len(text) // HIGHLIGHTS_PER_SOURCE
    added = 0
    for k in range(HIGHLIGHTS_PER_SOURCE):
        start = k * step
        if start:
            start = text.find(" ", start) + 1
        end = min(start + 40 + (k * 37 + source_id) % 120, (k + 1) * step, len(text))
        if end <= start:
            continue
        label = LABEL_KEYS[(source_id + k) % len(LABEL_KEYS)]
        store.highlights.add(source_id, start, end, label, ANNOTATION if k % 3 == 0 else "")
        added += 1
    return added


def _note(prepared: PreparedFile) -> str:
    first = prepared.reading_text.split("\n\n", 1)[0][:160]
    return f"# Notiz\n\n{first} — für den Kunden prüfen.\n\n- Quelle: {prepared.file_name}\n"


def shape(db: Path) -> dict[str, int]:
    """What a built library holds: the counts the builder promises."""
    with Store.open(db) as store:

        def one(sql: str) -> int:
            return int(store.db.execute(sql).fetchone()[0])

        return {
            "sources": one("SELECT count(*) FROM sources WHERE deleted_at IS NULL"),
            "highlights": one("SELECT count(*) FROM highlights WHERE deleted_at IS NULL"),
            "highlighted_sources": one("SELECT count(DISTINCT source_id) FROM highlights"),
            "notes": one("SELECT count(*) FROM notes WHERE body != ''"),
            "tagged_sources": one("SELECT count(DISTINCT source_id) FROM source_tags"),
            "taggings": one("SELECT count(*) FROM source_tags"),
            "tags": one("SELECT count(*) FROM tags"),
        }


def folder_bytes(folder: Path) -> int:
    """Everything on disk in a data dir: the database, its WAL, anything else written."""
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=1000)
    parser.add_argument("--rebuild", action="store_true")
    args = parser.parse_args(argv)
    folder = ensure_library(args.sources, rebuild=args.rebuild)
    print(folder, shape(db_path(folder)), f"{folder_bytes(folder) / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
