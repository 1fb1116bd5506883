"""A German association named by its members in the genitive plural keeps them
("Bundesverband mittelständischer Wirtschaft"); a determiner in "-er" names no members
(member_genitives)."""

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}


def test_the_members_genitive_after_a_federations_head() -> None:
    text = "Am Dienstag kritisierte der Bundesverband mittelständischer Wirtschaft den Entwurf."
    assert "Bundesverband mittelständischer Wirtschaft" in _orgs(text)


def test_an_adjective_led_group_keeps_its_members() -> None:
    text = "Im Juni legte die Unabhängige Gruppe internationaler Juristen einen Bericht vor."
    assert "Unabhängige Gruppe internationaler Juristen" in _orgs(text)


def test_a_determiner_names_no_members() -> None:
    orgs = _orgs("Der Bundesverband mehrerer Branchen war zum Treffen nicht eingeladen.")
    assert not any(name.endswith("Branchen") for name in orgs)
