"""Highlight colour labels: a stable key stored with each highlight, a name the user may change.

The colour is not stored: it comes from the theme, so every label stays readable in light,
sepia and dark reading themes.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Label:
    key: str  # stored in highlights.label; never changes
    default_name: str
    shortcut: str  # the key that applies it to the selection


LABELS: tuple[Label, ...] = (
    Label("key", "Key point", "1"),
    Label("evidence", "Evidence/figure", "2"),
    Label("risk", "Risk", "3"),
    Label("client", "Quote for client", "4"),
    Label("question", "Question", "5"),
)

LABEL_KEYS = tuple(label.key for label in LABELS)
DEFAULT_LABEL = LABELS[0].key


def label_name(key: str, names: dict[str, str] | None = None) -> str:
    """The name to show for a label key: the user's rename, else the default, else the key."""
    if names and names.get(key):
        return names[key]
    for label in LABELS:
        if label.key == key:
            return label.default_name
    return key


def resolve_label(text: str, names: dict[str, str] | None = None) -> str | None:
    """The label key a user means by `text`: a key, a (renamed) name or a shortcut digit."""
    wanted = text.strip().casefold()
    for label in LABELS:
        candidates = {label.key, label.default_name.casefold(), label.shortcut}
        if names and names.get(label.key):
            candidates.add(names[label.key].casefold())
        if wanted in candidates:
            return label.key
    return None
