"""What the layout of a text says about the names in it: a line in capitals is a heading, a
country's three-letter code in brackets is that country, and "Jan" before a date a month.

A heading shouts its words ("US FALLS", "ARGENTINA CRUISES", "STAFF"): a capital there proves
nothing, so a run on such a line is no organisation or person by its looks — only its places
count; a town in capitals opening a paragraph before its state or an agency's credit is a
dateline's place ("KANSAS CITY, Mo. (AP) —"). Results tables and sports reports give a competitor's country as its code in brackets
("Dorothea Wierer (ITA)", "Vanessa Voigt (GER)"): letters an acronym rule would take for an
organisation. A line of a tour's dates names venues, not the sponsors they are named after
("June 19 -- PNC Music Pavilion, Charlotte, NC"). The codes are ISO 3166's (pycountry) and the Olympic committee's where they
differ ("GER", "SUI", "NED"); a code the words before the bracket spell out ("Federal
Reserve Association (FRA)") stays an acronym. A page copied from the browser may glue a menu
entry or a heading to the sentence after it ("GemeindesucheSie suchen …", "TourismusDie
Landeskirche bietet …"): a German article or pronoun glued after small letters opens the next
sentence, and no brand writes its name so, however much the inner capital looks like one.
A page whose menu was glued so throughout ("BibelGrundlage", "JugendlicheAngebote",
"KontaktSiemens AG"; three different glued words or more) is read with each German word
apart from what follows it (`unglued`); a single "TraumWelten" on a page is a brand's.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from sys import maxsize

from reader.core.entities import places
from reader.core.entities.cues import acronym
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.pieces import Piece
from reader.core.entities.us_states import US_STATES_AP, us_state

_CODE = re.compile(r"[A-Z]{3}")
_LETTERS = re.compile(r"[^\W\d_]")
# The Olympic committee's codes that differ from ISO 3166's alpha-3 code of the same country.
_OLYMPIC = {
    "GER": "DEU", "SUI": "CHE", "NED": "NLD", "CRO": "HRV", "SLO": "SVN", "DEN": "DNK",
    "POR": "PRT", "GRE": "GRC", "BUL": "BGR", "LAT": "LVA", "RSA": "ZAF", "CHI": "CHL",
    "UAE": "ARE", "KSA": "SAU", "IRI": "IRN", "MAS": "MYS", "INA": "IDN", "PHI": "PHL",
    "VIE": "VNM", "TPE": "TWN", "ALG": "DZA", "NGR": "NGA", "ANG": "AGO", "ZIM": "ZWE",
    "URU": "URY", "PAR": "PRY", "CRC": "CRI", "GUA": "GTM", "PUR": "PRI", "LBA": "LBY",
    "SUD": "SDN", "TAN": "TZA", "MGL": "MNG", "NEP": "NPL", "BAN": "BGD", "SRI": "LKA",
    "KUW": "KWT", "BRN": "BHR", "LIB": "LBN", "MON": "MCO", "HAI": "HTI", "ESA": "SLV",
}  # fmt: skip


def read(pieces: list[Piece], text: str, lang: str) -> list[Piece]:
    """`pieces` as the layout shows them: on a heading's line only the places, an
    organisation that is a country's code in brackets that country ("Dorothea Wierer (ITA)"),
    a US state's abbreviation after a town that state ("ST. JOSEPH, Mich.", "New York, NY")."""
    headings = sorted(heading_lines(text) + (title_case_lines(text) if lang == "en" else []))
    if headings:
        pieces = [
            p for p in pieces if p.kind is EntityKind.PLACE or not in_heading(p.start, headings)
        ]
    pieces = [
        p for p in pieces if not _month(p, text) and not _abbreviation(p, text) and not _glued(p)
    ]
    _datelines(pieces, text)
    _states(pieces, text, lang)
    if lang == "en":
        _tour_dates(pieces, text)
    for piece in pieces:
        if piece.kind is EntityKind.ORG and text[piece.start - 1 : piece.start] == "(":
            code = country_code(piece.start, piece.end, text)
            if code is not None:
                piece.kind, piece.place = EntityKind.PLACE, code
    return pieces


