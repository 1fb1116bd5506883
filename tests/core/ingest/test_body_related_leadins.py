"""A related-stories box under a lead-in in its site's own words is set aside, headlines and all.

Sites head the box of links between or under the article's paragraphs with a line of their
own ("Read these next:", "Also on our site:", "Mehr aus dem Ressort:", "Diese Artikel könnten
euch auch interessieren:"). With long headlines under it and the article going on below, an
unknown lead-in announced a list of the article's, and the headlines stayed in its text. The
lead-in with its colon says what the box is, in German, English and the other languages the
phrase tables cover; a list the article itself announces ("The plan approved by the council
includes:") stays. The pages are written by hand in the shape of such boxes.
"""

from __future__ import annotations

import pytest
from quality import DATA, role_of

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

EN = DATA / "body_classes" / "en_related_leadins.txt"
DE = DATA / "body_classes" / "de_related_leadins.txt"
_EN_HEADLINES = ("Why the city's buses", "Airport expansion plan", "How a small town in the Alps")
_DE_HEADLINES = ("Warum die Busse der Stadt", "Flughafen-Ausbau: Anwohner", "Wie ein kleiner Ort")


def _roles(text: str) -> dict[str, BlockRole]:
    return {b.text: b.role for b in parse(normalise(text)).blocks}


def _with_lead_in(path: str, old: str, new: str) -> dict[str, BlockRole]:
    page = (DATA / "body_classes" / path).read_text(encoding="utf-8")
    assert f"\n{old}\n" in page
    return _roles(page.replace(f"\n{old}\n", f"\n{new}\n"))


@pytest.mark.parametrize(
    "lead_in",
    ["Read these next:", "Also on our site:", "You might also be interested in:", "Keep reading:",
     "Recommended reading:", "Up next:", "More in Politics:", "Also worth reading:"],
)  # fmt: skip
def test_an_english_box_s_headlines_are_set_aside(lead_in: str) -> None:
    roles = _with_lead_in("en_related_leadins.txt", "Read these next:", lead_in)
    assert roles[lead_in] is BlockRole.BOILERPLATE
    for headline in _EN_HEADLINES:
        assert role_of(roles, headline) is BlockRole.BOILERPLATE, headline
    assert role_of(roles, "The council meets again on Thursday") is BlockRole.BODY


@pytest.mark.parametrize(
    "lead_in",
    ["Mehr aus dem Ressort:", "Das könnte Sie auch interessieren:",
     "Diese Artikel könnten euch auch interessieren:", "Weitere Meldungen aus der Region:",
     "Passend zum Thema:", "Lesen Sie weitere Artikel zu diesem Thema:", "Empfohlene Artikel:"],
)  # fmt: skip
def test_a_german_box_s_headlines_are_set_aside(lead_in: str) -> None:
    roles = _with_lead_in("de_related_leadins.txt", "Mehr aus dem Ressort:", lead_in)
    assert roles[lead_in] is BlockRole.BOILERPLATE
    for headline in _DE_HEADLINES:
        assert role_of(roles, headline) is BlockRole.BOILERPLATE, headline
    assert role_of(roles, "Der Oberbürgermeister sagte") is BlockRole.BODY


def test_a_box_of_one_headline_between_blank_lines_is_set_aside() -> None:
    """"Weiterlesen:" / (blank) / one headline / (blank) / the article goes on: the lead-in
    heads the box as a label would."""
    page = DE.read_text(encoding="utf-8")
    box = page[page.index("Mehr aus dem Ressort:") : page.index("Der Oberbürgermeister")]
    headline = "Flughafen-Ausbau: Anwohner im Norden ziehen erneut vor das Verwaltungsgericht"
    roles = _roles(page.replace(box, f"Weiterlesen:\n\n{headline}\n\n"))
    assert roles[headline] is BlockRole.BOILERPLATE
    assert role_of(roles, "Der Oberbürgermeister sagte") is BlockRole.BODY


