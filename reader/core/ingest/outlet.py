"""The outlet (site name) where the copied text names it; None when the evidence is thin.

A page names its outlet in several places at once: the masthead or logo at the top, links
around it ("About SFGATE", "Search SlashGear", "More from Sportsnet"), the footer's copyright
notice, a dateline ("(CNN)"), a staff writer's bio. Any one of them can mislead: the copyright
names the owning company ("Hearst Communications" for the Houston Chronicle), the first short
line may be a menu item, a chrome pattern may catch a section ("About Theater"). So every
finder adds points to the names it sees, names that agree pool their points (the masthead's
"The Telegraph" with the notice's "Telegraph Media Group", "CNN" with "Cable News Network"),
and a name wins only with enough points — some two kinds of evidence, or one strong kind
(a logo link, the site's own copyright notice). Encyclopedias say it outright ("From
Wikipedia, the free encyclopedia"). Where nothing names it, a site that speaks of itself only
by its web address ("Frag den heizung.de Experten") has that address (`outlet_domains`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.ingest.outlet_bios import bio_names
from reader.core.ingest.outlet_claims import (
    claimed_names,
    encyclopedia_name,
    house_names,
    licensed_names,
    thanked_names,
)
from reader.core.ingest.outlet_domains import own_address, sister_addresses
from reader.core.ingest.outlet_evidence import (
    dateline_name,
    domain_label,
    email_domains,
    first_line,
    footer_logo_name,
    line_names,
    logo_again,
    logo_names,
    masthead_names,
    opening_domain,
    recommended_from,
    repeated_acronym,
    trademark_names,
)
from reader.core.ingest.outlet_names import (
    copyright_notices,
    is_group,
    is_name_shaped,
    is_publisher,
    media_stem,
    publisher_stem,
)
from reader.core.ingest.outlet_newsletters import newsletter_name
from reader.core.ingest.outlet_newsrooms import newsroom_names, spelt_out, staff_name
from reader.core.ingest.outlet_sources import address_mastheads, source_addresses
from reader.core.ingest.outlet_spellings import (
    Name,
    Owner,
    agrees,
    cleaned,
    fold_short_forms,
    is_person_byline,
    name_key,
    phrase_of,
    spelling_of,
    stands_in,
)
from reader.core.ingest.outlet_taglines import tagline_name
from reader.core.ingest.wire_credits import is_wire

_TOP_LINES = 30
_BLOCK_SEPARATOR = "\n\n"
_LOGO_LINES = 3  # where a logo's text stands at the very top
_LOGO_KINDS = frozenset(("logo", "footer"))

# Points per kind of evidence, and what a name needs to be taken.
_OWN_NOTICE = 3.0  # "© 2019 Billboard. All Rights Reserved."
_OTHER_NOTICE = 1.0  # "© Regan": maybe a picture's credit
_PUBLISHER_STEM = 1.0  # "Healthline" from "Healthline Media"
_LOGO = 3.0
_FIRST_LINE = 1.5  # the very first line of the copied page, after its skip links
_TAGLINE = 1.0  # … over the site's tagline
_FIRST_MASTHEAD = 1.0
_MASTHEAD = 0.5
_FOOTER_LOGO = 1.5
# The page's first line standing alone again below the article: the logo of header and footer.
_REPEATED_LOGO = 1.5
_CHROME = 1.0
_MAX_CHROME = 3.0
_DOMAIN = 1.0
_LISTED_DOMAINS = 3
# Evidence an address at the name's domain adds nothing to.
_SELF_ADDRESSED = frozenset(("domain", "sign-off"))
_MASTHEAD_DOMAIN = 2.5
_DATELINE = 1.5
_TRADEMARK = 2.0
# "Phil Helsel is a reporter for NBC News.": the writer's own outlet, often the only place the
# copied text names it, so one strong kind of evidence.
_BIO = 2.5
_SIGN_OFF = 1.0
# "Live Science is part of Future US Inc": the site says which name is its own.
_CLAIM = 3.0
# "Harbor Notes by Jane Roe is licensed under a Creative Commons … License": the work is the
# site, but a caption may license a picture in the same words.
_LICENCE = 2.5
_HOUSE = 2.5  # "Der SWR" heading "SWR4", "SWR Aktuell", "SWR Fernsehen" …
_SIGNATURE = 2.5  # "DWN" tagging related articles, "Handelsblatt-Korrespondenten"
_AGREES_WITH_NOTICE = 2.5
_NOTICE_SPELLING = 0.5
_ADDRESS = 1.0  # "Harbor Daily" and "news@harbordaily.com"
_REPEAT = 0.5
_MAX_REPEAT = 1.5
_CONTEXT_WORDS = 10
# Lines short enough to be links, labels and credits.
_SHORT_CHARS = 100
_SHORT_WORDS = 14
_BIO_TAIL = 1000
_NEEDED = 2.5


@dataclass
class _Candidate:
    """A name's spellings and its points by kind of evidence: the strongest of each kind
    counts (a masthead seen twice is one masthead), chrome links add up to a cap."""

    spellings: dict[str, float] = field(default_factory=dict)
    kinds: dict[str, float] = field(default_factory=dict)

    @property
    def points(self) -> float:
        return sum(self.kinds.values())


class _Pool:
    """Names seen so far, merged by their letters ("The Guardian" = "Guardian")."""

    def __init__(self, excluded: set[str], byline: str | None) -> None:
        self.names: dict[str, _Candidate] = {}
        self.excluded = excluded
        self.byline = name_key(byline) if byline else None
        # A person's byline is no outlet even where the notice names them ("© by Ralf Glaser").
        self.person = byline is not None and is_person_byline(byline)

    def add(self, name: str, points: float, kind: str) -> None:
        name = cleaned(name)
        key = name_key(name)
        if not key or key in self.excluded:
            return
        if key == self.byline and (self.person or (key not in self.names and kind != "notice")):
            # The author is no outlet, unless the site's notice names them too (notices come
            # first) and they are no person: "Auswärtiges Amt" signs the ministry's pages.
            return
        candidate = self.names.setdefault(key, _Candidate())
        # A notice spells the company ("THE FINANCIAL TIMES LTD"); the page, the outlet.
        weight = _NOTICE_SPELLING if kind == "notice" else 1.0
        candidate.spellings[name] = candidate.spellings.get(name, 0.0) + weight
        seen = candidate.kinds.get(kind, 0.0)
        if kind == "chrome":
            candidate.kinds[kind] = min(seen + points, _MAX_CHROME)
        else:
            candidate.kinds[kind] = max(seen, points)


def find_site_name(
    lines: list[str], byline: str | None, body: str, title_index: int | None = None
) -> str | None:
    """The outlet named in the page's `lines`, or None. The masthead is looked for above the
    headline (line `title_index`), or in the first lines of a page without one."""
    paragraphs = set(body.split(_BLOCK_SEPARATOR)) if body else set()
    furniture = ["" if line in paragraphs else line for line in lines]
    page = _Page(furniture)
    name = encyclopedia_name(page.short_text)
    if name:
        return name
    top_end = title_index if title_index is not None else min(len(lines), _TOP_LINES)
    excluded = set()
    if title_index is not None and title_index < len(lines):
        excluded.add(name_key(lines[title_index]))
    pool = _Pool(excluded, byline)
    owners, footer = _add_notices(pool, furniture, page.furniture_text)
    _add_furniture(pool, page, top_end)
    dateline = dateline_name(body)
    if dateline and not is_wire(dateline):  # a wire's ("(AP) —") is the story's `agency`
        pool.add(dateline, _DATELINE, "dateline")
    source = opening_domain(body)
    if source:
        pool.add(source, _MASTHEAD_DOMAIN, "domain")
    for source in source_addresses(page.furniture_text):
        pool.add(source, _MASTHEAD_DOMAIN, "domain")
    # Related-article tags ("DWN") say less on a page whose own notice names a site.
    acronym = repeated_acronym(furniture, page.furniture_text, top_end)
    if acronym:
        pool.add(acronym, _SIGNATURE if footer is None else _MASTHEAD, "signature")
    staff = staff_name(lines, page.furniture_text, body)
    if staff:
        pool.add(staff, _SIGNATURE, "signature")
    for found in newsroom_names(page.short_text):
        pool.add(spelt_out(found, footer), _SIGNATURE, "signature")
    for found in recommended_from(page.short_text):
        pool.add(found, _SIGNATURE, "signature")
    # A staff writer's bio stands in the furniture or closes the article.
    for found in bio_names(body[-_BIO_TAIL:] + "\n" + page.furniture_text, byline):
        pool.add(found, _BIO, "bio")
    for found in (*claimed_names(page.furniture_text), *thanked_names(page.furniture_text)):
        pool.add(found, _CLAIM, "claim")
    for found in licensed_names(page.furniture_text):
        pool.add(found, _LICENCE, "claim")
    for found in house_names(page.short_text, page.contexts):
        pool.add(found, _HOUSE, "house")
    addresses = email_domains(page.furniture_text)
    for found in address_mastheads(furniture, top_end, addresses):
        pool.add(found, _MASTHEAD_DOMAIN, "domain")
    fold_short_forms(pool.names)
    best = _best(pool, page, owners, addresses)
    if best is None and footer is not None:
        # No masthead, logo or link names the site: the company of the site's own notice,
        # when it is the title's name plus "Media" ("©2019 Forbes Media LLC").
        best = media_stem(footer)
    # Else the name its newsletter sells under, or its address, where it speaks of it so.
    return best or newsletter_name(page.short) or own_address(page.short)


class _Page:
    """The page's furniture (its lines outside the article) gathered once: all of it joined,
    the short lines for the finders of links and labels, the short lines in lower case
    for counting where a name recurs, and the lines below the article (where a site's logo
    stands again: "Mit Vergnügen Berlin" opens the page and stands alone in its footer)."""

    def __init__(self, furniture: list[str]) -> None:
        self.furniture = furniture
        self.furniture_text = "\n".join(furniture)
        self.short: list[str] = []
        near = []
        for line in dict.fromkeys(furniture):
            if line and len(line) <= _SHORT_CHARS:
                words = line.count(" ") + 1
                if words <= _SHORT_WORDS:
                    self.short.append(line)
                    if words <= _CONTEXT_WORDS:
                        near.append(line)
        self.short_text = "\n".join(self.short)
        # The lines below the article's last paragraph (blank in `furniture`): the footer.
        below = furniture[::-1].index("") if "" in furniture else len(furniture) // 3
        self.footer_start = len(furniture) - below
        near_text = "\n".join(near).casefold()
        self.contexts = f"\n{near_text}\n"


def _add_notices(pool: _Pool, lines: list[str], text: str) -> tuple[list[str], str | None]:
    """Names from copyright notices in `lines` (joined in `text`); returns every notice's
    name, owners' included, and the name in the page's own notice, if any. The
    site's own notice is the last one with years or reserved rights: notices above it belong
    to syndicated stories and pictures."""
    notices = copyright_notices(lines, text)
    own = [n for n in notices if n.own]
    footer = own[-1] if own else None
    for notice in notices:
        points = _OWN_NOTICE if notice is footer else _OTHER_NOTICE
        if notice.title:
            # The company names its title: the title takes the notice's points, the
            # company's name is an owner's ("Christopher Rauen GmbH - Coaching-Magazin").
            pool.add(notice.title, points, "brand")
            points = _OTHER_NOTICE
        if is_publisher(notice.name):
            stem = publisher_stem(notice.name)
            if stem:
                pool.add(stem, _PUBLISHER_STEM, "notice")
        else:
            pool.add(notice.name, points, "notice")
        brand = notice.brand
        if brand and is_name_shaped(brand) and len(brand.split()) <= 3 and not is_publisher(brand):
            pool.add(brand, _OTHER_NOTICE, "brand")
    for notice in own:
        logo = footer_logo_name(lines, notice.index)
        if logo:
            pool.add(logo, _FOOTER_LOGO, "footer")
    owners = [n.name for n in notices if not is_group(n.name)]
    return owners, footer.name if footer else None


def _add_furniture(pool: _Pool, page: _Page, top_end: int) -> None:
    furniture = page.furniture
    for found in logo_names(furniture):
        pool.add(found, _LOGO, "logo")
    opening = first_line(furniture)
    for rank, (found, index) in enumerate(masthead_names(furniture, top_end)):
        first = _FIRST_LINE if index == opening else _FIRST_MASTHEAD
        pool.add(found, first if rank == 0 else _MASTHEAD, "masthead")
        if index == opening and logo_again(furniture, opening, page.footer_start):
            pool.add(found, _REPEATED_LOGO, "footer")
    tagline = tagline_name(furniture, opening, top_end)
    if tagline:
        pool.add(tagline, _TAGLINE, "tagline")
    # "ingenieur.de - Jobbörse und Nachrichtenportal für Ingenieure": the logo and its tagline.
    address = opening_domain(furniture[opening]) if opening < min(top_end, len(furniture)) else None
    if address:
        pool.add(address, _MASTHEAD_DOMAIN, "domain")
    domains = []
    for line in page.short:
        chrome, sign_off, domain = line_names(line)
        if chrome:
            pool.add(chrome, _CHROME, "chrome")
        if sign_off:
            pool.add(sign_off, _SIGN_OFF, "sign-off")
        if domain:
            domains.append(domain)
    heads = {line.casefold() for line in furniture[: min(top_end, _LOGO_LINES)]}
    # Three addresses or more are links to other sites ("wsl.ch", "envidat.ch", …), as is one the
    # site's sentences never call its own: none is the page's own, unless the logo says so.
    listed = len(set(domains)) >= _LISTED_DOMAINS
    sisters = sister_addresses(furniture, domains) if domains and not listed else frozenset()
    for found in domains:
        # "tagesschau.de" in the footer, "tagesschau" the logo's text at the top; "CBSSports.com"
        # itself as the page's first line: the logo's text is the address.
        own = domain_label(found) in heads or found.casefold() in heads
        if own or not (listed or found.casefold() in sisters):
            pool.add(found, _MASTHEAD_DOMAIN if own else _DOMAIN, "domain")
    for found in trademark_names(furniture, page.furniture_text):
        pool.add(found, _TRADEMARK, "trademark")


def _best(pool: _Pool, page: _Page, owners: list[str], addresses: set[str]) -> str | None:
    names = pool.names
    notices = [Owner.of(o) for o in owners]
    # Each name as it is searched for in other lines, worked out where it is needed (`_phrase`):
    # for all names where a notice may agree with them, else for those with more than a line at
    # the top to them and those that may win.
    phrases: dict[str, str] = {}
    agreeing = set()
    for key in names if notices else ():
        name = Name.of(_phrase(phrases, names, key))
        # Evidence that a name is the masthead, which may spell out a notice's short name:
        # the logo, or the masthead's first line, not a menu item below it ("Al Jazeera
        # World" above "© Al Jazeera Media Network").
        seen = names[key].kinds
        at_top = seen.get("masthead", 0.0) >= _FIRST_MASTHEAD or not _LOGO_KINDS.isdisjoint(seen)
        if any(agrees(name, o, at_top) for o in notices):
            agreeing.add(key)
    # Names with more to them than a line at the top: "Business Insider", not "Houston
    # Chronicle Archives".
    # (and the notices' own names: "Gamer" in "Gamer Network" is the publisher's name again)
    named = [
        _phrase(phrases, names, key)
        for key in names
        if key in agreeing or set(names[key].kinds) - {"masthead"}
    ] + [phrase_of(owner) for owner in owners]
    best: tuple[float, int, str] | None = None
    for key, candidate in names.items():
        points = candidate.points
        if points + _AGREES_WITH_NOTICE + _ADDRESS + _MAX_REPEAT < max(
            _NEEDED, best[0] if best else 0
        ):
            continue  # cannot win whatever else is found for it
        kinds = len(candidate.kinds)
        if "notice" not in candidate.kinds and key in agreeing:
            points += _AGREES_WITH_NOTICE
            kinds += 1
        if key in addresses and not _SELF_ADDRESSED.issuperset(candidate.kinds):
            # (a web address and a mail address at one domain are one piece of evidence; a
            # credit with an address is a contact's: "Deutsches Klimarechenzentrum, DKRZ"
            # above "bockelmann@dkrz.de", "Hotel Arnika | Ischgl" and "www.ischgl.com")
            points += _ADDRESS
            kinds += 1
        # Two chrome links, or a notice's name seen again on the page, are two pieces of
        # evidence; one masthead line, however often its word recurs, is a menu item.
        if candidate.kinds.get("chrome", 0.0) >= 2 * _CHROME:
            kinds += 1
        notice = "notice" in candidate.kinds
        strongest = max(candidate.kinds.values())
        if kinds < 2 and strongest < _NEEDED and not notice:
            continue  # (where the name recurs adds no kind of evidence to it)
        phrase = _phrase(phrases, names, key)
        # "Insider" in "Business Insider" lines counts for the longer name, not for it.
        longer = [p for p in named if phrase in p and p != phrase]
        seen_in = stands_in(phrase, page.contexts, longer)
        if notice and seen_in >= 2:
            kinds += 1
        if kinds < 2 and strongest < _NEEDED:
            continue
        points += min(_REPEAT * seen_in, _MAX_REPEAT)
        if best is None or (points, kinds) > best[:2]:
            best = (points, kinds, key)
    if best is None or best[0] < _NEEDED:
        return None
    return spelling_of(names[best[2]].spellings)


def _phrase(phrases: dict[str, str], names: dict[str, _Candidate], key: str) -> str:
    """The phrase of the name at `key`, worked out once."""
    phrase = phrases.get(key)
    if phrase is None:
        phrase = phrases[key] = phrase_of(spelling_of(names[key].spellings))
    return phrase
