"""A library open read-only: every command that would change it is off, and says why.

A damaged library the user chose to open read-only, or a library file or folder the user may
not write, opens with `Store.read_only`, and any change to it fails ("attempt to write a
readonly database", which `app` turns into a status line after the fact). Offering a command
and then refusing it is a trap, so each editing command is disabled, with the reason as its
tip, and the status bar keeps a "Read-only" label for the whole session. Reading, searching,
copying and exporting stay on: they are what such a library is opened for. A library opened
read-only because its folder may not be written says so (`folder_line`), with the way to work
in it: the window said only that nothing could be changed, not why or what to do.

The panes keep switching their actions on as the selection moves (a selected highlight enables
Delete highlight). The window's editing actions are therefore put in one disabled action group:
Qt keeps an action of a disabled group off whatever `setEnabled(True)` it is told later, so no
pane has to know. Menus built anew each time (context menus, Add to briefing) ask `editing()`
as they fill, and editors made later (the briefing composer) ask `writable()`.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMenu, QPlainTextEdit, QWidget

from reader import paths
from reader.ui.flushing_edit import FlushingEdit
from reader.ui.session import Session

if TYPE_CHECKING:
    from reader.ui.briefing.composer import BriefingComposer
    from reader.ui.main_window import MainWindow

GROUP_NAME = "readOnlyHeld"
LABEL_NAME = "readOnlyLabel"


def reason() -> str:
    """Why a command is off, in the window's language (the tip of every held command)."""
    return QCoreApplication.translate("ReadOnly", "The library is open read-only: nothing can be changed")


def folder_line(library: Path | None) -> str:
    """Why a library that is not damaged opened read-only, and what to do; "" when its file and
    folder may be written (a damaged library the user chose to open read-only)."""
    if library is None or paths.writable(library):  # its file and its folder (WAL)
        return ""
    return QCoreApplication.translate("ReadOnly", "Read-only: you may not write to the library here. To work in it, "
                                      "copy it to a folder of your own (--data-dir).")  # fmt: skip


def writable(session: Session) -> bool:
    return not session.store.read_only


def hold(actions: Iterable[QAction], owner: QObject) -> None:
    """Keep `actions` off for good, each telling why (in menus, the toolbar and the status bar)."""
    group = owner.findChild(QActionGroup, GROUP_NAME)
    if group is None:
        group = QActionGroup(owner)
        group.setObjectName(GROUP_NAME)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
    for action in actions:
        _tell_why(action)
        if action.actionGroup() is None:
            group.addAction(action)
        else:  # an action belongs to one group only: this one is off now, and stays so unless told
            action.setEnabled(False)
    group.setEnabled(False)


def editing(action: QAction, session: Session) -> QAction:
    """`action`, an entry of a menu built anew each time, off (and saying why) when read-only."""
    if not writable(session):
        action.setEnabled(False)
        _tell_why(action)
    return action


def editing_menu(menu: QMenu, session: Session) -> bool:
    """Whether `menu` (a submenu whose entries all edit) may be filled; off when read-only."""
    if writable(session):
        return True
    editing(menu.menuAction(), session)
    menu.setEnabled(False)
    return False


def label() -> str:
    return QCoreApplication.translate("ReadOnly", "Read-only")


def hold_editor(editor: QPlainTextEdit | QLineEdit) -> None:
    """Text that can be read, selected and copied, not typed into; its placeholder says why (a
    one-line field just "Read-only": the whole reason was cut off in the notes pane's tag field)."""
    editor.setReadOnly(True)
    editor.setToolTip(reason())
    if isinstance(editor, FlushingEdit):
        editor.hold_placeholder(reason())
    elif isinstance(editor, QLineEdit):
        editor.setPlaceholderText(label())


def hold_widget(widget: QWidget) -> None:
    """A button (or the like) that only edits: off, its tooltip saying why."""
    widget.setEnabled(False)
    widget.setToolTip(reason())


def hold_composer(composer: BriefingComposer) -> None:
    """The briefing composer shows, previews and exports a briefing; nothing is dropped into
    it, dragged about in it or typed into it (its buttons are held by `ComposerButtons`)."""
    items = composer.items_list
    items.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
    items.viewport().removeEventFilter(composer.drops)
    items.viewport().setAcceptDrops(False)
    hold_editor(composer.editor)
    # "Select a heading or text to edit it, or press Add text." and "Add highlights with B …"
    # offered what cannot be done; the editor's placeholder says why.
    composer.editor_label.hide()
    composer.empty_hint.setText(QCoreApplication.translate("ReadOnly", "This briefing is empty."))


def _tell_why(action: QAction) -> None:
    action.setToolTip(reason())
    action.setStatusTip(reason())


def apply(window: MainWindow) -> None:
    """Turn off every editing command of `window` and mark the status bar "Read-only"."""
    hold(window_edits(window), window)
    for menu in window.menuBar().findChildren(QMenu):
        menu.setToolTipsVisible(True)  # a disabled entry's tip is its reason, shown on hover
    for editor in (window.notes.annotation.editor, window.notes.note.editor, window.notes.tag_editor.field):
        hold_editor(editor)
    # "No highlights yet. Select words in the article and press 1–5." offered what cannot be done
    window.notes.empty_hint.setText(QCoreApplication.translate("ReadOnly", "This source has no highlights."))
    mark = QLabel(label(), window)
    mark.setObjectName(LABEL_NAME)
    why = folder_line(window.session.store.path)
    mark.setToolTip(f"{why}\n{window.session.store.path}" if why else reason())
    window.statusBar().addPermanentWidget(mark)


def window_edits(window: MainWindow) -> list[QAction]:
    """The window's actions that change the library (everything else reads, finds or exports)."""
    w = window
    article, keys = w.article, w.article.keys
    library = w.library
    return [
        w.import_files_action, w.import_folder_action, w.paste_action,
        w.undo_action, w.redo_action, w.edit_metadata_action, w.delete_action, w.keys.tag_action,
        w.keys.note_action, w.stories.join_action, w.stories.detach_action, w.stories.regroup_action,
        w.briefings.new_action, w.chronology.action, w.entities.whos_who.action,
        *article.highlight_actions.values(), article.delete_highlight_action,
        keys.annotate_action, keys.briefing_action,
        w.notes.confirm_action, w.notes.briefing_action,
        library.saved.save_action, library.saved.rename_action, library.saved.delete_action,
        library.tag_edits.rename_action, library.tag_edits.delete_action,
    ]  # fmt: skip
