"""US states by the short forms datelines and GeoNames give them: the AP's ("Mich.") and the
postal codes ("NY"), apart from the gazetteer (`places`) that knows them by name."""

from __future__ import annotations

from functools import cache

# The AP's abbreviations of US states, as datelines write them: "ST. JOSEPH, Mich.".
US_STATES_AP = {
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California",
    "Colo": "Colorado", "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida",
    "Ga": "Georgia", "Ill": "Illinois", "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky",
    "La": "Louisiana", "Md": "Maryland", "Mass": "Massachusetts", "Mich": "Michigan",
    "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri", "Mont": "Montana",
    "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia",
    "Wash": "Washington", "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip


def us_state(code: str) -> str | None:
    """The state a US postal code names ("NY": New York), None for any other word."""
    return _us_states().get(code)


@cache
def _us_states() -> dict[str, str]:
    import pycountry

    return {
        str(s.code).removeprefix("US-"): str(s.name)
        for s in pycountry.subdivisions
        if s.country_code == "US"
    }
