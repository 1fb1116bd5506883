"""Single-word cues: what one word says about the name it belongs to — a role ("Präsidentin",
"CEO"), an organisation's head ("…bank", "Ministry", "AG"), an acronym, a place (also in the
genitive or in capitals), a demonym ("German"), or a word no name is made of ("Kündigungen").
`classify` reads runs of words with these.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from reader.core.entities import places
from reader.core.entities.borne_names import widely_borne
from reader.core.entities.first_names import known_first_name, personal_name, plain_first_name
from reader.core.entities.held_offices import office_after_hyphen
from reader.core.entities.lexicon import (
    DEGREES,
    NEVER_NAME,
    NOT_ORG_ACRONYMS,
    ORG_COMPOUND_HEADS,
    ORG_HEADS_DE,
    ORG_HEADS_EN,
    ORG_SUFFIXES,
    PARTY_ACRONYMS,
    ROLE_ENDINGS_DE,
    ROLE_TITLES,
    ROLE_WORDS_EN,
    SHORT_OFFICES_DE,
)
from reader.core.entities.named_heads import named_head, titled
from reader.core.entities.names import Token, common_word, dictionary_word, english_noun, frequent
from reader.core.word_frequency import WORDS_REMEMBERED
from reader.core.word_frequency import zipf as zipf_frequency

_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}|[A-Z][a-z]?[A-Z]{1,4}|G\d{1,2}")
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# A ruler's or a pope's number, II to XXIX: no acronym ("King Edward IV", "Benedikt XVI.").
REGNAL = re.compile(r"(?=[IVX]{2})X{0,2}(?:IX|IV|V?I{0,3})")
_COMPOUND_PREFIXES = ("bundes", "landes", "staats", "reichs", "welt", "europa", "general")
# How often English text must write a one-word bank for it to be a name that travels
# ("Postbank" 1.45, "Commerzbank" 2.1; German's kinds of bank: 0), and how often German writes
# the part before "bank" for it to be a word ("Förder" 2.9; "Commerz" 2.2, "Targo" 1.6).
_TRAVELS = 1.4
_GERMAN_PART = 2.5
_CENTRES = frozenset("center centre centers centres institutes".split())
# What makes a "Center" an institution rather than a site ("Staples Center", "Music Center"):
# the work it does — care, research, policy, custody, forecasting ("Space Flight Center", "Tax
# Policy Center", "Metropolitan Correctional Center", "National Hurricane Center").
_INSTITUTES = frozenset(
    """Medical Cancer Health Research Trauma Flight Policy Correctional Detention Treatment
    Rehabilitation Prediction Hurricane Intelligence Counterterrorism Law""".split()
)
# Endings of German nouns and adjectives that no family or first name has.
GERMAN_NOT_NAMES = (
    "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen",
    "ität", "itäten", "ismus", "ische", "ischen", "ischer", "isches", "liche",
    "lichen", "licher", "liches", "ige", "igen", "iger", "iges", "bare", "baren", "barer",
)  # fmt: skip


# A capital inside a word after small letters: how brands write their names ("WeWork",
# "SoftBank", "PolitiFact", "WhatsApp"); not "McKinley", "MacBook".
# Not after a surname's or first name's particle: "McKinley", "DeSantis", "DelGiorno", "DiCaprio",
# "LeBron", "LaMelo", "DeAndre", "JaVale" are people ("DeWalt" and "DiDi" go to other cues).
_CAMEL = re.compile(
    r"(?!(?:Ma?c|De|Del|Dal|Di|Da|Du|La|Le|Ja)[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]{2,}[A-Za-z]*"
)


# German's capital "I" for women and men alike after a noun for a person ("LehrerIn",
# "StudentIn", "GeneralsuperintendentinnenIn"): a noun of the language, never a brand's name
# ("LinkedIn", "PlugIn" end otherwise).
_BINNEN_I = re.compile(r"(?:er|ent|ant|ist|eur|or|innen)In$")


def camel_case(word: str) -> bool:
    """A brand's way of writing its name: no person's, no place's ("WeWork", "ZDNet",
    "JPMorgan"; not "McKinley" or "LeBron", nor a plural acronym "CEOs", nor a degree "PhD",
    nor a German noun for women and men alike, "AntragstellerInnen", "LehrerIn")."""
    text = bare(word)
    return (
        bool(_CAMEL.fullmatch(text))
        and text not in DEGREES
        and not text.endswith("Innen")
        and not _BINNEN_I.search(text)
    )


@lru_cache(maxsize=WORDS_REMEMBERED)
def bare(word: str) -> str:
    """A word without its possessive ending: "Japan's" → "Japan"."""
    return _POSSESSIVE.sub("", word) if word[-1:] in ("s", "’", "'") else word


def role_length(words: list[Token], at: int) -> int:
    """How many words from `at` make a role ("Prime Minister", "Finanzministerin",
    "Präsidenten", "CEO")."""
    return _role_length(tuple(w.text for w in words[at : at + 3]))


@lru_cache(maxsize=WORDS_REMEMBERED)
def _role_length(texts: tuple[str, ...]) -> int:
    if not texts:
        return 0
    low = [bare(text).casefold() for text in texts]
    for size in (3, 2, 1):
        if len(low) >= size and " ".join(low[:size]) in ROLE_WORDS_EN:
            return size
    if texts[0] in SHORT_OFFICES_DE and not (len(texts) > 1 and known_first_name(texts[1])):
        return 0  # "Min. Temperature": a minimum; "Min. Petra Lang" is a minister
    if texts[0] in ROLE_TITLES:  # "Dr.", "Rt. Hon."
        return 2 if len(texts) > 1 and texts[1] in ROLE_TITLES else 1
    if office := office_after_hyphen(texts[0]):  # "President-elect", "Secretary-designate"
        return 1 if _role_length((office,)) == 1 else 0
    if texts[0][:3] in ("Ex-", "ex-") and len(texts[0]) > 3:  # "Ex-CEO", "ex-President"
        return 1 if _role_length((texts[0][3:],)) == 1 else 0
    word = low[0]
    if len(word) > 6 and word.endswith(_SCIENTISTS) and word.isalpha():
        return 1  # "immunologist", "physician", "photographer", "Soziologin"
    for stem in (
        word,
        word[:-1] if word.endswith(("s", "n")) else "",
        word[:-2] if word.endswith("en") else "",
    ):
        tail = stem.rsplit("-", 1)[-1]
        if stem and len(tail) > 3 and tail.endswith(ROLE_ENDINGS_DE):
            return 1  # "Vizekanzler", "EZB-Präsidentin", "Regierungschefs"
    return 0


# Who works in a field, by the word's ending in either language: the -ologists, -icians,
# -graphers, -icists and chemists of science and news ("immunologist", "geneticist",
# "biochemist", "Biologin").
_SCIENTISTS = ("ologist", "ician", "grapher", "icist", "chemist", "ologe", "ologin")


# A German role word's case and number endings, tried shortest first so that "Abgeordneten"
# keeps its "e" ("Abgeordnete") while "Präsidenten" loses "en": the weak nouns (Präsident,
# Experte, Abgeordnete), datives (Ministern), genitives (Regierungschefs), "Ministerinnen".
_ROLE_INFLECTIONS = ("s", "n", "en", "nen")


# The articles a genitive object after an office opens with ("Sprecherin des Bundesrats").
_GENITIVE_ARTICLES = frozenset("des eines".split())


def role_base(role: str) -> str:
    """A role as a who's who lists it, whatever case its sentence put it in: "mit dem
    philippinischen Präsidenten Ferdinand Marcos Jr." gives "Präsident", "des früheren
    Regierungschefs Shinzo Abe" "Regierungschef". Only a German role word at the phrase's end
    changes; "Premierministerin" and English roles ("Prime Minister", "analyst") stay as
    written, and so does a genitive object after its office ("Sprecherin des Bundesrats",
    "Sprecher des Präsidenten": whose spokesman, in the case "des" puts it)."""
    head, space, last = role.rpartition(" ")
    low = last.casefold()
    if head.rpartition(" ")[2] in _GENITIVE_ARTICLES:
        return role
    if low in ROLE_WORDS_EN or low.rsplit("-", 1)[-1].endswith(ROLE_ENDINGS_DE):
        return role
    for ending in _ROLE_INFLECTIONS:
        stem = low.removesuffix(ending) if low.endswith(ending) else ""
        tail = stem.rsplit("-", 1)[-1]
        if len(tail) > 3 and tail.endswith(ROLE_ENDINGS_DE):
            return f"{head}{space}{last[: len(stem)]}"
    return role


def org_head(words: list[Token], lang: str) -> bool:
    """Whether the run's last word heads or ends an organisation's name."""
    if titled(words):
        return False  # "Dr. Peter Capital": a person
    last = bare(words[-1].text)
    if last in ORG_SUFFIXES and len(words) > 1:
        return True
    for before, joiner in pairwise(words[:-1]):
        if joiner.text in ("of", "for", "für", "on") and (
            head_word(low := bare(before.text).casefold()) or low in _CENTRES
        ):
            # "Bank of Japan", "Department of Commerce", "Ministerium für Wirtschaft", "Centers
            # for Disease Control and Prevention" (a centre alone is a site: "Staples Center")
            return True
    low = last.casefold()
    if len(words) > 1 and (low in ORG_HEADS_EN or named_head(words, lang)):
        return True  # "Bank of Japan"; "Redfield Health", "Marlow School District"
    if len(words) > 1 and low == "design" and not _word(bare(words[-2].text)):
        return True  # "Zurek Design", "Moroso Design": a studio; not "Lighting Design"
    if len(words) > 1 and low in ("center", "centre") and bare(words[-2].text) in _INSTITUTES:
        return True  # "Memorial Medical Center", "Fred Hutchinson Cancer Center": a hospital
    if "-" in low and last[:1].isupper():
        name, head = last.rsplit("-", 1)
        if (
            head.casefold() in ORG_HEADS_DE
            and head.casefold() not in ORG_COMPOUND_HEADS
            and head.casefold() != "organisation"  # "Public-Health-Organisation": a kind
        ):
            return not any(place_of(part) for part in name.split("-")) and not (
                common_word(name, "de") and name[1:].islower()
            ) and not (
                head.casefold().startswith("klinik") and name.casefold() in _CLINIC_KINDS
            )  # "Ishin-Partei"; not "Autor-Verlag", "Kinder-Partei": a noun says what kind
    low = head_stem(low)  # "Rundfunks", "Bundestages"
    if not low.endswith(ORG_HEADS_DE):
        return False
    for head in ORG_HEADS_DE:
        if low == head and len(words) > 1 and head != "tag":
            return True  # "Europäische Union", "Auswärtiges Amt"; a "Tag" is a day
        if low.endswith(head) and len(low) > len(head) + 3:
            # "Europäische Zentralbank" (a named one), "Bundesbank", "Umweltbundesamt"; not
            # "Notenbank" alone
            if (
                len(words) > 1
                or low.startswith(_COMPOUND_PREFIXES)
                or low[: -len(head)].endswith(("bundes", "landes"))
                or (head == "bank" and named_bank(low))
            ):
                return True
    return False


# Kinds of clinic German writes before "-Klinik" in words too rare for `common_word` ("in der
# Reha-Klinik", "eine Spezial-Klinik"): a kind, no hospital's own name.
_CLINIC_KINDS = frozenset({"reha", "spezial", "akut", "kur", "sucht", "schmerz", "tages"})


def named_bank(low: str) -> bool:
    """A bank's one-word name: its first part no word of German ("Rabobank", "Targobank",
    "Commerzbank"), or English text writes the whole, as it writes a name that travels
    ("Postbank"); not the kinds of bank German writes in one word, a word before "bank" that
    English never writes ("Datenbank", "Notenbank", "Zentralbank", "Hausbank", "Förderbank",
    "Genossenschaftsbank")."""
    if not low.endswith("bank") or english_noun(low):
        return False  # "Sandbank", "Riverbank": words of English
    if zipf_frequency(low, "en") >= _TRAVELS:
        return True
    first = low.removesuffix("bank")
    return not _german_part(first) and not any(
        zipf_frequency(first[:cut], "de") >= 3.0 and _german_part(first[cut:], 3.0)
        for cut in range(3, len(first) - 3)
    )  # "Wissens|daten|bank"


def _german_part(part: str, zipf: float = _GERMAN_PART) -> bool:
    """A word of German before a compound's head, also with its joint ("Genossenschafts|bank")
    or without its end ("Filial|bank": Filiale; "Bauspar|bank": bausparen)."""
    forms = (part, part.removesuffix("s"), f"{part}e", f"{part}en")
    return max(zipf_frequency(form, "de") for form in forms) >= zipf


def _word(word: str) -> bool:
    """A word of English or German, no name: "Lighting", "Bereich" ("im Bereich Design")."""
    return dictionary_word(word) or common_word(word, "de")


@lru_cache(maxsize=WORDS_REMEMBERED)
def head_stem(word: str) -> str:
    """A German body's name without the genitive ending after its head: "des Bundestages" is
    the Bundestag, "des Rundfunks" the Rundfunk, "des Bundesamtes für …" the Bundesamt (English
    plurals stay: "Holdings")."""
    low = word.casefold()
    if low in ORG_HEADS_EN:
        return word
    for ending in ("es", "s"):
        if low.endswith(ending) and low[: -len(ending)].endswith(ORG_HEADS_DE):
            return word[: -len(ending)]
    return word


def head_word(low: str) -> bool:
    return low in ORG_HEADS_EN or head_stem(low).endswith(ORG_HEADS_DE)


# Organisations whose acronym is also a function word in the stop-word lists.
_ACRONYMS_THAT_ARE_WORDS = frozenset("WHO UN SEC HR BR".split())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    from stop_words import get_stop_words

    words = {w.upper() for lang in ("en", "de") for w in get_stop_words(lang)}
    return frozenset(words - _ACRONYMS_THAT_ARE_WORDS)


def function_word(word: str) -> bool:
    """A word of the English or German stop-word lists ("here", "by", "der"), any case."""
    return word.upper() in _function_words()


@lru_cache(maxsize=WORDS_REMEMBERED)
def acronym(word: str) -> bool:
    """An organisation's acronym ("NATO", "EZB", "AfD", "G7"); not a shouted word ("IN",
    "OUT"), a unit or a title."""
    word = bare(word)
    if word in PARTY_ACRONYMS:
        return True
    if word in DEGREES:
        return False
    if word.upper() in _function_words() or REGNAL.fullmatch(word):
        return False  # "IV" of "King Edward IV", "XVI" of "Benedikt XVI."
    return (
        bool(_ACRONYM.fullmatch(word))
        and word.upper() not in NOT_ORG_ACRONYMS
        and places.lookup(word) is None
    )


@lru_cache(maxsize=WORDS_REMEMBERED)
def place_of(word: str) -> places.Place | None:
    """The place a word names, also in the genitive ("Japans", "Japan's") or in capitals
    ("TOKYO" in a dateline); a first name ending in "s" is no genitive ("Silas", not Sila)."""
    word = bare(word)
    if word.isupper() and len(word) > 3:
        word = word.title()
    found = places.lookup(word)
    if found is None and word.endswith("s") and len(word) > 4 and not personal_name(word):
        found = places.lookup(word[:-1])
    return found


def demonym(word: str) -> bool:
    """An English adjective of a country or region: "German", "Japanese", "Chinese",
    "American", "Italian", "European", "Ukrainian" (tried against the gazetteer, not listed);
    also a town's people ("Delhiites")."""
    if word.endswith("ites") or word.endswith("ite"):
        return places.lookup(word.removesuffix("s")[:-3]) is not None  # "Delhiite", "Muscovite"
    if word.endswith("ians"):
        return demonym(word[:-1])  # "the Ukrainians": a people
    if not word.endswith(("an", "ese", "ish", "ic", "i")):
        return False
    stems: tuple[str, ...] = (
        word[:-3],
        word[:-3] + "e",  # "Ukrainian", "Palestinian"
        word[:-3] + "a",
        word + "y",
        word[:-1],
        word[:-2] + "y",
        word[:-2],
        word[:-3] + "ain",
        word[:-1] + "a",
        word + "istan",
    )
    if word.endswith("ish"):  # "Swedish", "Polish", "Turkish", "Finnish", "Irish", "Spanish"
        stems += (word[:-3] + "en", word[:-3] + "and", word[:-3] + "ey", word[:-4] + "land")
        stems += (word[:-3] + "eland", word[:-4] + "in")
    return any(len(stem) > 2 and places.lookup(stem) is not None for stem in stems)


