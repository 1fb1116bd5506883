"""Exporting from a library open read-only (damaged, or on a disk the user may not write).

Reading and exporting are what such a library is opened for; the export used to record its
file in the library first and failed with "attempt to write a readonly database".
"""

from __future__ import annotations

from pathlib import Path

import export_library

from reader.core.export import export_combined, export_sources
from reader.core.store import Store


def _read_only_library(tmp_path: Path) -> Store:
    path = tmp_path / "library.sqlite"
    with Store.open(path) as store:
        export_library.build(store)
    return Store.open(path, read_only=True)


def test_a_read_only_library_exports_and_records_nothing(tmp_path: Path) -> None:
    store = _read_only_library(tmp_path)
    library_file = tmp_path / "library.sqlite"
    before = library_file.read_bytes()
    try:
        assert store.read_only
        report = export_sources(store, [1, 2], tmp_path / "out")
        assert len(report.written) == 2 and not report.conflicts
        assert all(path.read_text(encoding="utf-8").startswith("---") for path in report.written)
        again = export_sources(store, [1, 2], tmp_path / "out")
        assert len(again.unchanged) == 2 and not again.conflicts  # the same text: no question
    finally:
        store.close()
    assert library_file.read_bytes() == before


def test_an_unrecorded_file_is_not_overwritten_without_asking(tmp_path: Path) -> None:
    store = _read_only_library(tmp_path)
    try:
        (path,) = export_combined(store, [1], tmp_path / "out", "All").written
        path.write_text("the user's own edit", encoding="utf-8")
        report = export_combined(store, [1], tmp_path / "out", "All", file_name=path.name)
        assert report.conflicts and path.read_text(encoding="utf-8") == "the user's own edit"
    finally:
        store.close()
