"""The window's language: Qt's translators for our strings and Qt's own, and the locale.

German or English is chosen once, at start: the system locale decides unless Preferences ▸
Language names one (the choice applies at the next start, which the dialog says). German loads
our `briefing_reader_de.qm` (compiled from `resources/i18n/briefing_reader_de.ts`) and Qt's
`qtbase_de.qm`, so standard buttons and dialogs speak German too. English loads
`briefing_reader_en.qm`, which holds only plural forms ("1 source", "2 sources" from one
"%Ln source(s)"). Dates and numbers follow `QLocale`'s default, set to the same language; a
count is written "%Ln", so a big one is grouped as the window's language groups it ("2,000
sources", "2.000 Quellen"), as the library list always did.

Catalogues are read into memory, never loaded by path: QTranslator.load(path) maps the file, and
`make translations` rewrites it in place, so a window left open read garbage or died of SIGBUS.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

from reader.core.settings import Settings
from reader.paths import bundle_root
from reader.ui.key_names import KeyNames

log = logging.getLogger(__name__)

CATALOGUE = "briefing_reader"
_LANGUAGES = {"de": QLocale.Language.German, "en": QLocale.Language.English}
_current = "en"
_installed: list[QTranslator] = []
_exports: dict[str, _Catalogue | None] = {}  # catalogues of export languages not the window's, read once


class _Catalogue(QTranslator):
    """A translator over a catalogue's bytes, which it keeps: Qt reads them without copying.

    QTranslator.load(data) keeps a pointer into the Python buffer (PySide passes it straight
    through), so the bytes must live, unchanged, as long as the translator does.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = b""

    def load_file(self, name: str, folder: str) -> bool:
        """Load `name` from `folder` as QTranslator.load(name, folder) would find it."""
        path = _find(name, Path(folder))
        if path is None:
            return False
        try:
            data = path.read_bytes()
        except OSError:
            return False
        self.data = data  # kept before Qt points into it, and whether or not it loads
        return self.load(data, str(path.parent))


def _find(name: str, folder: Path) -> Path | None:
    """The file QTranslator.load(name, folder) opens: name.qm, name, then name cut at its last
    "_" or "." and tried again ("qtbase_de_AT" → "qtbase_de"); None when none is a file."""
    while True:
        for candidate in (folder / f"{name}.qm", folder / name):
            if candidate.is_file() and os.access(candidate, os.R_OK):
                return candidate
        cut = max(name.rfind("_"), name.rfind("."))
        if cut <= 0:
            return None
        name = name[:cut]


class Plural(QObject):
    """Plural forms outside a QObject: `Plural.tr("%Ln file(s)", "", n)`.

    pyside6-lupdate marks `translate(context, text, "", n)` as plural only when n is a literal,
    so code outside a QObject (module functions) asks this class instead; its context is
    "Plural" in the catalogues. `tr` is typed here as called, on the class (PySide6's stub
    types it for instances only).
    """

    @classmethod
    def tr(cls, source_text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate("Plural", source_text, disambiguation, n)


def translations_dir() -> Path:
    """Our `.ts` sources and compiled `.qm` files (in the checkout or the frozen bundle)."""
    return bundle_root() / "resources" / "i18n"


def catalogue_path(language: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{language}.qm"


def current_language() -> str:
    """"de" or "en": the language the window was started in."""
    return _current


def export_language(settings: Settings) -> str:
    """"de" or "en" for exported words: Preferences' export language, else the window's."""
    return settings.export_language_for(_current)


def in_export_language(settings: Settings, context: str, text: str, disambiguation: str | None = None) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in `context`) in the export language: the words a
    block the app writes into a briefing (a chronology's heading, a who's who's sections) are
    the briefing's, which exports in that language. With tr() they were the window's: a German
    window exporting in English inserted "**Chronologie**" over English dates and citations."""
    language = export_language(settings)
    if language == _current:
        return QCoreApplication.translate(context, text, disambiguation)
    if language == "en":
        return text  # our strings are written in English
    if language not in _exports:
        catalogue = _Catalogue()  # kept here, with its bytes, while the app runs
        loaded = catalogue.load_file(f"{CATALOGUE}_{language}", str(translations_dir()))
        _exports[language] = catalogue if loaded else None
    found = _exports[language]
    return (found.translate(context, text, disambiguation) if found is not None else "") or text


def choose_language(settings: Settings, system: QLocale | None = None) -> str:
    """The language to start in: the one chosen in Preferences, else the system's."""
    return settings.ui_language((system or QLocale.system()).name())


def install(app: QCoreApplication, language: str, system: QLocale | None = None) -> None:
    """Translate the window into `language` and make it the default locale.

    A translation that cannot be loaded leaves the window in English and is logged: the app
    still starts.
    """
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()  # and its catalogue's bytes with it
    _installed.clear()
    _current = language if language in _LANGUAGES else "en"
    system = system or QLocale.system()
    same = system.language() == _LANGUAGES[_current]
    # The system's own QLocale formats through the C library's LC_TIME/LC_ALL, which can be
    # another language than its name ("de_DE" with LC_ALL=C gave "28 Oct 2025" in a German
    # window): a locale built from its language and country keeps the region's conventions
    # (de_AT, en_GB) with month names in the window's language.
    chosen = QLocale(system.language(), system.territory()) if same else QLocale(_LANGUAGES[_current])
    QLocale.setDefault(chosen)
    ours = str(translations_dir())
    catalogues = [(f"{CATALOGUE}_{_current}", [ours])]
    if _current != "en":  # Qt's own strings are English already
        # Qt's folder in a checkout; the frozen build carries qtbase_de.qm next to ours.
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        catalogues.append((f"qtbase_{_current}", [qt_folder, ours]))
    for name, folders in catalogues:
        translator = _Catalogue(app)
        if any(translator.load_file(name, folder) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            translator.deleteLater()
            log.warning("translation %s not found in %s; that part stays English", name, folders)
    keys = KeyNames(_current, app)  # installed last, so asked first: Qt's key names give way
    app.installTranslator(keys)
    _installed.append(keys)
