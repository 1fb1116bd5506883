"""Stories in the library list: one row with a count per story, expandable to its members.

The list stays a flat, lazily painted table (see `reader.ui.library.source_model`): a story's first
member in the current order stands for it and carries the count; its other members are left
out of the ids, or follow it indented while the story is expanded. A click on the count, or
Right / Left (also + / -), expands or collapses; a source that is asked for while hidden in a
collapsed story opens its story first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from reader.ui.library.source_delegate import MARGIN_X, SourceDelegate
from reader.ui.library.source_model import SourceIdRole, StoryRole

if TYPE_CHECKING:
    from reader.ui.library.library_pane import LibraryPane

INDENT = 18
BADGE_GAP = 8
BADGE_FILL_ALPHA = 0.16  # of the palette's link colour, under the badge's words in that colour


@dataclass(frozen=True, slots=True)
class StoryMark:
    """A row's place in a story: the row standing for it (`head`) or a member shown below."""

    story_id: int
    count: int
    head: bool
    expanded: bool
    # The story's members in the list, the head's among them: its folded row shows all their
    # tags, not just the head's (the others' could not be seen until the story was opened).
    members: tuple[int, ...] = field(default=(), compare=False)


def fold(ids: Sequence[int], stories: dict[int, list[int]], expanded: set[int]) -> tuple[list[int], dict[int, StoryMark]]:
    """The rows to show for `ids` (in order) and the story marks of those in a story.

    A story takes the place of its first member, and that member stands for it, whatever is
    open: the open report stood in for it, so the row changed with what was read and, sorted
    by its first member, could show an undated report ("added today") among last week's. An
    open report its folded story hides is shown by opening the story (`StoryRows.reveal`), as
    a search hit is. Only members in `ids` count: under a tag filter a story with one tagged
    member is an ordinary row.
    """
    story_of = {source_id: story_id for story_id, members in stories.items() for source_id in members}
    present: dict[int, list[int]] = {}
    for source_id in ids:
        story_id = story_of.get(source_id)
        if story_id is not None:
            present.setdefault(story_id, []).append(source_id)
    visible: list[int] = []
    marks: dict[int, StoryMark] = {}
    for source_id in ids:
        group = present.get(story_of.get(source_id, -1))
        if group is None or len(group) < 2:
            visible.append(source_id)
            continue
        if source_id != group[0]:
            continue
        story_id, head = story_of[source_id], source_id
        is_open = story_id in expanded
        marks[head] = StoryMark(story_id, len(group), True, is_open, tuple(group))
        visible.append(head)
        if is_open:
            for member in group:
                if member != head:
                    marks[member] = StoryMark(story_id, len(group), False, True)
                    visible.append(member)
    return visible, marks


class StoryRowDelegate(SourceDelegate):
    """A source row, with the story's count on its head row and members indented below it."""

    def badge_rect(self, option_rect: QRect, font: QFont, mark: StoryMark) -> QRect:
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(self.badge_text(mark)) + 14
        height = metrics.height() + 4
        top = option_rect.top() + (option_rect.height() - height) // 2
        return QRect(option_rect.right() - MARGIN_X - width, top, width, height)

    @staticmethod
    def badge_text(mark: StoryMark) -> str:
        return f"{'▾' if mark.expanded else '▸'} {mark.count}"

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        mark = index.data(StoryRole)
        if not isinstance(mark, StoryMark):
            super().paint(painter, option, index)
            return
        inner = QStyleOptionViewItem(option)
        painter.save()
        self._paint_background(painter, option)
        painter.restore()
        inner.state &= ~QStyle.StateFlag.State_MouseOver
        if mark.head:
            badge = self.badge_rect(option.rect, option.font, mark)
            inner.rect = option.rect.adjusted(0, 0, -(badge.width() + BADGE_GAP), 0)
        else:
            inner.rect = option.rect.adjusted(INDENT, 0, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not selected:
            inner.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, inner, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Link
        )
        if mark.head:
            fill = QColor(accent)
            fill.setAlphaF(BADGE_FILL_ALPHA)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            rect = QRectF(badge)
            painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
            painter.setPen(accent)
            painter.setFont(option.font)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.badge_text(mark))
        else:
            painter.setPen(accent)
            x = option.rect.left() + MARGIN_X + 2
            painter.drawLine(x, option.rect.top() + 4, x, option.rect.bottom() - 4)
        painter.restore()


class StoryRows(QObject):
    """Folds the pane's list into story rows and lets the user open and close them."""

    def __init__(self, pane: LibraryPane) -> None:
        super().__init__(pane)
        self._pane = pane
        self._store = pane.session.store
        self.expanded: set[int] = set()
        self.delegate = StoryRowDelegate(pane.source_view)
        pane.source_view.setItemDelegate(self.delegate)
        pane.source_view.viewport().installEventFilter(self)
        pane.source_view.installEventFilter(self)

    def reveal(self, source_id: int) -> bool:
        """Expand the story hiding `source_id`; False when no story hides it."""
        story_id = self._store.stories.story_of([source_id]).get(source_id)
        if story_id is None or story_id in self.expanded:
            return False
        self.expanded.add(story_id)
        return True

    def toggle(self, story_id: int, open_it: bool | None = None) -> None:
        is_open = story_id in self.expanded
        if open_it is None:
            open_it = not is_open
        if open_it == is_open:
            return
        (self.expanded.add if open_it else self.expanded.discard)(story_id)
        current = self._pane.current_source_id()
        if not open_it and current is not None:
            # Collapsing from a member row lands on the story's row.
            mark = self._pane.source_view.currentIndex().data(StoryRole)
            if isinstance(mark, StoryMark) and not mark.head:
                current = self._head_of(story_id)
        self._pane.reload(prefer=current)

    def _head_of(self, story_id: int) -> int | None:
        model = self._pane.model
        for row in range(model.rowCount()):
            mark = model.index(row).data(StoryRole)
            if isinstance(mark, StoryMark) and mark.head and mark.story_id == story_id:
                return int(model.index(row).data(SourceIdRole))
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        view = self._pane.source_view
        if watched is view.viewport() and event.type() == QEvent.Type.MouseButtonRelease:
            assert isinstance(event, QMouseEvent)
            index = view.indexAt(event.position().toPoint())
            mark = index.data(StoryRole) if index.isValid() else None
            if isinstance(mark, StoryMark) and mark.head:
                badge = self.delegate.badge_rect(view.visualRect(index), view.font(), mark)
                if badge.adjusted(-4, -4, 4, 4).contains(event.position().toPoint()):
                    self.toggle(mark.story_id)
                    return True
        if watched is view and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            mark = view.currentIndex().data(StoryRole)
            if isinstance(mark, StoryMark):
                if event.key() in (Qt.Key.Key_Right, Qt.Key.Key_Plus):
                    self.toggle(mark.story_id, True)
                    return True
                if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Minus):
                    self.toggle(mark.story_id, False)
                    return True
        return super().eventFilter(watched, event)
