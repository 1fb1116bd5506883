"""The strip above a full-width view (All highlights, the library table, Entities): where the
user is, a hint, and the way back to reading — one look for every view that hides the reading
panes, the page such a view lives on, the rule that one such view shows at a time, and that
only the page shown sets how narrow the window's centre may be."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)


def mode_header(
    title: str, hint: str, back_text: str, back_tip: str, go_back: Callable[[], None]
) -> QHBoxLayout:
    """A row: bold title, the hint (stretching), and a button that leads back to reading.

    The strings come translated from the caller, in the caller's translation context."""
    label = QLabel(title)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    hint_label = QLabel(hint)
    hint_label.setObjectName("hint")
    hint_label.setWordWrap(True)  # on one line it made the window 1150 px wide at the least
    back = QPushButton(back_text)
    back.setToolTip(back_tip)
    back.clicked.connect(go_back)
    row = QHBoxLayout()
    row.setContentsMargins(12, 10, 12, 0)
    row.addWidget(label)
    row.addSpacing(12)
    row.addWidget(hint_label, 1)
    row.addWidget(back)
    return row


def finish_mode_page(
    stack: QStackedWidget, page: QWidget, header: QHBoxLayout, view: QWidget,
    go_back: Callable[[], None],
) -> None:  # fmt: skip
    """Lay out a full-width view's page (its header above it), let Esc anywhere on the page lead
    back to reading as the header's button does, and add the page to the window's stack."""
    esc_leads_back(page, go_back)
    column = QVBoxLayout(page)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(0)
    column.addLayout(header)
    column.addWidget(view, 1)
    stack.addWidget(page)


def esc_leads_back(widget: QWidget, go_back: Callable[[], None]) -> None:
    """Esc with the keyboard anywhere in `widget` does `go_back`, unless a popup is open there:
    then Esc closes it, as it does elsewhere. The shortcut comes before the popup's own keys, so a
    list dropped down from a box (the composer's briefing box) stayed open while the view went."""

    def leave() -> None:
        popup = QApplication.activePopupWidget()
        if popup is not None:
            popup.close()
        else:
            go_back()

    shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(leave)


def one_at_a_time(actions: Sequence[QAction]) -> None:
    """The full-width views share the window's centre: checking one view's action unchecks the
    others (each leaves the centre to reading only while its own page is still shown)."""
    for action in actions:
        others = [other for other in actions if other is not action]

        def uncheck(on: bool, others: list[QAction] = others) -> None:
            for other in others if on else ():
                other.setChecked(False)

        action.toggled.connect(uncheck)


def only_the_shown_page_counts(stack: QStackedWidget) -> None:
    """Make the stack as narrow as the page it shows may be, not as its widest page.

    QStackedWidget asks every page for its minimum, and once All highlights had been opened its
    row of filters (871 px, 991 px in German) stayed the centre's minimum behind the reading
    panes: the briefing composer docked beside them then widened a 1024 px window to 1,081 px
    (1,323 px in German, past the screen) instead of setting the side panes aside. A page not
    shown ignores its size; the shown one has its own policy back. A view that widened the window
    to fit it gives the width back as reading returns (`give_back_width`)."""
    own: dict[QWidget, QSizePolicy] = {}
    kept: list[QSize] = []  # the window's size as a full-width view came: given back as it goes
    ignored = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def follow(_index: int) -> None:
        shown = stack.currentWidget()
        for index in range(stack.count()):
            page = stack.widget(index)
            if page is not None:
                policy = own.setdefault(page, page.sizePolicy())
                page.setSizePolicy(policy if page is shown else ignored)
        give_back_width(stack.window(), shown is stack.widget(0), kept)

    stack.currentChanged.connect(follow)
    stack.widgetAdded.connect(follow)
    follow(stack.currentIndex())


def give_back_width(window: QWidget, reading: bool, kept: list[QSize]) -> None:
    """Keep the window's size as a full-width view opens; as reading comes back, give back the
    width the view took beyond it. All highlights once needed 991 px in German: the 976 px
    window on a 1024 px screen grew to 991 px for it and stayed so, past the screen's edge.
    A window maximised or full screen is the desktop's to size."""
    if not reading:
        if not kept:
            kept.append(window.size())
        return
    if not kept:
        return
    before = kept.pop()
    if window.width() > before.width() and not window.isMaximized() and not window.isFullScreen():
        QTimer.singleShot(0, window, lambda: _narrow_to(window, before.width()))


def _narrow_to(window: QWidget, width: int) -> None:
    """Resize once the layout has its minimum from the reading panes, not the view's: pending
    layout requests are handled first, as the timer can come before them on a busy machine (the
    resize was then clamped to the view's minimum and the window stayed wide). One pass handles
    only the requests already posted: the window's own, posted as the stack's is handled, came
    after it, so the window's layout is settled here (a request of the window's still pending
    from the view's opening, handled first with the stack's old minimum, left it at 760 px)."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout = window.layout()
    if layout is not None:
        layout.activate()  # does nothing when nothing is left to settle
    window.resize(width, window.height())
