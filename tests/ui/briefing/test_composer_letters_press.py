"""Every button of the docked composer is pressed by its own Alt+letter, in English and German.

Reported: in the German window Alt+R did nothing for "Umbenennen …". Its letter is M
("U_m_benennen …"; Alt+R is "Ordne_r anzeigen"): each of the composer's buttons has one letter,
none shared within the composer or with a menu title of the bar (a shared letter makes Alt+letter
hop between its owners instead of pressing). Here each letter is pressed for real, with the
keyboard in the composer, and must click its button and no other.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from reader.ui import dialogs
from reader.ui.letters import unlettered
from tests.ui.letters import letter
from tests.ui.test_i18n_walk import prepare

GERMAN = ["Neu …", "Umbenennen …", "Löschen", "Exportieren …", "Überschrift einfügen", "Text einfügen",
          "Nach oben", "Nach unten", "Entfernen"]  # fmt: skip
ENGLISH = [
    "New…",
    "Rename…",
    "Delete",
    "Export…",
    "Add heading",
    "Add text",
    "Move up",
    "Move down",
    "Remove",
]


@pytest.mark.parametrize(("language", "plain_labels"), [("en", ENGLISH), ("de", GERMAN)])
def test_each_composer_letter_presses_its_button(
    make_window, qapp, qtbot, monkeypatch, language, plain_labels
) -> None:
    monkeypatch.setattr(
        dialogs, "run", lambda dialog: QDialog.DialogCode.Rejected
    )  # every question cancelled
    window = prepare(make_window, qapp, language)
    window.activateWindow()
    window.resize(1920, 1000)
    briefings = window.session.store.briefings
    briefing_id = briefings.all()[0].id
    for text in ("eins", "zwei"):  # three items: the middle one can go up and down
        window.session.apply(lambda text=text: briefings.add_text(briefing_id, text)[1])
    window.briefings.show(briefing_id)
    qtbot.waitUntil(window.briefings.dock.isVisible)
    composer = window.briefings.composer()
    composer.items_list.setFocus()
    qtbot.waitUntil(lambda: window.briefings.letters.in_dock)
    named = {unlettered(b.text()): b.text() for b in composer.findChildren(QPushButton)}
    labels = [named[plain] for plain in plain_labels]  # the real labels, with their letters
    letters = [letter(text) for text in labels]
    assert None not in letters and len(set(letters)) == len(letters), labels
    titles = {letter(title) for title, _menu in window.menus}
    assert not titles & set(letters), sorted(titles & set(letters))
    pressed: list[str] = []
    for button in (b for b in composer.findChildren(QPushButton) if b.text() in labels):
        button.clicked.connect(lambda _on=False, b=button: pressed.append(b.text()))
    for text in [*labels[:2], *labels[3:], labels[2]]:  # Delete last: it takes the briefing away
        _press(qtbot, composer, text, pressed)


def _press(qtbot, composer, text: str, pressed: list[str]) -> None:
    composer.items_list.setCurrentRow(1)
    composer.items_list.setFocus()
    qtbot.waitUntil(composer.items_list.hasFocus)
    pressed.clear()
    key = getattr(Qt.Key, f"Key_{str(letter(text)).upper()}")
    qtbot.keyClick(composer.items_list, key, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(pressed))  # Qt animates the click
    assert pressed == [text]
