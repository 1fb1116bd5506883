"""Names as pages write them in their furniture: copyright notices, legal names, generic words.

A footer's copyright notice names the site or the company behind it, wrapped in years, legal
forms and boilerplate ("© 2000 - 2019 Al Bawaba (www.albawaba.com)", "©2019 Forbes Media LLC.
All Rights Reserved.", "copyright Inexhibit 2019 - ISSN: 2283-5474"). This module cuts the
name out of such lines and says how much a name tells: a publishing group's name ("Hearst
Communications", "Vox Media") names no one site, though its distinctive part may ("Forbes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.core.ingest.outlet_words import CONNECTORS, GENERIC_WORDS
from reader.core.ingest.shape import is_person_name
from reader.core.ingest.wire_credits import SYNDICATED as _SYNDICATED
from reader.core.ingest.wire_credits import is_wire

# The notice's sign or word. "(c)" directly followed by "(" is a tax status, "501(c)(3)".
# Cheap tests before the pattern: the sign, "(c)" or the word in its usual cases.
# A notice whose sign was an icon, not text, opens with its years and reserves its rights:
# "2019 Spacenews, Inc. All Rights Reserved". (Its mark is the line's start before a year,
# in a line with no other mark; only lines holding a hint are read, so a line opening with a
# year alone is no notice.)
_NOTICE_HINTS = ("©", "ⓒ", "(c)", "(C)", "(с)", "(С)", "opyright", "OPYRIGHT", "eserved",
                 "ESERVED")  # fmt: skip
_MARK = re.compile(
    r"©|ⓒ|\((?:c|с)\)(?!\()|\bcopyright\b|^(?=(?:19|20)\d\d\b)(?!.*(?:©|ⓒ|\([cс]\)|copyright))",
    re.IGNORECASE,
)
_LEAD = re.compile(
    r"^(?:\s|©|ⓒ|@|\((?:c|с)\)|copyright\b|by\b|all rights reserved\b|[-–—:,.|]"
    r"|\d{4}(?:\s*[-–—]\s*\d{4})?)+",
    re.IGNORECASE,
)
# Where the name ends: sentence end, list or legal separators, a parenthesis, boilerplate.
# (an initial's full stop ends nothing: "Informationsdienst Wissenschaft e. V.")
_END = re.compile(
    r"(?<!\s\w)\.(?=\s|$)|[,;|©•·(\[]|\s[-–—]\s|\s{2,}|\s(?:all rights|all right reserved|alle rechte"
    r"|todos os direitos|tutti i diritti|tous droits|unless otherwise|is a registered"
    r"|powered by|designed by|a subsidiary|a division|in england|registered)",
    re.IGNORECASE,
)
_DASH = re.compile(r"\s[-–—]\s")
_TRAILING_YEARS = re.compile(r"[\s,.]*\d{4}(?:\s*[-–—]\s*\d{4})?$")
# Legal forms closing a company name ("Pty Ltd", "GmbH", "& Co. KG"). "Corporation" and
# "Company" stay: they mark the owner's name ("The Hearst Corporation", "The Channel
# Company"), which `_PUBLISHER` then tells from the outlet's.
_LEGAL = re.compile(
    r"(?:[\s,]+(?:inc|llc|ltd|ltda|limited|pty|pvt|private|gmbh|ag|se|plc|corp|co"
    r"|s\.?a|s\.?a\.?s|s\.?a\.?u|s\.?l|s\.?l\.?u|sarl|spa|s\.?p\.?a|s\.?r\.?l|b\.?v|kg|ohg"
    r"|e\.?\s?v|ug|oy|ab|kk|&|und|and)\.?)+$",
    re.IGNORECASE,
)
# Words of publishing companies: such a name is the owner's, not the site's. A printer prints
# the paper and may hold the notice: "© 2019 The Printers (Mysore) Private Ltd." under the
# Deccan Herald. "Digital" after a name is a company's digital arm ("© CHIP Digital GmbH",
# "© Quinta Digital GmbH" under a pet magazine); opening a name, it is a title's word
# ("Digital Trends").
_PUBLISHER = re.compile(
    r"\b(?:group|gruppe|media|medien|(?<=\w )digital|network|networks|holdings?|enterprises"
    r"|communications|publishing|publications|publishers|printers|printing|druckerei|verlag|verlagsgruppe|mediengruppe|broadcasting"
    r"|interactive|newspapers|corporation|company|zeitschriftenverlag|landwirtschaftsverlag"
    r"|verlagsgesellschaft|grupo|groupe|gruppo|ediciones|éditions|editions|edizioni|editora"
    r"|edições|editoriale|uitgeverij)\b",
    re.IGNORECASE,
)
# Publishing groups behind many sites: even their distinctive word names no site.
GROUPS = frozenset(
    ("hearst", "gannett", "condé nast", "conde nast", "dotdash", "vox", "news corp", "tribune",
     "advance local", "nexstar", "sinclair", "future", "future us", "penske", "medianews",
     "mediennews", "ziff davis", "cbs", "nbcuniversal", "nbc universal", "dow jones", "madsack",
     "burda", "funke", "axel springer", "bauer", "gruner + jahr", "webedia", "lumitos")
)  # fmt: skip
# Photo agencies: "© Patrick Pleul/dpa" under a picture credits the photo, not the page.
PHOTO_AGENCIES = frozenset(
    ("dpa", "afp", "getty images", "imago", "imago images", "picture alliance",
     "picture-alliance", "shutterstock", "istock", "epa", "ap", "ap photo", "keystone", "ddp",
     "unsplash", "adobe stock", "alamy", "reuters", "pixabay", "stats")
)  # fmt: skip
# A picture's credit opens with what it credits, in the singular or the plural, or a compound
# of it ("Fotos © 2024 Stadt Bremen", "Bildnachweis: © …", "Titelbild © …"; not "Bildung").
_CAPTION_START = re.compile(
    r"^\(?(?:(?:titel|beitrags|header|vorschau)?(?:bild(?:er|nachweise?|quellen?|rechte)?"
    r"|foto(?:s|grafie|nachweise?)?)|images?|photo(?:s|graphy)?|pictures?|grafik(?:en)?"
    r"|illustration(?:en|s)?)\b",
    re.IGNORECASE,
)
_RESERVED = re.compile(
    r"rights? reserved|rechte vorbehalten|direitos reservados|diritti riservati|droits réservés",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A footer's links glued to the notice's name when copied: "© 2022 Harbor
# KomiteeImpressumPrivacy & AGBs".
_GLUED_LINK = re.compile(
    r"(?<=[a-zäöüß])(?:Impressum|Datenschutz|Privacy|Kontakt|Contact|Terms|AGB|Cookie|Sitemap"
    r"|Nutzungsbedingungen|Disclaimer|Mentions|Aviso)"
)
_CREDIT_VERBS = frozenset("designed powered developed created hosted made built".split())  # "… by"
_COPYRIGHT_WORD = re.compile(r"\bcopyright(?: by)?\b", re.IGNORECASE)
_LEGAL_WORD = re.compile(r"\b(?:inc|llc|ltd|limited|gmbh|ag|plc|corp|s\.a)\b", re.IGNORECASE)
_FOOTER_LINES = 8
# A body named for what it does ("Bundesministerium für Familie", "Ministry of Health"), and the
# further fields its name lists after a comma, the last after "und" / "and".
_BODY_OF = re.compile(r"\s(?:für|for|of)\s")
_FIELD = r"[\w-]+(?: [\w-]+)?"
_FIELDS = re.compile(rf"(?:, {_FIELD})*,? (?:und|and|&) {_FIELD}")
_MEDIA_TAIL = " media"
_CREDITS = 3
_SHOUT = re.compile(r"[A-ZÄÖÜ0-9]")
_LOWER_BRAND = re.compile(r"[a-z]+[0-9]+[a-z][a-z0-9]*")
_PUNCTUATION = ".,:;!?&'’()[]\"“”«»-–—|/+*#@"
MAX_NAME_WORDS = 5
MAX_NAME_CHARS = 45
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Notice:
    """A name cut from a copyright line, the line's index, whether the line reads as the
    site's own notice (years or "all rights reserved") rather than a picture's credit, the
    brand a line may put before its sign ("Wccftech © 2019 NewAge ADS, LLC.") and the title
    a company's notice names after a dash ("© 2022 Paul Parey Zeitschriftenverlag GmbH -
    WILD UND HUND")."""

    name: str
    index: int
    own: bool
    brand: str | None
    title: str | None = None


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def ascii_lower(text: str) -> bytes:
    """`text` with its ASCII letters in lower case and every other character a "?", one byte
    a character: what plain searches for ASCII words of any case need, at the same offsets.
    (Lowering a text that holds one character beyond ASCII goes character by character, some
    five times the work on a page's furniture.)"""
    return text.encode("ascii", "replace").lower()


