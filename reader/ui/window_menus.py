"""The main window's menu bar and toolbar: which command sits in which menu, in what order.

Kept apart from `main_window` so the window's module stays the wiring of panes and controllers;
every action here is built by a controller (or the window) and only placed. The menus' titles
and their actions are also what Help ▸ Keyboard shortcuts lists, so they are returned in order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from reader.ui import context_menus
from reader.ui.letters import letter_of
from reader.ui.menu_keys import letters_first

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> list[tuple[str, QMenu]]:
    """Fill the window's menu bar; returns (title, menu) for each menu, left to right."""
    w = window
    translate = QCoreApplication.translate  # context MainWindow: where these titles were written
    # The reading pane's toggles (Show original) are views; its other actions are edits.
    article_views = [a for a in w.article.menu_actions if a.isCheckable()]
    article_edits = [a for a in w.article.menu_actions if not a.isCheckable()]
    file_ = [w.import_files_action, w.import_folder_action, None, w.paste_action, None,
             w.exports.export_action, None, w.bin_action, w.safety.backups_action, None, w.quit_action]  # fmt: skip
    edit = [w.undo_action, w.redo_action, None, w.exports.copy_action, None, *article_edits, None,
            w.preferences_action]  # fmt: skip
    view = [w.modes.action, w.table_mode.action, w.timeline.action, w.entities.mode.action, None,
            *article_views, None, w.zoom_in_action, w.zoom_out_action, w.zoom_reset_action, None]  # fmt: skip
    source = [w.edit_metadata_action, w.delete_action, None, *w.stories.menu_actions]
    briefing = [w.briefings.new_action, w.briefings.open_action, None, w.chronology.action,
                w.entities.whos_who.action]  # fmt: skip
    go = [*w.library.menu_actions, None, *w.keys.go_actions]
    help_ = [w.shortcuts_action, None, w.about_action]
    menus = [
        (translate("MainWindow", "&File"), file_),
        (translate("MainWindow", "&Edit"), edit),
        (translate("MainWindow", "&View"), view),
        (translate("MainWindow", "&Source"), source),
        (translate("MainWindow", "&Briefing"), briefing),
        (translate("MainWindow", "&Go"), go),
        (translate("MainWindow", "Entit&y"), w.entities.corrections.menu_actions),  # while the view is shown
        (translate("MainWindow", "&Help"), help_),
    ]
    built = [(title, _menu(w.menuBar(), title, actions)) for title, actions in menus]
    view_menu = built[2][1]
    w.entities.corrections.place(built[6][1])
    _source_list_menus(w, [*source[:3], *w.stories.menu_actions[:3], None, w.exports.export_action])
    w.modes.menu_actions.append(w.exports.copy_action)  # All highlights' rows: Ctrl+Shift+C
    themes = view_menu.addMenu(translate("MainWindow", "The&me"))
    themes.addActions(w.theme_group.actions())
    _explain(w, themes.menuAction())
    view_menu.addSeparator()
    view_menu.addActions(w.keys.view_actions)
    for _title, menu in built:
        letters_first(menu)
    # The labels' entries meet Show original in the reading view's menu: its letter is kept free too.
    w.article.keep_letters_free({letter_of(a.text()) or "" for a in [*built[1][1].actions(), w.article.show_original_action]
                                 if a not in w.article.highlight_actions.values()})
    return built


def _source_list_menus(w: MainWindow, actions: list[QAction | None]) -> None:
    """The library's list and its search results offer what the Source menu does to a source
    (the library-wide "Find stories" aside) on a right-click, the Menu key or Shift+F10: a
    right-click or the keyboard makes the row the open source first, so the entries act on the
    row pointed at. Right-clicking a source in the list showed nothing."""

    def fill(menu: QMenu, index: QModelIndex) -> bool:
        if not index.isValid():
            return False  # the list's empty room: no source to act on
        menu.setObjectName("sourceMenu")
        for action in actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        return True

    for view in (w.library.source_view, w.library.results_view):
        context_menus.for_items(view, fill)


def _explain(w: MainWindow, themes: QAction) -> None:
    """The status tips of the window's own entries that are made without one: pointed at, an
    entry without a tip left the status line blank, where the other entries say what they do."""
    translate = QCoreApplication.translate
    tips = {
        w.quit_action: translate("MainWindow", "Close the window; everything is saved already"),
        w.preferences_action: translate("MainWindow", "Theme, language, your names for the highlight labels "
                                                      "and the library's sort order"),
        w.zoom_in_action: translate("MainWindow", "Larger text in the article"),
        w.zoom_out_action: translate("MainWindow", "Smaller text in the article"),
        w.zoom_reset_action: translate("MainWindow", "The article's text at its normal size"),
        themes: translate("MainWindow", "The colours of the window and the reading page"),
        w.keys.library_action: translate("MainWindow", "Show or hide the library on the left"),
        w.keys.notes_action: translate("MainWindow", "Show or hide the tags, highlights and note on the right"),
        w.shortcuts_action: translate("MainWindow", "Every keyboard shortcut, with a search field"),
        w.about_action: translate("MainWindow", "The version, and where the library is kept"),
    }  # fmt: skip
    theme_tips = {"light": translate("MainWindow", "Dark text on white"),
                  "sepia": translate("MainWindow", "Dark brown text on a paper tone"),
                  "dark": translate("MainWindow", "Light text on dark grey")}  # fmt: skip
    for action in w.theme_group.actions():
        tips[action] = theme_tips.get(str(action.data()), "")
    for action, tip in tips.items():
        if not action.statusTip():
            action.setStatusTip(tip)


def _menu(bar: QMenuBar, title: str, actions: list[QAction | None]) -> QMenu:
    menu = bar.addMenu(title)
    for action in actions:
        if action is None:
            menu.addSeparator()
        else:
            menu.addAction(action)
    return menu


def build_toolbar(window: MainWindow) -> QToolBar:
    """The toolbar: the few commands used every day, as words (no icon set to learn)."""
    translate = QCoreApplication.translate
    toolbar = QToolBar(translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(window.import_files_action)
    toolbar.addAction(window.paste_action)
    toolbar.addSeparator()
    toolbar.addAction(window.edit_metadata_action)
    toolbar.addAction(window.delete_action)
    window.addToolBar(toolbar)
    return toolbar
