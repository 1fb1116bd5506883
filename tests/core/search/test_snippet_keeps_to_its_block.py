"""A search result's excerpt keeps to the block its hits stand in, as the reading view shows them.

Seen walking the German window: searching "Rheinmetall" listed tagesschau's report as
"…Dienstleister?  Woher die Daten genau stammen, ist unklar. Rheinmetall erklärt auf" — the
heading "Daten von externem Dienstleister?" run into the next paragraph, the break a double
space. The article here has the same shape: a heading between two paragraphs.
"""

from __future__ import annotations

from pathlib import Path

from reader.core import importer, search
from reader.core.store import Store

ARTICLE = """---
title: Daten von Rheinmetall gehackt
lang: de
---
Interne Unterlagen eines großen Rüstungskonzerns sind im Internet aufgetaucht, nachdem Hacker die
Daten kopiert und zum Kauf angeboten hatten. Die Dokumente betreffen einen Zeitraum von einem Jahr.

## Daten von externem Dienstleister?

Woher die Daten genau stammen, ist unklar. Rheinmetall erklärt auf Anfrage, dass die konzerneigene
IT nicht gehackt worden sei. Vielmehr sei ein externer Dienstleister betroffen gewesen, der für den
Konzern Unterlagen verwaltet und nun selbst nach der undichten Stelle sucht.
"""


def test_an_excerpt_is_the_paragraph_or_heading_its_hit_is_in(tmp_path: Path) -> None:
    path = tmp_path / "rheinmetall.md"
    path.write_text(ARTICLE, encoding="utf-8")
    with Store.open(tmp_path / "library.sqlite") as store:
        importer.import_paths(store, [path], workers=1)
        (source,) = store.sources.list()
        blocks = [" ".join(b.split()) for b in store.sources.get(source.id).reading_text.split("\n\n")]  # type: ignore[union-attr]
        assert "Daten von externem Dienstleister?" in blocks
        (hit,) = search.search(store, "Rheinmetall")
        assert hit.snippet_text.startswith("Woher die Daten genau stammen")  # the paragraph's start
        assert hit.snippet_text.rstrip("…") in blocks[2] and "  " not in hit.snippet_text
        (hit,) = search.search(store, "unklar Dienstleister")  # words in two blocks: one of them
        assert any(hit.snippet_text.strip("…") in block for block in blocks), hit.snippet_text
