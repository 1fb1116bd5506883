"""Editing metadata and deleting sources from the window, each undoable."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from reader.ui import dialogs
from reader.ui.library.delete_dialog import describe_loss
from reader.ui.library.metadata_dialog import MetadataDialog


def answer_with(monkeypatch, respond) -> list[object]:
    seen: list[object] = []

    def run(dialog: object) -> int:
        seen.append(dialog)
        return respond(dialog)

    monkeypatch.setattr(dialogs, "run", run)
    return seen


def fill_and_save(values: dict[str, str]):
    def respond(dialog: MetadataDialog) -> int:
        for name, value in values.items():
            editor = dialog.editors[name]
            editor.setPlainText(value) if name == "teaser" else editor.setText(value)
        dialog.accept()
        return dialog.result()

    return respond


def test_edit_metadata_then_undo_and_redo(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    before = store.sources.get(source_id)
    answer_with(monkeypatch, fill_and_save({
        "title": "Die USA und Japan machen vor", "site_name": "Handelsblatt",
        "published": "11.04.2024 11:46", "url": "https://www.handelsblatt.com/x", "lang": "de",
    }))  # fmt: skip
    window.edit_metadata_action.trigger()
    after = store.sources.get(source_id)
    assert (after.title, after.site_name, after.published) == (
        "Die USA und Japan machen vor", "Handelsblatt", "2024-04-11T11:46"
    )  # fmt: skip
    assert not after.title_derived
    row = window.library.model.row_of(source_id)
    assert window.library.model.summary(row).site_name == "Handelsblatt"
    assert window.undo_action.text().replace("&", "") == "Undo Edit metadata of “Gegengewicht zu China: Japan un…”"
    window.undo_action.trigger()
    undone = store.sources.get(source_id)
    assert (undone.title, undone.site_name, undone.published, undone.url) == (
        before.title, before.site_name, before.published, before.url
    )  # fmt: skip
    assert undone.title_derived == before.title_derived
    assert window.library.model.summary(row).title == before.title
    window.redo_action.trigger()
    assert store.sources.get(source_id).title == "Die USA und Japan machen vor"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [("title", "   ", "Title"), ("published", "last Tuesday", "Date"),
     ("url", "javascript:alert(1)", "URL"), ("lang", "German!", "Language")],
)  # fmt: skip
def test_invalid_metadata_keeps_the_form_open(make_window, monkeypatch, field, value, message) -> None:
    window = make_window()
    store = window.session.store
    before = store.sources.get(window.open_source_id)
    seen = answer_with(monkeypatch, fill_and_save({field: value}))
    window.edit_metadata_action.trigger()
    dialog = seen[0]
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text().startswith(message)
    assert store.sources.get(before.id) == before
    assert window.session.undo_stack.count() == 0


def test_delete_asks_counting_highlights_and_note_and_undo_restores(make_window, monkeypatch) -> None:
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    store.highlights.add(source_id, 0, 10, "key")
    store.highlights.add(source_id, 20, 30, "risk")
    store.notes.set(source_id, "Why this matters for the client.")
    seen = answer_with(monkeypatch, lambda box: QMessageBox.StandardButton.Yes)
    ids_before = window.library.model.ids()
    window.delete_action.trigger()
    question = seen[0]
    assert "2 highlights and a summary note" in question.informativeText()
    assert store.sources.get(source_id) is None
    assert source_id not in window.library.model.ids()
    # the next one opens: the source now in its row (its story's next report, if it had one)
    assert window.open_source_id == window.library.model.ids()[ids_before.index(source_id)]
    window.undo_action.trigger()
    assert store.sources.get(source_id) is not None
    assert len(store.highlights.for_source(source_id)) == 2
    assert store.notes.get(source_id).body == "Why this matters for the client."
    assert source_id in window.library.model.ids()  # back in its row, or its story's (opened)
    assert window.library.select_source(source_id)


def test_delete_cancelled_changes_nothing(make_window, monkeypatch) -> None:
    window = make_window()
    answer_with(monkeypatch, lambda box: QMessageBox.StandardButton.Cancel)
    window.delete_action.trigger()
    assert window.session.store.sources.count() == 5
    assert window.session.undo_stack.count() == 0


def test_describe_loss() -> None:
    assert describe_loss(0, False) == "no highlights and no note"
    assert describe_loss(1, True) == "1 highlight and a summary note"
