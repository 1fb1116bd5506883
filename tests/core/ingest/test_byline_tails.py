"""What a byline carries besides the names: a job title or outlet glued on by the copy
("By Meg JamesStaff Writer"), the outlet after the names ("Elliot Brownstein Florida Today"),
a job compounded before them ("FOCUS-Online-Experte Robin Tschöpe"), a category after a bar
("Gepostet von Katharina Volkwein | Wohnen"), and co-authors joined by another language's
"and" ("Par Jean Dupont et Marie Curie"). Expected values are the names a reader would cite.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import byline_in_line, names_of
from reader.core.ingest.byline_tails import tidy_byline
from reader.core.ingest.intl_bylines import byline_in_date_line
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Meg JamesStaff Writer", "Meg James"),
        ("Michael HiltzikBusiness Columnist", "Michael Hiltzik"),
        ("Jonathan GarberFOXBusiness", "Jonathan Garber"),
        ("Jane DoeContributor", "Jane Doe"),
        ("Jane DoeColumnist", "Jane Doe"),
        ("Jane MacKenzieStaff Writer", "Jane MacKenzie"),
        ("Elliot Brownstein Florida Today", "Elliot Brownstein"),
        ("Kevin McCoy USA TODAY", "Kevin McCoy"),  # "McCoy" is no glue
        ("Bryan DeArdo Staff Writer", "Bryan DeArdo Staff Writer"),  # nor "DeArdo"
        ("Mary Clare Jalonick Detroit News", "Mary Clare Jalonick"),  # the longest name
        ("Sarah Schnieder Reiterrevue International", "Sarah Schnieder"),
        ("Anna Weber Stuttgarter Zeitung", "Anna Weber"),
        ("FOCUS-Online-Experte Robin Tschöpe", "Robin Tschöpe"),
        ("SPIEGEL-Korrespondentin Anna Weber", "Anna Weber"),
    ],
)
def test_job_and_outlet_around_the_names_go(byline: str, names: str) -> None:
    assert tidy_byline(byline) == names


@pytest.mark.parametrize(
    "byline",
    [
        "Kevin McCoy",  # a name's own inner capital after one or two letters
        "Bryan DeArdo",
        "Sandee LaMotte",
        "Jane FitzGerald",  # three letters, but one glued word with one capital: a name
        "Mary Clare Jalonick",  # three names, no newspaper's word at the end
        "Amnesty International",  # the outlet alone: no person in front of it
        "Marcus De Guzman",
        "Lisa Mascaro, Mary Clare Jalonick and Eric Tucker",
        "Anna-Lena Weber",
        "Jane McStaff",  # one letter before the capital: the name's own
    ],
)
def test_names_alone_stay(byline: str) -> None:
    assert tidy_byline(byline) == byline


def _page(meta_line: str) -> str:
    return f"Start\nPolitik\n{HEADLINE}\n{meta_line}\n12. März 2024\n{P1}\n{P2}\n"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Meg JamesStaff Writer", "Meg James"),
        ("By Jonathan GarberFOXBusiness", "Jonathan Garber"),
        ("Gepostet von Katharina Volkwein | Wohnen", "Katharina Volkwein"),
        ("Von Sarah Schnieder Reiterrevue International", "Sarah Schnieder"),
    ],
)
def test_page_byline_is_the_person(line: str, author: str) -> None:
    article = parse_page(_page(line))
    assert article.byline == author
    assert article.title == HEADLINE


def test_bar_ends_the_names_of_a_meta_line() -> None:
    assert byline_in_line("Gepostet von Katharina Volkwein | Wohnen", False) == (
        "Katharina Volkwein"
    )
    assert byline_in_line("Posted by | Jane Doe", False) == "Jane Doe"  # nothing before it


FR_HEADLINE = "Le gouvernement durcit les règles sur les données personnelles"
FR_P1 = (
    "Le gouvernement a présenté mercredi un projet de loi visant à renforcer la protection "
    "des données personnelles, après plusieurs mois de consultations avec les entreprises."
)
FR_P2 = (
    "Les associations de consommateurs saluent une avancée, mais regrettent que les sanctions "
    "prévues restent modestes au regard des bénéfices réalisés par les grandes plateformes."
)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Par Jean Dupont et Marie Curie", "Jean Dupont et Marie Curie"),
        ("Por María García y José López", "María García y José López"),
        ("Di Mario Rossi e Luca Bianchi", "Mario Rossi e Luca Bianchi"),
        ("Door Jan de Vries en Piet Jansen", "Jan de Vries en Piet Jansen"),
    ],
)
def test_coauthors_joined_in_other_languages(line: str, author: str) -> None:
    page = f"Accueil\nPolitique\n{FR_HEADLINE}\n{line}\n8 février 2024\n{FR_P1}\n{FR_P2}\n"
    article = parse_page(page)
    assert article.byline == author
    assert article.title == FR_HEADLINE


def test_other_languages_and_splits_names_but_an_initial_does_not() -> None:
    assert names_of("Jan de Vries en Piet Jansen") == ["Jan de Vries", "Piet Jansen"]
    assert names_of("Mary E Smith") == ["Mary E Smith"]


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("Jean Dupont, Le Monde", "Jean Dupont"),
        ("María García, El País", "María García"),
        ("Jane Doe, The Arizona Republic", "Jane Doe"),
        ("Anna Weber, Die Zeit", "Anna Weber"),
        ("Jane Doe, La Toya Jackson", "Jane Doe, La Toya Jackson"),  # "La" opens names too
        ("Jane Doe, The", "Jane Doe, The"),
    ],
)
def test_newspaper_after_the_comma_goes(byline: str, names: str) -> None:
    assert tidy_byline(byline) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By Malcolm Owen Monday, November 18, 2019", "Malcolm Owen"),
        ("Posted by Jane Doe Today, 5:30 PM", "Jane Doe"),
        ("von Anna Weber Gestern, 18:05", "Anna Weber"),
    ],
)
def test_weekday_after_the_names_opens_the_date(line: str, names: str) -> None:
    assert byline_in_line(line, True) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "Publié le 8 février 2024 à 10h30 par Jean Dupont et Marie Curie",
            "Jean Dupont et Marie Curie",
        ),
        (
            "Publicado el 12 de marzo de 2024 por María García y José López | Madrid",
            "María García y José López",
        ),
        (
            "Publié le 8 février 2024 par Jean Dupont et Marie Curie Le Monde",
            "Jean Dupont et Marie Curie",  # the article opens the outlet after the names
        ),
        ("Publié le 8 février 2024 par Jean Dupont", "Jean Dupont"),
    ],
)
def test_coauthors_inside_a_date_line(line: str, names: str) -> None:
    assert byline_in_date_line(line) == names


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("WELT-Redakteurin Anna Weber und Max Muster", "Anna Weber und Max Muster"),
        ("Rechtsanwalt Dennis Tölle", "Rechtsanwalt Dennis Tölle"),  # how lawyers sign
        ("SPIEGEL-Korrespondent", "SPIEGEL-Korrespondent"),
        ("SPIEGEL-Anwalt Partner Kanzlei", "SPIEGEL-Anwalt Partner Kanzlei"),  # no person
    ],
)
def test_compounded_job_title_before_the_names_goes(byline: str, names: str) -> None:
    assert tidy_byline(byline) == names
