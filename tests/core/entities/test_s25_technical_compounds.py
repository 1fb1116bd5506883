"""An acronym joined by a hyphen to a term of technology names a part or a mode of it, no body
("USB-PD", "LTE-M", "USB-PD-Standard", "HDMI-CEC"), as are the ports, buses and firmware
themselves ("a SATA drive", "im BIOS"); acronyms of parties or a place's joined so stay
bodies ("SPD-CDU-Koalition", "US-FDA"). Expected values read off hand-written sentences."""

from __future__ import annotations

import pytest

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str) -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("If the cord bothers you, buy a USB-PD battery and keep it in your bag.", "en"),
        ("The meters talk to the grid over an LTE-M modem every hour.", "en"),
        ("Das Netzteil lädt nach dem USB-PD-Standard mit bis zu 100 Watt.", "de"),
        ("Der Fernseher steuert die Soundbar über HDMI-CEC, eine Fernbedienung reicht.", "de"),
        ("The board takes DDR5-RAM and has a TPM chip; set it up in the UEFI-BIOS.", "en"),
        ("Connect a HDMI or DVI monitor, or put a SATA drive in the second bay.", "en"),
    ],
)
def test_an_acronym_joined_to_a_term_is_no_body(text: str, lang: str) -> None:
    assert not _orgs(text, lang)


def test_bodies_joined_by_a_hyphen_stay_bodies() -> None:
    assert {"SPD", "CDU"} <= _orgs("Die SPD-CDU-Koalition in Berlin zerbrach im Mai.", "de")
    assert "FDA" in _orgs("The US-FDA approved the drug on Friday.", "en")
