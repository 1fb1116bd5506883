"""A long undated title takes two lines at most, its last ending in "…"; the whole title is in
its tooltip, as in the library's rows.

Seen walking the German window at 1024 × 700 (session 27): the undated column, some 20 letters
wide, broke a long headline into six lines, three titles filling the column. Real window on
the seeds, offscreen, rows read from the list's own layout and from pixels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QFontMetricsF, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from reader.ui.timeline.undated_list import TITLE_LINES, wrapped

LONG = ("Wettlauf um Rohstoffe: das japanische Wirtschaftsministerium setzt auf neue Partner in "
        "Afrika und Südamerika, um die Abhängigkeit von China zu verringern")  # fmt: skip
OWN_ELLIPSIS = "Was kommt nach Merz… und wer zahlt am Ende die Rechnung für die Schuldenbremse"
SHORT = "Zölle: was nun?"


def _timeline(make_window, qtbot, speak):
    speak("de")
    window = make_window()
    window.resize(1024, 700)
    store = window.session.store
    for source_id, title in zip(store.sources.ids()[:3], (LONG, OWN_ELLIPSIS, SHORT), strict=True):
        store.sources.update_metadata(source_id, title=title, published=None)
    window.timeline.action.trigger()
    timeline = window.timeline.window
    timeline.resize(1024, 600)
    undated = timeline.undated
    qtbot.waitUntil(lambda: undated.isVisible() and undated.count() >= 3)
    qtbot.wait(150)  # the list lays its items out again after a short delay
    return undated


def _item(undated, title: str):
    return next(undated.item(r) for r in range(undated.count()) if undated.item(r).text() == title)


def test_a_long_title_takes_two_lines_and_ends_in_one_ellipsis(make_window, qtbot, speak) -> None:
    undated = _timeline(make_window, qtbot, speak)
    width = undated.text_width()
    line = QFontMetricsF(undated.font()).lineSpacing()
    assert QFontMetricsF(undated.font()).horizontalAdvance(LONG) > 4 * width  # it would take five lines or more
    for title in (LONG, OWN_ELLIPSIS):
        layout = wrapped(title, undated.font(), width)
        shown = layout.text()
        assert layout.lineCount() == TITLE_LINES, title
        assert shown.endswith("…") and "……" not in shown and shown != title
        assert title.startswith(shown[: layout.lineAt(1).textStart()])  # the first line as it was
        rect = undated.visualItemRect(_item(undated, title))
        assert rect.height() < (TITLE_LINES + 0.5) * line  # the row is two lines high, no more
        assert _item(undated, title).toolTip().startswith(title)  # whole in the tooltip
    short = wrapped(SHORT, undated.font(), width)
    assert short.text() == SHORT and short.lineCount() == 1


def test_the_tooltip_names_the_whole_title(make_window, qtbot, speak) -> None:
    undated = _timeline(make_window, qtbot, speak)
    rect = undated.visualItemRect(_item(undated, LONG))
    point = QPoint(rect.center())
    QApplication.sendEvent(undated.viewport(), QHelpEvent(QEvent.Type.ToolTip, point, undated.viewport().mapToGlobal(point)))
    assert QToolTip.isVisible() and QToolTip.text().startswith(LONG)
    QToolTip.hideText()
    assert _item(undated, LONG).data(Qt.ItemDataRole.UserRole)
