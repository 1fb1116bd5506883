"""Headings after which the article does not go on: comments, references, the author box.

Not furniture of their own (the heading is a line like any label) but a boundary: the parser
sets aside what follows one. Kept apart from `phrases`, whose labels and prompts mark single
lines, because the phrases, the fast pre-test on how they begin (which must stay in step with
them) and a press release's "About …" profile are one concept of their own.
"""

from __future__ import annotations

import re

from reader.core.ingest import phrase_tables_intl
from reader.core.ingest.label_noise import MAX_LABEL_CHARS, strip_trailing_noise

__all__ = ["SECTION_ENDS", "is_section_end"]

# Lines that end the article: after them come comments, references or the author box. One
# alternative an entry (matched on the whole line, case ignored); then the other languages'.
_SECTION_END_PHRASES: tuple[str, ...] = (
    r"comments?", r"kommentare", r"leave a (?:comment|reply)",
    r"join the (?:conversation|discussion)", r"(?:schreibe|hinterlasse|verfasse) einen kommentar",
    r"kommentar (?:schreiben|verfassen)", r"discussion about this post", r"reader comments",
    r"diskutieren sie mit", r"references", r"notes", r"einzelnachweise", r"anmerkungen",
    r"external links", r"weblinks", r"literatur", r"see also", r"siehe auch", r"bibliography",
    r"sources", r"quellen", r"written by .{1,40}", r"about the authors?",
    r"über (?:den|die) autor(?:in)?", r"zur person", r"footnotes", r"fußnoten",
    r"(?:(?:cautionary|special) (?:note|statement)s? (?:regarding|concerning|about) )?"
    r"forward[- ]looking statements?", r"safe harbou?r statement", r"zukunftsgerichtete aussagen",
    r"(?:media|press|investor|presse|medien)[- ]?(?:contacts?|inquiries|enquiries|kontakt)"
    r"(?:\s*:.*)?", r"contacts?\s*:.*", r"kontakt\s*:.*",
)  # fmt: skip
# A box of similar posts or other stories under the article (session 40: under none of these on
# the 26 dev pages that print one does the article go on). Not "Mehr zum Thema", "Lesen Sie
# auch", "Das könnte Sie auch interessieren" or "Verwandte Themen": news sites print them between
# paragraphs too; nor "Weitere Artikel", a sidebar's link over its other boxes. One standing
# inside the article, paragraphs right under it, ends nothing (`resume.related_inside`).
_RELATED_BOX_PHRASES = (
    r"ähnliche (?:artikel|beiträge|nachrichten|meldungen)", r"weitere (?:beiträge|meldungen)",
    r"verwandte (?:artikel|beiträge)",
    r"(?:related|similar) posts", r"similar (?:articles|stories)", r"more stories",
)  # fmt: skip
RELATED_BOX = re.compile("|".join(_RELATED_BOX_PHRASES), re.IGNORECASE)
_SECTION_END_PHRASES += _RELATED_BOX_PHRASES
SECTION_ENDS = re.compile(
    r"(?:\d[\d.,]*k?\s+)?(?:" + "|".join(_SECTION_END_PHRASES + phrase_tables_intl.SECTION_ENDS) + ")",
    re.IGNORECASE,
)  # fmt: skip
# How every alternative that an ASCII line can match begins (lower case; the others hold a letter
# no ASCII letter matches, case ignored: "über", "références", other scripts). An ASCII line that
# begins with none of these, nor with a digit (a count: "12 Comments"), is no section end: one
# `startswith` instead of trying a hundred alternatives. Only ASCII lines, as `re` ignores case
# where "ſ" is an "s" and "ı" an "i" ("yazar hakkında"), which `lower()` does not know.
# tests/core/ingest/test_speed_phrases.py checks every alternative against this list.
_SECTION_END_STARTS = (
    "comment", "kommentar", "leave a ", "join the ", "schreibe ", "hinterlasse ", "verfasse ",
    "discussion about this post", "reader comments", "diskutieren sie mit", "references", "notes",
    "einzelnachweise", "anmerkungen", "external links", "weblinks", "literatur", "see also",
    "siehe auch", "bibliography", "sources", "quellen", "written by ", "about the author",
    "zur person", "footnotes", "cautionary ", "special ", "forward", "safe harbo",
    "zukunftsgerichtete aussagen", "media", "press", "investor", "medien", "contact", "kontakt",
    "weitere meldungen", "verwandte artikel", "related posts", "similar ",
    "more stories",
    # the other languages' that ASCII can spell
    "sobre ", "acerca del autor", "sull", "o autor", "yazar ", "tentang penulis", "over de auteur",
    "om ", "laisser un commentaire", "comentario", "deja un comentario", "lascia un commento",
    "reacties", "komentar", "yorumlar", "liens externes", "bibliogra", "referencias",
    "enlaces externos", "collegamenti esterni", "przypisy",
)  # fmt: skip
# A press release's closing company profile: "About Northwind Logistics", "ABOUT ACME INC.",
# (case-sensitive: the company's name is capitalised). German capitalises every noun, so
# "Über …" headings are no evidence and German profiles go by "Über uns", a footer label.
_ABOUT_COMPANY = re.compile(
    r"(?:About|ABOUT)\s+[A-Z0-9][\w.&'’,-]*(?:\s+(?:[A-Z0-9&][\w.&'’,-]*|of|and|for|the|de))*"
)
_ABOUT_MAX_WORDS = 7


def is_section_end(text: str) -> bool:
    """True for a heading after which the article does not continue (comments, references)."""
    if len(text) > MAX_LABEL_CHARS:
        return False
    if _may_end_section(text) and SECTION_ENDS.fullmatch(strip_trailing_noise(text)) is not None:
        return True
    return (
        text[:1] == "A"
        and len(text.split()) <= _ABOUT_MAX_WORDS
        and _ABOUT_COMPANY.fullmatch(text.rstrip(":")) is not None
    )


def _may_end_section(text: str) -> bool:
    """False only for a line `SECTION_ENDS` cannot match: an ASCII line that begins with none of
    the phrases' starts (see `_SECTION_END_STARTS`). Stripping trailing noise keeps the start."""
    return not text.isascii() or text[:1].isdigit() or text.lower().startswith(_SECTION_END_STARTS)
