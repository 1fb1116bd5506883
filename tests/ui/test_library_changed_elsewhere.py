"""What another process commits to the library reaches the open window, and the window's undo
never takes it back (`reader.ui.outside_changes`, `Session.take_outside`).

The other process is a second connection to the same library file (`Store.open`), or the
command line run in-process (`reader.cli.main`), committing as a `briefing` command in a
terminal would. The window looks with `OutsideChanges.check`, which its timer and the
application's activation call; the tests call it where the timer would.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from reader.cli import main
from reader.core.changes import Changes
from reader.core.store import Fingerprint, SourceFilter, Store
from reader.ui import undoable
from reader.ui.briefing.briefing_edits import rename_briefing
from reader.ui.library.source_model import SourceIdRole
from tests.ui.elsewhere import look, opened
from tests.ui.highlights_listed import listed


def test_nothing_changed_elsewhere_costs_no_look_at_the_library(qtbot, make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    window = opened(qtbot, make_window)
    # The samples came through the window's own import, on a connection of its own: looked at
    # once, and found announced already.
    look(qtbot, window)
    window.session.apply(lambda: window.session.store.notes.set(window.open_source_id, "mine"))
    taken: list[int] = []
    real = Fingerprint.take
    monkeypatch.setattr(Fingerprint, "take", lambda db: taken.append(1) or real(db))
    changed: list[object] = []
    window.session.changes_applied.connect(changed.append)
    for _look_again in range(3):
        look(qtbot, window)
        window.outside.catch_up()
    assert taken == [] and changed == []


def test_a_note_set_elsewhere_shows_in_the_open_note(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    look(qtbot, window)
    assert window.notes.note.editor.toPlainText() == "Set in a terminal"


def test_the_windows_own_edits_are_not_taken_for_anothers(qtbot, make_window, other: Store) -> None:
    """A note saved in the window, then a tag added elsewhere to another source: only the tag
    is another's, so the undo step on the note stays."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    undoable.edit_note(window.session, source_id, "", "Mine")
    other.tags.add([next(i for i in other.sources.ids() if i != source_id)], "Japan")
    changed: list[Changes] = []
    window.session.changes_applied.connect(changed.append)
    look(qtbot, window)
    assert len(changed) == 1 and changed[0].tags and not changed[0].notes
    assert window.session.undo_stack.count() == 1


