"""Names a text gives as examples of a kind of company: "suppliers such as Bosch, Continental
and Valeo", "Hersteller wie Vaillant, Viessmann und Buderus", "companies including Zentrobix",
and in English also with no cue, right after the plural ("to companies Astrobotic, Intuitive
Machines and Orbit Beyond").

A list after a plural word for companies and "such as", "like", "including" ("wie",
"darunter", "etwa") names companies, however unknown each name is; no word around a single
name says so ("Valeo cut jobs" alone proves nothing in one mention). The list runs over
commas and ends after "and"/"und"/"or"/"oder" and one more name, or where anything else
stands.
"""

from __future__ import annotations

from reader.core.entities.lexicon import ORG_WORDS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

# What introduces examples after a kind: "such as", "like", "including", "wie", "darunter".
_CUES = frozenset("like including notably wie darunter etwa".split())
_AND = frozenset("and und or oder sowie".split())
_ARTICLES = frozenset("the der die das".split())
# Plurals of words for companies that do not end in the word itself ("companies", "Firmen",
# "Konzerne", "Banken", "Marken"): their singular is in `ORG_WORDS` or is a bank.
_PLURALS = (("ies", "y"), ("en", ""), ("en", "a"), ("e", ""), ("n", ""), ("s", ""), ("", ""))
_KINDS = (*ORG_WORDS, "bank", "company", "firm")
# Plurals of people that end in a word for companies: "lawmakers", "policymakers", "rivals".
_PEOPLE = ("lawmaker", "policymaker", "filmmaker", "playmaker", "partner", "rival")


def example_names(words: list[Token], text: str) -> frozenset[int]:
    """The indices (in `words`) of the first word of each name listed as an example of a kind
    of company."""
    return frozenset(start for start, _ in example_spans(words, text))


def example_spans(words: list[Token], text: str) -> frozenset[tuple[int, int]]:
    """The first and last word (indices in `words`) of each name listed as an example of a
    kind of company."""
    found: set[tuple[int, int]] = set()
    for at, word in enumerate(words[:-2]):
        cue = at + 1
        follows = words[cue].text
        if follows == "such" and words[cue + 1].text == "as":
            cue += 1
        elif follows not in _CUES:
            if words[cue].capital and _named_after(word, words[cue], text):
                found |= _listed(words, cue, text)  # "to companies Astrobotic, … and …"
            continue  # the cue first: a kind of company is rarer to test
        if text[word.end : words[at + 1].start] != " " or not _companies(word.text):
            continue  # "… companies. Like Bosch": no list
        found |= _listed(words, cue + 1, text)
    return frozenset(found)


def named_after_founders(
    pieces: list[Piece], examples: frozenset[int], index: dict[int, int]
) -> None:
    """A person's name listed among a kind's companies is a company named after its founder
    ("Weltkonzerne wie ABB, Garmin, Georg Fischer", "Marken wie Hugo Boss oder Jack
    Wolfskin"); not one named with a role, nor the owner before a possessive ("Elon Musk's
    Tesla")."""
    for piece in pieces:
        if (
            piece.kind is EntityKind.PERSON
            and not piece.role
            and len(piece.words) > 1
            and index.get(piece.start) in examples
            and not piece.words[-1].text.endswith(("'s", "’s"))
        ):
            piece.kind = EntityKind.ORG


