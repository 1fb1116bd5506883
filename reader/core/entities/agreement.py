"""Evidence for an organisation from how the text treats a name across its mentions, which
works for names no list holds.

German puts an article before a common noun in the singular ("der Hersteller", "dem
Smartphone", "im Bereich"); a company's name goes without one, mention after mention ("Apple
will …", "arbeitet Apple", "teste Apple"). A capitalised word the text repeats and never
writes with an article, nor in lower case, is a name — and, when nothing says it is a person
or a place, an organisation. (English writes every name with a capital, so there the capital
inside a sentence is the evidence already.)

A name listed with an organisation is one too: "AT&T, Comcast and T-Mobile", "Wistron and
Global Lighting Technologies" — a list joins things of one kind; and so a German word listed
with German nouns is a noun ("bei Personal, Material, Fahrzeugen, Diesel und Strom").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from reader.core.entities.companies import listed
from reader.core.entities.company_neighbours import called_company
from reader.core.entities.cues import acronym, bare, camel_case, head_stem, head_word, org_head
from reader.core.entities.german_words import german_compound, german_word
from reader.core.entities.lexicon import ORG_HEADS_DE, PARTIES
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

# An acronym in the plural ("ICUs", "KMUs", "CNTs", "MdBs") or spelt out in lower-case words just
# before it ("the consumer price index (CPI)"): a term, not a body.
_PLURAL_ACRONYM = re.compile(r"\b([A-Z](?:[A-Z]|[a-z](?=[A-Z])){1,5})s\b")
_SPELT_OUT = re.compile(r"\b[a-zäöüß][\w-]* \(([A-Z]{2,6})\)")

# Words that name a product's model after its name: "MacBook Pro", "Chromecast Ultra",
# "Xbox One X", "Galaxy S10 Plus".
MODEL_WORDS = frozenset("Pro Ultra Max Plus Mini Air One Lite".split())

# What stands before a German noun in the singular: articles, pronouns that act as one, and
# prepositions fused with an article ("im", "zum", "beim").
_DETERMINERS_DE = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem sein seine seinen
    seinem seiner ihr ihre ihren ihrem ihrer unser unsere unseren unserem welche welcher
    im zum zur vom ins ans am beim ums""".split()
)
# The endings of German plurals and inflected nouns, which go without an article too ("mit
# Partnern", "von Rohstoffen").
_PLURAL_DE = ("ern", "en", "nen", "ten", "ungen")


def unarticled(words: list[Token], lang: str, lower_words: frozenset[str]) -> frozenset[str]:
    """German words the text writes at least three times, each time with a capital and without an
    article, at least once inside a sentence, and never in lower case: names."""
    if lang != "de":
        return frozenset()
    mentions: dict[str, list[int]] = defaultdict(list)
    for at, word in enumerate(words):
        text = bare(word.text)
        if len(text) > 2 and text[:1].isupper() and not text.isupper() and "-" not in text:
            mentions[text].append(at)
    names = set()
    for text, ats in mentions.items():
        if (
            len(ats) < 3
            or text.casefold() in lower_words
            or text.endswith(_PLURAL_DE)
            or _plural_in_e(text)  # "Lieferscheine", "Treibhausgase"
            or all(words[at].sentence_start for at in ats)
        ):
            continue
        if not any(at and words[at - 1].text.casefold() in _DETERMINERS_DE for at in ats):
            names.add(text)
    return frozenset(names)


def _plural_in_e(word: str) -> bool:
    """A German plural in -e of a German noun that English text never writes
    ("Lieferscheine" of "Lieferschein"); a name in -e travels ("Porsche")."""
    low = word.casefold()
    return (
        low.endswith("e") and zipf_frequency(low, "en") < 1.0
        and zipf_frequency(low[:-1], "de") >= 2.0 and zipf_frequency(low[:-1], "en") < 1.0
    )  # fmt: skip


