"""German nouns that are also places: "das Essen", "zu Mitte des Spieles", "zu den
Top-Favoriten", "aus Laub" (where the text writes "Das Laub").

German capitalises every noun, so a town whose name is a noun ("Essen", "Mitte", "Favoriten",
"Halle") looks like the town wherever the noun stands, and a noun after a preposition of place
("aus Laub", "auf der Website") like a place no gazetteer knows. The text tells them apart: a
noun stands after an article, a determiner or a possessive ("das Essen", "etwas Essen", "dein
Essen", "den Top-Favoriten") or before a genitive ("Mitte des Spieles"); a town is written so
in hardly any German sentence. An adjective before it tells nothing of a foreign town ("im
südkoreanischen Busan"), but before a town whose name is a German word it makes the word the
noun in that mention ("gutes Essen", "die eigene Mitte"), as a list of German nouns does
("wie Essen oder Schlafen", "Schulen und Kitas").

What one mention shows holds for the word in the whole text: once the text has written it as a
noun, a mention is the town only with a place's evidence — a preposition of place before it
("in Essen", "nach Halle") or a kind of place beside it ("Stadt Essen") — and the others are
no entity at all. Only towns are judged so: German writes regions with an article too ("die
Steiermark", "das Burgenland"), and a country is no noun. A region whose name is the plural
of a common noun ("Marken", Le Marche) is the region only with a place's evidence beside it.
"""

from __future__ import annotations

import re
from functools import cache

from reader.core.entities.cues import bare, place_of
from reader.core.entities.german_words import german_word
from reader.core.entities.lexicon import PLACE_KINDS, PLACE_PREPOSITIONS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, dictionary_word, english_noun
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf

# Words that stand before German nouns and before no town's name.
BEFORE_NOUNS = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    keiner dieser diese dieses diesen diesem jeder jede jedes jeden jedem welche welcher
    welches etwas viel viele vielen wenig wenige mehr weniger genug allem alle allen
    im ins zum zur vom beim am ans ums""".split()
) | frozenset(
    f"{stem}{end}" for stem in ("mein", "dein", "sein", "ihr", "unser", "euer")
    for end in ("", "e", "en", "em", "er", "es")
)  # fmt: skip
# The polite "your", capitalised mid-sentence: no part of a town's name as "Den" of "Den Haag".
_FORMAL = frozenset(f"Ihr{end}" for end in ("", "e", "en", "em", "er", "es"))
_GENITIVES = frozenset(("des", "der"))
# Prepositions of place German writes before a town ("bei Essen", "von Halle nach Leipzig").
_PLACE_PREPOSITIONS_DE = PLACE_PREPOSITIONS | {"bei", "von", "ab", "bis"}
# Endings a German noun takes in the plural or the dative ("Websites", "Auswegen").
_ENDINGS = ("s", "n", "en", "e", "es")
# How German (and Slavic, Italian) place names end: their last part ("-burg", "-dorf",
# "-hausen", "-see", "-straße") or their ending ("-ow", "-itz", "-ing", "-ach", "-a").
_PLACE_TAILS = tuple(
    """berg burg dorf heim hausen stadt städt feld wald bach au aue see hof hofen ingen kirchen
    kirch rode hagen brück brücke furt tal thal born brunn horst mühle münster weiler zell markt
    damm hafen insel land kamp eck grund wörth werder wiese rain ried stein fels kreuz linde holz
    hain garten straße strasse weg platz allee ufer gasse ring park tor turm hütte haus häuser
    heide moor bad schloss lohe loh leben stedt büttel wik wiek beck beek büll kogel kofel spitze
    alm alp alpe bühl bühel höhe graben ow itz witz in a o i y ing ach ich mund ede ecke agen ath
    ern""".split()
)
# Endings only nouns have ("Konvertierung", "Gesundheit", "Harnstoff", "Übernahme").
_NOUN_ENDINGS = (
    "ion", "ionen", "ung", "ungen", "heit", "keit", "schaft", "ität", "ismus", "nahme", "stoff",
    "stoffe", "stoffen",
)  # fmt: skip


def written_as_nouns(words: list[Token], text: str) -> frozenset[str]:
    """The capitalised words a German text writes as nouns, each also under the stems its
    plural endings may hide ("Websites": "Website")."""
    nouns: set[str] = set()
    for at, word in enumerate(words):
        if word.capital and _noun_here(words, at, text):
            written = bare(word.text).rsplit("-", 1)[-1]
            nouns.add(written)
            nouns.update(written.removesuffix(e) for e in _ENDINGS if written.endswith(e))
    return frozenset(nouns)


def _noun_here(words: list[Token], at: int, text: str) -> bool:
    word = words[at]
    before = words[at - 1] if at > 0 else None
    after = words[at + 1] if at + 1 < len(words) else None
    if before is not None and text[before.end : word.start] == " ":
        if before.text.casefold() in BEFORE_NOUNS and (
            before.text.islower() or before.sentence_start  # not "Den Haag", "Des Moines"
            or before.text in _FORMAL  # "in Ihrem Kanton": the polite "you"
        ):
            return True  # "das Essen", "etwas Essen", "zum Essen", "Das Laub"
    if after is not None and after.text in _GENITIVES and text[word.end : after.start] == " ":
        return not word.sentence_start  # "zu Mitte des Spieles"
    return False


def nouns_not_places(
    pieces: list[Piece], words: list[Token], index: dict[int, int], text: str
) -> list[Piece]:
    """The pieces without the mentions of one-word towns and regions that the German text
    writes as nouns, unless the mention itself stands as a place's name."""
    nouns = written_as_nouns(words, text)
    kept = []
    for piece in pieces:
        one_place = (
            piece.kind is EntityKind.PLACE and len(piece.words) == 1 and piece.place is not None
        )
        if (
            one_place and piece.place is not None
            and piece.place.key.startswith("city:")  # "die Steiermark": a region has one
            and bare(piece.words[0].text) in nouns
            and not _placed(piece, words, index)
        ):  # fmt: skip
            continue
        if (
            one_place and piece.place is not None and piece.place.key.startswith("city:")
            and _noun_here_alone(piece, words, index, text)
        ):  # fmt: skip
            continue
        if _room(piece, words, index, text):
            continue
        if (
            one_place and piece.place is not None and piece.place.key.startswith("region:")
            and plural_noun(bare(piece.words[0].text))
            and not _placed(piece, words, index)
        ):  # fmt: skip
            continue  # "Viele Marken nutzen …"; "in Marken und Umbrien" is Le Marche
        kept.append(piece)
    return kept


