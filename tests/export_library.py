"""A small annotated library built from the seeds, the same every run: what export tests read.

Metadata is set explicitly (not left to the importer's heuristics, which other work improves)
and the import date is pinned, so the golden files change only when the export does.
"""

from __future__ import annotations

from pathlib import Path

from reader.cli.annotation_commands import locate_quote
from reader.core.importer import import_paths
from reader.core.store import Store

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
IMPORTED_AT = "2025-11-03T09:00:00+00:00"

METADATA = {
    1: {"title": "Japan–USA schmieden „Goldenes Bündnis“", "byline": "Redaktion",
        "published": "2025-10-28", "site_name": "Industrie-Blog",
        "url": "https://example.org/japan-usa-buendnis"},
    2: {"title": "Gegengewicht zu China: Japan und USA stärken Allianz", "byline": None,
        "published": "2025-10-28T18:05", "site_name": "DWN", "url": None},
    3: {"title": "Die USA und Japan machen vor, wie eine Technologie-Partnerschaft funktioniert",
        "byline": "Nicole Bastian", "published": "2024-04-11", "site_name": "Handelsblatt",
        "url": "https://example.org/asia-techonomics"},
}  # fmt: skip

# (source, quote, label, annotation)
HIGHLIGHTS = [
    (1, "Ein Schwerpunkt liegt auf Schlüsseltechnologien wie Halbleitern", "risk",
     "Semiconductors first: *check* the client's exposure."),
    (1, "Die Japan-USA-Allianz tritt in eine neue Phase ein", "key", ""),
    (2, "Die USA und Japan wollen bei Förderung, Verarbeitung und Lieferung seltener Erden",
     "evidence", "Rare earths deal."),
    (3, "Fast drei Milliarden Dollar will das Unternehmen", "evidence", ""),
    (3, "Zudem plant Microsoft ein Forschungslabor in Japan", "client", "Use in the memo."),
]  # fmt: skip

NOTES = {
    1: "Summary: the alliance widens to **industry**.\n\n- supply chains\n- rare earths",
    3: "Microsoft, IBM and Panasonic invest; Germany falls behind.",
}
TAGS = {1: ["Japan", "Client X"], 2: ["Japan"], 3: ["Japan", "#tech"]}


def build(store: Store) -> dict[int, int]:
    """Import the seeds, annotate three of them; return highlight number → highlight id."""
    import_paths(store, sorted(SEEDS.glob("*.txt")), workers=1)
    for source_id, values in METADATA.items():
        store.sources.update_metadata(source_id, **values)
    with store.write():
        store.db.execute("UPDATE sources SET imported_at = ?", (IMPORTED_AT,))
    ids: dict[int, int] = {}
    for number, (source_id, quote, label, note) in enumerate(HIGHLIGHTS):
        text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
        start = locate_quote(text, quote)
        highlight, _ = store.highlights.add(source_id, start, start + len(quote), label, note)
        ids[number] = highlight.id
    for source_id, body in NOTES.items():
        store.notes.set(source_id, body)
    for source_id, names in TAGS.items():
        for name in names:
            store.tags.add([source_id], name)
    return ids
