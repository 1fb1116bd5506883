"""Furniture inside a saved page's article element: teaser links and furniture lines.

Pages written by hand in the shapes content systems print: a story whose element also holds a
paragraph that is one link to another story, a "read also" label, an advertising notice and a
newsletter box between its paragraphs. The story's own paragraphs, a paragraph with a link in
its sentence, a source given as a bare address and a "Click To Tweet" pull quote stay.
"""

from __future__ import annotations

from reader.core.ingest import BlockRole
from reader.core.ingest.webpage import parse_page

PARAGRAPHS = [
    f"<p>Absatz {n}: Der Stadtrat hat am Dienstag beschlossen, die Radwege an der Hauptstraße bis zum "
    f"Sommer zu verbreitern, nachdem Anwohner sich über Unfälle beschwert hatten.</p>"
    for n in range(6)
]


def page(middle: str) -> str:
    return (
        "<html><head><title>Radwege</title></head><body><nav><a href='/'>Start</a></nav><article>"
        "<h1>Breitere Radwege an der Hauptstraße</h1>" + "".join(PARAGRAPHS[:3]) + middle
        + "".join(PARAGRAPHS[3:]) + "</article></body></html>"
    )  # fmt: skip


def roles(html: str, text: str) -> list[BlockRole]:
    return [b.role for b in parse_page(html).blocks if text in b.text]


def test_a_paragraph_that_is_one_link_is_a_teaser() -> None:
    html = page('<p><strong><a href="/other">SEAN SPICER ELIMINATED FROM DANCING WITH THE STARS</a></strong></p>')
    assert roles(html, "SEAN SPICER") == [BlockRole.BOILERPLATE]
    assert "Absatz 5" in parse_page(html).body


def test_a_teaser_card_inside_its_link_is_set_aside() -> None:
    teaser = (
        "Heu ist die Grundlage einer guten Pferdefütterung. Doch viele Ballen enthalten Staub und "
        "Schimmelpilze. Umso wichtiger, einmal genau hinzuschauen, um die Qualität zu beurteilen, "
        "bevor das Heu in den Stall kommt und die Pferde davon fressen."
    )
    html = page(f'<a class="card" href="/heu"><div><p>{teaser}</p></div></a>')
    assert roles(html, "Heu ist die Grundlage") == [BlockRole.BOILERPLATE]


def test_a_link_inside_a_sentence_stays() -> None:
    html = page('<p>Die Stadt hat den <a href="/plan">Plan für die Radwege</a> am Montag veröffentlicht.</p>')
    assert roles(html, "Plan für die Radwege") == [BlockRole.BODY]


def test_an_anchor_without_address_is_no_link() -> None:
    html = page('<p><a name="frage">Was sagt der Bürgermeister zu den Plänen für die Radwege?</a></p>')
    assert roles(html, "Was sagt der Bürgermeister") == [BlockRole.BODY]


def test_a_source_address_and_a_tweet_quote_stay() -> None:
    address = '<p><a href="http://www.stadt.example/radwege">http://www.stadt.example/radwege</a></p>'
    quote = '<p><a href="https://twitter.com/intent">Radwege retten Leben.Click To Tweet</a></p>'
    html = page(address + quote)
    assert roles(html, "www.stadt.example") == [BlockRole.BODY]
    assert roles(html, "Radwege retten Leben") == [BlockRole.BODY]


def test_furniture_lines_between_paragraphs_are_set_aside() -> None:
    html = page(
        "<p><em><strong>Auch lesen:</strong></em></p>"
        "<p><em>*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.</em></p>"
    )
    assert roles(html, "Auch lesen") == [BlockRole.BOILERPLATE]
    assert roles(html, "Dieser Beitrag enthält Werbung") == [BlockRole.BOILERPLATE]
    body = parse_page(html).body
    assert all(f"Absatz {n}" in body for n in range(6))


def card(n: int) -> str:
    return (
        f'<article class="post"><h2>Verwandter Beitrag {n}</h2><p>Teaser {n}: Im Nachbarort wurde '
        f"über neue Fahrradstraßen gestritten, die Entscheidung fällt erst im Herbst.</p></article>"
    )


def test_articles_nested_in_the_story_are_its_related_posts() -> None:
    html = page("").replace("</article></body>", "".join(card(n) for n in range(3)) + "</article></body>")
    article = parse_page(html)
    assert "Teaser 1" not in article.body
    assert all(f"Absatz {n}" in article.body for n in range(6))


def test_a_story_in_a_nested_article_stays() -> None:
    # The outer <article> is only a wrapper: the story itself is the nested one.
    html = page("").replace("<article>", "<article class='wrapper'><article>", 1)
    html = html.replace("</article>", "</article></article>", 1)
    article = parse_page(html)
    assert all(f"Absatz {n}" in article.body for n in range(6))


def test_a_row_of_links_in_a_layout_table_is_a_link_line() -> None:
    # The white space between the cells, which a browser does not show, is no text beside the links.
    row = (
        "<table><tr>\n  <td>\n    <a href='/rente'>Rentenpolitik</a>\n  </td>\n  <td>\n    <a href='/blog'>Blog</a>"
        "\n  </td>\n  <td>\n    <a href='/mail'>Mailaktion Bundestag</a>\n  </td>\n</tr></table>"
    )
    assert roles(page(row), "Mailaktion Bundestag") in ([], [BlockRole.BOILERPLATE])
    assert "Mailaktion Bundestag" not in parse_page(page(row)).body
