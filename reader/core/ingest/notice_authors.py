"""Authors named by the site's own notices under the text: a copyright notice held by a person
("© 2004 - 2020 Nala Löwenkönigin"), a Creative Commons licence naming the work's author, or
a copyright notice held by a public body or an association ("© 1995 – 2021 Auswärtiges Amt"),
whose pages are its own publications.

Personal blogs and one-person sites often print no author line at all; their footer is the
only place the person behind the text is named. These are the weakest evidence of who wrote
the article, read only when no line names an author and no news agency stands in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.ingest.head import Head
from reader.core.ingest.outlet_evidence import email_domains
from reader.core.ingest.outlet_names import is_publisher, legal_trimmed
from reader.core.ingest.phrases import CAPTION, IMAGE_CREDIT
from reader.core.ingest.shape import is_person_name

# A site's copyright notice naming a person: "© 2004 - 2020 Name", "© 2019 site by Name",
# "© by Name | All Rights Reserved".
_NOTICE_HOLDER = re.compile(
    r"©\s*(?P<year>(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?(?P<by>(?:[\w.-]+\s+)?by\s+)?"
    r"(?P<name>[^|•·,/]+?)\s*(?:$|[|•·,]|\.\s|all rights|alle rechte)",
    re.IGNORECASE,
)
_RESERVED = "rights reserved"
# A Creative Commons licence naming whose work it is: "Ein Hundetagebuch von Donald Townsend
# steht unter einer Creative Commons … Lizenz", "… by Name is licensed under a Creative
# Commons …", "CC-BY-NC-ND Doris Schuppe".
_LICENCE_HOLDER = re.compile(
    r"\b(?:von|by) (?P<name>[^,;:|•·]{3,60}?) (?:steht|is licensed|ist lizenziert|ist) "
    r"(?:unter|under) (?:einer|der|a|the) creative commons"
    r"|^cc[- ]by(?:[- ](?:nc|nd|sa))*(?: \d\.\d)? (?P<holder>[^|•·,]{3,60})$",
    re.IGNORECASE,
)
_NOTICE_WORDS = 20
# How a word of a public body's or an association's name ends ("Auswärtiges Amt",
# "Bundesinstitut für …", "Bundesverband … e.V."): such a body publishes its own pages, and citation styles name it as their author
# when no person is. A company or an outlet holding the copyright is never the author.
_BODY_ENDINGS = (
    "amt", "ministerium", "behörde", "verband", "verein", "institut", "stiftung", "kammer",
    "universität", "hochschule", "e.v", "e.v.",
)  # fmt: skip
# (A full stop ends the field, but not the one of "e.V.".)
_FIELD_END = re.compile(r"\s*[|•·]|(?<!\.[A-Za-z])\.\s|\s+(?:all rights|alle rechte)", re.I)
_SHORT_NAME = " - "  # "BDZV - Bundesverband Digitalpublisher und Zeitungsverleger e.V."
_CC = frozenset(("cc", "CC", "Cc"))


def notice_author(head: Head) -> None:
    """The author a site notice under the text names, when no line names one: the person
    holding the copyright of the whole site, else the person a Creative Commons licence names.
    Both are read in one pass up from the page's end, where the notices stand."""
    notice_open = True  # until the site's own notice decides
    licence: tuple[int, str | None] | None = None  # the lowest licence line and its person
    body: tuple[int, str] | None = None  # the lowest notice held by a public body
    for i in range(len(head.segments) - 1, head.end - 1, -1):
        text = head.segments[i].text
        if notice_open and "©" in text:
            decided, name = _notice_person(head, i, text)
            if name:
                head.authors[i] = name
                return
            notice_open = not decided
            if body is None:
                body = _notice_body(head, i, text)
        if licence is None and ("ommons" in text or text[:2] in _CC):
            licence = _licence_person(head, i, text)
        if not notice_open and licence is not None:
            break
    if licence is not None and licence[1]:
        head.authors[licence[0]] = licence[1]
    elif body is not None:
        head.authors[body[0]] = body[1]


