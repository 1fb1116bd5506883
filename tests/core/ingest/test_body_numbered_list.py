"""A numbered list the article's last paragraph announces with a colon is the article's.

A deals post or a listicle ends its prose with "Ecco le offerte da non perdere:" and lists
"1) …", "2) …", each item a short line, often with its link under it (the bare address stays
set aside, as article info); the run of paragraphs stops at the lead-in, and a real dev page
(Italian) lost its whole list. The page is written
by hand; which lines are the article is hand knowledge.
"""

from __future__ import annotations

from quality import block_roles, role_of

from reader.core.ingest.article import BlockRole

_ITEMS = [
    "1) Lego Castello medievale con sei minifigure",
    "2) Pista elettrica con due auto da corsa",
    "3) Cofanetto dei film di fantascienza in Blu-Ray",
    "4) Gioco da tavolo di strategia per tutta la famiglia",
]


def _page(links: bool) -> str:
    lines = []
    for n, item in enumerate(_ITEMS, 1):
        lines.append(item)
        if links:
            lines.append(f"http://example.org/offerta{n}")
    items = "\n\n".join(lines)
    return f"""Home

Film

Giochi

Black Friday per nostalgici: le occasioni da non perdere

Il Black Friday è arrivato anche da noi: i negozi offrono sconti speciali per lo shopping di Natale, e quest'anno le offerte durano tutta la settimana.

Negli ultimi anni il venerdì nero è diventato una settimana intera di sconti, che si trascinano fino al lunedì successivo.

Ecco allora le offerte per i nostalgici degli anni Ottanta da non lasciarsi sfuggire:

{items}

Lascia un commento

Privacy
"""


def test_the_announced_numbered_list_is_the_articles() -> None:
    for links in (False, True):
        roles = block_roles(_page(links))
        assert role_of(roles, "Ecco allora") is BlockRole.BODY
        for item in _ITEMS:
            assert role_of(roles, item) is BlockRole.BODY, (links, item)
        assert role_of(roles, "Lascia un commento") is BlockRole.BOILERPLATE


def test_unnumbered_lines_after_a_closing_colon_are_not_taken() -> None:
    # A footer's lines after a colon (a contact box, social links) are no announced list.
    page = _page(links=False)
    for item in _ITEMS:
        page = page.replace(item, item.split(") ", 1)[1])
    roles = block_roles(page)
    assert role_of(roles, "Lego Castello") is BlockRole.BOILERPLATE
