"""Entity ▸ Corrections… lists every correction the user made — one whose entry no source names
now (kept by name, which the view showed nowhere) too — and Restore takes one back, undone with
Ctrl+Z in the dialog; in English and German."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.entities.test_entity_corrections_view import _after, _choose, _open

CTRL = Qt.KeyboardModifier.ControlModifier


def _rows(dialog) -> list[list[str]]:  # type: ignore[no-untyped-def]
    table = dialog.table
    return [[table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())]


@pytest.mark.parametrize(("language", "hidden", "gone", "said"), [
    ("en", "Not a name", "Not now (kept)", "“Nikkei” listed as the rules found it (Ctrl+Z puts the correction back)"),
    ("de", "Kein Name", "Derzeit nicht (bleibt)",
     "„Nikkei“ wieder so geführt, wie die Regeln es fanden (Strg+Z stellt die Korrektur wieder her)"),
])  # fmt: skip
def test_an_orphaned_correction_is_listed_and_restored_and_undone(
    make_window, qtbot, speak, language: str, hidden: str, gone: str, said: str
) -> None:
    speak(language)
    window = make_window()
    view = _open(window, qtbot)
    nikkei = _choose(view, qtbot, "Nikkei")
    _after(window, qtbot, lambda: qtbot.keyClick(view.table, Qt.Key.Key_Delete))
    store = window.session.store
    (source_id,) = store.entities.source_ids(nikkei.id)
    store.sources.delete(source_id)  # its only source gone: the correction is kept by name
    store.bin.purge()
    store.entities.refresh()
    window.entities.corrections.corrections_action.trigger()
    dialog = window.entities.corrections.corrections_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.activateWindow()  # as the window manager does for a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert _rows(dialog) == [["Nikkei", "Organisation", hidden, gone]]
    assert dialog.table.hasFocus() and dialog.table.currentItem() is not None
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert store.entities.corrections.made() == []
    assert _rows(dialog) == [] and dialog.empty.isVisible()
    # the hint stands in the middle of where the list stood; the words above it keep their height
    intro = dialog.findChild(QLabel, "correctionsIntro")
    assert intro.height() < 1.5 * intro.sizeHint().height() < dialog.empty.height()
    assert dialog.empty.alignment() & Qt.AlignmentFlag.AlignHCenter
    assert window.statusBar().currentMessage() == said
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)  # the window's Undo, in the dialog too
    assert [m.correction.name for m in store.entities.corrections.made()] == ["Nikkei"]
    assert _rows(dialog) == [["Nikkei", "Organisation", hidden, gone]]
    qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)
    assert window.entities.corrections.corrections_dialog is None


def test_a_read_only_library_lists_its_corrections_and_restores_none(tmp_path, seeds_dir, qtbot) -> None:
    from reader import paths
    from reader.core import importer
    from reader.core.store import Store
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session

    where = paths.resolve(tmp_path / "data").ensure()
    with Store.open(where.db_path) as store:
        importer.import_paths(store, [seeds_dir], workers=1)
        store.entities.refresh()
        nikkei = next(e for e in store.entities.list() if e.name == "Nikkei")
        store.entities.corrections.put(store.entities.corrections.hide([nikkei.id]).after)
    store = Store.open(where.db_path, read_only=True)
    window = MainWindow(Session(store), where)
    qtbot.addWidget(window)
    window.show()
    window.start()
    try:
        corrections = window.entities.corrections
        assert corrections.corrections_action.isEnabled()  # looking is no change
        corrections.corrections_action.trigger()
        dialog = corrections.corrections_dialog
        assert _rows(dialog) == [["Nikkei", "Organisation", "Not a name", "Named"]]
        dialog.table.topLevelItem(0).setSelected(True)
        assert not dialog.restore_button.isEnabled()
        dialog.close()
    finally:
        window.close()
        store.close()