# Articles that stand before German nouns of masculine or neuter gender only ("das
# Smartphone", "im Bereich", "einem Tablet", "einen Hotspot", "diesen Hotspot"), or before a
# masculine noun or a plural ("den Touchscreen", "den Dialog", "den Bauern"); a body's
# name is mostly feminine ("die Nato", "der Telekom") or goes without one. A possessive stands before nouns of every gender ("Ihre
# Website", "seinen Download") and before no body's name.
_NEUTER_ARTICLES = frozenset(
    "das dem den im ins zum vom beim ein einem eines einen diesen keinen jenen".split()
)
_POSSESSIVES = frozenset(
    f"{stem}{end}" for stem in ("mein", "dein", "sein", "ihr", "unser", "eur")
    for end in ("", "e", "en", "em", "er", "es")
) - {"eur"} | {"euer"}  # fmt: skip


def neuter_nouns(words: list[Token], lang: str) -> frozenset[str]:
    """German words the text writes after an article of a masculine or neuter noun or after a
    possessive: nouns, however often English uses them ("das Smartphone", "Ihre Website")."""
    if lang != "de":
        return frozenset()
    return frozenset(
        bare(word.text)
        for before, word in zip(words, words[1:], strict=False)
        if word.capital
        and (
            before.text.casefold() in _NEUTER_ARTICLES | _POSSESSIVES
            # a masculine subject opening the sentence: "Der Dialog mit …" ("der Telekom"
            # inside a sentence is a company's dative)
            or (before.text == "Der" and before.sentence_start)
        )
    )


def listed_with_organisation(
    pieces: list[Piece], text: str, joins: Callable[[Piece, list[Piece]], bool]
) -> None:
    """Undecided pieces listed next to an organisation — joined to it by a comma,
    "and"/"und"/"or"/"oder" or a slash, with nothing else between — become organisations when
    `joins` lets them. A piece that joins passes it on along the list, one sweep each way, so
    every name of "Ford, Macy's, Kellogg's and NBC" is one when NBC is, whichever end the
    known one stands at. `joins` is told the organisations the list holds: with two or more
    even a word that is also a first name is one of them ("Macy's" beside "Kellogg's,
    NBC"). A list that holds more people than organisations is none of organisations: one
    band among artists ("Bruno Mars, Drake, The Eagles, Jay Z") makes no company of "Drake"."""
    linked = [_in_list(left, right, text) for left, right in zip(pieces, pieces[1:], strict=False)]
    known: list[list[Piece]] = [[]] * len(pieces)  # the organisations of each piece's list
    people = [False] * len(pieces)  # whether its list holds more people than organisations
    first = 0
    for i in range(len(pieces)):
        if i == len(linked) or not linked[i]:
            bodies = [p for p in pieces[first : i + 1] if p.kind is EntityKind.ORG]
            persons = sum(p.kind is EntityKind.PERSON for p in pieces[first : i + 1])
            known[first : i + 1] = [bodies] * (i + 1 - first)
            people[first : i + 1] = [persons > len(bodies)] * (i + 1 - first)
            first = i + 1
    for order in (range(len(linked)), reversed(range(len(linked)))):
        for i in order:
            if not linked[i] or people[i]:
                continue  # "Bob Marley, Bruno Mars, Drake, The Eagles": a list of artists
            left, right = pieces[i], pieces[i + 1]
            if left.kind is EntityKind.ORG and right.kind is None and joins(right, known[i]):
                if not _town_of(pieces, i + 1, text):
                    right.kind = EntityKind.ORG
            elif right.kind is EntityKind.ORG and left.kind is None and joins(left, known[i]):
                left.kind = EntityKind.ORG


