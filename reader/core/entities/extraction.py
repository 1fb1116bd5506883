"""One article's entities: classify its capitalised runs, then merge the variants of a name.

`extract` is pure and per source: the store calls it for each source it indexes. After the
runs are classified (`classify`), what is still undecided — a lone "Takaichi" — becomes a
mention of the person whose full name ends (or begins) with it ("Sanae Takaichi"); or a person
when a verb of saying stands beside it ("Takaichi said", "sagte Lagarde"); or an organisation
when a word for a company stands before it ("chipmaker Intel"). What one occurrence shows holds
for every occurrence of the same word in the text. A lone name with no such evidence is taken
for an organisation when it is a name in both languages alike (English capitalises only names;
in German, "Volkswagen" and "Intel" are as frequent in English text as in German, unlike a
German noun), else dropped: a capital letter alone is no evidence in German.
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.entities import places, variants
from reader.core.entities.agreement import listed_with_organisation, unarticled
from reader.core.entities.classify import Piece, classify
from reader.core.entities.cues import bare, demonym, name_like, role_length
from reader.core.entities.evidence import (
    agencies,
    first_name_alone,
    market_index,
    market_indices,
    member_of,
    outlet_sites,
    team,
)
from reader.core.entities.frequency import zipf as zipf_frequency
from reader.core.entities.lexicon import (
    ORG_WORDS,
    PLACE_KINDS,
    PLACE_PREPOSITIONS,
    SPEECH_DE,
    SPEECH_EN,
)
from reader.core.entities.model import EntityKind, Found
from reader.core.entities.names import Token, english_noun, runs, tokens
from reader.core.entities.person_names import german_compound, german_word
from reader.core.entities.places import US_STATES_AP, Place

# Verbs of saying whose next name is the one spoken to, a person or not: "told Reuters",
# "told WeWork executives", "asked Google".
_TO_WHOM = frozenset(("told", "asked", "urged", "called", "praised"))
_GROUP = re.compile(r"G\d{1,2}")  # "G7", "G20": groups of states
_APPOSITION = re.compile(r",\s+(?:(?:der|die|den|dem|des|the|a|an|ein|eine|einer)\s+)?")
# Web addresses, handles and hashtags are no names; blanked (same length, so offsets hold).
_URLS = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|[@#]\w+")
_CONTRACTIONS = frozenset("im zum zur vom ins ans am ums".split())
_DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    dieser diese dieses diesen jeder jede jedes seine seinen seiner ihre ihren ihrer unser
    unsere mehr viele""".split()
)


# Raise when the rules change what they find: the library then indexes every source anew.
RULES_VERSION = 7


def language(lang: str | None) -> str:
    """The rules' language for a source's language code: German or else English."""
    return "de" if (lang or "").casefold().startswith("de") else "en"


def extract(reading_text: str, lang: str | None) -> list[Found]:
    """The people, organisations, places and figures of one text, each with its spans."""
    lang = language(lang)
    blanked = _URLS.sub(lambda m: " " * len(m.group()), reading_text)
    words = tokens(blanked)
    lower_words = frozenset(w.text.casefold() for w in words if w.text.islower())
    index = {w.start: i for i, w in enumerate(words)}
    pieces = [p for run in runs(reading_text, words) for p in classify(run, lang, lower_words)]
    pieces = [p for p in pieces if not _code(p, reading_text) and not _truncated(p, reading_text)]
    _states(pieces, reading_text)
    _decide(pieces, words, index, lang, lower_words)
    if lang == "en":  # German lists nouns with a capital too ("Smartphone und Tablet")
        people = {bare(w.text) for p in pieces if p.kind is EntityKind.PERSON for w in p.words}
        for at in listed_with_organisation(pieces, reading_text):  # "AT&T, Comcast and T-Mobile"
            piece = pieces[at]
            if (
                all(name_like(w, lang, lower_words) for w in piece.words)
                and not people & {bare(w.text) for w in piece.words}
                and not first_name_alone(piece, words, index, lang)
            ):
                piece.kind = EntityKind.ORG
    for piece in pieces:  # "equity strategist at Miller Tabak": a workplace, not a person
        at = index.get(piece.start, 0)
        if (
            piece.kind is EntityKind.PERSON
            and not piece.role
            and at
            and words[at - 1].text in ("at", "bei")
        ):
            piece.kind = EntityKind.ORG
    sites = outlet_sites(blanked, words)  # "(Motorsport-Total.com)"
    pieces = [p for p in pieces if not any(s.start <= p.start < s.end for s in sites)]
    pieces = sorted([*pieces, *agencies(words), *sites], key=lambda p: p.start)
    indices = market_indices(words)
    pieces = [p for p in pieces if not market_index(p, indices)]
    _add_roles(pieces, words, index, reading_text, lang)
    found = variants.people(pieces, reading_text)
    found += variants.organisations(pieces, reading_text)
    found += variants.places(pieces, reading_text, lang)
    found += variants.figures(reading_text)
    return found


