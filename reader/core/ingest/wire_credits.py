"""News agencies and sources credited in a line: a wire named where the author would stand
("Reuters November 18, 2019", "Quelle: dpa/lno") or in the story's dateline ("WASHINGTON
(Reuters) - …", "Rom (kath.net/as) Freitag …").

Pure text tests, apart from the author-line readers in `byline`: a wire is recorded as the
article's agency, and is its byline only when no person is named.
"""

from __future__ import annotations

import re

# News agencies whose name alone, or with a place or the date, stands where the author would
# ("Reuters November 18, 2019 11:03 PM", "PTI, Washington,", "Quelle: dpa/lno").
WIRES = (
    "the associated press", "associated press", "agence france-presse", "reuters", "afp",
    "ap", "dpa", "epd", "kna", "apa", "sda", "ddp", "pti", "ians", "ani", "upi", "xinhua",
    "ansa", "efe", "kathpress", "bloomberg",
)  # fmt: skip
_WIRE_NAMES = "|".join(re.escape(w) for w in WIRES)
# A desk's initials after the wire's name and its slash ("dpa/lno", "AFP/jm"), in lower case.
DESK_INITIALS = "[a-z]{2,4}"
_WIRE_LINE = re.compile(
    r"^(?:(?:quelle|source|sources|von|by|from)\s*:?\s*)?("
    + _WIRE_NAMES
    + r")((?-i:/" + DESK_INITIALS + r"))?(?![\w/-])[\s,.|·–—-]*(.*)$",
    re.IGNORECASE,
)
_MAX_WIRE_TAIL_WORDS = 6
# A story opening with the wire's dateline ("WASHINGTON (Reuters) - …", "Berlin (dpa) – …").
_WIRE_DATELINE = re.compile(
    r"^[^\W\d_][\w .,'/-]{1,40}?\s*\((" + _WIRE_NAMES + r")((?-i:/" + DESK_INITIALS + r"))?\)\s*[-–—:]",
    re.IGNORECASE,
)
# Any source with its desk's initials in the dateline ("Rom (kath.net/as) Freitag der …",
# "Bonn (KNA/tt) – …"): the initials mark it as a credit, whoever the source is.
_DESK_DATELINE = re.compile(
    r"^[^\W\d_][\w .,'/-]{1,40}?\s*\(([^\W\d_][\w.-]{2,30}/[a-z]{1,4})\)\s*[-–—:]?\s*[^\W\d_]"
)
# Words of a picture credit before a wire ("AP Photo/John Doe"): no agency line.
CREDIT_WORDS = frozenset("photo photos foto fotos images image video bild bilder".split())


def is_wire(name: str) -> bool:
    """Whether `name` is a news agency's ("The Associated Press", "Thomson Reuters", "PTI")."""
    lower = name.casefold()
    return lower in WIRES or lower.removeprefix("thomson ") in WIRES


def agency_of(text: str) -> str | None:
    """The news agency a short line names as the source, as printed ("Reuters", "dpa/lno"),
    when nothing but a place or a date follows it."""
    match = _WIRE_LINE.match(text.strip())
    if match is None:
        return None
    tail = match[3]
    if len(tail.split()) > _MAX_WIRE_TAIL_WORDS or (tail and tail[0].islower()):
        return None
    if tail.split("/")[0].split(" ")[0].lower() in CREDIT_WORDS:
        return None  # "AP Photo/John Doe": a picture credit
    announced = match.group().lower().startswith(("quelle", "source", "von", "by", "from"))
    if announced or match[1][0].isupper() or len(match[1]) <= 3:
        return match[1] + (match[2] or "")
    return None


def dateline_agency(text: str) -> str | None:
    """The wire named in the story's dateline ("WASHINGTON (Reuters) - Scientists …",
    "Hamburg (dpa/lno) – …": with its regional desk), or any source credited with its desk's
    initials ("Rom (kath.net/as) Freitag …")."""
    match = _WIRE_DATELINE.match(text)
    if match:
        return match[1] + (match[2] or "")
    desk = _DESK_DATELINE.match(text)
    return desk[1] if desk else None


# The words of a wire's syndication notice under a story a paper carries ("Copyright 2019 The
# Associated Press. All rights reserved. This material may not be published, broadcast,
# rewritten or redistributed."), in lower case.
SYNDICATED = "may not be published"
_NOTICE_WIRE = re.compile(
    r"^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\s*)?(?:thomson\s+)?(" + _WIRE_NAMES + r")(?![\w/-])",
    re.IGNORECASE,
)


def notice_agency(text: str) -> str | None:
    """The agency, as printed, whose copyright notice `text` is ("© 2019 Associated Press. All
    Rights Reserved.", "Copyright 2019 The Associated Press …", "© Thomson Reuters 2019")."""
    if not text.startswith(("©", "(", "C", "c")):
        return None  # (nearly every line: no pattern tried)
    match = _NOTICE_WIRE.match(text)
    return match[1] if match else None


# One spelling for each agency a page may write several ways: an AP story was credited "AP" on
# one paper, "Associated Press" on the next and "The Associated Press" as the outlet of a
# third, and the library's Author and Outlet filters and the timeline's legend listed it twice
# or three times. The spelling kept is the one the agency's own notices print.
_ONE_SPELLING = {
    "ap": "Associated Press",
    "the ap": "Associated Press",
    "associated press": "Associated Press",
    "the associated press": "Associated Press",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
}


def agency_spelling(name: str | None) -> str | None:
    """`name` in its agency's one spelling when it names nothing but a news agency ("The
    Associated Press", "AP" → "Associated Press"), else as it is (a desk's "dpa/lno", a
    person, an outlet)."""
    if not name:
        return name
    return _ONE_SPELLING.get(" ".join(name.split()).casefold(), name)
