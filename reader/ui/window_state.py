"""What the window remembers between runs: geometry, splitters, the open source, what the
library listed, the briefing being composed, and how far the user had read in every source.

Kept in a QSettings INI file in the state folder (not the user's preferences, which are TOML):
losing it costs a window layout, never work. Values are read defensively because the file is
the user's to delete or edit.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader.core.briefing_model import Briefing

STATE_FILE_NAME = "window.ini"


@dataclass(frozen=True, slots=True)
class RememberedScope:
    """What the library listed at the last quit: a saved search, by its id (a rename keeps it),
    or else a tag, by its name (tags have no other identity: the CLI names them), and the
    search box's words. Neither is every source."""

    saved_search: int | None = None
    tag: str | None = None
    text: str = ""


class WindowState:
    def __init__(self, state_dir: Path) -> None:
        # A library alone in a folder one may not write opens read-only without a state folder:
        # the window then remembers nothing (QSettings keeps the values in memory), as losing the
        # file costs a layout, never work.
        with contextlib.suppress(OSError):
            state_dir.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(state_dir / STATE_FILE_NAME), QSettings.Format.IniFormat)

    # -- layout -----------------------------------------------------------------------------

    def geometry(self, name: str) -> QByteArray | None:
        value = self._settings.value(f"layout/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"layout/{name}", value)

    # -- the open source, the library's scope and reading positions ----------------------------

    def open_source(self) -> int | None:
        return _as_int(self._settings.value("library/open_source"))

    def set_open_source(self, source_id: int | None) -> None:
        if source_id is None:
            self._settings.remove("library/open_source")
        else:
            self._settings.setValue("library/open_source", source_id)

    def library_scope(self) -> RememberedScope:
        """What the library listed at the last quit (`reader.ui.library.scope_memory` checks
        that it still exists); a value edited into something else counts as none."""
        tag, text = self._settings.value("library/tag"), self._settings.value("library/search")
        return RememberedScope(_as_int(self._settings.value("library/saved_search")),
                               tag if isinstance(tag, str) and tag else None,
                               text if isinstance(text, str) else "")  # fmt: skip

    def set_library_scope(self, scope: RememberedScope) -> None:
        kept = (("saved_search", scope.saved_search), ("tag", scope.tag), ("search", scope.text or None))
        for key, value in kept:
            if value is None:
                self._settings.remove(f"library/{key}")  # every source is the default: a small file
            else:
                self._settings.setValue(f"library/{key}", value)

    def reading_position(self, source_id: int) -> float:
        """How far down the source the user had scrolled (0 = top, 1 = end)."""
        value = self._settings.value(f"reading_positions/{source_id}")
        try:
            return min(1.0, max(0.0, float(value))) if value is not None else 0.0
        except (TypeError, ValueError):
            return 0.0

    def set_reading_position(self, source_id: int, fraction: float) -> None:
        key = f"reading_positions/{source_id}"
        if fraction <= 0.0:
            self._settings.remove(key)  # the top is the default; keep the file small
        else:
            self._settings.setValue(key, round(min(1.0, fraction), 4))

    def open_briefing(self) -> tuple[int, str] | None:
        """The briefing the docked composer showed last (None: it was closed), by its id and
        when it was made: SQLite gives a deleted briefing's id to the next one made, and a
        `briefing briefing delete` and `briefing briefing create` in a terminal docked the new one at
        the next start."""
        briefing_id, made = _as_int(self._settings.value("briefing/open")), self._settings.value("briefing/made")
        return (briefing_id, made) if briefing_id is not None and isinstance(made, str) else None

    def set_open_briefing(self, briefing: Briefing | None) -> None:
        if briefing is None:
            self._settings.remove("briefing")
        else:
            self._settings.setValue("briefing/open", briefing.id)
            self._settings.setValue("briefing/made", briefing.created_at)

    # -- side panes ------------------------------------------------------------------------------

    def pane_shown(self, name: str) -> bool:
        """Whether the side pane `name` ("library", "notes") was shown at the last quit."""
        return bool(self._settings.value(f"layout/{name}_shown") != "false")

    def set_pane_shown(self, name: str, shown: bool) -> None:
        self._settings.setValue(f"layout/{name}_shown", "true" if shown else "false")

    def pane_widths(self) -> list[int] | None:
        """The widths the panes were dragged to (library, article, notes; `pane_widths`), or
        None when the file has none or a damaged value (three positive numbers)."""
        value = self._settings.value("layout/pane_widths")
        widths = [_as_int(part) for part in value] if isinstance(value, list) else []
        if len(widths) != 3 or any(w is None or w <= 0 for w in widths):
            return None
        return [w for w in widths if w is not None]

    def set_pane_widths(self, widths: list[int]) -> None:
        self._settings.setValue("layout/pane_widths", [str(w) for w in widths])

    # -- where file dialogs open ---------------------------------------------------------------

    def last_folder(self) -> Path | None:
        """The folder the user last picked articles from (gone folders are forgotten)."""
        value = self._settings.value("dialogs/last_folder")
        folder = Path(value) if isinstance(value, str) and value else None
        return folder if folder is not None and folder.is_dir() else None

    def set_last_folder(self, folder: Path) -> None:
        self._settings.setValue("dialogs/last_folder", str(folder))

    def export_folder(self) -> str:
        """The folder the last export went to ("" for none, or when it is gone): File ▸ Export…
        offers it again after a restart, as the other dialogs open where the user was."""
        value = self._settings.value("dialogs/export_folder")
        return value if isinstance(value, str) and value and Path(value).expanduser().is_dir() else ""

    def set_export_folder(self, folder: str) -> None:
        self._settings.setValue("dialogs/export_folder", folder)

    def briefing_folder(self, briefing_id: int) -> str:
        """The folder briefing `briefing_id` was last exported to ("" for none)."""
        value = self._settings.value(f"dialogs/briefing_folders/{briefing_id}")
        return value if isinstance(value, str) else ""

    def set_briefing_folder(self, briefing_id: int, folder: str) -> None:
        self._settings.setValue(f"dialogs/briefing_folders/{briefing_id}", folder)

    # -- first start --------------------------------------------------------------------------

    def seeds_offered(self) -> bool:
        """True once the sample articles were imported, so removing them all is respected."""
        return _as_int(self._settings.value("library/seeds_offered")) == 1

    def set_seeds_offered(self) -> None:
        self._settings.setValue("library/seeds_offered", 1)

    def sync(self) -> None:
        self._settings.sync()


def _as_int(value: object) -> int | None:
    try:
        return int(value) if value is not None else None  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
