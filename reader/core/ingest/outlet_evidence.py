"""Where a copied page names its outlet, apart from the copyright notice.

Each finder returns the names it saw. Which one is the outlet is decided in `outlet`, by how
many kinds of evidence agree:

* a MASTHEAD: a short name-shaped line at the top of the page, above the headline, or a logo
  line just above the footer's copyright notice, or the page's first line standing alone
  again below the article;
* a LOGO link: "Ars Technica home", "The Guardian - Back to home", "Vox homepage";
* page CHROME around the name: "About SFGATE", "Search SlashGear", "More from Sportsnet",
  "Subscribe to WIRED", "SFGate Newsletters", "BBC News Navigation" (the words around are
  the furniture's own, the name is what stays the same from link to link);
* a DOMAIN line ("TheHill.com"), an agency DATELINE ("(CNN)", "TOKYO (Reuters) -"), a
  TRADEMARK sign ("IGN®"); a staff writer's BIO is read in `outlet_bios`.

What one short line names is remembered per line (the pages of one site share their menus and
footers); finders that look for rare words search the joined text first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reader.core.ingest.outlet_names import PHOTO_AGENCIES, ascii_lower, is_name_shaped, lines_with
from reader.core.ingest.shape import is_person_name

# Chrome around a name: in front ("About SFGATE", "Mehr von SPIEGEL", "Search National Review")
# or after it ("SFGate Newsletters", "Vox main menu", "Quanta Magazine moderates comments").
_BEFORE = (
    r"about|contact|follow|subscribe to|support|search|more (?:from|on)(?: the)?"
    r"|advertise (?:with|on)|why you can trust|back to|continue to|browse|popular on"
    r"|work (?:at|for|with)|sign up (?:to|for)|join|welcome to|who pays for|read more on"
    r"|want more|get|listen to|(?:the )?best of|(?:keep|stay) up to date with|jobs at"
    r"|über|kontakt|mehr (?:von|aus|bei|über)|werben auf|(?:jobs|karriere) bei(?: der| dem)?"
    r"|willkommen bei|folgen sie|abonnieren sie|beliebt (?:auf|bei)|indique o|trabalhe no|aqui no"
    r"|suivez|abonnez-vous à|à propos de|acerca de|sigue a"
)
_AFTER = (
    r"main menu|navigation|staff|archives?"
    # … and what the link promises: "Subscribe to RT newsletter to get stories …",
    # "Subscribe to 9to5Mac on YouTube for more Apple news:".
    r"|(?:newsletters?|(?:on|auf|sur|en|su) (?:youtube|facebook|twitter|instagram))"
    r"(?: (?:to|for) .*)?"
    r"|online:|delivered to your inbox|my homepage|moderates comments.*|is where.*"
    r"|needs your help.*|is the leading.*|(?:-|’s |'s )newsletter|abonnieren|folgen"
    r"|(?:by|via) e-?mail"
    # The newsroom signing its own stories: "Hafenblatt Redaktion".
    r"|redaktion"
)
# Spaces within one line: "\s" would run on into the next line of the joined text.
_SP = r"[^\S\n]"
_BEFORE_NAME = re.compile(rf"^(?:{_BEFORE}){_SP}+(.+)$", re.IGNORECASE)
_AFTER_NAME = re.compile(rf"^(.+?){_SP}+(?:{_AFTER})[!?:.]*$", re.IGNORECASE)
# Chrome on both sides, where a word alone in front says too little: "Make MSN my homepage",
# "Send MSN Feedback".
_AROUND_NAME = re.compile(r"^(?:make|send) (.+?) (?:my homepage|feedback)$", re.IGNORECASE)
_AROUND_FIRST = frozenset(("make", "send"))
_ARTICLES = frozenset(("der", "die", "das", "den", "dem", "des"))
# Cheap tests before the patterns: a line's first word in lower case, its end, or a word inside
# it.
_BEFORE_FIRST = frozenset(
    ("about", "contact", "follow", "subscribe", "support", "search", "more", "advertise", "why",
     "back", "continue", "browse", "popular", "work", "sign", "join", "welcome", "who", "read",
     "want", "get", "listen", "best", "the", "keep", "stay", "jobs",
     "über", "kontakt", "mehr", "willkommen", "folgen", "abonnieren", "indique", "werben",
     "karriere", "beliebt", "suivez", "à", "abonnez-vous", "acerca", "sigue",
     "trabalhe", "aqui")
)  # fmt: skip
_AFTER_ENDS = ("menu", "navigation", "newsletter", "newsletters", "staff", "archive", "archives",
               "youtube", "facebook", "twitter", "instagram", "online:", "inbox", "homepage",
               "abonnieren", "folgen", "email", "e-mail", "redaktion")  # fmt: skip
_AFTER_INSIDE = re.compile(" (?:moderates comments|is where|needs your help|is the leading) ")
# A logo's link text: "The Guardian - Back to home", "Vox homepage", "Interscenario | Zurück
# zur Startseite"; a bare "Ars Technica home" only among the first lines: further down it is
# a section's start page ("NHL Home").
_LOGO = re.compile(
    r"^(.{2,40}?)\s+(?:[-–|]\s+(?:(?:back|go|return) to )?home|(?:back|go|return) to home"
    r"|home ?page|startseite|[-–|]\s+(?:zurück\s+)?zur\s+startseite)(?:\s{2,}.*)?$",
    re.IGNORECASE,
)
# Every logo link holds one of these.
_LOGO_HINTS = ("ome", "OME", "tartseite")
_BARE_HOME = re.compile(r"^(.{2,40}?)\s+home$", re.IGNORECASE)
_DOMAIN = re.compile(
    r"^(?:www\.)?((?:[A-Za-z0-9][\w-]*\.)?[A-Za-z0-9][\w-]*\.(?i:com|net|org|info|co\.uk|ca|de"
    r"|at|ch|eu|it|fr|es|in|news|com\.br|com\.au))$",
    re.MULTILINE,
)
_DATELINE = re.compile(r"^[^()\n]{0,40}\(([A-Z][A-Za-z]{1,15})(?: [A-Z][a-z]+)?\)\s*[-–—]?")
_TRADEMARK = re.compile(r"(?<![\w®])([A-Z][\w.]{1,20})®")
# A person's name (two to four capitalised words), then the outlet after a separator.
_SIGN_OFF = re.compile(
    r"^(?:(?i:by|von|photo|foto|bild|image)s?:?[^\S\n]+)?([A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})"
    r"(?:[^\S\n]?/[^\S\n]?|,[^\S\n]|[^\S\n][|·—–-][^\S\n](?:.*[^\S\n][|·—–-][^\S\n])?)"
    r"([^/|,·—–\n]{2,45})$",
    re.MULTILINE,
)
# The characters one of _SIGN_OFF's separators holds.
_SIGN_OFF_MARK = re.compile("[/,|·—–-]")
_ADDRESS = re.compile(r"(?:@|\bwww\.)([a-z0-9][a-z0-9-]{1,40})\.[a-z]{2,6}\b", re.IGNORECASE)
# A line opening with the site's own address, which then speaks: "morebikes.co.uk features
# the latest bike reviews", "kath.net behält sich vor, Kommentare … zu löschen". Found by the
# address's end (a "." the regex engine scans for quickly), then its start checked.
_ADDRESS_END = re.compile(
    r"\.(?:com|net|org|co\.uk|de|at|ch|in|ca|eu|it|fr|es|info|news)[^\S\n]+[a-z]"
)
_ADDRESS_LABEL = re.compile(r"[a-z0-9][a-z0-9-]{1,40}", re.IGNORECASE)
# A line holding an acronym and nothing else, found by the line break before it (a literal the
# regex engine scans for quickly).
_ACRONYM_LINE = re.compile(r"\n([A-ZÄÖÜ][A-ZÄÖÜ0-9&.-]{1,7})(?=\n)")
_MIN_REPEATS = 3
_MAX_INITIALS = 6
_RECOMMENDED_FROM = re.compile(
    r"^(?i:recommended|empfohlen) (?i:from|von) ([A-Z][\w.]{1,30})$", re.MULTILINE
)
# A skip link, the first thing a page's markup offers ("Skip to main content", "Zum Inhalt
# springen", "Pular para o conteúdo"): no line of the page's own, so the logo's text stands
# after it.
_SKIP_LINK = re.compile(
    r"(?:skip|jump|zum|zur|direkt|springe?|pular|saltar|salta|vai|aller|passer)\b"
    r".{0,40}\b(?:content|main|article|navigation|inhalt|hauptinhalt|conteúdo"
    r"|contenido|contenuto|contenu)",
    re.IGNORECASE,
)
_SKIP_CHARS = 60
_TOP_LINES = 30
_BARE_HOME_LINES = 3
_MAX_SIGN_OFF_NAME_WORDS = 4
# A picture's credit ("Foto: Picture Alliance / Jane Roe"), tested by its first letter first.
_PICTURE_LEAD = re.compile(r"(?i:photo|foto|bild|image)s?:?\s")
_PICTURE_INITIALS = frozenset("PpFfBbIi")
_MAX_DOMAIN_CHARS = 60
_LINE_CACHE = 8192


@lru_cache(maxsize=_LINE_CACHE)
def line_names(line: str) -> tuple[str | None, str | None, str | None]:
    """What one short furniture line names: a name inside chrome ("About SFGATE"), the
    outlet after a person's name ("By Maria Lopez | The Harbor Post") and a web address
    standing alone ("TheHill.com"). Remembered: a site's pages share their furniture."""
    return _chrome_name(line), _sign_off_name(line), _domain_name(line)


