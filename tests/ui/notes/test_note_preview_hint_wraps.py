"""The empty note preview's hint wraps over as many lines as it needs, never cut at the edge.

Seen in session 25 (German window, 1366 px): after Ctrl+Z emptied a note with the Preview tab
shown, it read "Noch keine Notiz: Schreiben Sie eine unter" — Qt draws a text browser's
placeholder in the empty document's one line and clips the rest ("„Bearbeiten“.").
"""

from __future__ import annotations

from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401
from PySide6.QtGui import QColor

from reader.ui.notes.note_editor import PREVIEW_TAB
from reader.ui.notes.notes_pane import NotesPane
from tests.ui.notes.test_note_preview_states import pane  # noqa: F401


def _inked_rows(preview) -> list[int]:
    """The rows of the preview's view that hold any of the hint's ink."""
    image = preview.viewport().grab().toImage()
    paper = QColor(image.pixel(image.width() - 2, image.height() - 2))
    return [y for y in range(image.height())
            if any(QColor(image.pixel(x, y)) != paper for x in range(image.width()))]  # fmt: skip


def test_the_hint_of_an_empty_preview_wraps(pane: NotesPane, qtbot) -> None:  # noqa: F811
    store = pane._session.store
    source_id = source_id_of(store, "002")
    store.notes.set(source_id, "- Halbleiter")
    pane.show_source(source_id)
    pane.note.tabs.setCurrentIndex(PREVIEW_TAB)
    pane.note.editor.setPlainText("")
    preview = pane.note.preview
    qtbot.waitUntil(lambda: preview.toPlainText() == "")
    hint = preview.placeholderText()
    metrics = preview.fontMetrics()
    assert metrics.horizontalAdvance(hint) > preview.viewport().width()  # it needs two lines here
    rows = _inked_rows(preview)
    assert rows and rows[-1] - rows[0] > 1.5 * metrics.lineSpacing()