def _notice_body(head: Head, i: int, text: str) -> tuple[int, str] | None:
    """A public body or an association holding the site's copyright ("© 1995 – 2021
    Auswärtiges Amt", "© 2020 BDZV - Bundesverband … e.V."), by its short name, with its
    line; its pages are its own publications. A year marks the site's notice."""
    if head.shapes[i].n_words > _NOTICE_WORDS or head.labels[i] in (CAPTION, IMAGE_CREDIT):
        return None
    match = _NOTICE_HOLDER.search(text)
    if match is None or not match.group("year"):
        return None
    # A body's name may hold commas ("… für Familie, Senioren, Frauen und Jugend"): it runs
    # to the notice's next field.
    holder = _FIELD_END.split(text[match.start("name") :])[0].strip()
    words = holder.casefold().split()
    if not any(word.endswith(_BODY_ENDINGS) for word in words) or is_publisher(holder):
        return None
    return i, holder.split(_SHORT_NAME)[0].strip()


def _notice_person(head: Head, i: int, text: str) -> tuple[bool, str | None]:
    """A person holding the copyright of the whole site, as a personal blog or a one-person
    site prints it in the footer ("© 2004 - 2020 Nala Löwenkönigin", "© 2019 nh24 by
    Alexander Wittke", "Inhalte © by Ralf Glaser | All Rights Reserved"). A year, a "by" or
    reserved rights mark the site's notice (which decides); a picture's "© Ralf Glaser"
    under its caption has none of them. A company, a name printed elsewhere on the page or
    one spelling the site's address is the site's, not a person's."""
    if head.shapes[i].n_words > _NOTICE_WORDS:
        return False, None
    match = _NOTICE_HOLDER.search(text)
    if match is None or head.labels[i] in (CAPTION, IMAGE_CREDIT):
        return False, None
    name = match.group("name").strip()
    marked = match.group("year") or match.group("by") or _RESERVED in text.lower()
    if not (marked and is_person_name(name) and not _is_company(name)):
        return False, None
    # A site's name recurs in its chrome ("About Jeongdong Theater"); the person behind a
    # one-person site is named once, in the notice.
    if sum(name in segment.text for segment in head.segments) != 1 or _spells_address(head, name):
        return True, None
    return True, name


def _spells_address(head: Head, name: str) -> bool:
    """The name's first word is the site's own address ("© 1996 - 2022 Internetchemie
    ChemLin" on a page linking "www.internetchemie.info/…"): the site's name, not a person's.
    (Only the first word: a one-person site may be its owner's surname, "www.weber.de".)"""
    labels = email_domains("\n".join(segment.text for segment in head.segments))
    return name.split()[0].lower().replace("-", "") in labels


def _licence_person(head: Head, i: int, text: str) -> tuple[int, str | None] | None:
    """A person a Creative Commons licence names as the work's author ("Ein Hundetagebuch
    von Donald Townsend steht unter einer Creative Commons … Lizenz", "CC-BY-NC-ND Doris
    Schuppe"): the line and the person (None for a company), or None when line `i` is no
    licence. Unlike a copyright notice the licence names the work's author, not the site's
    owner, so the name may recur on the page (the author's box, a syndication note)."""
    if head.shapes[i].n_words > _NOTICE_WORDS or head.labels[i] in (CAPTION, IMAGE_CREDIT):
        return None
    match = _LICENCE_HOLDER.search(text)
    if match is None:
        return None
    name = (match.group("name") or match.group("holder")).strip()
    return i, name if is_person_name(name) and not _is_company(name) else None


def _is_company(name: str) -> bool:
    """A company's name: a legal form or a publisher's word ("LUMITOS AG", "Hearst
    Communications", "CBS Interactive Inc")."""
    return legal_trimmed(name) != name or is_publisher(name)


# A byline of initials: two or three capitals, with or without full stops ("DT", "R. R.").
_INITIALS = re.compile(r"(?:[A-ZÄÖÜ]\.?\s?){2,3}")


def initials_spelt_out(head: Head, byline: str) -> str | None:
    """The person a site notice or licence under the text names in full, for a byline that
    gives only their initials: a blog theme prints the account ("Posted by DT") where the
    licence names the author ("Ein Hundetagebuch von Donald Townsend steht unter einer
    Creative Commons … Lizenz"). Only a name whose initials are the byline's, in order."""
    if _INITIALS.fullmatch(byline.strip()) is None:
        return None
    probe = replace(head, authors={}, inferred=set())  # the page as it is, no author yet
    notice_author(probe)
    wanted = "".join(ch for ch in byline if ch.isalpha())
    for name in probe.authors.values():
        if "".join(word[0] for word in name.split()) == wanted:
            return name
    return None
