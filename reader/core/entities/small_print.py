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
on its own content — is small print to its end ("These products are not intended to diagnose
…") and is blanked before the rules read the text (spaces, so offsets hold). A sentence that
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
_LEGAL_OPENINGS = re.compile(
    r"^\W{0,3}(?:"
    r"(?:These|This|The)\s+statements?\s+(?:has|have)\s+not\s+been\s+evaluated\b|"
    r"The\s+information\s+(?:provided\s+)?on\s+this\s+(?:web)?site\b"
    r")",
    re.IGNORECASE,
)
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
    """Whether a paragraph opens with a legal notice: a supplement's disclaimer, a site's note
    on its content, or a first sentence that names a mark's owner at its end."""
    if _LEGAL_OPENINGS.match(paragraph):
        return True
    sentence = _SENTENCE_END.split(paragraph, maxsplit=1)[0]
    mark = _TRADEMARK.search(sentence)
    return mark is not None and len(sentence[mark.end() :].split()) <= _OWNER_WORDS
