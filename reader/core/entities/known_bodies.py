"""Bodies a consultant's sources name under several names — an acronym, the German name, the
English one: "EU", "Europäische Union" and "European Union" are one organisation. A text that
writes two of them merges them itself ("Europäische Union (EU)"); across sources each name was
keyed apart, so the Entities view listed the EU three times, the Robert-Koch-Institut twice
(once under its acronym as the name a text wrote most). Each row here is one body's names, the
first the one it is keyed by (the acronym, the key its rows had when named so); the names are
keyed as `variants` keys a name, so their declined forms ("Europäischen Union") come along,
and are shown as listed here ("Europäische Union").

The library keeps one name per row, the one its first source gave it, which may be English in
a German library ("European Union") or a language's own acronym ("ECB"); the window shows a
listed body by its name in the window's language (`body_shown`), finds it by any of its names, and a
saved search or filter kept under one of them still finds it (`body_names`).

Some acronyms here others share as well, listed all the same since news sources mean this body
by them far more often: "ESA" is also the Entertainment Software Association, "IWF" the
Internet Watch Foundation, "ECB" the England and Wales Cricket Board, which a text naming them
introduces by their full names ("Entertainment Software Association (ESA)") and so keeps apart;
a US school course named "AP" ("AP Biology", "AP classes") is no body at all (`school_courses`).
"""

from __future__ import annotations

from collections.abc import Callable

# Each body: its German names, then its English ones (British and American spellings: "World
# Health Organisation" in the Guardian, "Organization" in the New York Times), each language's
# first the name a window in that language shows it by when its row holds a name of the other
# language only.
_NAMED: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("EU", "Europäische Union"), ("EU", "European Union")),
    (("EU-Kommission", "Europäische Kommission"), ("European Commission", "EU Commission")),
    (("Europaparlament", "Europäisches Parlament", "EU-Parlament"), ("European Parliament",)),
    (("EZB", "Europäische Zentralbank"), ("ECB", "European Central Bank")),
    (("UN", "UNO", "Vereinte Nationen"), ("UN", "United Nations")),
    (("NATO", "Nordatlantikpakt"), ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation")),
    (("WHO", "Weltgesundheitsorganisation"), ("WHO", "World Health Organization", "World Health Organisation")),
    (("IWF", "Internationaler Währungsfonds"), ("IMF", "International Monetary Fund")),
    (("WTO", "Welthandelsorganisation"), ("WTO", "World Trade Organization", "World Trade Organisation")),
    (("OECD", "Organisation für wirtschaftliche Zusammenarbeit und Entwicklung"),
     ("OECD", "Organisation for Economic Co-operation and Development")),
    (("ESA", "Europäische Weltraumorganisation", "Europäische Raumfahrtbehörde"),
     ("ESA", "European Space Agency")),
    (("RKI", "Robert-Koch-Institut", "Robert Koch-Institut"), ("RKI", "Robert Koch Institute")),
    (("dpa", "Deutsche Presse-Agentur"), ("dpa",)),
    (("AP", "Associated Press"), ("AP", "The Associated Press", "Associated Press")),
)  # fmt: skip

# Each body's names, the first the one it is keyed by.
BODIES: tuple[tuple[str, ...], ...] = tuple(tuple(dict.fromkeys((*de, *en))) for de, en in _NAMED)

# Each name, casefolded → its body's German and English names.
_BY_NAME = {name.casefold(): named for named in _NAMED for names in named for name in names}


def listed_bodies(key_of: Callable[[str], str]) -> dict[str, tuple[str, str]]:
    """Each listed name's key (by `key_of`, the rules' key of a name) → its body's key and the
    name as listed, which shows a declined one undeclined ("Vereinten Nationen")."""
    return {key_of(name): (key_of(names[0]), name) for names in BODIES for name in names}


def body_shown(name: str, lang: str) -> tuple[str, tuple[str, ...]] | None:
    """A listed body's name for a window in `lang` ("de", "en") and its other names, given the
    name its row holds; None for a name of no listed body. A name of the window's language
    stays as the row holds it ("Nato", "Robert Koch-Institut")."""
    named = _BY_NAME.get(name.casefold())
    if named is None:
        return None
    de, en = named
    own = de if lang == "de" else en
    show = name if name.casefold() in (n.casefold() for n in own) else own[0]
    return show, tuple(n for n in dict.fromkeys((name, *de, *en)) if n != show)


def body_names(name: str) -> tuple[str, ...]:
    """Every name of the listed body `name` is one of (any case), in both languages; none for a
    name of no listed body."""
    named = _BY_NAME.get(name.casefold())
    return tuple(dict.fromkeys((*named[0], *named[1]))) if named else ()
