"""Open briefing… tells two briefings named alike apart: each by its items and last change.

A library made before names matched beyond A–Z can hold "Öl-Markt" and "öl-markt"; the list
showed their names only, and the user could not tell which to open. The second row is put in
with SQL, as the old library has it.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QDialog

from reader.core.store.connection import write_transaction
from reader.ui import dialogs

STAMP = "2025-01-01T00:00:00+00:00"


@pytest.mark.parametrize(("language", "first", "second"), [
    ("en", "Öl-Markt · 2 items, changed ", "öl-markt · 0 items, changed 1 Jan 2025"),
    ("de", "Öl-Markt · 2 Einträge, geändert ", "öl-markt · 0 Einträge, geändert 1. Jan. 2025"),
])  # fmt: skip
def test_names_alike_show_their_items_and_last_change(
    make_window, speak, monkeypatch, language, first, second
) -> None:
    speak(language)
    window = make_window()
    briefings = window.session.store.briefings
    briefing, _ = briefings.create("Öl-Markt")
    briefings.add_heading(briefing.id, "Lage")
    briefings.add_text(briefing.id, "Preise")
    with write_transaction(briefings.db):
        briefings.db.execute(
            "INSERT INTO briefings (name, created_at, updated_at) VALUES ('öl-markt', ?, ?)",
            (STAMP, STAMP),
        )
    shown: list[str] = []

    def run(dialog: QDialog) -> int:
        combo = dialog.findChild(QComboBox)
        shown.extend(combo.itemText(i) for i in range(combo.count()))
        combo.setCurrentIndex(1)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", run)
    window.briefings.open_briefing()
    assert (
        len(shown) == 2 and shown[0].startswith(first) and shown[1].replace("\u00a0", " ") == second
    ), shown
    assert (
        window.briefings.composer().briefing_id != briefing.id
    )  # the one chosen, "öl-markt", opens
