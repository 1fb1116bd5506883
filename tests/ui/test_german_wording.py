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

RULES = [
    ("an ellipsis after a word stands apart from it: „Exportieren …“", r"[\w)]…"),
    ("a dash in German is the en dash „–“, not the English em dash", r"—"),
    ("an annotation is an „Anmerkung“ (not „kommentieren“)", r"[Kk]ommentier"),
    ("highlights are „Markierungen“, labels „Kategorien“, tags „Schlagwörter“",
     r"\b(Label|Hervorhebung|Highlight|Stichw[oö]rt|Dossier)"),
    ("the window says „Sie“, never „du“", r"(?<!-)\b(du|dein\w*|dich|dir)\b"),
    ("chosen things are „ausgewählt“ (not „gewählt“)", r"(?<![Aa]us)\b[Gg]ewählt"),
    ("the one before is „vorherig“ (not „vorig“)", r"\b[Vv]origen?\b"),
    ("Show is „anzeigen“ (not „zeigen“)", r"(?<![Aa]n)\bzeigen\b"),
    ("an undone step: „Strg+Z macht es rückgängig“", r"nimmt es zurück"),
    ("keys have their German names: Strg, Umschalt, Entf, Eingabetaste, Leertaste",
     r"\b(Ctrl|Shift)\+|\b(Del|Enter|Space)\b"),
    ("German quotes close with “, never ”", r"”"),
    ("„z. B.“ with its space", r"z\.B\."),
]  # fmt: skip


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


@pytest.mark.parametrize(("rule", "pattern"), RULES, ids=[rule for rule, _ in RULES])
def test_every_german_string_keeps_the_rule(rule: str, pattern: str) -> None:
    breaking = [text for text in german_strings() if re.search(pattern, _plain(text))]
    assert not breaking, f"{rule}: {breaking}"


def test_german_quotes_open_and_close_in_pairs() -> None:
    unpaired = [text for text in german_strings() if text.count("„") != text.count("“")]
    assert not unpaired


def test_the_rules_catch_what_the_copy_edit_found() -> None:
    """Each rule names the wording the copy edit replaced (its tests would pass on any text)."""
    found = ["Markierung k&ommentieren", "Die gewählte Quelle", "Zum vorigen Treffer", "&Ordner zeigen",
             "(Strg+Z nimmt es zurück)", " — der nächste Import läuft", "Dateien &importieren…"]  # fmt: skip
    caught = {text: [rule for rule, pattern in RULES if re.search(pattern, _plain(text))] for text in found}
    assert all(caught.values()), caught
    assert not any(re.search(pattern, _plain("Dateien &importieren …")) for _, pattern in RULES)


def _plain(text: str) -> str:
    """The text as read: without the accelerators' "&" ("k&ommentieren") and the browser's words."""
    text = text.replace("&", "")
    for words in BROWSERS_WORDS:
        text = text.replace(words, "")
    return text