def whole_examples(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """`pieces` with each name listed as an example of a kind of company made one organisation
    as the list writes it, whatever its words look like: dictionary words no rule made a name
    of ("to companies Astrobotic, Intuitive Machines and Orbit Beyond"), a name whose first
    word alone was read as a term ("IVF Hartmann" left "Hartmann"), or a daughter named with
    its parent ("Janssen Pharmaceutical Companies of Johnson & Johnson", not the parent alone).
    The list is the evidence, not the name: a reader marks every member of "Firmen wie …" a
    company without knowing one, and one whose words would count only if named again counts
    at once. A member a rule made one piece of keeps its kind (a place, a person named with a
    role), and so does a single word, which `undecided` judges as an example already
    ("Anbieter wie Strom und Gas": nouns)."""
    spans = example_spans(words, text)
    if not spans:
        return pieces
    made: list[Piece] = []
    gone: set[int] = set()
    for first, last in sorted(spans):
        if first == last:
            continue  # one word: `undecided` judges it as an example
        if any(w.text.endswith(("'s", "’s")) for w in words[first:last]):
            continue  # "Maren Olsby’s Tesla": an owner and what is hers, two names
        start, end = words[first].start, words[last].end
        inside = [p for p in pieces if p.start < end and p.end > start]
        if any(p.start < start or p.end > end or p.role for p in inside):
            continue  # a longer name, or a person the text gives an office
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            if inside[0].kind is EntityKind.ORG:
                inside[0].weak = False  # "Quiet Harbor", named once: counts in the list
            continue  # one piece as the list writes it: its kind was decided
        made.append(Piece(EntityKind.ORG, words[first : last + 1]))
        gone |= {id(p) for p in inside}
    if not made:
        return pieces
    return sorted([*(p for p in pieces if id(p) not in gone), *made], key=lambda p: p.start)


def _named_after(kind: Token, name: Token, text: str) -> bool:
    """An English plural for companies in small letters right before a name inside a
    sentence: the names that follow are those companies ("awarded contracts to companies
    Astrobotic, Intuitive Machines and Orbit Beyond", "the carmakers Lunavit and Zentrobix");
    not a plural of people ("lawmakers", "rivals")."""
    low = kind.text
    return (
        low.endswith("s")  # an English plural, the quickest test first
        and low.islower()
        and name.capital
        and not name.sentence_start
        and text[kind.end : name.start] == " "
        and _companies(low)
    )


def _companies(word: str) -> bool:
    """A plural (or a German word, whose plural may be its singular) for companies: "suppliers",
    "carmakers", "Hersteller", "Konzerne", "Firmen", "banks"."""
    low = word.casefold()
    if low.removesuffix("s").endswith(_PEOPLE):
        return False  # "Lawmakers such as Anna Berger": people, not companies
    return any(
        low.endswith(ending) and (low[: len(low) - len(ending)] + again).endswith(_KINDS)
        for ending, again in _PLURALS
    )


def _listed(words: list[Token], at: int, text: str) -> set[tuple[int, int]]:
    """The first and last words of the names listed from `at` on."""
    starts: set[tuple[int, int]] = set()
    last = False
    while at < len(words):
        if words[at].text.casefold() in _ARTICLES and at + 1 < len(words):
            at += 1  # "Unternehmen wie die Telekom"
        if not words[at].capital:
            break
        first = end = at
        while end + 1 < len(words):
            between = text[words[end].end : words[end + 1].start]
            if words[end + 1].capital and between in (" ", " & "):
                end += 1  # "Georg Fischer", "Johnson & Johnson" stay one name
            elif (
                words[end + 1].text == "of"
                and end + 2 < len(words)
                and words[end + 2].capital
                and between == " "
            ):
                end += 2  # "Janssen Pharmaceutical Companies of Johnson & Johnson"
            else:
                break
        starts.add((first, end))
        short = (
            end + 2 < len(words)
            and text[words[end].end : words[end + 1].start] == " ("
            and words[end + 1].text.isupper()
            and text[words[end + 1].end : words[end + 2].start] in ("), ", ") ")
        )
        end += short  # "Georg Fischer (GF), IVF Hartmann": the short name, and on
        if last or end + 1 >= len(words):
            break
        between = text[words[end].end + short : words[end + 1].start]
        if between not in (", ", " "):
            break
        at = end + 1
        if words[at].text.casefold() in _AND:
            at, last = at + 1, True  # "Bosch, Continental and Valeo", "… , and Valeo"
        elif between == " ":
            break
    if (
        starts and end + 1 < len(words) and words[end + 1].text.islower()
        and text[words[end].end : words[end + 1].start] == " " and _companies(words[end + 1].text)
    ):  # fmt: skip
        return set()  # "companies such as Big Data and Machine Learning startups": kinds
    return starts
