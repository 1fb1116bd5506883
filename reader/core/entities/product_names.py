"""Products are neither people nor organisations: car models ("Nissan Sentra", "Ford Mustang"),
concept cars and editions ("ID. Space Vizzion Concept", "Zamazenta Edition") and devices
("Brydge Pro Keyboard"). Read as names they were given to people (a maker that looks like a
surname: "Nissan", "Porsche") or to organisations (a model name alone: "Sentra", "Mustang").

From general knowledge: the makers of cars and of consumer electronics, whose names the text
puts before their models; the words that end a product's name (an edition, a concept, a
variant, a device); the nouns for a kind of vehicle, which follow a model's name ("the Sentra
compact sedan", "the Mustang performance car"; German writes them into the run: "Golf Kombi").
A maker is the organisation, in any mention — never a person unless a role stands before it
("President Ford"); a mention of someone the text names in full ("Harrison Ford … Ford said")
still joins that person when the variants are merged.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from reader.core.entities.brand_makers import before_model, maker_of, opens_product
from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, camel_case, org_head
from reader.core.entities.divisions import business_unit, line_of_business
from reader.core.entities.first_names import first_name_frequency, known_first_name
from reader.core.entities.lexicon import PLATFORMS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, english_headword
from reader.core.entities.pieces import Piece

# Makers of cars and of consumer electronics whose names stand before their models.
_CAR_MAKERS = frozenset(
    """acura alfa audi bentley bmw bugatti buick byd cadillac chevrolet chevy chrysler citroen
    citroën cupra dacia dodge ferrari fiat ford gmc honda hyundai infiniti jeep kia lamborghini
    lexus maserati mazda mclaren mercedes mitsubishi nio nissan opel peugeot polestar porsche
    renault rivian skoda škoda subaru suzuki tesla
    toyota vauxhall volkswagen volvo vw xpeng mercedes-benz rolls-royce""".split()
)
_DEVICE_MAKERS = frozenset(
    """acer apple asus dell fitbit fujifilm garmin google
    gopro htc huawei lenovo logitech microsoft motorola nikon nintendo nokia nvidia oneplus oppo
    panasonic razer samsung sony xiaomi amazon bose dyson hp jbl meta sennheiser sonos
    canon olympus leica epson toshiba hitachi bosch miele anker netgear dji""".split()
)
MAKERS = _CAR_MAKERS | _DEVICE_MAKERS
# Makers named in two words, whose second word alone reads as a surname or a first name
# ("Aston Martin Vantage" is no "Martin Vantage").
_TWO_WORDS = frozenset({("aston", "martin"), ("alfa", "romeo"), ("land", "rover")})
# The last word of a product's name: an edition, a concept, a variant, a device ("PD Car
# Charger", "Gaming Monitor", "Smart Thermostat").
_PRODUCT_ENDS = frozenset(
    """Concept Edition Pro Max Plus Ultra Hybrid e-tron Laptop Keyboard Notebook Smartphone
    Tablet Controller Headphones Earbuds Konzept Sonderedition Tastatur Kopfhörer Kombi
    Limousine Coupé Cabrio Roadster Kompaktwagen Geländewagen Sportwagen Tourer Avant
    Sportback Allroad Charger Chargers Monitor Monitors Thermostat Soundbar Router Webcam
    Headset Earphones Drone Printer Projector Ladegerät Lautsprecher Drucker""".split()
)
# How common a first name a maker must be to open a person's name where English and German are
# read (`first_name_frequency`'s scale: "Mary" 9): none of the makers is; "Kia", "Dell" are rare.
_FIRST_NAME = 3
# Nouns for a kind of vehicle after a model's name ("Sentra sedan"), or "car" after a word for
# its class ("Mustang performance car"; "a Uber car" says nothing).
_CLASS = r"(?:compact|performance|electric|hybrid|sports|luxury|midsize|mid-size|full-size|subcompact|concept|family)"
_VEHICLE = re.compile(
    rf"\b([A-Z][\w-]*)(?: {_CLASS})? (?:sedan|SUV|pickup|hatchback|coupe|crossover|"
    rf"convertible|minivan|roadster|supercar|wagon)s?\b|\b([A-Z][\w-]*) {_CLASS} cars?\b"
)
_LAST_WORD = re.compile(r"(\w+) $")
# Words after a maker that make the organisation's own name: "Ford Motor", "Toyota Financial".
_OWN_NAME = frozenset(
    """Motor Motors Financial Foundation Bank Credit Electronics Research Holding Group
    Automobile Deutschland Germany Platforms Studios Web Holdings Racing""".split()
)


def maker_and_device(run: list[Token]) -> bool:
    """In German, where a capital says less: a maker of devices or cars before a device or a
    service named in words of the dictionary or as brands write ("die Microsoft HoloLens",
    "Google Glasses", "Samsung SDI"), the maker an organisation; a model's name of no
    dictionary after it is a car's, and the run that car ("ein roter Chevrolet Camaro")."""
    return bare(run[0].text).casefold() in MAKERS and all(
        english_headword(w.text) or camel_case(w.text) or acronym(w.text) for w in run[1:]
    )


