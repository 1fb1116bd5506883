"""The mentions' left edges are uneven by design: the names stand in one column (KEY_COLUMN)
and what comes before each is set flush against it, as in a concordance. Seen in the walk,
two things made it look accidental: the muted words before a sentence cut inside their one
word ("…mbolkraft.", "…ngton.") at a random indent, and nothing showed the column the rows
are lined up on. A lead now shows whole words or none, and the name stands on a faint tint,
so the column reads down the list. Measured on the pixels the real list paints."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtWidgets import QListView

from reader.core.entities import BODY, Mention
from reader.ui.entities.entity_models import MentionModel
from reader.ui.entities.kwic_delegate import KEY_COLUMN, MARGIN_X, KwicDelegate, whole_words_left

LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenherstellerverbandsvorsitzendenwahl."
SENTENCE = "Kishida reiste am Montag nach Washington."


def _painted(qtbot, text: str) -> tuple[QListView, QImage, int]:
    """The list of one mention of "Kishida" in `text`: the view, its picture, the line's top."""
    start = text.index("Kishida")
    model = MentionModel(lambda _source_id: {BODY: text})
    model.set_mentions([Mention(0, "Reise", start, start + 7, SENTENCE)])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(KwicDelegate(view))
    view.resize(760, 120)
    view.show()
    qtbot.waitExposed(view)
    top = view.visualRect(model.index(0)).bottom() - view.fontMetrics().height() - 6
    return view, view.viewport().grab().toImage(), top


def _key_x(view: QListView) -> int:
    """Where the delegate puts the name's column in the view's one row."""
    return MARGIN_X + int((view.viewport().width() - 2 * MARGIN_X) * KEY_COLUMN)


def _ink_from(image: QImage, top: int, bottom: int, until: int) -> int | None:
    ground = image.pixel(image.width() - 2, top + 1)
    for x in range(until):
        if any(image.pixel(x, y) != ground for y in range(top, bottom)):
            return x
    return None


def test_a_lead_too_long_for_the_column_is_left_out_not_cut_inside_its_word(qtbot) -> None:
    view, image, top = _painted(qtbot, f"Die Rede galt der {LONG_WORD} {SENTENCE}")
    key_x = _key_x(view)
    # nothing left of the name's column (its tint starts 3 px before it): no "…orsitzendenwahl."
    assert _ink_from(image, top, top + view.fontMetrics().height(), key_x - 4) is None


def test_a_lead_that_fits_is_still_shown(qtbot) -> None:
    view, image, top = _painted(qtbot, f"Die Rede galt der Wahl. {SENTENCE}")
    led = _ink_from(image, top, top + view.fontMetrics().height(), view.width())
    key_x = _key_x(view)
    assert led is not None and led < key_x - 60  # "Die Rede galt der Wahl." before the name


def test_the_name_stands_on_a_tint(qtbot) -> None:
    view, image, top = _painted(qtbot, SENTENCE)
    key_x = _key_x(view)
    ground = QColor(image.pixel(view.width() - 30, top + 2))
    assert QColor(image.pixel(key_x - 2, top + 2)) != ground  # just before the name's first glyph


def test_whole_words_left(qapp) -> None:
    metrics = QFontMetrics(qapp.font())
    text = "…der Rede von großer Symbolkraft."
    assert whole_words_left(metrics, text, 1000) == text
    last = metrics.horizontalAdvance("…Symbolkraft.")
    assert whole_words_left(metrics, text, last + 4) == "…Symbolkraft."
    assert whole_words_left(metrics, text, last - 5) == ""  # no "…mbolkraft."
    assert whole_words_left(metrics, "Symbolkraft.", metrics.horizontalAdvance("Symbolkraft.") - 5) == ""
