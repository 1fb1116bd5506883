"""The story window shows each report's highlights in their labels' colours, as the reading view
does: it showed the texts bare, so a consultant comparing two reports saw nothing of what they
had marked in either, nor which label a colour stood for."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QTextDocument
from PySide6.QtWidgets import QTextBrowser

from reader.core import stories
from reader.core.changes import Changes
from reader.ui.theme import theme
from tests.ui.stories.tokyo_story import open_tokyo_story


def _background(browser: QTextBrowser, words: str) -> QColor:
    """The background the words are drawn on (at their middle letter)."""
    found = browser.document().find(words, 0, QTextDocument.FindFlag.FindCaseSensitively)
    assert not found.isNull(), words
    found.setPosition((found.selectionStart() + found.selectionEnd()) // 2 + 1)
    return found.charFormat().background().color()


def _mark(store, source_id: int, label: str, length: int = 40) -> str:  # type: ignore[no-untyped-def]
    """Highlight a passage in the middle of the source's reading text; its words."""
    text = store.sources.get(source_id).reading_text
    start = text.index(" ", len(text) // 2) + 1
    end = text.index(" ", start + length)
    store.highlights.add(source_id, start, end, label)
    return text[start:end]


@pytest.mark.parametrize(("language", "said"), [("en", "Your highlights: "), ("de", "Ihre Markierungen: ")])
def test_each_reports_highlights_in_their_labels_colours(make_window, qapp, speak, language: str, said: str) -> None:
    speak(language)
    window = make_window()
    store, look = window.session.store, theme(window.settings.theme)
    view, members, columns = open_tokyo_story(window, qapp)
    first = _mark(store, members[0].id, "risk")
    second = _mark(store, members[1].id, "evidence", 60)
    view.close()
    view, _members, columns = open_tokyo_story(window, qapp)
    assert _background(columns[0], first) == look.label_color("risk")
    assert _background(columns[1], second) == look.label_color("evidence")
    opening = members[0].reading_text.split()[:3]  # words before the highlight: not coloured
    assert _background(columns[0], " ".join(opening)) != look.label_color("risk")
    legend = view.note.text()
    assert said in legend and look.label_color("risk").name() in legend and look.label_color("evidence").name() in legend
    view.close()


def test_a_highlight_made_in_the_main_window_shows_in_the_open_story(make_window, qapp, monkeypatch) -> None:
    """It shows where the story window stands: the refresh had raised the story window and taken
    the keyboard from the main window at every highlight."""
    window = make_window()
    store, look = window.session.store, theme(window.settings.theme)
    view, members, columns = open_tokyo_story(window, qapp)
    assert "Your highlights" not in view.note.text()
    brought: list[str] = []
    monkeypatch.setattr(view, "raise_", lambda: brought.append("raise"))
    monkeypatch.setattr(view, "activateWindow", lambda: brought.append("activate"))
    text = store.sources.get(members[2].id).reading_text
    start = text.index(" ", len(text) // 3) + 1
    end = text.index(" ", start + 30)
    window.session.apply(lambda: store.highlights.add(members[2].id, start, end, "question")[1])
    columns = [view.columns.widget(i).findChild(QTextBrowser) for i in range(view.columns.count())]
    assert _background(columns[2], text[start:end]) == look.label_color("question")
    assert brought == []
    view.close()



def test_a_highlight_repaints_its_report_alone_where_it_was_read(make_window, qapp, monkeypatch) -> None:
    """A highlight made in one of the story's reports rebuilt the whole window — every column
    anew, the reports compared again — and the report being read jumped back to its top. Now
    its text alone is repainted, scrolled where it was; the other columns are left as they are."""
    window = make_window()
    store, look = window.session.store, theme(window.settings.theme)
    view, members, columns = open_tokyo_story(window, qapp)
    view.resize(900, 420)  # short enough for every report to scroll
    qapp.processEvents()
    bar = columns[1].verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum() // 2)
    before = [view.columns.widget(i) for i in range(view.columns.count())]
    others = [c.toHtml() for i, c in enumerate(columns) if i != 1]
    compared: list[int] = []
    real = stories.story_view
    monkeypatch.setattr(stories, "story_view", lambda *args: compared.append(1) or real(*args))
    words = _mark(store, members[1].id, "client")
    window.session.apply(lambda: Changes(highlights=frozenset({members[1].id})))
    qapp.processEvents()
    assert [view.columns.widget(i) for i in range(view.columns.count())] == before
    assert _background(columns[1], words) == look.label_color("client")
    assert bar.value() == bar.maximum() // 2
    assert [c.toHtml() for i, c in enumerate(columns) if i != 1] == others
    assert compared == []
    assert look.label_color("client").name() in view.note.text()
    view.close()
