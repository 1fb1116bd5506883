"""A city is named in the German window as German readers write it, whichever language the source
that named it first is in; the English window names it from GeoNames as before.

Seen walking a German window over a library of German and English news: "Moscow", "Hong Kong",
"Baghdad" and "Damascus" in the German list, because an English source had named each first
(countries and regions were German already: "Türkei", "Kalifornien"). A time zone's city takes
CLDR's German name ("Moskau"); any city a German source names takes that source's form
("Peking" for the "Beijing" an English source gave first).
"""

from __future__ import annotations

from pathlib import Path

from reader.core.entities import EntityKind
from reader.core.ingest.prepare import prepare_file
from reader.core.store import Store

ENGLISH = """Trade talks resume in Beijing

Negotiators from the United States arrived in Beijing on Monday for a new round of trade talks, \
officials said. The delegation will travel on to Moscow later in the week, where the foreign \
minister is expected to meet his Russian counterpart.

Analysts in Beijing said the talks could ease tensions between the two largest economies. \
Markets in Moscow and Beijing rose on the news.
"""
GERMAN = """Handelsgespräche in Peking

Unterhändler aus den Vereinigten Staaten sind am Montag zu einer neuen Runde von \
Handelsgesprächen in Peking eingetroffen, teilten Regierungsvertreter mit. Die Delegation reist \
später in der Woche weiter, wo der Außenminister seinen russischen Amtskollegen treffen soll.

Beobachter in Peking erwarten, dass die Gespräche die Spannungen zwischen den beiden größten \
Volkswirtschaften verringern.
"""


def _add(store: Store, folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    store.sources.add(prepare_file(path))


def _cities(store: Store, lang: str) -> set[str]:
    return {e.name for e in store.entities.list(EntityKind.PLACE, lang=lang)} - {"United States", "Vereinigte Staaten"}


def test_a_city_an_english_source_named_first_is_named_in_german_for_the_german_window(
    store: Store, tmp_path: Path
) -> None:
    _add(store, tmp_path, "talks.txt", ENGLISH)
    store.entities.refresh()
    # Moscow's German name comes from CLDR; Beijing has none there, and no German source yet
    assert _cities(store, "de") == {"Moskau", "Beijing"}
    _add(store, tmp_path, "gespraeche.txt", GERMAN)
    store.entities.refresh()
    assert _cities(store, "de") == {"Moskau", "Peking"}  # as the German source writes it
    assert _cities(store, "en") == {"Moscow", "Beijing"}  # the English window: as before
    (beijing,) = store.entities.find("Beijing")
    assert [e.id for e in store.entities.find("Peking")] == [beijing.id]  # one city, found both ways
    assert {"moskau", "moscow"} <= store.entities.names(store.entities.find("Moskau")[0].id)


def test_a_city_a_german_source_named_first_keeps_its_german_name(store: Store, tmp_path: Path) -> None:
    _add(store, tmp_path, "gespraeche.txt", GERMAN)
    _add(store, tmp_path, "talks.txt", ENGLISH)
    store.entities.refresh()
    assert _cities(store, "de") == {"Moskau", "Peking"}
    assert _cities(store, "en") == {"Moscow", "Beijing"}
