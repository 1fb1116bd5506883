"""What the organisation scorer of `train_orgs` knows of a name: evidence that holds in any text.

After the rules have run, every name they made an organisation or left undecided is a
candidate, all its mentions in the text together ("Intel" three times is one candidate). Its
features are the kinds of evidence a reader weighs, not the literal words of the texts the rules
were written on: how the name is written (an acronym, a brand's capitals, a legal form, how many
words), what word lists say of it (a listed company, a first name, a place, how frequent its
words are as ordinary words of either language), how the text uses it (how often, only at a
sentence's start, owning something, after an article or a preposition, before a verb of saying,
also written in lower case) and what the rules concluded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, camel_case, demonym, org_head, place_of
from reader.core.entities.evidence import member_of, team
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import (
    NEWS_AGENCIES_LOWER,
    ORG_SUFFIXES,
    ORG_WORDS,
    PARTIES,
    PLATFORMS,
    SPEECH_DE,
    SPEECH_EN,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_noun
from reader.core.entities.neighbours import international
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

_ARTICLES = frozenset("the der die das dem den des ein eine einer einem".split())
_PREPOSITIONS = frozenset(
    """in at by from with for of to on into bei von vom für mit zu zum zur an am auf aus
    gegen über unter nach durch""".split()
)
_SPEECH = SPEECH_EN | SPEECH_DE

FEATURES = (
    "rules_org",  # the share of its mentions the rules made an organisation
    "rules_weak",  # the rules took it for a name made of words ("Home Depot")
    "fragment",  # a word left over from a longer run
    "one_word",
    "words",  # how many words (up to 4)
    "acronym",
    "camel_case",  # "WeWork", "FinTech"
    "all_caps_words",  # "BOOT TULLN"
    "hyphen",
    "listed",  # a company of the main stock indices
    "org_head",  # "… Bank", "… Partei", "… AG"
    "legal_suffix",
    "org_word_first",  # "Chiphersteller …", "Konzern …"
    "platform",
    "first_name",  # its first word is a known first name
    "place_word",  # one of its words names a place
    "demonym",
    "zipf_here",  # how frequent its first word is as an ordinary word of the text's language
    "zipf_there",  # … of the other language
    "zipf_last",  # its last word's, in the text's language
    "english_noun",
    "german_noun",
    "lower_case_too",  # the text writes its (one) word in lower case too
    "mentions",  # log of how often the text names it
    "sentence_start",  # the share of its mentions that open a sentence
    "possessive",  # "Apple's"
    "after_article",
    "after_preposition",
    "before_speech",  # "Intel said"
    "after_org_word",  # "Konzern Intel", "chipmaker Intel" (a lower-case word)
    "german",
    "party",  # a party's name or its members' ("die Grünen", "the Tories")
    "agency",  # a news agency ("dpa")
    "international",  # as frequent in English as in German ("Intel", "Nato")
    "team",  # "the Chargers"
    "member_of",  # "CEO of Valve"
    "in_brackets",  # "(Reuters)"
)


@dataclass(frozen=True, slots=True)
class Weights:
    """A logistic model over `FEATURES` (inputs as `candidates` gives them), with the
    probability from which a name is an organisation."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: tuple[float, ...]) -> float:
        score = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-score))


@dataclass
class Candidate:
    """A name the rules made an organisation or left undecided, with all its mentions."""

    name: str
    pieces: list[Piece] = field(default_factory=list)
    features: tuple[float, ...] = ()


