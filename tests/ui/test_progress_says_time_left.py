"""Long runs say how long they still take: finding the names of 10,000 sources took about seven
minutes in the window (session 36) while it said only "Finding names: 1,075 of 10,000 sources",
and an import of 10,000 files half a minute with "Importing 1,500 of 10,000".

The rate is the run's own from its first count on; a clock that moves a minute at each look
stands for the minutes a large library takes, so a few hundred real sources show them (every
count let through, as the counts of a long run come).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ui import tasks
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.entities import indexing_progress, insert_whos_who
from reader.ui.entities.indexing_progress import IndexingProgress
from reader.ui.time_left import TimeLeft
from tests.ui.entities.texts_library import imported

SOURCES = 150  # indexed 25 to a batch: a count at 25, 50, … 150
PLACES = ("Hamburg", "Bremen", "Kiel", "Lübeck", "Rostock", "Emden", "Husum", "Wismar", "Stade", "Leer")


class Minutes:
    """A monotonic clock that is a minute later each time it is read."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        self.now += 60.0
        return self.now


def _texts(count: int) -> dict[str, str]:
    return {f"quelle_{i:03}.txt": f"Werft Nummer {i} in {PLACES[i % len(PLACES)]} baut aus\n\n"
            f"{PLACES[i % len(PLACES)]} – Die Werft Nummer {i} stellt {i + 3} neue Leute ein, sagte Anna Berg "
            f"am Montag. Der Auftrag {i * 7} kommt aus Norwegen.\n" for i in range(count)}  # fmt: skip


@pytest.mark.parametrize(("language", "said"), [
    ("en", ["Finding names: 25 of 150 sources",
            "Finding names: 50 of 150 sources · about 4 minutes left",  # 25 a minute, 100 to go
            "Finding names: 75 of 150 sources · about 3 minutes left",
            "Finding names: 100 of 150 sources · about 2 minutes left",
            "Finding names: 125 of 150 sources · about 1 minute left"]),
    ("de", ["Namen werden gesucht: 25 von 150 Quellen",
            "Namen werden gesucht: 50 von 150 Quellen · noch etwa 4 Minuten",
            "Namen werden gesucht: 75 von 150 Quellen · noch etwa 3 Minuten",
            "Namen werden gesucht: 100 von 150 Quellen · noch etwa 2 Minuten",
            "Namen werden gesucht: 125 von 150 Quellen · noch etwa eine Minute"]),
])  # fmt: skip
def test_finding_names_says_how_long_is_left(language, said, speak, data_dir: Path, tmp_path: Path,
                                             make_window, qtbot, monkeypatch) -> None:  # fmt: skip
    imported(data_dir, tmp_path, _texts(SOURCES))
    speak(language)
    monkeypatch.setattr(indexing_progress, "TimeLeft", lambda: TimeLeft(Minutes()))
    monkeypatch.setattr(tasks, "PROGRESS_INTERVAL_S", 0.0)  # every batch's count arrives
    words: list[str] = []
    counted = IndexingProgress.counted

    def seen(progress: IndexingProgress, done: int, total: int) -> None:
        counted(progress, done, total)
        if progress.words.isVisible():
            words.append(progress.words.full_text())

    monkeypatch.setattr(IndexingProgress, "counted", seen)
    window = make_window()
    mode = window.entities.mode
    with qtbot.waitSignal(mode.indexed, timeout=120_000):
        mode.action.setChecked(True)
    assert words == said
    assert not mode.view.indexing.isVisible()  # gone with the run


def test_no_estimate_in_the_first_seconds_nor_from_an_earlier_run(qtbot) -> None:
    """The first seconds' rate swings: nothing is said before 3 s. A second run (sources added
    later) is measured afresh, not at the first one's rate."""
    clock = iter([0.0, 2.0, 2.5, 101.0, 161.0]).__next__
    progress = IndexingProgress()
    qtbot.addWidget(progress)
    progress.time_left = TimeLeft(clock)
    progress.show()
    progress.counted(100, 10_000)  # t = 0
    progress.counted(900, 10_000)  # t = 2: too soon
    assert progress.words.full_text() == "Finding names: 900 of 10,000 sources"
    progress.counted(1_000, 10_000)  # t = 2.5: still too soon
    assert "left" not in progress.words.full_text()
    progress.counted(10_000, 10_000)  # done, hidden
    assert not progress.isVisible()
    progress.counted(100, 10_000)  # t = 101: a new run's first count, as far as the first one's was
    assert progress.words.full_text() == "Finding names: 100 of 10,000 sources"
    progress.counted(1_100, 10_000)  # t = 161: 1,000 in a minute, 8,900 to go
    assert progress.words.full_text() == "Finding names: 1,100 of 10,000 sources · about 9 minutes left"


def test_the_words_do_not_narrow_as_the_time_left_shortens(qtbot) -> None:
    """Their width follows the count written with the total's digits, so they do not twitch;
    "about 11 minutes left" turning "about 8 minutes left" narrowed them again."""
    progress = IndexingProgress()
    qtbot.addWidget(progress)
    progress.time_left = TimeLeft(iter([0.0, 60.0, 120.0]).__next__)
    progress.show()
    progress.counted(100, 10_000)
    progress.counted(900, 10_000)  # 800 a minute, 9,100 to go
    assert progress.words.full_text().endswith("about 11 minutes left")
    wide = progress.words.sizeHint().width()
    progress.counted(2_000, 10_000)  # 950 a minute, 8,000 to go
    assert progress.words.full_text().endswith("about 8 minutes left")
    assert progress.words.sizeHint().width() == wide


