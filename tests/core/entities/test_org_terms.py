"""Acronyms news writes for terms of business, medicine, technology and sport are no
organisations, beside ones that are; a German body named in the genitive is the body in its
own name. Expected values read off the hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_terms_written_as_acronyms_are_no_organisations() -> None:
    text = (
        "EBITDA rose 12% and the board met at the AGM, where a new ERP system was shown. "
        "Shares rose after the IMF spoke, and the league named him MVP at 10 PM EST."
    )
    assert _orgs(extract(text, "en")) == {"IMF"}


def test_german_terms_written_as_acronyms_are_no_organisations() -> None:
    text = "Das EBIT stieg, die DSGVO gilt seit 2018, und die Opfer des NS-Regimes wurden geehrt."
    assert _orgs(extract(text, "de")) == set()


def test_a_federal_body_in_the_genitive_is_named_in_the_nominative() -> None:
    text = (
        "Die Abgeordneten des Bundestages stimmten zu. Ein Urteil des Bundesgerichtshofes "
        "liegt vor, und die Prüfer des Bundesrechnungshofs mahnten."
    )
    assert _orgs(extract(text, "de")) == {"Bundestag", "Bundesgerichtshof", "Bundesrechnungshof"}


def test_the_genitive_joins_the_nominative() -> None:
    text = "Der Bundesrat tagte. Die Länderkammer, so die Mitglieder des Bundesrates, stimmte zu."
    found = [f for f in extract(text, "de") if f.kind is EntityKind.ORG]
    assert [(f.name, len(f.spans)) for f in found] == [("Bundesrat", 2)]


def test_a_capitalised_word_abbreviates_no_longer_name() -> None:
    text = (
        "Die Unterlagen tragen Stempel des Bundesamts für Ausrüstung. Der Bundestag will "
        "die Vorgänge prüfen."
    )
    orgs = _orgs(extract(text, "de"))
    assert "Bundestag" in orgs


def test_a_party_in_crats_keeps_its_plural() -> None:
    text = "The Democrats won the vote in the House, and the Democrats said so."
    assert "Democrats" in _orgs(extract(text, "en"))


def test_a_short_name_before_a_model_code_in_every_mention_is_a_series() -> None:
    text = "Der GSR 18V-55 ist kompakt. Im Vergleich zum GSR 12V-15 ist er stärker. Bosch baut ihn."
    assert "GSR" not in _orgs(extract(text, "de"))


def test_a_federal_body_inside_a_compound_is_a_body() -> None:
    text = (
        "Das Umweltbundesamt gab Entwarnung, das Kraftfahrt-Bundesamt prüft. Die "
        "Umweltbehörde schweigt, das Finanzamt auch."
    )
    assert _orgs(extract(text, "de")) == {"Umweltbundesamt", "Kraftfahrt-Bundesamt"}


def test_welfare_associations_named_by_one_word_are_bodies() -> None:
    text = "Die Arbeiterwohlfahrt und die Diakonie kritisierten das. Auch die Malteser halfen."
    assert _orgs(extract(text, "de")) == {"Arbeiterwohlfahrt", "Diakonie", "Malteser"}


def test_a_club_opened_by_capitals_keeps_them() -> None:
    text = "RB Leipzig gewann das Spiel, und der Trainer lobte RB Leipzig."
    assert _orgs(extract(text, "de")) == {"RB Leipzig"}


def test_acronyms_of_devices_networks_and_scans_are_no_organisations() -> None:
    text = (
        "The AC adapter has a USB-C connector, and there is DC fast charging. A CT of his "
        "chest showed the damage, the FDA said. GSM phones will not work with CDMA carriers; "
        "the IPS panel shows RGB lighting at 120 FPS. The film is on DVD and VOD."
    )
    assert _orgs(extract(text, "en")) == {"FDA"}


def test_german_acronyms_of_rides_codes_and_offices_are_no_organisations() -> None:
    text = (
        "Wer MTB am liebsten bergab fährt, ist hier richtig. Dateien lassen sich mit AES "
        "verschlüsseln, und die Lampe steht in unserem HQ. Das prüft der ADAC."
    )
    assert _orgs(extract(text, "de")) == {"ADAC"}


def test_web_shorthand_formats_and_vpn_protocols_are_no_organisations() -> None:
    text = (
        "Here's the TL;DR version of the deal. The API returns JSON and XML, and in-feed ads "
        "get a higher CTR than widgets, Google said. Spotify also signs in with OAuth."
    )
    orgs = {f.name for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert not orgs & {"TL", "DR", "JSON", "XML", "CTR", "OAuth"}
    assert "Google" in orgs
    text = (
        "Als Protokolle stehen WireGuard, OpenVPN und SoftEther zur Auswahl; hide.me gehört "
        "zur Firma Eventure. Alle tragen eine OP-Maske."
    )
    orgs = {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}
    assert not orgs & {"WireGuard", "OpenVPN", "SoftEther", "OP"}


def test_a_german_noun_abbreviated_in_brackets_is_a_term() -> None:
    # an acronym that takes its letters from the one noun before it names a thing; a body
    # abbreviated so, or a name, stays an organisation
    text = (
        "Früher musste eine bestimmte Jahresarbeitszahl (JAZ) erreicht werden. Die Akte ist "
        "Teil der künftigen Telematikinfrastruktur (TI). Nun prüft das Umweltbundesamt (UBA) die "
        "Werte, und die Weltgesundheitsorganisation (WHO) warnt. Die Klage stützt sich auf "
        "§ 8 UWG und § 45 SGB V."
    )
    orgs = _orgs(extract(text, "de"))
    assert not orgs & {"JAZ", "TI", "UWG", "SGB", "SGB V"}
    assert "UBA" in orgs
