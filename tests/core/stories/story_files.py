"""Importing test pages for the grouping tests, by file name."""

from __future__ import annotations

from pathlib import Path

from reader.core import importer
from reader.core.store import Store


def import_named(store: Store, *paths: Path) -> dict[str, int]:
    """Import `paths` (one worker: grouping's tests need no parsing pool) → file name → source id."""
    results = importer.import_paths(store, list(paths), workers=1)
    return {Path(r.path).name: r.source_id for r in results if r.source_id}
