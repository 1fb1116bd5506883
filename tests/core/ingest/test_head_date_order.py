"""An ambiguous slashed date ("12/03/2024") on a page in French, Spanish, Portuguese or
Italian is read day first, as those languages write it; on an English page month first (as
American pages write it), and on a German page too (German writes dots: slashes there come
from an American CMS, "Stand: 11/01/2021" on an Austrian site is 1 November). The page's
other slashed dates decide first when they can."""

from __future__ import annotations

import pytest

from tests.head_pages import P1 as DE_P1
from tests.head_pages import P2 as DE_P2
from tests.head_pages import parse_page

PT = (
    "O governo aprovou nesta terça-feira um novo plano de habitação que prevê a construção de "
    "milhares de apartamentos para aluguel acessível nas principais cidades do país.\n"
    "As associações de inquilinos elogiaram a medida, mas alertam que os prazos anunciados "
    "são longos demais para aliviar a pressão sobre os preços atuais dos aluguéis.\n"
)
FR = (
    "Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection des "
    "données personnelles, après plusieurs mois de consultations avec les entreprises.\n"
    "Les associations de consommateurs saluent une avancée, mais regrettent que les sanctions "
    "prévues restent modestes au regard des bénéfices réalisés par les plateformes.\n"
)
EN = (
    "The city council voted on Tuesday night to approve a budget that sets aside more money "
    "for road repairs than in any year since the bridge collapse, after a long debate.\n"
    "Opponents said the plan relied on optimistic revenue estimates and warned that cuts "
    "could follow in the autumn if the money failed to arrive as the mayor had promised.\n"
)


@pytest.mark.parametrize(
    ("head", "story", "day"),
    [
        (
            "Governo aprova plano de habitação para aluguel acessível\n"
            "Por João Silva, 12/03/2024 às 10h30\n",
            PT,
            "2024-03-12",
        ),
        (
            "Le gouvernement durcit les règles sur les données personnelles\n"
            "Jean Dupont\nLe 08/02/2024 à 10:30\n",
            FR,
            "2024-02-08",
        ),
        (
            "Council approves budget with record money for road repairs\n"
            "Posted on 03/12/2024 by Jane Doe\n",
            EN,
            "2024-03-12",
        ),
        (
            "Stadtrat beschließt Haushalt mit Geld für die Straßen\nStand: 11/01/2021, 05:00\n",
            f"{DE_P1}\n{DE_P2}\n",
            "2021-11-01",
        ),
        (
            "Governo aprova plano de habitação para aluguel acessível\n"
            "Por João Silva, 03/12/2024 às 10h30\n",
            PT + "Comentários\nMaria em 11/19/2024 disse:\nMuito bom.\n",
            "2024-03-12",  # the page's own month-first date decides
        ),
    ],
)
def test_slashed_date_in_the_language_s_order(head: str, story: str, day: str) -> None:
    article = parse_page(f"Início\nNotícias\n{head}{story}")
    assert article.published is not None
    assert article.published[:10] == day
