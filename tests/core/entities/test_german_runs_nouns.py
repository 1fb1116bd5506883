"""A German noun after a brand's or a body's short name is what the text speaks of, not part
of the name, when the text writes the noun alone too ("MinusL Joghurt" is MinusL); a body and
its place or branch stay one name ("FC Nürnberg", "IG Metall"). Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_a_noun_the_text_writes_alone_is_cut_off_the_name_before_it() -> None:
    text = (
        "Wir verwenden für unseren MinusL Joghurt eine milde Kultur. Der Joghurt ist mild, "
        "und der Joghurt schmeckt. Für BahnComfort Kunden gilt das nicht, sagen Kunden."
    )
    orgs = _orgs(extract(text, "de"))
    assert "MinusL" in orgs
    assert not orgs & {"MinusL Joghurt", "BahnComfort Kunden"}


def test_a_body_with_its_place_or_branch_stays_whole() -> None:
    text = (
        "Die IG Metall rief zur Kundgebung auf, Metall sei gefragt. Sophia spielt beim FC "
        "Nürnberg, in Nürnberg wohnt sie, und der TÜV Thüringen prüft in Thüringen."
    )
    orgs = _orgs(extract(text, "de"))
    assert {"IG Metall", "FC Nürnberg", "TÜV Thüringen"} <= orgs
    assert not orgs & {"FC", "TÜV"}


def test_a_name_cut_free_of_its_noun_is_not_handed_to_another_of_its_things() -> None:
    # "HTW Gelände" becomes HTW; the bare HTW must not then go to the one long name left
    text = (
        "Die HTW Mensa öffnet früh. Das HTW Gelände wird umgebaut, und das Gelände bleibt "
        "offen, teilte die HTW mit."
    )
    htw = next(f for f in extract(text, "de") if f.kind is EntityKind.ORG and f.name == "HTW")
    gelände, bare = text.index("HTW Gelände"), text.rindex("HTW")
    assert {(gelände, gelände + 3), (bare, bare + 3)} <= set(htw.spans)
