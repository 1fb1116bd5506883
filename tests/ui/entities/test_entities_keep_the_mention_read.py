"""Back in View ▸ Entities after reading a mention, the mention read is still the chosen one, so
`↓` and `Enter` read the next: the list went back to its first mention, and walking an
entity's mentions one by one started over each time (seen at the third of Takaichi's eight)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.core.entities import Mention
from reader.ui.entities.entity_models import MentionRole
from tests.ui.entities.test_entities_view import _open_entities


def test_the_mention_read_stays_chosen_when_the_view_comes_back(make_window, qtbot) -> None:
    window = make_window()
    view = _open_entities(window, qtbot)
    qtbot.keyClicks(view.filter_box, "Takaichi")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.mention_view.hasFocus() and view.mentions.rowCount() > 3
    for _ in range(2):
        qtbot.keyClick(view.mention_view, Qt.Key.Key_Down)
    read: Mention = view.mention_view.currentIndex().data(MentionRole)
    assert view.mention_view.currentIndex().row() == 2
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Return)
    assert not window.entities.mode.active and window.open_source_id == read.source_id

    with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):  # the list is read anew
        qtbot.keyClick(window.article.view, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    current = view.mention_view.currentIndex()
    assert current.row() == 2 and current.data(MentionRole) == read
    assert current in view.mention_view.selectionModel().selectedIndexes()  # shown as chosen

    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)  # the keys reach it as before: list, mentions
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Down)
    following: Mention = view.mention_view.currentIndex().data(MentionRole)
    assert following == view.mentions.index(3).data(MentionRole)


def test_another_entity_starts_at_its_first_mention(make_window, qtbot) -> None:
    window = make_window()
    view = _open_entities(window, qtbot)
    qtbot.keyClicks(view.filter_box, "Takaichi")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.keyClick(view.mention_view, Qt.Key.Key_Down)
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, "Kishida")
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    assert "Kishida" in view.current_entity().name
    assert view.mention_view.currentIndex().row() == 0