# A German article, pronoun or adverb that opens a sentence, glued to the word before it
# ("TourismusDie", "EhrenamtUnsere", "FormularcenterHier", "KunstSeit"); not "Er".
_GLUED = re.compile(
    r"\w*[a-zäöüß](?:Die|Der|Das|Den|Dem|Des|Sie|Wir|Ihr|Ihre|Unsere|Unser|Hier|Mit|Für"
    r"|Bei|Zu|Von|Auf|Aus|Ich|Du|Was|Wie|Wo|Wer|Wenn|Als|Ein|Eine|An|Am|Im|Um|Seit|Jeder)"
)
# "In" glued to a German word ("HelfenIn der Krise", "TrauungIn"); not "LinkedIn".
_GLUED_IN = re.compile(r"(\w*[a-zäöüß])In")


def _glued(piece: Piece) -> bool:
    """A run holding a heading glued to the sentence after it: no name."""
    for word in piece.words:
        in_after = _GLUED_IN.fullmatch(word.text)
        if _GLUED.fullmatch(word.text) or (in_after and german_word(in_after.group(1))):
            return True
    return False


# A word glued to a capital: "BibelGrundlage", "KontaktSiemens".
_GLUED_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{2,}(?=[A-ZÄÖÜ])")
_GLUED_PAGE = 3  # different glued words that make a page's menu glued throughout


def unglued(words: list[Token]) -> list[Token]:
    """A German page's words, where its menu entries were glued to what follows them
    ("GesangbuchLieder", "EmpfehlungenHinweise", "RaumDigitale Kommunikation"), each German
    word apart, what follows opening a new line; a page with fewer glued words keeps them."""
    glued = {w.text for w in words if _glued_word(w.text)}
    if len(glued) < _GLUED_PAGE:
        return words
    out: list[Token] = []
    for word in words:
        rest, start = word.text, word.start
        while word.text in glued and (head := _glued_word(rest)) is not None:
            out.append(
                Token(head, start, start + len(head), start == word.start and word.sentence_start)
            )
            rest, start = rest[len(head) :], start + len(head)
        out.append(Token(rest, start, word.end, start != word.start or word.sentence_start))
    return out


def _glued_word(text: str) -> str | None:
    """The German word a word opens with when a capital follows it glued ("Bibel" of
    "BibelGrundlage"); None for any other word."""
    match = _GLUED_WORD.match(text)
    if match is None or text.endswith("Innen"):  # "LehrerInnen": one word for women and men
        return None
    head = match.group()
    return head if german_word(head) or german_compound(head) or common_word(head, "de") else None


# A member of Congress's party before the state: "(R-TX)", "(D-N.Y.)", "(I-Vt.)".
_PARTY_BEFORE = re.compile(r"\([RDI]-")


def _states(pieces: list[Piece], text: str, lang: str) -> None:
    """A US state as the AP abbreviates it after a town (", Mich.": Michigan) or as the post
    does in an English text (", NY –": New York), also after a member of Congress's party
    ("Brian Babin (R-TX)", "Ilhan Omar (D-Minn.)"); the name before such a state is its town
    ("DTE Energy Music Theatre, Clarkston, MI"), no organisation."""
    for at, piece in enumerate(pieces):
        word, after = piece.words[0].text, text[piece.end : piece.end + 1]
        before = text[piece.start - 2 : piece.start]
        party = _PARTY_BEFORE.fullmatch(text, max(0, piece.start - 3), piece.start) is not None
        if len(piece.words) != 1 or (before != ", " and not party):
            continue
        name: str | None = None
        if word in US_STATES_AP and after == ".":
            name = US_STATES_AP[word]
        elif (lang == "en" or party) and not after.isalnum():
            name = us_state(word)
        place = places.lookup(name) if name else None
        if place is not None:
            piece.kind, piece.place = EntityKind.PLACE, place
            if not party and at > 0:
                _town_before(pieces[at - 1], piece, text)


def _town_before(town: Piece, state: Piece, text: str) -> None:
    """The name right before ", MI" as a town: a place, unless the text made it a person."""
    if town.end != state.start - 2 or town.kind in (EntityKind.PERSON, EntityKind.PLACE):
        return
    name = " ".join(w.text for w in town.words)
    town.kind = EntityKind.PLACE
    town.place = places.lookup(name) or places.Place(f"site:{name.casefold()}", name, name)