def _chrome_name(line: str) -> str | None:
    lower = line.lower()
    first = lower.partition(" ")[0]
    match = None
    if first in _AROUND_FIRST:
        match = _AROUND_NAME.match(line)
    elif first in _BEFORE_FIRST:
        match = _BEFORE_NAME.match(line)
    if match is None and (
        lower.rstrip("!?:.").endswith(_AFTER_ENDS) or _AFTER_INSIDE.search(lower)
    ):
        match = _AFTER_NAME.match(line)
    if match is None:
        return None
    name = match.group(1)
    after = _AFTER_NAME.match(name)  # "Subscribe to AppleInsider on YouTube"
    name = (after.group(1) if after else name).strip(" -–@")
    # "Follow RT on", the platforms' icons after it.
    name = name.removesuffix(" on").removesuffix(" auf")
    # German chrome names a house with its article: "Über das Bloghaus", "Über den LBV".
    article, _, rest = name.partition(" ")
    if article in _ARTICLES and rest[:1].isupper():
        name = rest
    return name if is_name_shaped(name) else None


def logo_names(lines: list[str]) -> list[str]:
    """Logo links at the top of the page. A bare "Ars Technica home" counts only among the
    first lines and not under its own name ("NHL", "NHL Home": a section's menu)."""
    found = []
    for index in lines_with(_LOGO_HINTS, "\n".join(lines[:_TOP_LINES])):
        line = lines[index]
        match = _LOGO.match(line)
        if match is None and index < _BARE_HOME_LINES:
            match = _BARE_HOME.match(line)
            if match and index and lines[index - 1] == match.group(1):
                match = None
        if match:
            name = match.group(1).strip(" -–|")
            if is_name_shaped(name):
                found.append(name)
    return found


