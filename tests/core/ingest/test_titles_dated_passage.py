"""Titles on real copied pages (issue #10): a dated line that ends in a colon introduces a
passage ("Fazit am 15.06.2006:", "Nachtrag 22.04.2020 10:30 Uhr:"); it does not date the
article, so the prose under it is no later start of the article, and the headline over the
story's short opening stays the title.

Built like the dev-set page that showed the class (a blog post: headline, a short opening,
the quoted mail, a table of replies, then "Fazit am …:" over the long conclusion); the
expected values are what a reader of the page would cite.
"""

from __future__ import annotations

from tests.head_pages import HEADLINE, P1, P2, parse_page

P3 = (
    "Geantwortet haben nur zwei Fraktionen, und zwar sofort und zustimmend, was bei einer "
    "Opposition auch nicht verwundert, während die Regierungsparteien bis heute schweigen und "
    "keine Fragen beantworten."
)
P4 = (
    "Keiner der Abgeordneten der Regierungsparteien hat geantwortet, alle haben sie gekniffen, "
    "obwohl die Frist lange genug war und die Fragen klar gestellt waren, wie jeder Leser "
    "selbst prüfen kann."
)
REPLIES = "CDU\n1\nSPD\n0\nFDP\n0\nGrüne\n0\nMan stimmt meinem Protest zu.\n"


def test_a_dated_line_ending_in_a_colon_does_not_start_the_article() -> None:
    conclusion = f"{P3}\n{P4}\n{P3}\n{P4}\n{P3}\n"
    page = f"{HEADLINE}\n{P1}\n{P2}\n{REPLIES}Fazit am 15.06.2006:\n{conclusion}"
    article = parse_page(page)
    assert article.title == HEADLINE
    assert article.published is None  # the page gives no date of its own