def test_the_import_strip_says_how_long_is_left(make_window, qtbot) -> None:
    window = make_window()
    strip = window.import_progress
    task = window.session.task(lambda *_: None, "import")  # its signals, as a running import sends them
    strip.track(task)
    strip.time_left = TimeLeft(iter([0.0, 5.0, 20.0, 95.0, 300.0]).__next__)
    task.signals.progressed.emit(200, 10_000)  # t = 0
    assert strip.label.text() == "Importing 200 of 10,000"
    task.signals.progressed.emit(800, 10_000)  # t = 5: 120 a second, 9,200 to go
    assert strip.label.text() == "Importing 800 of 10,000 · about 1 minute left"
    task.signals.progressed.emit(2_000, 10_000)  # t = 20: 90 a second, 8,000 to go
    assert strip.label.text() == "Importing 2,000 of 10,000 · about 1 minute left"
    task.signals.progressed.emit(9_600, 10_000)  # t = 95: 100 a second, 400 to go
    assert strip.label.text() == "Importing 9,600 of 10,000 · less than a minute left"
    task.signals.failed.emit("the disk is full")  # the import stopped short of its end
    again = window.session.task(lambda *_: None, "import")
    strip.track(again)
    again.signals.progressed.emit(5_000, 10_000)  # t = 300: its first count, no rate yet
    assert strip.label.text() == "Importing 5,000 of 10,000"


def test_a_cancelled_import_says_it_is_stopping_not_how_long_is_left(make_window, qtbot) -> None:
    """The file being read when Cancel is pressed still reports its count: it said "Importing
    2,001 of 10,000 · about 1 minute left" over "Stopping after the current file…"."""
    window = make_window()
    strip = window.import_progress
    task = window.session.task(lambda *_: None, "import")
    strip.track(task)
    strip.time_left = TimeLeft(iter([0.0, 20.0, 21.0]).__next__)
    task.signals.progressed.emit(200, 10_000)
    task.signals.progressed.emit(2_000, 10_000)
    assert strip.label.text() == "Importing 2,000 of 10,000 · about 1 minute left"
    strip.cancel_button.click()
    task.signals.progressed.emit(2_001, 10_000)
    assert strip.label.text() == "Stopping after the current file…"
    assert strip.bar.value() == 2_001


@pytest.mark.parametrize(("language", "said"), [
    ("en", ["Finding the names for the who's who: 25 of 1,500 sources…",
            "Finding the names for the who's who: 50 of 1,500 sources · about 58 minutes left"]),
    ("de", ["Namen für „Wer ist wer“ werden gesucht: 25 von 1.500 Quellen …",
            "Namen für „Wer ist wer“ werden gesucht: 50 von 1.500 Quellen · noch etwa 58 Minuten"]),
])  # fmt: skip
def test_a_whos_who_waiting_for_names_says_how_long(language, said, speak, make_window, qtbot, monkeypatch) -> None:
    """Pressed twice, each wait measured on its own: the second press's run is not judged at
    the first one's rate (25 sources a minute, 1,450 to go: 58 minutes)."""
    speak(language)
    monkeypatch.setattr(insert_whos_who, "TimeLeft", lambda: TimeLeft(Minutes()))
    window = make_window()
    window.briefings.show(create_briefing(window.session, "Japan"))
    mode, whos_who = window.entities.mode, window.entities.whos_who
    seen = window.statusBar().currentMessage
    for _press in range(2):
        whos_who.action.trigger()
        assert mode.task is not None
        mode.task.signals.progressed.emit(25, 1500)  # what the task reports after each batch
        assert seen() == said[0]
        mode.task.signals.progressed.emit(50, 1500)
        assert seen() == said[1]
        qtbot.waitSignal(mode.indexed, timeout=60_000).wait()
        qtbot.waitUntil(lambda: seen().startswith(("Inserted", "„Wer ist wer“")))
        with window.session.store.db.conn:
            window.session.store.db.execute("DELETE FROM entity_indexed")  # read anew, as after an update


def test_a_count_that_stands_or_goes_back_says_no_time(qapp) -> None:
    """No rate to judge by: not "less than a minute left" from a negative one, nor a division by
    nought."""
    time_left = TimeLeft(iter([0.0, 10.0, 20.0, 30.0]).__next__)
    assert time_left.counted(500, 10_000) == ""
    assert time_left.counted(500, 10_000) == ""  # t = 10: stands
    assert time_left.counted(300, 10_000) == ""  # t = 20: back
    assert time_left.counted(2_500, 10_000) == "about 2 minutes left"  # t = 30: 2,000 in 30 s, 7,500 to go


def test_a_long_wait_is_said_in_whole_minutes(qapp) -> None:
    time_left = TimeLeft()
    assert time_left.said(59.0) == "less than a minute left"
    assert time_left.said(100.0) == "about 2 minutes left"
    assert time_left.said(7 * 60.0 + 10) == "about 7 minutes left"