def copyright_notices(lines: list[str], text: str) -> list[Notice]:
    """Every name a copyright sign or word introduces, one a line, in page order. `lines` are
    the page's lines with the article's paragraphs blank, `text` the lines joined by newlines:
    plain searches in it find the few lines worth a look. A news agency's notice right under
    the article ("© 2019 Associated Press. All Rights Reserved. This material may not be
    published …") credits the story a paper carries, not the site: it is left out (the agency
    is the article's `agency`)."""
    found: list[Notice] = []
    for index in lines_with(_NOTICE_HINTS, text):
        line = lines[index]
        for mark in _MARK.finditer(line):
            if mark.group().startswith(("c", "C")) and not (
                _YEAR.search(line) or _RESERVED.search(line)
            ):
                continue  # the bare word is a link's label: "Copyright Policy"
            name = _name_after(line[mark.start() :])
            brand = _COPYRIGHT_WORD.sub("", line[: mark.start()]).strip(" |-–—") or None
            if name is None and brand is not None:
                name = _name_before(brand, line)
                brand = None
            if name is None or "/" in name or _CAPTION_START.match(line):
                continue
            if is_wire(name) and ((index and not lines[index - 1]) or _SYNDICATED in line.lower()):
                continue  # a wire's notice closing the story a paper carries: its agency's
            # An agency's notice is the page's own only where it reserves its rights
            # ("© 2019 Reuters. All Rights Reserved."), not under a syndicated story.
            agency = is_photo_credit(name)
            if agency and not _RESERVED.search(line):
                continue
            if text.count(f"© {name}") >= _CREDITS:
                # A holder credited under three pictures or more is a picture agency or a
                # photographer: "Bike-Ausflug ins Grüne © Tourismus Salzburg GmbH".
                continue
            own = agency or _is_own(line, index, len(lines), name)
            title = _title_after(line[mark.start() :], is_publisher(name))
            found.append(Notice(name, index, own, brand, title))
            break
    return found


