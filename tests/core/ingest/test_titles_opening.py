"""Titles on real copied pages (issue #10): where the article's running text starts decides
where the headline is looked for.

A story's opening paragraph often stands alone under its headline and date, cut off from the
heavier rest of the story by a picture gallery, a table of contents or a box of related links;
the rest then starts under a subheading. Built like the dev-set pages that showed the class (a
gas network's article with a gallery, a history blog with a reading-time line); the expected
values are what a reader of the page would cite.
"""

from __future__ import annotations

from devsample import pages

from tests.head_pages import parse_page

MENU = "Start\nThemen\nWasserstoff\nNetze\nPresse\n"
HEADLINE = "Welche Heizung passt zum Klimaschutz im Altbau?"
SUBHEADING = "Neue Anlagen für mehr Klimaschutz"
OPENING = (
    "In den Heizungen der Privathäuser liegt ein großes Potenzial für den Klimaschutz, denn in "
    "vielen Gebäuden sind die Anlagen veraltet und verbrauchen mehr Energie, als sie müssten."
)
BOX = (
    "Mehr zum Thema\nWasserstoff im Gasnetz wird erprobt\nNeue Regeln für den Heizungstausch\n"
    "Wärmepumpen im Altbau richtig planen\nKontakt\nNewsletter\n"
)
# The rest of the story: heavy enough that the opening alone is less than a tenth of it.
REST = "\n".join(
    f"Absatz {n}: Gebäude verbrauchen mehr als ein Drittel der Endenergie in Deutschland, und "
    "der größte Teil davon geht in die Wärme. Wer eine alte Anlage tauscht, spart oft ein "
    "Viertel des Verbrauchs, und mit einem Anteil grüner Gase sinkt der Ausstoß weiter, ohne "
    "dass im Haus viel umgebaut werden muss."
    for n in range(1, 10)
)


def _page(opening: str) -> str:
    return f"{MENU}{HEADLINE}\n{opening}\n{BOX}{SUBHEADING}\n{REST}\nImpressum\n"


def test_a_dated_opening_above_a_related_links_box_keeps_the_headline_over_it() -> None:
    for opening in (f"19. November 2021\n{OPENING}", f"{OPENING}\n19. November 2021"):
        article = parse_page(_page(opening))
        assert article.title == HEADLINE, opening
        assert article.published == "2021-11-19", opening


def test_an_undated_opening_above_a_related_links_box_leaves_the_start_at_the_heavy_run() -> None:
    # No date beside the short run: nothing says it opens the story, and the subheading
    # over the heavy run stays the nearest headline-shaped line above the text.
    assert parse_page(_page(OPENING)).title == SUBHEADING


def test_a_report_whose_gallery_parts_its_standfirst_from_its_text_keeps_its_headline() -> None:
    # A committed dev page (tests/data/devsample): a weekly avalanche report, its headline and
    # standfirst under the week's date line, then a gallery of ten captioned pictures, then
    # the text under its first subheading ("Beständiges Hoch"). Gold title checked against
    # the page.
    page = next(p for p in pages("de-web") if p.name == "slf.ch-lawinensituation")
    assert page.pred["title"] == "Schwache Profile – günstige Lawinensituation"


def test_a_page_without_running_text_takes_the_headline_over_its_first_date() -> None:
    # A sports desk's results: headline, author and date, then only short result lines (built
    # like a dev-set page of school results). No paragraph is running text, so the headline
    # is looked for above the date line, not above the page's end.
    results = "".join(
        f"Team {n} d. Team {n + 1} {n}-0\nTeam {n + 1} (0-{n}): Fuchs {n} Paraden.\n"
        for n in range(1, 17)
    )
    page = (
        "Willkommen beim Sportportal\nMehr erfahren\n"
        "Kreisliga am Abend: Nord gewinnt das Derby gegen Süd\nAnna Weber, Stadtanzeiger\n"
        f"Veröffentlicht 20.11.2019, 02:16 Uhr\nHANDBALL\n{results}Nutzungsbedingungen\n"
    )
    article = parse_page(page)
    assert article.title == "Kreisliga am Abend: Nord gewinnt das Derby gegen Süd"
    assert article.byline == "Anna Weber"
