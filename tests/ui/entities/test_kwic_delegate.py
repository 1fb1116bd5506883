"""The mentions list as a concordance: whatever the left context, the bold name starts at the
same x in every row (the eye runs down the names), measured on the pixels the real list paints.

Where the name's ink starts is found without knowing the font: each row is painted twice, once
naming "Kishida" and once "Mishida"; the first column where the two pictures differ is the name's
first glyph. Left contexts are hand-written to be short, long (elided with "…"), empty and ending
in punctuation.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QListView

from reader.core.entities import BODY, Mention
from reader.ui.entities.entity_models import MentionModel
from reader.ui.entities.kwic_delegate import KwicDelegate

LEFTS = (
    "",
    "Zudem lud ",
    "Olaf Scholz hat ähnliche Ziele wie ",
    "„Wir werden nicht über weitere Details sprechen“, sagte ",
    "Microsoft, der dem japanischen Premierminister und seinem Kabinett im Rahmen des viertägigen Besuchs ",
)
RIGHT = " den US-Präsidenten zu einem Gipfeltreffen ein."


def _grab(qtbot, name: str) -> tuple[QImage, list[tuple[int, int]]]:
    """The list's picture and each row's top and bottom in it."""
    contexts = [f"{left}{name}{RIGHT}" for left in LEFTS]
    mentions = [Mention(n, "Japan ist der engste Verbündete", len(left), len(left) + len(name), context)
                for n, (left, context) in enumerate(zip(LEFTS, contexts, strict=True))]  # fmt: skip
    model = MentionModel(lambda source_id: {BODY: contexts[source_id]})
    model.set_mentions(mentions)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(KwicDelegate(view))
    view.resize(760, 500)
    view.show()
    qtbot.waitExposed(view)
    rows = [view.visualRect(model.index(row)) for row in range(model.rowCount())]
    return view.viewport().grab().toImage(), [(rect.top(), rect.bottom()) for rect in rows]


def _first_difference(a: QImage, b: QImage, top: int, bottom: int) -> int | None:
    for x in range(a.width()):
        if any(a.pixel(x, y) != b.pixel(x, y) for y in range(top, bottom)):
            return x
    return None


def test_the_name_starts_at_the_same_x_in_every_row(qtbot) -> None:
    (kishida, rows), (mishida, _rows) = _grab(qtbot, "Kishida"), _grab(qtbot, "Mishida")
    starts = [_first_difference(kishida, mishida, top, bottom) for top, bottom in rows]
    assert all(x is not None and x > 100 for x in starts), starts  # in the column, not at the edge
    assert max(x or 0 for x in starts) - min(x or 0 for x in starts) <= 2, starts


def _ink_from(image: QImage, top: int, bottom: int) -> int | None:
    """The leftmost x in rows top..bottom whose colour differs from the row's background."""
    ground = image.pixel(image.width() - 2, top + 1)
    for x in range(image.width()):
        if any(image.pixel(x, y) != ground for y in range(top, bottom)):
            return x
    return None


def test_a_name_that_starts_a_sentence_has_the_words_before_it_on_the_left(qtbot) -> None:
    """Seen in the walk: "US-Präsident Donald Trump …" (the name first in its sentence) began in
    the middle of the row and looked centred under its title; the source's words before the
    sentence now fill the left column, muted. A source that begins with the name has none."""
    text = ("Die Zölle auf Stahl und Aluminium steigen im Frühjahr, sagte der Minister am Freitag in Berlin. "
            "Kishida reiste am Montag nach Washington.")
    contexts = ["Kishida reiste am Montag nach Washington.", "Kishida reiste am Montag nach Washington."]
    start = text.index("Kishida")
    mentions = [Mention(0, "Zölle", start, start + 7, contexts[0]), Mention(1, "Reise", 0, 7, contexts[1])]
    sources = [text, text[start:]]
    model = MentionModel(lambda source_id: {BODY: sources[source_id]})
    model.set_mentions(mentions)
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(KwicDelegate(view))
    view.resize(760, 200)
    view.show()
    qtbot.waitExposed(view)
    image = view.viewport().grab().toImage()
    line_tops = [view.visualRect(model.index(row)).bottom() - view.fontMetrics().height() - 6 for row in (0, 1)]
    led, bare = (_ink_from(image, top, top + view.fontMetrics().height()) for top in line_tops)
    # "…Freitag in Berlin." from near the row's left margin: shortened between words, up to a word's gap
    assert led is not None and led < 60, led
    assert bare is not None and bare > 200, bare  # nothing before: the name in its column, the left empty


