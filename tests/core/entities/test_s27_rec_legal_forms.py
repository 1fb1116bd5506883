"""A legal form closes a company's name: the German "UG" (a small limited company) as much as
"GmbH", and a role word inside the name ("Guard", "Director") does not cut it where a role
names the employer ("Geschäftsführer der …"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_name_before_ug_is_a_company() -> None:
    orgs = _orgs(
        "Im Frühjahr gründete er die Nordwind Kaffeerösterei UG. Später verkaufte er die "
        "Firma an einen Konkurrenten.",
        "de",
    )
    assert "Nordwind Kaffeerösterei UG" in orgs


def test_a_role_word_inside_a_company_name_does_not_cut_it() -> None:
    orgs = _orgs(
        "Seit 2019 ist sie Geschäftsführerin der Harbor Guard Logistik GmbH in Bremen. "
        "Davor leitete sie eine Spedition.",
        "de",
    )
    assert "Harbor Guard Logistik GmbH" in orgs
    assert "Harbor" not in orgs


def test_a_lower_case_word_before_the_form_is_no_part_of_the_name() -> None:
    orgs = _orgs(
        "Er ist Geschäftsführer der Firma und berät die Kessler Bau GmbH seit Jahren.", "de"
    )
    assert "Kessler Bau GmbH" in orgs
    assert not any(o.startswith("Firma") for o in orgs)
