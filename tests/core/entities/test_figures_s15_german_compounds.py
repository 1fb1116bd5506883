"""German counts whose noun is a compound too rare for the frequency list: its last noun counts
for it ("23 Millionen Privathaushalte", "807.500 neue Wärmeerzeuger", "514 Kinosäle"), so does a
rarer word English never writes ("2 Tranchen"), and a gender star stays with its noun
("70 Bürger*innen"); time in a compound stays no count ("120 Arbeitsstunden")."""

from __future__ import annotations

from reader.core.entities.figures import figures


def _found(text: str) -> set[str]:
    return {f for _, _, f in figures(text)}


def test_a_compound_counts_by_its_last_noun() -> None:
    found = _found(
        "Das Netz erreicht 23 Millionen Privathaushalte. Bis Oktober kamen 807.500 neue "
        "Wärmeerzeuger in Verkehr, darunter 183.500 Heizungs-Wärmepumpen, und 514 Kinosäle "
        "wurden umgerüstet."
    )
    assert {
        "23 Millionen Privathaushalte", "807.500 neue Wärmeerzeuger",
        "183.500 Heizungs-Wärmepumpen", "514 Kinosäle",
    } <= found  # fmt: skip


def test_a_rare_german_word_and_a_gender_star() -> None:
    found = _found("Der Preis wird in 2 Tranchen fällig. Es kamen 70 Bürger*innen ins Schloss.")
    assert {"2 Tranchen", "70 Bürger*innen"} <= found
    assert "70 Bürger" not in found


def test_time_in_a_compound_is_no_count() -> None:
    assert _found("Das kostete 120 Arbeitsstunden und 12 Lebensjahre.") == set()
