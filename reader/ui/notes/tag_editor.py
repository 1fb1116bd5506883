"""The open source's tags as removable chips, and a field to add one (completing known tags).

Adding and removing are undoable steps. A name the core would refuse (empty, too long) is
refused here first, so an undo step never wraps a failing call.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QCompleter,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.store import clean_tag
from reader.ui import undoable
from reader.ui.notes.flow_layout import FlowLayout
from reader.ui.one_ellipsis import elided
from reader.ui.session import Session
from reader.ui.step_names import inside


class _ChipName(QLabel):
    """A chip's tag name that gives way with "…" rather than widen the notes pane: a tag of 52
    letters pushed the pane's fields and the highlights list past the window's right edge."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("x" * 8 + "…")), hint.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = elided(self.fontMetrics(), self.text(), rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


class TagChip(QFrame):
    remove_requested = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChip")
        self.name = name
        label = _ChipName(name, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setToolTip(name)
        self.remove_button = QToolButton(self)
        self.remove_button.setText("×")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(inside(self.tr("Remove the tag “%1”"), name))
        self.remove_button.setAccessibleName(self.tr("Remove tag %1").replace("%1", name))
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self.name))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 1, 2, 1)
        layout.setSpacing(2)
        layout.addWidget(label)
        layout.addWidget(self.remove_button)


class TagEditor(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._source_id: int | None = None
        self._tags: tuple[str, ...] = ()
        self._known: list[str] = []  # every tag in the library, for "japan" → "Japan"
        self._build_widgets()

    def _build_widgets(self) -> None:
        self.chips = QWidget(self)
        self.flow = FlowLayout(self.chips)
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Add tag…"))
        self.field.setAccessibleName(self.tr("Add a tag to this source"))
        self.field.setClearButtonEnabled(True)
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self.field.returnPressed.connect(self._add_typed)
        self.chips.setStyleSheet(
            "QFrame#tagChip { border: 1px solid palette(mid); border-radius: 10px;"
            " background: palette(alternate-base); }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.chips)
        layout.addWidget(self.field)

    @property
    def tags(self) -> tuple[str, ...]:
        return self._tags

    def show_source(self, source_id: int | None) -> None:
        self._source_id = source_id
        self.reload()

    def reload(self) -> None:
        """Chips from the stored tags; completions from every other tag in the library (one the
        source carries already was offered too, and choosing it did nothing)."""
        # A summary carries the tags without loading and parsing the article itself.
        found = self._session.store.sources.summaries([self._source_id]) if self._source_id is not None else []
        self._tags = found[0].tags if found else ()
        focused = self._focused_chip()
        while self.flow.count():
            item = self.flow.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        before = self._before_field()
        for name in self._tags:
            chip = TagChip(name, self.chips)
            chip.remove_requested.connect(self.remove_tag)
            self.flow.addWidget(chip)
            chip.show()  # now, not when the event loop next runs: the rows it makes count at once
            # Tab meets a chip's × where it stands, before the field: made after the pane, the
            # chips' buttons had gone to the end of the window's Tab chain, after the note.
            QWidget.setTabOrder(before, chip.remove_button)
            before = chip.remove_button
        self.chips.setVisible(bool(self._tags))
        # Names only: counting every tag's sources took 26 ms per article opened at 100,000 sources.
        self._known = self._session.store.tags.names()
        carried = {tag.casefold() for tag in self._tags}
        self.completions.setStringList([name for name in self._known if name.casefold() not in carried])
        self.field.setEnabled(bool(found))
        if focused is not None:
            self._refocus(focused)

    def _chip_buttons(self) -> list[QToolButton]:
        items = (self.flow.itemAt(i) for i in range(self.flow.count()))
        chips = (item.widget() for item in items if item is not None)
        return [chip.remove_button for chip in chips if isinstance(chip, TagChip)]

    def _focused_chip(self) -> int | None:
        """Which chip's × has the keyboard (its place in the row), if one has."""
        focus = QApplication.focusWidget()
        buttons = self._chip_buttons()
        return buttons.index(focus) if isinstance(focus, QToolButton) and focus in buttons else None

    def _refocus(self, place: int) -> None:
        """The keyboard stays in the tags when the chip it was on goes: Space on a × removed the
        tag and left no widget with the focus, so the next key went nowhere. The chip that takes
        its place gets it, the one before it after the last, the field when none is left."""
        buttons = self._chip_buttons()
        target: QWidget = buttons[min(place, len(buttons) - 1)] if buttons else self.field
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _before_field(self) -> QWidget:
        """The widget Tab reaches just before the field, chips left out (Qt keeps a widget with
        no focus of its own, such as the chips' row, out of `setTabOrder`)."""
        widget = self.field.previousInFocusChain()
        while widget is not None and widget is not self.field and (
            self.chips.isAncestorOf(widget) or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            widget = widget.previousInFocusChain()
        return widget or self.field

    def add_tag(self, name: str) -> bool:
        """Tag the open source with `name`; False if refused or already there."""
        try:
            name = clean_tag(name)
        except ValueError:
            return False
        if self._source_id is None or self.carries(name):
            return False
        known = {tag.casefold(): tag for tag in self._known}
        name = known.get(name.casefold(), name)  # "japan" joins the existing "Japan"
        undoable.add_tag(self._session, self._source_id, name)
        return True

    def carries(self, name: str) -> bool:
        """Whether the open source has the tag `name` already (in any case)."""
        return name.casefold() in {tag.casefold() for tag in self._tags}

    def remove_tag(self, name: str) -> None:
        if self._source_id is not None and name in self._tags:
            undoable.remove_tag(self._session, self._source_id, name)

    def _add_typed(self) -> None:
        typed = self.field.text()
        # Cleared once added, and also when the source has the tag already: its chip is there,
        # and a field left holding "japan" beside the "Japan" chip looked like Enter had failed.
        if self.add_tag(typed) or not typed.strip() or self.carries(" ".join(typed.split())):
            self.field.clear()