def _sign_off_name(line: str) -> str | None:
    """The outlet after a person's name in a byline or credit: "By Maria Lopez | The Harbor
    Post", "By Troy L. Smith, Cleveland.com", "Tom Becker/Millbrook Daily Herald"."""
    if not _SIGN_OFF_MARK.search(line):
        return None  # every sign-off has a separator mark: most menu lines have none
    match = _SIGN_OFF.match(line)
    if match is None:
        return None
    name = match.group(2).strip()
    if name.casefold() in PHOTO_AGENCIES or len(name.split()) > _MAX_SIGN_OFF_NAME_WORDS:
        return None
    if line[:1] in _PICTURE_INITIALS and _PICTURE_LEAD.match(line) and is_person_name(name):
        return None  # a picture's credit names its photographer last: "Foto: dpa / Jane Roe"
    return name if is_name_shaped(name) else None


def email_domains(text: str) -> set[str]:
    """The site names in the page's e-mail and web addresses ("harborpost" in
    "mlopez@harborpost.com", "www.harborpost.com", a line opening "harborpost.com features
    …"): lower case, without hyphens. (A line that is an address and nothing else is a
    domain line, evidence of its own.)"""
    found: set[str] = set()
    for end in _ADDRESS_END.finditer(text):
        start = text.rfind("\n", 0, end.start()) + 1
        if _ADDRESS_LABEL.fullmatch(text, start, end.start()):
            found.add(text[start : end.start()].lower().replace("-", ""))
    if "@" not in text and "www." not in text:
        return found
    # No address spans a line: only the lines with an "@" or a "www." are searched (lower
    # case keeps the lines apart, so its lines stand for the text's).
    lines = text.split("\n")
    for line, lower in zip(lines, ascii_lower(text).split(b"\n"), strict=True):
        if b"@" in lower or b"www." in lower:
            found.update(m.group(1).lower().replace("-", "") for m in _ADDRESS.finditer(line))
    return found


