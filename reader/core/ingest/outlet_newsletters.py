"""The site's name in the name of its newsletter, where nothing else names the site: "VG247
newsletter!", "Subscribe to CRN Newsletters", "Der 1000things Newsletter für Österreich",
"BUND-Newsletter abonnieren!".

A site sells its newsletter under its own name, often the only place besides the logo (an
image, not copied) where the copied text names it at all. It also sells newsletters named for
a topic, a column or a partner ("Pick Six Newsletter", "IGN Deals Newsletter", "UV-Newsletter"
on the radiation office's pages, "Birdlife Newsletter" on a bird society's), and "Meine
Newsletter" or "our newsletter" names no one. So a newsletter's name is only the fallback of
`outlet.find_site_name`, where no masthead, notice or link names an outlet; a name whose last
word is a common English or German word is a topic's (an acronym of up to five capitals is no
word: "BUND", "MOPO"; an article in capitals before it makes it a title, "The Atlantic
Newsletter", "Subscribe to The Atlantic newsletter", but not "Subscribe to the Atlantic
newsletter"), two letters are initials too short to tell a paper's ("LN Newsletter",
"DH Newsletter": the Lübecker Nachrichten, the Deccan Herald, whose pages never spell the name
out) from a topic's ("UV-Newsletter"), and the line must be the newsletter's name or a call to
subscribe to it, not a sentence that mentions one.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.ingest.outlet_names import is_name_shaped
from reader.core.ingest.person_shape import common_word

# The newsletter and what joins the name to it: "VG247 newsletter", "BUND-Newsletter",
# "Inexhibit’s newsletter". (Found by its word first, which most lines lack.)
_NEWSLETTER = re.compile(r"(?:[^\S\n]|-|’s[^\S\n]|'s[^\S\n])newsletters?\b", re.IGNORECASE)
# What may stand before the name: a call to subscribe, an article (in capitals maybe the
# name's own: "The Atlantic").
_LEAD = re.compile(
    r"^(?:(?i:subscribe to|sign up (?:to|for)|join|get|welcome to|abonnieren sie|bestellen sie"
    r"|willkommen beim|jetzt)[^\S\n]+)?(?:(the|der|den|dem|zum|The|Der|Den|Dem|Zum)[^\S\n]+)?"
)
# What may follow the newsletter: nothing, a call to act, whom it is for.
_TAIL = re.compile(
    r"^[!.:]?$|^[^\S\n]+(?:abonnieren|anmelden|bestellen|erhalten|für|from|for)\b",
    re.IGNORECASE,
)
# A reader's own newsletters, in a menu of the account: "Meine Newsletter", "My Newsletters".
_OWNERS = frozenset(("my", "your", "our", "mein", "meine", "dein", "deine", "ihr", "ihre",
                     "unser", "unsere", "unseren"))  # fmt: skip
_ACRONYM_CHARS = 5
_MIN_CHARS = 3
_NAME_SPLIT = re.compile(r"[\s-]+")


def newsletter_name(short_lines: list[str]) -> str | None:
    """The name the page's newsletters carry most often (the first on a tie), from its short
    furniture lines; None where no newsletter carries a name."""
    found: Counter[str] = Counter()
    for line in short_lines:
        if "ewsletter" not in line and "EWSLETTER" not in line:
            continue
        match = _NEWSLETTER.search(line)
        if match is None or not _TAIL.match(line[match.end() :]):
            continue
        before = line[: match.start()]
        lead = _LEAD.match(before)
        assert lead is not None  # (every part of the lead may be missing)
        name = before[lead.end() :].strip()
        if len(name) < _MIN_CHARS or not is_name_shaped(name):
            continue
        if _is_topic(name, match.group().startswith("-")):
            article = lead.group(1)
            if not article or article.islower():
                continue
            name = f"{article} {name}"  # "The Atlantic Newsletter": the title with its article
        found[name] += 1
    return found.most_common(1)[0][0] if found else None


def _is_topic(name: str, compound: bool) -> bool:
    """A newsletter named for what it covers, a generic or a reader's own one: its last word
    is a word (in a German compound maybe with its joining "s": "Digitalisierungs-Newsletter"),
    its first a possessive."""
    parts = _NAME_SPLIT.split(name)
    if parts[0].casefold() in _OWNERS:
        return True
    last = parts[-1].strip(".,!?")
    if last.isupper() and len(last) <= _ACRONYM_CHARS:
        return False
    return common_word(last) or (compound and last.endswith("s") and common_word(last[:-1]))
