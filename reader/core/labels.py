"""Highlight colour labels: a stable key stored with each highlight, a name the user may change.

The colour is not stored: it comes from the theme, so every label stays readable in light,
sepia and dark reading themes. The name is not stored either unless the user renames a label:
a label left alone shows its default name in the language in use (German or English), so a
German user sees "Kernaussage" from the first start and a rename is never overwritten.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Label:
    key: str  # stored in highlights.label; never changes
    default_name: str  # English
    shortcut: str  # the key that applies it to the selection
    german_name: str

    def name_in(self, language: str) -> str:
        """The default name in `language` ("de" or "en"; anything else is English)."""
        return self.german_name if language == "de" else self.default_name


LABELS: tuple[Label, ...] = (
    Label("key", "Key point", "1", "Kernaussage"),
    Label("evidence", "Evidence/figure", "2", "Beleg/Zahl"),
    Label("risk", "Risk", "3", "Risiko"),
    Label("client", "Quote for client", "4", "Zitat für Kunden"),
    Label("question", "Question", "5", "Frage"),
)

LABEL_KEYS = tuple(label.key for label in LABELS)
DEFAULT_LABEL = LABELS[0].key


def label_name(key: str, names: Mapping[str, str] | None = None, language: str = "en") -> str:
    """The name to show for a label key: the user's rename, else the default in `language`,
    else the key."""
    if names and names.get(key):
        return names[key]
    for label in LABELS:
        if label.key == key:
            return label.name_in(language)
    return key


def label_names_in(language: str, renamed: Mapping[str, str] | None = None) -> dict[str, str]:
    """Every label's name in `language`, with the user's renames taking precedence."""
    return {label.key: label_name(label.key, renamed, language) for label in LABELS}


def resolve_label(text: str, names: Mapping[str, str] | None = None) -> str | None:
    """The label key a user means by `text`: a key, a (renamed) name, a default name in either
    language (or one side of a name with a slash in it) or a shortcut digit; in either form of
    an umlaut ("Zitat für Kunden" pasted with a combining mark was an unknown label)."""
    wanted = unicodedata.normalize("NFC", text).strip().casefold()
    halves: list[str] = []
    for label in LABELS:
        candidates = {label.key, label.default_name.casefold(), label.german_name.casefold(),
                      label.shortcut}  # fmt: skip
        if names and names.get(label.key):
            candidates.add(unicodedata.normalize("NFC", names[label.key]).casefold())
        if wanted in candidates:
            return label.key
        if any(wanted in name.split("/") for name in candidates if "/" in name):
            halves.append(label.key)
    # One side of a name made of two ("Beleg" of "Beleg/Zahl", "figure"), when only one label
    # has it: `label:Beleg` was "no highlight label", though the label reads so.
    return halves[0] if len(halves) == 1 else None
