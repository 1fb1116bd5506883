"""An outlet's abbreviation joined to a word for its journalists, its editorial office or its
reports names the outlet ("SZ-Journalistin", "FAZ-Wirtschaftskorrespondent", "WDR-Recherche"),
even when its letters are no acronym by their looks. Hand-written German sentences with
invented people; a country's code ("US-Korrespondent", "NRW-Korrespondentin"), a field ("TV-Reporterin") and a word
that only begins like one ("GT-Autorennen") name no outlet."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> dict[str, int]:
    return {f.name: len(f.spans) for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_an_abbreviation_before_a_journalist_is_the_outlet() -> None:
    orgs = _orgs(
        "Die SZ-Journalistin Anna Wegener berichtete aus Kiew, der "
        "FAZ-Wirtschaftskorrespondent Paul Heller aus Moskau."
    )
    assert {"SZ", "FAZ"} <= set(orgs)


def test_the_outlet_before_a_role_and_alone_is_one_organisation() -> None:
    orgs = _orgs("Die SZ-Redaktion lehnte ab. Die SZ berichtete am Montag darüber.")
    assert orgs.get("SZ") == 2


def test_codes_and_fields_before_a_role_name_no_outlet() -> None:
    orgs = _orgs(
        "Die TV-Reporterin Lena Brandt, die NRW-Korrespondentin Eva Lind und der "
        "US-Korrespondent Tim Ross sprachen über das "
        "GT-Autorennen in Hockenheim."
    )
    assert not {"TV", "US", "GT", "NRW"} & set(orgs)