def test_a_shortened_context_is_cut_between_words(qapp) -> None:
    """Seen in the window: "…rld War and the Allied occupation of Japan", "the bilateral
    relations bet…". Shortened, a context keeps whole words on the side it is cut."""
    from PySide6.QtGui import QFontMetrics

    from reader.ui.entities.kwic_delegate import elide_words

    metrics = QFontMetrics(qapp.font())
    left = "Nach dem Zweiten Weltkrieg und der Besatzung durch die Alliierten wurde "
    right = " zum engsten Verbündeten der Vereinigten Staaten in Ostasien."
    width = metrics.horizontalAdvance(left) // 2
    shown = elide_words(metrics, left, Qt.TextElideMode.ElideLeft, width)
    assert shown.startswith("…") and metrics.horizontalAdvance(shown) <= width
    assert left.endswith(shown[1:]) and left[len(left) - len(shown) : len(left) - len(shown) + 2].startswith(" ")
    shown = elide_words(metrics, right, Qt.TextElideMode.ElideRight, metrics.horizontalAdvance(right) // 2)
    assert shown.endswith(" …") and right.startswith(shown[:-2])
    assert right[len(shown) - 2] == " "  # the next word was left out whole
    assert elide_words(metrics, "kurz", Qt.TextElideMode.ElideLeft, 400) == "kurz"
    long_word = "Donaudampfschifffahrtsgesellschaftskapitän"  # one word: cut inside it, as Qt does
    assert elide_words(metrics, long_word, Qt.TextElideMode.ElideRight, 60).endswith("…")


def test_a_lead_cut_to_its_length_starts_at_a_word() -> None:
    from reader.ui.entities.entity_models import LEAD_CHARS, lead_before

    words = "Die Regierung in Tokio hatte die Ausfuhr seltener Erden schon im Frühjahr beschränkt und "
    text = words * 3 + "Japan ist wichtig. Sanae Takaichi sprach."
    start = text.index("Sanae")
    lead = lead_before(text, start, "Sanae Takaichi sprach.", (0, 5))
    assert lead.startswith("…") and lead.endswith("Japan ist wichtig.") and len(lead) <= LEAD_CHARS + 1
    assert f" {lead[1:]}" in text  # from a word's start


# Words between single spaces (where a cut at a word's edge happens), now and then an ellipsis.
_WORDS = st.lists(st.text(alphabet=st.sampled_from("abcdefgMWilmäöüß.…-"), min_size=1, max_size=12),
                  max_size=10).map(" ".join)  # fmt: skip


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=_WORDS, width=st.integers(min_value=0, max_value=400),
       mode=st.sampled_from([Qt.TextElideMode.ElideLeft, Qt.TextElideMode.ElideRight]))  # fmt: skip
def test_a_cut_between_words_always_fits_its_width(qapp, text: str, width: int, mode: Qt.TextElideMode) -> None:
    """The " …" put after a whole word could run one space past the width given: the roles
    under a name overran their cell, and `name_and_roles.two_lines` shrank its room in a loop."""
    from PySide6.QtGui import QFontMetrics

    from reader.ui.entities.kwic_delegate import elide_words

    metrics = QFontMetrics(qapp.font())
    shown = elide_words(metrics, text, mode, width)
    assert metrics.horizontalAdvance(shown) <= width
