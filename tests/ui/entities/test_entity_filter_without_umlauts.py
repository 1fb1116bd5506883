"""The Entities view's filter and the Merge into… chooser find a name typed without its umlaut
or accent ("Dusseldorf", "Duesseldorf" for "Düsseldorf").

Walking the window in German: "Konig" left the list empty beside "Vereinigtes Königreich", while
the library's search box, typed the same way, finds "Zölle" for "Zolle". An English keyboard
types no umlaut, and the consultants read German and English sources alike.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.ui.entities.merge_chooser import MergeChooser
from tests.ui.entities.test_entity_corrections_view import CTRL, _choose, _names, _open


@pytest.mark.parametrize("typed", ["Dusseldorf", "duesseldorf", "Düsseldorf", "DÜSSEL"])
def test_the_filter_finds_the_name_however_its_umlaut_is_typed(make_window, qtbot, typed: str) -> None:
    view = _open(make_window(), qtbot)
    view.filter_box.insert(typed)  # as typed (QTest types no umlaut)
    assert _names(view) == {"Düsseldorf"}


def test_the_merge_chooser_finds_it_too(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    _choose(view, qtbot, "Japan")
    offered: list[set[str]] = []

    def type_in_chooser() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MergeChooser) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, type_in_chooser)
            return
        QTest.keyClicks(dialog.filter_box, "dussel")
        choices = dialog.choices
        offered.append({choices.item(r).text().split(" — ")[0] for r in range(choices.count()) if not choices.item(r).isHidden()})
        dialog.reject()

    QTimer.singleShot(0, type_in_chooser)
    qtbot.keyClick(view.table, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [{"Düsseldorf"}]