def lines_with(hints: tuple[str, ...], text: str) -> list[int]:
    """The indexes of the lines of `text` that hold any of `hints`, in order: plain searches
    find the few lines worth a look, and their line breaks are counted in C."""
    positions = []
    for hint in hints:
        at = text.find(hint)
        while at >= 0:
            positions.append(at)
            at = text.find(hint, at + 1)
    found: list[int] = []
    index, start = 0, 0
    for at in sorted(positions):
        index += text.count("\n", start, at)
        start = at
        if not found or found[-1] != index:
            found.append(index)
    return found


def _is_own(line: str, index: int, count: int, name: str) -> bool:
    """Reserved rights; a year or a legal form in the page's last third; or, for a name that
    is not a person's (a photographer's credit), any notice among the last lines: the site's
    notice, not a picture's credit in a caption."""
    if _RESERVED.search(line):
        return True
    if index >= 2 * count // 3 and (_YEAR.search(line) or _LEGAL_WORD.search(line)):
        return True
    return index >= count - _FOOTER_LINES and not is_person_name(name)


def _name_after(tail: str) -> str | None:
    rest = _LEAD.sub("", tail, count=1)
    glued = _GLUED_LINK.search(rest)
    if glued:
        rest = rest[: glued.start()]
    end = _END.search(rest)
    listed = _listed_body(rest, end.start()) if end is not None and end.group() == "," else None
    if listed is not None:
        return listed
    # Two names: "© ARD-aktuell / tagesschau.de" puts the site last, after its producer;
    # "Business Insider Deutschland / finanzen.net GmbH" first, before the company (which
    # carries the legal form).
    parts = [p.strip() for p in (rest[: end.start()] if end else rest).split(" / ")]
    if len(parts) > 1 and is_publisher(parts[-1]):
        # The title before its publisher ("© 2023 Harbor Magazin / Hafen Verlag"); a
        # picture's credit puts its photographer last.
        parts = [p for p in parts if not is_publisher(p)] or parts
    if len(parts) > 1 and any(is_person_name(p) for p in parts):
        return None  # a picture's credit: "© SalzburgerLand Tourismus / Markus Greber"
    plain = [p for p in parts if legal_trimmed(p) == p] or parts
    name = legal_trimmed(_TRAILING_YEARS.sub("", plain[-1]))
    site, _, owner = name.partition(" by ")  # the site, its owner: "© 2019 nh24 by Ann Roe"
    if site.casefold() not in _CREDIT_VERBS and is_person_name(owner) and not is_publisher(owner):
        name = site
    if not name or not any(map(str.isalpha, name)):
        return None
    if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
        return None
    if "." in name or (_YEAR.search(tail) and name.islower()):
        return name  # "tagesschau.de", "© pv magazine 2019"
    # "Copyright Policy", "Copyright and Reprint": links; "Alle Inhalte sind …": a sentence.
    return name if is_name_shaped(name) else None


