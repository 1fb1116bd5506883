"""The composer's export line breaks a long folder where it reads, never after its first "/".

Seen in the dock at 1024 px (German): "Die Datei liegt in /" on one line, "tmp/…" on the next.
The folder now stays whole where it fits, else goes on its own line shortened in the middle
(its start and its last folder seen), the whole path in the tooltip and in the label's text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from tests.ui.briefing.seed_composer import exported
from tests.ui.briefing.test_composer_and_narrow_windows import open_composer
from tests.ui.settled import settle


def test_a_long_folder_is_shown_on_its_own_line_shortened_in_the_middle(
    make_window, qtbot, speak, tmp_path: Path
) -> None:  # fmt: skip
    speak("de")
    window = make_window()
    window.resize(1024, 700)
    settle(qtbot, window)
    open_composer(window, qtbot)
    composer = window.briefings.composer()
    folder = tmp_path / "Kunden" / "Deutsche Bahn" / "Briefings 2026" / "Bahn und GDL Tarifstreit"
    folder.mkdir(parents=True)
    target = folder / "Japan.md"
    exported(qtbot, composer, target)
    settle(qtbot, window)
    label = composer.status
    assert str(folder) in label.text() and label.toolTip() == str(target)  # whole, for the reader
    shown = QLabel.text(label).split("\n")  # as painted
    room = label.contentsRect().width()
    assert all(label.fontMetrics().horizontalAdvance(line) <= room for line in shown), shown
    assert not any(line.endswith("/") for line in shown), shown  # no "liegt in /"
    path_line = shown[-1]
    assert path_line.startswith(str(tmp_path)[:4]) and path_line.endswith("Tarifstreit"), shown
    speak("en")
