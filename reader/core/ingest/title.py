"""Titles: undoing a kicker glued onto the headline, and making one up when a page has none.

Sites print a kicker ("Asia Techonomics") above the headline in its own element; copying the
text glues the two ("Asia TechonomicsDie USA …"). The breadcrumb often repeats the pair with a
colon, which is the surest way to split them; a lower-to-upper case jump is the fallback.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reader.core.ingest.body_glued_cards import title_cased
from reader.core.ingest.breadcrumbs import breadcrumb_end, is_breadcrumb

MAX_DERIVED_CHARS = 80
_ORDINAL = re.compile(r"^\d{1,3}[.)]\s+")
# "…TechonomicsDie USA …": a long lower-case run glued to a capitalised word.
_GLUE = re.compile(r"^(.{2,50}?[a-zäöüß]{6,})([A-ZÄÖÜ][a-zäöüß].*)$")
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])[\"”“»«'’]?\s+(?=[\"„“»«'‘]?[A-ZÄÖÜ0-9])")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_MIN_TITLE_WORDS = 4
# A shouted headline this long is looked for in mixed case (a shorter one is a label).
_MIN_SHOUTED_WORDS = 3
# An icon font's ligature ("chevron_left", "arrow_forward_ios") and what follows it.
_ICON_TAIL = re.compile(r"\s+[a-z]+(?:_[a-z]+)+\b.*$")
_MAX_KICKER_WORDS = 4
# A line above repeats the headline when it starts with the headline's first words.
_REPEAT_WORDS = 4
_REPEAT_LINES = 40
_KICKER_END = ":;,.!?“”\"»«'’–-"
# A kicker a breadcrumb trail ends in has this many words: one is as often the headline's first
# word, four a long headline the trail cut short.
_CRUMB_KICKER_WORDS = (2, 3)
# Genre labels sites print as a kicker above the headline; copied, they stick to its first
# word ("AnalyseFlüssiggas …", "ExclusiveNintendo …").
KICKERS = (
    "Analyse", "Analysis", "Kommentar", "Commentary", "Interview", "Exklusiv", "Exclusive",
    "Meinung", "Opinion", "Liveblog", "Explainer", "Essay", "Reportage", "Porträt", "Kritik",
    "Rezension", "Kolumne", "Gastbeitrag", "Gastkommentar", "Hintergrund", "Faktencheck",
    "Fact check", "Eilmeldung", "Breaking", "Leitartikel", "Glosse", "Newsblog",
    "Pro und Contra", "Perspective", "Review", "Podcast",
    # Section labels ("EnergieWettlauf um Rohstoffe …"): too short for the case-jump rule.
    "Energie", "Politik", "Wirtschaft", "Finanzen", "Handel", "Technologie", "Technik",
    "Unternehmen", "Kultur", "Sport", "Wissen", "Digital", "Klima", "Ausland", "Inland",
    "Panorama", "Gesellschaft", "Märkte", "Karriere", "Gesundheit",
)  # fmt: skip
_KNOWN_KICKER = re.compile(
    r"^(?:" + "|".join(re.escape(k) for k in sorted(KICKERS, key=len, reverse=True)) + r")"
    r"(?=[A-ZÄÖÜ\"„“‘»«0-9]\S)"
)


def strip_icon_tail(title: str) -> str:
    """`title` without an icon font's ligature and the link after it ("… New CEO at
    Experience chevron_left Browse All Posts"): the icon's name copies as a snake_case word."""
    if "_" not in title:
        return title
    match = _ICON_TAIL.search(title)
    return title[: match.start()] if match and match.start() > 0 else title


def strip_glued_kicker(title: str, earlier_lines: list[str]) -> str:
    """`title` without a kicker glued to its front, if the page shows evidence of one."""
    for line in earlier_lines:
        line = _ORDINAL.sub("", line)
        kicker, colon, rest = line.partition(": ")
        if colon and rest and title == kicker + rest:
            return rest
    near = earlier_lines[-_REPEAT_LINES:]
    repeated = (
        _repeated_rest(title, near)
        or _printed_kicker_rest(title, near)
        or _crumbed_kicker_rest(title, near)
    )
    if repeated:
        return repeated
    known = _KNOWN_KICKER.match(title)
    if known and len(title[known.end() :].split()) >= _MIN_TITLE_WORDS:
        return title[known.end() :]
    glued = _GLUE.match(title)
    if glued:
        kicker, rest = glued.groups()
        if len(kicker.split()) <= _MAX_KICKER_WORDS and len(rest.split()) >= _MIN_TITLE_WORDS:
            return rest
    return title