def _listed_body(rest: str, comma: int) -> str | None:
    """A public body's name that lists its fields, which the comma at `comma` does not end:
    "Bundesministerium für Familie, Senioren, Frauen und Jugend", "Ministry of Health, Labour
    and Welfare" (the body's head holds "für" or "of", the list closes with "und" or "and").
    Such a name is longer than other outlets' names may be. None for any other comma."""
    head = rest[:comma]
    if not _BODY_OF.search(head) or not is_name_shaped(head):
        return None
    fields = _FIELDS.match(rest, comma)
    if fields is None:
        return None
    after = rest[fields.end() :].lstrip()
    if after and _END.match(after) is None:
        return None  # (a list of what the body does runs to the notice's end or boilerplate)
    return rest[: fields.end()]


def _name_before(brand: str, line: str) -> str | None:
    """The name a notice puts before its sign when nothing after the sign names anyone: "Der
    Hafenblog © 2011-2018. Alle Rechte vorbehalten.", "Harbor Post © 2019"; of a logo's text
    around a dash, the longest name ("HB – Der Hafenblog"). Only the site's own notice (years
    or reserved rights) is read so; a person's name before a sign is a picture's credit, and
    reserved rights there are the notice's own words ("All Rights Reserved © 2019")."""
    if not (_YEAR.search(line) or _RESERVED.search(line)) or _RESERVED.search(brand):
        return None
    names = [
        name
        for part in _DASH.split(brand)
        if is_name_shaped(name := legal_trimmed(_TRAILING_YEARS.sub("", part)))
        and not is_person_name(name)
    ]
    return max(names, key=len) if names else None


def _title_after(tail: str, publisher: bool) -> str | None:
    """The title a company's notice names after a dash: "© 2022 Paul Parey Zeitschriftenverlag
    GmbH - WILD UND HUND", "… GmbH - 2022 FISCH & FANG", "© 2001–2023 Christopher Rauen GmbH -
    Coaching-Magazin". The company is a publisher or carries its legal form (a person's or a
    brand's name alone before a dash is the holder itself: "© 2020 BDZV - Bundesverband …");
    what follows the dash may be boilerplate ("Designed by …", "Impressum") or the publisher's
    name after its years ("© 2005 - 2019 Healthline Media"), which name no title."""
    dash = _DASH.search(tail)
    if dash is None or not (publisher or _LEGAL.search(tail[: dash.start()].rstrip())):
        return None
    rest = _LEAD.sub("", tail[dash.end() :], count=1)
    end = _END.search(f" {rest}")  # (boilerplate opening the rest ends the name at once)
    name = _TRAILING_YEARS.sub("", rest[: max(0, end.start() - 1)] if end else rest).strip()
    return name if is_name_shaped(name) and not is_publisher(name) else None


def legal_trimmed(name: str) -> str:
    """The name without its legal form: "ScienceAlert Pty Ltd" → "ScienceAlert"."""
    return _LEGAL.sub("", name).strip(" ,.-–—")


