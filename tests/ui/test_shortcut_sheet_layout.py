"""Help ▸ Keyboard shortcuts as the window shows it. Seen in the German window: Redo's four keys
("Strg+Y, Alt+Umschalt+Rücktaste, Strg+Umschalt+Z, Wiederherstellen") sized the keys column,
the command column between got what was left — a few pixels, every command an "…"."""

from __future__ import annotations

import pytest

from reader.ui import dialogs
from reader.ui.dialogs.help_dialogs import ShortcutsDialog


def _sheet(make_window, monkeypatch) -> ShortcutsDialog:
    """Help ▸ Keyboard shortcuts opened in a window, shown."""
    window = make_window(start=False)
    shown: list[ShortcutsDialog] = []
    monkeypatch.setattr(dialogs, "run", lambda d: (shown.append(d), d.show(), 0)[2])
    window.show_shortcuts()
    (sheet,) = shown
    return sheet


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_command_reads_whole(make_window, qapp, speak, monkeypatch, language) -> None:
    speak(language)
    sheet = _sheet(make_window, monkeypatch)
    qapp.processEvents()
    table, header = sheet.table, sheet.table.horizontalHeader()
    metrics = table.fontMetrics()
    for row in range(table.rowCount()):
        command = table.item(row, 1).text()
        assert header.sectionSize(1) >= metrics.horizontalAdvance(command), command
    assert header.sectionSize(2) >= metrics.horizontalAdvance("Ctrl+Shift+Z")  # keys have room too
    assert table.horizontalScrollBar().maximum() == 0
    longest = max((table.item(r, 2) for r in range(table.rowCount())), key=lambda cell: len(cell.text()))
    assert longest.toolTip() == longest.text()  # cut in the cell, whole in its tooltip
    sheet.close()
    speak("en")


def test_column_titles_stand_over_their_columns(make_window, qapp, monkeypatch) -> None:
    """Seen: "Command" and "Keys" were centred over columns whose text starts at the left, so
    "Keys" stood over the commands' ends, not over the keys."""
    from PySide6.QtCore import Qt

    sheet = _sheet(make_window, monkeypatch)
    assert sheet.table.horizontalHeader().defaultAlignment() & Qt.AlignmentFlag.AlignLeft
    sheet.close()


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_search_leaves_the_columns_where_they_were(make_window, qtbot, qapp, speak, monkeypatch, language) -> None:
    """Seen in the German window (session 29): typing "Briefing" in the sheet's search shrank
    the columns to the rows left, the columns jumped at each letter and "Markierung zum
    Briefing hinzufügen…" ran up to its key "B". The columns keep the widths all rows need, and
    a gap stands between a command and its keys."""
    speak(language)
    sheet = _sheet(make_window, monkeypatch)
    qapp.processEvents()
    header, metrics = sheet.table.horizontalHeader(), sheet.table.fontMetrics()
    before = [header.sectionSize(c) for c in (0, 1)]
    qtbot.waitExposed(sheet)
    assert sheet.table.verticalScrollBar().isVisible()
    sheet.filter_edit.setText("Briefing")
    # The rows left fit: the scroll bar goes, and the table lays out its columns again.
    qtbot.waitUntil(lambda: not sheet.table.verticalScrollBar().isVisible())
    qapp.processEvents()
    assert 0 < len(sheet.visible_rows()) < sheet.table.rowCount()
    assert [header.sectionSize(c) for c in (0, 1)] == before
    widest = max(metrics.horizontalAdvance(command) for _where, command, _keys in sheet.visible_rows())
    assert header.sectionSize(1) - widest >= 12  # the keys stand apart from the commands
    sheet.close()
    speak("en")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_keys_of_places_read_whole(make_window, qapp, speak, monkeypatch, language) -> None:
    """Seen in the German window (session 36): the article's new rows read "Leertaste, …" and
    "Umschalt+→, …" — the key a reader looked for cut off. A place's keys are one or two and
    read whole; only a menu command's many platform keys (Redo's) may be cut, with a tooltip."""
    from reader.ui.dialogs.help_dialogs import place_rows

    speak(language)
    sheet = _sheet(make_window, monkeypatch)
    qapp.processEvents()
    table, header = sheet.table, sheet.table.horizontalHeader()
    metrics = table.fontMetrics()
    places = {keys for _where, _what, keys in place_rows()}
    cut = [keys for keys in places if metrics.horizontalAdvance(keys) + 12 > header.sectionSize(2)]
    assert not cut, (header.sectionSize(2), cut)
    sheet.close()
    speak("en")
