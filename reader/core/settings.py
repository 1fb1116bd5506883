"""User preferences, kept as TOML in the platform's config folder.

Only what the user chooses lives here (theme, zoom, label names); window geometry and splitter
state are the window's business (QSettings in the state folder). A damaged file never stops the
app: it is set aside and defaults are used.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path

import tomli_w

log = logging.getLogger(__name__)

THEMES = ("light", "sepia", "dark")


@dataclass(slots=True)
class Settings:
    theme: str = "light"
    zoom: int = 0  # steps from the default reading size; Ctrl +/- change it
    label_names: dict[str, str] = field(default_factory=dict)  # label key → the user's name
    library_sort: str = "published"

    @classmethod
    def load(cls, path: Path) -> Settings:
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            log.warning("settings file %s is damaged (%s); using defaults", path, exc)
            _set_aside(path)
            return cls()
        settings = cls()
        if data.get("theme") in THEMES:
            settings.theme = data["theme"]
        if isinstance(data.get("zoom"), int):
            settings.zoom = max(-5, min(10, data["zoom"]))
        if isinstance(data.get("label_names"), dict):
            settings.label_names = {
                str(k): str(v) for k, v in data["label_names"].items() if str(v).strip()
            }
        if data.get("library_sort") in ("published", "imported", "title"):
            settings.library_sort = data["library_sort"]
        return settings

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write leaves the previous file, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(tomli_w.dumps(asdict(self)), encoding="utf-8")
        os.replace(tmp, path)


def _set_aside(path: Path) -> None:
    try:
        os.replace(path, path.with_suffix(".damaged"))
    except OSError:
        pass
