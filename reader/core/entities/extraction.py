"""One article's entities: classify its capitalised runs, then merge the variants of a name.

`extract` is pure and per source: the store calls it for each source it indexes. After the
runs are classified (`classify`), what is still undecided — a lone "Takaichi" — becomes a
mention of the person whose full name ends (or begins) with it ("Sanae Takaichi"); or a person
when a verb of saying stands beside it ("Takaichi said", "sagte Lagarde"); or an organisation
when a word for a company stands before it ("chipmaker Intel"). What one occurrence shows holds
for every occurrence of the same word in the text. A lone name with no such evidence is taken
for an organisation when it is a name in both languages alike (English capitalises only names;
in German, "Volkswagen" and "Intel" are as frequent in English text as in German, unlike a
German noun), else dropped: a capital letter alone is no evidence in German; in English the
text must name it twice or own something with it ("Zentrobix's results"). An apposition
says what a name is ("Kosmos, a group co-founded by …"), and so does what companies do
("made by Wistron"; `workplaces`). How the whole
text writes a name decides more (`agreement`: never with an article, listed with an
organisation or with nouns, a term or a product), and so does the list of the companies of the
main stock indices (`companies`).
"""

from __future__ import annotations

import re
from collections import Counter

from reader.core.entities import layout, misnamed, other_languages, surnames, variants
from reader.core.entities.added_roles import add_roles
from reader.core.entities.agreement import (
    listed_with_nouns,
    listed_with_organisation,
    maker_of,
    neuter_nouns,
    products,
    terms,
    unarticled,
)
from reader.core.entities.classify import classify
from reader.core.entities.companies import listed
from reader.core.entities.cues import bare, camel_case, demonym, name_like
from reader.core.entities.evidence import (
    agencies,
    first_name_alone,
    market_index,
    market_indices,
    member_of,
    outlet_sites,
    team,
)
from reader.core.entities.first_name_places import without_evidence
from reader.core.entities.frequency import zipf as zipf_frequency
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind, Found
from reader.core.entities.model_letters import drop_model_letters
from reader.core.entities.names import (
    Token,
    common_word,
    english_noun,
    english_verb_form,
    runs,
    tokens,
)
from reader.core.entities.neighbours import (
    after_article,
    after_contraction,
    bare_name,
    by_neighbours,
    international,
    named_place,
    on_platform,
    time_not_place,
)
from reader.core.entities.numbered import numbered, tickers
from reader.core.entities.org_shapes import head_compound, letters_and_digits
from reader.core.entities.person_names import german_compound, german_word
from reader.core.entities.pieces import Piece
from reader.core.entities.places import Place
from reader.core.entities.workplaces import described, made_by, workplaces

