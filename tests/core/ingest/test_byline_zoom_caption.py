"""A bare name under the headline beside a picture's zoom button ("Vergrößern" / "Liam
Gavrielides" / "Quelle: …", "MIRO Analytical" / caption / "Hineinzoomen") is the caption of
the lead picture, naming the person or firm it shows, not the author; a bare name under the
headline with no picture beside it stays the byline.

Expected values are what a reader of each hand-built page would cite: nobody is named as the
author on the pages with a captioned picture.
"""

from __future__ import annotations

import pytest

from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    "between",
    [
        "Vergrößern\nLiam Gavrielides\nQuelle: Juergen Hasenkopf",
        "Bild vergrößern\nMaria Tillessen\nFoto: Stadt",
        "MIRO Analytical\nDie Gründer von MIRO Analytical mit einem ihrer Geräte.\nHineinzoomen",
        "Enlarge this image\nJane Doe",
    ],
)
def test_a_name_beside_a_zoom_button_is_no_byline(between: str) -> None:
    page = f"Kontakt\nImpressum\n12.03.2024\n{HEADLINE}\n{between}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.byline) == (HEADLINE, None)


def test_a_bare_name_under_the_headline_stays_the_byline() -> None:
    page = f"Kontakt\nImpressum\n12.03.2024\n{HEADLINE}\nLiam Gavrielides\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.byline) == (HEADLINE, "Liam Gavrielides")
