"""Help ▸ Keyboard shortcuts as the window shows it. Seen in the German window: Redo's four keys
("Strg+Y, Alt+Umschalt+Rücktaste, Strg+Umschalt+Z, Wiederherstellen") sized the keys column,
the command column between got what was left — a few pixels, every command an "…"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QStyle

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


def _lines(metrics, text: str, width: int) -> int:
    """How many lines `text` takes wrapped at its spaces to `width` px, or 0 if a word is wider."""
    lines, line = 1, ""
    for word in text.split(" "):
        if metrics.horizontalAdvance(word) > width:
            return 0
        if line and metrics.horizontalAdvance(f"{line} {word}") > width:
            lines, line = lines + 1, word
        else:
            line = f"{line} {word}" if line else word
    return lines


def _cut(sheet: ShortcutsDialog, columns=(0, 1)) -> list[str]:
    """The cells of `columns` whose words do not all show: a word wider than its column, or more
    lines than its row is high."""
    table, header = sheet.table, sheet.table.horizontalHeader()
    # Qt sets a cell's text within its focus frame's margin and a pixel, on either side.
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    metrics = table.fontMetrics()
    cut = []
    for row in range(table.rowCount()):
        for column in columns:
            text = table.item(row, column).text()
            lines = _lines(metrics, text, header.sectionSize(column) - margin)
            if not lines or lines * metrics.lineSpacing() > table.rowHeight(row):
                cut.append(text)
    return cut


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_command_reads_whole(make_window, qapp, speak, monkeypatch, language) -> None:
    speak(language)
    sheet = _sheet(make_window, monkeypatch)
    qapp.processEvents()
    table, header = sheet.table, sheet.table.horizontalHeader()
    assert not _cut(sheet)
    assert header.sectionSize(2) >= table.fontMetrics().horizontalAdvance("Ctrl+Shift+Z")  # keys have room too
    assert table.horizontalScrollBar().maximum() == 0
    longest = max((table.item(r, 2) for r in range(table.rowCount())), key=lambda cell: len(cell.text()))
    assert longest.toolTip() == longest.text()  # cut in the cell, whole in its tooltip
    sheet.close()
    speak("en")


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_sheet_fits_its_screen_and_wraps_what_is_too_wide(make_window, qapp, qtbot, speak, monkeypatch,
                                                               language) -> None:  # fmt: skip
    """Seen under Xvfb at 1024 × 640: the German sheet opened 1,195 px wide beside the 1024 px
    window, its keys off the screen. It opens within its screen (the tests' is 800 px wide, less than
    the English sheet wants too) and wraps the places and commands it has no room for, every word
    shown; on a screen wide enough each row keeps to one line."""
    speak(language)
    sheet = _sheet(make_window, monkeypatch)
    qtbot.waitExposed(sheet)
    qapp.processEvents()
    table, header = sheet.table, sheet.table.horizontalHeader()
    assert sheet.width() <= sheet.screen().availableGeometry().width() - 2 * 24
    assert sheet.height() <= sheet.screen().availableGeometry().height() - 2 * 24
    assert table.horizontalScrollBar().maximum() == 0
    one_line = table.verticalHeader().defaultSectionSize()
    assert any(table.rowHeight(r) > one_line for r in range(table.rowCount()))  # some did wrap
    assert not _cut(sheet, columns=(0, 1, 2))
    wrapped = [header.sectionSize(c) for c in range(3)]
    sheet.filter_edit.setText("Briefing")  # the scroll bar goes: the columns stay
    qtbot.waitUntil(lambda: not table.verticalScrollBar().isVisible())
    assert [header.sectionSize(c) for c in (0, 1)] == wrapped[:2]
    sheet.filter_edit.clear()
    sheet.resize(1500, sheet.height())
    qapp.processEvents()
    assert {table.rowHeight(r) for r in range(table.rowCount())} == {one_line}
    metrics = table.fontMetrics()
    for column in (0, 1):
        widest = max(metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount()))
        assert header.sectionSize(column) >= widest + 12
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
    qtbot.waitExposed(sheet)
    sheet.resize(1500, sheet.height())  # wide enough for every command on one line
    qapp.processEvents()
    header, metrics = sheet.table.horizontalHeader(), sheet.table.fontMetrics()
    before = [header.sectionSize(c) for c in (0, 1)]
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
