"""A program or a protocol whose name is written as a brand's, an acronym or with a version's
digits is no organisation when the sentence names it a program or protocol
(programs.not_bodies): "als Protokolle stehen IKEv2 und SSTP zur Auswahl", "das
Verschlüsselungsprogramm … als TrueCrypt", "using the SecureDrop software". A listed company
beside such a word stays one ("SAP verkauft Software"), as does a name the text also writes
with no such word ("CloudSimple … Google bought CloudSimple"), and a party's or a ministry's
programme says nothing ("Wahlprogramm", "Förderprogramm"). Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_protocols_and_programs_are_no_bodies() -> None:
    orgs = _orgs(
        "Der Dienst kostet fünf Euro im Monat. Als Protokolle stehen wahlweise OpenVPN, IKEv2, "
        "SoftEther und SSTP zur Auswahl. Das neue Verschlüsselungsprogramm will sicherer sein "
        "als das einst weit verbreitete TrueCrypt.",
        "de",
    )
    assert not {"IKEv2", "SSTP", "SoftEther", "TrueCrypt"} & orgs
    orgs = _orgs(
        "Reporters read every tip. Here are the instructions for using the SecureDrop "
        "software to send us documents.",
        "en",
    )
    assert "SecureDrop" not in orgs


def test_bodies_beside_such_words_stay_bodies() -> None:
    orgs = _orgs(
        "CloudSimple sells software that moves servers into the cloud. Google bought "
        "CloudSimple last year.",
        "en",
    )
    assert "CloudSimple" in orgs
    orgs = _orgs(
        "Die SAP verkauft Software an Banken. Das BMWK muss für das Förderprogramm "
        "Vorkehrungen treffen.",
        "de",
    )
    assert {"SAP", "BMWK"} <= orgs
    orgs = _orgs("Die Firma ZELKOR liefert die Software für das neue Kassensystem.", "de")
    assert "ZELKOR" in orgs