def products(pieces: list[Piece], words: list[Token], text: str) -> list[Piece]:
    """`pieces` with products read as such: a run ending in a product's word dropped; a run
    opened by a maker cut to the maker; a model's name (after a maker, before a kind of
    vehicle) dropped in every mention; a maker alone an organisation — rather than undecided,
    rather than a person, and rather than a place ("Nissan", a French village) when the text
    names its models."""
    pieces = [_without_generation(p) for p in _two_word_makers(pieces, words)]
    models, makers = _models(words, text)
    models |= _from_makers(pieces, text)
    out: list[Piece] = []
    at = {word.start: i for i, word in enumerate(words)}
    surnames = _surnames(pieces, text)
    for piece in pieces:
        begin, after = at.get(piece.start, 0), at.get(piece.words[-1].start, len(words)) + 1
        if before_model(
            piece, words[begin - 1] if begin else None, words[after] if after < len(words) else None
        ):
            out.append(maker_of(piece))  # a maker no list knows, before its model's code
            continue
        if piece.kind is None:
            if _maker_alone(piece) or (
                len(piece.words) == 1 and bare(piece.words[0].text).casefold() in makers
            ):  # "Samsung cut the price"; "Ford is rolling out …" where it names "Ford Mustang"
                piece.kind = EntityKind.ORG
            out.append(piece)
            continue
        first = bare(piece.words[0].text)
        if piece.kind is EntityKind.PLACE:
            if _after_maker(piece, text):
                continue  # "Hyundai Tucson": the car, not the city
            if first.casefold() in makers:
                piece = Piece(EntityKind.ORG, piece.words[:1])  # "NISSAN SENTRA": Nissan
            out.append(piece)
            continue
        if len(piece.words) > 1 and _product_end(piece):
            if opens_product(piece):
                out.append(maker_of(piece))  # "Brydge Pro Keyboard": Brydge
            continue  # "Vizzion Concept"
        if len(piece.words) > 1 and _maker_first(piece) and not business_unit(piece.words):
            out.append(Piece(EntityKind.ORG, piece.words[:1]))  # "Nissan Sentra": Nissan
            continue
        if first in models:
            continue  # "Sentra", "Mustang", "Taycan Turbo"
        if len(piece.words) == 1 and piece.kind is EntityKind.PERSON and first.casefold() in MAKERS:
            if not piece.role and (first not in surnames or first.casefold() in makers):
                # "from Nissan"; not "Ford created …" where the text names "John M. Ford" and
                # no Ford car: his surname (the text's models make it the maker again)
                piece.kind = EntityKind.ORG
            elif surnames[first] > 1:
                piece.kind = None  # "John M. Ford", "Dale Ford" … "Ford": which one, none says
        out.append(piece)
    return _makers_of_models(out, words, makers)


# A model's generation written before it: "MkII Ford Escort", "Mk2 Golf".
_GENERATION = re.compile(r"Mk\.?(?:[IVX]+|\d+)")


def _without_generation(piece: Piece) -> Piece:
    """A run opened by a model's generation as the model's name alone, which the maker's rules
    read then: "MkII Ford Escort" is the Ford Escort, and Ford its maker."""
    words = piece.words
    if len(words) < 2 or not _GENERATION.fullmatch(words[0].text):
        return piece
    return Piece(piece.kind, words[1:], piece.role)


def _surnames(pieces: list[Piece], text: str) -> Counter[str]:
    """The last words of the people the rules read in full ("John M. Ford", "Dale Ford"), each
    with how many people bear it: a maker's name alone that is one of them is as likely that
    person's as the maker's, and one that several bear is nobody's in particular."""
    return Counter(
        bare(words[-1].text)
        for words in {
            p.text(text): p.words
            for p in pieces
            if p.kind is EntityKind.PERSON and len(p.words) > 1
        }.values()
    )


def _makers_of_models(
    pieces: list[Piece], words: list[Token], makers: frozenset[str]
) -> list[Piece]:
    """`pieces` with each maker the text writes before a model ("die Panasonic Lumix
    DMC-FZ100", "meine Canon PowerShot A2500", "a Samsung Galaxy S21") that no piece holds: the
    run was read as one product and went, the maker named in it is an organisation. The model
    is a name of no dictionary or a word with a number after it ("Galaxy S21", "Pixel 6"):
    before words only ("Toyota Music Factory") the maker names a venue. A car's maker stays
    part of the car ("ein roter Mazda Kolvaro": the car is what the text speaks of)."""
    if not makers:
        return pieces
    spans = [(p.start, p.end) for p in pieces]
    added = [
        Piece(EntityKind.ORG, [word])
        for word, model, then in zip(words, words[1:], [*words[2:], None], strict=False)
        if bare(word.text).casefold() in makers & _DEVICE_MAKERS
        and (
            not english_headword(bare(model.text))
            or (then is not None and any(c.isdigit() for c in then.text))
        )
        and not any(start < word.end and word.start < end for start, end in spans)
    ]
    return sorted([*pieces, *added], key=lambda p: p.start) if added else pieces