def masthead_names(lines: list[str], top_end: int) -> list[tuple[str, int]]:
    """Name-shaped whole lines above the headline, among the page's first lines, with their
    line index. A logo's text that gives the name twice, as initials and spelt out ("F.A.Z. -
    Frankfurter Allgemeine Zeitung"), names it once, spelt out."""
    top = lines[: min(top_end, _TOP_LINES)]
    return [(_spelt_out(line), i) for i, line in enumerate(top) if is_name_shaped(line)]


def _spelt_out(line: str) -> str:
    """The long form of a name given with its initials on either side of a dash or bar ("WAZ –
    Westdeutsche Allgemeine Zeitung", "Neue Zürcher Zeitung | NZZ"), else the line."""
    for separator in (" - ", " – ", " — ", " | "):
        if separator in line:
            parts = [part.strip() for part in line.split(separator)]
            if len(parts) == 2:
                for short, long in (parts, parts[::-1]):
                    if _initials_of(short, long):
                        return long
            return line
    return line


def _initials_of(short: str, long: str) -> bool:
    """Whether `short` ("F.A.Z.", "RND") is made of the capitals opening `long`'s words and
    their parts ("Frankfurter Allgemeine Zeitung", "RedaktionsNetzwerk Deutschland")."""
    letters = short.replace(".", "")
    if not (1 < len(letters) <= _MAX_INITIALS and letters.isalpha() and letters.isupper()):
        return False
    if " " not in long:
        return False
    capitals = "".join(c for c in long if c.isupper())
    return capitals == letters


def first_line(lines: list[str]) -> int:
    """The index of the page's first line of its own, after its skip links."""
    index = 0
    while (
        index < len(lines) and len(lines[index]) <= _SKIP_CHARS and _SKIP_LINK.match(lines[index])
    ):
        index += 1
    return index


def logo_again(lines: list[str], opening: int, footer: int) -> bool:
    """Whether the page's opening line of two words or more stands alone once more, and only
    once, below the article, with other lines around it than at the top: the logo of the
    header repeated in the footer ("Mit Vergnügen Berlin", "Große Fragen"), not a menu the
    footer repeats ("Düsseldorf" over "Köln", "NRW" at the top and again at the bottom)."""
    line = lines[opening]
    footer_lines = lines[footer:]
    if " " not in line.strip() or footer_lines.count(line) != 1:
        return False
    at = footer + footer_lines.index(line)
    return lines[at + 1 : at + 2] != lines[opening + 1 : opening + 2]


