"""One figure in two languages' notations (issue 15, session 38): a German source's "2,5 %"
and an English one's "2.5 %" were two rows of the Entities view, and so were "1.000 km" and
"1,000 km". A figure is one row when it is the same number in its language's notation; never
1.5 and 15, nor a German "1.500" (fifteen hundred) and an English "1.500" (one and a half)."""

from __future__ import annotations

from pathlib import Path

from reader.core.entities import EntityKind, extract
from reader.core.ingest.prepare import prepare_file
from reader.core.store import Store


def _keys(text: str, lang: str) -> dict[str, str]:
    return {f.name: f.key for f in extract(text, lang) if f.kind is EntityKind.FIGURE}


def test_a_decimal_comma_and_a_decimal_point_are_one_number() -> None:
    german = _keys("Die Inflation lag zuletzt bei 2,5 % im Euroraum.", "de")
    english = _keys("Inflation in the euro area was 2.5 % last month.", "en")
    assert german["2,5 %"] == english["2.5 %"]


def test_thousands_are_one_number_in_either_notation() -> None:
    german = _keys("Die Strecke ist 1.000 km lang, die Kosten 2.500.000,50 Euro.", "de")
    english = _keys("The line is 1,000 km long and cost 2,500,000.50 euro.", "en")
    assert german["1.000 km"] == english["1,000 km"]
    assert german["2.500.000,50 Euro"] == english["2,500,000.50 euro"]
    # and both are the number written without separators
    plain = _keys("The line is 1000 km long and cost 2500000.50 euro.", "en")
    assert german["1.000 km"] == plain["1000 km"]
    assert german["2.500.000,50 Euro"] == plain["2500000.50 euro"]


def test_different_numbers_never_merge() -> None:
    english = _keys("Growth was 1.5 % in May and 15 % in June.", "en")
    assert english["1.5 %"] != english["15 %"]
    # a German "1.500" is fifteen hundred, an English "1.500" one and a half
    german = _keys("Das Werk kostet 1.500 Euro pro Platz.", "de")
    other = _keys("The plant costs 1.500 euro per seat.", "en")
    assert german["1.500 Euro"] != other["1.500 euro"]
    # three digits after a comma: a thousand in English, one in German
    assert _keys("The bill was 1,000 euro.", "en")["1,000 euro"] != _keys(
        "Die Rechnung betrug 1,000 Euro.", "de"
    )["1,000 Euro"]


def test_the_library_lists_one_figure_for_a_german_and_an_english_source(
    store: Store, tmp_path: Path
) -> None:
    german = tmp_path / "inflation-de.txt"
    german.write_text(
        "Inflation sinkt\n\nDie Inflation im Euroraum ist im September auf 2,5 % gesunken, teilte "
        "das Statistikamt Eurostat am Dienstag in Luxemburg mit. Im August hatte die Rate noch "
        "höher gelegen, und die Europäische Zentralbank hatte ihre Zinsen gesenkt.\n",
        encoding="utf-8",
    )
    english = tmp_path / "inflation-en.txt"
    english.write_text(
        "Inflation falls\n\nInflation in the euro area fell to 2.5 % in September, the statistics "
        "office Eurostat said on Tuesday in Luxembourg. In August the rate had been higher, and "
        "the European Central Bank had cut its interest rates.\n",
        encoding="utf-8",
    )
    store.sources.add(prepare_file(german))
    store.sources.add(prepare_file(english))
    store.entities.refresh()
    figures = store.entities.list(EntityKind.FIGURE)
    (rate,) = [f for f in figures if f.name in ("2,5 %", "2.5 %")]
    assert rate.sources == 2