def _from_makers(pieces: list[Piece], text: str) -> frozenset[str]:
    """Names the text says come from an organisation, listed as products are ("the Falcon Heavy
    and Starship from SpaceX, Vulcan from United Launch Alliance"): a name of one or two words
    right before "from" and an organisation — not an acronym, a service people post on, a
    listed company or a body by its head ("Instagram from Facebook", "NASA from …")."""
    found = set()
    for piece, maker in pairwise(pieces):
        if maker.kind is not EntityKind.ORG or text[piece.end : maker.start] != " from ":
            continue
        name = piece.text(text)
        if (
            piece.kind in (EntityKind.ORG, None)
            and len(piece.words) <= 2
            and not acronym(name)
            and name not in PLATFORMS
            and not listed(name)
            and not org_head(piece.words, "en")
        ):
            found.add(name)
    return frozenset(found)


def _two_word_makers(pieces: list[Piece], words: list[Token]) -> list[Piece]:
    """`pieces` with a two-word maker read as one organisation, whatever runs overlapped it
    ("Martin Vantage", "Alfa"): the model after it goes with them."""
    named = [
        (a, b) for a, b in pairwise(words)
        if b.start == a.end + 1 and (bare(a.text).casefold(), bare(b.text).casefold()) in _TWO_WORDS
    ]  # fmt: skip
    if not named:
        return pieces
    out: list[Piece] = []
    for piece in pieces:
        hit = [(a, b) for a, b in named if piece.start < b.end and a.start < piece.end]
        if not hit or (piece.start == hit[0][0].start and _own_name(piece)):
            out.append(piece)  # "Alfa Romeo F1 Team", "Aston Martin Racing"
        elif not any(p.start == hit[0][0].start for p in out):
            out.append(Piece(EntityKind.ORG, list(hit[0])))  # "Aston Martin"
    return out


def _own_name(piece: Piece) -> bool:
    """Whether a run opened by a two-word maker is the maker's own body ("Alfa Romeo Racing",
    "Alfa Romeo F1 Team")."""
    words = piece.words
    return (
        org_head(words, "en")
        or org_head(words, "de")
        or (len(words) > 2 and bare(words[2].text) in _OWN_NAME)
    )


def _after_maker(piece: Piece, text: str) -> bool:
    """Whether a maker's name stands just before the piece ("Hyundai Tucson", "Kia Sorento")."""
    before = _LAST_WORD.search(text, max(0, piece.start - 30), piece.start)
    return before is not None and before.group(1).casefold() in MAKERS


def _maker_alone(piece: Piece) -> bool:
    """Whether a word the rules left undecided names a maker: not one that is also a word
    ("Ford", "Dodge") or a first name ("Kia", "Mercedes"), which need the text's evidence."""
    word = bare(piece.words[0].text)
    return (
        len(piece.words) == 1
        and word.casefold() in MAKERS
        and not english_headword(word.casefold())
        and ("-" in word or not known_first_name(word))  # "Mercedes-Benz": no "Hans-Peter"
    )


def _product_end(piece: Piece) -> bool:
    """Whether the run ends in a product's word and is no body ("Audi Sport GmbH" ends in a
    body's suffix)."""
    return bare(piece.words[-1].text) in _PRODUCT_ENDS and not org_head(piece.words, "en")


def _maker_first(piece: Piece) -> bool:
    """Whether a maker opens the run and a model follows ("Ford Mustang"), not the maker's own
    longer name ("Ford Motor", "Volkswagen Group") nor a person whose common first name it is
    ("Kia Soul" is the car: "Kia" is a rare first name here)."""
    first, second = bare(piece.words[0].text), bare(piece.words[1].text)
    if first.casefold() not in MAKERS or second in _OWN_NAME or line_of_business(second):
        return False  # "VW Nutzfahrzeuge", "BMW Bank": a unit of the maker
    if (first.casefold(), second.casefold()) in _TWO_WORDS:
        return False  # "Alfa Romeo": the maker whole
    if org_head(piece.words, "en") or org_head(piece.words, "de"):
        return False
    return not (piece.kind is EntityKind.PERSON and first_name_frequency(first) >= _FIRST_NAME)


def _models(words: list[Token], text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names the text writes right after a maker ("Nissan Sentra", "NISSAN SENTRA") or
    before a kind of vehicle ("the Sentra compact sedan"), and the makers (casefolded) it
    writes before a model."""
    found = {m.group(1) or m.group(2) for m in _VEHICLE.finditer(text)}
    makers: set[str] = set()
    for before, word, after in zip([None, *words], words, words[1:], strict=False):
        if after.start != word.end + 1 or text[word.end] != " " or word.text != bare(word.text):
            continue  # "Apple's AirPods": what it owns (`owned`), not always its model
        maker, name = bare(word.text).casefold(), bare(after.text)
        two = before is not None and (bare(before.text).casefold(), maker) in _TWO_WORDS
        if (two or maker in MAKERS) and name[:1].isupper() and name.title() not in _OWN_NAME:
            found |= {name, name.title()}  # "Nissan Sentra", "Aston Martin Vantage"
            makers |= set() if two else {maker}
    return frozenset(w for w in found if w.casefold() not in MAKERS), frozenset(makers)
