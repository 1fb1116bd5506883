"""A highlight found by filters alone shows its quote, a highlight found by its note the note.

Walking `briefing search label:Risiko`: the hit read "Use it" — the annotation — where the
quote ("Fast drei Milliarden Dollar") is what says which highlight it is.
"""

from __future__ import annotations

from pathlib import Path

from reader.core import importer, search
from reader.core.store import Store
from reader.paths import bundled_seeds_dir


def test_filters_alone_show_the_quote_and_a_word_shows_where_it_is(tmp_path: Path) -> None:
    with Store.open(tmp_path / "library.sqlite") as store:
        importer.import_paths(store, [bundled_seeds_dir()], workers=1)
        source_id = next(s.id for s in store.sources.list() if s.site_name == "Handelsblatt")
        text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
        start = text.index("Fast drei Milliarden Dollar")
        store.highlights.add(source_id, start, start + 27, "risk", "Use it in the memo")
        (hit,) = search.search(store, "label:risk")
        assert hit.where == "highlight" and hit.snippet_text == "Fast drei Milliarden Dollar"
        (hit,) = search.search(store, "memo in:highlight")
        assert hit.snippet_text == "Use it in the memo"
        (hit,) = search.search(store, "Milliarden in:highlight")
        assert hit.snippet_text == "Fast drei Milliarden Dollar"
