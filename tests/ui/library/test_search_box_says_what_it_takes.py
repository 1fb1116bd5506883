"""The search box names the search language: a new user found no `tag:` or `after:` anywhere.

Walked as a new user: the box said "Search library   /" and nothing else, in either language;
filters, phrases and OR were in the README only. Its tooltip names them now, and the status bar
does while the box has the focus (`/` gives it the focus, where no tooltip shows). Every part of
the hint is a query the search runs.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication

from reader.ui.library import live_search
from reader.ui.library.search_box import search_hint


@pytest.mark.parametrize(("language", "named"), [("en", ("tag:", "after:", '"')), ("de", ("schlagwort:", "nach:", '"'))])
def test_the_box_names_filters_and_phrases(make_window, speak, language, named) -> None:
    speak(language)
    window = make_window()
    box = window.library.search_box
    for part in named:
        assert part in box.toolTip(), part


def test_slash_shows_the_hint_in_the_status_bar_and_leaving_takes_it_away(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    window.activateWindow()
    qtbot.keyClick(library.source_view, Qt.Key.Key_Slash)
    assert QApplication.focusWidget() is library.search_box
    assert window.statusBar().currentMessage() == search_hint()
    qtbot.keyClick(library.search_box, Qt.Key.Key_Escape)  # back to the list
    assert QApplication.focusWidget() is library.source_view
    assert window.statusBar().currentMessage() == ""


def test_leaving_keeps_a_notice_posted_meanwhile(make_window, qtbot) -> None:
    window = make_window()
    library = window.library
    library.focus_search()
    window.session.notice_posted.emit("Import finished: 3 imported")
    library.source_view.setFocus()
    assert window.statusBar().currentMessage() == "Import finished: 3 imported"


def test_a_notice_stays_when_the_focus_only_comes_back_to_the_box(make_window) -> None:
    """A dialog closed (Save search…) and its notice said: the box getting its focus back must
    not cover the notice with the hint."""
    window = make_window()
    box = window.library.search_box
    window.session.notice_posted.emit("Saved search “x”: listed under the tags (Ctrl+Z takes it back)")
    QApplication.sendEvent(box, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.ActiveWindowFocusReason))
    assert window.statusBar().currentMessage().startswith("Saved search")


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_example_in_the_hint_is_a_query_the_search_runs(make_window, speak, language) -> None:
    speak(language)
    window = make_window()
    examples = search_hint().split(": ", 1)[1]
    for example in re.split(r",\s+", examples):
        live_search.run(window.session, example)  # raises if refused


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_hint_fits_the_status_bar_of_a_1024_pixel_window(make_window, speak, qtbot, language) -> None:
    """At 1024 × 640 the first hint was cut: "… – Enter öffnet den ersten Tr"."""
    speak(language)
    window = make_window()
    window.resize(1024, 640)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar = window.statusBar()
    assert bar.fontMetrics().horizontalAdvance(search_hint()) < bar.width() - 40  # the size grip, margins
