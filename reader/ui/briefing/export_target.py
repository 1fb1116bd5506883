"""The file the composer's Export… offers: the briefing's own last file, else a new one named in
the export's language in the folder of the window's last export."""

from __future__ import annotations

from pathlib import Path

from reader.core.export import briefing_file_in, briefing_file_name
from reader.core.store import Store
from reader.ui.i18n import export_language
from reader.ui.session import Session
from reader.ui.window_state import WindowState


def suggested_for(session: Session, state: WindowState | None, briefing_id: int) -> Path:
    """`suggested_file` with the window's folders (none when the composer stands alone)."""
    own = state.briefing_folder(briefing_id) if state is not None else ""
    last = state.export_folder() if state is not None else ""
    return suggested_file(session.store, briefing_id, own, last, export_language(session.settings))


def suggested_file(store: Store, briefing_id: int, own_folder: str, last_folder: str, language: str) -> Path:
    """Where the composer's Export… opens: the briefing's file in `own_folder`, the folder it went
    to last, while that file is there (the folder of the window's last export, File ▸ Export…'s
    sources say, offered it a second copy of the briefing beside them), else in `last_folder`,
    the last export's, the name `export_briefing` would give it in `language`, the export's (a
    name of link syntax alone was offered as "Untitled.md" where a German export writes "Ohne
    Titel.md"). Each folder's files are read once."""
    held = briefing_file_in(store, briefing_id, Path(own_folder)) if own_folder else None
    if held:
        return Path(own_folder) / held
    folder = Path(last_folder).expanduser()
    return folder / briefing_file_name(store, briefing_id, folder, language)
