"""The line under the library's search box: how many sources or results the list shows, or
why it shows none, and a refused search's reason in the error colour; under a reason, what the
greyed list below still shows (`StaleList`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QStackedWidget, QWidget

from reader.ui.step_names import inside


def tag_gone(tag: str) -> str:
    """Why a list narrowed to a tag no source carries (a saved search of a deleted tag) is
    empty; the saved-search list's tooltip says the same (one phrase, the pane's context)."""
    return inside(QCoreApplication.translate("LibraryPane", "The tag “%1” is on no source any more"), tag)


def count_message(count: int, tag: str | None, gone: bool, narrowed: bool, counted: str) -> str:
    """What the line says over a list of `count` sources: why none (`gone`: its tag is on no
    source; `narrowed` by a tag or filter; or an empty library), else `counted` ("12 sources")."""
    translate = QCoreApplication.translate
    if gone:
        return tag_gone(tag or "")
    if count == 0:
        return translate("LibraryPane", "No sources match") if narrowed else translate("LibraryPane", "The library is empty")
    return counted


class StatusLine(QLabel):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("libraryStatus")
        # A refused search's reason can be long ("before: takes a date like …"): it wraps under
        # the search box instead of widening the whole library pane.
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(12, 2, 12, 4)

    def say(self, message: str, *, error: bool = False) -> None:
        self.setText(message)
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)

    def withdraw_error(self) -> None:
        """Take back a refused search's reason (the query it was about has been typed over)."""
        if self.property("error"):
            self.say("")


class StaleList(QLabel):
    """A refused search keeps the last list in place (no flashing empty list while one types
    `Japan OR Korea`), but under "Invalid search: …" its results read as the new query's, seen
    in a German walk. So, while a reason is said, the list is greyed (and takes no click) and
    this line says whose it still is."""

    def __init__(self, parent: QWidget, stack: QStackedWidget, results: QWidget) -> None:
        super().__init__(parent)
        self._stack, self._results = stack, results
        self.veil = StaleVeil(stack)
        self.setObjectName("libraryStaleNote")
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setContentsMargins(12, 0, 12, 4)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.hide()

    def mark(self) -> None:
        """The list below is not the refused query's: grey it and say so."""
        translate = QCoreApplication.translate
        if self._stack.currentWidget() is self._results:
            self.setText(translate("LibraryPane", "Greyed below: the results of the last valid search."))
        else:
            self.setText(translate("LibraryPane", "Greyed below: the list as it was before this search."))
        self._stack.setEnabled(False)
        self.veil.show()
        self.veil.raise_()
        self.show()

    def clear(self) -> None:
        """The list shown is the one asked for again (a search ran, the box was emptied)."""
        self._stack.setEnabled(True)
        self.veil.hide()
        self.hide()


class StaleVeil(QWidget):
    """Over a refused search's greyed list: the window's colour, two thirds opaque, hatched. In
    the light theme the disabled list differed from a live one by a slightly greyer title ink,
    and read as the refused query's result; washed out and hatched it reads as set aside in
    every theme. It takes no click (the list under it is disabled anyway)."""

    def __init__(self, stack: QStackedWidget) -> None:
        super().__init__(stack)
        self.setObjectName("libraryStaleVeil")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setGeometry(stack.rect())
        stack.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        stack = self.parentWidget()
        if event.type() == QEvent.Type.Resize and watched is stack and stack is not None:
            self.setGeometry(stack.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        wash = QColor(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window))
        wash.setAlphaF(0.68)
        painter.fillRect(self.rect(), wash)
        hatch = QColor(self.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText))
        hatch.setAlphaF(0.35)
        painter.fillRect(self.rect(), QBrush(hatch, Qt.BrushStyle.BDiagPattern))