def runs_between_organisations(
    pieces: list[Piece], name_runs: list[list[Token]], text: str
) -> list[Piece]:
    """Organisations for the runs no rule made anything of (dictionary words, as a title's:
    "Intuitive Machines", "Moon Express") that a list holds between two organisations
    ("Firefly Aerospace, Intuitive Machines, Lockheed Martin"): a list names one kind of
    thing, and a name in it is one of them however it reads; a name of words that would
    count only if named again counts at once there. One pass over runs and pieces, both in
    text order."""
    found = []
    at = 0  # the first piece that ends after the run's start
    for run in name_runs:
        while at < len(pieces) and pieces[at].end <= run[0].start:
            at += 1
        made = at < len(pieces) and pieces[at].start < run[-1].end
        if made and not (pieces[at].weak and pieces[at].end == run[-1].end):
            continue  # the run made a piece, not only a name of words waiting to recur
        after = at + 1 if made else at
        if at == 0 or after >= len(pieces):
            continue
        left, right = pieces[at - 1], pieces[after]
        if (
            left.kind is EntityKind.ORG
            and right.kind is EntityKind.ORG
            and text[left.end : run[0].start] == ", "
            and text[run[-1].end : right.start] in (", ", " and ", ", and ", " und ")
        ):
            if made:
                pieces[at].weak = False  # "Quiet Engines", named once: one of the list
            else:
                found.append(Piece(EntityKind.ORG, run))
    return found


_TOWN_BEFORE_REGION = re.compile(r"(?: [A-Z][a-z]+)?, ")


def _town_of(pieces: list[Piece], at: int, text: str) -> bool:
    """Whether the piece at `at` is a town written before its state or country, as an
    address is ("SpaceX, Hawthorne, California", "Ceres Robotics, Palo Alto, California"):
    a place, no organisation listed with the one before it."""
    if at + 1 >= len(pieces) or pieces[at + 1].kind is not EntityKind.PLACE:
        return False
    return bool(_TOWN_BEFORE_REGION.fullmatch(text[pieces[at].end : pieces[at + 1].start]))


_LIST_WORDS = frozenset(("", "and", "und", "or", "oder", "sowie"))


def _in_list(left: Piece, right: Piece, text: str) -> bool:
    """Whether two pieces stand next to each other in one list."""
    gap = text[left.end : right.start]
    return "\n" not in gap and gap.strip(" ,/").casefold() in _LIST_WORDS


def listed_with_nouns(words: list[Token], at: int, text: str) -> bool:
    """Whether the German word at `at` stands in a list next to a German noun ("Strom und
    Diesel", "Personal, Material"): one of a kind with it."""
    neighbours = []
    for step in (-1, 1):
        near = at + step
        if not 0 <= near < len(words):
            continue
        first, second = sorted((words[near], words[at]), key=lambda w: w.start)
        if text[first.end : second.start].strip() == ",":
            neighbours.append(words[near])
        elif words[near].text in ("und", "oder", "sowie") and 0 <= near + step < len(words):
            neighbours.append(words[near + step])
    return any(w.capital and german_word(w.text) for w in neighbours)


def terms(text: str, lang: str = "en") -> frozenset[str]:
    """Acronyms the text uses as common nouns: written in the plural somewhere, or spelt out
    in lower-case words before them — in German, where every noun has a capital, also in one
    noun after an article or an adjective, whose letters it takes ("eine bestimmte
    Jahresarbeitszahl (JAZ)", "der künftigen Telematikinfrastruktur (TI)"), unless that noun
    heads a body ("das Umweltbundesamt (UBA)") or is a name ("bei Volkswagen (VW)")."""
    found = {m.group(1) for m in _PLURAL_ACRONYM.finditer(text)}
    found |= {m.group(1) for m in _SPELT_OUT.finditer(text)}
    if lang == "de":
        found |= {
            m.group(3) for m in _SPELT_OUT_DE.finditer(text) if _abbreviated_noun(*m.groups())
        }
        found |= {m.group(3) for m in _THING_DE.finditer(text) if _abbreviated_thing(*m.groups())}
    return frozenset(found | {f"{t}s" for t in found})