def _states(pieces: list[Piece], text: str) -> None:
    """A US state as the AP abbreviates it after a town: ", Mich." is Michigan."""
    for piece in pieces:
        word = piece.words[0].text
        if (
            len(piece.words) == 1 and word in US_STATES_AP
            and text[piece.start - 2 : piece.start] == ", " and text[piece.end : piece.end + 1] == "."
        ):  # fmt: skip
            place = places.lookup(US_STATES_AP[word])
            if place is not None:
                piece.kind, piece.place = EntityKind.PLACE, place


def _truncated(piece: Piece, text: str) -> bool:
    """The first half of a German compound whose end the next word carries: "Lade- und
    Entladezeiten", "Nord- und Südamerika" — a part of a word, no name."""
    return text[piece.end : piece.end + 2] in ("- ", "-,")


def _code(piece: Piece, text: str) -> bool:
    """A market code or model number, not a name: letters and digits in one word ("CLc1",
    "US10YT", "C42"; a group like "G7" stays), a ticker written after a dot (".DJI") or a
    quote code before "=" ("EUR=", "US10YT=RR")."""
    if piece.kind is EntityKind.PLACE:
        return False
    for word in piece.words:
        letters = sum(c.isalpha() for c in word.text)
        if letters and letters < len(word.text) and any(c.isdigit() for c in word.text):
            if not _GROUP.fullmatch(word.text) and "-" not in word.text:
                return True
    before = text[max(0, piece.start - 2) : piece.start]
    return (
        (before[-1:] == "." and before[:1] in (" ", "(", ""))
        or text[piece.end : piece.end + 1] == "="
        or before[-1:] == "="
    )


def _decide(
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
) -> None:
    """Give the undecided pieces a kind by their neighbours, then by what the same word was
    elsewhere in the text, then (organisations) by how both languages use the word."""
    undecided = [p for p in pieces if p.kind is None]
    for piece in undecided:
        kind = _by_neighbours(piece, words, index, lang, lower_words)
        if kind is EntityKind.PERSON and not _bare_name(
            piece, words, index, lang, lower_words, person=True
        ):
            kind = None  # "Die Logistikbranche warnte": no name
        piece.kind = kind
    known: dict[str, EntityKind] = {}
    for piece in pieces:
        if piece.kind in (EntityKind.PERSON, EntityKind.ORG) and len(piece.words) == 1:
            known.setdefault(bare(piece.words[0].text), piece.kind)
    parts = {bare(w.text) for p in pieces if p.kind is EntityKind.PERSON for w in p.words}
    seen = Counter(bare(p.words[0].text) for p in undecided)
    mid_counts = Counter(bare(p.words[0].text) for p in undecided if not p.words[0].sentence_start)
    mid_sentence = set(mid_counts)
    possessive = {
        bare(p.words[0].text) for p in undecided
        if not p.words[0].sentence_start and p.words[0].text != bare(p.words[0].text)
    }  # fmt: skip
    mid_sentence |= {  # "Intel is …" twice; not "Tighter controls …" twice
        w for w, count in seen.items()
        if count > 1 and not english_noun(w) and not english_noun(w.removesuffix("er"))
    }  # fmt: skip
    placed = {
        bare(p.words[0].text) for p in undecided
        if p.kind is None and _placed(p, words, index, lang, lower_words)
    }  # fmt: skip
    teams = {
        bare(p.words[0].text) for p in undecided if lang == "en" and team(p, words, index, lower_words)
    }  # fmt: skip
    names = unarticled(words, lang, lower_words)
    for piece in undecided:
        word = bare(piece.words[0].text)
        if piece.kind is None and word in known:
            piece.kind = known[word]
        elif piece.kind is None and word in teams and word[:-1] not in parts:
            piece.kind = EntityKind.ORG  # "the Chargers", and "for Browns pass rusher" with it
        elif piece.kind is None and word in placed and word not in parts:
            piece.kind = EntityKind.PLACE  # "in Logar province", "the county of Huade"
            piece.place = Place(f"site:{word.casefold()}", word, word)
        elif piece.kind is None and word not in parts and word[:-1] not in parts:
            if (
                member_of(piece, words, index)
                and name_like(piece.words[0], lang, lower_words)
                and not first_name_alone(piece, words, index, lang)
                and not (lang == "de" and german_word(word))
            ):
                piece.kind = EntityKind.ORG  # "Direktor von Greenpeace"
                continue
            if lang == "en" and word not in mid_sentence:
                continue  # "Soybean purchases will resume": capitalised by the sentence
            if piece.fragment:
                continue  # "Sierra" of "Sierra Nevada foothills": part of a name not known
            if first_name_alone(piece, words, index, lang):
                continue  # "his wife, Kimberly", "Lena hat": a first name alone is no company
            if (
                _bare_name(piece, words, index, lang, lower_words)
                and _international(word, lang)
                and not _after_contraction(piece, words, index, lang)
            ):
                piece.kind = EntityKind.ORG
            elif (
                word in names
                and name_like(piece.words[0], lang, lower_words)
                and not german_word(word)
                and not german_compound(word)
                and not demonym(word)
            ):
                piece.kind = EntityKind.ORG  # "Apple will …", "arbeitet Apple": no article
            elif (
                lang == "en"
                and english_noun(word)
                and (
                    mid_counts[word] > 1
                    or _on_platform(piece, words, index)
                    or word in possessive  # "Apple's AirPods": a name owns things
                )
            ):
                # "on Twitter", "Twitter users": a word English writes with a capital only
                # as a name, again and again inside sentences
                if name_like(piece.words[0], lang, lower_words) and not demonym(word):
                    piece.kind = EntityKind.ORG


