"""Author labels in gender-inclusive German ("Autor:in: …", "Autor*in: …", "Autor_in: …",
"Autor/in: …") introduce the author as "Autor:" does, also inside a meta line; the
interviewer's credit ("Das Interview führte Anna Weber.", "Die Fragen stellte …", "Propos
recueillis par …") names the author, in the head or under the text, without the sentence's
full stop. The plural label alone on a line ("Autor:innen") is a menu entry.

Expected values are the names a reader of each hand-built page would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline_tails import tidy_byline
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    "line",
    [
        "Autor:in: Anna Weber",
        "Autor*in: Anna Weber",
        "Autor_in: Anna Weber",
        "Autor/in: Anna Weber",
        "12.03.2024 | Autor*in: Anna Weber",
        "Das Interview führte Anna Weber.",
        "Das Gespräch führte Anna Weber",
    ],
)
def test_gendered_and_interviewer_leads_in_the_head(line: str) -> None:
    page = f"Kontakt\nImpressum\n{HEADLINE}\n12.03.2024\n{line}\n\n{P1}\n\n{P2}\n"
    article = parse_page(page)
    assert (article.title, article.byline) == (HEADLINE, "Anna Weber")


def test_the_interviewer_under_the_text() -> None:
    page = f"Kontakt\n{HEADLINE}\n12.03.2024\n\n{P1}\n\n{P2}\n\nDie Fragen stellte Anna Weber.\n\nTeilen\n"
    assert parse_page(page).byline == "Anna Weber"


def test_a_french_interviewer() -> None:
    headline = "La ville présente son plan pour les pistes cyclables"
    paragraphs = (
        "Le conseil municipal a présenté lundi un projet d'extension du réseau de pistes "
        "cyclables dans toute la ville, et le maire a promis des travaux avant l'été.\n\n"
        "L'opposition a critiqué son coût, qui devrait atteindre environ huit millions d'euros, "
        "et a demandé un examen plus attentif de chaque tronçon avant le vote du conseil."
    )
    page = f"Accueil\n{headline}\nPublié le 12 mars 2024\nPropos recueillis par Marie Dupont\n\n{paragraphs}\n"
    assert parse_page(page).byline == "Marie Dupont"


def test_a_menu_of_authors_is_no_lead() -> None:
    page = f"Startseite\nAutor:innen\nAnna Weber\nMax Muster\nKontakt\n\n{HEADLINE}\n12.03.2024\n\n{P1}\n\n{P2}\n"
    assert parse_page(page).byline is None


@pytest.mark.parametrize(
    ("names", "tidy"),
    [
        ("Anna Weber.", "Anna Weber"),
        ("John Smith Jr.", "John Smith Jr."),
        ("Deutscher Verband Flüssiggas e.V.", "Deutscher Verband Flüssiggas e.V."),
        ("Mary J.", "Mary J."),
    ],
)
def test_a_sentence_stop_leaves_the_byline(names: str, tidy: str) -> None:
    assert tidy_byline(names) == tidy


def test_a_gendered_label_alone_over_the_name_under_the_text() -> None:
    page = f"Kontakt\n{HEADLINE}\n12.03.2024\n\n{P1}\n\n{P2}\n\nAutor*in:\nAnna Weber\n\nTeilen\n"
    assert parse_page(page).byline == "Anna Weber"