# A German compound that names a law, a rule, a programme or a system, perhaps after a
# capitalised adjective, and an acronym in brackets after it: "der Seeschifffahrtsstraßen-
# Ordnung (SeeSchStrO)", "im Europäischen Erhaltungszuchtprogramm (EEP)", "im
# Praxisverwaltungssystem (PVS)" — a thing, whatever word stands before it.
_THING_DE = re.compile(
    r"(?:\b([A-ZÄÖÜ]\w+(?:e|en|er|es|em))\s)?\b([A-ZÄÖÜ][\w-]*?(?i:ordnung|gesetz|gesetzes|"
    r"verordnung|programm|programms|system|systems|standard|standards|richtlinie|verfahren|"
    r"abkommen|vertrag|vertrags|index|modell|norm))\s\(([A-Za-zÄÖÜ]{2,10})\)"
)


def _abbreviated_thing(adjective: str | None, noun: str, letters: str) -> bool:
    """Whether `letters` abbreviate the compound (with its adjective): the first letter
    opens it, the others follow in order ("Seeschifffahrtsstraßen-Ordnung": SeeSchStrO)."""
    spelt = f"{adjective or ''}{noun}".casefold()
    rest = iter(spelt[1:])
    return spelt[0] == letters[0].casefold() and all(c in rest for c in letters[1:].casefold())


# A German noun after a word in small letters, and an acronym in brackets after it.
_SPELT_OUT_DE = re.compile(r"\b([a-zäöüß]+)\s([A-ZÄÖÜ][a-zäöüß]{5,})\s\(([A-Z]{2,6})\)")
_ARTICLES_DE = frozenset("der die das des dem den ein eine einer eines einem einen".split())


def _abbreviated_noun(before: str, noun: str, letters: str) -> bool:
    """Whether `letters` abbreviate `noun`, a noun of the language that names a thing: after
    an article or an adjective, beginning with its first letter and taking the others in
    order ("Dimethylether": DME), neither a body ("Weltgesundheitsorganisation") nor a name
    English writes too ("Volkswagen")."""
    low = noun.casefold()
    rest = iter(low[1:])
    return (
        (before in _ARTICLES_DE or before.endswith(("e", "en", "er", "es", "em")))
        and low[0] == letters[0].casefold()
        and all(letter in rest for letter in letters[1:].casefold())
        and not head_stem(noun).casefold().endswith(ORG_HEADS_DE)
        and not low.endswith(("organisation", "organization"))
        and (german_word(noun) or german_compound(noun) or zipf_frequency(low, "en") < 1.0)
        and not listed(noun)  # "die Lufthansa (LH)"
    )


# What an English name of a thing ends in, in German text: "Responsible Wool Standard (RWS)".
_THINGS_EN = frozenset(
    "Standard Standards System Program Programme Protocol Index Format Method Test Scale "
    "Framework Model Agreement Act Directive Regulation".split()
)
_BRACKETED = re.compile(r" \(([A-Z]{2,6})\)")


def spelt_out_terms(
    pieces: list[Piece], words: list[Token], text: str, lang: str
) -> frozenset[str]:
    """Acronyms in brackets after the capitalised English words whose initials they are, and
    those words, when they name no organisation: a thing, a programme or a standard ("Human
    Landing System (HLS)", "Responsible Wool Standard (RWS)"), not a body ("Environmental
    Protection Agency (EPA)", "Forum Waffenrecht (FWR)": a head or a piece the rules made an
    organisation)."""
    ends = {w.end: at for at, w in enumerate(words)}
    # a weak organisation of English text may be a thing ("Home Depot"); German text takes its
    # English words for a body's only with evidence ("National Ignition Facility (NIF)")
    orgs = [p for p in pieces if p.kind is EntityKind.ORG and (lang == "de" or not p.weak)]
    found = set()
    for match in _BRACKETED.finditer(text):
        letters, last = match.group(1), ends.get(match.start())
        if last is None:
            continue
        spelt = words[max(0, last + 1 - len(letters)) : last + 1]
        if (
            len(spelt) == len(letters)
            and "".join(w.text[0] for w in spelt) == letters
            and all(w.capital and not acronym(w.text) for w in spelt)
            # in German text only English words naming a thing ("Responsible Wool Standard
            # (RWS)"): German writes English bodies' names without a head ("National
            # Ignition Facility (NIF)")
            and (lang == "en" or bare(spelt[-1].text) in _THINGS_EN)
            and text[spelt[0].start : spelt[-1].end].count(" ") == len(spelt) - 1
            and not org_head(spelt, lang)
            and not any(p.start <= spelt[-1].start < p.end for p in orgs)
        ):
            found |= {letters, text[spelt[0].start : spelt[-1].end]}  # and what it spells
        elif _one_word_spelt(words[last], letters, lang, orgs):
            found.add(letters)  # "Dimethylether (DME)": a substance, no body
    return frozenset(found)


