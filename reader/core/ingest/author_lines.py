"""Single lines of a page's head or tail that name an author, as the author readers ask about
them: a line of person names, a lead alone on its line ("Von", "Kommentar von") and what it
introduces, a link to the author's other posts under a name.

Shared by the readers of the head (`head_authors`) and of the lines under the text
(`tail_authors`), which ask the same questions of different parts of the page.
"""

from __future__ import annotations

import re

from reader.core.ingest import byline as bylines
from reader.core.ingest.head import Head
from reader.core.ingest.shape import is_name_list

_NAME_LINE_MAX_CHARS = 100
_NAME_LINE_MAX_WORDS = 16
_BARE_LEAD_WORDS = 3
# The last word of every bare lead line: a lead word or a connector.
_LEAD_ENDINGS = tuple(bylines.BYLINE_LEADS) + tuple(bylines.CONNECTORS)
_LED_NAME_MAX_WORDS = 4
_LED_NAME_MAX_CHARS = 40
# Words of the links between a blog's posts, which have the shape of a name ("Next Post").
_PAGER_WORDS = frozenset(
    "next previous prev older newer post entry article story nächster vorheriger älterer "
    "neuerer beitrag artikel".split()
)  # fmt: skip
# Words of a blog's or an outlet's name, never of a person's ("My Town Blog" over the date of
# a Blogger post, "City Times" under the author's name).
_SITE_WORDS = frozenset(
    "blog blogs weblog vlog magazine magazin news times journal zeitung online podcast".split()
)
# A link to the author's other posts or page under the box's name ("Weitere Beiträge", "Alle
# Posts vom Autor", "Mehr über Frank Boës", "View all posts by", "More from"), or the staff
# line saying whose newsroom they belong to ("Mitglied der Tonight News-Redaktion").
_MORE_BY = re.compile(
    r"(?:weitere (?:beiträge|artikel|posts)|alle (?:posts|beiträge|artikel)|mehr (?:über|von)"
    r"|(?:view |see )?all (?:posts|articles|stories) by|more (?:posts |articles |stories )?(?:by|from)"
    r"|(?:mitglied|member) (?:der|des|of the) .*(?:redaktion|team|staff|newsroom))\b",
    re.IGNORECASE,
)
_MORE_BY_WORDS = 8
# A picture's zoom or enlarge button as the copy keeps it on its own line ("Vergrößern",
# "Bild vergrößern", "Hineinzoomen", "Agrandir", "Ampliar"): a name beside it is the
# picture's caption (the person or the firm it shows), not the byline.
ZOOM_BUTTONS = frozenset(
    ("vergrößern", "bild vergrößern", "foto vergrößern", "grafik vergrößern", "hineinzoomen",
     "zum vergrößern klicken", "zoom", "zoom in", "enlarge", "enlarge image",
     "enlarge this image", "click to enlarge", "view larger", "view larger image", "agrandir",
     "agrandir l'image", "ampliar", "ampliar imagen", "ampliar foto", "ingrandisci",
     "ingrandisci immagine", "vergroten", "afbeelding vergroten", "powiększ", "zvětšit")
)  # fmt: skip
_BUTTON_REACH = 2
# A name with its part in brackets, as German magazines credit text and pictures ("Anna
# Weber (Text) und Max Muster (Fotos)", "12.03.2024 | Max Muster (Foto)").
_ROLE_MARKED = re.compile(
    r"([A-ZÄÖÜ][\w.'-]+(?:\s+(?:von |van |de )?[A-ZÄÖÜ][\w.'-]+){1,3})\s*"
    r"\((text|texte|foto|fotos|bild|bilder|photo|photos|fotografie|illustration|grafik)\)",
    re.IGNORECASE,
)
_TEXT_ROLES = frozenset(("text", "texte"))
# A teaser list's cards stand this close: headline, author line, headline, author line.
_LIST_REACH = 4
_ALIKE_WORDS = 2
# A photographer's job on the line under a name: the picture's credit, not the story's author
# ("Fotografin", "Photographe", "Staff photographer", "Photo editor", "Bildredakteurin",
# "Foto-Reporter"). Some are job lines by `bylines.is_role_line` too ("staff", "editor",
# "reporter"), which alone would make the name the author.
_PHOTOGRAPHER_JOB = re.compile(
    r"\b(?:foto|photo|fotó)gra(?:f|ph)"
    r"|\b(?:foto|photo|bild|picture)[- ]?(?:redakt|editor|reporter|journalist)",
    re.IGNORECASE,
)
_PHOTOGRAPHER_JOB_WORDS = 5
_MORE_BY_STARTS = frozenset(
    ("weit", "alle", "mehr", "view", "see ", "all ", "more", "mitg", "memb")
)


def is_photographer_job(text: str) -> bool:
    """A short line naming a photographer's job ("Fotografin", "Staff photographer", "Photo
    editor"): under a name, the picture's credit. A long line is a caption or a sentence."""
    return (
        len(text.split()) <= _PHOTOGRAPHER_JOB_WORDS and _PHOTOGRAPHER_JOB.search(text) is not None
    )


def is_name_line(head: Head, i: int) -> bool:
    """Names of people, possibly with the places they report from ("Justin McCurry in Tokyo",
    "Harriet Dunmore in London and Edward Lin in Shanghai"); not a link between posts ("Next
    Post", "Älterer Beitrag") over the date."""
    text = head.segments[i].text
    if head.labels[i] is not None or len(text) > _NAME_LINE_MAX_CHARS or not text[:1].isupper():
        return False
    if head.shapes[i].n_words > _NAME_LINE_MAX_WORDS or head.shapes[i].prose:
        return False
    if is_one_chunk(text):
        return False  # a menu's "Politik", "Startseite": settled before cleaning
    cleaned = head.clean_byline(i)
    if cleaned is None or not is_name_list(cleaned) or bylines.is_quoted_headline(text):
        return False
    words = cleaned.lower().split()
    return _PAGER_WORDS.isdisjoint(words) and _SITE_WORDS.isdisjoint(words)


