"""A short name joins a longer one only when the longer one is a variant of the same entity:
a German body's name with a common noun after it is a thing of that body ("HTW Mensa", "RKI
Epidemiologisches Bulletin"), not its longer name; two longer names that could both be its own
leave it alone, as two people of one surname leave the bare surname alone. Hand-written
sentences, German and English."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _named(found: list[Found], kind: EntityKind, name: str) -> Found:
    return next(f for f in found if f.kind is kind and f.name == name)


def _at(text: str, word: str, nth: int) -> tuple[int, int]:
    at = -1
    for _ in range(nth):
        at = text.index(word, at + 1)
    return at, at + len(word)


def test_an_acronym_is_not_taken_by_its_canteen() -> None:
    text = (
        "Studierende der HTW essen gern in der HTW Mensa, sagte die HTW. Die HTW plant mehr Plätze."
    )
    found = extract(text, "de")
    htw = _named(found, EntityKind.ORG, "HTW")
    assert {_at(text, "HTW", 1), _at(text, "HTW", 3), _at(text, "HTW", 4)} <= set(htw.spans)
    assert _at(text, "HTW", 2) not in htw.spans  # "HTW Mensa" is the canteen, named apart


def test_an_acronym_is_not_taken_by_its_bulletin() -> None:
    text = (
        "Das RKI meldet neue Fälle. Im RKI Epidemiologisches Bulletin steht, dass die Zahl "
        "steigt, sagte das RKI."
    )
    rki = _named(extract(text, "de"), EntityKind.ORG, "RKI")
    assert {_at(text, "RKI", 1), _at(text, "RKI", 3)} <= set(rki.spans)


def test_an_acronym_in_english_is_not_taken_by_its_german_named_cup() -> None:
    text = "Leipzig won the DFB Pokal final in Berlin. The DFB said on Monday that the DFB pays."
    dfb = _named(extract(text, "en"), EntityKind.ORG, "DFB")
    assert {_at(text, "DFB", 2), _at(text, "DFB", 3)} <= set(dfb.spans)


def test_a_brand_keeps_its_name_beside_its_product() -> None:
    text = "Der MinusL Joghurt ist beliebt, sagte MinusL. Die Firma MinusL wächst."
    orgs = {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}
    assert "MinusL" in orgs


def test_a_short_name_still_joins_its_longer_name() -> None:
    # a body's head, a company's line of business: the same company
    german = "Der VW Konzern meldet Gewinne. VW will mehr Autos bauen, sagte VW am Montag."
    english = "Shares of Ulta Beauty rose on Monday. Ulta said sales grew, and Ulta expects more."
    for text, lang, name, short in (
        (german, "de", "VW Konzern", "VW"),
        (english, "en", "Ulta Beauty", "Ulta"),
    ):
        found = extract(text, lang)
        assert [f.name for f in found if f.kind is EntityKind.ORG] == [name]
        assert _at(text, short, 3) in _named(found, EntityKind.ORG, name).spans


def test_a_short_name_joins_its_branch_named_by_a_town() -> None:
    # "Regina" is a town and a woman's name, German more than English by the word counts
    for text, lang in (
        ("CTV News Regina reported the fire. CTV News said two homes burned down.", "en"),
        ("Der Sender CTV News Regina berichtete. CTV News sagte, zwei Häuser brannten.", "de"),
    ):
        found = extract(text, lang)
        assert [f.name for f in found if f.kind is EntityKind.ORG] == ["CTV News Regina"]


def test_an_acronym_between_two_of_its_branches_joins_neither() -> None:
    text = "Die HTW baut. Die HTW Berlin und die HTW Dresden sind Hochschulen; die HTW wächst."
    found = extract(text, "de")
    for branch in ("HTW Berlin", "HTW Dresden"):
        assert _at(text, "HTW", 1) not in _named(found, EntityKind.ORG, branch).spans


def test_a_surname_shared_by_two_people_joins_neither() -> None:
    for text, lang, first, second, bare in (
        ("Thomas Müller traf Gerd Müller in München. Müller sagte, es sei gut.", "de",
         "Thomas Müller", "Gerd Müller", "Müller"),
        ("Thomas Miller met Gerd Miller in Boston. Miller said it went well.", "en",
         "Thomas Miller", "Gerd Miller", "Miller"),
    ):  # fmt: skip
        found = extract(text, lang)
        alone = _at(text, bare, 3)
        assert alone not in _named(found, EntityKind.PERSON, first).spans
        assert alone not in _named(found, EntityKind.PERSON, second).spans


def test_a_surname_of_one_person_joins_that_person() -> None:
    text = "Thomas Müller traf Anna Weber in München. Müller sagte, das Spiel sei gut gewesen."
    müller = _named(extract(text, "de"), EntityKind.PERSON, "Thomas Müller")
    assert _at(text, "Müller", 2) in müller.spans
