"""Exporting many files: each name folded once, what was written recorded in a few transactions.

Seen exporting 2,093 sources from the library table: the window stood still for 10.7 s. Two of
the causes were in the writer: every new file's name was checked against the whole folder folded
anew (quadratic: 2.3 s of the 2,093, most of a minute at 10,000), and every file was recorded in
a transaction of its own, each synced to disk. Real SQLite in a temp folder; many small planned
files rather than many sources, as the writer sees them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.export import safe_paths, writer
from reader.core.export.writer import RECORD_BATCH, PlannedFile, write_files
from reader.core.store import Store, recorded_hash

COUNT = RECORD_BATCH * 2 + 50


def _planned(count: int) -> list[PlannedFile]:
    """`count` documents, every other one with the same title (so "(2)", "(3)" … are needed)."""
    return [PlannedFile(f"Title {i // 2}", f"---\nreader_id: br-{i}\n---\n\ntext {i}\n", f"br-{i}")
            for i in range(count)]  # fmt: skip


def test_each_name_is_folded_once(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out"
    out.mkdir()
    for i in range(30):  # files that were there before
        (out / f"Other {i}.md").write_text("not ours", encoding="utf-8")
    calls: list[str] = []
    real = safe_paths.folded
    monkeypatch.setattr(writer, "folded", lambda name: calls.append(name) or real(name))

    report = write_files(store, out, _planned(COUNT))

    assert len(report.written) == COUNT and not report.conflicts
    assert len(calls) == 30 + COUNT  # the folder once, then each new name once
    names = {p.name for p in report.written}
    assert {"Title 0.md", "Title 0 (2).md"} <= names and len(names) == COUNT


def test_written_files_are_recorded_in_batches(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    batches: list[int] = []
    real = writer.record_many
    monkeypatch.setattr(writer, "record_many", lambda db, rows: batches.append(len(rows)) or real(db, rows))

    report = write_files(store, tmp_path / "out", _planned(COUNT))

    assert batches == [RECORD_BATCH, RECORD_BATCH, 50]
    assert all(recorded_hash(store.db, str(p)) for p in report.written)
    again = write_files(store, tmp_path / "out", _planned(COUNT))
    assert len(again.unchanged) == COUNT and not again.conflicts


def test_files_written_before_a_failure_are_recorded(store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The records left at a failure are written all the same: the next export knows those
    files as its own instead of asking before it overwrites them."""
    real = safe_paths.atomic_write
    done: list[Path] = []

    def fails_at_the_tenth(path: Path, data: bytes) -> None:
        if len(done) == 9:
            raise OSError(28, "No space left on device")
        real(path, data)
        done.append(path)

    monkeypatch.setattr(writer, "atomic_write", fails_at_the_tenth)
    with pytest.raises(writer.ExportWriteError) as failed:
        write_files(store, tmp_path / "out", _planned(20))
    assert len(failed.value.report.written) == 9
    assert all(recorded_hash(store.db, str(p)) for p in done)