def is_one_chunk(text: str) -> bool:
    """The line has no white space inside ("Politik", "Anna-Weber", "Fotos/Text"): no name
    list comes out of it, whose names are two words or more (`is_person_name`), as cleaning a
    byline (`bylines.clean_byline`) cuts and deletes, puts a space for a mail address (which
    takes the word characters on either side with it) and lists comma-separated parts, none of
    which makes two capitalised words of one chunk. Half the lines that reach the names on
    real pages are such (a menu's entries): cleaning them was 1.2 % of a German page's parse."""
    return len(text.split(maxsplit=1)) < 2


def is_bare_lead_line(head: Head, i: int) -> bool:
    """A line that only introduces the author: "Von", "By:", "Kommentar von", "Autoren:"."""
    if head.shapes[i].n_words > _BARE_LEAD_WORDS:
        return False  # the shape settles nearly every line before any regex
    text = head.segments[i].text
    if not text.rstrip(" :").lower().endswith(_LEAD_ENDINGS):
        return False  # most short lines (menu entries) end in no lead word
    if bylines.is_bare_lead(text):
        return True
    return i not in head.dates and bylines.ends_with_connector(text) and text[:1].isupper()


def follows_lead(head: Head, lead: int) -> bool:
    """What the bare lead at `lead` introduces: names, or, after a plain "Von"/"By" or a
    label with a colon ("Author:"), one name, an account or a desk ("Robert", "oradmin",
    "auto-motor.at Redaktion"): that lead vouches for a short line. After a menu's "Autoren"
    or "Sort by" another menu entry follows."""
    i = lead + 1
    if is_name_line(head, i):
        return True
    label = head.segments[lead].text.strip()
    if not label.endswith(":") and label.lower() not in bylines.CONNECTORS:
        return False
    text = head.segments[i].text
    if head.labels[i] is not None or i in head.dates or head.shapes[i].prose:
        return False
    short = head.shapes[i].n_words <= _LED_NAME_MAX_WORDS and len(text) <= _LED_NAME_MAX_CHARS
    return short and text[:1].isalpha() and not any(map(str.isdigit, text))


def links_to_posts(head: Head, i: int) -> bool:
    """Line `i` under a name links to the author's other posts or page, or names their
    newsroom: the name above is an author's ("Heinz Steiner" / "Weitere Beiträge")."""
    text = head.segments[i].text
    if text[:4].lower() not in _MORE_BY_STARTS or head.shapes[i].n_words > _MORE_BY_WORDS:
        return False  # most lines are settled by their first letters, before the pattern
    return _MORE_BY.match(text) is not None


def named_in_story(head: Head, surname: str, stop: int, start: int | None = None) -> bool:
    """A paragraph of the story, from its start (or `start`) to line `stop`, names `surname`:
    a person the story is about, not its author (authors seldom name themselves in their
    text). The name's pattern is compiled only when a paragraph holds the name (on most pages
    none does): it was compiled for every name asked about, in every worker anew."""
    holding = [
        text
        for j in range(head.first_prose if start is None else start, stop)
        if head.shapes[j].prose and surname in (text := head.segments[j].text)
    ]
    if not holding:
        return False
    word = re.compile(r"\b" + re.escape(surname) + r"\b")
    return any(word.search(text) for text in holding)


def beside_zoom_button(head: Head, i: int) -> bool:
    """A picture's zoom button stands within two lines of line `i` ("Vergrößern" / "Liam
    Gavrielides" / "Quelle: …", "MIRO Analytical" / caption / "Hineinzoomen")."""
    for j in range(max(0, i - _BUTTON_REACH), min(len(head.segments), i + _BUTTON_REACH + 1)):
        if j != i and head.segments[j].text.strip().lower() in ZOOM_BUTTONS:
            return True
    return False


def role_marked_authors(text: str) -> str | None:
    """The names a line credits with the text, when it marks each name's part in brackets
    ("Anna Weber (Text) und Max Muster (Fotos)" → "Anna Weber"); "" when it credits only
    pictures ("Max Muster (Foto)": a photographer is no author); None for a line that marks
    no part."""
    if "(" not in text:
        return None  # nearly every line
    marked = _ROLE_MARKED.findall(text)
    if not marked:
        return None
    writers = [name for name, role in marked if role.lower() in _TEXT_ROLES]
    return " und ".join(writers) if writers else ""


def in_teaser_list(head: Head, i: int) -> bool:
    """Line `i` under the text is one of a list's alike meta lines: another line a few lines
    away opens with the same word and is as short ("Stadt plant neue Buslinien" / "Von Max
    Muster | 10.03.2024" / "Parkgebühren steigen ab Mai" / "Von Erika Mustermann |
    09.03.2024"). A related-stories box prints each teaser's author and date so, a teaser's
    headline between them; the article's own author line under the text stands alone, or
    in a block of credits (author, translator) one under the other."""
    first = head.segments[i].text.split(" ", 1)[0]
    words = head.shapes[i].n_words

    def alike(j: int) -> bool:
        return (
            0 <= j < len(head.segments)
            and head.segments[j].text.split(" ", 1)[0] == first
            and abs(head.shapes[j].n_words - words) <= _ALIKE_WORDS
        )

    if alike(i - 1) or alike(i + 1):
        return False  # a block of credits one under the other ("Geschrieben von …" twice)
    return any(alike(j) for j in range(i - _LIST_REACH, i + _LIST_REACH + 1) if abs(j - i) > 1)
