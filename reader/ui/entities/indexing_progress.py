"""How far finding the sources' names has got, beside the Entities view's filter box.

A concept of its own in the view: the words and a slim bar that say the names are being
found (busy until the task's first count, then "Finding names: 75 of 100 sources", and once
the rate is known how long is left: minutes at 10,000 sources), or that place names are
prepared once after an update. The view lays it out; the mode reports to it.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QSizePolicy, QWidget

from reader.ui.entities.mention_heading import ElidedLabel
from reader.ui.time_left import TimeLeft

PROGRESS_EMS = 8  # the bar's width beside its words


class _Words(ElidedLabel):
    """The words, as wide as the widest they said this run while the row has room for them,
    cut with "…" (whole in the tooltip) where it has not: held as their minimum width, the
    German "Ortsnamen werden vorbereitet (nur einmal je Programmversion) …" made the view ask
    for 846 px beside the docked composer, and a 976 px window grew to 1108 px — past a 1024 px
    screen — the first time the view opened after each start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.held = 0

    def width_of(self, text: str) -> int:
        """The width that shows `text` whole (the room `ElidedLabel` leaves inside its padding)."""
        margins = self.contentsMargins()
        return self.fontMetrics().horizontalAdvance(text) + margins.left() + margins.right() + 2 * self.margin() + 2

    def hold(self, width: int) -> None:
        self.held = max(width, self.held)
        self.updateGeometry()

    def let_go(self) -> None:
        self.held = 0
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(max(self.held, self.width_of(self.full_text())), super().sizeHint().height())


class IndexingProgress(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The words beside a slim bar, as the import's strip has them: the theme draws progress
        # bars 8 px high, and the words painted inside were cut to their middle ("Namen werden
        # gesucht" without the tops and tails of its letters).
        self.words = _Words(self)
        self.words.setObjectName("hint")
        self.words.hide()
        self.bar = QProgressBar(self)
        self.bar.setObjectName("entityProgress")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(PROGRESS_EMS * self.fontMetrics().horizontalAdvance("M"))
        self.bar.hide()
        self.time_left = TimeLeft()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.words)
        row.addWidget(self.bar)
        self.hide()  # no gap beside the filter box while nothing is found

    def waiting(self) -> None:
        """The bar busy until the task says how far it is: with 2,000 sources to index, its
        first count came after 3 s, and until then nothing moved. Words already said stay:
        the view opened again while place names are prepared still says so."""
        self.bar.setRange(0, 0)  # busy: no count yet
        self._show(bar=True, words=not self.words.isHidden())

    def preparing(self) -> None:
        """The names of places are being prepared (once after an install or update, 2-3 s):
        said beside the busy bar, as the window's thread never waits for them."""
        self.bar.setRange(0, 0)
        text = self.tr("Preparing place names (only once after an update)…")
        self.bar.setFormat(text)
        self.words.setText(text)
        self._show(bar=True, words=True)

    def counted(self, done: int, total: int) -> None:
        """`done` of `total` sources read, and the time left once known; hidden when done."""
        self._show(bar=done < total, words=done < total)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        left = self.time_left.counted(done, total)
        said, locale = self.tr("Finding names: %1 of %2 sources"), QLocale()  # "1.500 von 10.000" in German
        if left:
            said += " · " + left
        text = said.replace("%1", locale.toString(done)).replace("%2", locale.toString(total))
        self.bar.setFormat(text)  # what a screen reader says of the bar
        self.words.setText(text)
        # As wide as its words ("Namen werden gesucht: 75 von 100 Qu" was cut at 240 px), the
        # count written with the total's digits so the words do not twitch as they count; once
        # the time left is said the width only grows, as "about 11 minutes" turns "about 8".
        widest = said.replace("%1", locale.toString(total)).replace("%2", locale.toString(total))
        self.words.hold(self.words.width_of(widest))

    def _show(self, *, bar: bool, words: bool) -> None:
        self.bar.setVisible(bar)
        self.words.setVisible(words)
        self.setVisible(bar or words)
        # The words' width only grows while they are shown: after "Preparing place names (only
        # once after an update)…" the shorter count narrowed them, and the filter box beside
        # them widened by 130 px as the user went to type in it.
        if words:
            self.words.hold(self.words.sizeHint().width())
        else:
            self.words.let_go()  # the next run's words measured afresh
