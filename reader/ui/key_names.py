"""The names the window gives keys in shortcuts: the arrow keys as the keycaps show them.

Qt names keys itself wherever a shortcut is written (menus, tooltips built with
`QKeySequence.toString`, the shortcut sheet), through its "QShortcut" translations: German
gave "Alt+Herunter" / "Alt+Hoch", words no German keyboard carries and the rest of the window
(the find bar's ↑ ↓, the README's `Alt+↓`) never uses. This translator, searched before Qt's
own catalogue, answers only those names, the same in both languages: "Alt+↓", "Alt+↑".
German's Enter key is the "Eingabetaste" of the window's hints, not Qt's English "Return".
Shortcuts typed as text ("Alt+Down") still parse: Qt falls back to the English names.
`spoken_keys` gives the names back to the shortcut sheet's search, which looks for words.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

_ARROWS = {"Up": "↑", "Down": "↓", "Left": "←", "Right": "→"}
_GERMAN = {"Return": "Eingabetaste", "Enter": "Eingabetaste"}


class KeyNames(QTranslator):
    """Qt's key names for `language` where the window names a key otherwise; no answer for
    every other text, which Qt's catalogue and ours translate."""

    def __init__(self, language: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.names = _ARROWS | (_GERMAN if language == "de" else {})

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # noqa: ARG002
        # None is Qt's null string, "not mine": an empty one would stand as the translation.
        return self.names.get(source_text) if context == "QShortcut" else None

    def isEmpty(self) -> bool:  # noqa: N802  # Qt's name
        return False


# A key's names on the sheet and as one says them, German and English: the sheet writes "Alt+↓",
# and its search found nothing for "Down", "Pfeil" or "unten" once the arrows became symbols.
# Each group: the German keycap (or the symbol), the English one, then the spoken names.
_SPOKEN = (
    ("↓", "Down", "down arrow", "Pfeil nach unten", "Nach-unten-Taste", "Pfeiltaste", "Herunter"),
    ("↑", "Up", "up arrow", "Pfeil nach oben", "Nach-oben-Taste", "Pfeiltaste", "Hoch"),
    ("←", "Left", "left arrow", "Pfeil nach links", "Nach-links-Taste", "Pfeiltaste"),
    ("→", "Right", "right arrow", "Pfeil nach rechts", "Nach-rechts-Taste", "Pfeiltaste"),
    ("Strg", "Ctrl", "Control", "Steuerung"),
    ("Umschalt", "Shift", "Umschalttaste"),
    ("Eingabetaste", "Return", "Enter"),
    ("Entf", "Del", "Delete", "Entfernen"),
    ("Rücktaste", "Backspace"),
    ("Pos1", "Home"),
    ("Ende", "End"),
    ("Bild auf", "PgUp", "Page Up"),
    ("Bild ab", "PgDown", "Page Down"),
    ("Esc", "Escape"),
    ("Menü", "Menu", "Kontextmenütaste"),
    ("Leertaste", "Space"),
)
_GROUP_OF = {name.casefold(): group for group in _SPOKEN for name in group}


def spoken_keys(keys: str) -> str:
    """Words the shortcut sheet's search also finds `keys` ("Alt+↓, Strg+Y") by: each key's
    names in both languages ("Down", "unten", "Pfeil nach unten") and each shortcut spelt
    with either language's keycaps ("Alt+Down", "Ctrl+Y", "Strg+Y")."""
    words: list[str] = []
    for shortcut in keys.split(", "):
        parts = shortcut.split("+")
        groups = [_GROUP_OF.get(part.casefold()) for part in parts]
        for spelling in (0, 1):
            words.append("+".join(g[spelling] if g else p for p, g in zip(parts, groups, strict=True)))
        words.extend(name for g in groups if g for name in g)
    return " ".join(dict.fromkeys(words))
