"""What the runs `classify` left undecided are, in three steps a reader takes.

First the words around each mention ("Takaichi said", "chipmaker Intel": `by_neighbours`);
then what the whole text shows of the same word (`TextEvidence`: what its other mentions were,
whether it is part of a person's name, named inside sentences, a place, a team, never with
an article); last, for a lone name that nothing has decided yet, how both languages use the
word (`_lone_name`: a listed company, a name in both languages alike — named twice, or once
with what a body's name carries, `named_once` —, a word English writes with a capital only as
a name).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reader.core.entities.acting_nouns import acts
from reader.core.entities.agreement import listed_with_nouns, neuter_nouns, unarticled
from reader.core.entities.body_predicates import body_subject
from reader.core.entities.companies import listed
from reader.core.entities.cues import bare, camel_case, demonym, name_like
from reader.core.entities.employers import employer_words
from reader.core.entities.evidence import first_name_alone, member_of, staff_of, team
from reader.core.entities.examples import example_names, named_after_founders
from reader.core.entities.first_names import first_name_frequency
from reader.core.entities.german_nouns import written_as_nouns
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.joined_articles import after_joined_article
from reader.core.entities.kind_appositions import described_body
from reader.core.entities.kind_lists import kind_lists
from reader.core.entities.lexicon import PLATFORMS, WELFARE_BODIES
from reader.core.entities.mention_shapes import (
    addressed,
    articled,
    only_after_the,
    only_ending_names,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.named_once import body_named_once
from reader.core.entities.names import Token, dictionary_word, english_noun, english_verb_form
from reader.core.entities.neighbours import (
    after_article,
    after_contraction,
    bare_name,
    by_neighbours,
    international,
    named_place,
    on_platform,
)
from reader.core.entities.org_shapes import head_compound
from reader.core.entities.outlets import news_outlet, reporting_outlet, told_outlet
from reader.core.entities.pieces import Piece
from reader.core.entities.places import Place


def decide(
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> None:
    """Give the undecided pieces a kind by their neighbours, then by what the same word was
    elsewhere in the text, then (organisations) by how both languages use the word."""
    undecided = [p for p in pieces if p.kind is None]
    examples = example_names(words, text) | kind_lists(words, text)
    named_after_founders(pieces, examples, index)  # "Firmen wie Georg Fischer, ABB"
    for piece in undecided:
        if told_outlet(piece, text, lang) or body_subject(piece, words, index, lang, text):
            piece.kind = EntityKind.ORG  # "told Reuters", "Zorvex launched its first phone"
            continue
        piece.kind = _by_neighbours(piece, words, index, lang, lower_words, text)
        if piece.kind is None and index.get(piece.start) in examples:
            piece.kind = _example(piece, words, index, lang, lower_words)
    evidence = TextEvidence.of(pieces, undecided, words, index, lang, lower_words, text)
    for piece in undecided:
        _by_text(piece, evidence)


def _by_neighbours(
    piece: Piece,
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> EntityKind | None:
    """What the words around this mention say it is."""
    if reporting_outlet(piece, words, index, lang):
        return EntityKind.ORG  # "wie das Handelsblatt berichtete"
    if _the_fed(piece, words, index):
        return EntityKind.ORG  # "the Fed's ability", "die Fed erhöht"
    kind = by_neighbours(piece, words, index, lang, lower_words)
    if kind is None and len(piece.words) == 1 and _AGE_AFTER.match(text, piece.end):
        kind = EntityKind.PERSON  # "Braun, 38 – who reps …", "Müller (52)": only people age
    if kind is None and len(piece.words) == 1 and _KIN_AFTER.match(text, piece.end):
        kind = EntityKind.PERSON  # "Trump’s wife", "Ford’s mother": no company has kin
    if kind is EntityKind.PERSON and (
        not bare_name(piece, words, index, lang, lower_words, person=True)
        or (lang == "de" and german_word(bare(piece.words[0].text)))
        or (lang == "de" and german_compound(bare(piece.words[0].text)))  # "Warnstreiks"
        or (lang == "de" and after_joined_article(piece, words, index))  # "Im Forum schrieb"
    ):
        return None  # "Die Logistikbranche warnte", "kündigte Proteste an": no name
    if (
        kind is EntityKind.ORG
        and lang == "de"
        and listed_with_nouns(words, index[piece.start], text)
    ):
        return None  # "bei Personal, Material und Strom"
    return kind


def _the_fed(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """ "Fed" after an article is the US Federal Reserve, as financial news in both languages
    calls it ("the Fed's ability", "die Fed erhöht die Zinsen"); "fed" the verb has none."""
    at = index.get(piece.start, 0)
    return (
        len(piece.words) == 1
        and bare(piece.words[0].text) == "Fed"
        and at > 0
        and words[at - 1].text.casefold() in ("the", "die", "der", "des", "dem")
    )


# An age in apposition after a name, as news gives a person's: ", 38 –", ", 38, who", " (52)".
_KIN_AFTER = re.compile(r"(?:['’]s)? (?:wife|husband|mother|father|sister|brother|widow)\b")
_AGE_AFTER = re.compile(r", (?:1[4-9]|[2-9]\d)(?:,| [–—-] | who\b)| \((?:1[4-9]|[2-9]\d)\)")


def _example(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, lower_words: frozenset[str]
) -> EntityKind | None:
    """A name listed as an example of a kind of company ("suppliers such as Valeo") is one,
    unless it is a first name alone or, in German, a word of the language ("Anbieter wie
    Strom und Gas")."""
    word = bare(piece.words[0].text)
    if (
        not name_like(piece.words[0], lang, lower_words)
        or first_name_alone(piece, words, index, lang)
        or (lang == "de" and (german_word(word) or german_compound(word)))
        or (lang == "de" and dictionary_word(word) and not listed(word))  # "Gas"
    ):
        return None
    return EntityKind.ORG


@dataclass(frozen=True)
class TextEvidence:
    """What the whole text shows of the first words of its undecided pieces, gathered once
    after the neighbours have spoken."""

    words: list[Token]
    index: dict[int, int]
    lang: str
    lower_words: frozenset[str]
    text: str
    spoken: frozenset[int]  # pieces made people by a verb of saying alone ("Google said")
    known: dict[str, EntityKind]  # what a one-word person or organisation was elsewhere
    parts: frozenset[str]  # words of a person's name
    seen: Counter[str]  # how often each word opens an undecided piece
    mid_counts: Counter[str]  # … inside a sentence
    mid_sentence: frozenset[str]  # named inside a sentence (or often, and no English noun)
    possessive: frozenset[str]  # owning something ("Apple's")
    placed: frozenset[str]  # "in Logar province"
    teams: frozenset[str]  # "the Chargers"
    names: frozenset[str]  # German words never written with an article
    nouns: frozenset[str]  # German words after an article of a noun ("dem Smartphone")
    mentions: dict[str, list[int]]  # where each word opens an undecided piece

    @classmethod
    def of(
        cls,
        pieces: list[Piece],
        undecided: list[Piece],
        words: list[Token],
        index: dict[int, int],
        lang: str,
        lower_words: frozenset[str],
        text: str,
    ) -> TextEvidence:
        # "Google said": a verb of saying makes a person of a company too; other evidence wins
        spoken = frozenset(id(p) for p in undecided if p.kind is EntityKind.PERSON)
        known: dict[str, EntityKind] = {}
        for piece in sorted(pieces, key=lambda p: id(p) in spoken):
            if piece.kind in (EntityKind.PERSON, EntityKind.ORG) and len(piece.words) == 1:
                known.setdefault(bare(piece.words[0].text), piece.kind)
        parts = frozenset(
            bare(w.text) for p in pieces if p.kind is EntityKind.PERSON and id(p) not in spoken
            for w in p.words
        )  # fmt: skip
        firsts = [(p, bare(p.words[0].text)) for p in undecided]
        seen = Counter(word for _, word in firsts)
        mid_counts = Counter(word for p, word in firsts if not p.words[0].sentence_start)
        mid_sentence = set(mid_counts) | {  # "Intel is …" twice; not "Tighter controls …" twice
            w for w, count in seen.items()
            if count > 1 and not english_noun(w) and not english_noun(w.removesuffix("er"))
        }  # fmt: skip
        possessive = frozenset(
            word for p, word in firsts
            if not p.words[0].sentence_start and p.words[0].text != word
        )  # fmt: skip
        german_nouns = written_as_nouns(words, text) if lang == "de" else frozenset()
        employers = employer_words(firsts, words, index, lang, lower_words, text)
        placed = frozenset(
            word for p, word in firsts
            if p.kind is None and named_place(p, words, index, lang, lower_words)
            and word not in german_nouns  # "aus Laub" where the text writes "das Laub"
            and word not in employers  # "from Hipcricket" and "Hipcricket, a … company"
        )  # fmt: skip
        teams = frozenset(
            word for p, word in firsts if lang == "en" and team(p, words, index, lower_words)
        )  # fmt: skip
        mentions: dict[str, list[int]] = {}
        for p, word in firsts:
            if p.start in index:
                mentions.setdefault(word, []).append(index[p.start])
        return cls(
            words=words, index=index, lang=lang, lower_words=lower_words, text=text,
            spoken=spoken, known=known, parts=parts, seen=seen, mid_counts=mid_counts,
            mid_sentence=frozenset(mid_sentence), possessive=possessive, placed=placed,
            teams=teams, names=unarticled(words, lang, lower_words),
            nouns=neuter_nouns(words, lang), mentions=mentions,
        )  # fmt: skip

    def among_nouns(self, word: str) -> bool:
        """A German word listed with German nouns in any of its mentions ("Fahrzeugen, Diesel
        und Strom")."""
        return self.lang == "de" and any(
            listed_with_nouns(self.words, at, self.text) for at in self.mentions.get(word, ())
        )


def _by_text(piece: Piece, ev: TextEvidence) -> None:
    """Decide a piece by what the text shows of its first word."""
    word = bare(piece.words[0].text)
    if (
        len(piece.words) == 1 and ev.known.get(word) is EntityKind.PERSON
        and articled(ev.lang, ev.words, ev.mentions.get(word, []))
        and word not in ev.parts  # "President Trump … the Trump administration": a person's
        and not addressed(ev.words, ev.mentions.get(word, []))  # "Mr. Trump said … the Trump …"
    ):  # fmt: skip
        piece.kind = EntityKind.ORG  # "Audi says" and "the Audi e-tron": no person
    elif (
        (piece.kind is None or id(piece) in ev.spoken) and len(piece.words) == 1
        and (news_outlet(word) or word in WELFARE_BODIES) and word not in ev.parts
    ):  # fmt: skip
        piece.kind = EntityKind.ORG  # "Reuters first reported", "Bloomberg said", "die Caritas"
    elif (piece.kind is None or id(piece) in ev.spoken) and word in ev.known:
        piece.kind = ev.known[word]
    elif piece.kind is not None:
        return
    elif word in PLATFORMS:
        piece.kind = EntityKind.ORG  # "auf Twitter": a service, whatever the dictionary says
    elif word in ev.teams and word[:-1] not in ev.parts:
        piece.kind = EntityKind.ORG  # "the Chargers", and "for Browns pass rusher" with it
    elif camel_case(word) and word not in ev.parts and piece.start in ev.index:
        piece.kind = EntityKind.ORG  # "WeWork", "SoftBank": written as brands write
    elif word in ev.placed and word not in ev.parts:
        piece.kind = EntityKind.PLACE  # "in Logar province", "the county of Huade"
        piece.place = Place(f"site:{word.casefold()}", word, word)
    elif word not in ev.parts and word[:-1] not in ev.parts:
        piece.kind = _lone_name(piece, word, ev)


def _lone_name(piece: Piece, word: str, ev: TextEvidence) -> EntityKind | None:
    """An organisation, or still nothing, for a name that is no part of a person's: by what
    is said of it, then by how the languages use the word."""
    words, index, lang, lower_words = ev.words, ev.index, ev.lang, ev.lower_words
    first = piece.words[0]
    if (
        (member_of(piece, words, index) or staff_of(piece, ev.text))
        and name_like(first, lang, lower_words)
        and not first_name_alone(piece, words, index, lang)
        and not (lang == "de" and (german_word(word) or german_word(word.removesuffix("s"))))
    ):  # "die Nutzer des Internetportals": a noun in the genitive
        return EntityKind.ORG  # "Direktor von Greenpeace"
    if (
        described_body(piece, words, index, lang, ev.text)
        and name_like(first, lang, lower_words)
        and not first_name_alone(piece, words, index, lang)
    ):
        return EntityKind.ORG  # "Ring, the doorbell maker", "made by Wistron"
    # a listed company needs no mention inside a sentence ("Boeing delivered 40 jets")
    if (
        lang == "en"
        and word not in ev.mid_sentence
        and not (listed(word) and not english_noun(word))
    ):
        return None  # "Soybean purchases will resume": capitalised by the sentence
    if piece.fragment:
        return None  # "Sierra" of "Sierra Nevada foothills": part of a name not known
    if _listed_company(piece, word, ev) and (
        not first_name_alone(piece, words, index, lang) or first_name_frequency(word) <= 1
    ):  # a name on the list of one that hardly anyone bears ("Nissan"), not "Heinz"
        return EntityKind.ORG  # "Comcast", "Rheinmetall": a listed company
    if first_name_alone(piece, words, index, lang):
        return None  # "his wife, Kimberly", "Lena hat": a first name alone is no company
    if _international(piece, word, ev):
        return EntityKind.ORG
    # German writes mass nouns and plurals without an article too ("mit Flüssiggas",
    # "großflächige Heizkörper"): on German pages no rule was written on, a word never
    # written with one was an organisation 2 times of 27, so only a listed company that is
    # also an English word ("Apple", which the dictionary lists) is taken so
    if (
        word in ev.names
        and listed(word)
        and name_like(first, lang, lower_words)
        and not german_word(word)
        and not german_compound(word)
        and not demonym(word)
        and not ev.among_nouns(word)
    ):
        return EntityKind.ORG  # "Apple will …", "arbeitet Apple": no article
    if (
        lang == "en"
        and english_noun(word)
        and len(word) > 2  # "Start 'Em, Sit 'Em": no name
        and (
            ev.mid_counts[word] > 1
            or on_platform(piece, words, index)
            or (word in ev.possessive and ev.seen[word] > 1)  # "Apple's AirPods … Apple"
        )
        # "on Twitter", "Twitter users": a word English writes with a capital only as a
        # name, again and again inside sentences
        and name_like(first, lang, lower_words)
        and not demonym(word)
        and not only_ending_names(word, ev.words, ev.text)
        # "the lunar Gateway": a thing, unless the text names teams ("the Lakers … the Thunder")
        and (bool(ev.teams) or not _after_the(word, ev))
        # "Pokemon Sword or Shield", "Upgrade to Premium": a title or a tier, unless the text
        # has it do what a body does ("Paramount is", "Beats Solo3")
        and (
            listed(word)
            or bool(ev.teams)
            or on_platform(piece, words, index)
            or acts(word, words, ev.mentions.get(word, []))
        )
    ):
        return EntityKind.ORG
    return None


def _listed_company(piece: Piece, word: str, ev: TextEvidence) -> bool:
    """A company of the main stock indices, named as a name ("Comcast"; not "Target", "Next":
    words first; not the end of "Japan-USA-Allianz"; in German not a word of the language,
    nor after an article unless its head says what it is: "die Commerzbank", not "die
    Allianz")."""
    lang = ev.lang
    return (
        listed(word)
        and not english_noun(word)
        and piece.start in ev.index
        and bare_name(piece, ev.words, ev.index, lang, ev.lower_words)
        and not (
            lang == "de"
            and (
                german_word(word)
                or (after_article(piece, ev.words, ev.index) and not head_compound(word))
            )
        )
    )


def _international(piece: Piece, word: str, ev: TextEvidence) -> bool:
    """A bare name both languages write alike ("Volkswagen", "Intel"), not a German noun in
    this text; in English a word of no dictionary named once, with nothing that says what it
    is, is as often a person's, a drug's or a festival's ("Diwali", "Suboxone"); an English
    verb's participle or gerund is none in either ("Emerging", "Recycling"); an English word
    written after "the" each time is a thing, unless the text names teams."""
    lang = ev.lang
    return (
        bare_name(piece, ev.words, ev.index, lang, ev.lower_words)
        and international(word, lang)
        and word not in ev.nouns  # "dem Smartphone"
        and not after_contraction(piece, ev.words, ev.index, lang)
        and not ev.among_nouns(word)  # "Fahrzeugen, Diesel und Strom", in every mention
        # named once, a German name must show it is a body's as English must recur
        and (
            ev.seen[word] > 1
            or word in ev.possessive
            or (lang == "de" and body_named_once(piece, word, ev.words, ev.index, ev.text))
        )
        # "Emerging markets"; German borrows the English gerund as a noun ("In Sachen
        # Recycling", "beim Camping"): no brand ("Boeing", "Xing" are no verb's)
        and not english_verb_form(word)
        # "the Statehouse", "the Starliner": a thing or an office, as of a dictionary word
        and (lang != "en" or bool(ev.teams) or not _after_the(word, ev))
    )


def _after_the(word: str, ev: TextEvidence) -> bool:
    """Whether (nearly) every mention of the word follows "the" (`only_after_the`)."""
    return only_after_the(word, ev.words, ev.mentions.get(word, []))
