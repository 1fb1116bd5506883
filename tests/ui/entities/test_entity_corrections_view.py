"""Correcting the entity index in the Entities view, as a user does: by keyboard (Del, Ctrl+M,
the Menu key (what Qt sends on it) and Shift+F10 into the context menu, letters there), by the menu bar's Entities
menu, undone and redone with Ctrl+Z and Ctrl+Shift+Z, hidden entries seen again with "Show
hidden" and restored; and nothing offered in a read-only library."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from reader.core.entities import EntityKind, EntitySummary
from reader.ui import context_menus
from reader.ui.entities.entity_models import NAME, EntityRole
from reader.ui.entities.merge_chooser import MergeChooser

OPEN_MENU = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _open(window, qtbot):
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=60_000):
        qtbot.keyClick(window.library.source_view, Qt.Key.Key_E, CTRL | SHIFT)
    return mode.view


def _rows(view) -> list[EntitySummary]:
    return [view.model.index(r, NAME).data(EntityRole) for r in range(view.model.rowCount())]


def _names(view) -> set[str]:
    return {e.name for e in _rows(view)}


def _choose(view, qtbot, name: str) -> EntitySummary:
    """Type the name into the filter, then Down into the list: the entry is chosen."""
    view.filter_box.clear()
    qtbot.keyClicks(view.filter_box, name)
    qtbot.keyClick(view.filter_box, Qt.Key.Key_Down)
    chosen = view.current_entity()
    assert view.table.hasFocus() and chosen is not None and chosen.name == name
    return chosen


def _after(window, qtbot, act) -> None:  # type: ignore[no-untyped-def]
    """Do `act`, then wait for the list read again."""
    with qtbot.waitSignal(window.entities.mode.indexed, timeout=30_000):
        act()


def _type_into_menus(keys: list[str | Qt.Key], seen: list[tuple[QMenu, str]]) -> None:
    """Type each letter into the popup menu open then, the next only once a new one opened (the
    context menu runs its own event loop, so this runs from timers while it is open)."""

    def step() -> None:
        popup = QApplication.activePopupWidget()
        if not isinstance(popup, QMenu) or (seen and popup is seen[-1][0]):
            QTimer.singleShot(10, step)
            return
        seen.append((popup, popup.objectName()))
        QTest.keyClick(popup, keys.pop(0))
        if keys:
            QTimer.singleShot(10, step)

    QTimer.singleShot(0, step)


def test_not_a_name_by_del_then_undo_and_redo(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    nikkei = _choose(view, qtbot, "Nikkei")
    view.filter_box.clear()
    row = view.model.row_of(nikkei.id)
    view.table.setFocus()
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Delete))
    assert "Nikkei" not in _names(view)
    assert view.model.row_of(view.current_entity().id) == row  # the next entry is chosen
    assert window.undo_action.text() == "&Undo Not a name: “Nikkei”"
    assert "Nikkei" not in window.session.store.entities.whos_who(window.session.store.sources.ids())
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL))
    assert "Nikkei" in _names(view)
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Z, CTRL | SHIFT))
    assert "Nikkei" not in _names(view)


@OPEN_MENU
def test_change_kind_from_the_context_menu_by_the_menu_key(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    _choose(view, qtbot, "Japan Tech Bridge")
    seen: list[tuple[QMenu, str]] = []
    _type_into_menus(["k", "l"], seen)  # Change kind ▸ Place (the rules say organisation)
    _after(window, qtbot, lambda: context_menus.open_by_key(view.table))
    assert [name for _menu, name in seen[:1]] == ["entityMenu"]
    bridge = next(e for e in _rows(view) if e.name == "Japan Tech Bridge")
    assert bridge.kind is EntityKind.PLACE
    assert window.session.store.entities.find("Japan Tech Bridge")[0].kind is EntityKind.PLACE


@OPEN_MENU
def test_merge_into_by_ctrl_m_with_the_chooser_then_separate_from_shift_f10(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    before = {e.name: e for e in _rows(view)}
    _choose(view, qtbot, "Washington")

    def choose_in_dialog() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if isinstance(w, MergeChooser) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, choose_in_dialog)
            return
        QTest.keyClicks(dialog.filter_box, "united")
        assert dialog.chosen() is not None and dialog.chosen().name == "United States"
        QTest.keyClick(dialog.filter_box, Qt.Key.Key_Down)
        QTest.keyClick(dialog.choices, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose_in_dialog)
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_M, CTRL))
    # The filter "Washington" would hide the entry merged into and leave the list empty: it is
    # cleared, and the entry is chosen in the whole list, in sight.
    assert view.filter_box.text() == "" and view.model.rowCount() == view.model.total()
    assert "Washington" not in _names(view)
    us = view.current_entity()  # the entry it was merged into is chosen
    assert us is not None and us.name == "United States"
    assert view.table.viewport().rect().intersects(view.table.visualRect(view.table.currentIndex()))
    assert us.mentions == before["United States"].mentions + before["Washington"].mentions
    assert window.undo_action.text() == "&Undo Merge “Washington” into “United States”"
    assert window.statusBar().currentMessage() == "“Washington” merged into “United States” (Ctrl+Z takes it back)"
    window.activateWindow()  # back from the chooser: Shift+F10 is the window's, for what has the focus
    view.table.setFocus()
    qtbot.waitUntil(view.table.hasFocus)
    seen: list[tuple[QMenu, str]] = []
    _type_into_menus(["s", Qt.Key.Key_Return], seen)  # Separate ▸ Washington, the first (and only) name
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_F10, SHIFT))
    assert "Washington" in _names(view)


@OPEN_MENU
def test_show_hidden_lists_them_greyed_and_restore_brings_one_back(make_window, qtbot) -> None:
    window = make_window()
    view = _open(window, qtbot)
    _choose(view, qtbot, "Nikkei")
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Delete))
    corrections = window.entities.corrections
    assert not corrections.restore_action.isVisible()
    _after(window, qtbot, lambda: corrections.hidden_box.click())
    nikkei = _choose(view, qtbot, "Nikkei")
    assert nikkei.hidden
    index = view.model.index(view.model.row_of(nikkei.id), NAME)
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert corrections.restore_action.isEnabled() and not corrections.hide_action.isEnabled()
    seen: list[tuple[QMenu, str]] = []
    _type_into_menus(["r"], seen)
    _after(window, qtbot, lambda: context_menus.open_by_key(view.table))
    assert not next(e for e in _rows(view) if e.name == "Nikkei").hidden


def test_entities_menu_shows_with_the_view(make_window, qtbot) -> None:
    window = make_window()
    menu = dict(window.menus)["Entit&y"]
    assert not menu.menuAction().isVisible()
    view = _open(window, qtbot)
    assert menu.menuAction().isVisible()
    _choose(view, qtbot, "Tesla")
    actions = window.entities.corrections
    assert actions.hide_action in menu.actions() and actions.merge_action.isEnabled()
    _after(window, qtbot, actions.kind_actions[EntityKind.PERSON].trigger)
    assert "Tesla" in {e.name for e in _rows(view) if e.kind is EntityKind.PERSON}
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not window.entities.mode.active and not menu.menuAction().isVisible()


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_entry_has_a_letter_of_its_own_in_both_languages(make_window, qtbot, speak, language) -> None:
    from tests.ui.letters import menu_faults

    speak(language)
    window = make_window()
    view = _open(window, qtbot)
    _after(window, qtbot, lambda: window.entities.corrections.hidden_box.click())  # Restore shows too
    _choose(view, qtbot, "Nikkei")
    menu = window.menus[6][1]
    assert window.entities.corrections.restore_action in menu.actions()
    assert menu.menuAction().isVisible() and menu_faults(menu) == []
    assert window.entities.corrections.hidden_box.text() == {"en": "Sh&ow hidden", "de": "Ve&rborgene anzeigen"}[language]


def test_a_read_only_library_offers_no_correction(tmp_path, seeds_dir, qtbot) -> None:
    from reader import paths
    from reader.core import importer
    from reader.core.store import Store
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        importer.import_paths(store, [seeds_dir], workers=1)
        store.entities.refresh()
    before = where.db_path.read_bytes()
    store = Store.open(where.db_path, read_only=True)
    window = MainWindow(Session(store), where)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
            window.entities.mode.action.setChecked(True)
        view = window.entities.mode.view
        _choose(view, qtbot, "Nikkei")
        corrections = window.entities.corrections
        assert not corrections.hide_action.isEnabled() and not corrections.merge_action.isEnabled()
        assert "read-only" in corrections.hide_action.toolTip()
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
        assert "Nikkei" in _names(view) and corrections.hidden_box.isEnabled()  # looking is no change
    finally:
        window.close()
        store.close()
    assert where.db_path.read_bytes() == before
