"""The site's own web address as its name, where nothing else on the page names the outlet.

Some sites print their name only as their address: "Frag den heizung.de Experten", "heizung.de
neueste artikel", "Heizung.de Top Themen" (a heating portal), "nh24.de in den sozialen Medien",
"nh24.de auf Instagram", "Über chemie.de" over a bare "chemie.de". A bare address is weak
evidence of the site: pages print other sites' addresses as picture credits ("© complize /
photocase.de"), as their blog platform's ("Bloggen auf WordPress.com"), as a partner's ("präsentiert
von cinema.de") and as sources, which is why no address alone is taken (session 9 tried that).
An address is the site's own where the site's furniture speaks of it as itself, twice: a short
line that opens with the address and goes on with the site's own words (its sections, "…
Redaktion", "… auf Instagram"; not a dash and a tagline or a teaser, which the masthead finders
read), a link of the site's own chrome in front of it ("Über …", "Werben auf …", "Beliebt auf
…"), or the address alone on its line (counted once). The outlet is then the address as the
site writes it most often ("heizung.de", not the one "Heizung.de" opening a heading). It is
asked only when no other evidence names an outlet (`outlet.find_site_name`), and reads the
furniture's short lines once.

A page that names no outlet at all, in its metadata or its furniture, still says where it came
from: a clipping's `source:` address, a saved page's canonical link or "saved from" note. Its
site is then the outlet, spelt as the finders here spell an address (`address_site`).
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from reader.core.ingest.outlet_sources import TLD

# A web address as a word of its own: not inside a mail address, a link or a compound
# ("my.chemie.de-Account"), and not the start of a longer address.
_ADDRESS = re.compile(
    rf"(?<![\w@/.-])(?:www\.)?((?:[A-Za-z0-9][\w-]*\.)?[A-Za-z0-9][\w-]*\.{TLD})(?![\w-]|\.\w)",
    re.IGNORECASE,
)
# The site's own links in front of its name, in lower case, as the whole of what stands before it.
_OWN_LINKS = frozenset((
    "über", "about", "werben auf", "advertise on", "advertise with", "beliebt auf", "popular on",
    "mehr auf", "more on", "zum", "zurück zu", "back to", "willkommen auf", "willkommen bei",
    "welcome to",
))  # fmt: skip
# Marks of a credit or a link to elsewhere: such a line names whoever is credited.
_CREDIT_MARKS = ("©", "(c)", "(C)", "/", "|", "via ", "Via ", ":")
_NEEDED = 2  # pieces of evidence: lines in the site's own voice, an address alone counting once
_SENTENCE_CHARS = 100  # a furniture line this long is a sentence, no link


# What the address finders leave off a site's address ("www.", trafilatura's "w3."): no name.
_HOST_PREFIX = re.compile(r"^w(?:ww|\d+)\.")


def address_site(url: str | None) -> str | None:
    """The site a web address is on, as this module and `outlet_sources` write an address
    that names an outlet, and as trafilatura names the site of a page with a canonical link
    only: the host in lower case without "www." ("handelsblatt.com"). None for no address, a
    bare name (`localhost`) or a numeric address (192.168.1.1, [::1]), which name no outlet."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:  # a malformed address ("http://[::1")
        return None
    host = _HOST_PREFIX.sub("", host.rstrip("."))
    top_level = host.rpartition(".")[2]  # letters: a numeric address has digits there
    return host if "." in host and re.search(r"[a-z]", top_level) else None


def own_address(short_lines: list[str]) -> str | None:
    """The web address the page's short furniture lines speak of as the site's own, as the
    site writes it; None when no address has two pieces of such evidence, or two have.

    Only the lines with a dot are searched: every address has one, and no match crosses a
    line's end. The pattern opens with a look-behind, so the engine tries it at every
    character; most furniture lines have no dot (the search cost 22 µs a bench page).
    """
    text = "\n".join([line for line in short_lines if "." in line])
    found = list(_ADDRESS.finditer(text))
    if not found:
        return None
    pieces: Counter[str] = Counter()
    spellings: dict[str, Counter[str]] = {}
    alone: set[str] = set()
    for match in found:
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.end())
        line = text[start : end if end >= 0 else len(text)]
        written = match.group(1)
        key = written.casefold()
        before = line[: match.start() - start].strip()
        after = line[match.end() - start :]
        if not before and not after.strip():
            if key in alone:
                continue
            alone.add(key)
        elif any(mark in line for mark in _CREDIT_MARKS) or not _own_voice(before, after):
            continue
        pieces[key] += 1
        spellings.setdefault(key, Counter())[written] += 1
    ranked = pieces.most_common(2)
    if not ranked or ranked[0][1] < _NEEDED or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return spellings[ranked[0][0]].most_common(1)[0][0]


def _own_voice(before: str, after: str) -> bool:
    """The address opens the line and the site's words follow ("heizung.de neueste artikel"),
    or the site's own link stands in front of it ("Über chemie.de")."""
    if not before:
        return after[:1] == " " and after[1:2].isalnum()
    return before.casefold() in _OWN_LINKS and not after.strip(" .!?")


def sister_addresses(furniture: list[str], bare: list[str]) -> frozenset[str]:
    """Of the addresses standing alone on a line (`bare`), those of the house's other sites:
    where the furniture's sentences speak of another address as the site's own, twice or more
    (a cookie notice: "… damit die Basisfunktionen von oetker.de genutzt werden können",
    "… die Nutzung von oetker.de zu analysieren"), and never of these ("Backen.de", a sister
    site among the links to the shop and Pinterest). Lower case."""
    spoken: Counter[str] = Counter(
        match.group(1).casefold()
        for line in furniture
        if len(line) > _SENTENCE_CHARS and "." in line
        for match in _ADDRESS.finditer(line)
    )
    if not any(count >= _NEEDED for count in spoken.values()):
        return frozenset()
    return frozenset(address.casefold() for address in bare) - spoken.keys()
