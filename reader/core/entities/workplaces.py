"""A name in the place where a sentence names where somebody works or what kind of body it is:
"equity strategist at Miller Tabak", "Generalsekretär von Amnesty International",
"Vorsitzender des Jungen Bioland", "the fact-checking website Full Fact", "according to
Box Office Mojo".

The shape holds for organisations never seen: a role, then "at"/"of" ("bei"/"von"/"des"),
then a capitalised run, names the employer; a lower-case word for a company or an outlet
right before a run names the company. Such a run is taken whole as one organisation, which
the word-by-word rules would split ("Miller" opens no name they know; "Full" is an everyday
word) — unless it is a place or a person's name the rules found ("President of France"),
or, in German, nothing but nouns of the language ("Vorsitzender des Aufsichtsrats").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from reader.core.entities.affiliations import affiliated, person_ends
from reader.core.entities.cues import acronym, bare, name_like, org_head, role_length
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.legal_forms import legal_name_end
from reader.core.entities.lexicon import NEVER_NAME, ORG_WORDS, ROLE_TITLES, ROLE_WORDS_EN
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, tokens
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# The word after a role that says where it is held.
_HELD_AT = {
    "en": frozenset("at of".split()),
    "de": frozenset("bei beim von vom des der".split()),
}
_ARTICLES = frozenset("the der des dem".split())
# What companies do to things, as a passive with "by".
_COMPANY_DEEDS = frozenset(
    """made owned acquired bought built developed produced manufactured operated published
    backed funded financed sponsored supplied distributed licensed""".split()
)
# ", a Boston-based company", ", the embattled Chinese telecoms giant": up to five words after
# an article, inside one clause.
_APPOSITION = re.compile(r",\s+(?:a|an|the|ein|eine|der|die|das)\s+((?:[\w-]+\s+){0,4}[\w-]+)")
# Lower-case words for a company or an outlet that English writes before its name ("the
# website Full Fact", "analytics firm Refinitiv"); German writes them capitalised, inside the
# run, where `classify` reads them.
_OUTLET_WORDS = (
    "website", "site", "blog", "magazine", "app", "startup", "studio", "journal", "newspaper",
    "tabloid", "broadsheet", "publication", "broadcaster",
)  # fmt: skip
# German words for a periodical, alone or ending a compound, before its title: "in der
# Fachzeitschrift Angewandte Chemie", "der Zeitung „Standard“" — a title of the language's
# own words, which German text alone would take for nouns.
_PERIODICALS_DE = ("zeitschrift", "zeitung", "magazin", "fachblatt", "wochenblatt")


def workplaces(
    pieces: list[Piece], words: list[Token], runs: list[list[Token]], lang: str,
    lower_words: frozenset[str],
) -> list[Piece]:  # fmt: skip
    """`pieces` with each run that such a phrase names taken as one organisation."""
    tails = {w.start: run[i:] for run in runs for i, w in enumerate(run)}
    starts = [p.start for p in pieces]  # in text order: the pieces inside a run by binary search
    found: list[Piece] = []
    # "said Jacqueline Rioba of World Vision", where the rules found no body of their own
    people = person_ends(pieces)
    bodies = {p.start for p in pieces if p.kind is EntityKind.ORG}
    for at in range(1, len(words)):
        run = tails.get(words[at].start)
        if run is None or words[at].sentence_start or not words[at].capital:
            continue
        periodical = _periodical_before(words, at, lang)
        if (
            periodical
            or _employer_before(words, at, lang)
            or _company_word_before(words, at, lang)
            or _source_before(words, at)
            or (affiliated(words, at, people, lang) and words[at].start not in bodies)
        ):
            named = _named(run, _within(pieces, starts, run), lang, lower_words, periodical)
            if named and not _department(words, at, len(named)):
                found.append(Piece(EntityKind.ORG, named))
    if not found:
        return pieces
    covered = sorted((p.start, p.end) for p in found)
    begins = [begin for begin, _ in covered]
    reach = list(accumulate((end for _, end in covered), max))  # furthest end so far

    def inside(start: int) -> bool:  # a binary search: a long text has employers by the score
        at = bisect_right(begins, start)
        return at > 0 and reach[at - 1] > start

    kept = [p for p in pieces if not inside(p.start)]
    return sorted([*kept, *found], key=lambda p: p.start)


def described(piece: Piece, text: str) -> bool:
    """A name followed by an apposition that says it is a company or an outlet: "Kosmos, a
    group co-founded by …", "Huawei, the embattled Chinese telecoms giant", "Acme, eine
    Firma aus …"."""
    apposition = _APPOSITION.match(text, piece.end)
    if apposition is None:
        return False
    words = tokens(apposition.group(1))
    if any(role_length(words, at) for at in range(len(words))):
        return False  # "Smith, a company spokesman": a person
    return any(
        w.text.islower() and (w.text.endswith(ORG_WORDS) or w.text in _OUTLET_WORDS) for w in words
    )


