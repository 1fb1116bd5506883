"""The words a run of names leaves out before its role are part of the office: a time ("Former
President"), a kind of secretary ("Foreign Secretary"); a rank the run keeps stays ("Deputy
Director"); a country's code and a name before the role are where it is held and stay out. Hand-written sentences;
the expected roles are what a reader writes in a who's who."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "en") if f.kind is EntityKind.PERSON}


def test_qualifiers_before_a_runs_role_join_it() -> None:
    roles = _roles(
        "The talks ended early. Foreign Secretary Dominic Rathbone defended the party. "
        "Former President Harold Whitcombe spoke later, and Deputy Director Nealy Coxon agreed."
    )
    assert roles["Dominic Rathbone"] == ("Foreign Secretary",)
    assert roles["Harold Whitcombe"] == ("Former President",)
    assert roles["Nealy Coxon"] == ("Deputy Director",)


def test_a_name_before_the_role_stays_out() -> None:
    roles = _roles("The talks ended early. Acme Director Peter Hallam resigned.")
    assert roles["Peter Hallam"] == ("Director",)
    roles = _roles("The talks ended early. U.S. Attorney Nealy Coxon agreed.")
    assert roles["Nealy Coxon"] == ("Attorney",)