# A line of a tour's or a season's dates: a date, then a town with its state and a venue
# ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 9 – Tampa, FL @ MIDFLORIDA
# Credit Union Amphitheatre").
_DATED_LINE = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?"
    r" *(?:--|[-–—:])[^\n]*?(?:, [A-Z]{2}\b|, [A-Z][a-z]{1,4}\.| @ )[^\n]*"
)


def _tour_dates(pieces: list[Piece], text: str) -> None:
    """On a line of dates and towns, what is neither town nor person is where the show is: a
    venue, a site, though it bears a sponsor's name ("PNC Music Pavilion", "DTE Energy Music
    Theatre", "The Forum") — no organisation."""
    lines = [
        (m.start(), m.end()) for m in _DATED_LINE.finditer(text)
        if text[m.start() - 1 : m.start()] in ("\n", "")
    ]  # fmt: skip
    for piece in pieces:
        if piece.kind in (EntityKind.ORG, None) and any(a < piece.start < b for a, b in lines):
            name = " ".join(w.text for w in piece.words)
            piece.kind = EntityKind.PLACE
            piece.place = places.Place(f"site:{name.casefold()}", name, name)


# After a dateline's town: its state (", Mo."), a country or state in capitals (", CALIF."),
# or the agency's credit ("(AP)", "(Reuters)").
_AFTER_DATELINE = re.compile(r",\s+[A-Z][A-Za-z]{1,4}\.|\s+\([A-Za-z]+\)\s+[—–-]")
_SMALL_WORD_AFTER = re.compile(r" [a-zäöüß]")


def _datelines(pieces: list[Piece], text: str) -> None:
    """A town in capitals opening a paragraph before its state or the agency's credit is the
    dateline's place, not an organisation ("KANSAS CITY, Mo. (AP) —"); an acronym no gazetteer
    knows opening the text before a word in small letters is a body's, not a dateline's ("BMW
    sold more", "NASA announced"; "BAAR, SWITZERLAND" stays a town)."""
    for piece in pieces:
        name = text[piece.start : piece.end]
        if (
            piece.kind is EntityKind.PLACE and piece.start == 0 and len(piece.words) == 1
            and piece.place is not None and piece.place.key.startswith("site:")
            and len(name) <= 4 and _SMALL_WORD_AFTER.match(text, piece.end)
        ):  # fmt: skip
            piece.kind, piece.place = (EntityKind.ORG if acronym(name) else None), None
            continue
        if (
            piece.kind is not EntityKind.PLACE
            and name.isupper()
            and text[piece.start - 1 : piece.start] in ("\n", "")
            and _AFTER_DATELINE.match(text, piece.end)
        ):
            name = name.title()
            piece.kind = EntityKind.PLACE
            piece.place = places.lookup(name) or places.Place(f"site:{name.casefold()}", name, name)


# "Jan" is a first name ("Jan Korte") and January's abbreviation ("Jan. 5", "Jan 2020").
_MONTH_BEFORE_DATE = re.compile(r"Jan(?:\.|\s+\d)")


# A short word with a point before a number or a small word: "Jg. 1897", "Tel. 0221",
# "Nr. 5", "Fig. 3", "ca. 200", "inkl. Kinder".
_ABBREVIATED = re.compile(r"\. (?:\d|§|[a-zäöüß])")


def _abbreviation(piece: Piece, text: str) -> bool:
    """An abbreviation, no name: a capitalised word of at most four letters, not all capitals,
    written with a point before a number or a word in small letters."""
    word = text[piece.start : piece.end]
    return (
        piece.kind is not EntityKind.PLACE
        and len(piece.words) == 1
        and len(word) <= 4
        and not word.isupper()
        and _ABBREVIATED.match(text, piece.end) is not None
    )


def _month(piece: Piece, text: str) -> bool:
    return len(piece.words) == 1 and _MONTH_BEFORE_DATE.match(text, piece.start) is not None


def heading_lines(text: str) -> list[tuple[int, int]]:
    """The spans of the lines written wholly in capitals: headings and table labels ("US
    FALLS", "VIP : 60,000₩"). A line of one word alone is a heading only when it is a word of
    either language ("STAFF"); else it may be a credit ("WITTERS", a photo agency)."""
    spans, at = [], 0
    for line in text.split("\n"):
        if any(c.islower() for c in line):
            at += len(line) + 1
            continue  # most lines: no heading, decided without listing their letters
        letters = _LETTERS.findall(line)
        words = line.split()
        if (
            len(letters) >= 2
            and all(c.isupper() for c in letters)
            and (len(words) > 1 or _word(words[0].strip(".:,!")))
        ):
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


