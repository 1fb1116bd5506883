"""A Swiss canton's or a Brazilian state's code written as an address ("Wallisellen/ZH",
"(Sepe)/RJ") or among a place's particulars in brackets ("(1515 m, TI, seit 1951)") is no
organisation; the same letters written as a name elsewhere in the text stay one
(region_codes.region_codes). Hand-written sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _kinds(text: str, lang: str = "de") -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_canton_after_a_town_is_no_organisation() -> None:
    kinds = _kinds(
        "Das in Dübendorf/ZH ansässige Start-up beschäftigt zwölf Personen. Eine Filiale "
        "in Baar/ZG folgt im Frühjahr."
    )
    assert "ZH" not in kinds
    assert "ZG" not in kinds


def test_a_canton_among_a_stations_particulars_is_no_organisation() -> None:
    kinds = _kinds(
        "Am Montag meldeten die Stationen Airolo (1139 m, TI, seit 1961) und Ulrichen "
        "(1345 m, VS, seit 1955) neue Rekorde."
    )
    assert "TI" not in kinds
    assert "VS" not in kinds


def test_a_state_after_a_union_is_no_organisation() -> None:
    kinds = _kinds(
        "Die Debatte fand im Sitz der Gewerkschaft (Sindicato dos Bancários (SB)/SP) statt.",
    )
    assert "SP" not in kinds


def test_letters_written_as_a_name_stay_an_organisation() -> None:
    kinds = _kinds(
        "TI hebt seine Prognose an. Der Chipkonzern TI (Dallas/TX) hatte im Sommer "
        "gewarnt, sagte ein Sprecher von TI.",
        "en",
    )
    assert kinds.get("TI") is EntityKind.ORG
