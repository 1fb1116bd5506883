"""A German noun that is also a body's one-word name ("Allianz", "Union") is the noun where
the text describes it: after an article and an inflected adjective ("eine engere Union mit Rom", "die zivile
Allianz")
or before the quoted name of what it is ("zur Allianz „Klimaschutz 100“"). An acronym is no
such noun ("führende CDU/CSU-Abgeordnete"). Hand-written sentences; expected values are what a
reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.names import tokens
from reader.core.entities.noun_phrases import nouns_described
from reader.core.entities.pieces import Piece


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_noun_before_a_quoted_name_is_its_kind() -> None:
    orgs = _orgs(
        "Einige Fonds, etwa Axa, Union Investment oder die Caritas, haben sich zur Allianz "
        "„Klimaschutz 100“ zusammengeschlossen."
    )
    assert {"Axa", "Union Investment", "Caritas"} <= orgs
    assert "Allianz" not in orgs


def _kept(text: str, word: str) -> list[str]:
    """The word before each mention of `word` (taken for a body's name) that `nouns_described`
    keeps."""
    words = tokens(text)
    index = {w.start: i for i, w in enumerate(words)}
    pieces = [Piece(EntityKind.ORG, [w]) for w in words if w.text == word]
    return [words[index[p.start] - 1].text for p in nouns_described(pieces, words, index, text)]


def test_a_noun_after_an_inflected_adjective_is_the_noun() -> None:
    text = (
        "Die Oppositionsbewegung zivile Allianz fordert Wahlen. Nach Angaben der zivilen "
        "Allianz sind viele frei. Die Allianz erhöht die Prämien. Anleger verklagen Allianz."
    )
    assert _kept(text, "Allianz") == ["Die", "verklagen"]


def test_acronyms_stay_bodies() -> None:
    orgs = _orgs(
        "Bei der CSU hat man das nicht bemerkt. Dass führende CDU/CSU-Abgeordnete kein Problem "
        "damit haben, überrascht."
    )
    assert {"CSU", "CDU"} <= orgs
