"""Every menu entry, button, check box and labelled field has one Alt+letter of its own, in
English and in German: the real window with the composer docked beside the reading panes and
beside each full-width view, the story and timeline windows, and every dialog.

A keyboard walkthrough found the Edit menu's highlight and find entries, the composer's and the
story window's buttons without any letter, and the filter bar's fields without one to reach
them by. Qt's own OK / Cancel / Close of a button box are left as Qt names them (Esc and Enter
reach them). Faults are listed whole in the assertion message: what lacks a letter, and which
letter two owners share.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.ui.letters import menu_faults, window_faults
from tests.ui.test_i18n_walk import prepare


def _composer_beside(window, qtbot) -> None:
    """The composer docked, on a screen wide enough that library and notes stay beside it."""
    window.resize(1920, 1000)
    briefing_id = window.session.store.briefings.all()[0].id  # "Japan", made by `prepare`
    window.briefings.show(briefing_id)
    qtbot.waitUntil(lambda: window.briefings.dock.isVisible())
    window.keys.library_action.setChecked(True)
    window.keys.notes_action.setChecked(True)


def _in_the_composer(window, qtbot, titles: list[str]) -> list[str]:
    """The faults while the keyboard is in the composer (its letters wake, the others rest),
    then the keyboard back where it was."""
    before = QApplication.focusWidget()
    window.briefings.composer().items_list.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    faults = window_faults(window, titles)
    (before or window.article.view).setFocus()
    qtbot.waitUntil(lambda: not window.briefings.letters.in_dock)
    return faults


def _main_window_faults(window, qtbot) -> dict[str, list[str]]:
    titles = [title for title, _menu in window.menus]
    found = {"menus": [f for _t, menu in window.menus for f in menu_faults(menu)]}
    _composer_beside(window, qtbot)
    found["reading"] = window_faults(window, titles)
    found["reading, in the composer"] = _in_the_composer(window, qtbot, titles)
    for name, action in (("highlights", window.modes.action), ("table", window.table_mode.action),
                         ("entities", window.entities.mode.action)):  # fmt: skip
        if action is window.entities.mode.action:
            with qtbot.waitSignal(window.entities.mode.indexed, timeout=60_000):
                action.setChecked(True)
        else:
            action.setChecked(True)
        qtbot.wait(10)
        found[name] = window_faults(window, titles)
        found[f"{name}, in the composer"] = _in_the_composer(window, qtbot, titles)
        for button in (b for b in window.findChildren(QWidget) if b.isVisible() and hasattr(b, "menu")):
            if callable(button.menu) and button.menu() is not None and not isinstance(button, QDialog):
                found[name] += menu_faults(button.menu())
        action.setChecked(False)
    return {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_main_window_and_the_docked_composer(make_window, qapp, qtbot, language) -> None:
    window = prepare(make_window, qapp, language)
    faults = _main_window_faults(window, qtbot)
    assert not faults, _said(faults)


def _said(faults: dict[str, list[str]]) -> str:
    return "\n".join(f"{where}: {fault}" for where, found in faults.items() for fault in found)


def _other_windows_faults(window, qtbot) -> dict[str, list[str]]:
    """The timeline, a story of the seeds, and each dialog the menus lead to."""
    from reader.core.models import ImportResult, ImportStatus
    from reader.ui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog, shortcut_rows
    from reader.ui.dialogs.preferences_dialog import PreferencesDialog
    from reader.ui.export.dialog import ExportDialog
    from reader.ui.library.import_dialogs import ImportReportDialog
    from reader.ui.library.metadata_dialog import MetadataDialog
    from reader.ui.safety.backups_dialog import BackupsDialog

    found: dict[str, list[str]] = {}
    window.timeline.show()
    qtbot.waitExposed(window.timeline.window)
    found["timeline"] = window_faults(window.timeline.window)
    window.timeline.window.close()
    for source_id in window.session.store.sources.ids():
        window.open_source(source_id)
        window.stories.show_story()
        if window.stories._view is not None:
            break
    story = window.stories._view
    qtbot.waitExposed(story)
    found["story"] = window_faults(story)
    story.close()
    source = window.session.store.sources.get(window.open_source_id)
    results = [ImportResult("a.pdf", ImportStatus.ERROR, "not a text file (PDF document)"),
               ImportResult("c.txt", ImportStatus.IMPORTED, None, 2, "Titel")]  # fmt: skip
    rows = shortcut_rows((title, menu.actions()) for title, menu in window.menus)
    for dialog in (PreferencesDialog(window.settings, window), ShortcutsDialog(rows, window),
                   AboutDialog(str(window.session.store.path), window), MetadataDialog(source, window),
                   ExportDialog(window.session, [source.id], window), ImportReportDialog(results, False, window),
                   BackupsDialog(window.session.store.path, None, window)):  # fmt: skip
        dialog.show()
        qtbot.waitExposed(dialog)
        found[type(dialog).__name__] = window_faults(dialog)
        dialog.close()
        dialog.deleteLater()
    return {k: v for k, v in found.items() if v}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_story_and_timeline_windows_and_the_dialogs(make_window, qapp, qtbot, language) -> None:
    window = prepare(make_window, qapp, language)
    faults = _other_windows_faults(window, qtbot)
    assert not faults, _said(faults)


@pytest.mark.parametrize(("language", "outlet", "add_text"), [("en", "O", "T"), ("de", "M", "T")])
def test_alt_letters_reach_their_controls(make_window, qapp, qtbot, language, outlet, add_text) -> None:
    """Pressed for real: the filter's letter puts the keyboard in its list (through the label's
    buddy); in the composer, Add text's letter adds a text; the composer's letters rest while
    the keyboard reads, so the same letter there stays the article's side's."""
    from PySide6.QtCore import Qt

    from reader.core.briefing_model import ItemKind

    window = prepare(make_window, qapp, language)
    window.activateWindow()
    _composer_beside(window, qtbot)
    window.article.view.setFocus()
    qtbot.waitUntil(window.article.view.hasFocus)
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.article.view, getattr(Qt.Key, f"Key_{outlet}"), alt)
    assert window.library.filters.outlet_combo.hasFocus()
    composer = window.briefings.composer()
    before = len(window.session.store.briefings.items(composer.briefing_id))
    composer.items_list.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    qtbot.keyClick(composer.items_list, getattr(Qt.Key, f"Key_{add_text}"), alt)
    store = window.session.store
    qtbot.waitUntil(lambda: len(store.briefings.items(composer.briefing_id)) > before)  # Qt animates the click
    items = store.briefings.items(composer.briefing_id)
    assert len(items) == before + 1 and items[-1].kind is ItemKind.TEXT
    assert QApplication.focusWidget() is composer.editor  # ready for typing, as a click leaves it


def test_a_renamed_label_gets_a_free_letter_of_its_own_name() -> None:
    """A word's first letter first, one without a descender before one with; a letter inside a
    word when no first letter is free; the name's own "&" stays literal."""
    from reader.ui.letters import letter_of, with_letter

    assert with_letter("Key point", set()) == "&Key point"
    assert with_letter("Quote for client", {"f"}) == "Quote for &client"  # not the Q, which descends
    assert with_letter("Risk", {"r", "i"}) == "Ri&sk"
    assert with_letter("R&D", {"r"}) == "R&&&D" and letter_of("R&&&D") == "d"
    assert with_letter("Ok", {"o", "k"}) == "Ok"  # none left: reached with the arrows


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_notes_panes_bars_together(make_window, qapp, qtbot, language, data_dir) -> None:
    """The bars over the note and the annotation, raised by a second connection, in the ways
    they meet: both texts changed elsewhere (the two conflict bars: they shared Keep mine's and
    Show the other's letters, so Alt+K only moved between them); then the highlight deleted
    and the note changed again (the annotation's lost-text bar beside the note's conflict
    bar); then the source deleted (both lost-text bars). Each button has a letter no other
    control of the window has."""
    from reader import paths
    from reader.core.store import Store
    from tests.ui.elsewhere import look

    window = prepare(make_window, qapp, language)
    qtbot.waitUntil(window.outside.idle)
    source_id = window.open_source_id
    highlight_id = window.notes.annotation.highlight_id
    notes, titles = window.notes, [title for title, _menu in window.menus]
    notes.annotation.editor.setPlainText("Im Fenster kommentiert")
    notes.note.editor.setPlainText("Im Fenster zusammengefasst")
    other = Store.open(paths.resolve(data_dir).db_path, verify=False)
    try:
        other.highlights.update(highlight_id, annotation="Im Terminal kommentiert")
        other.notes.set(source_id, "Im Terminal zusammengefasst")
        look(qtbot, window)
        assert notes.annotation.conflict.isVisible() and notes.note.conflict.isVisible()
        faults = {"two conflicts": window_faults(window, titles)}
        other.highlights.delete(highlight_id)
        other.notes.set(source_id, "Im Terminal noch einmal")
        look(qtbot, window)
        assert notes.annotation.lost.isVisible() and notes.note.conflict.isVisible()
        faults["a highlight lost, a conflict"] = window_faults(window, titles)
        other.sources.delete(source_id)
        look(qtbot, window)
        assert notes.annotation.lost.isVisible() and notes.note.lost.isVisible()
        faults["a source lost"] = window_faults(window, titles)
    finally:
        other.close()
    assert not any(faults.values()), _said(faults)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_composers_bars(make_window, qapp, qtbot, language, data_dir) -> None:
    """The bars over the docked composer's editor, raised by a second connection while the
    keyboard is in the composer: a text changed elsewhere while typed (the conflict bar, whose
    German words had shared B and A with Bearbeiten and Ansicht), then that text's item deleted
    elsewhere (the lost-item bar: Copy text, Keep as a new item). Each button has a letter no
    other control of the window has, the menu bar's titles included."""
    from reader import paths
    from reader.core.briefing_model import ItemKind
    from reader.core.store import Store

    window = prepare(make_window, qapp, language)
    qtbot.waitUntil(window.outside.idle)
    _composer_beside(window, qtbot)
    titles = [title for title, _menu in window.menus]
    composer = window.briefings.composer()
    bars = composer.item_editor
    composer.add_item(ItemKind.TEXT, "Im Fenster geschrieben")
    item_id = window.session.store.briefings.items(composer.briefing_id)[-1].id
    composer.editor.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    composer.editor.insertPlainText("Noch getippt. ")
    other = Store.open(paths.resolve(data_dir).db_path, verify=False)
    try:
        other.briefings.update_item_text(item_id, "Im Terminal geschrieben")
        composer.editor.flush()  # the pause in typing
        assert bars.conflict.isVisible()
        faults = {"a text changed elsewhere": window_faults(window, titles)}
        other.briefings.remove_item(item_id)
        composer.editor.flush()
        assert bars.lost.isVisible() and bars.lost.keep_button.isVisible()
        composer.items_list.setFocus()  # the editor, let go, greyed out
        qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
        faults["a text deleted elsewhere"] = window_faults(window, titles)
    finally:
        other.close()
    assert not any(faults.values()), _said(faults)
