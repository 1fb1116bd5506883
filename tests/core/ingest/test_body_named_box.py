"""An author box headed by the author's name closes the article.

Blog themes head the author's box with "about" and the name in the page's language ("Über
Moritz Bachmann", "Sobre Carlos Nadalim", "About Brigit Katz") over a biography that names the
person again; real dev pages in German and Portuguese kept that biography as the article's last
paragraph. The pages below are written by hand in that shape; which lines are the article is
hand knowledge (the post's paragraphs), not the parser's output.
"""

from __future__ import annotations

from quality import block_roles, role_of

from reader.core.ingest import resume
from reader.core.ingest.article import BlockRole
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

PT = """Início
Blog
Educação
Como ler com as crianças todas as noites
12 de março de 2023
Ler com as crianças todas as noites é um hábito simples que muda a relação delas com os livros, e não exige mais do que quinze minutos antes de dormir.
Comece por escolher um horário fixo. As crianças gostam de rotina e, quando sabem que a leitura vem depois do banho, pedem o livro sozinhas.
Deixe que a criança escolha a história, mesmo que seja a mesma da semana passada. Repetir faz parte da aprendizagem e ajuda a ganhar vocabulário.
Por fim, converse sobre o que leram: pergunte o que ela achou do personagem e o que faria no lugar dele.
Sobre Ana Ribeiro
Mãe de dois filhos e professora há vinte anos, Ana Ribeiro escreve sobre educação em casa e coordena um grupo de leitura para famílias na sua cidade, onde vive com o marido e os filhos desde 2010.
Facebook
Twitter
"""

DE = """Startseite
Ratgeber
Was die elektronische Patientenakte für Praxen bedeutet
Die elektronische Patientenakte soll Befunde, Arztbriefe und Medikationspläne an einem Ort bündeln, doch viele Praxen sind noch nicht angeschlossen.
Für Ärztinnen und Ärzte bedeutet das zunächst Aufwand: Die Software muss aktualisiert und das Personal geschult werden.
Auf der anderen Seite darf die Dokumentation in der Akte zu keinem bürokratischen Mehraufwand führen, sonst sinkt die Akzeptanz.
Über Jonas Albrecht
Als Berater für digitale Praxisabläufe bildet Jonas Albrecht die Schnittstelle zwischen Kliniken, Softwareherstellern und Krankenkassen und schreibt regelmäßig über Gesundheitspolitik.
Weitere Beiträge zum Thema
"""


def test_a_portuguese_author_box_is_not_the_article() -> None:
    roles = block_roles(PT)
    assert role_of(roles, "Por fim, converse") is BlockRole.BODY
    assert role_of(roles, "Mãe de dois filhos") is BlockRole.BOILERPLATE


def test_a_german_author_box_is_not_the_article() -> None:
    roles = block_roles(DE)
    assert role_of(roles, "Auf der anderen Seite") is BlockRole.BODY
    assert role_of(roles, "Als Berater für digitale") is BlockRole.BOILERPLATE


def _named(lines: list[str]) -> set[int]:
    page = read_page(normalise("\n".join(lines)))[0]
    return resume.named_boxes(page.segments, page.shapes)


BIO = (
    "Brigit Katz is a freelance writer based in Toronto whose work has appeared in several papers."
)


def test_the_heading_needs_the_person_named_again_under_it() -> None:
    opening = "The council met on Tuesday evening to vote on the new budget for the schools."
    assert _named([opening, "About Brigit Katz", BIO, "Share"]) == {1}
    # The same heading over a paragraph that does not name her is no author's box.
    other = "The vote was close, and the mayor said the schools would get their money soon."
    assert _named([opening, "About Brigit Katz", other, "Share"]) == set()


def test_a_heading_about_a_place_or_a_topic_is_no_author_box() -> None:
    opening = "Die Gemeinde hat am Dienstag über den neuen Haushalt für die Schulen abgestimmt."
    place = (
        "Österreich liegt in den Alpen, und Österreich hat neun Bundesländer mit eigenen Landtagen."
    )
    assert _named([opening, "Über Österreich", place, "Teilen"]) == set()
