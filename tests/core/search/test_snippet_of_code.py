"""A search result's excerpt of a code block reads as one line of words (session 34).

A code block keeps its line breaks and indentation, and the excerpt kept them as spaces:
"sum(betrag) AS umsatz,        count(*) …". Its white space is now collapsed in the excerpt
shown, the matches moved with it; the stored text and the match offsets into it stay as they were.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.core import importer, search
from reader.core.store import Store

CLIPPING = Path(__file__).resolve().parents[2] / "data" / "clippings" / "obsidian_code.md"


def test_a_code_blocks_excerpt_has_single_spaces_and_its_marks_on_the_words(tmp_path: Path) -> None:
    path = tmp_path / CLIPPING.name
    shutil.copy(CLIPPING, path)
    with Store.open(tmp_path / "library.sqlite") as store:
        importer.import_paths(store, [path], workers=1)
        (source,) = store.sources.list()
        text = store.sources.get(source.id).reading_text  # type: ignore[union-attr]
        assert "umsatz,\n       count(*)" in text  # the code's lines and indentation are stored
        (hit,) = search.search(store, "retouren")
        assert "umsatz, count(*) FILTER" in hit.snippet_text, hit.snippet_text
        assert "  " not in hit.snippet_text and "\n" not in hit.snippet_text
        assert [hit.snippet_text[s:e] for s, e in hit.snippet_spans] == ["retoure", "retouren"]
        assert "(WHERE [retoure]) AS [retouren]" in hit.snippet
        # the match offsets still point into the stored text
        assert [text[s:e] for s, e in hit.match_offsets][-2:] == ["retoure", "retouren"]
