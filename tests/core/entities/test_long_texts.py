"""A long text finds what each of its paragraphs finds: the binary searches that keep a 5 MB
article linear (pieces inside an outlet's web address, pieces inside a workplace's run, the
words of an address, the words of a body named by its parts, a noun counted once per
name) must give what asking every piece gave. Hand-written paragraphs,
repeated; expected values are what a reader marks in one paragraph."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract

_ENGLISH = (
    "Matt Maley, equity strategist at Miller Tabak, says the stock is risky. "
    "Shares fell, Motorsport-Total.com reported, and Anna Berger agreed. "
    "The news came from Boston.com on Monday. "
    "The deal is good, said analyst at Jefferies Brent Thill on Monday. "
    "The Ministry of Trade, Industry and Energy said exports rose. "
)
_GERMAN = (
    "(Motorsport-Total.com) - Alfa Romeo wird in Barcelona mehr zeigen, sagte Kimi Räikkönen. "
    "Das meldet auch t-online.de am Montag, und Berlin.de und Hamburg.de melden es auch. "
    "Die FairCoop Aktivisten treffen sich, und die Aktivisten sind zufrieden. "
)


def _kinds(text: str, lang: str) -> dict[str, EntityKind]:
    return {f.name: f.kind for f in extract(text, lang)}


def test_a_repeated_paragraph_finds_what_one_finds() -> None:
    for paragraph, lang in ((_ENGLISH, "en"), (_GERMAN, "de")):
        once = _kinds(paragraph, lang)
        assert _kinds(paragraph * 300, lang) == once, lang


def test_what_one_paragraph_finds() -> None:
    english = _kinds(_ENGLISH, "en")
    assert english.get("Miller Tabak") is EntityKind.ORG
    assert english.get("Matt Maley") is EntityKind.PERSON
    # a person inside the run after "at" ends the employer's name
    assert english.get("Jefferies") is EntityKind.ORG
    assert english.get("Brent Thill") is EntityKind.PERSON
    assert english.get("Motorsport-Total.com") is EntityKind.ORG
    assert english.get("Boston.com") is EntityKind.ORG
    assert english.get("Ministry of Trade, Industry and Energy") is EntityKind.ORG
    assert "Industry" not in english
    assert "Boston" not in english  # the address's word is no place
    german = _kinds(_GERMAN, "de")
    assert german.get("Motorsport-Total.com") is EntityKind.ORG
    assert german.get("t-online.de") is EntityKind.ORG
    assert {"Berlin.de", "Hamburg.de"} <= set(german)
    assert german.get("FairCoop") is EntityKind.ORG  # the noun after it is its members
    assert "FairCoop Aktivisten" not in german
    assert not {"Berlin", "Hamburg"} & set(german)  # the address's words are no places


def test_names_on_heading_lines_stay_out_of_a_long_text() -> None:
    paragraph = (
        "MARKETS TODAY\nWhy Netflix Is Beating CNBC And The Rest Of Hulu\n"
        "Kate Smith said the deal was good.\n"
    )
    found = _kinds(paragraph * 200, "en")
    assert "Hulu" not in found  # a headline in title case: its capitals prove nothing
    assert found.get("Kate Smith") is EntityKind.PERSON
