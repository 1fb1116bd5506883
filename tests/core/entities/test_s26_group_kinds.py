"""A German word for a kind of group right before a name says the name is a body's: "die
Miliz Hisbollah", "die Hilfsorganisation World Vision", "die Theatertruppe Das Helmi", "das
Künstlerkollektiv raumwerk", "die Miliz al-Shabaab", "die Zeitung Die Welt". A person's name,
or German nouns, after the word stay what they are. Hand-written sentences; expected values
are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract
from reader.core.entities.group_kinds import group_names
from reader.core.entities.names import tokens


def _found(text: str) -> dict[str, str]:
    return {f.name: f.kind.value for f in extract(text, "de")}


def test_names_after_a_kind_of_group_are_bodies() -> None:
    found = _found(
        "Die libanesische Miliz Hisbollah feuerte am Abend erneut Raketen ab. Vor der Ausgabe "
        "der Hilfsorganisation Caritana Welthilfe bildeten sich lange Schlangen. Die Berliner "
        "Theatertruppe Das Rampenlicht spielt ab Freitag im Hinterhof. Das Künstlerkollektiv "
        "raumwerkel zeigt dazu Lichtinstallationen. Zu dem Anschlag bekannte sich die Miliz "
        "al-Mukawama."
    )
    for name in ("Hisbollah", "Caritana Welthilfe", "Das Rampenlicht", "raumwerkel", "al-Mukawama"):
        assert found.get(name) == EntityKind.ORG.value, name


def test_a_name_opened_by_its_article_after_a_company_word() -> None:
    assert _found("Er las es zuerst in der Zeitung Die Welt.").get("Die Welt") == "org"


def test_people_and_nouns_after_the_word_stay_what_they_are() -> None:
    text = (
        "Die Band Sahra Lenz spielte zuletzt in Köln. Die Gruppe Kinder wartete am Eingang. "
        "Die Miliz Kämpfer aus dem Norden an. Die Initiative EnergieSparen wirbt für Geräte."
    )
    names = {p.text(text) for p in group_names(text, tokens(text))}
    assert not names & {"Sahra Lenz", "Kinder", "Kämpfer", "EnergieSparen"}