# How a chemical compound's German name ends: "Dimethylether", "Polyvinylchlorid", "Kohlendioxid".
_CHEMICALS = (
    "ether", "chlorid", "oxid", "säure", "amin", "ester", "phosphat", "sulfat", "nitrat",
    "carbonat", "acetat", "fluorid", "bromid", "ethylen", "propylen", "styrol", "glykol",
)  # fmt: skip


def _one_word_spelt(word: Token, letters: str, lang: str, orgs: list[Piece]) -> bool:
    """A German chemical's compound whose parts the acronym after it in brackets spells, in
    order: a substance's name ("Dimethylether (DME)", "Polyvinylchlorid (PVC)"), not a body's
    ("Kreissparkasse (KSK)", "Bundeskriminalamt (BKA)": no chemical's ending)."""
    low = word.text.casefold()
    if lang != "de" or not word.capital or acronym(word.text) or low[0] != letters[0].casefold():
        return False
    if not low.endswith(_CHEMICALS):
        return False
    if org_head([word], lang) or head_word(low) or any(p.start <= word.start < p.end for p in orgs):
        return False
    at = 1
    for letter in letters[1:].casefold():
        at = low.find(letter, at) + 1
        if at == 0:
            return False
    return True


def maker_of(piece: Piece, makers: frozenset[str], lang: str) -> list[Piece]:
    """An organisation's run that names a maker's product — the maker (a name the text gives
    an organisation alone, an acronym, or written as brands write) and a model word at the end
    ("DJI Mavic Mini", "AirPods Pro"; not "Capital One", whose first word is no maker) — leaves
    its maker, when that is a name of its own ("DJI"; not "AirPods"); any other piece stays."""
    words = piece.words
    first, last = bare(words[0].text), bare(words[-1].text)
    if (
        piece.kind is not EntityKind.ORG
        or len(words) < 2
        or not (first in makers or acronym(first) or camel_case(first))
        or last not in MODEL_WORDS
        or org_head(words, lang)
    ):
        return [piece]
    return [Piece(EntityKind.ORG, words[:1])] if first in makers or acronym(first) else []


def products(words: list[Token], makers: frozenset[str], text: str, lang: str) -> frozenset[str]:
    """Names the text gives a model ("MacBook Pro", "Chromecast Ultra") or writes after the
    organisation that makes them ("Google Stadia", "Apple CarPlay"): products, not companies,
    in every mention — unless the text calls the name a company somewhere ("keyboard case
    maker Brydge" beside "the Brydge Pro"): a maker names its products after itself, and what
    a word for a company says of one mention holds for the others."""
    found = set()
    for word, after in zip(words, words[1:], strict=False):
        if after.start != word.end + 1 or text[word.end] != " " or not word.capital:
            continue  # "Comcast/Xfinity", "CDU/CSU": a list, not a maker and its product
        if after.text in MODEL_WORDS:
            found.add(bare(word.text))
        elif word.text in makers and after.capital and bare(after.text) not in PARTIES:
            found.add(bare(after.text))  # not "House Democrats": a chamber's members
    if not found:
        return frozenset()
    called = {bare(w.text) for at, w in enumerate(words) if called_company(words, at, lang)}
    return frozenset(found - called)
