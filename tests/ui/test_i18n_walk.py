"""Issue 14's "done when": the window started in German shows no English, started in English
shows no German — every menu and action, every pane, every dialog, the dates.

The walk collects what a user can read (texts, titles, placeholders, tips, headers, combo
items, model headers and tool tips) from the real window on the real seeds, opens each
dialog the menus lead to, and checks every word against a list of words of the other
language. Words of the library's own content (German articles, their titles, tags, outlets)
and proper names are allowed: they are the user's data, not the window's language.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pytest
from PySide6.QtCore import QAbstractListModel, QLocale, QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from reader.core.models import ImportResult, ImportStatus
from reader.ui import i18n
from reader.ui.dialogs.help_dialogs import AboutDialog, ShortcutsDialog, shortcut_rows
from reader.ui.dialogs.preferences_dialog import PreferencesDialog
from reader.ui.export.dialog import ExportDialog
from reader.ui.library.delete_dialog import delete_question
from reader.ui.library.import_dialogs import ImportReportDialog
from reader.ui.library.metadata_dialog import MetadataDialog
from reader.ui.library.search_results import where_label
from reader.ui.library.source_delegate import display_date
from reader.ui.safety.backups_dialog import BackupsDialog

# Words a German window must not show: English words of this UI that German does not share.
ENGLISH = set("""
the and of to with from for on by is are not yes file files edit view help source sources
highlight highlights note notes tags search imported importing cancel open save close
delete new add all none title date author outlet preferences theme undo redo quit zoom about
keyboard shortcuts shortcut back reading library find next previous show copy paste
settings label labels key point evidence figure risk quote client question summary annotation
sort newest recently added published group filter folder browse selected whole combined
instead per one every choose read select words press yet your comment passage preview heading
item items move up down remove rename today yesterday light dark command keys language window
system general match matches result results unread empty welcome sample articles article go
ctrl shift
actual size composer connecting failed already nothing was were this that
january february march may june july october december monday tuesday wednesday thursday friday
saturday sunday mar oct dec
""".split())
# Words an English window must not show.
GERMAN = set("""
und der die das nicht mit von für ist eine einen zum zur quelle quellen markierung markierungen
anmerkung notiz schlagwort schlagwörter datei dateien bearbeiten ansicht hilfe einstellungen
suchen bibliothek importieren exportieren löschen abbrechen schließen öffnen speichern neu alle
keine heute gestern hinzufügen entfernen kategorie kernaussage risiko frage zitat kunden beleg
zahl absatz artikel ordner fenster sprache zurück weiter vorschau überschrift januar februar märz
mai juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
hinzugefügt erschienen zuletzt ungelesen treffer rückgängig wiederholen beenden
""".split())
# Proper names and codes either window may show.
ALLOWED = {"briefing", "reader", "markdown", "obsidian", "handelsblatt", "esc", "pdf", "url",
           "https", "http", "de", "en", "gb", "deutsch", "english", "sepia", "md", "txt"}  # fmt: skip

WORD = re.compile(r"[^\W\d_]+")


def words(text: str) -> list[str]:
    return WORD.findall(text.replace("&", "").casefold())


# -- what a user can read -------------------------------------------------------------------


def action_texts(actions: Iterable[QAction]) -> Iterator[str]:
    for action in actions:
        yield from (action.text(), action.toolTip(), action.statusTip())
        if action.menu() is not None:
            yield action.menu().title()
            yield from action_texts(action.menu().actions())


def model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(QModelIndex()), 5)):
        index = model.index(row, 0, QModelIndex())
        yield str(model.data(index, Qt.ItemDataRole.ToolTipRole) or "")


def widget_texts(root: QWidget) -> Iterator[str]:
    """The readable strings of `root` and its children, not the text the user typed."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield widget.windowTitle() if widget.isWindow() else ""
        yield widget.toolTip()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QPlainTextEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QMenu):
            yield widget.title()
            yield from action_texts(widget.actions())
        elif isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):
            yield from model_texts(widget)
        yield from action_texts(widget.actions())


def content_words(window) -> set[str]:
    """Every word of the library's own data: allowed in either language."""
    store = window.session.store
    found: set[str] = set()
    for source_id in store.sources.ids():
        source = store.sources.get(source_id)
        for text in (source.title, source.teaser, source.byline, source.site_name,
                     source.file_name, source.raw_text, *source.tags):  # fmt: skip
            found.update(words(text or ""))
    for tag in store.tags.all():
        found.update(words(tag.name))
    for briefing in store.briefings.all():
        found.update(words(briefing.name))
    found.update(words(str(store.path)))  # the About dialog names the library's file
    return found


