"""A second import started while one runs (File ▸ Import again, a drop) waits its turn.

Reviewer's finding: the strip followed the import started last, so the first one's end hid it
while the second still ran, and "Tag this import…" and the status line spoke for the wrong one.
Real window and library in a tmp dir, real files; each import's worker is held at its start
by an event the test sets (the session has one writer, so the second waits behind the first).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from reader.core import importer
from reader.ui import dialogs
from tests.ui.library.tag_offer import tagged_by_the_offer

ARTICLE = """{title}

Die Regierung in Tokio will die heimische Chipindustrie mit weiteren Milliarden stärken, {n}.
Rapidus soll bis 2027 Zwei-Nanometer-Chips in Serie fertigen, sagte ein Sprecher am Montag.
"""


@pytest.fixture
def gates(monkeypatch) -> Iterator[dict[str, threading.Event]]:
    """One event per imported file's name: its import starts once the test sets it."""
    held: dict[str, threading.Event] = {}
    real = importer.import_paths

    def held_back(store, paths, **kwargs):  # on the worker
        for path in paths:  # the window's own (its samples at a first start) are not held
            if (gate := held.get(Path(path).name)) is not None:
                gate.wait(timeout=30)
        return real(store, paths, **kwargs)

    monkeypatch.setattr(importer, "import_paths", held_back)
    yield held
    for event in held.values():  # a failing test must not leave the worker waiting at the close
        event.set()


def _files(tmp_path: Path, gates: dict[str, threading.Event], *titles: str) -> list[Path]:
    made = []
    for n, title in enumerate(titles):
        path = tmp_path / f"{n}-{title.split()[0].lower()}.txt"
        path.write_text(ARTICLE.format(title=title, n=n), encoding="utf-8")
        gates[path.name] = threading.Event()
        made.append(path)
    return made


def _status_words(window) -> list[str]:
    return [window.statusBar().currentMessage()] + [
        w.text() for w in window.statusBar().findChildren(QLabel) if w.isVisible() and w.text()]


def _cancel_the_first_of_two(window, first: Path, second: Path) -> None:
    """Start two imports, the second waiting its turn, and press the strip's Cancel: the
    running one, held at its gate, is cancelled; the waiting one is not."""
    window.importer.import_paths([first])
    window.importer.import_paths([second])
    window.import_progress.cancel_button.click()


def test_a_second_import_waits_and_the_strip_stays_until_it_ends(make_window, qtbot, tmp_path: Path, gates,
                                                                 monkeypatch) -> None:  # fmt: skip
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    window = make_window()
    strip = window.import_progress
    first, second = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut in Hokkaido aus")
    window.importer.import_paths([first])
    assert strip.isVisible() and strip.label.text() == "Importing…"
    window.importer.import_paths([second])
    assert strip.label.text() == "Importing… · 1 more import queued"
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as ended:
        gates[first.name].set()
    assert [r.title for r in ended.args[0]] == ["Tokio plant Subventionen"]
    # the second has not run yet: the strip stays, for it, with its Cancel
    assert strip.isVisible()
    assert strip.label.text() == "Importing…" and strip.cancel_button.isEnabled()
    assert window.statusBar().currentMessage() == "Import finished: 1 imported — the next import is running"
    assert not window.import_tagger.isVisible()  # beside the second's Cancel it would read as the second's
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as ended:
        gates[second.name].set()
    assert [r.title for r in ended.args[0]] == ["Rapidus baut in Hokkaido aus"]
    assert not strip.isVisible()
    assert window.statusBar().currentMessage() == "Import finished: 1 imported"
    assert window.import_tagger.isVisible()
    assert sum(text.count("1 imported") for text in _status_words(window)) == 1
    assert tagged_by_the_offer(window) == [ended.args[0][0].source_id]  # the second's source, not the first's