def candidates(
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> list[Candidate]:
    """The candidates of one text in the order of their first mention, with their features."""
    groups: dict[str, Candidate] = {}
    for piece in pieces:
        if piece.kind in (EntityKind.ORG, None):
            name = " ".join(piece.text(text).split())
            groups.setdefault(name.casefold(), Candidate(name)).pieces.append(piece)
    for candidate in groups.values():
        candidate.features = _features(candidate, words, index, lang, lower_words, text)
    return list(groups.values())


def _features(
    candidate: Candidate,
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> tuple[float, ...]:
    group = candidate.pieces
    first = group[0]
    names = [bare(w.text) for w in first.words]
    head = names[0]
    other = "en" if lang == "de" else "de"
    before = [_word_before(p, words, index) for p in group]
    after = [_word_after(p, words, index) for p in group]
    count = len(group)
    values = {
        "rules_org": sum(_rules_org(p, text) for p in group) / count,
        "rules_weak": float(any(p.weak for p in group)),
        "fragment": float(all(p.fragment for p in group)),
        "one_word": float(len(names) == 1),
        "words": float(min(len(names), 4)),
        "acronym": float(len(names) == 1 and acronym(head)),
        "camel_case": float(any(camel_case(n) for n in names)),
        "all_caps_words": float(len(names) > 1 and all(n.isupper() for n in names)),
        "hyphen": float(any("-" in n for n in names)),
        "listed": float(listed(candidate.name) or listed(head)),
        "org_head": float(org_head(first.words, lang)),
        "legal_suffix": float(len(names) > 1 and names[-1] in ORG_SUFFIXES),
        "org_word_first": float(head.casefold().endswith(ORG_WORDS)),
        "platform": float(head in PLATFORMS),
        "first_name": float(known_first_name(head)),
        "place_word": float(any(place_of(n) is not None for n in names)),
        "demonym": float(demonym(head)),
        "zipf_here": zipf(head.casefold(), lang) / 8,
        "zipf_there": zipf(head.casefold(), other) / 8,
        "zipf_last": zipf(names[-1].casefold(), lang) / 8,
        "english_noun": float(english_noun(head)),
        "german_noun": float(german_word(head) or german_compound(head)),
        "lower_case_too": float(len(names) == 1 and head.casefold() in lower_words),
        "mentions": math.log(count),
        "sentence_start": sum(p.words[0].sentence_start for p in group) / count,
        "possessive": float(any(p.words[-1].text != bare(p.words[-1].text) for p in group)),
        "after_article": float(any(w in _ARTICLES for w in before)),
        "after_preposition": float(any(w in _PREPOSITIONS for w in before)),
        "before_speech": float(any(w in _SPEECH for w in after)),
        "after_org_word": float(any(w.endswith(ORG_WORDS) for w in before if w)),
        "german": float(lang == "de"),
        "party": float(candidate.name in PARTIES),
        "agency": float(head.casefold() in NEWS_AGENCIES_LOWER),
        "international": float(len(names) == 1 and international(head, "de")),
        "team": float(lang == "en" and any(team(p, words, index, lower_words) for p in group)),
        "member_of": float(any(member_of(p, words, index) for p in group)),
        "in_brackets": float(
            any(
                text[p.start - 1 : p.start] == "(" and text[p.end : p.end + 1] == ")" for p in group
            )
        ),
    }
    return tuple(values[name] for name in FEATURES)


def with_rules(features: tuple[float, ...], org: bool) -> tuple[float, ...]:
    """The features with the rules' conclusion replaced by `org` (an organisation, not weak)."""
    values = dict(zip(FEATURES, features, strict=True))
    values["rules_org"], values["rules_weak"] = float(org), 0.0
    return tuple(values[name] for name in FEATURES)


def _rules_org(piece: Piece, text: str) -> bool:
    """Whether the rules alone would list the piece as an organisation (`variants` lists a
    name made of words only when the text names it twice)."""
    return piece.kind is EntityKind.ORG and not (piece.weak and text.count(piece.text(text)) < 2)


def _word_before(piece: Piece, words: list[Token], index: dict[int, int]) -> str:
    at = index.get(piece.start)
    return words[at - 1].text.casefold() if at else ""


def _word_after(piece: Piece, words: list[Token], index: dict[int, int]) -> str:
    at = index.get(piece.words[-1].start)
    return words[at + 1].text.casefold() if at is not None and at + 1 < len(words) else ""


def decide(
    model: Weights,
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
    rules_then: frozenset[str] | None = None,
) -> None:
    """Make each candidate name an organisation in every mention, or none in any; with
    `rules_then`, the rules' conclusion is whether another version of them made the name
    (casefolded) an organisation."""
    for candidate in candidates(pieces, words, index, lang, lower_words, text):
        features = candidate.features
        if rules_then is not None:
            features = with_rules(features, candidate.name.casefold() in rules_then)
        is_org = model.probability(features) >= model.threshold
        for piece in candidate.pieces:
            piece.kind = EntityKind.ORG if is_org else None
            piece.weak = False
