"""The heading over an entity's mentions and its "Show sources in library" button, on one line
when the heading has room enough beside the button, and the button under the heading when not.

Beside the docked briefing composer in a 1024 px window the mentions get about 250 px: the
heading, wrapped beside the button, took four lines ("United / States / (Place): / 120
mentions") and pushed the mentions down. It is one line, cut with "…" when it does not fit, the
whole of it in its tooltip; it never asks for more width, so a long name does not widen the
window either (why it used to wrap). Whether the button goes under it depends on the width
alone, never on the heading's text: when it went under as soon as the whole heading did not fit
beside it, choosing an entity with a longer name ("Hongkong (Ort): 28 Erwähnungen" beside the
German "Quellen in der Bibliothek zeigen" at 1024 px) moved the button under the heading and
the mention list down a line — the list jumped as one went down the entities.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from reader.ui.one_ellipsis import elided


class ElidedLabel(QLabel):
    """A one-line label that shows as much of its text as fits, ending in "…" (the whole text
    is `full_text()` and, while it is cut, the tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = self._name = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str, name: str = "") -> None:  # noqa: N802 - Qt's name
        """`name`, a part of `text`, is where a cut falls first: "Vereinigte St… (Ort): 58
        Erwähnungen" keeps what the heading says of the name (a count cut to "58 Erw…" said
        nothing)."""
        self._full, self._name = text, name if name in text else ""
        self._elide()

    def full_text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin() - 2  # inside the style sheet's padding
        metrics = self.fontMetrics()
        shown = elided(metrics, self._full, max(0, room))
        if shown != self._full and self._name:
            before, _, after = self._full.partition(self._name)
            name_room = room - metrics.horizontalAdvance(before + after)
            if name_room >= metrics.horizontalAdvance(self._name[:3] + "…"):  # a few letters of it
                shown = before + elided(metrics, self._name, name_room) + after
        super().setText(shown)
        self.setToolTip(self._full if shown != self._full else "")


# Average letters the heading keeps beside the button ("Vereinigte Staaten (Ort): 5…"); with
# less room (beside the docked composer) the button goes under it.
HEADING_LETTERS = 20
# And the letters of a name it keeps beside the longest that is said of one, "(Organisation):
# 999 Erwähnungen": in a 1024 px screen's window (976 px) the German heading beside the button
# read "Ver… (Ort): 87 Erwähnungen" and "Sanae Takaichi (Person): 1…", its count cut.
NAME_LETTERS = 4


class MentionHeading(QWidget):
    """The heading and the button side by side, or the button under the heading when the
    heading would have fewer than HEADING_LETTERS beside it, or too few for its kind and count
    and NAME_LETTERS of a name."""

    def __init__(self, heading: ElidedLabel, button: QPushButton, parent: QWidget | None = None, said: str = "") -> None:
        """`said`: the longest the heading says besides a name (its kind and count); it keeps
        room for that and NAME_LETTERS of a name beside the button — a width, not the text shown."""
        super().__init__(parent)
        self.heading, self.button, self._said = heading, button, said
        self._row = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.addWidget(heading, 1)
        self._row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

    def folded(self) -> bool:
        return self._row.direction() is QBoxLayout.Direction.TopToBottom

    def fits_one_line(self) -> bool:
        """Whether the heading has its HEADING_LETTERS beside the button at the row's width, and
        room for its kind and count and NAME_LETTERS of a name. The text has no say (see above);
        the tests wait for the row to be laid out as this says."""
        room = self.width() - self._row.spacing() - self.button.sizeHint().width()
        metrics = self.heading.fontMetrics()
        letter = metrics.averageCharWidth()
        return room >= max(HEADING_LETTERS * letter, metrics.horizontalAdvance(self._said) + NAME_LETTERS * letter)

    def fit(self) -> None:
        """One line when `fits_one_line` (the rest of the heading cut, whole in its tooltip);
        else the button under it."""
        direction = QBoxLayout.Direction.LeftToRight if self.fits_one_line() else QBoxLayout.Direction.TopToBottom
        if self._row.direction() is not direction:
            self._row.setDirection(direction)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fit()
