"""Offices in the list's language (session 28): a German window listed "Liu — vice-premier" and
"founding director" from English sources beside "Xi Jinping — Präsident"; an office the table
`office_names` knows is said in the list's language, a role it does not know stays as written.
Roles below are ones `briefing entities --json` gave for people of the test pages."""

from __future__ import annotations

from reader.core.entities import merge_roles
from reader.core.entities.office_names import ENGLISH_ALSO, ENGLISH_FEMININE, GERMAN_ALSO, OFFICES
from reader.core.entities.roles import _ENGLISH, _GERMAN


def test_every_word_leads_to_one_office() -> None:
    assert all(key == english.casefold() for key, (english, _m, _f) in OFFICES.items())
    assert set(ENGLISH_ALSO.values()) | set(GERMAN_ALSO.values()) | set(ENGLISH_FEMININE) <= set(OFFICES)
    # a word both languages use ("Senator", "Reporter") is one office, whichever list reads it
    assert all(_GERMAN[word] == _ENGLISH[word] for word in set(_GERMAN) & set(_ENGLISH))


def test_an_english_sources_office_reads_german_in_a_german_list() -> None:
    assert merge_roles(["vice-premier"], "de") == ("Vizepremier",)
    assert merge_roles(["founding director"], "de") == ("Gründungsdirektor",)
    assert merge_roles(["National Security Adviser"], "de") == ("Nationaler Sicherheitsberater",)
    assert merge_roles(["deputy director"], "de") == ("stellvertretender Direktor",)
    assert merge_roles(["Energy Secretary"], "de") == ("Energieminister",)
    assert merge_roles(["UK Home Secretary"], "de") == ("UK-Innenminister",)
    # an English word for a woman's office gives the German feminine form
    assert merge_roles(["Rep.", "congresswoman"], "de") == ("Abgeordnete",)
    assert merge_roles(["actress"], "de") == ("Schauspielerin",)
    assert merge_roles(["Queen"], "de") == ("Königin",)
    # the English words beside a German one are one office, said in German
    assert merge_roles(["Präsident", "vice-premier", "President"], "de") == ("Präsident", "Vizepremier")


def test_a_german_sources_office_reads_english_in_an_english_list() -> None:
    assert merge_roles(["Vizepremier"], "en") == ("Vice Premier",)
    assert merge_roles(["Gründungsdirektorin"], "en") == ("founding director",)
    assert merge_roles(["Sportdirektorin"], "en") == ("sports director",)
    assert merge_roles(["Rechtsanwalt"], "en") == ("lawyer",)
    assert merge_roles(["Königin"], "en") == ("Queen",)
    assert merge_roles(["AVV-Geschäftsführerin"], "en") == ("AVV managing director",)
    assert merge_roles(["Papst"], "en") == ("Pope",)
    # a title read after the role is no other office ("AVV-Geschäftsführerin Dr. Linda Kisabaka"),
    # and the title alone none: every list writes it before the name
    roles = ["AVV-Geschäftsführerin", "AVV-Geschäftsführerin Dr.", "Dr."]
    assert merge_roles(roles, "en") == ("AVV managing director",)
    assert merge_roles(roles, "de") == ("AVV-Geschäftsführerin",)


def test_an_office_keeps_its_word_in_its_own_language_and_merges_across_them() -> None:
    # as the source wrote it in the list's language
    assert merge_roles(["vice-premier"], "en") == ("vice-premier",)
    assert merge_roles(["Gov.", "Governor"], "en") == ("Governor",)
    assert merge_roles(["Gov."], "en") == ("Governor",)  # a short title written out (ent2)
    assert merge_roles(["Gov.", "Gouverneur"], "de") == ("Gouverneur",)
    # a country code and the plain office are one office, in either language
    assert merge_roles(["US-Präsident", "President"], "en") == ("US President",)
    assert merge_roles(["US-Präsident", "President"], "de") == ("US-Präsident",)
    assert merge_roles(["US-Vizepräsident", "Vice President"], "en") == ("US Vice President",)


def test_a_role_no_office_names_stays_as_written() -> None:
    assert merge_roles(["senior fellow"], "de") == ("senior fellow",)
    assert merge_roles(["Gründungsintendant"], "en") == ("Gründungsintendant",)
    # beside an office the list can say, a role in the other language is left out (as before)
    assert merge_roles(["frontman", "singer"], "de") == ("Sänger",)
    # "Attorney General" is two German offices: not in the table, so not made one of them
    assert merge_roles(["Attorney General"], "de") == ("Attorney General",)
