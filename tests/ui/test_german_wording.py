"""The German window reads as one careful German product: one word for one thing, one form of
address, German typography.

A copy edit of every German string found the window saying "kommentieren" in two places and
"Anmerkung" everywhere else for the same thing, "gewählt" beside "ausgewählt", "vorige" beside
"vorherige", "Ordner zeigen" beside "Original anzeigen", "Strg+Z nimmt es zurück" beside
"Strg+Z macht es rückgängig", an English em dash, and "Exportieren…" where German desktop
software (KDE, GNOME, macOS) writes "Exportieren …". Strings come into the catalogue one at a
time from many hands; these checks read the whole catalogue as a copy editor would, so a new
string that slips back is named here with the rule it breaks.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "briefing_reader_de.ts"

# The browser's own menu, quoted as the browser writes it (the user looks for these words there).
BROWSERS_WORDS = ("Seite speichern unter…",)

# (rule, pattern, a wording it catches: the copy edit's where it found one). Every rule is seen
# catching its wording (`test_each_rule_catches_its_wording`): with a catalogue that keeps them
# all, a rule that matches nothing would pass as well.
RULES = [
    ("an ellipsis after a word stands apart from it: „Exportieren …“", r"[\w)]…", "Dateien &importieren…"),
    ("a dash in German is the en dash „–“, not the English em dash", r"—", " — der nächste Import läuft"),
    ("an annotation is an „Anmerkung“ (not „kommentieren“)", r"[Kk]ommentier", "Markierung k&ommentieren"),
    ("highlights are „Markierungen“, labels „Kategorien“, tags „Schlagwörter“",
     r"\b(Label|Hervorhebung|Highlight|Stichw[oö]rt|Dossier)", "Stichwort hinzufügen"),
    ("the window says „Sie“, never „du“", r"(?<!-)\b(du|dein\w*|dich|dir)\b", "Wähle deine Quelle"),
    # A choice among options stays „gewählt“, as the window's own "Ordner wählen" has it.
    ("chosen things are „ausgewählt“ (not „gewählt“)",
     r"(?<![Aa]us)\b[Gg]ewählt(e[nrs]?)?\b(?! (Ordner|Sprache|Datei|Speicherort))", "Die gewählte Quelle"),
    # "im vorigen Monat" is as German as "im vorherigen".
    ("the one before is „vorherig“ (not „vorig“)", r"\b[Vv]orige[nrs]?\b(?! (Jahr|Monat|Woche))",
     "Zum vorigen Treffer"),
    # Only Show is „anzeigen“: what points at something „zeigt auf“ it.
    ("Show is „anzeigen“ (not „zeigen“)", r"^(?!.*\bauf\b[^,.;:]*\bzeigen\b).*\bzeigen\b", "&Ordner zeigen"),
    ("an undone step: „Strg+Z macht es rückgängig“", r"nimmt es zurück", "(Strg+Z nimmt es zurück)"),
    ("keys have their German names: Strg, Umschalt, Entf, Eingabetaste, Leertaste, Rücktaste, Pos1",
     r"\b(Ctrl|Shift)\+|\b(Del|Enter|Return|Space|Backspace|Home)\b", "Suche leeren (Ctrl+Shift+F)"),
    ("German quotes close with “, never ”", r"”", "Schlagwort „Japan” umbenannt"),
    ("„z. B.“ with its space", r"z\.B\.", "Ordner wählen (z.B. Ihren Obsidian-Vault)"),
]  # fmt: skip

# Correct German a new string may well say: no rule may refuse it.
GOOD_GERMAN = [
    "Dateien &importieren …",
    "Der gewählte Ordner ist schreibgeschützt.",
    "Zeigt alle Quellen an",
    "Verweise, die auf gelöschte Quellen zeigen, werden entfernt.",
    "Im vorigen Monat erschienen",
    'Suche: Wörter, "genaue Wortfolge", Wort*, Japan OR China, -Wort, schlagwort:Name, vor:03.2025',
    "Schlagwort „Japan“ in „Japan – Politik“ umbenannt (Strg+Z macht es rückgängig)",
    "Ausgewählte Markierungen einem Briefing hinzufügen",
    "Zurück zum Lesen (Esc), zum Titel (Strg+Pos1)",
]


def german_strings() -> list[str]:
    """Every German text of the window: each translation and each plural form."""
    texts = []
    for message in ET.parse(CATALOGUE).getroot().iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            texts += [form.text or "" for form in translation.iter("numerusform")]
        else:
            texts.append(translation.text or "")
    return texts


@pytest.mark.parametrize(("rule", "pattern", "_caught"), RULES, ids=[rule for rule, _, _ in RULES])
def test_every_german_string_keeps_the_rule(rule: str, pattern: str, _caught: str) -> None:
    breaking = [text for text in german_strings() if re.search(pattern, _plain(text))]
    assert not breaking, f"{rule}: {breaking}"


def test_german_quotes_open_and_close_in_pairs() -> None:
    assert not [text for text in german_strings() if _unpaired(text)]
    assert _unpaired("„Kein Name“ für „Japan")  # an unpaired „ is seen


@pytest.mark.parametrize(("rule", "pattern", "caught"), RULES, ids=[rule for rule, _, _ in RULES])
def test_each_rule_catches_its_wording(rule: str, pattern: str, caught: str) -> None:
    assert re.search(pattern, _plain(caught)), rule


@pytest.mark.parametrize("text", GOOD_GERMAN)
def test_no_rule_refuses_good_german(text: str) -> None:
    refused = [rule for rule, pattern, _ in RULES if re.search(pattern, _plain(text))]
    assert not refused and not _unpaired(text), refused


def _unpaired(text: str) -> bool:
    return text.count("„") != text.count("“")


def _plain(text: str) -> str:
    """The text as read: without the accelerators' "&" ("k&ommentieren") and the browser's words."""
    text = text.replace("&", "")
    for words in BROWSERS_WORDS:
        text = text.replace(words, "")
    return text
