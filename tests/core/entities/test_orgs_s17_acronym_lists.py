"""A list of acronyms written with spaces only after a colon whose words name bodies in the
plural: every item is an organisation; without such a word, or when the items are mostly no
acronyms, the run stays what it was. Expected names read off hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_row_of_university_acronyms_after_a_colon_names_each() -> None:
    text = (
        "Die Polizei durchsuchte am Freitag mehrere Hochschulen im Norden des Landes.\n\n"
        "Betroffen sind die folgenden Universitäten: UFXA UFXB UEXC Unitopo UFXD UFXE"
    )
    assert {"UFXA", "UFXB", "UEXC", "Unitopo", "UFXD", "UFXE"} <= _orgs(text, "de")


def test_a_row_in_another_language_is_named_by_its_plural_too() -> None:
    text = "Foram notificadas as seguintes universidades públicas: UQXA UQXB UQXC UQXD"
    assert {"UQXA", "UQXB", "UQXC", "UQXD"} <= _orgs(text, "de")


def test_an_english_row_of_companies() -> None:
    text = "Shares fell at these companies: BQXA ZQXB CQXR DQXV, traders said on Monday."
    assert {"BQXA", "ZQXB", "CQXR", "DQXV"} <= _orgs(text, "en")


def test_a_place_in_the_row_is_no_body() -> None:
    text = "Folgende Universitäten sind betroffen: UFXA UFXB Bauru UFXD UFXE"
    found = _orgs(text, "de")
    assert {"UFXA", "UFXB", "UFXD", "UFXE"} <= found
    assert not any("Bauru" in name for name in found)


def test_a_row_of_formats_without_a_word_for_bodies_stays_out() -> None:
    text = "Der Monitor hat folgende Anschlüsse: HDMI DPXR VGXA USXB und einen Kopfhörerausgang."
    assert not {"DPXR", "VGXA", "USXB"} & _orgs(text, "de")


def test_a_row_not_after_a_colon_stays_out() -> None:
    text = "Stand: Freitag. Durchsucht wurden Universitäten, darunter UFXA UFXB UFXD UFXE."
    assert not {"UFXA", "UFXB", "UFXD", "UFXE"} & _orgs(text, "de")


def test_a_row_of_mostly_words_is_no_list_of_acronyms() -> None:
    text = "Companies named in the filing: Quorvane Tessly Brindlecomb Ostrava Holdings ZQXB"
    assert "Tessly" not in _orgs(text, "en")


def test_the_last_acronym_of_a_row_is_no_model_letter() -> None:
    text = "Betroffen sind folgende Universitäten: UFXA UFXB UFXD UFXE UFXQ"
    assert "UFXQ" in _orgs(text, "de")