def collect(window, qtbot) -> list[str]:
    """Walk the window: menus, panes, modes, every dialog; the strings a user reads."""
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    for title, menu in window.menus:
        texts.append(title)
        texts += action_texts(menu.actions())
    texts += widget_texts(window)
    summaries = [window.library.model.summary(row) for row in range(window.library.model.rowCount())]
    texts += [display_date(s) for s in summaries if s is not None]
    texts += list(window.notes.delegate.label_names.values())
    # A search: its status line and what each hit says where it is.
    window.library.search_box.setText("Japan")
    window.library.reload()
    texts.append(window.library.status.text())
    model = window.library.results_model
    texts += [where_label(model.result(row).where) for row in range(model.rowCount())]
    assert model.rowCount() > 0
    window.library.search_box.setText("before:31.02.2025")
    window.library.reload()
    texts.append(window.library.status.text())  # a refused search, said by the core
    window.library.search_box.clear()
    window.library.reload()
    # The article's context menu over a highlight, with "Add to briefing".
    menu = QMenu(window)
    window.article._extend_context_menu(menu, QPoint(5, 5))
    texts += action_texts(menu.actions())
    # Show original, the find bar, All highlights.
    window.article.show_original_action.trigger()
    texts += widget_texts(window.article)
    window.article.show_original_action.trigger()
    window.article.find_bar.open()
    texts += widget_texts(window.article.find_bar)
    for mode in (window.modes.action, window.table_mode.action):  # All highlights, the table
        mode.trigger()
        texts += widget_texts(window)
        mode.trigger()
    # Every dialog the menus lead to, built as the window builds them.
    source = window.session.store.sources.get(window.open_source_id)
    results = [ImportResult("a.pdf", ImportStatus.ERROR, "not a text file (PDF document)"),
               ImportResult("b.txt", ImportStatus.DUPLICATE, None, 1, "Titel"),
               ImportResult("c.txt", ImportStatus.IMPORTED, None, 2, "Titel")]  # fmt: skip
    rows = shortcut_rows((title, menu.actions()) for title, menu in window.menus)
    dialogs: list[QDialog | QMessageBox] = [
        PreferencesDialog(window.settings, window),
        ShortcutsDialog(rows, window),
        AboutDialog(str(window.session.store.path), window),
        MetadataDialog(source, window),
        ExportDialog(window.session, [source.id], window),
        ImportReportDialog(results, False, window),
        ImportReportDialog(results, True, window),
        delete_question(source.title, 2, True, window, [("Japan", 2)]),
        window.briefings.composer(),
        BackupsDialog(window.session.store.path, None, window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        texts += widget_texts(dialog)
        dialog.close()
    # The timeline, and a story (the seeds hold three reports of one summit).
    window.timeline.show()
    texts += widget_texts(window.timeline.window)
    window.timeline.window.close()
    opened = window.open_source_id
    for source_id in window.session.store.sources.ids():
        window.open_source(source_id)
        window.stories.show_story()
        if window.stories._view is not None:
            texts += widget_texts(window.stories._view)
            window.stories._view.close()
            break
    assert window.stories._view is not None, "no story among the seeds to show"
    window.open_source(opened)
    texts.append(window.import_progress.label.text())
    return [t for t in texts if t]


def offenders(texts: list[str], foreign: set[str], allowed: set[str]) -> list[tuple[str, str]]:
    return sorted({(word, text) for text in texts for word in words(text)
                   if word in foreign and word not in allowed})  # fmt: skip


def prepare(make_window, qapp, language: str):
    """A started window in `language` on the seeds, with a highlight, a note, a tag and a
    briefing, so that every pane has something to show."""
    country = QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedStates
    system = QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English, country)
    i18n.install(qapp, language, system)
    window = make_window()
    store = window.session.store
    source_id = window.open_source_id
    text = store.sources.get(source_id).reading_text
    highlight, changes = store.highlights.add(source_id, 0, 20, "risk", "Prüfen")
    changes |= store.notes.set(source_id, "Zusammenfassung")
    changes |= store.tags.add([source_id], "Japan")
    briefing, more = store.briefings.create("Japan")
    changes |= more
    _items, more = store.briefings.add_highlights(briefing.id, [highlight.id])
    window.session.changes_applied.emit(changes | more)
    window.notes.select_highlight(highlight.id)
    assert text
    return window


@pytest.mark.slow
def test_the_german_window_shows_no_english(make_window, qapp, qtbot) -> None:
    window = prepare(make_window, qapp, "de")
    texts = collect(window, qtbot)
    assert "&Datei" in texts and "Einstellungen" in texts and "Notiz" in texts
    found = offenders(texts, ENGLISH, ALLOWED | content_words(window))
    assert not found, "\n".join(map(repr, found))
    names = set(window.notes.delegate.label_names.values())
    assert names == {"Kernaussage", "Beleg/Zahl", "Risiko", "Zitat für Kunden", "Frage"}


@pytest.mark.slow
def test_the_english_window_shows_no_german(make_window, qapp, qtbot) -> None:
    window = prepare(make_window, qapp, "en")
    texts = collect(window, qtbot)
    assert "&File" in texts and "Preferences" in texts
    found = offenders(texts, GERMAN, ALLOWED | content_words(window))
    assert not found, "\n".join(map(repr, found))
    assert any(re.fullmatch(r"\d+ sources", t) for t in texts)  # plural forms, not "source(s)"
    assert not [t for t in texts if "(s)" in t]


