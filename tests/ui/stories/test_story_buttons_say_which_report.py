"""A screen reader hears which report a story column's buttons and text belong to.

Heard on the keyboard walk: Tab through the story window said "Open", "Take out of story",
"Open", "Take out of story" … once per report, and the reports' texts had no name at all; only
a sighted reader could tell the columns apart. Each now names its report's title, in English
and in German (the buttons still show their short words)."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QWidget


def _said(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


@pytest.mark.parametrize(("language", "open_word", "out_word"),
                         [("en", "Open", "out of"), ("de", "Öffnen", "Geschichte")])  # fmt: skip
def test_each_column_names_its_report(make_window, speak, language, open_word, out_word) -> None:
    speak(language)
    window = make_window()
    window.stories.show_story()
    view = window.stories._view
    columns = [view.columns.widget(i) for i in range(view.columns.count())]
    assert len(columns) == 3
    heard = set()
    for column in columns:
        shown = html.unescape(re.sub(r"<[^>]+>", "", column.findChildren(QLabel)[0].text()))
        title = " ".join(shown.split()[:2])
        opener, take_out = column.findChildren(QPushButton)
        (text,) = column.findChildren(QTextBrowser)
        assert opener.text().replace("&", "") == open_word
        for widget, word in ((opener, open_word), (take_out, out_word), (text, "")):
            said = _said(widget)
            assert title in said and word.casefold() in said.casefold(), said
            heard.add(said)
    speak("en")
    assert len(heard) == 9  # nine controls, nine different names
