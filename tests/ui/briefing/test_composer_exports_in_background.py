"""The composer's Export… writes on a worker, with a bar and Cancel, and the window goes on.

It wrote on the window's thread: a long briefing, or one saved into a slow (synced, network)
folder, froze the window, with no way to stop it, and an export asked for during an import
waited for the import. The real window on the seeds, real folders; the worker is held inside
the document's making (an Event, not a clock) so that the test can act while it runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QPushButton

from reader.core.briefing_model import ItemKind
from reader.core.export import briefing as briefing_module
from reader.ui import dialogs, tasks
from reader.ui.briefing import export_strip
from reader.ui.briefing.add_menu import create_briefing
from reader.ui.briefing.composer import BriefingComposer

TYPED = "Why it matters for the client."  # ASCII: QTest types no umlaut


class Held:
    """Makes the briefing's items as the export does, but waits at item `at` (from 1) until
    `release` is set, or until the export is cancelled when `release` is None."""

    def __init__(self, composer: BriefingComposer, at: int, release: threading.Event | None = None) -> None:
        self.composer, self.at, self.release = composer, at, release
        self.reached = threading.Event()
        self.threads: set[int] = set()
        self.count = 0
        self._real: Callable[..., str] = briefing_module._item_markdown  # noqa: SLF001

    def __call__(self, *args: object) -> str:
        self.threads.add(threading.get_ident())
        self.count += 1
        if self.count == self.at:
            self.reached.set()
            if self.release is not None:
                assert self.release.wait(60)
            else:
                task = self.composer.exporting.task
                assert task is not None and task._cancelled.wait(60)  # noqa: SLF001 - set by Cancel or quitting
        return self._real(*args)


def _composer(window) -> BriefingComposer:
    """The docked composer on a briefing "Memo": a heading, a text being written, two quotes."""
    store = window.session.store
    window.briefings.show(create_briefing(window.session, "Memo"))
    composer = window.briefings.composer()
    composer.add_item(ItemKind.HEADING, "Lage")
    composer.add_item(ItemKind.TEXT, "Erster Gedanke.")
    for source_id in store.sources.ids()[:2]:
        highlight, _changes = store.highlights.add(source_id, 0, 40, "key", "")
        store.briefings.add_highlights(composer.briefing_id, [highlight.id])
    composer.reload_items()
    composer.items_list.setCurrentRow(1)  # the text, in the editor, typed on at its end
    composer.editor.moveCursor(QTextCursor.MoveOperation.End)
    return composer


def _button(composer: BriefingComposer, text: str) -> QPushButton:
    return next(b for b in composer.findChildren(QPushButton) if b.text().replace("&", "") == text)


def test_the_worker_writes_while_the_composer_takes_typing(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(export_strip, "SHOW_AFTER_MS", 0)  # the strip at once, not after a moment
    monkeypatch.setattr(tasks, "PROGRESS_INTERVAL_S", 0.0)  # every count reaches the bar
    window = make_window()
    composer = _composer(window)
    release = threading.Event()
    held = Held(composer, at=2, release=release)
    monkeypatch.setattr(briefing_module, "_item_markdown", held)
    asked: list[Path] = []
    monkeypatch.setattr(dialogs, "ask_save_file", lambda *args: asked.append(args[2]))
    export = _button(composer, "Export…")
    target = tmp_path / "vault" / "Memo.md"
    # Generous waits: on a busy two-core machine the worker's first item can take seconds.
    with qtbot.waitSignal(composer.export_finished, timeout=60_000) as finished:
        composer.export_to(target)
        qtbot.waitUntil(held.reached.is_set, timeout=30_000)
        qtbot.waitUntil(composer.exporting.isVisible, timeout=30_000)
        qtbot.waitUntil(lambda: composer.exporting.bar.value() == 1, timeout=30_000)  # one of four
        assert composer.exporting.bar.maximum() == 4 and composer.exporting.cancel_button.isEnabled()
        assert not export.isEnabled()
        export.click()  # greyed: a second export does not begin, nor is a file asked for
        composer._export_clicked()  # noqa: SLF001 - as Alt+X would, were the button not greyed
        assert asked == []
        composer.editor.setFocus()  # the window takes typing meanwhile, and saves it
        qtbot.keyClicks(composer.editor, " " + TYPED)
        composer.flush()
        release.set()
    assert threading.get_ident() not in held.threads and len(held.threads) == 1
    assert finished.args[0].written == [target.resolve()]
    assert composer.status.text() == f"Exported to Memo.md\nThe file is in {target.parent}"
    assert composer.status.toolTip() == str(target)
    assert not composer.exporting.isVisible() and export.isEnabled()
    text_id = composer.current_item().id
    assert window.session.store.briefings.item(text_id).text == "Erster Gedanke. " + TYPED  # never lost
    written = target.read_text(encoding="utf-8")
    assert "Erster Gedanke." in written and TYPED not in written  # as saved when Export… was pressed
    assert window.state.export_folder() == str(target.parent)


def test_what_was_typed_is_saved_before_the_export_reads_it(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    composer = _composer(window)
    composer.editor.setFocus()
    qtbot.keyClicks(composer.editor, " " + TYPED)  # still waiting for a pause in typing
    assert composer.editor.pending
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(tmp_path / "Memo.md")
    assert TYPED in (tmp_path / "Memo.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(("language", "said"), [("en", "Export cancelled: Memo.md was not written"),
                                                ("de", "Export abgebrochen: Memo.md wurde nicht geschrieben")])  # fmt: skip
def test_cancel_writes_nothing_and_says_so(make_window, qtbot, speak, tmp_path: Path, monkeypatch,
                                           language: str, said: str) -> None:  # fmt: skip
    speak(language)
    window = make_window()
    composer = _composer(window)
    held = Held(composer, at=3)
    monkeypatch.setattr(briefing_module, "_item_markdown", held)
    vault = tmp_path / "vault"
    vault.mkdir()
    with qtbot.waitSignal(composer.export_finished, timeout=10_000) as finished:
        composer.export_to(vault / "Memo.md")
        qtbot.waitUntil(held.reached.is_set)
        composer.exporting.cancel_button.click()
        assert not composer.exporting.cancel_button.isEnabled()
    assert finished.args[0].cancelled
    assert list(vault.iterdir()) == []  # no file, not half of one, no temporary file
    assert composer.status.text() == said
    assert _button(composer, "Exportieren …" if language == "de" else "Export…").isEnabled()
    monkeypatch.setattr(briefing_module, "_item_markdown", held._real)  # noqa: SLF001
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(vault / "Memo.md")  # tried again: written whole
    assert "Erster Gedanke." in (vault / "Memo.md").read_text(encoding="utf-8")


def test_a_folder_that_cannot_be_written_is_said(make_window, qtbot, tmp_path: Path) -> None:
    window = make_window()
    composer = _composer(window)
    (tmp_path / "vault").write_text("a file where the folder should be", encoding="utf-8")
    with qtbot.waitSignal(composer.export_finished, timeout=10_000):
        composer.export_to(tmp_path / "vault" / "Memo.md")
    assert composer.status.text() == f"Export failed: {tmp_path / 'vault'} is a file, not a folder"
    assert _button(composer, "Export…").isEnabled()


def test_an_export_during_an_import_does_not_wait_for_it(make_window, qtbot, tmp_path: Path) -> None:
    """The writer's thread is taken (as by the import of a large folder) until the test ends."""
    window = make_window()
    composer = _composer(window)
    session = window.session
    done = threading.Event()
    importing = session.task(lambda _store, _progress, _cancelled: done.wait(30), "import")
    try:
        session.start(importing)
        with qtbot.waitSignal(composer.export_finished, timeout=10_000) as finished:
            composer.export_to(tmp_path / "Memo.md")
        assert finished.args[0].written and not done.is_set()  # written, the import still running
    finally:
        done.set()


def test_quitting_mid_export_writes_nothing_and_keeps_the_text(make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    window = make_window()
    composer = _composer(window)
    text_id = composer.current_item().id
    held = Held(composer, at=2)
    monkeypatch.setattr(briefing_module, "_item_markdown", held)
    asked: list[object] = []
    composer.ask = lambda *args: asked.append(args) or True  # type: ignore[method-assign]
    vault = tmp_path / "vault"
    vault.mkdir()
    composer.export_to(vault / "Memo.md")
    qtbot.waitUntil(held.reached.is_set)
    composer.editor.setFocus()
    qtbot.keyClicks(composer.editor, " " + TYPED)  # typed, not yet saved, when the window closes
    window.close()  # cancels the export, waits for the worker, saves the text
    assert list(vault.iterdir()) == [] and asked == []
    assert window.session.store.briefings.item(text_id).text == "Erster Gedanke. " + TYPED