def made_by(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """The agent of what companies do: "made by Wistron", "owned by Alibaba", "acquired by
    Disney" — a company, where "written by" or "said by" would be somebody."""
    at = index.get(piece.start, 0)
    return at > 1 and words[at - 1].text == "by" and words[at - 2].text in _COMPANY_DEEDS


def _employer_before(words: list[Token], at: int, lang: str) -> bool:
    """A role, then "at"/"of" (an article may follow): "strategist at", "chief executive of
    the", "Vorsitzender des"."""
    joiner = at - 1
    if words[joiner].text in _ARTICLES and words[joiner - 1].text in _HELD_AT[lang]:
        joiner -= 1  # "of the", "von der"
    if joiner < 1 or words[joiner].text not in _HELD_AT[lang]:
        return False
    for size in (1, 2):
        begin = joiner - size
        if begin >= 0 and role_length(words[begin:joiner], 0) == size:
            # German text borrows English nouns that are roles in English: "Host des Clients"
            return lang == "en" or words[begin].text.casefold() not in ROLE_WORDS_EN
    return False


def _department(words: list[Token], at: int, size: int) -> bool:
    """A role's part of a body, named before the body: "Head of Research at ICICI
    Securities", "Head of Platform Solutions for Ascom", "Leiter Forschung bei Bosch" — "of"
    (or "von") names the department and "at"/"for"/"bei" the employer."""
    after = at + size
    return (
        words[at - 1].text in ("of", "von")
        and after + 1 < len(words)
        and words[after].text in ("at", "for", "bei", "beim")
        and words[after + 1].capital
    )


def _source_before(words: list[Token], at: int) -> bool:
    """Where news comes from: "according to Box Office Mojo", "according to the Sioux Falls
    Argus Leader", "laut Wall Street Journal" (a person there is found as one and left)."""
    before = [w.text.casefold() for w in words[max(0, at - 3) : at]]
    if before[-1:] == ["the"]:
        before = before[:-1]
    return before[-2:] == ["according", "to"] or before[-1:] == ["laut"]


def _company_word_before(words: list[Token], at: int, lang: str) -> bool:
    """A lower-case word for a company right before the run: "chipmaker Intel", "website
    Full Fact"."""
    before = words[at - 1].text
    return (
        lang == "en"
        and before.islower()
        and (before.endswith(ORG_WORDS) or before in _OUTLET_WORDS)
    )


def _periodical_before(words: list[Token], at: int, lang: str) -> bool:
    """A German word for a periodical right before the run: "Fachzeitschrift Angewandte
    Chemie" (not the end of a paper's own name: "Süddeutsche Zeitung";
    not a menu's list: "Magazin, News")."""
    before = words[at - 1]
    return (
        lang == "de"
        and before.capital
        and words[at].start == before.end + 1  # one space between
        and before.text.casefold().endswith(_PERIODICALS_DE)
        and not (at > 1 and words[at - 2].capital and not words[at - 2].sentence_start)
    )


def _within(pieces: list[Piece], starts: list[int], run: list[Token]) -> list[Piece]:
    """The pieces (in text order) that reach into `run`, the rest of a run from one of its
    words on: a binary search, as asking every piece for every employer was quadratic."""
    low = bisect_left(starts, run[0].start)
    while low and pieces[low - 1].end > run[0].start:
        low -= 1  # a piece of the same run that begins before this word
    return pieces[low : bisect_left(starts, run[-1].end)]


# People as a group, whose possessive belongs inside a name ("People's Liberation Army").
_GROUPS = frozenset("People Children Women Men".split())


def _named(
    run: list[Token], pieces: list[Piece], lang: str, lower_words: frozenset[str],
    titled: bool = False,
) -> list[Token]:  # fmt: skip
    """The words of `run` that name the organisation: up to a person, a place or a title the
    rules found inside it; none when the run begins with one or has no name's word (a
    periodical's title, `titled`, may be words of the language)."""
    end = len(run)
    for piece in pieces:
        inside = [i for i, w in enumerate(run) if piece.start <= w.start < piece.end]
        if inside and piece.kind in (EntityKind.PERSON, EntityKind.PLACE):
            end = min(end, inside[0])
    # an owner's possessive ends the body's name when no body's head follows it: "according
    # to The Washington Post's Fact Checker" (not "Moody's Investors Service", nor a group's:
    # "People's Liberation Army")
    end = next(
        (i + 1 for i in range(end - 1) if run[i].text != bare(run[i].text)
         and bare(run[i].text) not in _GROUPS and not org_head(run[i + 1 : end], lang)),
        end,
    )  # fmt: skip
    if (legal := legal_name_end(run[:end])) is not None:
        return run[:legal]  # "Piracy Guard IT Solutions GmbH": a role word inside the name
    titles = [
        i
        for i in range(1, end)
        if run[i].text in ROLE_TITLES or 0 < role_length(run, i) < len(run) - i
    ]  # a title or a role before a name ends the body's: "House of Representatives Rt. Hon. …"
    # two bodies joined by "and" ("analysts at Morgan Stanley and Goldman Sachs"): the first;
    # one name with "and" inside has its head only after it ("Securities and Exchange
    # Commission")
    joins = [i for i in range(1, end) if run[i].text in ("and", "und")]
    if joins and not (org_head(run[:end], lang) and not org_head(run[: joins[0]], lang)):
        end = joins[0]
    named = run[: min([end, *titles])]  # (a role word last is the name's: "Argus Leader")
    while named and named[-1].text.islower():
        named = named[:-1]
    if not named or bare(named[0].text) in NEVER_NAME or role_length(named, 0):
        return []  # "company CEO Andy Vesey": a role, then a person
    if (
        lang == "de"
        and not (titled and len(named) > 1)  # "Angewandte Chemie"; not "Magazin Papier"
        and not org_head(named, lang)
        and not any(acronym(w.text) or _travels(w, lower_words) for w in named)
    ):
        return []  # "Vorsitzender des Aufsichtsrats", "Spielerin der Bundesliga": nouns
    return named


def _travels(word: Token, lower_words: frozenset[str]) -> bool:
    """A name in German text, not a noun: no German word or compound, and written in
    English text too ("Amnesty", "Greenpeace"; not "Normalschanze")."""
    text = bare(word.text)
    return (
        name_like(word, "de", lower_words)
        and not german_word(text)
        and not german_compound(text)
        and zipf(text.casefold(), "en") >= 1.0
    )
