"""A meta line that gives the update first and the original publication after it ("Updated
Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET", Barron's) dates the article by
the original; a line that gives the publication first keeps it.

Expected values are the publication dates a reader of each line would cite.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        (
            "By Anna Weber Updated Nov. 19, 2019 8:21 am ET / Original Nov. 18, 2019 8:02 am ET",
            "2019-11-18T08:02",
        ),
        ("Aktualisiert: 03.03.2020 | Erstellt: 01.03.2020", "2020-03-01"),
        ("Updated March 5, 2020. Originally published on March 1, 2020", "2020-03-01"),
        # The publication first: it stays.
        ("Veröffentlicht: 01.03.2020 | Aktualisiert: 03.03.2020", "2020-03-01"),
        # No update label before the first date: the first date stays.
        ("Erstellt: 01.03.2020 | Veröffentlicht: 02.03.2020", "2020-03-01"),
        # A second date without a publishing label is no original.
        ("Aktualisiert am 03.03.2020 zum Bericht vom 01.03.2020", "2020-03-03"),
        # The label belongs to the sentence, not to the date far after it.
        ("Updated 03.03.2020: the figures published by the ministry on 01.03.2020", "2020-03-03"),
    ],
)
def test_original_date_after_the_update(meta: str, published: str) -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\n{meta}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE, published)


@pytest.mark.parametrize(
    ("lines", "published"),
    [
        # The update on its own line right under the headline, the publication under it.
        ("Updated March 14, 2024\nPublished March 12, 2024", "2024-03-12"),
        ("Updated: 18 Nov 2019 9:38 pm\nPosted: 18 Nov 2019 8:11 pm", "2019-11-18T20:11"),
        ("Zuletzt aktualisiert: 14.03.2024\nVeröffentlicht: 12.03.2024", "2024-03-12"),
        (
            "Aktualisiert: 14.03.2024, 10:00 Uhr\nErstellt: 12.03.2024, 14:05 Uhr",
            "2024-03-12T14:05",
        ),
        ("Mis à jour le 13 mars 2024\nPublié le 12 mars 2024", "2024-03-12"),
        ("Actualizado el 13/03/2024\nPublicado el 12/03/2024", "2024-03-12"),
        ("Aggiornato il 13 marzo 2024\nPubblicato il 12 marzo 2024", "2024-03-12"),
        # The author's line between the two.
        ("Aktualisiert am 14.03.2024\nVon Anna Weber\nErschienen am 12.03.2024", "2024-03-12"),
        # The publication first: it stays.
        ("Published March 12, 2024\nUpdated March 14, 2024", "2024-03-12"),
        # A second date line without a publishing label is no original.
        ("Aktualisiert am 14.03.2024\n12.03.2024", "2024-03-14"),
        # Two update lines: the nearer one stays.
        ("Updated March 14, 2024\nUpdated March 13, 2024", "2024-03-14"),
    ],
)
def test_original_date_on_the_line_beside_the_update(lines: str, published: str) -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\n{lines}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published) == (HEADLINE, published)
