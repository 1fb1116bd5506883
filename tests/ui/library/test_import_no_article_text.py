"""The window refuses a .txt of one word (or a few, no sentence) as `briefing import` does, and
says why in its import report, in German too; a paste of one word is refused alike. Both had
made a source of that one word."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.ui import dialogs
from reader.ui.library.import_dialogs import ImportReportDialog

REASON = {"en": ("Failed", "no article text (one word, no sentence)"),
          "de": ("Fehlgeschlagen", "kein Artikeltext (ein Wort, kein Satz)")}  # fmt: skip


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every dialog the window runs, answered as if the user closed it."""
    seen: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: seen.append(dialog) or 0)
    return seen


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_import_report_says_why_a_one_word_file_was_not_imported(
    make_window, qtbot, tmp_path: Path, shown: list[object], speak, language: str
) -> None:
    window = make_window()
    speak(language)
    word = tmp_path / "hallo.txt"
    word.write_text("Hallo\n", encoding="utf-8")
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        window.importer.import_paths([word])
    (report,) = shown
    assert isinstance(report, ImportReportDialog)
    row = [report.table.item(0, column).text() for column in range(3)]
    assert row == [REASON[language][0], "hallo.txt", REASON[language][1]]
    assert window.session.store.sources.count() == 5  # the samples alone


def test_a_paste_of_one_word_is_refused_alike(make_window, shown: list[object]) -> None:
    window = make_window()
    QApplication.clipboard().setText("Hallo")
    window.paste_action.trigger()
    (box,) = shown
    assert isinstance(box, QMessageBox)
    assert box.text() == "This text cannot become a source: no article text (one word, no sentence)."
    assert window.session.store.sources.count() == 5
