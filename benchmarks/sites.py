"""The invented news sites articles are copied from, each with its own habits.

A site fixes the language, how blocks are separated (blank lines or single newlines), the header
layout, the date formats, and which furniture surrounds the article, so a corpus holds several
recognisable "page shapes" the way a real import folder does.
"""

from __future__ import annotations

from dataclasses import dataclass

from benchmarks import headers
from benchmarks.headers import Layout
from benchmarks.lexicon import Lexicon
from benchmarks.vocabulary_de import GERMAN
from benchmarks.vocabulary_en import ENGLISH


@dataclass(frozen=True, slots=True)
class Site:
    """Furniture names are those `corpus.furniture_segment` knows; each is printed by chance."""

    name: str
    lexicon: Lexicon
    separator: str
    layout: Layout
    date_formats: tuple[str, ...]
    top: tuple[str, ...]
    bottom: tuple[str, ...]


SITES: tuple[Site, ...] = (
    Site("Mittelstand Aktuell", GERMAN, "\n\n", headers.blog, ("de_long",),
         top=("skip",), bottom=("author_date", "share", "topics", "legal")),
    Site("Deutsche Wirtschaftspost", GERMAN, "\n\n", headers.timestamp, ("de_dots_time",),
         top=(), bottom=("newsletter", "cards")),
    Site("Handelsbote", GERMAN, "\n\n", headers.glued, ("de_dash_uhr",),
         top=(), bottom=("related", "ads")),
    Site("Wirtschaftsecho", GERMAN, "\n", headers.wire, ("de_two_lines",),
         top=(), bottom=("app",)),
    Site("Rheinische Finanzpost", GERMAN, "\n\n", headers.by_then_date,
         ("de_comma_uhr", "de_weekday", "de_long_uhr", "de_dots"),
         top=("skip", "masthead", "nav"), bottom=("share", "comments", "related", "legal", "copyright")),
    Site("Asien-Kurier", GERMAN, "\n", headers.plain, ("de_dots",),
         top=(), bottom=()),
    Site("The Pacific Ledger", ENGLISH, "\n\n", headers.by_then_date, ("en_long", "en_ampm"),
         top=("skip", "nav", "crumbs"), bottom=("share", "comments", "copyright", "legal")),
    Site("Meridian Business Daily", ENGLISH, "\n\n", headers.by_then_date,
         ("en_at", "en_day_month"), top=("masthead", "nav"), bottom=("share", "newsletter", "copyright")),
    Site("Asia Markets Wire", ENGLISH, "\n", headers.inline, ("en_short", "en_long", "iso_time"),
         top=("section",), bottom=("cards", "legal")),
    Site("The Northern Standard", ENGLISH, "\n\n", headers.by_then_date, ("en_gmt",),
         top=("skip", "nav"), bottom=("topics", "share", "comments")),
    Site("Trade & Industry Review", ENGLISH, "\n\n", headers.timestamp, ("iso_date", "iso_time"),
         top=("crumbs",), bottom=("related", "copyright")),
    Site("Capital Brief", ENGLISH, "\n", headers.plain, ("en_long",),
         top=(), bottom=("app",)),
)
