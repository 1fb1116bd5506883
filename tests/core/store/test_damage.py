"""Damage at open: every kind is detected, nothing is written, a backup brings the work back.

The damage is made the way it happens: noise over part of the file (a dying disk, a sync
client), a page of zeros, a copy cut short, a wrong header, another program's file in its
place. "Nothing written" is checked byte for byte on the damaged file and on its WAL (a
read-only look may leave an empty one, nothing more).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from reader.core.ingest import prepare_file
from reader.core.store import (
    LibraryDamagedError,
    Store,
    back_up,
    list_backups,
    restore,
    restore_choice,
)

Damage = Callable[[Path], None]
PAGE = 4096


@pytest.fixture(scope="module")
def _built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of `_build`'s library, built once for this module's ~30 tests (the seeds'
    import, 60 highlights, notes and a verified backup took a few tenths of a second each)."""
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    return _build(tmp_path_factory.mktemp("built"), sorted(seeds.glob("*.txt"))).parent


@pytest.fixture
def library(_built: Path, tmp_path: Path) -> Path:
    """A copy of `_built` (the library and its backups) in the test's folder, the test's to damage."""
    shutil.copytree(_built, tmp_path, dirs_exist_ok=True)
    return tmp_path / "library.sqlite"


def _build(folder: Path, seed_files: list[Path]) -> Path:
    """A closed library with sources, highlights and notes, and today's verified backup."""
    db = folder / "library.sqlite"
    with Store.open(db) as store:
        ids = [store.sources.add(prepare_file(f))[0] for f in seed_files]
        for number in range(60):
            store.highlights.add(ids[number % len(ids)], 0, 12, "key", f"Anmerkung {number} " * 8)
        for source_id in ids:
            store.notes.set(source_id, "Zusammenfassung: " + "Lieferketten " * 150)
        back_up(store.db.conn, db)
    return db


def _noise(offset_pages: float, length: int, seed: int) -> Damage:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        start = int(len(data) * offset_pages)
        data[start : start + length] = random.Random(seed).randbytes(length)
        path.write_bytes(bytes(data))

    return damage


def _noise_on(table: str) -> Damage:
    """Noise over the last page of one table: the schema still reads, the table does not."""

    def damage(path: Path) -> None:
        conn = sqlite3.connect(path)
        page = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = ?", (table,)).fetchone()[0]
        conn.close()
        data = bytearray(path.read_bytes())
        data[(page - 1) * PAGE : (page - 1) * PAGE + 200] = random.Random(4).randbytes(200)
        path.write_bytes(bytes(data))

    return damage


def _zero_page(number: int) -> Damage:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        data[(number - 1) * PAGE : number * PAGE] = bytes(PAGE)
        path.write_bytes(bytes(data))

    return damage


def _truncate(fraction: float) -> Damage:
    def damage(path: Path) -> None:
        data = path.read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])

    return damage


def _header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:16] = b"SQLite format 2\x00"
    path.write_bytes(bytes(data))


def _pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n" + random.Random(3).randbytes(20_000))


def _text(path: Path) -> None:
    path.write_text("Dies ist kein Archiv, sondern eine Notiz.\n" * 200, encoding="utf-8")


