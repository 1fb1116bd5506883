"""An earlier revision keeps who it credited: the first import of the Hamburg port story was a
dpa/lno wire with that byline, its update a Reuters story a day later (read off the pages)."""

from __future__ import annotations

from pathlib import Path

from reader.core.importer import import_paths
from reader.core.store import Store

PAGES = Path(__file__).resolve().parents[2] / "data" / "agency"


def test_each_revision_carries_its_own_agency_byline_and_date(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "library.sqlite")
    (first,) = import_paths(store, [PAGES / "hafen_v1.txt"], workers=1)
    (second,) = import_paths(store, [PAGES / "hafen_v2.txt"], update=True, workers=1)
    assert second.source_id == first.source_id
    old, new = store.revisions.revisions(first.source_id)
    assert (old.agency, old.byline, old.published[:16]) == ("dpa/lno", "dpa/lno", "2025-10-28T18:05")
    assert (new.agency, new.published[:16]) == ("Reuters", "2025-10-29T09:30")
    earlier = store.revisions.revision(first.source_id, 1)
    assert earlier is not None and earlier.agency == "dpa/lno"
    shown = earlier.shown_in(store.sources.get(first.source_id))
    assert shown.credits == ("DER SPIEGEL", "dpa/lno")
    assert shown.published is not None and shown.published.startswith("2025-10-28T18:05")
