"""German nouns that are also towns ("Essen", "Mitte", "Favoriten") or that stand after a
preposition of place ("aus Laub", "auf der Website") are no places once the text writes them
as nouns; a town the text writes as a town stays one. Expected values read off the
hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _places(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.PLACE}


def test_a_noun_after_an_article_is_no_town() -> None:
    text = (
        "Die Flüchtlinge bekommen kaum etwas Essen. Auch wenn das Essen nicht reicht, bleiben sie."
    )
    assert _places(extract(text, "de")) == set()
    text = "Nach einem guten Start verlor er zu Mitte des Spieles den Rhythmus."
    assert _places(extract(text, "de")) == set()
    text = "Mit dem Sieg gehört Lindvik zu den Top-Favoriten auf den Titel."
    assert _places(extract(text, "de")) == set()


def test_the_town_stays_where_the_text_places_it() -> None:
    text = "Der Verein spielt in Essen. Das Essen im Stadion war gut."
    assert _places(extract(text, "de")) == {"Essen"}
    text = "Essen hat eine neue Oberbürgermeisterin. Sie wohnt seit Jahren in Essen."
    assert _places(extract(text, "de")) == {"Essen"}
    text = "Die Bundesregierung tagte in Berlin-Mitte."
    assert "Berlin" in _places(extract(text, "de"))
    text = "Die Präsidenten trafen sich im südkoreanischen Busan zu einem Gespräch."
    assert _places(extract(text, "de")) == {"Busan"}


def test_a_noun_after_a_preposition_is_no_unknown_place() -> None:
    text = "Das Laub von den Straßen wird gesammelt. Die Stadt presst Pellets aus Laub."
    assert _places(extract(text, "de")) == set()
    text = "Viele der Websites sind schlecht. Der Inhalt kommt von der Website."
    assert _places(extract(text, "de")) == set()
    text = "Die Gruppe wanderte nach Oberwölz und kehrte zurück."
    assert _places(extract(text, "de")) == {"Oberwölz"}


def test_a_noun_after_a_masculine_article_is_no_organisation() -> None:
    text = "Die Forscher wollen einen Hotspot erzeugen. Wir können den Hotspot heizen."
    assert {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG} == set()


def test_a_word_after_der_opening_a_sentence_is_a_noun() -> None:
    text = "Die Gruppen trafen sich. Der Dialog mit den Gruppen ist wichtig, der Dialog hilft."
    assert [f for f in extract(text, "de") if f.kind is EntityKind.ORG] == []
    text = "Die Zahlen sind gut. Der ADAC warnt, und Tesla liefert mehr Autos aus."
    assert {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG} == {"ADAC", "Tesla"}


def test_a_german_compound_after_a_verb_of_saying_is_no_person() -> None:
    text = "Die Gewerkschaft Verdi kündigte Warnstreiks an. Das sagte Lagarde."
    people = {f.name for f in extract(text, "de") if f.kind is EntityKind.PERSON}
    assert people == {"Lagarde"}