def _after_contraction(piece: Piece, words: list[Token], index: dict[int, int], lang: str) -> bool:
    """German writes a noun, not a company, after "im", "zum", "ins": "im Dialog", "zum
    Download" (a name there has its word: "zum Konzern Google"; "beim" is a workplace)."""
    at = index.get(piece.start, 0)
    return lang == "de" and at > 0 and words[at - 1].text.casefold() in _CONTRACTIONS


def _on_platform(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """ "on Twitter", "on Netflix": a service one posts or watches on, named once."""
    at = index.get(piece.start, 0)
    return at > 0 and words[at - 1].text == "on" and not piece.words[0].text.endswith("s")


def _bare_name(
    piece: Piece,
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    person: bool = False,
) -> bool:
    """A lone word that stands like a name: no hyphen, no role, no demonym ("German"), and
    in German no adjective before it ("ein deutliches Signal") and, for a person, no article;
    an organisation may have one ("die Nato") — an English noun ("die Phase") never gets here."""
    word = piece.words[0]
    if "-" in word.text or not name_like(word, lang, lower_words) or role_length([word], 0):
        return False
    if not person and english_noun(bare(word.text)):
        return False  # "Nickel", "Partner", "Critics": words, not names
    if lang == "en":
        return not demonym(bare(word.text))
    at = index.get(word.start, 0)
    before = words[at - 1].text if at > 0 else ""
    adjective = (
        before.islower() and len(before) > 3 and before.endswith(("e", "en", "er", "es", "em"))
    )
    return not ((before.casefold() in _DETERMINERS and person) or (adjective and not person))


def _placed(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, lower_words: frozenset[str]
) -> bool:
    """Whether the words around a lone name make it a place the gazetteers do not know: a
    kind of place after it ("Logar province", "Barry, Berrien and Cass counties") or before it
    ("the county of Huade", "Kanton Bern"), or a preposition of place ("from Xilingol")."""
    at = index.get(piece.start)
    word = piece.words[0]
    text = bare(word.text)
    if at is None or "-" in text or len(text) > 12 or not name_like(word, lang, lower_words):
        return False
    if demonym(text) or english_noun(text) or (lang == "de" and german_word(text)):
        return False  # "in German subsidies", "in Brand geraten", "nach Angaben"
    if lang == "de" and (
        (len(text) > 6 and text.endswith(("ern", "s"))) or (len(text) > 9 and text.endswith("en"))
    ):
        return False  # a plural noun: "aus Halbleitern", "in Roboterautos", "bei Solarmodulen"
    before = words[at - 1].text if at > 0 else ""
    if before.casefold() in PLACE_PREPOSITIONS and not word.sentence_start:
        return True
    if before in PLACE_KINDS and before[:1].isupper():
        return True  # "Kanton Bern", "Provinz Logar"
    if before == "of" and at > 1 and words[at - 2].text in PLACE_KINDS:
        return True
    after = words[at + 1].text if at + 1 < len(words) else ""
    if after in PLACE_KINDS and after.islower():
        return True
    for later in words[at + 1 : at + 12]:  # a list: "Barry, Berrien, … and Van Buren counties"
        if later.text in PLACE_KINDS and later.text.endswith(("ies", "s")) and later.text.islower():
            return True
        if not (later.capital or later.text in ("and", "und")):
            return False
    return False


def _international(word: str, lang: str) -> bool:
    """A name as much at home in English as in German text ("Intel", "Volkswagen", "Nato"),
    where a German noun is rare in English; in English text every capitalised word that is not
    an everyday word counts."""
    if lang != "de":
        return True
    low = word.casefold()
    en, de = zipf_frequency(low, "en"), zipf_frequency(low, "de")
    if low.endswith("s") and zipf_frequency(low[:-1], "en") >= 3.5:
        return False  # an English plural German borrowed: "Smartphones"
    return en >= 3.0 and abs(de - en) < 1.0


def _by_neighbours(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, lower_words: frozenset[str]
) -> EntityKind | None:
    at = index.get(piece.start)
    if at is None:
        return None
    before = words[at - 1].text.casefold() if at > 0 else ""
    after = words[at + 1].text.casefold() if at + 1 < len(words) else ""
    said_before = (
        (before in SPEECH_DE or before in SPEECH_EN)
        and before not in _TO_WHOM
        and not words[at].sentence_start
    )
    if said_before or after in SPEECH_EN or after in SPEECH_DE:
        return EntityKind.PERSON
    if before.endswith(ORG_WORDS) and before not in ("die", "der") and not words[at].sentence_start:
        return EntityKind.ORG
    if (
        not words[at].sentence_start
        and _workplace_or_source(words, at)
        and name_like(words[at], lang, lower_words)
        and not (lang == "de" and german_word(words[at].text))  # "bei Bedarf", "bei der Aufklärung"
    ):
        return EntityKind.ORG
    return None


def _workplace_or_source(words: list[Token], at: int) -> bool:
    """A lone name where one works or where news comes from: "strategist at Miller Tabak",
    "arbeitet bei Bosch", "bei der Telekom", "spokesperson for Amazon", "via USA Today",
    "according to Deadline"."""
    before = [w.text.casefold() for w in words[max(0, at - 2) : at]]
    last = before[-1] if before else ""
    if last in ("at", "bei", "beim", "via"):
        return True
    if len(before) == 2 and last in ("der", "dem") and before[0] == "bei":
        return True
    return len(before) == 2 and (
        before == ["according", "to"] or (last == "for" and before[0].startswith("spokes"))
    )


def _add_roles(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str, lang: str
) -> None:
    """Roles a run did not contain: a lower-case role just before a name ("works council head
    Daniela Cavallo") or one in apposition after it ("Sanae Takaichi, die Vorsitzende der LDP")."""
    for piece in pieces:
        if piece.kind is not EntityKind.PERSON or piece.role:
            continue
        at = index.get(piece.start, 0)
        for size in (2, 1):
            if at - size >= 0 and all(w.text.islower() for w in words[at - size : at]):
                if role_length(words[at - size : at], 0) == size:
                    piece.role = " ".join(w.text for w in words[at - size : at])
                    break
        apposition = _APPOSITION.match(text, piece.end)
        if piece.role or apposition is None:
            continue
        after = index.get(_next_word_start(text, apposition.end()))
        named = (
            0  # one name may qualify the role: ", a China scholar", ", the WikiLeaks co-founder"
        )
        for offset in range(4):
            if after is None or after + offset >= len(words):
                break
            size = role_length(words, after + offset)
            if size:
                piece.role = " ".join(
                    bare(w.text) for w in words[after + offset : after + offset + size]
                )
                break
            if not words[after + offset].text.islower():
                named += 1
                if (
                    named > 1
                    or offset > 1
                    or words[after + offset].text != bare(words[after + offset].text)
                ):
                    break


def _next_word_start(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at
