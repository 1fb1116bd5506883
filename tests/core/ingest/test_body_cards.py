"""A list of teaser cards after the article is not the article.

Opinion and news sites print "More from …" under the article: card after card of headline,
author, a date line ("Tuesday November 19, 2019") and a one-paragraph teaser. Each teaser reads
like prose, and the run of article text can run into them. The page in
tests/data/body_classes/en_teaser_cards.txt is written by hand in that shape, its gold body
too. A live blog's dated entries, each of several long paragraphs, are no cards.
"""

from __future__ import annotations

from quality import DATA, body_score, load_gold

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import parse, read_page
from reader.core.text import normalise

PAGE = DATA / "body_classes" / "en_teaser_cards.txt"
LAST = "The council should stop spending money"


def test_the_cards_after_the_article_are_left_out() -> None:
    gold = load_gold(PAGE.with_suffix(".gold.json"))["body"]
    body = parse(normalise(PAGE.read_text(encoding="utf-8"))).body
    assert body_score(body, gold).f1 >= 0.97, body


def _kept(text: str) -> list[str]:
    """Body lines when every paragraph scores 0.9 (a model that takes the teasers for
    article) and every short line 0.05."""
    page = read_page(normalise(text))[0]
    probs = [0.9 if shape.prose else 0.05 for shape in page.shapes]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


def test_the_run_stops_before_the_cards_however_likely_the_teasers() -> None:
    kept = _kept(PAGE.read_text(encoding="utf-8"))
    assert kept[-1].startswith(LAST)


def test_two_cards_are_no_list() -> None:
    text = PAGE.read_text(encoding="utf-8")
    text = text.split("The library deserves its new wing")[0]
    kept = _kept(text)
    assert kept[-1].startswith("When the city raised parking fees")


def test_dated_entries_of_long_paragraphs_are_kept() -> None:
    # A live blog: each dated entry has two long paragraphs, so no teaser stands alone.
    text = PAGE.read_text(encoding="utf-8")
    more = (
        "Officials said the work would be finished before the winter storms arrive, and that "
        "the crews would work at night to keep the road open during the day."
    )
    for day in ("Wednesday November 20, 2019", "Tuesday November 19, 2019"):
        text = text.replace(day + "\n", day + "\n" + more + "\n")
    text = text.replace("Monday November 18, 2019\n", "Monday November 18, 2019\n" + more + "\n")
    kept = _kept(text)
    assert kept[-1].startswith("Three timetable changes")


ARTICLE_DE = [
    "Das Unterhaus hat die Entscheidung über das neue Abkommen am Samstag verschoben, und die "
    "Regierung musste noch am Abend in einem Brief um eine weitere Frist bitten.",
    "Zuvor hatte die Sondersitzung nicht die erwartete Entscheidung gebracht, weil eine Mehrheit "
    "der Abgeordneten erst die Gesetze zum Austritt sehen wollte.",
    "Der Premierminister kündigte an, das Abkommen in der kommenden Woche erneut zur Abstimmung "
    "zu stellen, und er zeigte sich zuversichtlich, dass es dann eine Mehrheit finde.",
    "Die Opposition warf ihm vor, das Parlament unter Druck zu setzen, und verlangte, dass "
    "zuerst alle Gesetze zum Austritt in Ruhe und ohne Frist beraten würden.",
]
# Cards whose date line stands under the teaser and names the authors first.
CARDS_BELOW = [
    "Niederlage für den Premier – Regierung will Verschiebung beantragen",
    "Das Parlament hat eine Entscheidung über das Abkommen vertagt, und nun muss die Regierung "
    "in Brüssel um mehr Zeit bitten.",
    "Anna Weber, Peter Keller, Johanna Wolf, Tobias Roth * 19.10.2019, 17:00",
    "Das neue Abkommen belastet das Land mehr als das alte",
    "Der Handel nach dem Austritt soll frei von Zöllen bleiben, aber viele Regeln werden sich "
    "für die Firmen auf beiden Seiten ändern.",
    "Benjamin Keller, London 18.10.2019, 19:33",
    "Ein Trick lässt die Grenze verschwinden",
    "Die Lösung des grössten Problems: Die Provinz wäre nicht in der Union, würde aber so "
    "behandelt, als wäre sie es noch.",
    "Benjamin Keller, London 18.10.2019, 06:00",
]


def test_cards_with_their_authors_and_date_under_the_teaser_are_left_out() -> None:
    text = "\n\n".join(["Der Streit geht in die nächste Runde", *ARTICLE_DE, *CARDS_BELOW])
    assert _kept(text)[-1] == ARTICLE_DE[-1]


def test_a_long_line_with_a_date_inside_it_is_no_card_date() -> None:
    # The date opens the line and words follow it: no date line closing a card, so two cards
    # are left, which make no list.
    lines = list(CARDS_BELOW)
    lines[2] = "Am 19.10.2019 stimmten Anna Weber, Peter Keller und Johanna Wolf dagegen"
    text = "\n\n".join(["Der Streit geht in die nächste Runde", *ARTICLE_DE, *lines])
    assert _kept(text)[-1] != ARTICLE_DE[-1]
