"""No Alt+letter is claimed twice in a dialog, in either language.

Seen in the German Preferences: "&Farbschema" and "&Fenster" both took F, so Alt+F only
toggled between the theme and the window language (the menus and the main window were checked
for this already; the dialogs were not).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from reader.core.settings import Settings
from tests.ui.test_window_polish import _mnemonic


def _letters(dialog: QDialog) -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for widget in dialog.findChildren(QAbstractButton) + dialog.findChildren(QLabel):
        if not widget.isVisibleTo(dialog) or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        letter = _mnemonic(widget.text())
        if letter is not None:
            owners.setdefault(letter, []).append(widget.text())
    return {k: v for k, v in owners.items() if len(v) > 1}


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_dialogs_letters_are_each_claimed_once(make_window, speak, language) -> None:
    from reader.ui.dialogs.preferences_dialog import PreferencesDialog
    from reader.ui.export.dialog import ExportDialog
    from reader.ui.library.metadata_dialog import MetadataDialog

    speak(language)
    window = make_window()
    source = window.session.store.sources.get(window.open_source_id)
    dialogs = [PreferencesDialog(Settings(), window), MetadataDialog(source, window),
               ExportDialog(window.session, [source.id], window)]  # fmt: skip
    found = {type(d).__name__: _letters(d) for d in dialogs}
    for dialog in dialogs:
        dialog.deleteLater()
    speak("en")
    assert found == {name: {} for name in found}


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_export_control_has_its_letter(make_window, speak, language) -> None:
    """The Export dialog had none: each choice, the folder field (through its label) and the
    buttons are reached with Alt+letter. Qt's own Close is left to Qt (and to Esc)."""
    from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

    from reader.ui.export.dialog import ExportDialog

    speak(language)
    window = make_window()
    window.session.store.tags.add([window.open_source_id], "Energie")  # the tag choice is offered
    dialog = ExportDialog(window.session, [window.open_source_id], window)
    box = dialog.findChild(QDialogButtonBox)
    buttons = [b for b in dialog.findChildren(QAbstractButton)
               if b.isVisibleTo(dialog) and box.standardButton(b) is QDialogButtonBox.StandardButton.NoButton]  # fmt: skip
    without = [b.text() for b in buttons if _mnemonic(b.text()) is None]
    fields = {label.buddy() for label in dialog.findChildren(QLabel) if _mnemonic(label.text())}
    clashes = _letters(dialog)
    dialog.deleteLater()
    speak("en")
    assert len(buttons) == 7 and without == []  # four choices, one combined file, Browse, Export
    assert dialog.folder_edit in fields and isinstance(dialog.folder_edit, QLineEdit)
    assert clashes == {}