def test_cancel_stops_the_running_import_and_the_waiting_one_runs(make_window, qtbot, tmp_path: Path, gates,
                                                                  monkeypatch) -> None:  # fmt: skip
    shown: list[object] = []
    monkeypatch.setattr(dialogs, "run", lambda dialog: shown.append(dialog) or 0)
    window = make_window()
    strip = window.import_progress
    first, second, third = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut aus", "Sony investiert")
    window.importer.import_paths([first])
    window.importer.import_paths([second])
    window.importer.import_paths([third])
    assert strip.label.text() == "Importing… · 2 more imports queued"
    strip.cancel_button.click()
    assert strip.label.text() == "Stopping after the current file… · 2 more imports queued"
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as ended:
        gates[first.name].set()
    assert ended.args[0] == []  # cancelled before its one file
    assert strip.isVisible() and strip.cancel_button.isEnabled()
    assert strip.label.text() == "Importing… · 1 more import queued"  # the next one's, not "Stopping…"
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000) as ended:
        gates[second.name].set()
    assert [r.title for r in ended.args[0]] == ["Rapidus baut aus"]  # Cancel stopped only the first
    assert strip.isVisible() and strip.label.text() == "Importing…"
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        gates[third.name].set()
    assert not strip.isVisible()
    titles = {s.title for s in window.session.store.sources.list()}
    assert {"Rapidus baut aus", "Sony investiert"} <= titles and "Tokio plant Subventionen" not in titles


def test_the_german_strip_and_status_line_say_it_too(make_window, qtbot, tmp_path: Path, gates, monkeypatch,
                                                     speak) -> None:  # fmt: skip
    speak("de")
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    window = make_window()
    strip = window.import_progress
    first, second, third = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut aus", "Sony investiert")
    for path in (first, second, third):
        window.importer.import_paths([path])
    assert strip.label.text() == "Wird importiert … · 2 weitere Importe warten"
    with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
        gates[first.name].set()
    assert strip.label.text() == "Wird importiert … · 1 weiterer Import wartet"
    assert window.statusBar().currentMessage() == "Import abgeschlossen: 1 importiert – der nächste Import läuft"
    for path in (second, third):
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            gates[path.name].set()
    assert not strip.isVisible()
    assert window.statusBar().currentMessage() == "Import abgeschlossen: 1 importiert"
    speak("en")


def test_a_report_left_open_while_the_next_import_ends_is_answered_before_the_next_is_told(
        make_window, qtbot, tmp_path: Path, gates, monkeypatch) -> None:  # fmt: skip
    """The first import's report (cancelled: what was not reached) is modal, and the one waiting
    ran and ended under it: its report opened over the first's, its status line was said under
    the report and then said over by the first's, which claimed "— the next import is running"
    with nothing running any more. Now the second's end is told once the first's report closes."""
    window = make_window()
    first, second = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut aus")
    open_reports: list[object] = []
    said: list[str] = []
    window.importer.status_reported.connect(lambda line: line and said.append(line))
    ended: list[object] = []
    window.importer.import_finished.connect(ended.append)

    def read_slowly(dialog) -> int:  # the user reads the report while the second import ends
        assert open_reports == []  # no report over another
        open_reports.append(dialog)
        if not gates[second.name].is_set():
            gates[second.name].set()
            qtbot.waitUntil(lambda: not window.import_progress.isVisible(), timeout=20_000)  # the second ended
            assert ended == [] and said == []  # told after this report, not under it
        open_reports.pop()
        return 0

    monkeypatch.setattr(dialogs, "run", read_slowly)
    _cancel_the_first_of_two(window, first, second)
    gates[first.name].set()
    qtbot.waitUntil(lambda: len(ended) == 2, timeout=20_000)
    assert said == ["Import cancelled: 0 imported", "Import finished: 1 imported"]
    assert window.statusBar().currentMessage() == "Import finished: 1 imported"
    assert window.import_tagger.isVisible()  # the second's offer


def test_a_count_after_cancel_leaves_stopping_said_while_another_waits(make_window, qtbot, tmp_path: Path, gates,
                                                                      monkeypatch) -> None:  # fmt: skip
    """The count the running import sends after Cancel (its current file done) is the cancelled
    one's: "Stopping after the current file…" stays, not the count and time left, though the one
    waiting was not cancelled."""
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    window = make_window()
    strip = window.import_progress
    first, second = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut aus")
    running = window.importer.import_paths([first])
    window.importer.import_paths([second])
    strip.cancel_button.click()
    running.signals.progressed.emit(1, 8)  # as the worker does once its current file is in
    assert strip.label.text() == "Stopping after the current file… · 1 more import queued"
    for path in (first, second):
        with qtbot.waitSignal(window.importer.import_finished, timeout=20_000):
            gates[path.name].set()
    assert not strip.isVisible()


