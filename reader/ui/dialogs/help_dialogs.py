"""Help ▸ Keyboard shortcuts and Help ▸ About.

The shortcut list is generated from the window's actual QActions, so it cannot drift from what
the keys really do.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader import APP_NAME, __version__
from reader.ui.key_names import spoken_keys
from reader.ui.letters import unlettered
from reader.ui.screen_fit import fit_to_screen
from reader.ui.undo_actions import StepAction

COLUMN_GAP = 16  # px between a column's longest text and the next column's


def on_a_laptop(sequence: QKeySequence) -> bool:
    """Whether a laptop's keyboard can type `sequence`: not one of the office and media keys
    (Qt's `Key_Back` onwards: Undo, Redo, Copy, Find …) some desktop keyboards add.

    The platform binds them too; named on the sheet they read as words, not keys: "Redo:
    Ctrl+Shift+Z, Redo", in German "Wiederholen: Strg+Umschalt+Z, Wiederherstellen".
    """
    keys = (sequence[i].key() for i in range(sequence.count()))  # type: ignore[index]  # stubs lack __getitem__
    return all(key.value < Qt.Key.Key_Back.value for key in keys)


def key_text(sequence: QKeySequence) -> str:
    """`sequence` as the sheet writes it: the names menus and tooltips give its keys
    (`reader.ui.key_names`: "Alt+↓", German "Eingabetaste")."""
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_rows(menus: Iterable[tuple[str, Iterable[QAction]]]) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action that has a shortcut, in menu order.

    Each action is listed once (the first menu that holds it), and each key once: a key seen
    on an earlier row is left off a later one, so the sheet never shows a key twice. Keys a
    laptop has not (`on_a_laptop`) are left off.
    """
    rows: list[tuple[str, str, str]] = []
    seen_actions: set[QAction] = set()
    seen_keys: set[str] = set()
    for menu_title, actions in menus:
        for action in actions:
            if action in seen_actions:
                continue
            keys = [key_text(k) for k in action.shortcuts() if on_a_laptop(k)]
            keys = [k for k in keys if k and k not in seen_keys]
            if not keys:
                continue
            seen_actions.add(action)
            seen_keys.update(keys)
            # Undo and Redo name the step they would take; the sheet lists the command itself.
            name = action.bare_text() if isinstance(action, StepAction) else action.text()
            rows.append((unlettered(menu_title), unlettered(name), ", ".join(keys)))
    return rows


def place_rows() -> list[tuple[str, str, str]]:
    """(where, what, keys) for the keys a list, box or view takes itself, which no menu holds:
    made of the menus alone, the sheet had nothing on renaming a tag (F2 in the tag list) or
    leaving the search (Esc). A key may come again here, in another place."""
    translate = QCoreApplication.translate

    def keys(*names: str) -> str:
        return ", ".join(key_text(QKeySequence(name)) for name in names)

    lists = translate("ShortcutsDialog", "Tags, saved searches")
    find = translate("ShortcutsDialog", "Find bar")
    # The timeline's window takes its keys itself; the sheet had none of them ("Zeitleiste"
    # found only the menu's Ctrl+Shift+D), and its hint shows only while it is open.
    timeline = translate("ShortcutsDialog", "Timeline")
    # Reading by keyboard is Space and Shift+arrows, which the article's view takes itself: seen
    # in the German window, "Leertaste" on the sheet found only Esc, and nothing said how to
    # select the words that 1–5 mark without a mouse.
    article = translate("ShortcutsDialog", "Article")
    composer = translate("ShortcutsDialog", "Briefing's items")
    entities = translate("ShortcutsDialog", "Entities")
    return [
        (translate("ShortcutsDialog", "Search box"), translate("ShortcutsDialog", "Into the results"),
         keys("Down", "Return")),
        (translate("ShortcutsDialog", "Search box, library list"),
         translate("ShortcutsDialog", "Clear the search, back to the list"), keys("Esc")),
        # Typing in the list jumps by title (README's keyboard table has it); the sheet had no
        # row, and "tippen" or "Titel" in its search found nothing. Letters are not one key:
        # said in words, with the two letters the list keeps for next / previous source when
        # typed first (with Shift they begin a title, a capital by Caps Lock does not; inside
        # one they are its letters).
        (translate("ShortcutsDialog", "Library list"),
         translate("ShortcutsDialog", "Type a title's first letters: to the next source starting with them"),
         translate("ShortcutsDialog", "Letters (a first J or K with Shift)")),
        (translate("ShortcutsDialog", "Saved searches"), translate("ShortcutsDialog", "Open the best result, hits marked"),
         keys("Return")),
        (lists, translate("ShortcutsDialog", "Rename the chosen one"), keys("F2")),
        (lists, translate("ShortcutsDialog", "Delete the chosen one"), keys("Del")),
        (article, translate("ShortcutsDialog", "To the title and byline"), keys("Ctrl+Home")),
        (article, translate("ShortcutsDialog", "A screen further, a screen back"), keys("Space", "Shift+Space")),
        (article, translate("ShortcutsDialog", "Select words, then 1–5 highlights them"),
         keys("Shift+Right", "Ctrl+Shift+Right")),
        (find, translate("ShortcutsDialog", "Next match"), keys("Return")),
        (find, translate("ShortcutsDialog", "Previous match"), keys("Shift+Return")),
        (find, translate("ShortcutsDialog", "Close it, marks and all"), keys("Esc")),
        (translate("ShortcutsDialog", "Annotation, note, tag field"),
         translate("ShortcutsDialog", "Back to the article (the annotation saved)"), keys("Esc")),
        # B in the article is the Reading section's; in these lists the sheet said nothing.
        (translate("ShortcutsDialog", "Notes' highlights, All highlights"),
         translate("ShortcutsDialog", "Add the chosen highlights to a briefing"), keys("B")),
        (translate("ShortcutsDialog", "All highlights, library table, entities"),
         translate("ShortcutsDialog", "Back to reading"), keys("Esc")),
        # Keys the Entities view and the composer's list take themselves (their buttons' tooltips
        # name them): "Strg+L" or "Alt+↑" on the sheet found nothing, though README says it lists
        # every key.
        (entities, translate("ShortcutsDialog", "Show the sources that name it in the library"), keys("Ctrl+L")),
        # Entity ▸ Not a name takes Del in the list only; the menus' rows list a key once, and
        # Edit's Delete highlight has it: "not a name" on the sheet found nothing.
        (entities, translate("ShortcutsDialog", "Not a name: take the chosen entries out of the list"), keys("Del")),
        (composer, translate("ShortcutsDialog", "Move the chosen item up, down"), keys("Alt+Up", "Alt+Down")),
        (composer, translate("ShortcutsDialog", "Take the chosen item out of the briefing"), keys("Del", "Backspace")),
        (timeline, translate("ShortcutsDialog", "Zoom in, zoom out"), keys("+", "-")),
        (timeline, translate("ShortcutsDialog", "Show every dated source"), keys("0")),
        (timeline, translate("ShortcutsDialog", "Move along"), keys("Shift+Left", "Shift+Right")),
        (timeline, translate("ShortcutsDialog", "Pick the mark before or after"), keys("Left", "Right")),
        (timeline, translate("ShortcutsDialog", "Read the picked mark"), keys("Return")),
        (timeline, translate("ShortcutsDialog", "Close it"), keys("Esc")),
        (translate("ShortcutsDialog", "Anywhere"),
         translate("ShortcutsDialog", "Context menu of what has the keyboard"), keys("Menu", "Shift+F10")),
    ]  # fmt: skip


class ShortcutsDialog(QDialog):
    """Every key, searchable: typing filters the rows by command, menu or key."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Search commands and keys…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setHorizontalHeaderLabels((self.tr("Where"), self.tr("Command"), self.tr("Keys")))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # What each row is found by: its cells and its keys' names ("Down", "unten" for ↓).
        self._found_by = [" ".join((*values, spoken_keys(values[2]))).casefold() for values in rows]
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text if column == 2 else "")  # a long list of keys is cut: all of it here
                self.table.setItem(row, column, cell)
        # The commands whole, the keys in the room left: sized to its contents, Redo's four keys
        # ("Strg+Y, Alt+Umschalt+Rücktaste, …") squeezed the command column to "…". Measured
        # once over every row, with a gap before the keys: sized to the rows shown, the columns
        # jumped as a search was typed, and "…zum Briefing hinzufügen…" ran up to its key "B".
        header = self.table.horizontalHeader()
        self._wanted = [self.table.sizeHintForColumn(column) + COLUMN_GAP for column in (0, 1)]
        for column in (0, 1):
            header.resizeSection(column, self._wanted[column])
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self._keys_width = self._keys_room(rows)
        # Over the columns' first letters: centred, "Keys" stood over the ends of the commands.
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter_edit.setFocus()
        # The German sheet wanted 1,195 px: beside a 1024 px window it ran off the screen, its keys
        # out of sight. Narrower than its columns want, it wraps them (`_fit_columns`).
        self.table.setWordWrap(True)
        margins = layout.contentsMargins()
        frame = margins.left() + margins.right() + 2 * self.table.frameWidth()
        fit_to_screen(self, max(560, frame + sum(self._wanted) + self._keys_width), 600)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Where and command give up, in proportion, the width the table lacks, and their rows
        grow a line for each the words wrap onto; the keys keep their room. Measured on the
        table's width less a scroll bar's, so a search that hides the scroll bar moves nothing."""
        table, header = self.table, self.table.horizontalHeader()
        room = table.width() - 2 * table.frameWidth() - self._keys_width
        wanted = sum(self._wanted)
        widths = self._wanted if room >= wanted else [max(COLUMN_GAP, w * room // wanted) for w in self._wanted]
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        keys = table.width() - 2 * table.frameWidth() - sum(widths) - table.verticalScrollBar().sizeHint().width()
        metrics, line = table.fontMetrics(), table.verticalHeader().defaultSectionSize()
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
        flags = int(Qt.TextFlag.TextWordWrap)
        for row in range(table.rowCount()):
            high = max(metrics.boundingRect(0, 0, max(1, width - margin), 10_000, flags, self._text(row, column)).height()
                       for column, width in enumerate((*widths, keys)))  # fmt: skip
            height = line + high - metrics.height()
            if table.rowHeight(row) != height:
                table.setRowHeight(row, height)

    def _keys_room(self, rows: list[tuple[str, str, str]]) -> int:
        """The keys column's width: each row's first two keys whole. A fixed 200 px cut the German
        "Leertaste, Umschalt+Leertaste" and the timeline's "Umschalt+←, Umschalt+→" to "…, …",
        the key looked for gone; a command's further platform keys (Redo's) may still be cut."""
        metrics = self.table.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 2 * COLUMN_GAP
        widest = max((metrics.horizontalAdvance(", ".join(keys.split(", ")[:2])) for _w, _c, keys in rows), default=0)
        scroll_bar = self.table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(200, widest + padding + scroll_bar)

    def apply_filter(self, text: str) -> None:
        """Show the rows whose menu, command or keys hold every word typed, a key also by
        its names ("Down", "Pfeil", "unten" find Alt+↓; `spoken_keys`)."""
        words = text.casefold().split()
        for row, found_by in enumerate(self._found_by):
            self.table.setRowHidden(row, not all(word in found_by for word in words))

    def visible_rows(self) -> list[tuple[str, str, str]]:
        return [
            (self._text(r, 0), self._text(r, 1), self._text(r, 2))
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        assert item is not None  # every cell was filled when the table was built
        return item.text()


class AboutDialog(QDialog):
    def __init__(self, library_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        version = self.tr("Version %1").replace("%1", __version__)
        title = QLabel(f"<h2>{APP_NAME}</h2><p>{version}</p>", self)
        text = QLabel(
            self.tr("An offline reader for building briefings from news articles: collect, read, "
                    "highlight, annotate, summarise and export. Your library never leaves this computer."),
            self,
        )
        text.setWordWrap(True)
        where = QLabel(self)
        where.setTextFormat(Qt.TextFormat.PlainText)  # a path is data, not markup
        where.setText(self.tr("Library: %1").replace("%1", library_path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, text, where, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(420)
