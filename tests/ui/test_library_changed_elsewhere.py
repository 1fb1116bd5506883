"""What another process commits to the library reaches the open window, and the window's undo
never takes it back (`reader.ui.outside_changes`, `Session.take_outside`).

The other process is a second connection to the same library file (`Store.open`), or the
command line run in-process (`reader.cli.main`), committing as a `briefing` command in a
terminal would. The window looks with `OutsideChanges.check`, which its timer and the
application's activation call; the tests call it where the timer would.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.store import Store
from reader.core.store.fingerprint import Fingerprint
from reader.ui import outside_changes, undoable
from reader.ui.briefing.briefing_edits import rename_briefing


@pytest.fixture
def other(data_dir: Path) -> Iterator[Store]:
    """A second connection to the window's library: another process's."""
    from reader import paths

    store = Store.open(paths.resolve(data_dir).db_path, verify=False)
    yield store
    store.close()


def test_nothing_changed_elsewhere_costs_no_look_at_the_library(make_window, monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window()
    # The samples came through the window's own import, on a connection of its own: looked at
    # once, and found announced already.
    assert not window.outside.check()
    window.session.apply(lambda: window.session.store.notes.set(window.open_source_id, "mine"))
    taken: list[int] = []
    real = Fingerprint.take
    monkeypatch.setattr(outside_changes.Fingerprint, "take", lambda db: taken.append(1) or real(db))
    assert not window.outside.check()
    assert taken == []


def test_a_note_set_elsewhere_shows_in_the_open_note(make_window, other: Store) -> None:
    window = make_window()
    source_id = window.open_source_id
    other.notes.set(source_id, "Set in a terminal")
    assert window.outside.check().notes == {source_id}
    assert window.notes.note.editor.toPlainText() == "Set in a terminal"


def test_the_windows_own_edits_are_not_taken_for_anothers(make_window, other: Store) -> None:
    """A note saved in the window, then a tag added elsewhere to another source: only the tag
    is another's, so the undo step on the note stays."""
    window = make_window()
    source_id = window.open_source_id
    undoable.edit_note(window.session, source_id, "", "Mine")
    other.tags.add([next(i for i in other.sources.ids() if i != source_id)], "Japan")
    changes = window.outside.check()
    assert changes.tags and not changes.notes
    assert window.session.undo_stack.count() == 1


def test_undo_never_takes_back_a_note_set_elsewhere(make_window, other: Store) -> None:
    window = make_window()
    source_id = window.open_source_id
    undoable.edit_note(window.session, source_id, "", "Written in the window")
    other.notes.set(source_id, "Set in a terminal")
    window.undo_action.trigger()  # before the timer looked: the undo looks first
    assert other.notes.get(source_id).body == "Set in a terminal"
    assert window.session.undo_stack.count() == 0
    assert "changed elsewhere" in window.statusBar().currentMessage()
    assert window.notes.note.editor.toPlainText() == "Set in a terminal"


def test_an_undo_step_on_something_else_stays(make_window, other: Store) -> None:
    window = make_window()
    first, second = window.session.store.sources.ids()[:2]
    undoable.edit_note(window.session, first, "", "Written in the window")
    other.notes.set(second, "Set in a terminal")
    window.undo_action.trigger()
    assert window.session.store.notes.get(first).body == ""
    assert other.notes.get(second).body == "Set in a terminal"


def test_a_briefing_renamed_in_a_terminal_shows_and_its_undo_does_not_rename_it_back(
        make_window, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    window = make_window()
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
    window.outside.check()
    assert composer.briefing_combo.currentText() == "Q4 final"
    window.undo_action.trigger()
    assert store.briefings.get(q4.id).name == "Q4 final"  # type: ignore[union-attr]


def test_tags_saved_searches_and_highlights_made_elsewhere_show(make_window, data_dir: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    window = make_window()
    source_id = window.open_source_id
    text = window.session.store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    quote = text[:30].strip()
    for args in (["tag", "add", str(source_id), "Client X"], ["saved", "add", "Japan news", "Japan"],
                 ["highlight", "add", str(source_id), "--quote", quote, "--note", "From the terminal"]):  # fmt: skip
        assert main(["--data-dir", str(data_dir), *args]) == 0, capsys.readouterr()
    window.outside.check()
    tags = [window.library.tag_model.index(r).data() for r in range(window.library.tag_model.rowCount())]
    assert any("Client X" in str(tag) for tag in tags)
    saved = window.library.saved.view
    assert [saved.item(r).text() for r in range(saved.count())] == ["Japan news"]
    listed = window.notes.model
    assert [listed.highlight(r).annotation for r in range(listed.rowCount())] == ["From the terminal"]  # type: ignore[union-attr]
    assert [h.annotation for h in window.article.view.anchored_highlights()] == ["From the terminal"]
