"""Correcting the entity index by hand, in the Entities view: "Not a name", "Change kind ▸",
"Merge into…", "Separate ▸" (a name merged in is an entry of its own again), "Restore",
"Show hidden" and "Corrections…" (every correction, those of entries no source names now too).

The rules get about a third of the organisations wrong on unseen text (a product, a book
title, "Touchscreen"), split some people ("Mike Ford" beside "John M. Ford") and give some
names the wrong kind; the reader corrects what they see. Each command is one step of the
window's undo stack (Edit ▸ Undo), a pair of core calls (`store.entities.corrections`), and the
list is read again when it is done. The commands sit in the menu bar's Entities menu (shown
while the view is), in the list's context menu (right-click, the Menu key or Shift+F10) and on
keys while the list has the focus: Del for "Not a name", Ctrl+M for "Merge into…".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenu, QWidget

from reader.core.changes import Changes
from reader.core.entities import EntityKind, EntitySummary
from reader.ui import context_menus, read_only
from reader.ui.entities.corrections_dialog import CorrectionsDialog
from reader.ui.entities.entity_models import NAME, kind_title
from reader.ui.entities.merge_chooser import choose_target
from reader.ui.session import Session
from reader.ui.step_names import Bare, named

if TYPE_CHECKING:
    from reader.core.store import CorrectionEdit, CorrectionMade
    from reader.ui.entities.entities_mode import EntitiesMode
    from reader.ui.entities.entities_view import EntitiesView
    from reader.ui.main_window import MainWindow

KINDS = (EntityKind.PERSON, EntityKind.ORG, EntityKind.PLACE)  # what a name can be made
# Each kind's entry in "Change kind ▸", with a letter of its own in either language.
KIND_ENTRIES = {
    EntityKind.PERSON: QT_TRANSLATE_NOOP("CorrectionActions", "&Person"),
    EntityKind.ORG: QT_TRANSLATE_NOOP("CorrectionActions", "&Organisation"),
    EntityKind.PLACE: QT_TRANSLATE_NOOP("CorrectionActions", "P&lace"),
}


class CorrectionActions(QObject):
    def __init__(self, session: Session, mode: EntitiesMode, window: MainWindow) -> None:
        super().__init__(window)
        self._session, self._mode, self._window = session, mode, window
        self._view: EntitiesView | None = None
        self._menu_entry: QAction | None = None  # the menu bar's Entities menu
        self.hide_action = self._action(self.tr("&Not a name"), self._hide, "Del",
                                        self.tr("Leave the chosen entries out of Entities and the who's who (Del)"))  # fmt: skip
        self.restore_action = self._action(self.tr("&Restore"), self._restore, None,
                                           self.tr("List the hidden entries again"))  # fmt: skip
        self.kind_menu = QMenu(self.tr("Change &kind"), window)
        self.kind_menu.menuAction().setStatusTip(self.tr("Say what the chosen entries name"))
        self.kind_actions: dict[EntityKind, QAction] = {}
        for kind in KINDS:
            self.kind_actions[kind] = action = self.kind_menu.addAction(self.tr(str(KIND_ENTRIES[kind])))
            action.setStatusTip(self.tr("List the chosen entries as this kind of name"))
            action.triggered.connect(lambda _on=False, k=kind: self._change_kind(k))
        self.merge_action = self._action(self.tr("&Merge into…"), self._merge, "Ctrl+M",
                                         self.tr("Count the chosen entries as another name of one entry (Ctrl+M)"))  # fmt: skip
        self.split_menu = QMenu(self.tr("&Separate"), window)
        self.split_menu.menuAction().setStatusTip(self.tr("Make a name merged into the entry an entry of its own"))
        self.hidden_action = QAction(self.tr("Sh&ow hidden"), self, checkable=True)
        self.hidden_action.setStatusTip(self.tr("List the entries said to be no name, greyed"))
        self.hidden_action.toggled.connect(self._show_hidden)  # from the menu or the view's box
        self.corrections_action = self._action(self.tr("&Corrections…"), self._open_corrections, None, self.tr(
            "See and take back the corrections made, those of entries no source names now too"))
        self.corrections_dialog: CorrectionsDialog | None = None
        self.menu_actions: list[QAction | None] = [
            self.hide_action, self.restore_action, self.kind_menu.menuAction(), self.merge_action,
            self.split_menu.menuAction(), None, self.hidden_action, self.corrections_action,
        ]  # fmt: skip
        self._edits = [self.hide_action, self.restore_action, self.kind_menu.menuAction(), self.merge_action,
                       self.split_menu.menuAction(), *self.kind_actions.values()]  # fmt: skip
        if not read_only.writable(session):
            read_only.hold(self._edits, window)
        mode.action.toggled.connect(self._shown)
        self._update()

    def _action(self, text: str, slot: Callable[[], None], keys: str | None, tip: str) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _on=False: slot())
        if keys:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # in the list only
        action.setStatusTip(tip)
        return action

    def place(self, menu: QMenu) -> None:
        """The menu bar's Entities menu, shown while the view is."""
        self._menu_entry = menu.menuAction()
        self._menu_entry.setVisible(self._mode.active)

    # -- the view ---------------------------------------------------------------------------

    def _shown(self, on: bool) -> None:
        if on and self._view is None and self._mode.view is not None:
            self._attach(self._mode.view)
        if self._menu_entry is not None:
            self._menu_entry.setVisible(on)

    def _attach(self, view: EntitiesView) -> None:
        self._view = view
        table = view.table
        table.addActions([self.hide_action, self.merge_action])  # their keys while the list has the focus
        context_menus.for_items(table, self._fill_menu)  # right-click, the Menu key, Shift+F10
        table.selectionModel().selectionChanged.connect(lambda _new, _old: self._update())
        view.model.modelReset.connect(self._update)
        self.hidden_box = QCheckBox(self.tr("Sh&ow hidden"), view)
        self.hidden_box.setObjectName("showHidden")
        self.hidden_box.setToolTip(self.hidden_action.statusTip())
        self.hidden_box.toggled.connect(self.hidden_action.setChecked)
        self.hidden_action.toggled.connect(self.hidden_box.setChecked)
        view.top.insertWidget(2, self.hidden_box)
        QWidget.setTabOrder(view.filter_box, self.hidden_box)
        QWidget.setTabOrder(self.hidden_box, table)
        self._update()

    def _fill_menu(self, menu: QMenu, _index: QModelIndex) -> bool:
        """The corrections for the chosen entries (a right-click chose its row first)."""
        if self._view is None or not selected(self._view):
            return False
        menu.setObjectName("entityMenu")
        for action in self.menu_actions:
            menu.addSeparator() if action is None else menu.addAction(action)
        return True

    def _update(self) -> None:
        """Each command on while it can act on the chosen entries."""
        if not all(map(shiboken6.isValid, (self.kind_menu, self.split_menu, *self.kind_actions.values()))):
            return  # the window is being taken down: the list said it was emptied, after the menus went
        chosen = self._chosen()
        shown = [e for e in chosen if not e.hidden]
        self.hide_action.setEnabled(bool(shown))
        self.restore_action.setEnabled(any(e.hidden for e in chosen))
        self.restore_action.setVisible(self.hidden_action.isChecked())
        names = bool(shown) and all(e.kind in KINDS for e in shown)  # a figure is no name to re-kind
        self.kind_menu.menuAction().setEnabled(names)
        for kind, action in self.kind_actions.items():
            action.setEnabled(names and any(e.kind is not kind for e in shown))
        self.merge_action.setEnabled(len({e.kind for e in shown}) == 1 and bool(self._candidates(shown)))
        self.split_menu.clear()
        if len(chosen) == 1 and self._view is not None:
            for row_id, name in self._session.store.entities.corrections.variants(chosen[0].id):
                action = self.split_menu.addAction(name.replace("&", "&&"))
                action.triggered.connect(lambda _on=False, r=row_id, n=name: self._split(r, n, chosen[0]))
        self.split_menu.menuAction().setEnabled(not self.split_menu.isEmpty())

    def _chosen(self) -> list[EntitySummary]:
        return selected(self._view) if self._view is not None and self._mode.active else []

    def _candidates(self, merging: Sequence[EntitySummary]) -> list[EntitySummary]:
        """The entries of the same kind the chosen ones could be merged into."""
        if not merging or self._view is None:
            return []
        leaving = {e.id for e in merging}
        return [e for e in self._view.listed() if e.kind is merging[0].kind and not e.hidden and e.id not in leaving]

    # -- the commands -----------------------------------------------------------------------

    def _step(self, text: str, edit: CorrectionEdit, done: str, back: int | None = None) -> None:
        """One undoable step called `text`; `done` is said in the status bar once it is done:
        an entry hidden or merged leaves the list, and nothing said where it went. Undone, it
        chooses the entry `back` (the one it brought back), where the entry chosen after the
        step stayed chosen beside it."""
        if not edit:
            return
        corrections = self._session.store.entities.corrections

        def undo() -> Changes:
            if self._view is not None and shiboken6.isValid(self._view):
                self._view.choose_later(back)
            return corrections.put(edit.before)

        self._session.perform(text, lambda: corrections.put(edit.after), undo)
        self._session.notice_posted.emit(done)

    def _hide(self) -> None:
        shown = [e for e in self._chosen() if not e.hidden]
        if shown:
            edit = self._session.store.entities.corrections.hide([e.id for e in shown])
            if self._view is not None and not self.hidden_action.isChecked():  # they leave the list
                self._view.choose_later(beside_selected(self._view))
            self._step(named(self.tr("Not a name: %1"), _names(shown)), edit, named(self.tr(
                "%1 hidden as not a name (Show hidden lists it, Ctrl+Z takes it back)", "", len(shown)), _names(shown)), shown[0].id)

    def _restore(self) -> None:
        hidden = [e for e in self._chosen() if e.hidden]
        if hidden:
            edit = self._session.store.entities.corrections.restore([e.id for e in hidden])
            self._step(named(self.tr("Restore %1"), _names(hidden)), edit,
                       named(self.tr("%1 restored (Ctrl+Z takes it back)"), _names(hidden)))

    def _change_kind(self, kind: EntityKind) -> None:
        shown = [e for e in self._chosen() if not e.hidden and e.kind is not kind]
        if shown:
            edit = self._session.store.entities.corrections.change_kind([e.id for e in shown], kind)
            kinds = _names(shown), Bare(kind_title(kind))
            self._step(named(self.tr("Change kind of %1 to %2"), *kinds), edit,
                       named(self.tr("%1 listed as %2 (Ctrl+Z takes it back)"), *kinds), shown[0].id)

    def _merge(self) -> None:
        shown = [e for e in self._chosen() if not e.hidden]
        candidates = self._candidates(shown)
        if not shown or not candidates or len({e.kind for e in shown}) != 1 or self._view is None:
            return
        target = choose_target(shown, candidates, self._window)
        if target is None:
            return
        edit = self._session.store.entities.corrections.merge([e.id for e in shown], target.id)
        if self._view.model.row_of(target.id) is None:
            # The filter that found "ECB" hides "Europäische Zentralbank": the list was left
            # empty, with nothing to say the merge was done. The whole list shows the entry.
            self._view.filter_box.clear()
        self._view.choose_later(target.id)
        self._step(named(self.tr("Merge %1 into %2"), _names(shown), target.name), edit,
                   named(self.tr("%1 merged into %2 (Ctrl+Z takes it back)"), _names(shown), target.name),
                   shown[0].id)

    def _split(self, row_id: int, name: str, entity: EntitySummary) -> None:
        edit = self._session.store.entities.corrections.split(row_id)
        self._step(named(self.tr("Separate %1 from %2"), name, entity.name), edit,
                   named(self.tr("%1 separated from %2 (Ctrl+Z takes it back)"), name, entity.name), entity.id)

    def _open_corrections(self) -> None:
        """The corrections dialog (window-modal), listed anew whenever the index's corrections
        change — by its Restore, or undone with Ctrl+Z."""
        if self.corrections_dialog is not None:
            self.corrections_dialog.raise_()
            return
        corrections = self._session.store.entities.corrections
        keys = [self._window.undo_action, self._window.redo_action]  # Ctrl+Z in the dialog too
        dialog = CorrectionsDialog(corrections.made, self._take_back, read_only.writable(self._session), keys, self._window)

        def changed(changes: Changes) -> None:
            if changes.entities:
                dialog.reload()

        def closed(_result: int) -> None:
            self._session.changes_applied.disconnect(changed)
            self.corrections_dialog = None
            dialog.deleteLater()

        self._session.changes_applied.connect(changed)
        dialog.finished.connect(closed)
        self.corrections_dialog = dialog
        dialog.open()

    def _take_back(self, entries: Sequence[CorrectionMade]) -> None:
        edit = self._session.store.entities.corrections.dropping([e.identity for e in entries])
        names = ", ".join(e.correction.name for e in entries)
        self._step(named(self.tr("Restore %1"), names), edit,
                   named(self.tr("%1 listed as the rules found it (Ctrl+Z puts the correction back)", "", len(entries)), names))

    def _show_hidden(self, on: bool) -> None:
        self._mode.with_hidden = on
        self._update()
        self._mode.reread()


def selected(view: EntitiesView) -> list[EntitySummary]:
    """The entries selected in the list (several with Shift or Ctrl), in the list's order."""
    rows = sorted(i.row() for i in view.table.selectionModel().selectedRows(NAME))
    return [e for row in rows if (e := view.model.entity(row)) is not None]


def beside_selected(view: EntitiesView) -> int | None:
    """The entry below the selected ones (above them at the end of the list), by id: the one
    chosen once they are hidden, so Del after Del goes down the list."""
    rows = {i.row() for i in view.table.selectionModel().selectedRows(NAME)}
    below = [r for r in range(max(rows, default=-1) + 1, view.model.rowCount()) if r not in rows]
    above = [r for r in range(min(rows, default=0) - 1, -1, -1) if r not in rows]
    entity = view.model.entity((below or above or [-1])[0])
    return entity.id if entity is not None else None


def _names(entities: Sequence[EntitySummary]) -> str:
    return ", ".join(e.name for e in entities)
