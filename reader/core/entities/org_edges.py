"""Where a body's name begins and ends, beyond the shapes `classify` reads: a hall of fame's
name ends at "Hall of Fame", and "New" may open a name inside a sentence.

A company's unit for a part of the world: "Ascom North America", "Toyota Motor Europe",
"Samsung Electronics Asia Pacific". News names such units after the role of the person who
heads them ("President Ascom North America"); no person's name ends in a continent, so the
name before it is the company's, not a surname.
"""

from __future__ import annotations

from reader.core.entities import places
from reader.core.entities.cues import bare, org_head, role_length
from reader.core.entities.first_names import known_first_name
from reader.core.entities.lexicon import NEVER_NAME, PLACE_QUALIFIERS
from reader.core.entities.names import Token

# Parts of the world a company names a unit after (a country would make "Paris Hilton" one).
_REGIONS = tuple(
    tuple(region.split())
    for region in (
        "North America", "Latin America", "South America", "Europe", "Asia", "Asia Pacific",
        "Asia-Pacific", "EMEA", "APAC", "Africa", "Middle East",
    )
)  # fmt: skip


_REGION_ENDS = frozenset(region[-1] for region in _REGIONS)


def branch_start(run: list[Token]) -> int | None:
    """Where a company's regional unit begins in a run that ends with it (after a role that
    may open the run), or None: its company's words are capitalised, the first no first
    name, no place, no compass word and no word that never opens a name."""
    if not run or bare(run[-1].text) not in _REGION_ENDS:
        return None  # a quick look first: most runs end in no region
    texts = tuple(bare(w.text) for w in run)
    for region in _REGIONS:
        if len(texts) > len(region) and texts[-len(region) :] == region:
            end = len(run) - len(region)
            break
    else:
        return None
    start = 0
    while start < end and (size := role_length(run, start)):
        start += size  # "President Ascom North America": the role, then the unit
    company = run[start:end]
    if not company or not all(w.text[:1].isupper() for w in company):
        return None
    first = bare(company[0].text)
    if known_first_name(first) or first in NEVER_NAME or first in PLACE_QUALIFIERS:
        return None  # "South Africa", "Western Europe": a place's own name
    if places.lookup(first) is not None or places.lookup(" ".join(texts[start:])) is not None:
        return None
    return start


def opens_a_body(run: list[Token], lang: str) -> bool:
    """ "New" inside a sentence opening a body's name: "the CEO of New Media Investment
    Group", "New Democratic Party"; at a sentence's start it is an adjective ("New Study …")."""
    return (
        run[0].text == "New" and not run[0].sentence_start and len(run) > 2 and org_head(run, lang)
    )


def hall_of_fame(run: list[Token]) -> int | None:
    """Where a hall of fame's name ends in a run: the museum that inducts is a body, named by
    what it honours ("Pro Football Hall of Fame"); "the Hall of Fame" alone is a list."""
    for at in range(1, len(run) - 2):
        if run[at].text == "Hall" and run[at + 1].text == "of" and bare(run[at + 2].text) == "Fame":
            return at + 3
    return None