def footer_logo_name(lines: list[str], notice: int) -> str | None:
    """The name-shaped line nearest above the footer's copyright notice ("Connecticut Post")."""
    above = lines[max(0, notice - 4) : notice]
    for index in range(notice - 1, max(-1, notice - 4), -1):
        line = lines[index]
        if is_name_shaped(line) and len(line.split()) <= 4:
            # Lines above starting alike are a list of links: "Al Jazeera Media Institute",
            # "Al Jazeera Hotel Partners" (the group's other businesses), not the logo.
            first = line.split()[0]
            if sum(other.split(" ", 1)[0] == first for other in above) > 1:
                return None
            return line
    return None


def _domain_name(line: str) -> str | None:
    """A line that is nothing but a web address ("TheHill.com", "tagesschau.de")."""
    if len(line) > _MAX_DOMAIN_CHARS or "." not in line:
        return None
    match = _DOMAIN.match(line)
    return match.group(1) if match else None


def opening_domain(line: str) -> str | None:
    """The web address opening a line before a dash: the page's first line, the logo's text
    and its tagline ("ingenieur.de - Jobbörse und Nachrichtenportal für Ingenieure"), or the
    article's lead, where the site names itself as its source ("PanARMENIAN.Net - Verified
    video footage …", "(Harbor-Post.com) - The council …"; an agency's name there is no
    address)."""
    for separator in (" - ", " – ", " — ", " | "):
        head = line[:_MAX_DOMAIN_CHARS]
        if separator in head:
            opening = head.split(separator, 1)[0].strip()
            if opening.startswith("(") and opening.endswith(")"):
                opening = opening[1:-1]
            return _domain_name(opening)
    return None


def domain_label(domain: str) -> str:
    """A domain's site label: "tagesschau" for "tagesschau.de"."""
    return domain.lower().removeprefix("www.").split(".")[0]


def dateline_name(body: str) -> str | None:
    """The agency or outlet in the lead's dateline: "(CNN)", "TOKYO (Reuters) -"."""
    match = _DATELINE.match(body[:80])
    return match.group(1) if match else None


def trademark_names(lines: list[str], text: str) -> list[str]:
    """Registered names in the legal footer: "IGN® is among the federally registered
    trademarks of …". A ® in other lines marks the products a page sells or mentions."""
    if "®" not in text:
        return []
    found: list[str] = []
    for line in lines:
        if "®" in line and ("©" in line or "trademark" in line.lower() or "marke" in line.lower()):
            found.extend(m.group(1) for m in _TRADEMARK.finditer(line))
    return found


def repeated_acronym(lines: list[str], text: str, top_end: int) -> str | None:
    """A short all-capitals name standing alone on three or more lines below the headline and
    never above it: the source tag of the site's own related-article lists ("DWN"), not a
    section of the menu ("TRAVEL"). A word in capitals is a label, not initials: a category's
    ("YOGA"), an advert's ("ANZEIGE"), a counter's ("SHARES"); initials hold one vowel at
    most ("DWN", "FAZ", "BILD"). `text` is the `lines` joined."""
    counts: dict[str, int] = {}
    # (the line break before line `top_end` in `text` with a break before its first line)
    start = sum(map(len, lines[:top_end])) + min(top_end, len(lines))
    for match in _ACRONYM_LINE.finditer(f"\n{text}\n", start):
        line = match.group(1)
        if _vowels(line) <= 1:
            counts[line] = counts.get(line, 0) + 1
    for line in lines[:top_end]:
        counts.pop(line, None)
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    return name if counts[name] >= _MIN_REPEATS else None


def _vowels(word: str) -> int:
    return sum(word.count(vowel) for vowel in "AEIOUÄÖÜ")


def recommended_from(short: str) -> list[str]:
    """The platform in its own recommendations: "Recommended from Medium"."""
    return [m.group(1) for m in _RECOMMENDED_FROM.finditer(short)]
