"""A mention's keyword-in-context row keeps to its block — the paragraph or heading it stands in,
as the reading view shows the text — on both sides of the name.

Seen walking the German window on the DWN article: under *Japan*, "…Rohstoffstrategie Die USA
und Japan wollen bei Förderung …" (the heading "Gemeinsame Rohstoffstrategie" run into its
paragraph's first sentence) and "…fördern. USA und Japan wollen Abhängigkeit von China mindern"
(a paragraph's last word before the next heading). The context line itself stopped at the
block's edge; the muted words the row puts before a sentence-initial context came from the
previous block. The article here is a Markdown clipping with the same headings, imported into a
real library and indexed; the rows are read from the list's model as the view paints them.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.entities import EntityKind
from reader.core.ingest.prepare import prepare_file
from reader.core.store import Store
from reader.ui.entities.entity_models import LeadRole, MentionModel, MentionRole, source_parts

ARTICLE = """---
title: Gegengewicht zu China
lang: de
---
## Gemeinsame Rohstoffstrategie

Die USA und Japan wollen bei Förderung, Verarbeitung und Lieferung seltener Erden künftig enger
zusammenarbeiten. Beide Regierungen wollen zudem gemeinsame Projekte in Drittländern fördern.

## USA und Japan wollen Abhängigkeit von China mindern

Japan bezieht bislang einen Großteil seiner seltenen Erden aus China, sagte die Ministerin.
"""


def test_every_row_of_a_mention_keeps_to_its_block(store: Store, tmp_path: Path, qapp) -> None:
    path = tmp_path / "gegengewicht.md"
    path.write_text(ARTICLE, encoding="utf-8")
    source_id, _changes = store.sources.add(prepare_file(path))
    store.entities.refresh()
    (japan,) = [e for e in store.entities.list(EntityKind.PLACE) if e.name == "Japan"]
    source = store.sources.get(source_id)
    assert source is not None
    blocks = [" ".join(block.split()) for block in source.reading_text.split("\n\n")]
    assert "Gemeinsame Rohstoffstrategie" in blocks  # the headings are blocks of their own
    model = MentionModel(lambda _id: source_parts(source))
    model.set_mentions(store.entities.mentions(japan.id))
    rows = [model.index(row) for row in range(model.rowCount())]
    shown = [(row.data(LeadRole), row.data(MentionRole).context) for row in rows]
    assert len(shown) == 3, shown  # the paragraph, the heading, the last paragraph
    for lead, context in shown:
        line = f"{lead} {context}".strip().strip("…").strip()
        assert any(line in block for block in blocks), (lead, context)
    assert all(lead == "" for lead, _context in shown), shown  # each one opens its block
