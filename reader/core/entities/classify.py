"""What one capitalised run is: a role and a person, an organisation, a place, or nothing yet.

The rules in the order a reader applies them: a role word makes the words after it a person
("US-Präsident Donald Trump"); a word for a company before a name makes it an organisation
("Chiphersteller Intel"; `kind_words`), and so do an organisation's head or suffix ("Europäische
Zentralbank", "Toyota Motor Corp.") and an acronym ("NATO"); a name in the gazetteer is a place,
a name ending in "Bridge" or "Palast" a site; two to four words that are names rather than
nouns of the language are a person ("Sanae Takaichi"; `person_names` judges the words). What
is left may still be a variant of a name found elsewhere in the text, which `extraction`
decides once every run has been seen.
"""

from __future__ import annotations

from reader.core.entities import places
from reader.core.entities.clubs import club_in
from reader.core.entities.cues import (
    acronym,
    bare,
    camel_case,
    demonym,
    name_like,
    org_head,
    place_of,
    role_length,
)
from reader.core.entities.datelines import dateline
from reader.core.entities.divisions import business_unit
from reader.core.entities.family_names import inner_particles
from reader.core.entities.first_name_places import opens_a_name
from reader.core.entities.first_names import (
    known_first_name,
    may_begin_a_name,
    plain_first_name,
)
from reader.core.entities.german_runs import body_of
from reader.core.entities.german_words import german_word
from reader.core.entities.introduced import introduced_person
from reader.core.entities.kind_words import named_by_kind
from reader.core.entities.korean_names import korean_pieces
from reader.core.entities.legal_forms import partners_firm
from reader.core.entities.lexicon import (
    LEGAL_FORMS,
    NEVER_NAME,
    ORG_WORDS,
    PARTIES,
    PLACE_HEADS,
    PLACE_QUALIFIERS,
    ROLE_TITLES,
    VESSEL_PREFIXES,
    VESSEL_WORDS_DE,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.name_pronouns import name_syllable
from reader.core.entities.named_heads import field_end
from reader.core.entities.names import Token, common_word, english_noun, everyday
from reader.core.entities.news_titles import outlet_span
from reader.core.entities.offerings import offering_of
from reader.core.entities.org_edges import branch_start, hall_of_fame, opens_a_body
from reader.core.entities.org_shapes import (
    adjective_inside,
    ampersand_firm,
    company_in_full,
    event_of,
    noun_opens_name,
    office_of,
    office_of_a_role,
    one_name_with_and,
    opening,
    position_before_name,
    quote_code,
    regional_branch,
    two_acronyms,
    without_based,
)
from reader.core.entities.outlets import masthead
from reader.core.entities.person_names import (
    INITIAL,
    country_or_region,
    genitive_owner,
    initialled_name,
    name_words,
    person_words,
)
from reader.core.entities.pieces import Piece, known, role_parts, role_start, single
from reader.core.entities.product_names import maker_and_device
from reader.core.entities.role_fields import field_of_role
from reader.core.entities.run_places import party_seat, whole_place
from reader.core.entities.run_words import (
    body_before_person,
    borne,
    first_name_and_surname,
    group_possessive,
    splits_at,
    town_adjective,
)

_SPLITTERS = frozenset("der des den dem the und and".split())
# Pronouns that never begin or end a name, but a company's may hold one after "The".
_PRONOUNS = frozenset("We Our Us You Your It They Their My Me".split())
# What people gather for, ending a name made of words: an event, no body ("Daehak-ro
# Festival", "Anniversary Tour", "Music Awards").
# Colours a product comes in are named with a word before them ("Space Gray", "Rose Gold").
_COLOURS = frozenset("Gray Grey Black White Silver Gold Blue Red Green Pink Purple Yellow".split())
_GATHERINGS = frozenset("Festival Festivals Tour Conference Summit Expo Fair Gala".split())
# Abbreviations that end a club's or a company's name: "Dresdner SC", "Siemens AG".
_CLUB_FORMS = frozenset("SC FC SV TSV AC CF AG SE KG".split())


def classify(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """Split a run into pieces and say what each is (kind None: undecided)."""
    if not run:
        return []  # what is left of a run after a club or an adjective
    run = without_based(run)  # "San Francisco-based": the place the word is made of
    if (two := adjective_inside(run)) is not None:  # "the Delhi-based Council on …"
        return [*classify(two[0], lang, lower_words), *classify(two[1], lang, lower_words)]
    if sum(len(w.text) > 2 and w.text.isupper() for w in run) >= 3:
        return []  # a line in capitals: a table's row or a heading ("HD THE HOME DEPOT INC.")
    if (place := dateline(run, lang)) is not None:  # "TOKYO - …", "ST. JOSEPH, Mich."
        return [place]
    if (paper := masthead(run, lang)) is not None:  # "Kansas City Star": a paper, no city
        return [Piece(EntityKind.ORG, paper)]
    if (title := outlet_span(run)) is not None:  # "Rolling Stone", "laut Kronen Zeitung"
        return [
            *classify(run[: title[0]], lang, lower_words),
            Piece(EntityKind.ORG, run[title[0] : title[1]]),
            *classify(run[title[1] :], lang, lower_words),
        ]
    if (cut := body_before_person(run, lang)) is not None:  # "European Union Gordon Sondland"
        return [Piece(EntityKind.ORG, run[:cut]), *classify(run[cut:], lang, lower_words)]
    if (branch := branch_start(run)) is not None:  # "President Ascom North America"
        return [*classify(run[:branch], lang, lower_words), Piece(EntityKind.ORG, run[branch:])]
    if initialled_name(run):  # "James P. Kennedy Jr.", "Mary E. Lovely": no town, no region
        return [Piece(EntityKind.PERSON, run)]
    if (korean := korean_pieces(run, lang, lambda r: classify(r, lang, lower_words))) is not None:
        return korean  # "Art Director Park Dong Woo", "Lee Ho Jun": however its words read
    whole = whole_place(run, lang)
    if whole is not None:  # "New York City", "South China Sea", "Schloss Bellevue"
        return [whole]
    if (fame := hall_of_fame(run)) is not None:  # "Rock and Roll Hall of Fame Induction"
        return [Piece(EntityKind.ORG, run[:fame])]  # what follows is its event: no name
    if position_before_name(run, lang):
        return classify(run[1:], lang, lower_words)  # "CB Greedy Williams": the player
    if (club := club_in(run, lang)) is not None:  # "SV Teuto Riesenbeck", "Ski-Club Olpe"
        ahead, named, rest = club
        return [
            *classify(ahead, lang, lower_words),
            Piece(EntityKind.ORG, named),
            *classify(rest, lang, lower_words),
        ]
    for at in range(len(run) - 1):
        if bare(run[at].text) != run[at].text and not group_possessive(run[at].text):
            if office_of(run, at, lang):  # "Bartholomew County Sheriff’s Department"
                return [Piece(EntityKind.ORG, run[opening(run) :])]
            # "Vietnam’s Communist Party": two names; not "People's Liberation Army"
            return [
                *classify(run[: at + 1], lang, lower_words),
                *classify(run[at + 1 :], lang, lower_words),
            ]
    if len(run) > 2 and run[0].text in PLACE_QUALIFIERS and places.lookup(bare(run[1].text)):
        return [*classify(run[:2], lang, lower_words), *classify(run[2:], lang, lower_words)]
    if len(run) > 2 and bare(run[0].text) in NEVER_NAME:
        head = whole_place(
            run[:2], lang
        )  # "the New York State Attorney General": a place, then a body
        if head is not None and org_head(run, lang):
            return [Piece(EntityKind.ORG, run)]  # "New York Times", "New York Stock Exchange"
        if head is not None:
            return [head, *classify(run[2:], lang, lower_words)]
    if lang == "en" and len(run) > 2 and run[0].text == "The" and org_head(run, lang):
        if run[1].text in _PRONOUNS:
            return [Piece(EntityKind.ORG, run)]  # "The We Company": a pronoun in its name
    for at in range(1, len(run)):
        if run[at].text in ROLE_TITLES and run[at - 1].text not in ROLE_TITLES:
            # "… Representatives Rt. Hon. B. U. Nzeribe": a title begins a name
            return [*classify(run[:at], lang, lower_words), *classify(run[at:], lang, lower_words)]
        if (
            bare(run[at].text) in NEVER_NAME
            and not run[at].text.islower()
            and run[at - 1].text != "Van"
            and not name_syllable(run, at, lang)  # "Liu He": no pronoun inside a sentence
            and not (org_head(run[: at + 1], lang) and whole_place(run[at:], lang))
        ):  # "University of New Mexico": the body's place, not a new sentence
            # "Tokio Die Börse": a dateline and the sentence after it
            return [*classify(run[:at], lang, lower_words), *classify(run[at:], lang, lower_words)]
    if (
        len(run) > 1 and run[0].text == "The" and not run[0].sentence_start and lang == "en"
        and not any(w.text in ("and", "on") for w in run[1:])  # "The Wrap and Deadline"
        and (len(run) <= 4 and not any(w.text.islower() for w in run) or org_head(run, lang))
    ):  # fmt: skip  # a long title or one with "of the" is a work's: "The Name of the Rose"
        return [Piece(EntityKind.ORG, run)]  # "told The Hill", "The We Company": a title
    while run and (
        (bare(run[0].text) in NEVER_NAME and not opens_a_body(run, lang))
        or run[0].text.islower()
        or (
            run[0].sentence_start
            and len(run) > 1
            and everyday(run[0].text, lang)
            and not role_length(run, 0)
            and not noun_opens_name(run, lang)  # "Business Insider reported"
        )
    ):  # "Allein Meridian Batteries": an adverb opens the sentence
        run = run[1:]
    while run and (
        (run[-1].text.islower() and run[-1].text not in LEGAL_FORMS)  # "Carrow & Sons plc"
        or (len(run) > 1 and quote_code(run[-1]))
    ):
        run = run[:-1]  # "London Metal Exchange CMAL3": the name without its quote's code
    if not run or run[0].text in VESSEL_PREFIXES:
        return []
    if len(run) > 1 and bare(run[0].text).casefold().endswith(VESSEL_WORDS_DE):
        return classify(run[:1], lang, lower_words)  # "US-Flugzeugträger George Washington"
    whole = whole_place(run, lang)
    if whole is not None:  # "In der Südtirol Arena hat sie …"
        return [whole]
    if len(run) > 1 and bare(run[-1].text) in PARTIES and party_seat(run[:-1], lang):
        # "Virginia Democrats", "House Republicans": where they sit, and the party
        return [*classify(run[:-1], lang, lower_words), Piece(EntityKind.ORG, run[-1:])]
    if (
        company_in_full(run) or regional_branch(run, lang) or office_of_a_role(run)
        or business_unit(run)
    ):  # fmt: skip
        # "Lockheed Martin", "Aldi Süd", "Office of the Inspector General", "Mercedes-Benz
        # Vans": no person
        return [Piece(EntityKind.ORG, run)]
    for at in range(len(run)):
        size = role_length(run, at)
        size += (field := field_of_role(run, at + size) if size else 0)  # "Secretary of State …"
        if field and at + size == len(run):  # "Chief Strategy Officer": the title, no name
            return [*classify(run[:at], lang, lower_words), *role_parts(run[at:], lang)]
        if size and at + size < len(run):
            rest = run[at + size :]
            count = name_words(rest, lang)
            if count and org_head(run[at : at + size + count], lang):
                count = 0  # "General Motors": a role word opens a company's name
            if count and places.lookup(" ".join(bare(w.text) for w in run[at : at + size + count])):
                count = 0  # "Königs Wusterhausen": a role word opens a town's name
            if count:
                begin = role_start(run, at, lang)
                role = " ".join(bare(w.text) for w in run[begin : at + size])
                before = classify(run[:begin], lang, lower_words)
                if (
                    before and before[-1].kind is None and len(before[-1].words) == 1
                    and before[-1].end == run[begin - 1].end
                    and "-" not in run[at].text  # "Musk Porsche-Chef Blume": the role has it
                    and not demonym(bare(before[-1].words[0].text))
                    and not town_adjective(before[-1].words[0].text, lang)
                ):  # fmt: skip
                    before[-1].kind = EntityKind.ORG  # "T-Mobile CEO John Legere": the employer
                return [
                    *before,
                    *role_parts(run[begin : at + size], lang),
                    Piece(EntityKind.PERSON, rest[:count], role),
                    *classify(rest[count:], lang, lower_words),
                ]
    return _without_role(run, lang, lower_words)


def _without_role(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    role = introduced_person(run, lang)
    if role is not None:  # "Amerikaner Eric Court", "Spielpartner André Penny"
        return [Piece(EntityKind.PERSON, run[1:], role)]
    if partners_firm(run, lang):
        if bare(run[0].text).casefold().endswith(ORG_WORDS):  # "Kanzlei Brenner & Vogt GmbH"
            return classify(run[1:], lang, lower_words)
        return [Piece(EntityKind.ORG, run)]  # "Bramwell and Yates Ltd", "Carrow & Sons plc"
    splits = [
        i for i, w in enumerate(run)
        if (
            w.text in _SPLITTERS
            and not (i > 0 and run[i - 1].text in ("von", "van", "of", "for", "für"))
            and not one_name_with_and(run, i, lang)
            and not body_of(run, i, lang)
        )
        or (w.text in ("von", "of", "on") and i > 0 and splits_at(run, i, lang, lower_words))
    ]  # fmt: skip
    if any(body_of(run, i, lang) for i in range(len(run))) and not splits:
        return [Piece(EntityKind.ORG, run)]  # "Bundesverband der Deutschen Heizungsindustrie"
    if splits:  # "Spitze der Regierung", "VW und IG Metall": the parts on their own
        at = splits[0]
        return [*classify(run[:at], lang, lower_words), *classify(run[at + 1 :], lang, lower_words)]
    if two_acronyms(run):  # "(ETH & EPFL)": two bodies
        return [Piece(EntityKind.ORG, run[:1]), Piece(EntityKind.ORG, run[1:])]
    if ampersand_firm(run):  # "Frost & Sullivan", "Johnson & Johnson": no person
        return [Piece(EntityKind.ORG, run)]
    if len(run) > 1 and role_length(run, len(run) - 1) and run[-2].text not in ("of", "for"):
        return classify(run[:-1], lang, lower_words)  # "House of Representatives Speaker"
    for at in range(1, len(run) - 1):
        before = bare(run[at - 1].text)
        if (
            known_first_name(bare(run[at].text)) and run[at + 1].capital
            and ((before.isupper() and len(before) > 1) or org_head([run[at - 1]], lang))
        ):  # fmt: skip
            # "DL Sheldon Richardson", "CBS Sports NFL Insider Jason La Canfora": a name
            # begins after an acronym or an organisation's head
            return [*classify(run[:at], lang, lower_words), *classify(run[at:], lang, lower_words)]
    if (
        lang == "en" and 1 < len(run) <= 3 and not run[0].sentence_start
        and common_word(bare(run[0].text), lang) and not org_head(run, lang)
        and run[0].text not in PLACE_QUALIFIERS
        and not any(everyday(bare(w.text), lang) or w.text in NEVER_NAME for w in run[1:])
        and place_of(run[-1].text) is None and bare(run[-1].text) not in PLACE_HEADS
    ):  # fmt: skip
        if first_name_and_surname(run):
            return [Piece(EntityKind.PERSON, run)]  # "Bill Clinton": no name made of words
        if event_of(run) or bare(run[-1].text) in _GATHERINGS:
            return []  # "Anniversary Tour", "Music Awards": an event
        if bare(run[-1].text) in _COLOURS:
            return []  # "Space Gray", "Rose Gold", "Midnight Green": a product's colour
        return [Piece(EntityKind.ORG, run, weak=True)]  # "Home Depot": a name made of words
    kind = named_by_kind(run, lang, lower_words, lambda r: classify(r, lang, lower_words))
    if kind is not None:  # "Universität Bonn", "Chiphersteller Intel", "Stadtwerke Kornheim"
        return kind
    if len(run) > 1 and not name_like(run[0], lang, lower_words) and place_of(run[0].text) is None:
        if not acronym(run[0].text) and not org_head(run, lang):
            parts = single(run[0], lang, lower_words) if "-" in run[0].text else []
            return [*parts, *classify(run[1:], lang, lower_words)]  # "US-Stadt Phoenix"
    if " ".join(bare(w.text) for w in run) in PARTIES:
        return [Piece(EntityKind.ORG, run)]
    if offering_of(run):  # "DB Lounge", "NBA League Pass": the body, not what it offers
        return [Piece(EntityKind.ORG, run[:1])]
    if len(run) > 1 and camel_case(run[0].text) and place_of(run[-1].text) is None:
        # "WeWorkers Coalition", "SoftBank Vision Fund"; not "GiveWell Incubation Grant",
        # what a body hands out
        return [] if event_of(run[1:]) else [Piece(EntityKind.ORG, run)]
    # A club's or company's form ends a name ("Dresdner SC"); any other capitals at the end
    # are as often a model's or a format's ("Lexus LC", "Full HD", "Fargo TV": 1 in 11 right)
    club = bare(run[-1].text) in _CLUB_FORMS
    if len(run) > 1 and acronym(run[0].text) and not org_head(run, lang) and event_of(run[1:]):
        return []  # "ATP Finals", "EIC Accelerator Grants": what a body holds, no body
    if org_head(run, lang) or (len(run) > 1 and (acronym(run[0].text) or club)):
        return [Piece(EntityKind.ORG, run)]  # "IG Metall", "Dresdner SC", "Nippon Steel"
    if len(run) == 1:
        return single(run[0], lang, lower_words)
    if (
        lang == "de"
        and len(run) >= 3
        and german_word(run[0].text)
        and not plain_first_name(run[0].text)
    ):
        return classify(run[1:], lang, lower_words)  # "Kumpel Marcelo Melo"; not "Ulrike …"
    if (
        len(run) >= 3 and known_first_name(bare(run[1].text))
        and not borne(bare(run[0].text))
        and not any(known_first_name(part) for part in run[0].text.split("-")[1:])
        and not org_head(run, lang) and not acronym(run[0].text)
        and not inner_particles(run)  # "Botic van de Zandschulp": "van" is no first name there
    ):  # fmt: skip
        # "Dresdnerin Maja Storck", "Eawag-Umweltchemiker Thomas Hofstetter", "Duo Kimi
        # Räikkönen": a word before a first name is no part of the name ("Hans-Peter Müller"
        # is one: both are first names)
        return [*single(run[0], lang, lower_words), *classify(run[1:], lang, lower_words)]
    if not INITIAL.fullmatch(run[0].text) and not may_begin_a_name(bare(run[0].text)):
        if len(run) >= 3:  # "Ousted WeWork CEO Adam Neumann"
            return [*known(run[:1], lang, lower_words), *classify(run[1:], lang, lower_words)]
        if (
            name_like(run[0], lang, lower_words)
            and not english_noun(bare(run[0].text)) and not acronym(run[0].text)
            and place_of(run[0].text) is None
            and (lang == "en" or maker_and_device(run))
        ):  # fmt: skip
            # "Nintendo Switch", "Sonos Move": a maker no word list knows, and its product
            return [Piece(None, run[:1]), *known(run[1:], lang, lower_words)]
        return known(run, lang, lower_words)  # "Star Trek", "Equine Encephalitis": a title
    if owner := genitive_owner(run, lang, lower_words):  # "Martin Luthers Thesen": a name
        return [
            Piece(EntityKind.PERSON, run[:owner], genitive=True),
            *known(run[owner:], lang, lower_words),
        ]
    if (
        len(run) <= 4
        and person_words(run, lang, lower_words)
        and not any(
            (country_or_region(w.text) or (place_of(w.text) and (lang == "de" or w is run[0])))
            and not (w is run[0] and opens_a_name(run))
            for w in run
        )  # "James Kennedy" in English, "Mary Barra"; not "Hanoi Hilton", "Pekings Dominanz"
    ):
        # "Kestrel Analytics said": a name's words and a field firms take, a firm's shape
        return [Piece(EntityKind.ORG if field_end(run, lang) else EntityKind.PERSON, run)]
    if name_syllable(run, 1, lang):
        return [Piece(EntityKind.PERSON, run)]  # "Liu He": a Chinese name, its syllable a pronoun's
    pieces = [piece for word in run for piece in single(word, lang, lower_words)]
    for piece in pieces:
        piece.fragment = piece.kind is None
    return pieces