@lru_cache(maxsize=WORDS_REMEMBERED)
def _travels(text: str) -> bool:
    """A name ending in "-ung" that English writes as often as German ("Samsung" 4.1 / 4.1),
    unlike a German noun ("Regierung" 1.9 / 5.0; the Latin "-tion" and "-ität" nouns both
    languages share stay nouns: "Organisation")."""
    low = text.casefold()
    if not low.endswith("ung") or "-" in low:
        return False
    english, german = zipf_frequency(low, "en"), zipf_frequency(low, "de")
    return english >= 3.0 and abs(german - english) < 1.0


def name_like(word: Token, lang: str, lower_words: frozenset[str]) -> bool:
    """A word that may be part of a person's name (or an organisation's)."""
    text = bare(word.text)
    if len(text) < 2 or text.isupper() or text in NEVER_NAME:
        return False
    if not all(part[:1].isupper() for part in text.split("-")):
        return False
    if lang == "de" and text.casefold().endswith(GERMAN_NOT_NAMES) and not _travels(text):
        return False  # "Kündigungen", "Künstliche", "Wirtschaftlichkeit"; not "Samsung"
    stems = [stem for stem in (text[:-1], text[:-2]) if len(stem) >= 5]
    if text.endswith("s") and any(common_word(stem, lang) for stem in stems):
        return False  # a genitive noun: "Treffens", "Landes" (not "Denis", "Dennis")
    if lang == "de" and len(text) > 15 and "-" not in text:
        return False  # "Zukunftsperspektiven": a compound, no name
    if "-" in text and any(part.isupper() and len(part) > 1 for part in text.split("-")):
        return False  # "HSV-Comeback", "US-Stadt": an acronym's compound
    if text.casefold() in lower_words:
        return False  # the text itself uses it as an ordinary word
    if lang == "en" and word.sentence_start and frequent(text, lang) and not plain_first_name(text):
        return False  # "However", "Shares"; not "David" of "David Cameron met …"
    return not common_word(text, lang) or widely_borne(text)  # "Bernd": borne, no noun


def opening_adverb(words: list[Token]) -> bool:
    """An English adverb in -ly that opens a sentence ("Oddly, Apple has …", "Similarly,
    Google …"): capitalised by the sentence, no name, though a comma sets it beside one."""
    return (
        len(words) == 1
        and words[0].sentence_start
        and words[0].text.endswith("ly")
        and english_noun(words[0].text)
    )