def plural_noun(name: str) -> bool:
    """A name that is the plural of a common German noun ("Marken", the German name of Le
    Marche, of "Marke"), no place's genitive ("Europas"): German writes the noun far more
    often than the region, so only a preposition of place or a kind of place beside it makes
    a mention the region. A rare name that ends so is none ("Maule": "Maul" + "e"), nor one
    whose stem English writes as much ("Bayern": "Bayer", the company)."""
    low = name.casefold()
    if zipf(low, "de") < 4.0:
        return False
    return any(
        low.endswith(end)
        and zipf(low[: -len(end)], "de") >= 4.0
        and zipf(low[: -len(end)], "de") - zipf(low[: -len(end)], "en") >= 1.0
        for end in ("n", "en", "e")
    )


# An inflected adjective or determiner in small letters: "gutes", "eigene", "neue"; not a
# preposition ("gegen Essen", "über Essen nach Dortmund").
_INFLECTED = re.compile(r"[a-zäöüß]{2,}(?:e|en|er|es|em)")
_PREPOSITIONS = frozenset("gegen neben zwischen über unter hinter wegen binnen entgegen".split())
_CONJUNCTIONS = frozenset(("und", "oder", "sowie"))


def _noun_here_alone(piece: Piece, words: list[Token], index: dict[int, int], text: str) -> bool:
    """One mention of a town whose name is a German word, written as the noun: after an
    inflected adjective ("gutes Essen", "in die eigene Mitte") or listed with German nouns
    that are no places ("Schulen und Kitas", "wie Essen oder Schlafen"). A foreign town after
    an adjective is none ("im südkoreanischen Busan"), nor one after a preposition ("nach
    Essen", "gegen Essen") or listed with towns ("Essen und Bochum") or after a comma ("der
    Moderne, München": an address)."""
    at = index.get(piece.start)
    word = bare(piece.words[0].text)
    if at is None or not german_word(word) or _placed(piece, words, index):
        return False
    before = words[at - 1] if at > 0 else None
    if (
        before is not None and text[before.end : piece.start] == " "
        and _INFLECTED.fullmatch(before.text)
        and before.text.casefold() not in _PREPOSITIONS
    ):  # fmt: skip
        return True  # "gutes Essen", "die eigene Mitte"
    joined = [
        words[at + 2 * step] for step in (-1, 1)
        if 0 <= at + 2 * step < len(words) and words[at + step].text in _CONJUNCTIONS
    ]  # fmt: skip
    return any(w.capital and german_word(w.text) and place_of(w.text) is None for w in joined)


