"""The window's keyboard loop: moving between panes, showing and hiding them, focus mode.

`F6` and `Shift+F6` cycle the focus through the visible panes (library, article, notes, and a
docked window beside them: the briefing composer) as in most desktop apps; `Alt+1`/`Alt+2`/`Alt+3` go straight to one; `Ctrl+T` puts the cursor in the
open source's tag field, `Alt+4` in its summary note. The side panes can be hidden one by one, and focus mode (`F11`) leaves
only the article, then gives back exactly the panes that were shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QToolBar, QWidget

from reader.ui import context_menus
from reader.ui.actions import make_action
from reader.ui.article.article_pane import ArticlePane
from reader.ui.library.library_pane import LibraryPane
from reader.ui.lost_text_bar import LostTextBar
from reader.ui.notes.notes_pane import NotesPane
from reader.ui.pane_widths import ARTICLE_MIN, SIDE_MIN, widen_article
from reader.ui.window_state import WindowState


class WindowKeys(QObject):
    def __init__(self, window: QMainWindow, library: LibraryPane, article: ArticlePane,
                 notes: NotesPane, toolbar: Callable[[], QToolBar | None],
                 state: WindowState | None = None) -> None:  # fmt: skip
        """`state` remembers which side panes were hidden, for the next start."""
        super().__init__(window)
        self._state = state
        self._window, self._library, self._article, self._notes = window, library, article, notes
        self._toolbar = toolbar
        self._before_focus: tuple[bool, bool, bool] | None = None  # panes shown before focus mode
        self._before_room: list[int] | None = None  # pane widths before a dock took room
        self._hidden_for_room: list[QWidget] = []  # side panes a dock in a narrow window hid
        self._moving_aside = False  # a dock is hiding or giving back panes: no choice of the user's
        self._room_when_read = False  # a dock came over a full-width view: room made back at reading
        # The full-width views' actions (All highlights, the library table, Entities), over the
        # panes while checked: the window sets them, once made.
        self.full_width: Sequence[QAction] = ()
        self.next_pane_action = self._make(self.tr("Next pan&e"), "F6", lambda: self.cycle(1))
        self.previous_pane_action = self._make(self.tr("Previ&ous pane"), "Shift+F6", lambda: self.cycle(-1))
        self.focus_library_action = self._make(self.tr("Go to &library"), "Alt+1", lambda: self.focus(0))
        self.focus_article_action = self._make(self.tr("Go to &article"), "Alt+2", lambda: self.focus(1))
        self.focus_notes_action = self._make(self.tr("Go to no&tes"), "Alt+3", lambda: self.focus(2))
        for action, tip in ((self.next_pane_action, self.tr("Move the keyboard to the next pane")),
                            (self.previous_pane_action, self.tr("Move the keyboard to the previous pane")),
                            (self.focus_library_action, self.tr("Move the keyboard to the library list")),
                            (self.focus_article_action, self.tr("Move the keyboard to the article")),
                            (self.focus_notes_action, self.tr("Move the keyboard to the highlights and notes"))):  # fmt: skip
            action.setStatusTip(tip)
        self.tag_action = self._make(self.tr("Ta&g source…"), "Ctrl+T", self.tag)
        self.tag_action.setStatusTip(self.tr("Type a tag for the open source"))
        # The summary note, written for every source read, was Alt+3 and then Tabs away, how many
        # depending on the tags and highlights shown: counted wrong, the typing went elsewhere.
        # Alt+4 is the note's own, as Ctrl+T is the tags'.
        self.note_action = self._make(self.tr("Write s&ummary note"), "Alt+4", self.write_note)
        self.note_action.setStatusTip(self.tr("Move the keyboard into the open source's summary note"))
        self.library_action = self._toggle(self.tr("Show &library"), "Ctrl+Shift+L", library, "library")
        self.notes_action = self._toggle(self.tr("Show &notes"), "Ctrl+Shift+I", notes, "notes")
        self.focus_mode_action = self._make(self.tr("&Focus mode"), "F11", self.toggle_focus_mode)
        self.focus_mode_action.setCheckable(True)
        self.focus_mode_action.setStatusTip(self.tr("Only the article; F11 again brings the panes back"))
        self.go_actions = [self.next_pane_action, self.previous_pane_action, self.focus_library_action,
                           self.focus_article_action, self.focus_notes_action, self.tag_action,
                           self.note_action]  # fmt: skip
        self.view_actions = [self.library_action, self.notes_action, self.focus_mode_action]
        context_menus.shift_f10(window)  # the Menu key's twin, which Qt leaves unbound
        article.annotate_requested.connect(self.annotate)
        notes.editing_done.connect(lambda: article.view.setFocus(Qt.FocusReason.OtherFocusReason))

    def _make(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        return make_action(self._window, text, slot, keys)

    def _toggle(self, text: str, keys: str, pane: QWidget, name: str) -> QAction:
        action = self._make(text, keys, lambda: None)
        action.setCheckable(True)
        shown = self._state is None or self._state.pane_shown(name)
        action.setChecked(shown)
        pane.setVisible(shown)
        action.toggled.connect(lambda on: self._show_pane(pane, on))
        action.toggled.connect(lambda on: self._remember(pane, name, on))
        return action

    def _remember(self, pane: QWidget, name: str, on: bool) -> None:
        """Keep the user's choice for the next start. A pane the composer's dock put aside is
        none: the next start has no dock, and a quit without closing it (a crash, a kill) came
        back without library and notes. Shown or hidden by hand meanwhile, the pane is the
        user's again, and closing the dock leaves it as it is."""
        if self._moving_aside:
            return
        if pane in self._hidden_for_room:
            self._hidden_for_room.remove(pane)
        if self._state is not None:
            self._state.set_pane_shown(name, on)

    def _move_aside(self, pane: QWidget, on: bool) -> None:
        """Hide a pane for a dock's room, or show it again (see `_remember`)."""
        self._moving_aside = True
        try:
            self._set_visible(pane, on)
        finally:
            self._moving_aside = False

    # -- panes ----------------------------------------------------------------------------------

    def panes(self) -> list[tuple[QWidget, QWidget]]:
        """(pane, the widget that takes the focus in it), left to right."""
        results = self._library.list_stack.currentWidget()
        assert results is not None  # the library's stack is made holding its two lists
        return [(self._library, results), (self._article, self._article.view), (self._notes, self._notes.list)]

    def focus(self, number: int) -> None:
        """Put the focus into pane `number` (0 library, 1 article, 2 notes), showing it if hidden."""
        pane, target = self.panes()[number]
        self._bring_up(pane)
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def docks(self) -> list[tuple[QWidget, QWidget]]:
        """(dock, its first widget that takes Tab) for each shown dock: F6 skipped the composer,
        whose Export… a keyboard user then reached only by tabbing through the article."""
        found: list[tuple[QWidget, QWidget]] = []
        for dock in self._window.findChildren(QDockWidget):
            inner = dock.widget()
            if not dock.isVisible() or inner is None:
                continue
            takers = [w for w in inner.findChildren(QWidget)
                      if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]  # fmt: skip
            if takers:
                found.append((dock, takers[0]))
        return found

    def cycle(self, direction: int) -> None:
        """Move the focus to the next (1) or previous (-1) visible pane, wrapping around."""
        panes = self.panes() + self.docks()
        focused = QApplication.focusWidget()
        current = next((n for n, (pane, _t) in enumerate(panes) if focused is not None and pane.isAncestorOf(focused)), 1)
        for step in range(1, len(panes) + 1):
            pane, target = panes[(current + direction * step) % len(panes)]
            if pane.isVisible():
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return

    def annotate(self, highlight_id: int) -> None:
        """N on a highlight: its annotation editor, ready to type (the notes pane shown first)."""
        if not self._notes.isVisible():
            self._set_visible(self._notes, True)
        self._notes.annotate(highlight_id)

    def note_room(self) -> None:
        """Keep the side panes' widths before a dock comes: read once it was shown, they were
        already the dock's squeeze (in a 1024 px window, 215 and 246 px for 237 and 267), and
        closing it or quitting gave them back squeezed, for good."""
        splitter = self._article.parentWidget()
        if self._before_room is None and isinstance(splitter, QSplitter) and splitter.count() == 3:
            self._before_room = splitter.sizes()

    def make_room(self) -> None:
        """Keep the article a readable column when something docks beside it: the side panes
        give up width (down to SIDE_MIN each) until the article has ARTICLE_MIN."""
        splitter = self._article.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.count() != 3:
            return
        self.note_room()  # a dock that came without `note_room` first: its widths now
        if any(action.isChecked() for action in self.full_width):
            # Behind Entities, All highlights or the table the panes' widths are those before the
            # dock and no pane is visible: none stepped aside, and back at reading at 1366 px the
            # article was a 150 px sliver beside the notes. Made when the panes are shown again.
            self._room_when_read = True
            splitter.installEventFilter(self)
            return
        wanted = ARTICLE_MIN - splitter.sizes()[1]
        for index in (0, 2):
            sizes = splitter.sizes()
            give = max(0, min(wanted, sizes[index] - SIDE_MIN)) if wanted > 0 else 0
            sizes[index] -= give
            sizes[1] += give
            wanted -= give
            splitter.setSizes(sizes)
        # A window too narrow for both side panes beside the dock (1024 px left the article
        # 130 px, its title cut off): the notes, then the library, step aside until the dock
        # closes; Alt+3 or Alt+1 brings one back meanwhile. The article's width is counted, not
        # read back: the splitter hands a hidden pane's width on only later, so at 1318 px the
        # library went too though the notes' width alone made room.
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # the splitter's width with the dock beside it, now
        article = splitter.sizes()[1]
        for pane, index in ((self._notes, 2), (self._library, 0)):
            if article >= ARTICLE_MIN:
                break
            if pane.isVisible():
                article += splitter.sizes()[index] + splitter.handleWidth()
                self._hidden_for_room.append(pane)
                self._move_aside(pane, False)
        # The library squeezed for the article before the notes went gets back what the article
        # does not need (up to its width before), not "Search libr…" beside a 640 px article.
        sizes, before = splitter.sizes(), self._before_room
        if self._notes in self._hidden_for_room and self._library.isVisible() and before is not None:
            give = min(before[0] - sizes[0], article - ARTICLE_MIN)
            if give > 0:
                splitter.setSizes([sizes[0] + give, article - give, 0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The reading panes shown again after a dock came over a full-width view: its room is
        made once the view has gone — Entities gives the composer back the width it borrowed
        after the panes show, which left the article 354 px at 1024 px (`make_room`)."""
        if event.type() == QEvent.Type.Show and self._room_when_read and watched is self._article.parentWidget():
            self._room_when_read = False
            QTimer.singleShot(0, self, self.make_room)
        return super().eventFilter(watched, event)

    def _fit_beside_dock(self, pane: QWidget) -> None:
        """A side pane brought back (`Alt+3`, `Ctrl+Shift+I`) while a dock takes room: at 960 px
        the notes came back at their old width and the article shrank to a sliver. The pane
        comes at SIDE_MIN; if the article is still narrower than ARTICLE_MIN, the other side
        pane steps aside, then the dock gives up width down to its own minimum (the composer's
        rows of buttons fold into two columns for it)."""
        splitter = self._article.parentWidget()
        layout = self._window.layout()
        if not isinstance(splitter, QSplitter) or splitter.count() != 3 or layout is None:
            return
        layout.activate()
        index, other = (0, self._notes) if pane is self._library else (2, self._library)
        sizes = splitter.sizes()
        if sizes[1] + sizes[index] - SIDE_MIN < ARTICLE_MIN and other.isVisible():
            self._hidden_for_room.append(other)
            self._move_aside(other, False)
            sizes[1] += sizes[2 - index] + splitter.handleWidth()
            sizes[2 - index] = 0
        sizes[1] += sizes[index] - SIDE_MIN
        sizes[index] = SIDE_MIN
        splitter.setSizes(sizes)
        docks = [d for d in self._window.findChildren(QDockWidget) if d.isVisible() and not d.isFloating()]
        short = ARTICLE_MIN - sizes[1]
        if short > 0 and docks and isinstance(self._window, QMainWindow):
            width = max(docks[0].minimumSizeHint().width(), docks[0].width() - short)
            self._window.resizeDocks([docks[0]], [width], Qt.Orientation.Horizontal)
            layout.activate()  # the splitter shares the dock's width out: the article takes it
            sizes = splitter.sizes()
            sizes[1] += sizes[index] - SIDE_MIN
            sizes[index] = SIDE_MIN
            splitter.setSizes(sizes)

    def dock_takes_room(self) -> bool:
        """Whether a dock (the composer) has the panes' widths in hand (`make_room`)."""
        return self._before_room is not None

    def keep_article_readable(self) -> None:
        """A window made narrower beside a dock shrank the article alone (the side panes keep
        their widths), at 1024 px to three words a line: the side panes give up width evenly,
        down to SIDE_MIN each, until the article has ARTICLE_MIN again. Without a dock the
        window's `PaneWidths` shares the width out. Still short, a side pane steps aside as
        `make_room` does: docked at 1400 px and made 1024 px wide, the article was left 143 px."""
        splitter = self._article.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.count() != 3 or not self._article.isVisible():
            return
        sizes = splitter.sizes()
        if sizes[1] >= ARTICLE_MIN:
            return
        sides = {i: SIDE_MIN for i in (0, 2) if (side := splitter.widget(i)) is not None and side.isVisible()}
        splitter.setSizes(widen_article(sizes, sides, ARTICLE_MIN))
        if splitter.sizes()[1] < ARTICLE_MIN and self._before_room is not None:
            self.make_room()

    def give_room_back(self) -> None:
        """The dock closed: the side panes get their widths back (the article the rest), else
        the article kept all the room and the squeezed library was restored at every start. A
        library the user widened beside the dock keeps its width: it went back to its old
        width, and quitting with the composer open lost it."""
        widened = self._library.width() if self._library.isVisible() else 0
        self._room_when_read = False  # gone before reading came back: no room to make
        for pane in self._hidden_for_room:
            self._move_aside(pane, True)
        self._hidden_for_room = []
        splitter = self._article.parentWidget()
        before, self._before_room = self._before_room, None
        if before is None or not isinstance(splitter, QSplitter) or splitter.count() != 3:
            return
        # The dock's width back in the splitter first: shared out of the narrow splitter's width
        # (1024 px), the widths asked for were scaled down, and the library stayed at 205 px.
        layout = self._window.layout()
        if layout is not None:
            layout.activate()
        total = sum(splitter.sizes())
        library = max(before[0], widened)
        splitter.setSizes([library, max(total - library - before[2], ARTICLE_MIN), before[2]])

    def tag(self) -> None:
        self._bring_up(self._notes)
        self._notes.tag_editor.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def write_note(self) -> None:
        self._bring_up(self._notes)
        self._notes.note.reveal()  # the Edit tab, the caret where it was

    def _bring_up(self, pane: QWidget) -> None:
        """Show `pane` for the keyboard to go into: a full-width view over it left for reading,
        then the pane shown if hidden. Under All highlights, Alt+4 put the keyboard into the
        summary note unseen, and what was typed next went into the note."""
        for action in self.full_width:
            if action.isChecked():
                action.trigger()  # back to reading, where the panes are
        if not pane.isVisible():
            self._set_visible(pane, True)

    def show_held_text(self) -> None:
        """Show the notes pane when a lost-text bar in it holds text (quitting is about to ask
        about it): hidden by hand or by focus mode, or under a full-width view (left for
        reading), the question spoke of a bar over a note or annotation the user could not
        see, as the closed composer's did."""
        if any(bar.text for bar in self._notes.findChildren(LostTextBar)):
            self._bring_up(self._notes)

    def _set_visible(self, pane: QWidget, on: bool) -> None:
        action = self.library_action if pane is self._library else self.notes_action
        action.setChecked(on)  # toggled → _show_pane

    def _show_pane(self, pane: QWidget, on: bool) -> None:
        focused = QApplication.focusWidget()
        pane.setVisible(on)
        if on and not self._moving_aside and self._before_room is not None:
            self._fit_beside_dock(pane)
        if not on and focused is not None and pane.isAncestorOf(focused):
            self._article.view.setFocus(Qt.FocusReason.OtherFocusReason)  # the focus must stay somewhere
        if on and self.focus_mode_action.isChecked():  # a pane shown by hand ends focus mode
            self.focus_mode_action.setChecked(False)
            self._before_focus = None
            toolbar = self._toolbar()
            if toolbar is not None:
                toolbar.show()

    # -- focus mode -----------------------------------------------------------------------------

    def toggle_focus_mode(self) -> None:
        on = self.focus_mode_action.isChecked()
        toolbar = self._toolbar()
        if on:
            self._before_focus = (self._library.isVisible(), self._notes.isVisible(),
                                  toolbar.isVisible() if toolbar else False)  # fmt: skip
            for action in (self.library_action, self.notes_action):
                action.blockSignals(True)
                action.setChecked(False)
                action.blockSignals(False)
            self._library.hide()
            self._notes.hide()
            if toolbar is not None:
                toolbar.hide()
            self._article.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        library, notes, bar = self._before_focus or (True, True, True)
        self._before_focus = None
        for action, shown in ((self.library_action, library), (self.notes_action, notes)):
            action.setChecked(shown)
        if toolbar is not None:
            toolbar.setVisible(bar)