# Small words a headline in title case writes with a capital too, and a sentence does not.
_TITLE_SMALL = frozenset(
    "A An The Is Are Be To Of In On For And But With It Its You You're".split()
)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_SMALL_START = re.compile(r"(?:^|\s)[a-z]")
# An interview's labels before a question and its answer ("Q: Favorite artists?", "A: Bob
# Marley, Bruno Mars, The Eagles"): no small word of a title.
_INTERVIEW_LABEL = re.compile(r"^\s*[QA]:\s")


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """The spans of English lines set in title case, small words capitalised too: headlines
    and subheadings ("Despite The Monthly Fee, You're Still Buying — Not Renting — Games"),
    where a capital proves as little as in a line of capitals."""
    spans, at = [], 0
    for line in text.split("\n"):
        if not _SMALL_START.search(line):
            words = _TITLE_WORD.findall(_INTERVIEW_LABEL.sub("", line))
            if len(words) >= 5 and sum(w in _TITLE_SMALL for w in words) >= 2:
                spans.append((at, at + len(line)))
        at += len(line) + 1
    return spans


def in_heading(start: int, spans: list[tuple[int, int]]) -> bool:
    """Whether `start` lies in one of the spans (whole lines, sorted): a binary search, as a
    long text has headings by the thousand and pieces by the hundred thousand."""
    at = bisect_right(spans, (start, maxsize)) - 1  # the last span that begins by `start`
    return at >= 0 and start < spans[at][1]


def country_code(start: int, end: int, text: str) -> places.Place | None:
    """The country a three-letter code in brackets names ("(ITA)" Italy, "(GER)" Germany);
    None when it is no such code or the words before the bracket spell it out."""
    code = text[start:end]
    if not _CODE.fullmatch(code) or text[start - 1 : start] != "(" or text[end : end + 1] != ")":
        return None
    place = _countries().get(_OLYMPIC.get(code, code))
    if place is None:
        return None
    words = text[max(0, start - 80) : start - 1].split()[-len(code) :]
    if "".join(w[:1] for w in words).upper() == code:
        return None  # "Federal Reserve Association (FRA)": the acronym of a name
    return place


@cache
def _countries() -> dict[str, places.Place]:
    """ISO alpha-3 code → the gazetteer's place of that country."""
    import pycountry

    by_key = {p.key: p for p in places.gazetteer().values() if p.key.startswith("country:")}
    found = {}
    for country in pycountry.countries:
        place = by_key.get(f"country:{country.alpha_2}")
        if place is not None:
            found[country.alpha_3] = place
    return found


_OPENING_QUOTES = ('"', "“")
_CLOSING_QUOTES = re.compile(r"[.,!?]?[\"”]")


def quoted_titles(pieces: list[Piece], text: str, lang: str) -> frozenset[str]:
    """Names English writes in double quotes, whole: a show's, a song's or a film's title
    ('on "DWTS."', '"Pose" actor'), none an organisation's; every mention of it is the title.
    (German quotes its newspapers and brands too: „Bild“, „Spiegel“.)"""
    if lang != "en":
        return frozenset()
    return frozenset(
        p.text(text) for p in pieces
        if _CLOSING_QUOTES.match(text, p.end) and _quote_opens_before(p.start, text)
    )  # fmt: skip


def _quote_opens_before(start: int, text: str) -> bool:
    """Whether a double quote opens right before `start` or earlier in the same title, with
    no quote closed between ('“Listen To The Music,”', '"Takin’ It To The Streets"')."""
    if text[start - 1 : start] in _OPENING_QUOTES:
        return True
    stretch = text[max(0, start - 60) : start]
    opened = max(stretch.rfind(q) for q in _OPENING_QUOTES)
    return opened >= 0 and "”" not in stretch[opened + 1 :] and "\n" not in stretch[opened:]


def _word(shouted: str) -> bool:
    return common_word(shouted, "en") or common_word(shouted, "de")
