"""Where the app keeps things: one `Paths` object, from platformdirs or one override folder.

`--data-dir DIR` (or the READER_HOME environment variable) puts everything — library, settings,
window state, logs, exports' bookkeeping — under DIR, which is how tests and portable installs
keep the user's real library untouched.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from reader import APP_DIR_NAME

ENV_HOME = "READER_HOME"
DB_FILE_NAME = "library.sqlite"
LOCK_FILE_NAME = "library.lock"

# Folder names of sync clients that upload a file while SQLite writes it, or replace it with a
# "conflicted copy": the damage Zotero and Calibre warn about.
SYNC_FOLDERS = {
    "dropbox": "Dropbox",
    "onedrive": "OneDrive",
    "icloud drive": "iCloud Drive",
    "mobile documents": "iCloud Drive",
    "icloud": "iCloud Drive",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
    "sync": "a sync client",
}
# File systems where SQLite's locking is not dependable.
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "afs", "ceph", "glusterfs", "9p", "davfs",
    "fuse.sshfs", "fuse.rclone", "fuse.gvfsd-fuse", "fuse.davfs2", "fuse.s3fs",
})  # fmt: skip


@dataclass(frozen=True, slots=True)
class Paths:
    data_dir: Path
    config_dir: Path
    state_dir: Path
    log_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def lock_file(self) -> Path:
        """Held by the window while it has the library open (a QLockFile: pid, app, host)."""
        return self.data_dir / LOCK_FILE_NAME

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.toml"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "briefing-reader.log"

    def ensure(self) -> Paths:
        """Create the folders (not at import time: only when the app or a command starts)."""
        for folder in (self.data_dir, self.config_dir, self.state_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve(data_dir: str | os.PathLike[str] | None = None) -> Paths:
    """The paths for this run: an explicit folder, else READER_HOME, else the platform's own."""
    home = data_dir if data_dir is not None else os.environ.get(ENV_HOME) or None
    if home is not None:
        root = Path(home).expanduser().resolve()
        return Paths(
            data_dir=root,
            config_dir=root / "config",
            state_dir=root / "state",
            log_dir=root / "logs",
        )
    return Paths(
        data_dir=Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_DIR_NAME, appauthor=False)),
        state_dir=Path(platformdirs.user_state_dir(APP_DIR_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_DIR_NAME, appauthor=False)),
    )


def writable(db_path: Path) -> bool:
    """Can the library at `db_path` be changed? It and its folder must be writable (WAL)."""
    folder_ok = os.access(db_path.parent, os.W_OK) if db_path.parent.exists() else True
    return folder_ok and (not db_path.exists() or os.access(db_path, os.W_OK))


def window_pid(paths: Paths) -> int | None:
    """The process id of a running window on this library, read from its lock file, or None.

    The CLI asks before replacing the library (restore), which must not happen under an open
    window. A lock left by a crashed window names a process that no longer exists.
    """
    try:
        first_line = paths.lock_file.read_text(encoding="utf-8", errors="replace").splitlines()[0]
        pid = int(first_line)
    except (OSError, IndexError, ValueError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    if os.name != "posix":
        return pid  # no cheap liveness test; better to refuse once too often
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        return pid
    return pid


def risky_location(folder: Path, mounts: str | None = None) -> str | None:
    """Why `folder` is a risky place for a library (a sync client, a network drive), or None.

    `mounts` is the text of /proc/mounts (read when not given; absent outside Linux).
    """
    folder = folder.expanduser().resolve()
    for part in folder.parts:
        name = part.casefold()
        for key, client in SYNC_FOLDERS.items():
            if name == key or (key != "sync" and name.startswith(key)):
                return f"a folder synchronised by {client} ({folder})"
    kind = _file_system(folder, mounts)
    if kind in NETWORK_FILE_SYSTEMS:
        return f"a network drive ({kind}: {folder})"
    return None


def _file_system(folder: Path, mounts: str | None) -> str | None:
    if mounts is None:
        try:
            mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
    best: tuple[int, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = fields[1].replace("\\040", " ")
        if folder == Path(point) or Path(point) in folder.parents:
            if best is None or len(point) > best[0]:
                best = (len(point), fields[2])
    return best[1] if best else None


def bundle_root() -> Path:
    """The folder holding `seeds/` and `resources/`.

    In a source checkout (and an editable install) that is the folder above the package; a
    frozen build (PyInstaller) unpacks them into its own data folder, `sys._MEIPASS`.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def bundled_seeds_dir() -> Path:
    """The sample articles shipped with the app: the default library on first start."""
    return bundle_root() / "seeds"


def missing_folder(folder: Path) -> Path | None:
    """The first part of `folder` that is not there (itself or a parent), None when it is
    there or a file stands in its way (its writer says that as such). The command line and
    the export dialog both refuse to make a mistyped chain of folders, naming this part. A
    part that cannot even be looked at (a name too long for the file system, a folder that may
    not be searched) is left to the writer too: asking raised, and the export dialog's button
    met an unexpected error where the export says "the folder … could not be made (…)"."""
    missing = None
    for part in (folder, *folder.parents):
        try:
            there = part.exists()
        except OSError:
            return None
        if there:
            return missing if part.is_dir() else None
        missing = part
    return missing
