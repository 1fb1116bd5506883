"""A German institute or university named after a person or a coined word keeps that name
before its kind word ("die Leibniz Universität Hannover"); an everyday word or a place before
the kind word, or a name after a capitalised word, stays out (founder_names)."""

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {e.name for e in extract(text, "de") if e.kind is EntityKind.ORG}


def test_a_scholars_name_before_universitaet_and_its_town() -> None:
    orgs = _orgs("Die Physikerin forscht seit 2019 an der Leibniz Universität Hannover zu Lasern.")
    assert "Leibniz Universität Hannover" in orgs


def test_a_name_before_zentrum_and_its_town() -> None:
    text = "Messdaten vom Helmholtz Zentrum München zeigen einen Anstieg der Allergien."
    assert "Helmholtz Zentrum München" in _orgs(text)


def test_a_name_after_a_capitalised_word_stays_out() -> None:
    orgs = _orgs(
        "Das Gutachten schrieb Professorin Anna Berger. Sie lehrt an der Universität Bremen."
    )
    assert "Universität Bremen" in orgs
    assert not any("Berger" in name for name in orgs)
