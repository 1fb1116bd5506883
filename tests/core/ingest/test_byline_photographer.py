"""A photographer is no author: a name marked "(Foto)" beside the date, or a name over the
job line "Fotograf" ("Staff photographer", "Bildredakteurin"), credits the pictures; of names
marked with their part ("Anna Weber (Text) und Max Muster (Fotos)") the one marked "(Text)"
wrote the story.

Expected values are what a reader of each hand-built page would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.author_lines import role_marked_authors
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("lines", "byline"),
    [
        ("12.03.2024 | Max Muster (Foto)", None),
        ("12.03.2024\nMax Muster\nFotograf", None),
        # Photographers' jobs that name a writer's too ("staff", "editor", "reporter"), or
        # that are one word with the picture in it.
        ("12.03.2024\nMax Muster\nStaff photographer", None),
        ("12.03.2024\nMax Muster\nPhoto editor", None),
        ("12.03.2024\nMax Muster\nFoto-Reporterin", None),
        ("12.03.2024\nMax Muster\nBildredakteurin", None),
        ("Anna Weber (Text) und Max Muster (Fotos)\n12.03.2024", "Anna Weber"),
        ("12.03.2024 | Anna Weber (Text), Max Muster (Bilder)", "Anna Weber"),
        # A name over a writer's job stays the author.
        ("12.03.2024\nAnna Weber\nRedakteurin", "Anna Weber"),
    ],
)
def test_the_photographer_is_no_author(lines: str, byline: str | None) -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\n{lines}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.published[:10], article.byline) == (
        HEADLINE,
        "2024-03-12",
        byline,
    )


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Anna Weber (Text) und Max Muster (Fotos)", "Anna Weber"),
        (
            "Anna Weber (Text), Jan de Vries (Text), Max Muster (Foto)",
            "Anna Weber und Jan de Vries",
        ),
        ("Max Muster (Foto)", ""),
        ("Neue Radwege (Symbolbild) für die Stadt", None),
        ("Anna Weber", None),
    ],
)
def test_role_marked_names(text: str, names: str | None) -> None:
    assert role_marked_authors(text) == names