def test_the_article_s_own_announced_list_stays() -> None:
    roles = _roles(EN.read_text(encoding="utf-8"))
    for item in ("Six new stops", "A depot for twenty trams", "A park-and-ride car park"):
        assert role_of(roles, item) is BlockRole.BODY, item
    assert role_of(roles, "It is expected to carry") is BlockRole.BODY


@pytest.mark.parametrize(
    "lead_in",
    ["Plus d'articles sur la ville :", "À lire également :", "Otras noticias de Madrid:",
     "Altri articoli su Roma:", "Mais notícias de Lisboa:", "Meer over Amsterdam:", "Другие новости:",
     "Вам может быть интересно:", "Więcej wiadomości z kraju:"],
)  # fmt: skip
def test_other_languages_lead_ins_name_a_related_box(lead_in: str) -> None:
    assert phrases.prompt_reason(lead_in, len(lead_in.split())) == phrases.RELATED


@pytest.mark.parametrize("lead_in", ["More in detail:", "More in short:", "Don't miss:"])
def test_a_list_the_article_announces_in_words_a_box_might_use_stays(lead_in: str) -> None:
    """"More in detail:" or "Don't miss:" (a travel piece over its sights) on a line of its
    own announces the article's own list: as a box's lead-in it headed the items away."""
    page = EN.read_text(encoding="utf-8").replace(
        " The plan approved by the council includes:\n", f"\n\n{lead_in}\n"
    )
    roles = _roles(page)
    for item in ("Six new stops", "A depot for twenty trams", "A park-and-ride car park"):
        assert role_of(roles, item) is BlockRole.BODY, item


def test_a_german_list_under_passend_dazu_stays() -> None:
    """"Passend dazu:" is how a recipe lists what goes with the dish; "Passend zum Thema:"
    names a box."""
    items = ("Sechs neue Haltestellen zwischen Hauptbahnhof und Terminal",
             "Ein Depot für zwanzig Bahnen im nördlichen Gewerbegebiet", "Ein Parkplatz an der Autobahnausfahrt")  # fmt: skip
    page = DE.read_text(encoding="utf-8").replace(
        " Täglich sollen rund 40.000 Fahrgäste die neue Linie nutzen.\n", "\n\nPassend dazu:\n" + "\n".join(items) + "\n"
    )
    roles = _roles(page)
    for item in items:
        assert roles[item] is BlockRole.BODY, item


@pytest.mark.parametrize(
    "line", ["More in detail:", "Don't miss:", "Passend dazu:", "No te pierdas:", "Da non perdere:", "Não perca:"]
)
def test_words_that_announce_the_article_s_own_list_name_no_box(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) != phrases.RELATED


@pytest.mark.parametrize("line", ["More in Politics", "Mehr aus dem Ressort", "Related news"])
def test_without_its_colon_the_line_announces_no_box(line: str) -> None:
    """Such a line may head the article's own part of a page; only the lead-in's colon says a
    box of links follows."""
    assert phrases.label_reason(line) is None
    assert phrases.prompt_reason(line, len(line.split())) is None


@pytest.mark.parametrize(
    "line",
    ["More in store: what the budget means for shoppers", "Mehr aus dem Garten: Was im März zu tun ist",
     "Meer over de zomer: wat u moet weten"],
)
def test_a_headline_with_a_colon_inside_is_no_lead_in(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split())) is None


def test_a_link_line_with_its_headline_heads_nothing() -> None:
    """"Read also: …" with the headline on its line is one link: the subheading under it is
    the article's."""
    page = EN.read_text(encoding="utf-8").replace(
        "\nOpponents had argued",
        "\nRead also: Airport expansion plan faces fresh legal challenge\n\nA decade of delay\n"
        "Opponents had argued",
    )
    roles = _roles(page)
    assert role_of(roles, "Read also: Airport") is BlockRole.BOILERPLATE
    assert roles["A decade of delay"] is BlockRole.BODY
