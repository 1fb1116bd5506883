"""One article's entities: classify its capitalised runs, then merge the variants of a name.

`extract` is pure and per source: the store calls it for each source it indexes. After the
runs are classified (`classify`), what is still undecided — a lone "Takaichi" — becomes a
mention of the person whose full name ends (or begins) with it ("Sanae Takaichi"); or a person
when a verb of saying stands beside it ("Takaichi said", "sagte Lagarde"); or an organisation
when a word for a company stands before it ("chipmaker Intel"). What one occurrence shows holds
for every occurrence of the same word in the text. A lone name with no such evidence is taken
for an organisation when it is a name in both languages alike (English capitalises only names;
in German, "Volkswagen" and "Intel" are as frequent in English text as in German, unlike a
German noun), else dropped: a capital letter alone is no evidence in German; in either language
the text must name it twice or own something with it ("Zentrobix's results"), or, in German,
show in its one mention what a body's name carries (`named_once`: "die Nato"). An apposition
says what a name is ("Kosmos, a group co-founded by …"), and so does what companies do
("made by Wistron"; `workplaces`). How the whole text writes a name decides more (`agreement`:
never with an article, listed with an organisation or with nouns, a term or a product), and so
does the list of the companies of the main stock indices (`companies`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate

from reader.core.entities import (
    clubs,
    described_things,
    foreign_bodies,
    german_people,
    glued_names,
    known_names,
    layout,
    misnamed,
    namesakes,
    other_languages,
    product_lines,
    product_names,
    programs,
    quoted_names,
    seat_names,
    surnames,
    thing_heads,
    undecided,
    variants,
)
from reader.core.entities.acronym_lists import acronym_lists
from reader.core.entities.added_roles import add_roles
from reader.core.entities.affiliate_marks import affiliate_brands
from reader.core.entities.agreement import (
    maker_of,
    products,
    runs_between_organisations,
    spelt_out_terms,
    terms,
)
from reader.core.entities.app_things import without_app_things
from reader.core.entities.apposed_people import apposed_people
from reader.core.entities.articled_words import articled_first_words
from reader.core.entities.association_names import association_names
from reader.core.entities.bands import bands
from reader.core.entities.bei_bodies import bei_bodies
from reader.core.entities.body_extents import extents
from reader.core.entities.campuses import campus_names
from reader.core.entities.cited_names import cited_names
from reader.core.entities.classify import classify
from reader.core.entities.coined_words import without_coined_words
from reader.core.entities.compound_places import compound_places
from reader.core.entities.departments import department_bodies
from reader.core.entities.divisions import units
from reader.core.entities.editions import without_editions
from reader.core.entities.event_bodies import event_bodies
from reader.core.entities.evidence import (
    agencies,
    market_index,
    market_indices,
)
from reader.core.entities.examples import whole_examples
from reader.core.entities.figures import figure_entities
from reader.core.entities.first_name_places import without_evidence
from reader.core.entities.founded_sites import founded_sites
from reader.core.entities.founder_names import founder_names
from reader.core.entities.german_bodies import adjective_openers, bodies_for, national_bodies
from reader.core.entities.german_nouns import nouns_not_places
from reader.core.entities.german_runs import noun_after_name, with_adjectives
from reader.core.entities.german_sites import german_sites
from reader.core.entities.glued_citations import without_glued_citations
from reader.core.entities.glued_marks import marked_names
from reader.core.entities.grade_acronyms import grade_acronyms
from reader.core.entities.group_kinds import group_names, not_kinds
from reader.core.entities.jurisdictions import joined_places
from reader.core.entities.kind_first_bodies import kind_first_bodies
from reader.core.entities.lettered_options import lettered_options
from reader.core.entities.listed_words import listed_bodies
from reader.core.entities.loan_phrases import loan_phrases
from reader.core.entities.maker_models import maker_models
from reader.core.entities.member_genitives import member_genitives
from reader.core.entities.model import EntityKind, Found
from reader.core.entities.model_letters import drop_model_letters
from reader.core.entities.name_headings import heading_names
from reader.core.entities.named_sites import named_sites
from reader.core.entities.names import runs, tokens
from reader.core.entities.neighbours import time_not_place
from reader.core.entities.not_names import code, letter, scholarly, truncated
from reader.core.entities.noun_phrases import (
    counted_things,
    kinds_before_names,
    kinds_not_bodies,
    nouns_described,
    things_of_names,
)
from reader.core.entities.numbered import numbered, tickers
from reader.core.entities.office_genitives import genitive_offices
from reader.core.entities.org_nominatives import nominative_orgs
from reader.core.entities.owned import owned_things
from reader.core.entities.owned_events import owned_events
from reader.core.entities.particles import opening_names
from reader.core.entities.party_names import lower_case_parties
from reader.core.entities.peoples import without_peoples
from reader.core.entities.pieces import Piece
from reader.core.entities.player_sides import player_sides
from reader.core.entities.possessive_shops import possessive_shops
from reader.core.entities.press_outlets import press_outlets
from reader.core.entities.product_nouns import not_companies
from reader.core.entities.ranks import rank_not_place
from reader.core.entities.region_codes import region_codes
from reader.core.entities.regional_bodies import served_places
from reader.core.entities.registered import associations
from reader.core.entities.result_lines import result_sides
from reader.core.entities.river_towns import towns_on_rivers
from reader.core.entities.school_courses import without_courses
from reader.core.entities.share_buttons import without_share_rows
from reader.core.entities.short_forms import short_terms
from reader.core.entities.shouted import shouted
from reader.core.entities.single_quoted import single_quoted_titles
from reader.core.entities.small_brands import small_brands
from reader.core.entities.small_letter_terms import small_letter_terms
from reader.core.entities.small_print import without_small_print
from reader.core.entities.state_towns import towns_before_states
from reader.core.entities.streets import postcode_towns, streets
from reader.core.entities.styled_names import styled_names
from reader.core.entities.substances import substances
from reader.core.entities.teams import place_teams
from reader.core.entities.territorial import territorial_names
from reader.core.entities.thing_acronyms import thing_acronyms
from reader.core.entities.thing_marks import marked_things
from reader.core.entities.titled_outlets import titled_outlets
from reader.core.entities.titled_works import without_title_words
from reader.core.entities.towns import towns
from reader.core.entities.venues import venues
from reader.core.entities.von_bodies import von_bodies
from reader.core.entities.whole_bodies import whole_bodies
from reader.core.entities.workplaces import workplaces
from reader.core.entities.year_clubs import year_clubs

# Web addresses, handles and hashtags are no names; blanked (same length, so offsets hold).
_URLS = re.compile(r"https?://\S+|www\.\S+|pic\.twitter\.com/\S+|[@#]\w+")


# Raise when the rules change what they find: the library then indexes every source anew.
RULES_VERSION = 295


def language(lang: str | None) -> str:
    """The rules' language for a source's language code: German or else English."""
    return "de" if (lang or "").casefold().startswith("de") else "en"


def extract(reading_text: str, lang: str | None) -> list[Found]:
    """The people, organisations, places and figures of one text, each with its spans; a name
    split by a non-breaking space or a line break ("TÜV\xa0Thüringen") shown split by a space."""
    if other_languages.other_language(lang):  # "pt", "id": what its words cannot mislead
        found = other_languages.kept(_extract(reading_text, "en"))
    else:
        found = _extract(reading_text, lang)
    return [f if (name := " ".join(f.name.split())) == f.name else replace(f, name=name) for f in found]


def _extract(reading_text: str, lang: str | None) -> list[Found]:
    if _SOFT_HYPHEN in reading_text:  # "Bevöl\xadke\xadrung": one word, not three
        return _without_soft_hyphens(reading_text, lang)
    lang = language(lang)
    reading_text = without_small_print(reading_text)  # "… are trademarks of Apple Inc."
    blanked = _URLS.sub(lambda m: " " * len(m.group()), reading_text)
    words = tokens(blanked)
    if lang == "de":
        words = layout.unglued(words)  # "BibelGrundlage", "GesangbuchLieder": a glued menu
    words = glued_names.apart(words)  # "Kristi NoemKristi Lynn Noem", "Thomas SpaltFoto/…"
    lower_words = frozenset(w.text.casefold() for w in words if w.text.islower())
    index = {w.start: i for i, w in enumerate(words)}
    name_runs = runs(reading_text, words)
    if lang == "de":  # "Institut der deutschen Wirtschaft": one name
        name_runs = with_adjectives(name_runs, words, reading_text)
    pieces = [p for run in name_runs for p in classify(run, lang, lower_words)]
    if lang == "de":  # "Madelaine Caracas, die Sprecherin …": a woman, not Venezuela's capital
        pieces = apposed_people(pieces, name_runs, words, reading_text)
    pieces = territorial_names(pieces, words, reading_text)  # "Maria von Ungarn"
    pieces = [p for p in pieces if not code(p, reading_text) and not truncated(p, reading_text)]
    pieces = [p for p in pieces if not scholarly(p, reading_text) and not letter(p)]
    pieces = known_names.split(pieces, reading_text)  # "Saharo Mohammed Feuerholz"
    pieces = layout.read(pieces, reading_text, lang)  # "US FALLS", "(ITA)", ", Mich.", ", NY"
    pieces = towns_before_states(pieces, reading_text, lang)  # "Palm Beach, Florida,"
    pieces = towns_on_rivers(pieces, reading_text)  # "Halle/Saale"
    pieces = [p for p in pieces if not time_not_place(p, words, index, lang)]  # "Mitte Oktober"
    pieces = [p for p in pieces if not rank_not_place(p, reading_text)]  # "für Platz 38"
    pieces = seat_names.not_places(pieces, words, index, lower_words, reading_text)  # "ETH Zürich"
    pieces = seat_names.towns_in_names(pieces, reading_text)  # "Papenfuss Weimar", "in Weimar"
    pieces = compound_places(pieces, reading_text)  # "Bad-Tölz-Wolfratshausen"
    towns(pieces, words, index, reading_text, lang)  # "Weltcup in Hochfilzen"
    if lang == "de":
        pieces = nouns_not_places(pieces, words, index, reading_text)  # "das Essen"
    pieces = opening_names(pieces, reading_text)  # "Van der Bellen": no town of Turkey
    pieces = place_teams(pieces, reading_text, lang)  # "Dallas beat Boston 112-104"
    without_evidence(pieces, words, index, reading_text)  # "Mary's Center": no place
    undecided.decide(pieces, words, index, lang, lower_words, reading_text)
    listed_bodies(pieces, words, index, lang, lower_words, reading_text)
    between = runs_between_organisations(pieces, name_runs, reading_text)  # "Moon Express"
    pieces = sorted([*pieces, *between], key=lambda p: p.start) if between else pieces
    pieces = whole_examples(pieces, words, reading_text)  # "companies …, Intuitive Machines"
    pieces = workplaces(pieces, words, name_runs, lang, lower_words)  # "strategist at Miller Tabak"
    pieces = department_bodies(pieces, words, index)  # "Head of Platform Solutions for Ascom"
    pieces = whole_bodies(pieces, words, reading_text)  # "Ministry of Trade, Industry and Energy"
    pieces = campus_names(pieces, words, index, reading_text)  # "University of Texas at Austin"
    if lang == "de":
        pieces = adjective_openers(pieces, words, reading_text)  # "Technische Universität …"
        pieces = founder_names(pieces, words, reading_text)  # "die Leibniz Universität …"
        pieces = national_bodies(pieces, words, reading_text)  # "die Deutsche Bahn"
        pieces = bodies_for(pieces, words, reading_text)  # "… für politische Bildung"
        pieces = member_genitives(pieces, words, reading_text)  # "… unabhängiger Experten"
        pieces = joined_places(pieces, words, reading_text)  # "… für München und Oberbayern"
        pieces = extents(pieces, words, index, reading_text)  # "Industrie- und …", "… am Main"
        pieces = served_places(pieces, words, reading_text)  # "… und Forschung Thüringen"
        noun_after_name(pieces, reading_text)  # "MinusL Joghurt": MinusL
        pieces = units(pieces, words, index, reading_text)  # "VW Nutzfahrzeuge": one name
        pieces = things_of_names(pieces, reading_text)  # "VSGE Webseiten" beside "der VSGE"
        pieces = kinds_not_bodies(pieces, lower_words)  # "Alternative Pensionsfonds"
        pieces = counted_things(pieces, words, index, reading_text)  # "eine Bundesbehörde"
        pieces = nouns_described(pieces, words, index, reading_text)  # "die zivile Allianz"
        pieces = kinds_before_names(pieces, reading_text)  # "Großbank UniCredit"
        pieces = german_people.not_people(pieces, words, index)  # "die Yon-Ka Produkte"
    pieces = product_lines.not_people(pieces)  # "Yon-Ka Serum", "Yon-Ka Gommage"
    if lang == "de":
        pieces = german_people.not_things(pieces, words, index)  # "einer Daiwa Caldia"
    pieces = quoted_names.not_people(pieces, reading_text)  # „Jané Koos“, „San Giorgio“-Brücke
    pieces = thing_heads.not_people(pieces, reading_text)  # "the Hoa Lo prison"
    foreign_bodies.bodies(pieces)  # "Universidade Federal Fluminense"
    sites = cited_names(blanked, reading_text, words, lang, pieces)  # "(Image credit: X)"
    sides = result_sides(reading_text, words, lang)  # "Wild 4, Sabres 1:", "Cocoa d. Viera"
    sides += player_sides(reading_text, words, lang)  # "Salina South diver Keetan Munsell"
    sites += sides
    sites += heading_names(reading_text, words)  # "LAURA DECKER" over her portrait
    outlets = titled_outlets(reading_text, words)  # "in der Zeitung „Die Welt“"
    outlets += affiliate_brands(reading_text, words, lang)  # "die Maus von Vealind*"
    outlets += event_bodies(reading_text)  # "im IBU Cup", "the UEFA Nations League"
    outlets += press_outlets(reading_text, words, lang)  # "die Ausgabe des Cicero"
    outlets += bands(reading_text, words, lang)  # "the Goo Goo Dolls", "die Toten Hosen"
    sites += outlets
    bodies = acronym_lists(reading_text, words)  # "Universitäten: UFRJ UFMG UFBA"
    bodies += marked_names(reading_text, words, lang)  # "Shares of Yahoo! fell"
    bodies += possessive_shops(reading_text, words)  # "Joe's Diner", "Muthu’s Restaurant"
    sites += bodies
    romance, glosses = foreign_bodies.romance_bodies(words, reading_text, lang)
    sites += romance  # "Alianza Cívica por la Justicia y la Democracia"
    if lang == "en":
        sites += lower_case_parties(reading_text, words)  # "the Communist party"
    if lang == "de":
        sites += associations(reading_text, words)  # "die Wirtschaftsweiber e.V."
        groups = group_names(reading_text, words)  # "die Miliz Hisbollah", "Die PARTEI"
        pieces = not_kinds(pieces, groups, words)  # "Satire-Partei": the kind, no name
        sites += groups
        sites += kind_first_bodies(reading_text, words, lang)  # "die Stiftung Warentest"
        sites += association_names(reading_text, words, lang, pieces)  # "das Netzwerk Recherche"
        sites += year_clubs(reading_text, words)  # "der TSV 1860 München"
        sites += bei_bodies(reading_text, words, pieces)  # "im Fachhandel bei Fressnapf, …"
        sites += von_bodies(reading_text, words, pieces)  # "wie beispielsweise von Ortovox, …"
        sites += styled_names(reading_text, words)  # "das deutsche Label bleed"
        addresses = streets(reading_text, words)  # "in der Rheinstraße", "Kornhausstr. 146"
        sites += addresses + venues(reading_text, words, addresses)  # "Kornhaus Dessau, …"
        sites += postcode_towns(reading_text, words)  # "Zum Saaleblick 11, 06114 Halle"
        sites += german_sites(reading_text, words)  # "am Werbellinsee", "im Kinzigtal"
    pieces = _outside([*pieces, *small_brands(words)], [*sites, *glosses])  # "creditshelf plant"
    pieces = sorted([*pieces, *agencies(words), *sites], key=lambda p: p.start)
    indices = market_indices(words)
    pieces = [p for p in pieces if not market_index(p, indices)]
    makers = frozenset(
        p.text(reading_text) for p in pieces if p.kind is EntityKind.ORG and len(p.words) == 1
    )
    pieces = [q for p in pieces for q in maker_of(p, makers, lang)]  # "DJI Mavic Mini"
    common = terms(reading_text, lang) | products(words, makers, reading_text, lang)  # "MacBook Pro"
    common |= numbered(words, reading_text) | tickers(reading_text)  # "540 Nm", "(HSI)"
    common |= spelt_out_terms(pieces, words, reading_text, lang)  # "Human Landing System (HLS)"
    common |= small_letter_terms(words, reading_text)  # "hypersensitivity pneumonitis, or HP"
    common |= short_terms(pieces, words, reading_text, lang)  # "Electron Shuttles, kurz EES"
    common |= loan_phrases(pieces, reading_text, lang)  # "mit Social Media", "im Tiny House"
    common |= region_codes(words, reading_text)  # "Wallisellen/ZH", "(1515 m, TI, seit 1951)"
    common |= grade_acronyms(reading_text)  # "Leithaberg DAC", "AAA titles"
    common |= substances(reading_text, lang) | marked_things(reading_text)  # "1 cup X", "X 2.0"
    common |= thing_acronyms(reading_text, lang)  # "the new MEB platform", "MFA-Websites"
    common |= layout.quoted_titles(pieces, reading_text, lang)  # 'on "DWTS."'
    common |= single_quoted_titles(pieces, reading_text)  # "the theme ‘The Medium is …’"
    common -= {p.text(reading_text) for p in bodies}  # listed as bodies: no maker's product
    common -= {p.text(reading_text) for p in sides}  # "Jets 2, Predators 1:": a score, no model
    common -= {p.text(reading_text) for p in outlets}  # 'podcast "Ground Game"', "AFP*": no work
    pieces = [
        p for p in pieces if not (p.kind is EntityKind.ORG and p.text(reading_text) in common)
    ]
    pieces = without_app_things(pieces, reading_text, lang)  # "die LUCA-App", "the Fitbit app"
    pieces = [p for p in pieces if not shouted(p, reading_text, lang)]  # "DANKE an alle"
    pieces = without_editions(pieces, reading_text)  # "BOOT TULLN 2022": a fair, no body
    pieces = lettered_options(pieces, reading_text)  # "Eating Plan A", "Eating Plan B"
    pieces = without_share_rows(pieces)  # "FacebookTwitterPinterestE-MailWhatsApp"
    pieces = without_coined_words(pieces, reading_text)  # "leanFIRE … LeanFIRE"
    pieces = without_peoples(pieces)  # "at the expense of the Kurds"
    pieces = without_title_words(pieces, reading_text)  # "Handbook of Life Support Systems"
    named_sites(pieces, reading_text)  # "held at Belmarsh prison": the prison, a place
    founded_sites(pieces, reading_text)  # "eine „Japan Tech Bridge“ gegründet": a body
    pieces = misnamed.correct(pieces, reading_text)  # "Apple said", "Mac Pro", trademark notices
    pieces = programs.not_bodies(pieces, reading_text)  # "als Protokolle stehen IKEv2 …"
    pieces = not_companies(pieces, reading_text)  # "various MacBook models"
    surnames.not_companies(pieces, words, reading_text, lang)  # "Braun" of "Scooter Braun"
    pieces = owned_things(pieces, reading_text, lang)  # "Apple's AirPods"
    pieces = described_things.described_things(pieces, reading_text, lang)  # "X, a game"
    pieces = owned_events(pieces, reading_text, lang)  # "Salesforce's Dreamforce conference"
    pieces = product_names.products(pieces, words, reading_text)  # "Nissan Sentra"
    pieces = drop_model_letters(pieces, name_runs, lang, reading_text)  # "Fossil Hybrid HR"
    clubs.numbered(pieces, words, index, reading_text)  # "1. FC Nürnberg", "TV Fürth 1860"
    pieces = articled_first_words(pieces, reading_text, lang)  # "der Dokumentar": no first name
    pieces = maker_models(pieces, reading_text)  # "Ascom Myco" of "Ascom announces"
    pieces = without_courses(pieces, reading_text)  # "AP Biology", "AP exams": no agency
    pieces = without_glued_citations(pieces, reading_text)  # "RKI Epidemiologisches Bulletin"
    if lang == "de":  # "Sprecherin des Bundesrats Anna Berg": her office, and the body
        genitive_offices(pieces, words, index, reading_text)
    add_roles(pieces, words, index, reading_text)
    found = variants.people(pieces, reading_text)
    found += variants.organisations(pieces, reading_text)
    if lang == "de":  # "des Bundesministeriums der Verteidigung": the Bundesministerium
        found = nominative_orgs(found, reading_text)
    found += namesakes.placed(variants.places(pieces, reading_text, lang))  # "Frankfort, Ky."
    found += figure_entities(reading_text, lang)
    return found


_SOFT_HYPHEN = "\u00ad"


def _without_soft_hyphens(text: str, lang: str | None) -> list[Found]:
    """The entities of a text whose words carry soft hyphens (where a browser may break a
    line: "Bevöl\xadke\xadrung", "Wei\xadne"), read without them — split there, a word's
    halves looked like names no language has — with their spans in the text as written."""
    kept = [at for at, char in enumerate(text) if char != _SOFT_HYPHEN]
    found = extract("".join(text[at] for at in kept), lang)
    return [
        replace(f, spans=tuple((kept[start], kept[end - 1] + 1) for start, end in f.spans))
        for f in found
    ]


def _outside(pieces: list[Piece], sites: list[Piece]) -> list[Piece]:
    """The pieces that overlap none of `sites`. A binary search over the sites in text order
    and the furthest end among those begun so far: a long text has sites by the thousand, and
    asking each piece about each site took most of the time on a 5 MB article."""
    spans = sorted((s.start, s.end) for s in sites)
    starts = [start for start, _ in spans]
    reach = list(accumulate((end for _, end in spans), max))
    kept = []
    for piece in pieces:
        begun = bisect_left(starts, piece.end)  # the sites that begin before the piece ends
        if begun == 0 or reach[begun - 1] <= piece.start:
            kept.append(piece)
    return kept