_GROUP = re.compile(r"G(?:5|7|8|10|20|77)")  # "G7", "G20": groups of states ("G3" is a chip)
# Web addresses, handles and hashtags are no names; blanked (same length, so offsets hold).
_URLS = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|[@#]\w+")


# Raise when the rules change what they find: the library then indexes every source anew.
RULES_VERSION = 68


def language(lang: str | None) -> str:
    """The rules' language for a source's language code: German or else English."""
    return "de" if (lang or "").casefold().startswith("de") else "en"


def extract(reading_text: str, lang: str | None) -> list[Found]:
    """The people, organisations, places and figures of one text, each with its spans."""
    if other_languages.other_language(lang):  # "pt", "id": what its words cannot mislead
        return other_languages.kept(extract(reading_text, "en"))
    lang = language(lang)
    blanked = _URLS.sub(lambda m: " " * len(m.group()), reading_text)
    words = tokens(blanked)
    lower_words = frozenset(w.text.casefold() for w in words if w.text.islower())
    index = {w.start: i for i, w in enumerate(words)}
    name_runs = runs(reading_text, words)
    pieces = [p for run in name_runs for p in classify(run, lang, lower_words)]
    pieces = [p for p in pieces if not _code(p, reading_text) and not _truncated(p, reading_text)]
    pieces = layout.read(pieces, reading_text, lang)  # "US FALLS", "(ITA)", ", Mich.", ", NY"
    pieces = [p for p in pieces if not time_not_place(p, words, index, lang)]  # "Mitte Oktober"
    without_evidence(pieces, words, index, reading_text)  # "Mary's Center": no place
    _decide(pieces, words, index, lang, lower_words, reading_text)
    _listed(pieces, words, index, lang, lower_words, reading_text)
    pieces = workplaces(pieces, words, name_runs, lang, lower_words)  # "strategist at Miller Tabak"
    sites = outlet_sites(blanked, words)  # "(Motorsport-Total.com)"
    pieces = [p for p in pieces if not any(s.start <= p.start < s.end for s in sites)]
    pieces = sorted([*pieces, *agencies(words), *sites], key=lambda p: p.start)
    indices = market_indices(words)
    pieces = [p for p in pieces if not market_index(p, indices)]
    makers = frozenset(
        p.text(reading_text) for p in pieces if p.kind is EntityKind.ORG and len(p.words) == 1
    )
    pieces = [q for p in pieces for q in maker_of(p, makers, lang)]  # "DJI Mavic Mini"
    common = terms(reading_text) | products(words, makers, reading_text)  # "ICUs", "MacBook Pro"
    common |= numbered(words, reading_text) | tickers(reading_text)  # "540 Nm", "(HSI)"
    common |= layout.quoted_titles(pieces, reading_text, lang)  # 'on "DWTS."'
    pieces = [
        p for p in pieces if not (p.kind is EntityKind.ORG and p.text(reading_text) in common)
    ]
    pieces = misnamed.correct(pieces, reading_text)  # "Apple said", "Mac Pro", trademark notices
    surnames.not_companies(pieces, words, reading_text, lang)  # "Braun" of "Scooter Braun"
    pieces = drop_model_letters(pieces, name_runs, lang, reading_text)  # "Fossil Hybrid HR"
    add_roles(pieces, words, index, reading_text)
    found = variants.people(pieces, reading_text)
    found += variants.organisations(pieces, reading_text)
    found += variants.places(pieces, reading_text, lang)
    found += variants.figures(reading_text)
    return found


def _listed(
    pieces: list[Piece],
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    text: str,
) -> None:
    """Names listed with an organisation are organisations ("AT&T, Comcast and T-Mobile",
    "Anteile an Siemens, BASF, Daimler und BMW"), unless the text shows them to be a person's
    or, in German, which lists nouns with a capital too ("Smartphone und Tablet"), they are
    words of the language."""
    people = {bare(w.text) for p in pieces if p.kind is EntityKind.PERSON for w in p.words}
    for at in listed_with_organisation(pieces, text):
        piece = pieces[at]
        if (
            all(name_like(w, lang, lower_words) for w in piece.words)
            and not people & {bare(w.text) for w in piece.words}
            and not first_name_alone(piece, words, index, lang)
            and not (lang == "de" and any(_german(bare(w.text)) for w in piece.words))
        ):
            piece.kind = EntityKind.ORG


def _german(word: str) -> bool:
    """A word, which in German a capital does not make a name ("Strom", "Personal"), or one
    English text never writes ("Luftschadstoffe"; a company's name travels: "Daimler"; a
    listed company is no English word here: "Continental")."""
    return (
        german_word(word) or german_compound(word) or common_word(word, "de")
        or (english_noun(word) and not listed(word))
        or zipf_frequency(word.casefold(), "en") < 1.0
    )  # fmt: skip


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
    if any(letters_and_digits(w.text) and not _GROUP.fullmatch(w.text) for w in piece.words):
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
    text: str,
) -> None:
    """Give the undecided pieces a kind by their neighbours, then by what the same word was
    elsewhere in the text, then (organisations) by how both languages use the word."""
    undecided = [p for p in pieces if p.kind is None]
    for piece in undecided:
        kind = by_neighbours(piece, words, index, lang, lower_words)
        if kind is EntityKind.PERSON and (
            not bare_name(piece, words, index, lang, lower_words, person=True)
            or (lang == "de" and german_word(bare(piece.words[0].text)))
        ):
            kind = None  # "Die Logistikbranche warnte", "kündigte Proteste an": no name
        if (
            kind is EntityKind.ORG
            and lang == "de"
            and listed_with_nouns(words, index[piece.start], text)
        ):
            kind = None  # "bei Personal, Material und Strom"
        piece.kind = kind
    # "Google said": a verb of saying makes a person of a company too; other evidence wins
    spoken = {id(p) for p in undecided if p.kind is EntityKind.PERSON}
    known: dict[str, EntityKind] = {}
    for piece in sorted(pieces, key=lambda p: id(p) in spoken):
        if piece.kind in (EntityKind.PERSON, EntityKind.ORG) and len(piece.words) == 1:
            known.setdefault(bare(piece.words[0].text), piece.kind)
    parts = {
        bare(w.text) for p in pieces if p.kind is EntityKind.PERSON and id(p) not in spoken
        for w in p.words
    }  # fmt: skip
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
        if p.kind is None and named_place(p, words, index, lang, lower_words)
    }  # fmt: skip
    teams = {
        bare(p.words[0].text) for p in undecided if lang == "en" and team(p, words, index, lower_words)
    }  # fmt: skip
    names = unarticled(words, lang, lower_words)
    mentions: dict[str, list[int]] = {}
    for p in undecided:
        if p.start in index:
            mentions.setdefault(bare(p.words[0].text), []).append(index[p.start])

    def among_nouns(word: str) -> bool:  # asked only of the words that get that far
        return lang == "de" and any(
            listed_with_nouns(words, at, text) for at in mentions.get(word, ())
        )

    nouns = neuter_nouns(words, lang)
    for piece in undecided:
        word = bare(piece.words[0].text)
        if (piece.kind is None or id(piece) in spoken) and word in known:
            piece.kind = known[word]
        elif piece.kind is None and word in PLATFORMS:
            piece.kind = EntityKind.ORG  # "auf Twitter": a service, whatever the dictionary says
        elif piece.kind is None and word in teams and word[:-1] not in parts:
            piece.kind = EntityKind.ORG  # "the Chargers", and "for Browns pass rusher" with it
        elif piece.kind is None and camel_case(word) and word not in parts and piece.start in index:
            piece.kind = EntityKind.ORG  # "WeWork", "SoftBank": written as brands write
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
            if (
                (described(piece, text) or made_by(piece, words, index))
                and name_like(piece.words[0], lang, lower_words)
                and not first_name_alone(piece, words, index, lang)
            ):
                piece.kind = EntityKind.ORG  # "Ring, the doorbell maker", "made by Wistron"
                continue
            # a listed company needs no mention inside a sentence ("Boeing delivered 40 jets")
            if (
                lang == "en"
                and word not in mid_sentence
                and not (listed(word) and not english_noun(word))
            ):
                continue  # "Soybean purchases will resume": capitalised by the sentence
            if piece.fragment:
                continue  # "Sierra" of "Sierra Nevada foothills": part of a name not known
            if (
                listed(word)
                and not english_noun(word)  # "Target", "Next", "Shell": words first
                and piece.start in index  # not the end of "Japan-USA-Allianz"
                and bare_name(piece, words, index, lang, lower_words)
                and not (
                    lang == "de"
                    and (
                        german_word(word)
                        or (
                            after_article(piece, words, index)
                            and not head_compound(word)  # "die Commerzbank"; not "die Allianz"
                        )
                    )
                )
                and not first_name_alone(piece, words, index, lang)
            ):
                piece.kind = EntityKind.ORG  # "Comcast", "Rheinmetall": a listed company
                continue
            if first_name_alone(piece, words, index, lang):
                continue  # "his wife, Kimberly", "Lena hat": a first name alone is no company
            if (
                bare_name(piece, words, index, lang, lower_words)
                and international(word, lang)
                and word not in nouns  # "dem Smartphone"
                and not after_contraction(piece, words, index, lang)
                and not among_nouns(word)  # "Fahrzeugen, Diesel und Strom", in every mention
                # in English a word of no dictionary named once, with nothing that says what
                # it is, is as often a person's, a drug's or a festival's ("Diwali", "Suboxone")
                and (lang == "de" or seen[word] > 1 or word in possessive)
                and not (lang == "en" and english_verb_form(word))  # "Emerging markets"
            ):
                piece.kind = EntityKind.ORG
            elif (
                word in names
                and name_like(piece.words[0], lang, lower_words)
                and not german_word(word)
                and not german_compound(word)
                and not demonym(word)
                and not among_nouns(word)
            ):
                piece.kind = EntityKind.ORG  # "Apple will …", "arbeitet Apple": no article
            elif (
                lang == "en"
                and english_noun(word)
                and len(word) > 2  # "Start 'Em, Sit 'Em": no name
                and (
                    mid_counts[word] > 1
                    or on_platform(piece, words, index)
                    or word in possessive  # "Apple's AirPods": a name owns things
                )
            ):
                # "on Twitter", "Twitter users": a word English writes with a capital only
                # as a name, again and again inside sentences
                if name_like(piece.words[0], lang, lower_words) and not demonym(word):
                    piece.kind = EntityKind.ORG
