"""The Entities list's name cell when the list is too narrow for a Roles column: the name, and
under it, in muted ink, the kind and the roles ("Person · US-Präsident").

Seen in German at 1024 px beside the docked briefing composer: the Roles column had 52 px and
read "US-Pr…", "Prem…", "Regie…" — the roles being what a consultant reads the list for. Under
the name they have the name's, the kind's and the roles' widths together, and are cut between
words ("Premierminister, …"), whole in the row's tooltip.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from reader.core.entities import EntitySummary
from reader.ui.entities.entity_models import EntityRole, kind_title, roles_text, shown_name
from reader.ui.entities.kwic_delegate import elide_words
from reader.ui.one_ellipsis import elided

MARGIN_X, MARGIN_Y = 4, 5  # inside the cell, as the table's one-line rows have it
WASTED_LETTERS = 4  # a cut between words may leave this many average letters blank, no more
Index = QModelIndex | QPersistentModelIndex


def under_the_name(entity: EntitySummary, with_kind: bool) -> str:
    """The line under a name: its kind (where the list shows every kind) and its roles."""
    parts = [kind_title(entity.kind)] if with_kind else []
    if said := roles_text(entity):
        parts.append(said)
    return " · ".join(parts)


def two_lines(metrics: QFontMetrics, entity: EntitySummary, with_kind: bool, width: int) -> tuple[str, str]:
    """The name and the line under it as they fit `width` px: the name cut as Qt cuts it, the
    roles between words (inside a word where a word's edge would leave much of the line blank)."""
    name = metrics.elidedText(shown_name(entity), Qt.TextElideMode.ElideRight, width)
    under = under_the_name(entity, with_kind)
    cut = elide_words(metrics, under, Qt.TextElideMode.ElideRight, width)
    if cut != under and width - metrics.horizontalAdvance(cut) > WASTED_LETTERS * metrics.averageCharWidth():
        # A long word cut whole left "Person · …" for "Unternehmenspräsident": cut inside it.
        cut = elided(metrics, under, width)
    return name, cut


def row_height(metrics: QFontMetrics) -> int:
    return 2 * metrics.height() + 2 * MARGIN_Y


class NameAndRolesDelegate(QStyledItemDelegate):
    """Paints the name cell in two lines while `folded()` says the list folded its roles under
    the names (`EntityTable`), as one line otherwise; `with_kind()`: the kind goes there too."""

    def __init__(self, folded: Callable[[], bool], with_kind: Callable[[], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folded, self._with_kind = folded, with_kind

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entity = index.data(EntityRole)
        if not self._folded() or not isinstance(entity, EntitySummary):
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)  # its palette's Text the model's ink (a hidden entity's greyed)
        item.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect: QRect = option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)
        metrics = QFontMetrics(option.font)
        name, under = two_lines(metrics, entity, self._with_kind(), rect.width())
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = item.palette
        ink = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        muted = QColor(ink)  # as the mentions' titles beside it
        muted.setAlphaF(0.6)
        painter.save()
        painter.setFont(option.font)
        line = metrics.height()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        painter.setPen(ink)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), flags, name)
        painter.setPen(muted)
        painter.drawText(QRect(rect.left(), rect.top() + line, rect.width(), line), flags, under)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        if self._folded():
            hint.setHeight(row_height(QFontMetrics(option.font)))
        return hint
