"""The library list's row shows ✎ when the source has a summary note, as the library table does.

Seen at 1366 x 768: the table beside the list marked the noted sources with ✎ in its Note
column; the list's rows gave no sign of a note, in the row or in its tooltip.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from reader.core.changes import Changes
from reader.core.models import SourceSummary
from reader.ui.library.source_delegate import row_marks
from reader.ui.library.source_model import SummaryRole
from tests.ui.library.row_painting import paint_row


@pytest.mark.parametrize(("language", "said"), [("en", "✎ Summary note"), ("de", "✎ Notiz")])
def test_a_noted_source_shows_the_mark_and_its_tooltip_says_it(make_window, speak, language, said) -> None:
    speak(language)
    window = make_window()
    store = window.session.store
    noted, other = window.library.model.ids()[:2]
    store.notes.set(noted, "Für den Bericht an Kunde X")
    window.session.apply(lambda: Changes(notes=frozenset({noted})))
    model = window.library.model

    def row(source_id: int) -> tuple[list[str], list[str]]:
        index = model.index(model.ids().index(source_id))
        return row_marks(index.data(SummaryRole)), index.data(Qt.ItemDataRole.ToolTipRole).split("\n")

    (marks, tip), (other_marks, other_tip) = row(noted), row(other)
    speak("en")
    assert marks[-1] == "✎" and said in tip
    assert "✎" not in other_marks and said not in other_tip


SUMMARY = SourceSummary(
    id=1, title="Japan's chip subsidies", title_derived=False, site_name="Handelsblatt",
    published="2024-04-11T11:46", imported_at="2026-11-21T06:00:00+00:00", opened_at=None,
    file_name="1.txt", tags=(), highlight_count=0,
)  # fmt: skip


def test_the_mark_follows_the_highlight_count_as_the_note_column_follows_highlights() -> None:
    assert row_marks(replace(SUMMARY, highlight_count=2, has_note=True)) == ["❝ 2", "✎"]
    assert row_marks(replace(SUMMARY, has_note=True)) == ["✎"]
    assert row_marks(replace(SUMMARY, highlight_count=2)) == ["❝ 2"]


def test_the_row_paints_the_mark(qapp) -> None:
    """What is painted differs by the note alone: the mark is drawn, not only listed."""

    def painted(summary: SourceSummary) -> QImage:
        image = QImage(480, 60, QImage.Format.Format_ARGB32)
        paint_row(summary, image)
        return image

    assert painted(replace(SUMMARY, has_note=True)) != painted(SUMMARY)
