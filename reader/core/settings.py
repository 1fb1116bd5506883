"""User preferences, kept as TOML in the platform's config folder.

Only what the user chooses lives here (theme, zoom, label names, languages); window geometry and splitter
state are the window's business (QSettings in the state folder). A damaged file never stops the
app: it is set aside and defaults are used.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import tomli_w

log = logging.getLogger(__name__)

THEMES = ("light", "sepia", "dark")
# The window's language: the system's (German when the system locale is German, else English)
# or one chosen in Preferences. Exports' generated words follow the window unless set apart.
LANGUAGES = ("system", "de", "en")
EXPORT_LANGUAGES = ("ui", "de", "en")
TRANSLATED = ("de", "en")


@dataclass(slots=True)
class Settings:
    # Light until the window asks the desktop (`theme_chosen` False: the first start follows a
    # dark desktop); a theme the user picks, or one a settings file names, is theirs from then on.
    theme: str = "light"
    zoom: int = 0  # steps from the default reading size; Ctrl +/- change it
    label_names: dict[str, str] = field(default_factory=dict)  # label key → the user's name
    library_sort: str = "published"
    language: str = "system"
    export_language: str = "ui"
    theme_chosen: bool = False  # not a key of its own: the file names a theme only once chosen

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
            settings.theme_chosen = True
        if isinstance(data.get("zoom"), int):
            settings.zoom = max(-5, min(10, data["zoom"]))
        if isinstance(data.get("label_names"), dict):
            settings.label_names = {
                str(k): str(v) for k, v in data["label_names"].items() if str(v).strip()
            }
        if data.get("library_sort") in ("published", "imported", "title"):
            settings.library_sort = data["library_sort"]
        if data.get("language") in LANGUAGES:
            settings.language = data["language"]
        if data.get("export_language") in EXPORT_LANGUAGES:
            settings.export_language = data["export_language"]
        return settings

    def ui_language(self, system: str) -> str:
        """"de" or "en": the chosen language, or `system`'s (a locale name such as "de_AT")."""
        if self.language in TRANSLATED:
            return self.language
        return "de" if system.lower().startswith("de") else "en"

    def export_language_for(self, ui_language: str) -> str:
        """"de" or "en" for an export's generated words: the setting, else the window's."""
        return self.export_language if self.export_language in TRANSLATED else ui_language

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write leaves the previous file, never half of one."""
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        data = asdict(self)
        del data["theme_chosen"]
        if not self.theme_chosen:  # the desktop's, taken at start: the next start asks it again
            del data["theme"]
        tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
        os.replace(tmp, path)


def system_locale(environ: Mapping[str, str] | None = None) -> str:
    """The locale name the environment asks for (LC_ALL, LC_MESSAGES, LANG), for code without
    Qt; "" when none is set. The window asks Qt's QLocale.system() instead."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(name):
            return env[name]
    return ""


def _set_aside(path: Path) -> None:
    try:
        os.replace(path, path.with_suffix(".damaged"))
    except OSError:
        pass