def _placed(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """A preposition of place before the mention or a kind of place beside it."""
    at = index.get(piece.start)
    if at is None or words[at].sentence_start:
        return False
    before = words[at - 1].text if at > 0 else ""
    after = words[at + 1].text if at + 1 < len(words) else ""
    return (
        before.casefold() in _PLACE_PREPOSITIONS_DE or before in PLACE_KINDS or after in PLACE_KINDS
    )


def noun_not_place(word: str) -> bool:
    """A German noun that a preposition of place made look like a place no gazetteer knows
    ("aus Harnstoff", "in Abstellraum", "aus Bioabfall", "in Impfdosen"): a word only German
    writes (English text never), with no place name's ending, that ends in a noun's ending or
    in a common German noun ("-raum", "-abfall", "-zucker", "-nähe"). A foreign place
    ("Afrin", "Tokaj") is written in English too, a German village ends like one
    ("Rummelsburg", "Friedrichsfelde", "Kleinmachnow"). Towns of the gazetteer are looked up
    before and never asked."""
    low = word.casefold()
    if not low.isalpha() or zipf(low, "en") > 0:
        return False
    if any(low.removesuffix(end).endswith(_PLACE_TAILS) for end in ("", "e", "n", "en")):
        return False
    if low.endswith(_NOUN_ENDINGS):
        return True
    return any(_german_noun(low[cut:]) for cut in range(2, len(low) - 3))


def word_not_place(word: str) -> bool:
    """A word German writes that is English's noun for a material or a substance, spelt alike
    or as German spells it ("aus Kork": cork, "aus Propan, Butan": propane, butane, "aus
    Granit", "aus Methanol"): after "aus" or "in" it is what a thing is made of or lies in,
    not a place the gazetteers do not know. A foreign place German names is no English noun
    ("aus Afrin", "nach Gorleben", "in Moria", which English writes no more than German)."""
    low = word.casefold()
    if zipf(low, "de") < 2.0:
        return False  # "Bachmut", "Lützerath": no word of German's
    spelt = {low, f"{low}e", f"c{low[1:]}" if low.startswith("k") else low}
    return any(english_noun(form) for form in spelt) or (
        dictionary_word(low) and zipf(low, "en") > zipf(low, "de")
    )


def _german_noun(tail: str) -> bool:
    """A common German word of four letters or more, also before a plural ending."""
    forms = [tail, *(tail.removesuffix(e) for e in ("en", "n", "e") if tail.endswith(e))]
    return any(
        len(form) >= 4 and zipf(form, "de") >= 3.3 and zipf(form, "de") - zipf(form, "en") >= 1.0
        for form in forms
    )


@cache
def _language_names() -> frozenset[str]:
    from babel import Locale

    return frozenset(
        name for lang in ("en", "de") for name in Locale(lang).languages.values() if " " not in name
    )


def language_name(word: str) -> bool:
    """A language's name in English or German (CLDR): after "in" or "auf" the language one
    speaks or teaches in, no place ("Unterricht in Sinhala", "written in Tamil")."""
    return word in _language_names()


# "Platz" as room taken or made ("Platz nehmen", "Platz gemacht"): verbs that follow a square's
# name as its subject ("Der Rote Platz hat …", "… bietet …") are left out.
_ROOM_VERBS = frozenset(
    "nehmen nimmt nahm nahmen genommen machen gemacht geboten gefunden geschaffen".split()
)
_NUMBER = re.compile(
    r"\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|hundert"
)


def _room(piece: Piece, words: list[Token], index: dict[int, int], text: str) -> bool:
    """A site "… Platz" that is room for a number of people or things ("sechs Personen Platz")
    or room taken or given ("im Auditorium Platz genommen"): no square. A square's name is
    no count's ("Potsdamer Platz"), nor followed by such a verb."""
    if (
        piece.kind is not EntityKind.PLACE
        or len(piece.words) != 2
        or piece.words[1].text != "Platz"
    ):
        return False
    at = index.get(piece.start, 0)
    after = at + 2
    if after < len(words) and words[after].text in _ROOM_VERBS:
        return not text[piece.end : words[after].start].strip()
    return at > 0 and _NUMBER.fullmatch(words[at - 1].text.casefold()) is not None
