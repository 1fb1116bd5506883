"""A word German writes after "den" is a noun, a masculine one or a plural ("den
Touchscreen", "den Dialog", "den Bauern"), not a body's name, however alike English writes it
(agreement.neuter_nouns, asked by undecided). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_noun_after_den_is_no_organisation() -> None:
    orgs = _orgs(
        "Der Bischof sucht den Dialog mit allen Gemeinden, denn ohne Dialog wächst nichts."
    )
    assert "Dialog" not in orgs


def test_a_borrowed_noun_after_den_is_no_organisation() -> None:
    orgs = _orgs(
        "Im Testwagen bedient man fast alles über den Touchscreen. Navigation, Radio und "
        "Klima laufen über Touchscreen und Sprachbefehl."
    )
    assert "Touchscreen" not in orgs


def test_a_name_both_languages_write_alike_stays_an_organisation() -> None:
    orgs = _orgs(
        "Der Testwagen stammt von Hyundai. Hyundai verkauft das Modell seit dem Frühjahr "
        "auch in Europa."
    )
    assert "Hyundai" in orgs