def test_undo_never_takes_back_a_note_set_elsewhere(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    undoable.edit_note(window.session, source_id, "", "Written in the window")
    other.notes.set(source_id, "Set in a terminal")
    window.undo_action.trigger()  # before the timer looked: the undo looks first
    assert other.notes.get(source_id).body == "Set in a terminal"
    assert window.session.undo_stack.count() == 0
    assert "changed elsewhere" in window.statusBar().currentMessage()
    assert window.notes.note.editor.toPlainText() == "Set in a terminal"


def test_an_undo_step_on_something_else_stays(qtbot, make_window, other: Store) -> None:
    window = opened(qtbot, make_window)
    first, second = window.session.store.sources.ids()[:2]
    undoable.edit_note(window.session, first, "", "Written in the window")
    other.notes.set(second, "Set in a terminal")
    window.undo_action.trigger()
    assert window.session.store.notes.get(first).body == ""
    assert other.notes.get(second).body == "Set in a terminal"


def test_a_briefing_renamed_in_a_terminal_shows_and_its_undo_does_not_rename_it_back(
        qtbot, make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    window = opened(qtbot, make_window)
    store = window.session.store
    window.session.apply(lambda: store.briefings.create("Q4")[1])
    q4 = store.briefings.find("Q4")
    assert q4 is not None
    window.briefings.show(q4.id)
    composer = window.briefings.composer()
    monkeypatch.setattr("reader.ui.dialogs.ask_text", lambda *args, **kwargs: "Q4 Japan")
    rename_briefing(window.session, composer, q4.id, "Q4")
    assert main(["--data-dir", str(data_dir), "briefing", "rename", "Q4 Japan", "Q4 final"]) == 0
    capsys.readouterr()
    look(qtbot, window)
    assert composer.briefing_combo.currentText() == "Q4 final"
    window.undo_action.trigger()
    assert store.briefings.get(q4.id).name == "Q4 final"  # type: ignore[union-attr]


def test_tags_saved_searches_and_highlights_made_elsewhere_show(qtbot, make_window, data_dir: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    text = window.session.store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    quote = text[:30].strip()
    for args in (["tag", "add", str(source_id), "Client X"], ["saved", "add", "Japan news", "Japan"],
                 ["highlight", "add", str(source_id), "--quote", quote, "--note", "From the terminal"]):  # fmt: skip
        assert main(["--data-dir", str(data_dir), *args]) == 0, capsys.readouterr()
    look(qtbot, window)
    tags = [window.library.tag_model.index(r).data() for r in range(window.library.tag_model.rowCount())]
    assert any("Client X" in str(tag) for tag in tags)
    saved = window.library.saved.view
    assert [saved.item(r).text() for r in range(saved.count())] == ["Japan news"]
    listed = window.notes.model
    assert [listed.highlight(r).annotation for r in range(listed.rowCount())] == ["From the terminal"]  # type: ignore[union-attr]
    assert [h.annotation for h in window.article.view.anchored_highlights()] == ["From the terminal"]


def _articles(folder: Path, count: int, start: int = 0) -> Path:
    """`count` short articles of their own words (no two of one story)."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + count):
        words = " ".join(f"wort{i}x{j}" for j in range(40))
        (folder / f"a{i:03}.txt").write_text(f"Meldung Nummer {i} über Thema {i * 7919}\n\n{words}.\n", encoding="utf-8")
    return folder


def test_the_list_keeps_its_selection_and_scroll_position(qtbot, make_window, data_dir: Path, tmp_path: Path) -> None:
    from reader import paths
    from reader.core import importer

    with Store.open(paths.resolve(data_dir).ensure().db_path) as first:
        importer.import_paths(first, [_articles(tmp_path / "first", 60)])
    window = opened(qtbot, make_window)
    view = window.library.source_view
    window.library.select_source(window.library.model.data(window.library.model.index(40), SourceIdRole))
    chosen, bar = window.library.current_source_id(), view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2 + 7)  # the first row in view part-way out of it
    first = view.indexAt(QPoint(1, 1))
    in_view = first.data(SourceIdRole), view.visualRect(first).top()
    assert in_view[1] < 0 and bar.value() < bar.maximum()
    with Store.open(paths.resolve(data_dir).db_path, verify=False) as other:
        importer.import_paths(other, [_articles(tmp_path / "second", 1, start=500)])  # listed first
        other.tags.add([chosen], "Client X")
    look(qtbot, window)
    assert window.library.model.rowCount() == 61
    assert window.library.current_source_id() == chosen == window.open_source_id
    first = view.indexAt(QPoint(1, 1))
    assert (first.data(SourceIdRole), view.visualRect(first).top()) == in_view


def test_the_window_looks_when_it_becomes_active_and_polls_only_while_it_is(qtbot, qapp, make_window,
                                                                            other: Store) -> None:  # fmt: skip
    window = opened(qtbot, make_window)
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    assert not window.outside.timer.isActive()
    other.notes.set(window.open_source_id, "Set in a terminal")
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # back from the terminal
    assert window.outside.timer.isActive()
    qtbot.waitUntil(lambda: window.notes.note.editor.toPlainText() == "Set in a terminal")
    other.notes.set(window.open_source_id, "Set again")
    qtbot.waitUntil(lambda: window.notes.note.editor.toPlainText() == "Set again", timeout=10_000)  # the timer's look


def test_a_reload_for_a_change_elsewhere_opens_nothing_in_the_open_sources_place(qtbot, make_window,
                                                                                 other: Store) -> None:  # fmt: skip
    """The open source is not the list's (the list narrowed to a tag it lacks): the list's reload
    put its own current source back, and opened it in the reader's place."""
    window = opened(qtbot, make_window)
    first, *rest = window.session.store.sources.ids()
    window.session.apply(lambda: window.session.store.tags.add(rest, "Japan"))
    window.library.show_search("", "Japan", SourceFilter(), None)
    window.read_source(first)  # a link to it, say: the list shows it not
    assert window.open_source_id == first != window.library.current_source_id()
    other.tags.add([rest[0]], "Client X")
    look(qtbot, window)
    assert window.open_source_id == first
    other.sources.delete(first)  # gone elsewhere: the list's source takes its place
    look(qtbot, window)
    assert window.open_source_id == window.library.current_source_id() != first


def test_the_full_width_views_and_the_composer_follow(qtbot, make_window, data_dir: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    """All highlights and the timeline, open, and the composer's items, as the terminal adds."""
    from reader.core import importer

    window = opened(qtbot, make_window)
    store = window.session.store
    window.session.apply(lambda: store.briefings.create("Q4")[1])
    q4 = store.briefings.find("Q4")
    assert q4 is not None
    window.briefings.show(q4.id)
    composer = window.briefings.composer()
    window.modes.action.trigger()  # All highlights
    view = listed(qtbot, window.modes.view)
    window.timeline.show()
    timeline = window.timeline.window
    assert view is not None and timeline is not None and view.model.shown_ids() == []
    before = sum(mark.count for mark in timeline.canvas.marks)
    source_id = window.open_source_id
    quote = store.sources.get(source_id).reading_text[:30].strip()  # type: ignore[union-attr]
    for args in (["highlight", "add", str(source_id), "--quote", quote], ["briefing", "add", "Q4", "--heading", "Warum"]):
        assert main(["--data-dir", str(data_dir), *args]) == 0, capsys.readouterr()
    with Store.open(store.path, verify=False) as other:  # type: ignore[arg-type]
        (added,) = importer.import_paths(other, [_articles(data_dir.parent / "more", 1, start=900)])
        other.sources.update_metadata(added.source_id, published="2024-05-02")  # type: ignore[arg-type]
    look(qtbot, window)
    listed(qtbot, view)
    assert len(view.model.shown_ids()) == 1
    assert [composer.items_list.item(r).text() for r in range(composer.items_list.count())] == ["Warum"]
    assert sum(mark.count for mark in timeline.canvas.marks) == before + 1  # the article imported
    timeline.close()


def test_a_note_let_go_while_anothers_change_shows_is_not_told_again(qtbot, make_window, other: Store) -> None:
    """The open source binned in a terminal while its note is typed: as the panes let go of the
    source, during the announcement, the typing goes to the lost-text bar, not into the bin
    (tests/ui/test_typing_where_it_was_deleted_elsewhere.py); a later change elsewhere to
    something else is told alone, with nothing of that note, and the undo history stays."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    window.notes.note.reveal()
    qtbot.keyClicks(window.notes.note.editor, "Typed in the window")
    other.sources.delete(source_id)
    look(qtbot, window)
    assert other.notes.get(source_id).body == ""
    assert window.notes.note.lost.text == "Typed in the window"
    steps = window.session.undo_stack.count()
    other.tags.add([next(i for i in other.sources.ids() if i != source_id)], "Japan")
    changed: list[Changes] = []
    window.session.changes_applied.connect(changed.append)
    look(qtbot, window)
    assert len(changed) == 1 and not changed[0].notes
    assert window.session.undo_stack.count() == steps


def test_a_look_that_comes_back_during_the_windows_own_import_waits_for_it(qtbot, make_window, other: Store,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """Taken while the window's own import began, the fingerprint may hold part of it, which
    is not another's: nothing is told until the import is done, then the look is made again."""
    window = opened(qtbot, make_window)
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    changed: list[Changes] = []
    window.session.changes_applied.connect(changed.append)
    window.outside.check()
    monkeypatch.setattr(window.session, "busy", lambda: True)  # an import started meanwhile
    qtbot.waitUntil(window.outside.idle)
    assert changed == []
    monkeypatch.undo()
    look(qtbot, window)
    assert len(changed) == 1 and changed[0].notes == {source_id}
