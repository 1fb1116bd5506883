"""The site's disclosure of paid links or advertising is not the article.

Blogs and review sites print one over or under the post ("This post may contain affiliate
links", "*Werbung. Dieser Beitrag enthält Werbung für …"), written as a sentence; real dev
pages kept it as the article's first or last paragraph. The lines below are written by hand
from general knowledge of such notices in each language; which are disclosures is hand
knowledge.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from quality import block_roles, role_of

from reader.core.ingest import phrases
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_disclosures import _AFFILIATE, _COMMISSION, _may_pay, is_disclosure

DISCLOSURES = (
    "This post may contain affiliate links. Please read our disclosure policy.",
    "We may earn a commission when you buy through links on our site.",
    "As an Amazon Associate I earn from qualifying purchases.",
    "*Werbung. Dieser Beitrag enthält Werbung für einen Modehersteller.",
    "Anzeige | Dieser Artikel entstand in Zusammenarbeit mit einem Reiseveranstalter.",
    "Dieser Beitrag enthält unbezahlte Werbung durch Markennennung.",
    "Die mit Sternchen gekennzeichneten Links sind Affiliate-Links. Wenn du darüber kaufst, erhalte ich eine kleine Provision.",
    "Für Links auf dieser Seite erhalten wir ggf. eine Provision vom Händler.",
    "Als Amazon-Partner verdiene ich an qualifizierten Verkäufen.",
    "Cet article contient des liens affiliés : nous pouvons percevoir une commission sur vos achats.",
    "Este artículo contiene enlaces de afiliados, por los que podemos recibir una comisión.",
    "Questo articolo contiene link di affiliazione: potremmo ricevere una commissione sui tuoi acquisti.",
    "Este artigo contém links de afiliados e podemos receber uma comissão pelas suas compras.",
    "Dit artikel bevat affiliate links: wij ontvangen een kleine commissie op je aankoop.",
    "Ten artykuł zawiera linki afiliacyjne, za które otrzymujemy prowizję.",
)
ARTICLE_LINES = (
    # An article about affiliate marketing or commissions speaks for no site.
    "Retailers pay bloggers a commission for every sale that comes through affiliate links.",
    "Der Makler erhält eine Provision von drei Prozent des Kaufpreises, die der Käufer zahlt.",
    # The word for advertising in a sentence, not a label opening the line.
    "Werbung, die nervt, blockieren viele Leser inzwischen mit einem Programm im Browser.",
    "Die Werbung der Partei zeigte den Kandidaten vor einer Fabrik in seinem Wahlkreis.",
    # A salesman's or an agent's commission in the first person, no link.
    "I earn a commission of five per cent on every car I sell, so summer is my best season.",
    "Wir erhalten als Makler eine Provision von drei Prozent, die in Berlin der Käufer zahlt.",
)


@pytest.mark.parametrize("line", DISCLOSURES)
def test_a_disclosure_is_advertising(line: str) -> None:
    assert is_disclosure(line.lower(), len(line.split()))
    assert phrases.prompt_reason(line, len(line.split())) == phrases.ADVERTISING


@pytest.mark.parametrize("line", ARTICLE_LINES)
def test_sentences_about_commissions_and_advertising_are_no_disclosure(line: str) -> None:
    assert not is_disclosure(line.lower(), len(line.split()))


PAGE = """Startseite

Herbstjacken im Test

*Werbung. Dieser Beitrag enthält Werbung für einen Outdoor-Händler.

Wer im Herbst viel draußen ist, braucht eine Jacke, die Regen abhält und trotzdem atmet.

Wir haben sechs Jacken vier Wochen lang bei Wind und Regen getragen und dabei genau verglichen.

Am besten schnitt eine leichte Jacke mit Kapuze ab, die sich klein zusammenfalten lässt.

Impressum
"""


def test_the_disclosure_over_the_post_is_set_aside() -> None:
    roles = block_roles(PAGE)
    assert role_of(roles, "*Werbung.") is BlockRole.BOILERPLATE
    assert role_of(roles, "Wer im Herbst") is BlockRole.BODY
    assert role_of(roles, "Am besten") is BlockRole.BODY


# The words of the paid links and the commission, as `_AFFILIATE` and `_COMMISSION` spell them,
# and pieces of them to join in other ways.
PAY_WORDS = (
    "affiliate", "affilié", "afiliados", "affiliati", "affiliato", "affiliazione", "afiliacyjne",
    "partner-links", "partnerlink", "provisions-link", "werbelinks", "werbe-link", "commission",
    "provision", "comisión", "comissão", "commissione", "commissie", "prowizji",
)  # fmt: skip
PIECES = (*PAY_WORDS, "we earn", "recibir", "get", "a", "affil", "afil", "iate", "link", "links",
          "-", "partner", "werbe", "commis", "sion", "ssão", "comis", "ión", "prowi", "zj", "é")  # fmt: skip


@pytest.mark.parametrize("word", PAY_WORDS)
def test_every_word_of_pay_holds_a_stem(word: str) -> None:
    assert _AFFILIATE.search(word) or _COMMISSION.search(f"earn {word}")
    assert _may_pay(word)


@given(st.lists(st.sampled_from(PIECES), max_size=8), st.sampled_from(("", " ")))
def test_no_line_of_paid_links_or_commission_lacks_a_stem(pieces: list[str], joiner: str) -> None:
    """`is_disclosure` asks `_may_pay` before the voice: a line either pattern finds must pass it."""
    line = joiner.join(pieces)
    if _AFFILIATE.search(line) or _COMMISSION.search(line):
        assert _may_pay(line)