@pytest.mark.parametrize(("language", "words"), [
    ("en", ("Importing… · 1 pasted or dropped text queued", "Import finished: 1 imported", "Tag the pasted source…",
            "Give the pasted source a tag", "Tag the pasted source", "Tag for the pasted source:",
            "Tagged the pasted source “Chips” (Ctrl+Z takes it back)",
            "Import finished: 1 imported · Pasted “Rapidus baut in Hokkaido aus”")),
    ("de", ("Wird importiert … · 1 eingefügter oder abgelegter Text wartet", "Import abgeschlossen: 1 importiert",
            "Eingefügte Quelle verschlagworten …", "Der eingefügten Quelle ein Schlagwort geben",
            "Eingefügte Quelle verschlagworten", "Schlagwort für die eingefügte Quelle:",
            "Die eingefügte Quelle mit „Chips“ verschlagwortet (Strg+Z macht es rückgängig)",
            "Import abgeschlossen: 1 importiert · „Rapidus baut in Hokkaido aus“ eingefügt")),
])  # fmt: skip
def test_a_paste_during_an_import_waits_its_turn_and_offers_a_tag_for_the_pasted_source(
        make_window, qtbot, tmp_path: Path, gates, monkeypatch, speak, language, words) -> None:  # fmt: skip
    """Reviewer's findings: Ctrl+Shift+V while an import ran stored the text at once, in the
    middle of the import, and offered a tag in the import's words ("Tag this import…" beside its
    Cancel; its tooltip and dialog still "this import", "imported source"). The paste now waits
    its turn as a second import does, the strip saying so; the import's end is told first, then
    the paste is stored and its offer, tooltip, dialog and notice name the pasted source. Its
    status line keeps the import's: said over at once, "Import finished: …" was never read."""
    queued, finished, button, tip, title, question, tagged, both = words
    speak(language)
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    window = make_window()
    (running,) = _files(tmp_path, gates, "Tokio plant Subventionen")
    before = window.session.store.sources.count()
    window.importer.import_paths([running])
    QApplication.clipboard().setText(ARTICLE.format(title="Rapidus baut in Hokkaido aus", n=2))
    window.paste_action.trigger()
    assert window.import_progress.label.text() == queued
    assert window.session.store.sources.count() == before and not window.import_tagger.isVisible()
    said: list[str] = []
    window.importer.status_reported.connect(lambda line: line and said.append(line))
    gates[running.name].set()
    qtbot.waitUntil(lambda: window.session.store.sources.count() == before + 2, timeout=20_000)
    qtbot.waitUntil(lambda: not window.import_progress.isVisible())
    assert said[0] == finished and len(said) == 2  # the import's end first, then the paste's "Pasted …"
    assert window.statusBar().currentMessage() == both  # the import's line kept, not said over at once
    pasted = window.library.current_source_id()
    assert window.session.store.sources.get(pasted).title == "Rapidus baut in Hokkaido aus"
    tagger = window.import_tagger
    assert tagger.isVisible() and tagger.button.text() == button and tagger.button.toolTip() == tip
    asked: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda _parent, t, q, *args, **kwargs: asked.append((t, q)) or "Chips")
    notices: list[str] = []
    window.session.notice_posted.connect(notices.append)
    tagger.button.click()
    assert asked == [(title, question)] and notices == [tagged]
    assert window.session.store.sources.get(pasted).tags == ("Chips",)
    speak("en")


