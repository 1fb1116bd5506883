"""Jobs read before a known person's name: a sport's discipline ("diver"), whom an author or a
party has act for them ("agent", "counsel"), a band's "frontman", and the German footballer
and player ("Fußballer", "BTV-Spielerinnen"), whose "ß" casefolds to "ss". Sentences from the
s23 and other dev texts; expected roles are the gold's."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def _has(roles: tuple[str, ...], wanted: str) -> bool:
    return any(wanted.casefold() in role.casefold() for role in roles)


def test_english_jobs_before_a_name() -> None:
    text = (
        "Salina South diver Keetan Munsell (junior) won the state championship. According to "
        "Patrick Nielsen Hayden, shortly before Ford's death, his agent Valerie Smith was "
        "vanishing. Republican counsel Steve Castor asked Morrison about the call. The Doobie "
        "Brothers will unite with former frontman Michael McDonald for a tour."
    )
    roles = _roles(text, "en")
    assert _has(roles["Keetan Munsell"], "diver")
    assert _has(roles["Valerie Smith"], "agent")
    assert _has(roles["Steve Castor"], "counsel")
    assert _has(roles["Michael McDonald"], "frontman")


def test_german_footballer_before_a_name() -> None:
    text = (
        "Kein Wunder, dass Janine Habeck sich angesichts dieser Fokussierung vom "
        "schulterkranken Fußballer Christian Lell wieder trennen muss."
    )
    assert _has(_roles(text, "de")["Christian Lell"], "Fußballer")
