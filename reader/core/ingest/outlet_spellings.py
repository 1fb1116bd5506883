"""How a page's spellings of a name are compared: one outlet is written many ways.

"The Guardian" and "guardian", "HoustonChronicle.com" and "Houston Chronicle", "Quanta
Magazine" and "Quanta" are one name; "CNN" agrees with the notice's "Cable News Network" and
"The Telegraph" with "Telegraph Media Group". `outlet` pools its evidence by these keys and
writes the outlet the way its page writes it most.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, TypeVar

from reader.core.ingest.outlet_names import is_publisher, legal_trimmed, tidy_case, words
from reader.core.ingest.shape import is_person_name

# Words of a company's name that say nothing about which outlet it runs ("Sky UK", "Guardian
# News & Media"), and how often its title came out, which the company's name may keep: "© 2024
# The Atlantic Monthly Group" publishes "The Atlantic".
_OWNER_NOISE = frozenset(
    ("the", "of", "and", "news", "online", "digital", "uk", "us", "company", "services",
     "monthly", "weekly")
)  # fmt: skip
# A last word saying what kind of site the name is: "Quanta Magazine" is "Quanta".
_KIND_WORDS = frozenset(("magazine", "magazin", "blog"))
# What a name is written with but is no part of it: "Wake News ©", "Uniqz®".
_MARKS = " ©®™"
_ASIDE = re.compile(r"\s+\([^()]*\)$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DOT_TLD = re.compile(r"\.(?:com|net|org|info|de|at|ch|co\.uk|ca|in|eu|it|fr|es|news)$")
_NAME_CACHE = 8192  # (a site's pages name the same things)
_MIN_INITIALS = 3
_SHORT_FORM = 3  # letters of an abbreviation standing for a name's first words ("CT", "NYC")


@lru_cache(maxsize=_NAME_CACHE)
def cleaned(name: str) -> str:
    """A name without what is written around it: a closing aside ("Bundeskriminalamt (BKA)"),
    a legal form, a sign ("Wake News ©"); empty for what names an event with its year
    ("BDZV-Vermarktungsgipfel 2019"), a page's title ("A | B") or a tweet's author ("(@BMFSFJ)")."""
    name = legal_trimmed(_ASIDE.sub("", name).rstrip(_MARKS))
    return "" if _YEAR.search(name) or " | " in name or "(@" in name else name


@lru_cache(maxsize=_NAME_CACHE)
def name_key(name: str) -> str:
    """What a name's spellings share: its letters and digits, without a leading "the" or a
    trailing top-level domain ("The Guardian", "guardian"; "HoustonChronicle.com", "Houston
    Chronicle")."""
    key = " ".join(words(_DOT_TLD.sub("", name.casefold()))).removeprefix("the ")
    head, _, last = key.rpartition(" ")
    if head and last in _KIND_WORDS:
        key = head
    return key.replace(" ", "")


def is_person_byline(byline: str) -> bool:
    """Whether a byline names a person ("Ralf Glaser"), not a desk or a title that opens with
    an acronym in a name not all in capitals ("IT Finanzmagazin", "NDR Info"), which
    `is_person_name` lets pass as an author."""
    first = byline.split(maxsplit=1)[0]
    acronym = len(first) > 1 and first.isupper() and not byline.isupper()
    return not acronym and is_person_name(byline)


def phrase_of(spelling: str) -> str:
    """A name as it is searched for in other lines: lower case, without a leading "the" or a
    trailing top-level domain ("wsj" in "WSJ Pro" for "WSJ.com")."""
    phrase = spelling.casefold().removeprefix("the ")
    return _DOT_TLD.sub("", phrase)


def word_count(phrase: str, text: str) -> int:
    """How often `phrase` stands in `text` as a word: "gamer" in "Eurogamer" is another name.
    (Plain search, as most names stand in the text a few times at most.)"""
    count, end = 0, len(phrase)
    at = text.find(phrase)
    while at >= 0:
        before = text[at - 1] if at else " "
        after = text[at + end] if at + end < len(text) else " "
        if not (before.isalnum() or before == "_" or after.isalnum() or after == "_"):
            count += 1
        at = text.find(phrase, at + 1)
    return count


@dataclass(frozen=True, slots=True)
class Owner:
    """A copyright notice's name as `_agrees` compares it, read once for all the names."""

    words: frozenset[str]
    distinct: frozenset[str]
    loose: frozenset[str]  # its words and the noise words a name may add
    initials: str | None  # lower case, when the name has two capitals or more

    @staticmethod
    def of(owner: str) -> Owner:
        owner_words = frozenset(words(owner))
        initials = "".join(w[0] for w in owner.split() if w[:1].isupper())
        return Owner(
            owner_words,
            frozenset(w for w in owner_words if w not in _OWNER_NOISE and not is_publisher(w)),
            owner_words | _OWNER_NOISE,
            initials.lower() if len(initials) >= 2 else None,
        )


@dataclass(frozen=True, slots=True)
class Name:
    """A candidate name's words and their initials, read once for all the notices."""

    words: set[str]
    joined: str  # its words run together, as `initials` are compared
    spelled: str  # the first letter of each of its words

    @staticmethod
    def of(phrase: str) -> Name:
        found = words(phrase)
        got = set(found)
        return Name(got, "".join(got), "".join(w[0] for w in found))


def agrees(name: Name, owner: Owner, at_top: bool) -> bool:
    """Whether a name and a copyright notice's name are the same outlet: the name holds the
    notice's distinctive words ("The Telegraph", "Telegraph Media Group") or its initials
    ("CNN", "Cable News Network"). A name with more words than the notice's agrees only where
    it stands `at_top` as the masthead ("Business Insider", "© Insider Inc."): in a link it
    is a section ("More on Slate Book Review", "© The Slate Group")."""
    if owner.distinct and owner.distinct <= name.words:
        return at_top or name.words <= owner.loose
    if owner.initials is not None and name.joined == owner.initials:
        return True
    # The owner named by the outlet's initials ("New York Post", "© NYP Holdings").
    return len(name.spelled) >= _MIN_INITIALS and name.spelled in owner.words


def spelling_of(spellings: dict[str, float]) -> str:
    """The name as the page writes it most, mixed case before capitals ("SFGate" over
    "SFGATE"), a name before its web address ("Houston Chronicle", "HoustonChronicle.com"),
    the longer on a tie ("The Telegraph" over "Telegraph") unless it only adds a sign: the
    masthead's "Cicero", not "Cicero+", its subscription's link."""

    def rank(item: tuple[str, float]) -> tuple[bool, bool, float, bool, int]:
        text, count = item
        plain = text[-1].isalnum()
        return (
            _DOT_TLD.search(text.casefold()) is None,
            not text.isupper(),
            count,
            plain,
            len(text),
        )

    return tidy_case(max(spellings.items(), key=rank)[0])


class Evidence(Protocol):
    """A name's evidence as `outlet` pools it: its spellings and its points by kind."""

    spellings: dict[str, float]
    kinds: dict[str, float]


_E = TypeVar("_E", bound=Evidence)


def fold_short_forms(names: dict[str, _E]) -> None:
    """Pool a short form that abbreviates a name's first word or words with the name spelt out
    ("CT Post" in "Contact CT Post" with the footer's logo "Connecticut Post"; "NY Times", "LA
    Times"): the abbreviation's first letter opens the long words and its others stand in them
    in order. The name is then written as the page writes it, spelt out on a tie."""
    shorts: dict[str, tuple[str, str]] = {}
    for key, found in names.items():
        for spelling in found.spellings:
            first, _, rest = spelling.partition(" ")
            if rest and first.isupper() and first.isalpha() and 2 <= len(first) <= _SHORT_FORM:
                shorts[key] = (first.lower(), name_key(rest))
                break
    for short, (letters, rest) in shorts.items():
        for key, found in names.items():
            head = key.removesuffix(rest)
            if key in shorts or head == key or len(head) <= len(letters):
                continue
            if head[0] == letters[0] and _in_order(letters[1:], head[1:]):
                for spelling, weight in names[short].spellings.items():
                    found.spellings[spelling] = found.spellings.get(spelling, 0.0) + weight
                for kind, points in names[short].kinds.items():
                    found.kinds[kind] = max(found.kinds.get(kind, 0.0), points)
                del names[short]
                break


def _in_order(letters: str, word: str) -> bool:
    """Whether `letters` stand in `word` in this order ("t" in "onnecticut")."""
    at = 0
    for letter in letters:
        at = word.find(letter, at) + 1
        if not at:
            return False
    return True


def stands_in(phrase: str, contexts: str, longer: list[str]) -> int:
    """How often the name stands in short furniture lines with other words ("More From
    WIRED", not "WIRED" alone), not counting where it is part of a `longer` name. `contexts`
    holds the lines in lower case between newlines."""
    if phrase not in contexts:  # (most names stand in no short line: one test settles them)
        return 0
    seen = word_count(phrase, contexts) - contexts.count(f"\n{phrase}\n")
    if seen <= 0:
        return 0
    return max(0, seen - sum(contexts.count(name) for name in longer))
