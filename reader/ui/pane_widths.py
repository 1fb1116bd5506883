"""The three reading panes' widths as the window's width changes, and across runs.

A QSplitter hands every pixel a resize gains or loses to its stretching pane: made narrower
(1366 → 1024 px), the window took the whole loss from the article while the library and the
notes kept their widths, and a window made wider again left the side panes squeezed for good —
saved so at quitting, too. Here each side pane has a *wanted* width (the one the user dragged it
to, else the default) and the article a comfortable one (ARTICLE_EASY, or the narrower one the
user dragged it to; a drag where the rule had shrunk the panes is taken back up to full size,
see `_dragged`), and every width of the window is shared out from those alone, so a window
made narrower and wider again comes back as it was:

- with room for all three, the side panes have their wanted widths and the article the rest
  (a window grown gives the article the width first);
- with less, all three shrink in proportion, as a fresh start at that width shares them out,
  the side panes down to SIDE_MIN, and the article keeps ARTICLE_MIN as long as a side pane can
  give (at 800 px the side panes are at SIDE_MIN, their controls whole, the article the rest).

While a dock (the briefing composer) takes room, `WindowKeys` shares the width out (its
`make_room`), so nothing here moves the panes then.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSplitter

from reader.ui.window_state import WindowState

ARTICLE_MIN, SIDE_MIN = 460, 220  # px: a readable article column; a usable side pane
ARTICLE_EASY = 600  # px: the article's comfortable width (about 75 letters a line), before the side panes give way
DEFAULT_WANTED = (330, ARTICLE_EASY, 370)  # library, article, notes: 1318 px shares 330 | 610 | 370


def share(total: int, wanted: Sequence[int], shown: Sequence[bool]) -> list[int]:
    """The widths of the three panes in `total` px (their handles left out) by the module's rule;
    a hidden side pane gets 0 and its width goes to the others."""
    want = [w if on else 0 for w, on in zip(wanted, shown, strict=True)]
    want[1] = wanted[1]
    sides = [i for i in (0, 2) if shown[i]]
    if total >= sum(want):
        sizes = list(want)
        sizes[1] = total - want[0] - want[2]
        return sizes
    scale = total / max(sum(want), 1)
    floors = {i: min(SIDE_MIN, want[i]) for i in sides}  # a pane dragged narrower than SIDE_MIN stays so
    sizes = [0, 0, 0]
    for i in sides:
        sizes[i] = max(floors[i], round(want[i] * scale))
    sizes[1] = total - sizes[0] - sizes[2]
    return widen_article(sizes, floors, min(ARTICLE_MIN, wanted[1]))  # before the side panes' proportion


def widen_article(sizes: list[int], floors: dict[int, int], target: int) -> list[int]:
    """`sizes` (library, article, notes) with the article widened to `target` by the side panes
    in `floors` (index: its narrowest), half from each, then what one could not give from the
    other: taken from one alone, the library went to its narrowest while the notes kept 370 px."""
    sizes = list(sizes)
    for even in (True, False):
        short = target - sizes[1]
        for i, floor in floors.items():
            give = max(0, min((short + 1) // 2 if even and len(floors) == 2 else short, sizes[i] - floor))
            sizes[i] -= give
            sizes[1] += give
            short -= 0 if even else give
    return sizes


def _saved_sizes(state: QByteArray | None) -> list[int] | None:
    """The three widths in a `QSplitter.saveState()` (a marker, a version, then the sizes; a
    hidden pane's is the width it had)."""
    if state is None:
        return None
    stream = QDataStream(state)
    marker, _version = stream.readInt32(), stream.readInt32()
    count = stream.readInt32()
    sizes = [stream.readInt32() for _ in range(count)] if marker == 0xFF and count == 3 else []
    return sizes if stream.status() == QDataStream.Status.Ok and sizes and min(sizes) > 0 else None


class PaneWidths(QObject):
    """Keeps the window's splitter of library | article | notes to `share`'s rule: on every
    resize of the window, when the panes come back from a full-width view, when a side pane is
    shown or hidden. A drag of a handle makes the widths it leaves the wanted ones."""

    def __init__(self, splitter: QSplitter, state: WindowState, dock_room: Callable[[], bool]) -> None:
        """`dock_room` says whether a dock takes room beside the panes just now (see the module)."""
        super().__init__(splitter)
        self._splitter, self._state, self._dock_room = splitter, state, dock_room
        self.wanted = list(DEFAULT_WANTED)
        splitter.splitterMoved.connect(lambda _pos, handle: self._dragged(handle))
        splitter.installEventFilter(self)

    def restore(self) -> None:
        """The wanted widths of the last run; a state saved before they were kept gives the
        widths its splitter was saved with (as the user left them): read back from the splitter
        before the window shows, they were scaled to its first, 640 px width."""
        saved, older = self._state.pane_widths(), _saved_sizes(self._state.geometry("splitter"))
        if saved is None and older is not None:  # the article's whole width then, not a wish
            saved = [older[0], min(older[1], ARTICLE_EASY), older[2]]
        if saved is None:
            return
        # A width wider than any screen is a hand-edited file's, not a drag's: 99999999999 px
        # gave the library 638 px of a 1318 px window and the notes their narrowest.
        widest = max((screen.availableGeometry().width() for screen in QGuiApplication.screens()), default=0)
        fits = [0 < width <= (widest or width) for width in saved]
        self.wanted = [width if fit else default for width, fit, default in zip(saved, fits, DEFAULT_WANTED, strict=True)]

    def save(self) -> None:
        self._state.set_pane_widths(self.wanted)

    def fit(self) -> None:
        """Share the splitter's width out by the rule, now."""
        splitter = self._splitter
        if splitter.count() != 3 or not splitter.isVisible() or self._dock_room():
            return
        shown = [(pane := splitter.widget(i)) is not None and not pane.isHidden() for i in range(3)]
        if not shown[1]:
            return
        sizes = share(sum(splitter.sizes()), self.wanted, shown)
        if sizes != splitter.sizes():
            splitter.setSizes(sizes)

    def fit_soon(self) -> None:
        """`fit` once the splitter has its new width (a resize reaches it after the window's)."""
        QTimer.singleShot(0, self, self.fit)

    def _dragged(self, handle: int) -> None:
        """Handle 1 (library | article) or 2 (article | notes) was dragged: the side pane beside
        it and the article have the user's widths now. The other side pane keeps its wanted
        width: in a 1024 px window the rule had squeezed the notes to 289 px, and a drag of the
        library's handle made that their width for good, also at 1318 px."""
        side = 0 if handle == 1 else 2
        sizes = self._splitter.sizes()
        if self._dock_room():
            # Beside the composer only a library dragged wider is the user's (`give_room_back`
            # keeps the wider of it and its width before the dock): `make_room` squeezed it,
            # and a drag of the notes' handle made the squeeze its wanted width.
            if side == 0:
                self.wanted[0] = max(self.wanted[0], sizes[0])
            return
        shown = [i == 1 or size > 0 for i, size in enumerate(sizes)]  # a hidden pane keeps its width
        scale = min(1.0, sum(sizes) / max(sum(w for w, on in zip(self.wanted, shown, strict=True) if on), 1))
        if scale == 1:
            self.wanted[side] = sizes[side] or self.wanted[side]
            self.wanted[1] = min(sizes[1], ARTICLE_EASY)
            return
        # Below the wanted widths the rule shrank every pane by `scale`: the dragged widths taken
        # back up by it share out as dragged at this width, in proportion at a wider one.
        wanted = list(self.wanted)
        wanted[1] = round(sizes[1] / scale)
        if sizes[side] > 0:
            wanted[side] = round(sizes[side] / scale)
        if all(abs(a - b) <= 1 for a, b in zip(share(sum(sizes), wanted, shown), sizes, strict=True)):
            self.wanted = wanted
        else:  # a pane at its narrowest or the article kept readable: the widths as they are
            self.wanted = [size or width for size, width in zip(sizes, self.wanted, strict=True)]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """Back from a full-width view, the splitter was resized while hidden: Qt gave the
        article all the difference. And the splitter's width changes without the window's:
        the composer closed (Ctrl+Shift+B, its ×) in a 1318 px window on X11 gave its width back
        to the splitter only after the panes were shared out at the narrow width, and the
        library and notes stayed at 220 px with the article taking the rest."""
        if watched is self._splitter and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            self.fit_soon()
        return super().eventFilter(watched, event)
