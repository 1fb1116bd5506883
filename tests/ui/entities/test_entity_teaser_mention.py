"""A mention in a source's teaser, opened from View ▸ Entities, is selected in the teaser as the
reading view's header shows it above the text (a body mention is marked in the text).

The clipping is the one of tests/core/store/test_entity_teasers.py: its teaser alone names
US-Präsident Donald Trump. Seed 002's teaser names Panasonic ("Über Investitionen von
Microsoft, IBM und Panasonic …"), and so does its text, once, far down."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.entities import BODY, TEASER, Mention
from reader.ui.article.header import ArticleHeader
from reader.ui.entities.entity_models import MentionRole, SpanRole
from tests.core.store.test_entity_teasers import TEASER_TEXT, clipping
from tests.ui.entities.test_entities_view import _open_entities, _rows, _seeds


def _mentions_of(window, qtbot, name: str):
    """The Entities view open on `name`'s mentions, and those mentions in their order."""
    view = _open_entities(window, qtbot)
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, name)
    (entity,) = _rows(view)
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # to the mentions, shown now
    mentions: list[Mention] = [view.mentions.index(r).data(MentionRole) for r in range(view.mentions.rowCount())]
    return view, entity, mentions


def test_a_name_only_the_teaser_gives_opens_selected_in_the_teaser(make_window, qtbot, tmp_path) -> None:
    window = make_window()
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([clipping(tmp_path)], report=False)
    (clipped,) = [s.id for s in window.session.store.sources.list() if s.file_name == "gipfel.md"]
    view, trump, mentions = _mentions_of(window, qtbot, "Donald Trump")
    assert trump.sources == 4  # seeds 001, 002, 004 and the clipping
    row = next(r for r, m in enumerate(mentions) if m.source_id == clipped)
    assert mentions[row].part == TEASER and mentions[row].context == TEASER_TEXT  # the teaser's line
    start, end = view.mentions.index(row).data(SpanRole)  # the name emphasised in it
    assert mentions[row].context[start:end] == "Donald Trump"
    view.mention_view.setCurrentIndex(view.mentions.index(row))
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Return)
    assert not window.entities.mode.active and window.open_source_id == clipped
    teaser = window.article.view.header.teaser
    assert teaser.isVisible() and teaser.text() == TEASER_TEXT
    assert teaser.selectedText() == "Donald Trump"
    assert teaser.selectionStart() == TEASER_TEXT.index("Donald Trump")
    assert window.article.view.matches == []  # nothing marked in the text
    assert window.article.view.hasFocus()  # the keys read on, as after a mention in the text


def test_double_clicking_a_teaser_mention_shows_the_header_and_a_text_mention_leaves_it(
    make_window, qtbot
) -> None:
    window = make_window()
    seed = _seeds(window)["002"]
    window.read_source(seed)
    window.article.set_reading_position(1.0)  # read to the end before
    bar = window.article.view.verticalScrollBar()
    assert bar.value() > 0
    view, _panasonic, mentions = _mentions_of(window, qtbot, "Panasonic")
    assert [(m.source_id, m.part) for m in mentions] == [(seed, TEASER), (seed, BODY)]
    first = view.mention_view.visualRect(view.mentions.index(0)).center()
    qtbot.mouseClick(view.mention_view.viewport(), Qt.MouseButton.LeftButton, pos=first)  # a
    qtbot.mouseDClick(view.mention_view.viewport(), Qt.MouseButton.LeftButton, pos=first)  # double click
    assert not window.entities.mode.active
    teaser = window.article.view.header.teaser
    assert teaser.selectedText() == "Panasonic" and teaser.selectionStart() == mentions[0].start
    assert bar.value() == 0  # the page's top: the header with the teaser in sight
    view, _panasonic, mentions = _mentions_of(window, qtbot, "Panasonic")
    view.mention_view.setCurrentIndex(view.mentions.index(1))
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Return)
    assert window.article.view.matches == [(mentions[1].start, mentions[1].end)]
    assert not teaser.hasSelectedText()  # the teaser's mention is no longer the one shown


def test_a_teaser_selection_counts_characters_as_the_index_does(qtbot) -> None:
    """The index counts code points, the label UTF-16 units: a flag before the name is two
    characters of the teaser and four units of the label."""
    header = ArticleHeader()
    qtbot.addWidget(header)
    text = "🇯🇵 Sanae Takaichi trifft Donald Trump."
    header.teaser.setText(text)
    start = text.index("Donald Trump")
    header.select_in_teaser((start, start + len("Donald Trump")))
    assert header.teaser.selectedText() == "Donald Trump"
    header.select_in_teaser((start, len(text) + 5))  # the teaser changed since: nothing chosen
    assert not header.teaser.hasSelectedText()