def _other_database(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    conn.commit()
    conn.close()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


DAMAGE: dict[str, Damage] = {
    "noise in the middle": _noise(0.5, 6000, 1),
    "noise over the first pages": _noise(0.0, 9000, 2),
    "noise over a page of highlights": _noise_on("highlights"),
    "noise over a page of notes": _noise_on("notes"),
    "second page zeroed": _zero_page(2),
    "truncated to half": _truncate(0.5),
    "truncated inside the header": _truncate(0.0002),
    "wrong header": _header,
    "a PDF in its place": _pdf,
    "a text file in its place": _text,
    "another program's database": _other_database,
    "emptied (with backups beside it)": _empty,
}


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_damage_is_detected_at_open_and_nothing_is_written(kind: str, library: Path) -> None:
    db = library
    DAMAGE[kind](db)
    damaged = db.read_bytes()

    with pytest.raises(LibraryDamagedError) as caught:
        Store.open(db)

    assert caught.value.path == db
    assert "nothing was written" in str(caught.value)
    assert db.read_bytes() == damaged
    wal = db.with_name(db.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0  # reading may leave an empty WAL, no more


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"Kunde X anrufen\n", "the file header is wrong: this is not a SQLite database"),
        (b"SQLite format 3\x00\x10\x00\x01\x01", "the file is cut short: 20 bytes"),
        (b"SQLite for", "the file is cut short: 10 bytes"),  # cut inside the signature
    ],
)
def test_a_short_file_is_cut_short_only_if_it_begins_as_a_database(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    """A note of a few words saved over the library was "damaged (the file is cut short: 16
    bytes)", as if a copy had stopped early: it is no SQLite file at all."""
    path = tmp_path / "library.sqlite"
    path.write_bytes(content)
    with pytest.raises(LibraryDamagedError) as caught:
        Store.open(path)
    assert caught.value.reason == reason
    assert path.read_bytes() == content


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_newest_backup_brings_back_every_annotation(
    kind: str, library: Path, seed_files: list[Path]
) -> None:
    db = library
    DAMAGE[kind](db)
    damaged = db.read_bytes()

    backup = restore_choice(db).newest
    assert backup is not None
    aside, held = restore(backup.path, db)
    assert (held.sources, held.highlights) == (len(seed_files), 60)

    with Store.open(db) as store:
        assert store.check() == []
        assert store.sources.count() == len(seed_files)
        rows = store.db.execute("SELECT count(*), sum(annotation != '') FROM highlights").fetchone()
        assert rows == (60, 60)
        notes = store.db.execute("SELECT count(*) FROM notes WHERE body LIKE 'Zusammenfassung%'")
        assert notes.fetchone()[0] == len(seed_files)
    assert aside is not None and aside.read_bytes() == damaged  # kept aside as found
    list_backups(db)  # listed (read) as `briefing backups` does: still as found, one file
    assert aside.read_bytes() == damaged
    assert sorted(p.name for p in aside.parent.glob(aside.name + "*")) == [aside.name]


def test_a_sound_library_and_a_new_one_open(library: Path, tmp_path: Path, seed_files: list[Path]) -> None:
    db = library
    with Store.open(db) as store:
        assert store.sources.count() == len(seed_files)
    with Store.open(tmp_path / "new" / "library.sqlite") as fresh:
        assert fresh.sources.count() == 0


def test_an_empty_file_without_backups_is_a_new_library(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite"
    db.write_bytes(b"")
    with Store.open(db) as store:
        assert store.sources.count() == 0


def test_read_only_opening_reads_and_refuses_every_write(library: Path, seed_files: list[Path]) -> None:
    db = library
    before = db.read_bytes()
    with Store.open(db, read_only=True) as store:
        assert store.read_only
        assert store.sources.count() == len(seed_files)
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.notes.set(1, "neu")
    assert db.read_bytes() == before


def test_a_checkpoint_cut_short_by_a_kill_is_not_damage(tmp_path: Path, seed_files: list[Path]) -> None:
    """Killed while copying the WAL into the file: page 1 (with the new page count) is written,
    later pages are not yet; the WAL still has them all, and SQLite reads the library whole."""
    db = tmp_path / "library.sqlite"
    with Store.open(db) as store:
        store.sources.add(prepare_file(seed_files[0]))
    writer = Store.open(db)
    writer.db.execute("PRAGMA wal_autocheckpoint = 0")
    for path in seed_files[1:]:
        writer.sources.add(prepare_file(path))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("library.sqlite", "library.sqlite-wal"):
        (crashed / name).write_bytes((tmp_path / name).read_bytes())
    writer.close()
    copy = crashed / "library.sqlite"
    data = bytearray(copy.read_bytes())
    claimed = len(data) // PAGE + 20  # page 1 as the new, longer file would have it
    data[28:32] = claimed.to_bytes(4, "big")
    data[92:96] = data[24:28]
    copy.write_bytes(bytes(data))

    with Store.open(copy) as store:
        assert store.sources.count() == len(seed_files)


def test_a_second_connection_can_skip_the_check(
    tmp_path: Path, seed_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window's background tasks open the library it already checked: no second read of
    every page (`verify=False`); a first opening still checks."""
    path = tmp_path / "library.sqlite"
    with Store.open(path) as store:
        store.sources.add(prepare_file(seed_files[0]))
    checked: list[Path] = []
    import reader.core.store.database as database

    monkeypatch.setattr(database, "diagnose", lambda p, **_kw: checked.append(p))
    with Store.open(path, verify=False) as store:
        assert len(store.sources.ids()) == 1
    assert checked == []
    with Store.open(path):
        pass
    assert checked == [path]