def test_a_failed_import_is_told_after_the_report_before_it(make_window, qtbot, tmp_path: Path, gates,
                                                           monkeypatch) -> None:  # fmt: skip
    """The import waiting failed (an error the importer did not expect) while the first's report
    was open: its "Import failed" came up at once, over that report, before the first's status
    line. Failures are told in the same turn as every end: after the report before them."""
    window = make_window()
    first, second = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut aus")
    real = importer.import_paths

    def failing(store, paths, **kwargs):  # on the worker, as the gates hold it
        if Path(paths[0]).name == second.name:
            raise RuntimeError("the parser broke")
        return real(store, paths, **kwargs)

    monkeypatch.setattr(importer, "import_paths", failing)
    shown: list[str] = []
    said: list[str] = []
    window.importer.status_reported.connect(lambda line: line and said.append(line))

    def read_slowly(dialog) -> int:  # the user reads the first's report while the second fails
        shown.append(dialog.windowTitle())
        if len(shown) == 1:
            gates[second.name].set()
            qtbot.waitUntil(lambda: not window.import_progress.isVisible(), timeout=20_000)  # it failed
            assert shown == ["Import cancelled"] and said == []  # nothing over this report
        return 0

    monkeypatch.setattr(dialogs, "run", read_slowly)
    _cancel_the_first_of_two(window, first, second)
    gates[first.name].set()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert shown == ["Import cancelled", "Import failed"]
    assert said == ["Import cancelled: 0 imported"]


def test_a_text_dropped_during_an_import_waits_and_is_offered_as_dropped(make_window, qtbot, tmp_path: Path,
                                                                          gates, monkeypatch, speak) -> None:  # fmt: skip
    """A browser's selection dropped on the window while an import runs: the same turn as a
    paste, in German too."""
    from PySide6.QtCore import QMimeData

    speak("de")
    monkeypatch.setattr(dialogs, "run", lambda dialog: 0)
    window = make_window()
    (running,) = _files(tmp_path, gates, "Tokio plant Subventionen")
    before = window.session.store.sources.count()
    window.importer.import_paths([running])
    mime = QMimeData()
    mime.setText(ARTICLE.format(title="Rapidus baut in Hokkaido aus", n=3))
    window.importer.drop(mime)
    qtbot.waitUntil(lambda: "Text wartet" in window.import_progress.label.text())
    assert window.import_progress.label.text() == "Wird importiert … · 1 eingefügter oder abgelegter Text wartet"
    assert window.session.store.sources.count() == before
    gates[running.name].set()
    qtbot.waitUntil(lambda: window.session.store.sources.count() == before + 2, timeout=20_000)
    tagger = window.import_tagger
    qtbot.waitUntil(tagger.isVisible)
    assert tagger.button.text() == "Abgelegte Quelle verschlagworten …"
    assert tagger.button.toolTip() == "Der abgelegten Quelle ein Schlagwort geben"
    speak("en")


def test_an_end_that_raises_leaves_the_ends_after_it_told(make_window, qtbot, tmp_path: Path, gates,
                                                          monkeypatch) -> None:  # fmt: skip
    """Telling an import's end raised (to the error box) after its report, under which the next
    import had ended: every end after it waited behind it for good — no status line, no report,
    a paste queued behind them never added. The one that raised is over; those after it are told."""
    from reader.ui.library import importing

    window = make_window()
    first, second = _files(tmp_path, gates, "Tokio plant Subventionen", "Rapidus baut aus")
    real = importing.summary_line
    broke: list[bool] = []

    def breaking_once(results):
        if not broke:
            broke.append(True)
            raise RuntimeError("the first end broke")
        return real(results)

    def read_slowly(dialog) -> int:  # the user reads the first's report while the second ends
        gates[second.name].set()
        qtbot.waitUntil(lambda: not window.import_progress.isVisible(), timeout=20_000)
        monkeypatch.setattr(importing, "summary_line", breaking_once)  # the first's status line
        return 0

    monkeypatch.setattr(dialogs, "run", read_slowly)
    said: list[str] = []
    window.importer.status_reported.connect(lambda line: line and said.append(line))
    _cancel_the_first_of_two(window, first, second)
    with qtbot.captureExceptions() as raised:
        gates[first.name].set()
        qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert [str(error) for _kind, error, _tb in raised] == ["the first end broke"]
    assert said == ["Import finished: 1 imported"]