def is_photo_credit(name: str) -> bool:
    """Whether a notice's name credits a picture: "Patrick Pleul/dpa", "Getty Images"."""
    lower = name.casefold()
    return "/" in name or lower in PHOTO_AGENCIES or lower.endswith((" images", " photo"))


def is_publisher(name: str) -> bool:
    """A publishing company's name ("Telegraph Media Group", "Hearst")."""
    return bool(_PUBLISHER.search(name)) or name.casefold() in GROUPS


def is_group(name: str) -> bool:
    """A publishing group's name, which agrees with no one outlet ("Hearst Communications")."""
    return name.casefold() in GROUPS or (is_publisher(name) and publisher_stem(name) is None)


def publisher_stem(name: str) -> str | None:
    """The distinctive part of a publisher's name, when it is not a known group: "Healthline
    Media" → "Healthline", "Telegraph Media Group" → "Telegraph", "Editora Abril" → "Abril";
    None for "Hearst Communications"."""
    match = _PUBLISHER.search(name)
    if match is None:
        return None
    stem = legal_trimmed(name[: match.start()].strip())
    if not stem:
        # Romance languages put the word first: "Ediciones El País" → "El País".
        stem = legal_trimmed(name[match.end() :].strip())
        if _PUBLISHER.search(stem):
            return None  # "Group Nine Media"
    group = stem.casefold().removeprefix("the ")
    if not stem or group in GROUPS or not is_name_shaped(stem):
        return None  # a group's, or a generic word's: "sport media group"
    return stem


def media_stem(name: str) -> str | None:
    """The masthead inside a company named after it plus "Media" ("Forbes Media" from "©2019
    Forbes Media LLC", "Healthline Media", "India Post Media Pvt. Ltd."): the company that
    publishes one title takes the title's name. None for a group's ("Vox Media"), a generic
    word's ("Breaking Media") or initials ("PAN Media" publishes PanARMENIAN.Net): initials
    name the company, seldom the masthead; nor a credit that reads on ("Designed by Gray
    Digital Media")."""
    if not name.casefold().endswith(_MEDIA_TAIL):
        return None
    stem = name[: -len(_MEDIA_TAIL)].strip(" -–—")
    if not stem or _PUBLISHER.search(stem) or stem.casefold().removeprefix("the ") in GROUPS:
        return None
    if stem.isupper() and " " not in stem:
        return None
    if not all(word[:1].isupper() or word[:1].isdigit() for word in stem.split()):
        return None
    return stem if is_name_shaped(stem) else None


def tidy_case(name: str) -> str:
    """Title-case a shouted name of three or more words ("THE FINANCIAL TIMES"), its small
    words after the first in lower case ("WILD UND HUND": "Wild und Hund"); shorter brands
    keep their capitals ("ZEIT ONLINE", "CNN")."""
    parts = name.split()
    if name.isupper() and len(parts) >= 3:
        return " ".join(
            w.lower() if i and w.lower() in CONNECTORS else w.capitalize()
            for i, w in enumerate(parts)
        )
    return name


@lru_cache(maxsize=8192)  # the same menu lines recur on every page of a site
def is_name_shaped(text: str) -> bool:
    """A short capitalised phrase that is not all chrome ("The Hollywood Reporter", "CNBC",
    "9to5Mac"; not "Sign In", "Latest News"), or one lower-case word with a digit inside
    ("t3n", "my6sense": no word of a menu is spelt so)."""
    if not text or len(text) > MAX_NAME_CHARS or text[-1] in ".:,;!?" or ": " in text:
        return False
    if not (_SHOUT.match(text) or text[0].isdigit()):
        return _LOWER_BRAND.fullmatch(text) is not None
    parts = text.split()
    if len(parts) > MAX_NAME_WORDS:
        return False
    for part in parts:
        if part[0].islower() and part not in CONNECTORS:
            return False
    for part in parts:
        # (a compound of generic words is generic: "E-Mail", "TV-Programm")
        for word in part.lower().split("-"):
            word = word.strip(_PUNCTUATION)
            if word and word not in GENERIC_WORDS and not word.isdigit():
                return True
    return False
