"""A search's marks stay on the article while its text stays the same.

Seen on a first day with real pages: a search for "Wärmepumpe" opened heizung.de's article with
every hit marked; tagging it "Energie" (Ctrl+T) reloaded the article and every mark was gone,
the search box still holding the words. A change that leaves the text as it was keeps them."""

from __future__ import annotations

from reader.ui import undoable


def test_tagging_the_article_keeps_the_search_marks(make_window) -> None:
    window = make_window()
    source_id = window.open_source_id
    assert source_id is not None
    text = window.article.view.plain_text()
    start = text.index("Japan")
    spans = [(start, start + len("Japan"))]
    window.article.show_matches(spans)
    undoable.add_tag(window.session, source_id, "Energie")
    assert window.article.view.matches == spans
    assert window.article.view.extraSelections()  # drawn, not only remembered

