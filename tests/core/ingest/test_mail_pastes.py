"""A pasted e-mail (`mail`): the subject is the title, the sender the author, the sent date the
date; the writer's words with their greeting are the text; the closing, the signature and
"Sent from my iPhone" are set aside; a quoted reply stays, as quotes. The page rules had titled
such a mail "Betreff: …" or "Best regards,", dated it by the quoted reply and kept the closing
and the mail program's line in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.core.ingest.article import BlockKind, BlockRole, ParsedArticle
from reader.core.ingest.mail import is_mail
from reader.core.ingest.plaintext import parse

PASTES = Path(__file__).parents[2] / "data" / "pastes"


def _read(name: str) -> ParsedArticle:
    return parse((PASTES / name).read_text(encoding="utf-8"))


def _own(article: ParsedArticle) -> list[str]:
    return [b.text for b in article.blocks if b.role is BlockRole.BODY and b.kind is not BlockKind.QUOTE]


def _quoted(article: ParsedArticle) -> list[str]:
    return [b.text for b in article.blocks if b.role is BlockRole.BODY and b.kind is BlockKind.QUOTE]


def _aside(article: ParsedArticle) -> list[str]:
    return [b.text for b in article.blocks if b.role is BlockRole.BOILERPLATE]


@pytest.mark.parametrize(("name", "title", "author", "sent", "own", "aside", "quoted"), [
    ("mail_de.txt", "Zölle auf Stahl – Stand der Gespräche", "Anna Becker", "2024-12-03T09:14",
     ["Hallo zusammen,", "nach dem Gespräch mit dem Ministerium gestern sieht es so aus, dass die neuen Zölle auf "
      "Stahl ab Februar gelten sollen. Die Lieferanten in Polen sind informiert.",
      "Bitte schickt mir eure Zahlen bis Freitag."],
     ["Mit freundlichen Grüßen", "Anna Becker", "Leiterin Einkauf", "Von meinem iPhone gesendet"],
     ["Am 2. Dezember 2024 um 17:02 schrieb Jan Vogel <jan.vogel@example.de>:",
      "Anna, weißt du schon etwas Neues zu den Zöllen?", "Gruß Jan"]),
    ("mail_en.txt", "Steel tariffs - where the talks stand", "Mark Ellis", "2024-12-03T09:14",
     ["Hi all,", "After yesterday's call with the ministry it looks like the new steel tariffs will apply from "
      "February. Our suppliers in Poland have been told.", "Please send me your numbers by Friday."],
     ["Best regards,", "Mark Ellis", "Head of Purchasing", "Sent from my iPhone"],
     ["On Mon, Dec 2, 2024 at 5:02 PM Jan Vogel <jan.vogel@example.com> wrote:", "Mark, any news on the tariffs?",
      "Jan"]),
])  # fmt: skip
def test_a_pasted_mail_with_its_header(name, title, author, sent, own, aside, quoted) -> None:
    article = _read(name)
    assert (article.title, article.title_derived) == (title, False)
    assert article.byline == author
    assert article.published == sent  # the mail's, not the quoted reply's (2 December)
    assert _own(article) == own
    assert _aside(article) == aside
    assert _quoted(article) == quoted
    # The header lines are the header's, not the text's.
    assert not any(text.startswith(("Von:", "From:", "Betreff:", "Subject:")) for text in _own(article))


def test_a_mail_copied_without_its_header_is_titled_by_its_first_sentence() -> None:
    article = _read("mail_nohead_en.txt")
    assert (article.title, article.title_derived) == ("thanks for the numbers", True)
    assert article.byline == "Laura Jenkins"  # the name under the closing
    assert article.published is None
    assert _own(article)[0] == "Hi Mark," and _own(article)[-1] == "Can we talk on Thursday?"
    assert _aside(article) == ["Best regards,", "Laura Jenkins", "Senior Consultant", "Example Advisory GmbH",
                               "+49 30 1234567"]  # fmt: skip


def test_an_outlook_reply_under_a_mail_stays_as_a_quote_with_its_own_header() -> None:
    article = _read("mail_nohead_de.txt")
    assert article.byline == "Anna Becker" and article.lang == "de"
    assert _own(article) == [
        "Hallo Jan,",
        "danke für die Zahlen. Die Zölle auf Stahl gelten ab Februar, wir sollten den Einkaufsplan für das erste "
        "Quartal überarbeiten.",
        "Passt dir Donnerstag?",
    ]
    assert _aside(article) == ["Viele Grüße", "Anna Becker"]
    quoted = _quoted(article)
    assert quoted[:3] == ["-----Ursprüngliche Nachricht-----", "Von: Jan Vogel <jan.vogel@example.de>",
                          "Gesendet: Montag, 2. Dezember 2024 17:02"]  # fmt: skip
    assert article.published is None  # the quoted mail's date is not this one's


@pytest.mark.parametrize("text", [
    # A page whose first line names its author so, with no second header line.
    "Von: Wolfgang Schmale\n\nDie Geschichte Europas ist eine Geschichte der Grenzen. Sie wurden gezogen.\n\n"
    "Weitere Texte\nImpressum\nKontakt\nDatenschutz",
    # A greeting with no closing under it: a letter quoted on a page, not a mail.
    "Hallo zusammen,\n\nheute geht es um Zölle. Die Regierung plant neue Abgaben.\n\nMehr dazu morgen.\n\n"
    "Impressum\nKontakt",
])  # fmt: skip
def test_a_text_that_is_no_mail_is_read_as_a_page(text: str) -> None:
    assert not is_mail(text)
    assert not any(b.reason == "signature" for b in parse(text).blocks)


@pytest.mark.parametrize(("sender", "author"), [
    ("Becker, Anna <anna.becker@example.de>", "Anna Becker"),  # Outlook's "Last, First"
    ('"Anna Becker" <anna.becker@example.de>', "Anna Becker"),
    ("Anna Becker [mailto:anna.becker@example.de]", "Anna Becker"),
    ("anna.becker@example.de", "Anna Becker"),  # no name in the header: the signature's
])  # fmt: skip
def test_the_senders_name_in_the_forms_mail_programs_write_it(sender: str, author: str) -> None:
    text = (PASTES / "mail_de.txt").read_text(encoding="utf-8")
    text = text.replace("Von: Anna Becker <anna.becker@example.de>", f"Von: {sender}")
    assert parse(text).byline == author


def test_a_mails_list_keeps_its_items() -> None:
    text = (PASTES / "mail_nohead_en.txt").read_text(encoding="utf-8").replace(
        "Can we talk on Thursday?", "Three points:\n\n- tariffs from February\n- suppliers told\n\nCan we talk on Thursday?"
    )
    items = [b.text for b in parse(text).blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["tariffs from February", "suppliers told"]


@pytest.mark.parametrize("attribution", [
    "On Mon, Dec 2, 2024 at 5:02 PM Mark Ellis <\nmark.ellis@example.com> wrote:",
    "Am Mo., 2. Dez. 2024 um 17:02 Uhr schrieb Mark Ellis <\nmark.ellis@example.com>:",
])  # fmt: skip
def test_a_quoted_replys_attribution_wrapped_over_two_lines_still_starts_the_quote(attribution: str) -> None:
    # Gmail wraps a plain-text reply at 78 characters, the attribution line too: read line by
    # line it was none, and the quoted mail was taken for the writer's words, its closing for
    # hers (her own closing kept in the text).
    text = ("Hi Mark,\n\nthanks, the numbers look fine. Let's go with the second option.\n\nBest,\nLaura\n\n"
            f"{attribution}\n\nLaura, which of the two options do you prefer? I'd say the second.\n\n"
            "Best regards,\nMark\n")  # fmt: skip
    article = parse(text)
    assert _own(article) == ["Hi Mark,", "thanks, the numbers look fine. Let's go with the second option."]
    assert _aside(article) == ["Best,", "Laura"]
    assert _quoted(article)[0] == attribution.replace("\n", " ")
    assert _quoted(article)[1:] == ["Laura, which of the two options do you prefer? I'd say the second.",
                                    "Best regards,", "Mark"]  # fmt: skip


def test_a_reply_quoted_with_marks_is_read_in_paragraphs_without_its_marks() -> None:
    # Each "> " line was a quote of its own and a lone ">" one too: the quoted mail stood in
    # the text line by line, with ">" paragraphs between.
    quoted = ("> Hi Mark,\n>\n"
              "> can we talk on Thursday about the numbers for the first quarter? The\n"
              "> steel tariffs from February change the purchasing plan quite a bit,\n"
              "> > and I would like to have the new figures before we meet the suppliers\n"
              "> > in Poland next week.\n>\n> Laura\n")  # fmt: skip
    text = ("From: Mark Ellis <mark@example.com>\nSubject: Re: numbers\n\nHi Laura,\n\nyes, Thursday works.\n\n"
            "Cheers,\nMark\n\nOn Mon, Dec 2, 2024 at 5:02 PM Laura Jenkins <laura@example.com> wrote:\n" + quoted)  # fmt: skip
    assert _quoted(parse(text)) == [
        "On Mon, Dec 2, 2024 at 5:02 PM Laura Jenkins <laura@example.com> wrote:",
        "Hi Mark,",
        "can we talk on Thursday about the numbers for the first quarter? The steel tariffs from February "
        "change the purchasing plan quite a bit, and I would like to have the new figures before we meet the "
        "suppliers in Poland next week.",
        "Laura",
    ]


_COMPANY_SIGNATURE = {
    "de": ["Example GmbH", "Musterstraße 1", "12345 Berlin", "Tel.: +49 30 1234567", "Fax: +49 30 1234568",
           "www.example-gmbh.de", "Geschäftsführer: Dr. Max Muster", "Amtsgericht Berlin-Charlottenburg, HRB 12345",
           "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren "
           "Sie bitte sofort den Absender und vernichten Sie diese E-Mail."],
    "en": ["Example Advisory Ltd", "1 Example Street, London EC1A 1AA", "T +44 20 7946 0000",
           "www.example-advisory.co.uk", "Registered in England and Wales, company number 01234567",
           "This message is confidential and intended only for the addressee. If you have received it in error, "
           "please tell the sender and delete it."],
}  # fmt: skip


@pytest.mark.parametrize(("name", "lang"), [("mail_de.txt", "de"), ("mail_nohead_en.txt", "en")])
def test_a_company_signature_longer_than_six_lines_is_set_aside_with_its_legal_notice(name: str, lang: str) -> None:
    # With more than six lines under the closing, the closing was none: the signature, the
    # address and the legal notice stood in the text, and a mail copied without its header was
    # read as a page.
    text = (PASTES / name).read_text(encoding="utf-8")
    closing = "Mit freundlichen Grüßen" if lang == "de" else "Best regards,"
    own = text[: text.index(closing)]
    text = "\n".join([own + closing, "Anna Becker" if lang == "de" else "Laura Jenkins", *_COMPANY_SIGNATURE[lang]])
    article = parse(text)
    assert _aside(article)[0] == closing and _aside(article)[-1] == _COMPANY_SIGNATURE[lang][-1]
    assert not any(line in _own(article) for line in _COMPANY_SIGNATURE[lang])
    assert _own(article)[-1] == [line for line in own.splitlines() if line][-1]


@pytest.mark.parametrize(("text", "title", "author"), [
    ("Sehr geehrter Herr Dr. Müller,\n\nvielen Dank für Ihre Anfrage. Anbei sende ich Ihnen das Angebot für die "
     "Studie.\n\nFür Rückfragen stehe ich gern zur Verfügung.\n\nMit freundlichen Grüßen\nAnna Becker\n"
     "Leiterin Einkauf\n", "vielen Dank für Ihre Anfrage", "Anna Becker"),
    ("Dear Mr. Smith,\n\nthank you for your enquiry. Please find attached our proposal for the study.\n\n"
     "Do let me know if you have any questions.\n\nKind regards,\nLaura Jenkins\nSenior Consultant\n",
     "thank you for your enquiry", "Laura Jenkins"),
])  # fmt: skip
def test_a_formal_greeting_with_a_titles_abbreviation_opens_a_mail(text: str, title: str, author: str) -> None:
    # "Mr." and "Dr." ended the greeting's words: the mail was read as a page, titled "Dear Mr"
    # or its last sentence set aside.
    assert is_mail(text)
    article = parse(text)
    assert (article.title, article.byline) == (title, author)
    assert _own(article)[0] == text.split("\n")[0] and _own(article)[-1].endswith(("Verfügung.", "questions."))


@pytest.mark.parametrize("divider", ["---------- Forwarded message ---------", "-----Ursprüngliche Nachricht-----"])
def test_a_forwarded_mail_copied_with_its_divider_is_read_as_a_mail(divider: str) -> None:
    # The divider over the header made the text a page, titled "---------- Forwarded message …".
    text = f"{divider}\n" + (PASTES / "mail_en.txt").read_text(encoding="utf-8")
    article = parse(text)
    assert (article.title, article.byline) == ("Steel tariffs - where the talks stand", "Mark Ellis")
    assert _own(article)[0] == "Hi all,"
    assert divider not in _own(article)


def test_a_greeting_over_a_page_with_a_thanks_over_its_footer_menu_is_no_mail() -> None:
    # A company's signature may run long; a page's footer menu under a "Danke!" is none.
    text = ("Hallo zusammen,\n\nheute geht es um Zölle. Die Regierung plant neue Abgaben auf Stahl.\n\nDanke!\n\n"
            "Impressum\nKontakt\nDatenschutz\nAGB\nNewsletter\nFacebook\nInstagram\n")  # fmt: skip
    assert not is_mail(text)


def test_a_signature_under_the_dash_divider_without_a_closing_is_set_aside() -> None:
    """The "-- " line mail programs put above a signature opens it, with no closing formula."""
    article = parse(
        "From: Mark Ellis <mark.ellis@example.com>\nSubject: Steel numbers\n\n"
        "Please send me your steel numbers by Friday.\n\n-- \nMark Ellis\nHead of Purchasing\n"
    )
    assert _own(article) == ["Please send me your steel numbers by Friday."]
    assert _aside(article) == ["--", "Mark Ellis", "Head of Purchasing"]
