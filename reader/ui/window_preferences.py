"""The user's preferences as the main window applies and keeps them: the theme, the article's
text size, the library's sort order and the Preferences dialog, each saved to the settings file
at once (a crash loses no choice).

Apart from `main_window`, which wires panes together: these change the settings and show the
change, and a failed save is said in the status bar rather than lost silently. The strings keep
the main window's translation context, where they were written.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication

from reader import APP_NAME
from reader.core.settings import THEMES
from reader.ui import dialogs
from reader.ui.appearance import apply_theme
from reader.ui.article.reading_column import ZOOM_RANGE
from reader.ui.core_messages import translated
from reader.ui.dialogs.preferences_dialog import PreferencesDialog

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # context MainWindow: where these strings were written

class WindowPreferences(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.settings = window.settings
        self.theme_group = QActionGroup(window)
        titles = {"light": translate("MainWindow", "&Light"), "sepia": translate("MainWindow", "&Sepia"),
                  "dark": translate("MainWindow", "&Dark")}  # fmt: skip
        for name in THEMES:
            action = QAction(titles.get(name, name), self.theme_group, checkable=True)
            action.setData(name)
            action.setChecked(name == self.settings.theme)
        self.theme_group.triggered.connect(lambda action: self.set_theme(str(action.data())))

    def zoom(self, step: int) -> None:
        """The article's text a step larger (`step` 1), smaller (-1) or at its normal size (0)."""
        article = self._window.article
        if step == 0:
            article.zoom_reset()
            self.settings.zoom = 0
        else:
            (article.zoom_in if step > 0 else article.zoom_out)()
            self.settings.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], self.settings.zoom + step))  # as the view clamps it
        self.save()

    def set_theme(self, name: str, *, chosen: bool = True) -> None:
        """Show the window in theme `name` and save it; `chosen` False keeps the desktop's theme
        taken at start unchosen (Preferences left at it), so the next start asks the desktop again."""
        self.settings.theme = name
        self.settings.theme_chosen = self.settings.theme_chosen or chosen
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, name)
        self._window.article.set_theme(name)
        for action in self.theme_group.actions():
            action.setChecked(action.data() == name)
        self.save()

    def sort_changed(self, order: str) -> None:
        self.settings.library_sort = order
        self.save()

    def save(self) -> None:
        try:
            self.settings.save(self._window.paths.settings_file)
        except OSError as exc:
            log.warning("could not save preferences: %s", exc)
            self._window.statusBar().showMessage(translate("MainWindow", "Could not save preferences: {reason}").format(reason=translated(str(exc.strerror or exc))), 8000)

    def show_dialog(self) -> None:
        window = self._window
        dialog = PreferencesDialog(self.settings, window, window.paths.db_path)
        if dialogs.run(dialog) != PreferencesDialog.DialogCode.Accepted:
            return
        chosen = dialog.settings()
        labels_changed = chosen.label_names != self.settings.label_names
        self.settings.label_names = chosen.label_names
        if chosen.language != self.settings.language:  # the window's language is chosen at start
            window.statusBar().showMessage(translate("MainWindow", "The new window language applies the next time %1 starts.")
                                           .replace("%1", APP_NAME), 10_000)  # fmt: skip
        self.settings.language = chosen.language
        self.settings.export_language = chosen.export_language
        if chosen.library_sort != window.library.sort_order():
            window.library.set_sort(chosen.library_sort)
        self.settings.library_sort = chosen.library_sort
        self.set_theme(chosen.theme, chosen=chosen.theme != self.settings.theme)  # also saves
        if labels_changed:
            window.session.settings_changed.emit(self.settings)
