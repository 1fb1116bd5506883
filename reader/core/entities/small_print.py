"""A shop's legal small print the body choice kept in the reading text names no entity of the
article.

The index reads only the reading text (and the teaser): what the body choice set aside —
menus, share rows, cookie banners, copyright lines — is never read. Some small print sits in
paragraphs of its own among the article's, where no block rule tells it from text, and names
bodies on every page of its site: "Apple logo, Apple TV, App Store … are registered trademarks
of Apple Inc. … Chrome, Chromecast, and the Chrome logo are trademarks of Google Inc.", "*These
statements have not been evaluated by the Food and Drug Administration", "The information
provided on this website (including the Blogs, Community pages, Program Materials …)" made
every recipe page of a fitness site name Apple, Amazon, Google Inc., the Food and Drug
Administration and an organisation "Program Materials". A consultant filtering the library by
Apple wants the sources about Apple, not those with an app store's badge.

A paragraph that opens with such a notice — a mark's owner named at the end of the sentence
("… are trademarks of Amazon.com or its affiliates."), a supplement's disclaimer, a site's note
on what its content is for — and goes on with notices or sentences that name nothing ("These
products are not intended to diagnose …") is blanked before the rules read the text (spaces,
so offsets hold). One that goes on to name more is an article's about a mark or a label ("…
is a registered trademark of Brightwell Corp. Brightwell sued the startup in March"), and so
is a notice in quotation marks ("“These statements have not been evaluated by the Food and
Drug Administration,” the label reads"): the news keeps its bodies. A sentence that
says who owns a mark and goes on to say more of the owner is the article's ("Laufteufel ist
eine eingetragene Marke von Achim Bourmer, einem selbständigen Shopbetreiber, der …"), and so
is a company's own words on its brand ("Skoda ist eine Marke des Volkswagen-Konzerns": only a
registered mark is a notice).

An invitation to follow the site ("Follow us on Twitter", "Be sure to visit Arrowhead on
Facebook, Twitter, and Instagram") is furniture too, but stays: the development set's gold
counts the platforms it names as the text's organisations.
"""

from __future__ import annotations

import re

# A mark's owner named at the end of its sentence: "… are registered trademarks of Apple
# Inc.", "… is a registered trademark of Roku, Inc. in the United States and other countries."
# — a few words after "of" (an owner's name, its legal form, where), not a clause about it.
_TRADEMARK = re.compile(
    r"\b(?:is|are|ist|sind)\s+(?:(?:a|the|eine?)\s+)?(?:registered\s+)?(?:trademarks?|service\s+marks?)\s+of\s|"
    r"\b(?:ist|sind)\s+(?:eine?\s+)?(?:eingetragene\s+Marken?|(?:eingetragenes?\s+)?Warenzeichen)\s+(?:von|der|des)\s"
)
# At most so many words after "of" name the owner ("Amazon.com or its affiliates", "Roku,
# Inc. in the United States and other countries"); more say something of it.
_OWNER_WORDS = 9
# A supplement's disclaimer, its body named at the sentence's end as a mark's owner is ("*These
# statements have not been evaluated by the Food and Drug Administration."), and a site's note
# on what its content is for ("The information provided on this website (including …) was
# originally intended for a US audience", "… is for informational purposes only"): not "The
# information on this website misled buyers for years, Jane Porter said."
_DISCLAIMER = re.compile(
    r"^\W{0,3}(?:These|This|The)\s+statements?\s+(?:has|have)\s+not\s+been\s+evaluated\s+by\s", re.IGNORECASE
)
_SITE_NOTE = re.compile(
    r"^\W{0,3}The\s+information\s+(?:provided\s+)?on\s+this\s+(?:web)?site\b"
    r"(?:\s*\(|\s+(?:is|was)\s+(?:\w+\s+){0,3}?(?:intended|informational|purposes|substitute)\b)",
    re.IGNORECASE,
)
# Small print is not quoted: "“These statements have not been evaluated by the FDA,” the label
# reads" is an article's sentence about a label.
_QUOTES = re.compile("[\"“”„«»]")
# A capitalised word after a sentence's first: what a sentence that names something holds.
_CAPITALISED = re.compile(r"\s[(\[]?[A-ZÄÖÜ]")
# A sentence's end: its stop, then a space and a capital ("… of Apple Inc. Roku is …"; not
# "Roku, Inc. in the United States").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“„*+(]?[A-ZÄÖÜ])")
_BLANK = re.compile(r"\S")
# Words one of the notices holds, looked for before a text is read paragraph by paragraph.
_NOTICE_WORDS = (
    "trademark",
    "service mark",
    "eingetragene",
    "warenzeichen",
    "evaluated",
    "this site",
    "this web",
)


def without_small_print(text: str) -> str:
    """The text with its paragraphs of legal small print blanked (spaces; line breaks kept, so
    the text's offsets and paragraphs hold)."""
    folded = text.casefold()
    if not any(word in folded for word in _NOTICE_WORDS):
        return text  # most texts: not split at all
    return "\n".join(
        _BLANK.sub(" ", paragraph) if _legal(paragraph.strip()) else paragraph
        for paragraph in text.split("\n")
    )


def _legal(paragraph: str) -> bool:
    """Whether a paragraph is legal small print: it opens with a notice and says nothing else,
    each further sentence a notice too or one that names nothing ("These products are not
    intended to diagnose …", "Regulations in your country may vary."). A paragraph of news
    that opens so and goes on ("Zorvex is a registered trademark of Brightwell Corp.
    Brightwell sued the startup in March …") is the article's, whose bodies the index keeps."""
    first, *more = _SENTENCE_END.split(paragraph)
    return _notice(first) and all(_notice(s) or not _CAPITALISED.search(s) for s in more)


def _notice(sentence: str) -> bool:
    """Whether a sentence is a notice: a supplement's disclaimer or a mark's owner with at
    most `_OWNER_WORDS` words after the body it names, or a site's note on its content."""
    if _QUOTES.search(sentence):
        return False
    if _SITE_NOTE.match(sentence):
        return True
    named = _DISCLAIMER.match(sentence) or _TRADEMARK.search(sentence)
    return named is not None and len(sentence[named.end() :].split()) <= _OWNER_WORDS
