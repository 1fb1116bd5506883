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
