"""Bodies a consultant's sources name under several names — an acronym, the German name, the
English one: "EU", "Europäische Union" and "European Union" are one organisation. A text that
writes two of them merges them itself ("Europäische Union (EU)"); across sources each name was
keyed apart, so the Entities view listed the EU three times, the Robert-Koch-Institut twice
(once under its acronym as the name a text wrote most). Each row here is one body's names, the
first the one it is keyed by (the acronym, the key its rows had when named so); the names are
keyed as `variants` keys a name, so their declined forms ("Europäischen Union") come along,
and are shown as listed here ("Europäische Union").
Only bodies whose acronym and names no other body shares are listed.
"""

from __future__ import annotations

from collections.abc import Callable

BODIES: tuple[tuple[str, ...], ...] = (
    ("EU", "Europäische Union", "European Union"),
    ("EU-Kommission", "Europäische Kommission", "European Commission", "EU Commission"),
    ("Europaparlament", "Europäisches Parlament", "European Parliament", "EU-Parlament"),
    ("EZB", "ECB", "Europäische Zentralbank", "European Central Bank"),
    ("UN", "UNO", "Vereinte Nationen", "United Nations"),
    ("NATO", "Nordatlantikpakt", "North Atlantic Treaty Organization"),
    ("WHO", "Weltgesundheitsorganisation", "World Health Organization"),
    ("IWF", "IMF", "Internationaler Währungsfonds", "International Monetary Fund"),
    ("WTO", "Welthandelsorganisation", "World Trade Organization"),
    ("OECD", "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung",
     "Organisation for Economic Co-operation and Development"),
    ("ESA", "Europäische Weltraumorganisation", "Europäische Raumfahrtbehörde",
     "European Space Agency"),
    ("RKI", "Robert-Koch-Institut", "Robert Koch-Institut", "Robert Koch Institute"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("AP", "Associated Press"),
)  # fmt: skip


def listed_bodies(key_of: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Each listed name's key (by `key_of`, the rules' key of a name) → its body's key and the
    name as listed, which shows a declined one undeclined ("Vereinten Nationen")."""
    return {key_of(name): (key_of(names[0]), name) for names in BODIES for name in names}
