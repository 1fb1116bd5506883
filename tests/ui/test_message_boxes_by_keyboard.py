"""Every question the app asks in a message box: `Esc` gives the safe answer, `Enter` the
default one, each button the app names has a letter of its own (in a message box the letter
alone presses it), none shared, and every button speaks German in the German window.

A walkthrough found the delete questions' "Delete", the newer-version question's Update /
Import as new / Skip, the full-disk, damaged- and missing-library questions' buttons and
Backups' Restore without a letter, and deleting several sources answered "Yes" where deleting
one says "Delete". Real boxes, shown and answered with the keys; each is built by the code that
asks it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.models import ImportResult, ImportStatus
from reader.ui import app, dialogs
from reader.ui.library import bulk
from reader.ui.library.versions import NewerVersionQuestion
from reader.ui.safety import quit_guard
from reader.ui.safety.backups_dialog import BackupsDialog
from tests.ui.letters import marks
from tests.ui.test_damage_dialog_words import _damaged
from tests.ui.test_safety_missing_library import _gone

# The boxes in the order asked: (buttons, the default, what Esc chooses), in English.
EXPECTED = [
    ({"Delete", "Cancel"}, "Cancel", "Cancel"),  # delete a source
    ({"Delete", "Cancel"}, "Cancel", "Cancel"),  # delete the table's selection
    ({"Update", "Import as new", "Skip"}, "Update", "Skip"),
    ({"Stay and make room", "Quit without it"}, "Stay and make room", "Stay and make room"),
    ({"Stay and try again", "Quit without it"}, "Stay and try again", "Stay and try again"),
    ({"Restore", "Cancel"}, "Cancel", "Cancel"),  # a backup chosen in Backups…
    ({"Yes", "No"}, "No", "No"),  # replace a saved search, overwrite changed files
    ({"Restore the backup", "Open read-only", "Quit", "Show Details..."}, "Restore the backup", "Quit"),
    ({"Open read-only", "Quit", "Show Details..."}, "Quit", "Quit"),  # damaged, no backup (Qt's Details)
    ({"Restore the newest backup", "Start a new, empty library", "Quit"}, "Restore the newest backup", "Quit"),
]


def _plain(text: str) -> str:
    return text.replace("&", "")


def _answered_with_escape(qtbot, seen: list[dict]):  # noqa: ANN202 - a stand-in for dialogs.run
    def run(box: QMessageBox) -> int:
        box.show()
        box.activateWindow()  # as the real one is: the window's own Esc (find bar, views) stays the window's
        qtbot.waitUntil(lambda: QApplication.activeWindow() is box)
        buttons = box.buttons()
        details = QCoreApplication.translate("QMessageBox", "Show Details...")  # Qt's own, as Cancel is
        custom = [b for b in buttons if box.standardButton(b) is QMessageBox.StandardButton.NoButton and b.text() != details]
        letters = [m for b in buttons for m in marks(b.text())]
        faults = [f"{b.text()!r}: {len(marks(b.text()))} letters" for b in custom if len(marks(b.text())) != 1]
        faults += [f"{m.upper()} twice" for m in set(letters) if letters.count(m) > 1]
        default = box.defaultButton()
        qtbot.keyClick(box, Qt.Key.Key_Escape)
        escaped = box.clickedButton()
        seen.append({"buttons": {_plain(b.text()) for b in buttons}, "faults": faults,
                     "default": _plain(default.text()) if default is not None else None,
                     "escape": _plain(escaped.text()) if escaped is not None else None,
                     "roles": (box.buttonRole(default) if default is not None else None,
                               box.buttonRole(escaped) if escaped is not None else None)})  # fmt: skip
        box.hide()
        return box.standardButton(escaped) if escaped is not None else 0

    return run


def _every_box(make_window, qtbot, monkeypatch, tmp_path: Path, seed_files: list[Path]) -> list[dict]:
    seen: list[dict] = []
    run = _answered_with_escape(qtbot, seen)
    monkeypatch.setattr(dialogs, "run", run)
    monkeypatch.setattr(QMessageBox, "exec", run)  # the full-disk question at quit runs its own
    window = make_window()
    store = window.session.store
    assert not window.editor.delete(window.open_source_id)
    assert not bulk.delete_sources(window.session, store.sources.ids()[:2], window)
    newer = NewerVersionQuestion(ImportResult("b.md", ImportStatus.NEWER_VERSION, None, 1, "Titel"), window)
    assert newer.ask() is newer.skip_button
    assert not quit_guard._quit_anyway(window, busy=False)  # the disk full
    assert not quit_guard._quit_anyway(window, busy=True)  # another program holding the library
    backups = BackupsDialog(store.path, None, window)
    assert not backups._ask_restore("1 May 2026", "4 sources")
    backups.deleteLater()
    assert not dialogs.ask_yes_no(window, "Replace saved search", "Replace “Japan”?")
    window.close()
    for with_backup in (True, False):
        assert app.open_library(_damaged(tmp_path / f"damaged-{with_backup}", seed_files, with_backup=with_backup)) is None
    assert app.open_library(_gone(tmp_path / "gone", seed_files)) is None
    return seen


def test_every_question_is_answered_safely_by_escape_in_both_languages(
    make_window, qtbot, monkeypatch, tmp_path: Path, seed_files: list[Path], speak
) -> None:
    speak("en")
    english = _every_box(make_window, qtbot, monkeypatch, tmp_path / "en", seed_files)
    speak("de")
    german = _every_box(make_window, qtbot, monkeypatch, tmp_path / "de", seed_files)
    speak("en")
    assert [(b["buttons"], b["default"], b["escape"]) for b in english] == EXPECTED
    assert [b["faults"] for b in english + german if b["faults"]] == []
    assert [b["roles"] for b in german] == [b["roles"] for b in english]  # the same answers
    untranslated = [b["buttons"] & e for b, (e, _d, _x) in zip(german, EXPECTED, strict=True)]
    assert untranslated == [set()] * len(EXPECTED)
