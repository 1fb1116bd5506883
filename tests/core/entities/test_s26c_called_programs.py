"""A name shaped as a brand's that the next sentence opens by calling a program ("CryptoVault
legt verschlüsselte Laufwerke an. Das Programm …") is a program's, not an organisation, though
no mention has a word for programs beside it (programs.not_bodies); an app is not such a word,
and a name no such sentence follows stays a body. Hand-written sentences; expected values are
what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_name_the_next_sentence_calls_a_program_is_no_organisation() -> None:
    text = (
        "SafeDisk legt verschlüsselte Laufwerke an, deren Inhalt nur mit Passwort lesbar ist.\n"
        "SafeDisk\nDas Programm integriert sich in den Explorer. Wer SafeDisk nutzen will, "
        "braucht Windows 10."
    )
    assert "SafeDisk" not in _kinds(text, "de")
    text = (
        "Many readers asked about NoteForge. NoteForge syncs notes across devices. The software "
        "costs $20 a year, and NoteForge offers a free trial."
    )
    assert "NoteForge" not in _kinds(text, "en")


def test_a_name_the_next_sentence_calls_an_app_stays_an_organisation() -> None:
    text = (
        "Viele Kunden buchen inzwischen über FlixRide. FlixRide wächst. Die App zählt zwei "
        "Millionen Nutzer, sagte FlixRide am Montag."
    )
    assert _kinds(text, "de").get("FlixRide") is EntityKind.ORG
