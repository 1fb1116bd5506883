"""A wire story's agency in exports: an `agency:` property in the source's front matter, and
citations that name it after the outlet as a reference would ("DER SPIEGEL (dpa)").

Expected text is written out by hand; a source without an agency exports as before (the
golden files of `test_export_golden` cover that).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.export import documents
from reader.core.export.briefing import briefing_document
from reader.core.export.citations import Citation
from reader.core.export.words import GERMAN
from reader.core.importer import import_paths
from reader.core.store import Store

PAGE = Path(__file__).resolve().parents[2] / "data" / "agency" / "hafen_v1.txt"
QUOTE = "Als Gründe nannte der Verband die schwache Nachfrage aus China"
TITLE = "Hamburger Hafen meldet weniger Containerumschlag"


def _wire_story(store: Store, **metadata: str | None) -> int:
    import_paths(store, [PAGE], workers=1)
    (source_id,) = store.sources.ids()
    store.sources.update_metadata(source_id, **metadata)
    with store.write():
        store.db.execute("UPDATE sources SET imported_at = '2025-11-03T09:00:00+00:00'")
    text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    start = text.index(QUOTE)
    store.highlights.add(source_id, start, start + len(QUOTE), "key", "")
    return source_id


def test_front_matter_names_the_agency_after_the_outlet(store: Store) -> None:
    source_id = _wire_story(store, site_name="DER SPIEGEL", agency="dpa/lno", byline=None)
    document = documents.source_document(documents.load(store, source_id))
    assert document.startswith(
        "---\n"
        f"title: {TITLE}\n"
        "outlet: DER SPIEGEL\n"
        "agency: dpa/lno\n"
        "published: 2025-10-28T18:05\n"
        "tags: []\n"
        "created: 2025-11-03\n"
    )


def test_briefing_cites_the_outlet_with_its_agency(store: Store) -> None:
    _wire_story(store, site_name="DER SPIEGEL", agency="dpa/lno", byline="dpa/lno")
    briefing, _ = store.briefings.create("Häfen")
    (highlight,) = store.highlights.for_source(1)
    store.briefings.add_highlights(briefing.id, [highlight.id])
    text = briefing_document(store, briefing.id)
    # The byline only named the agency: it is not repeated as the author.
    assert f"- DER SPIEGEL (dpa): “{TITLE}”, 2025-10-28\n" in text
    assert f"[^1]: DER SPIEGEL (dpa), 2025-10-28, “{TITLE}”, paragraph 2\n" in text


@pytest.mark.parametrize(
    ("outlet", "author", "agency", "expected"),
    [
        ("Spiegel", "Anna Schmidt", "dpa/lno", "Spiegel (dpa), Anna Schmidt, 28.10.2025, „T“, Absatz 3"),
        ("Spiegel", "Anna Schmidt", "AFP", "Spiegel (AFP), Anna Schmidt, 28.10.2025, „T“, Absatz 3"),
        (None, "dpa", "dpa", "dpa, 28.10.2025, „T“, Absatz 3"),
        ("Reuters", "Reuters", "Reuters", "Reuters, 28.10.2025, „T“, Absatz 3"),
        ("Spiegel", "Anna Schmidt", None, "Spiegel, Anna Schmidt, 28.10.2025, „T“, Absatz 3"),
    ],
)
def test_citation_lines(outlet: str | None, author: str | None, agency: str | None, expected: str) -> None:
    citation = Citation(1, "T", outlet, author, "2025-10-28", None, 3, agency)
    assert citation.markdown(GERMAN) == expected


def test_an_exported_wire_story_imports_back_with_its_agency(store: Store, tmp_path: Path) -> None:
    """Our Markdown is a clipping too: its `agency:` comes back on import."""
    source_id = _wire_story(store, site_name="DER SPIEGEL", agency="dpa/lno", byline=None)
    exported = tmp_path / "hafen.md"
    exported.write_text(documents.source_document(documents.load(store, source_id)), encoding="utf-8")
    with Store.open(tmp_path / "other.sqlite") as other:
        (result,) = import_paths(other, [exported], workers=1)
        source = other.sources.get(int(result.source_id or 0))
        assert source is not None
        assert (source.site_name, source.agency) == ("DER SPIEGEL", "dpa/lno")
