"""The Briefing menu: start a briefing or open one in the composer.

One composer, made on first use and kept, docked beside the reading panes (or All highlights,
or the library table): a place to write in while reading, with a live preview of the export,
not a floating dialog. Its dock can be closed and comes back with Briefing ▸ Open briefing. Names and choices are asked through `dialogs.run`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStackedWidget, QWidget

from reader.core.briefing_model import Briefing
from reader.ui import dialogs
from reader.ui.actions import make_action
from reader.ui.briefing.add_menu import ask_briefing_name, create_briefing
from reader.ui.briefing.composer import BriefingComposer
from reader.ui.date_display import short_date
from reader.ui.letter_turns import LetterTurns
from reader.ui.mode_header import esc_leads_back
from reader.ui.session import Session
from reader.ui.window_state import WindowState

COMPOSER_WIDTH = 440  # px: room for a quote and its citation beside the article


class BriefingCommands(QObject):
    composer_coming = Signal()  # the dock is about to take room: the panes' widths still the user's
    composer_shown = Signal()  # the dock took room beside the article
    composer_hidden = Signal()  # … and gave it back
    def __init__(self, session: Session, window: QWidget, state: WindowState | None = None) -> None:
        super().__init__(window)
        self._session, self._window, self._state = session, window, state
        self._composer: BriefingComposer | None = None
        self._lent_from: int | None = None  # the docked composer's width before it lent any (`lend_width`)
        self.full_width: list[QAction] = []  # the full-width views' actions: Esc in the composer leaves them
        session.composing = self._composing
        self.new_action = self._action(self.tr("&New briefing…"), "Ctrl+Shift+N", self.new_briefing,
                                       self.tr("Start a briefing document from highlights"))  # fmt: skip
        self.open_action = self._action(self.tr("&Open briefing…"), "Ctrl+Shift+B", self.open_briefing,
                                        self.tr("Reorder, write and export a briefing"))  # fmt: skip

    def _action(self, text: str, keys: str, slot: Callable[[], object], tip: str) -> QAction:
        return make_action(self._window, text, slot, keys, tip)

    def flushes(self) -> list[Callable[[], None]]:
        """What writes the composer's unsaved text at quit (nothing when it was never opened)."""
        return [self._composer.flush] if self._composer is not None else []

    def show_held_text(self) -> None:
        """Bring up the composer when its lost-text bar holds text (quitting is about to ask
        about it): closed, the dock is only hidden, and the question spoke of a bar over an
        editor the user could not see."""
        if self._composer is not None and self._composer.item_editor.lost.text and not self.dock.isVisible():
            self.show(None)

    def _composing(self) -> int | None:
        """The briefing shown in the docked composer, if it is shown."""
        if self._composer is None or not self.dock.isVisible():
            return None
        return self._composer.briefing_id

    def composed(self) -> Briefing | None:
        """The briefing shown in the docked composer, if it is shown."""
        briefing_id = self._composing()
        return None if briefing_id is None else self._session.store.briefings.get(briefing_id)

    def _remember(self, *_args: object) -> None:
        """Keep the briefing the docked composer shows for the next start (`MainWindow.start`)."""
        if self._state is not None:
            self._state.set_open_briefing(self.composed())

    def focused_markdown(self) -> tuple[str, str] | None:
        """The briefing in the docked composer, named, as the Markdown its preview shows
        (without front matter), when the keyboard is in the composer: Edit ▸ Copy as Markdown
        there copies the briefing for an e-mail, where it had only said to select a highlight."""
        composer = self._composer
        focus = QApplication.focusWidget()
        if composer is None or composer.briefing_id is None or not self.dock.isVisible():
            return None
        if focus is None or not composer.isAncestorOf(focus):
            return None
        composer.flush()  # the text typed last, as an export writes it first (`export_to`)
        briefing = self._session.store.briefings.get(composer.briefing_id)
        return None if briefing is None else (briefing.name, composer.preview.markdown())

    def composer(self) -> BriefingComposer:
        """The composer, docked beside the reading panes (or All highlights, or the table)."""
        if self._composer is None:
            self._composer = BriefingComposer(self._session, state=self._state)
            self.dock = QDockWidget(self.tr("Briefing"), self._window)
            self.dock.setObjectName("briefingDock")
            self.dock.visibilityChanged.connect(lambda shown: None if shown else self.composer_hidden.emit())
            self.dock.setWidget(self._composer)
            # The briefing composed is kept as it changes, as the open source is: kept at the
            # quit alone, a crash or a session's end brought back a composer closed since.
            self.dock.visibilityChanged.connect(self._remember)
            self._composer.briefing_combo.currentIndexChanged.connect(self._remember)  # after its own slot
            self._session.changes_applied.connect(lambda changes: self._remember() if changes.briefings else None)
            # Esc leads back to reading from anywhere on a full-width view's page; beside it, in
            # the composer, it did nothing once the composer held the keyboard (All highlights).
            esc_leads_back(self.dock, self._back_to_reading)
            self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                                  | QDockWidget.DockWidgetFeature.DockWidgetMovable)  # fmt: skip
            if isinstance(self._window, QMainWindow):
                self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
                self._window.resizeDocks([self.dock], [COMPOSER_WIDTH], Qt.Orientation.Horizontal)
                views = self._window.centralWidget()
                self.letters = LetterTurns(self._window, self.dock, views if isinstance(views, QStackedWidget) else None)
            # Shown by `show` only, which first makes the article room: docked as a side effect
            # (Insert chronology with no briefing open) it squeezed the article to one word a line.
            self.dock.hide()
        return self._composer

    def _back_to_reading(self) -> None:
        for action in self.full_width:
            action.setChecked(False)

    def new_briefing(self) -> None:
        name = ask_briefing_name(self._window)
        briefing_id = create_briefing(self._session, name) if name else None
        if briefing_id is not None:
            self.show(briefing_id)
            self.composer().start_writing()

    def open_briefing(self) -> None:
        """Choose a stored briefing (when there are several) and show it in the composer."""
        briefings = self._session.store.briefings.all()
        if len(briefings) <= 1:
            self.show(briefings[0].id if briefings else None)
            return
        chosen = dialogs.ask_choice(self._window, self.tr("Open briefing"), self.tr("Briefing:"),
                                    [self._choice(b) for b in briefings])  # fmt: skip
        if chosen is not None:
            self.show(briefings[chosen].id)

    def _choice(self, briefing: Briefing) -> str:
        """The briefing's name with its item count and last change: two named alike ("Öl-Markt",
        "öl-markt", kept from an old library) looked the same in the list."""
        text = self.tr("%1 · %Ln item(s), changed %2", "", briefing.item_count)
        return text.replace("%2", short_date(briefing.updated_at)).replace("%1", briefing.name)

    def lend_width(self, short: int) -> int:
        """Narrow the docked composer by up to `short` px for the view beside it, down to its
        narrowest; how many px it gave. The Entities view takes what it needs for readable roles
        where the composer can give it all (1280 px), and else what it can for the mentions:
        at 1024 px they had 240 px beside a composer with 100 px to spare."""
        if self._composer is None or not isinstance(self._window, QMainWindow):
            return 0
        lent = min(short, self.dock.width() - self.dock.minimumSizeHint().width())
        if not self.dock.isVisible() or self.dock.isFloating() or lent <= 0:
            return 0
        if self._lent_from is None:
            self._lent_from = self.dock.width()
        self._window.resizeDocks([self.dock], [self.dock.width() - lent], Qt.Orientation.Horizontal)
        layout = self._window.layout()
        if layout is not None:
            layout.activate()  # the view beside it takes the width now, not at the next event
        return lent

    def take_back_width(self) -> None:
        """The view that borrowed width (`lend_width`) is left: the composer gets it back. Kept,
        one visit to the Entities view left the composer at its narrowest beside the article for
        good (1280 px: 335 px for 430, its buttons on two lines), until dragged wider by hand.
        Back to the width it had, never past it: dragged wider in the view, it grew by what it
        lent on every visit (430, 525, 620 px), the article narrower each time."""
        before, self._lent_from = self._lent_from, None
        if before is not None and self.dock.width() < before and isinstance(self._window, QMainWindow):
            self._window.resizeDocks([self.dock], [before], Qt.Orientation.Horizontal)

    def show(self, briefing_id: int | None) -> None:
        composer = self.composer()
        if briefing_id is not None:
            composer.open_briefing(briefing_id)
        if not self.dock.isVisible():
            self.composer_coming.emit()
        self.dock.show()
        self.dock.raise_()
        self.composer_shown.emit()
        self._remember()  # another briefing in a composer already shown