def _repeated_rest(title: str, earlier_lines: list[str]) -> str | None:
    """The headline after a kicker glued on with a space, where a line above starts with the
    headline ("Daten von Rheinmetall gehackt - Interne Unterlagen im Netz" above "Interne
    Unterlagen im Netz Daten von Rheinmetall gehackt"): the page's window title or teaser
    repeats the headline without the kicker."""
    words = title.split()
    starts = {" ".join(line.split()[:_REPEAT_WORDS]) for line in earlier_lines}
    for k in range(1, min(_MAX_KICKER_WORDS + 1, len(words) - _REPEAT_WORDS + 1)):
        rest = words[k:]
        if words[k - 1][-1] in _KICKER_END:
            continue  # "„Arschloch“: Danni Büchner …": a quote opening the headline
        if " ".join(rest[:_REPEAT_WORDS]) in starts:
            return " ".join(rest)
    return None


def _printed_kicker_rest(title: str, earlier_lines: list[str]) -> str | None:
    """The headline after a kicker glued on with a space, where a line above prints the same
    kicker with its colon and a shorter form of the same headline ("Kind krank: Was
    Arbeitgeber wissen müssen", the site's short title, above "Kind krank Was Arbeitgeber über
    die Rechte von Eltern wissen müssen"). A line that only shares the first word ("Corona:
    Neue Regeln ab Montag" above "Corona Regeln …") is another story's."""
    for line in earlier_lines:
        kicker, colon, short = line.partition(": ")
        if not colon or len(kicker.split()) > _MAX_KICKER_WORDS:
            continue
        rest = title.removeprefix(kicker + " ")
        if rest == title or len(rest.split()) < _MIN_TITLE_WORDS or not rest[:1].isupper():
            continue
        if set(short.casefold().split()) <= set(rest.casefold().split()):
            return rest
    return None


def _crumbed_kicker_rest(title: str, earlier_lines: list[str]) -> str | None:
    """The headline after a kicker glued on with a space, where a breadcrumb trail above ends
    in that kicker ("Home » Haustechnik » Initiative EnergieEffizienz" over "Initiative
    EnergieEffizienz Kostenloser Stromcheck für private Haushalte"; the case jump cut it
    inside "EnergieEffizienz"): the kicker names the topic's page the trail leads to. A
    trail's one-word end is as often the headline's own first word ("Sport › Bayern" over
    "Bayern München gewinnt …"), a long one the headline cut short, and the rest must read as
    a headline of its own. A headline in title case, every word capitalised, shows no case
    jump where a kicker ends: "Home › Politics › Joe Biden" over "Joe Biden Signs Executive
    Order On Climate" is a headline naming the trail's topic, and stays whole."""
    for line in earlier_lines:
        if not is_breadcrumb(line):
            continue
        kicker = breadcrumb_end(line)
        if not _CRUMB_KICKER_WORDS[0] <= len(kicker.split()) <= _CRUMB_KICKER_WORDS[1]:
            continue
        rest = title.removeprefix(kicker + " ")
        if rest == title or not rest[:1].isupper() or len(rest.split()) < _MIN_TITLE_WORDS:
            continue
        if not title_cased(rest):
            return rest
    return None


def unshouted(title: str, lines: Iterable[str]) -> str:
    """The headline as written, when the page shows it in capitals (a style sheet's
    `text-transform: uppercase`, which copying keeps) and prints it in mixed case elsewhere:
    in the breadcrumb ("Home Holidays Homemade Spiced Honey Pear Jam for the Holidays" for
    "HOMEMADE SPICED HONEY PEAR JAM FOR THE HOLIDAYS"), the window title or a share text.
    The copy must stand whole, between word boundaries."""
    if not title.isupper() or len(title.split()) < _MIN_SHOUTED_WORDS:
        return title
    wanted = title.lower()
    if len(wanted) != len(title):
        return title  # a letter whose lower case is longer ("İ"): positions would not match
    for line in lines:
        if len(line) < len(title):
            continue
        lower = line.lower()
        if len(lower) != len(line):
            continue
        start = lower.find(wanted)
        while start >= 0:
            end = start + len(title)
            copy = line[start:end]
            if (
                not copy.isupper()
                and (start == 0 or not line[start - 1].isalnum() or copy[0].isupper())
                and (end == len(line) or not line[end].isalnum())
            ):
                return copy
            start = lower.find(wanted, start + 1)
    return title


def derive_title(text: str) -> str | None:
    """A short title from the first sentence of `text`, cut at a word boundary.

    A title is one line: the sentence is looked for in the first paragraph only, its line
    breaks made spaces ("trailing dot.\n\ntrailing dot body …" gave a title of two
    paragraphs, as the next one does not start with a capital the split could see).
    """
    paragraph = _PARAGRAPH_BREAK.split(text.strip(), maxsplit=1)[0]
    first = _SENTENCE_SPLIT.split(" ".join(paragraph.split()), maxsplit=1)[0].strip()
    first = first.rstrip(".")
    if not first:
        return None
    if len(first) <= MAX_DERIVED_CHARS:
        return first
    cut = first[: MAX_DERIVED_CHARS - 1]
    if " " in cut:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"
