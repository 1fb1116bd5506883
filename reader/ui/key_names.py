"""The names the window gives keys in shortcuts: the arrow keys as the keycaps show them.

Qt names keys itself wherever a shortcut is written (menus, tooltips built with
`QKeySequence.toString`, the shortcut sheet), through its "QShortcut" translations: German
gave "Alt+Herunter" / "Alt+Hoch", words no German keyboard carries and the rest of the window
(the find bar's ↑ ↓, the README's `Alt+↓`) never uses. This translator, searched before Qt's
own catalogue, answers only those names, the same in both languages: "Alt+↓", "Alt+↑".
German's Enter key is the "Eingabetaste" of the window's hints, not Qt's English "Return".
Shortcuts typed as text ("Alt+Down") still parse: Qt falls back to the English names.
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
