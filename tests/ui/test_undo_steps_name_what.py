"""Edit ▸ Undo names what it takes back: the tag, the passage, the source, in the window
language's quotes, a long name cut with "…".

Seen in the daily walk: with a rename, two tags and a highlight on the stack, the menu said
"Undo Rename tag Japn", "Undo Highlight as Key point", "Undo Delete source": which passage,
which source, renamed to what? Expected texts are written out by hand from the seed titles
and passages.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from reader.core.changes import Changes
from reader.ui import undoable
from reader.ui.step_names import named, short

ALLIANZ = "Neues goldenes Zeitalter der Allianz: USA und Japan intensivieren Kooperation"
LONG_PASSAGE = "Bei einem Treffen in Tokio bezeichneten US-Präsident Donald Trump"


def _source(window, title: str) -> int:
    return next(s.id for s in window.session.store.sources.list() if s.title == title)


def _span(window, source_id: int, words: str) -> tuple[int, int]:
    start = window.session.store.sources.get(source_id).reading_text.index(words)
    return start, start + len(words)


def _undo_text(window) -> str:
    return window.undo_action.text().replace("&", "")


def rename_tag(window, monkeypatch, old: str, new: str) -> None:
    """Rename tag `old` (given to the first source) to `new` through the tag list, the dialog answered."""
    window.session.store.tags.add([window.library.model.ids()[0]], old)
    window.session.apply(lambda: Changes(tags=True))
    model = window.library.tag_model
    window.library.tag_view.setCurrentIndex(model.index(model.row_of(old)))

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(new)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("reader.ui.dialogs.run", answer)
    window.library.tag_edits.rename_current()


def test_tag_steps_name_the_tag_and_a_rename_both_names(make_window, monkeypatch) -> None:
    window = make_window()
    rename_tag(window, monkeypatch, "Japn", "Japan")
    assert _undo_text(window) == "Undo Rename tag “Japn” → “Japan”"
    window.undo_action.trigger()
    assert window.statusBar().currentMessage() == "Undone: Rename tag “Japn” → “Japan”"
    assert window.redo_action.text().replace("&", "") == "Redo Rename tag “Japn” → “Japan”"
    source_id = _source(window, ALLIANZ)
    undoable.add_tag(window.session, source_id, "Seltene Erden")
    assert _undo_text(window) == "Undo Add tag “Seltene Erden”"
    undoable.remove_tag(window.session, source_id, "Seltene Erden")
    assert _undo_text(window) == "Undo Remove tag “Seltene Erden”"


def test_german_steps_use_german_quotes(make_window, monkeypatch, speak) -> None:
    speak("de")
    window = make_window()
    rename_tag(window, monkeypatch, "Japn", "Japan")
    assert _undo_text(window) == "Rückgängig: Schlagwort „Japn“ in „Japan“ umbenennen"
    source_id = _source(window, ALLIANZ)
    undoable.add_highlight(window.session, source_id, _span(window, source_id, "seltenen Erden"), "risk")
    assert _undo_text(window) == "Rückgängig: „seltenen Erden“ als Risiko markieren"
    # A title quoting something keeps its own quotes single, as an exported citation does.
    undoable.edit_note(window.session, _source(window, "Japan–USA schmieden „Goldenes Bündnis“"), "", "Gipfel")
    assert _undo_text(window) == "Rückgängig: Notiz zu „Japan–USA schmieden ‚Goldenes B…“ bearbeiten"


def test_highlight_steps_name_the_passage_cut_short(make_window) -> None:
    window = make_window()
    session = window.session
    source_id = _source(window, ALLIANZ)
    highlight_id = undoable.add_highlight(session, source_id, _span(window, source_id, LONG_PASSAGE), "key")
    assert highlight_id is not None
    assert _undo_text(window) == "Undo Highlight “Bei einem Treffen in Tokio beze…” as Key point"
    undoable.set_label(session, highlight_id, "key", "risk")
    assert _undo_text(window) == "Undo Label “Bei einem Treffen in Tokio beze…” as Risk"
    undoable.edit_annotation(session, highlight_id, "", "Gipfel")
    assert _undo_text(window) == "Undo Edit annotation on “Bei einem Treffen in Tokio beze…”"
    undoable.delete_highlight(session, highlight_id)
    assert _undo_text(window) == "Undo Delete highlight “Bei einem Treffen in Tokio beze…”"
    undoable.edit_note(session, source_id, "", "Seltene Erden")
    assert _undo_text(window) == "Undo Edit summary note on “Neues goldenes Zeitalter der Al…”"


def test_deleting_a_source_and_story_edits_name_it(make_window, monkeypatch) -> None:
    window = make_window()
    source_id = _source(window, "Japan ist bereits der engste asiatische Verbündete der USA")
    monkeypatch.setattr("reader.ui.dialogs.run", lambda _box: QMessageBox.StandardButton.Yes)
    assert window.editor.delete(source_id)
    assert _undo_text(window) == "Undo Delete source “Japan ist bereits der engste as…”"
    window.undo_action.trigger()
    window.stories.take_out(_source(window, ALLIANZ))
    assert _undo_text(window) == "Undo Take “Neues goldenes Zeitalter der Al…” out of its story"
    window.stories.join([_source(window, ALLIANZ), source_id])
    assert _undo_text(window) == "Undo Join 2 sources into one story"


def test_a_name_is_one_line_and_set_in_once() -> None:
    """A passage over a line end reads on one line; a tag named "%2" is not filled in again."""
    assert short("Zölle\n\n  und Quoten") == "Zölle und Quoten"
    assert short("x" * 32) == "x" * 32 and short("x" * 33) == "x" * 31 + "…"
    text = QCoreApplication.translate("TagEdits", "Rename tag %1 → %2")
    assert named(text, "%2", "B") == "Rename tag “%2” → “B”"
