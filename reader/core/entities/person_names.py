"""Whether capitalised words are a person's name: after a role, or on their own.

Its own module because these tests answer one question — are these words someone's name? —
from word lists and frequencies alone, and never split or classify a run: `classify` decides
where a run breaks and what each piece is, and asks here whether a stretch may be a name
("Präsident Trump Ende": one word; "Hannah Summers": a person; "Australian Open": none).
`extraction` asks `german_word` too, to tell a German noun from a lone name.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import (
    acronym,
    bare,
    camel_case,
    demonym,
    name_like,
    place_of,
    role_length,
)
from reader.core.entities.family_names import inner_particles, romance_too, romance_word
from reader.core.entities.first_names import (
    first_name_frequency,
    known_first_name,
    may_begin_a_name,
    personal_name,
    plain_first_name,
)
from reader.core.entities.german_words import (
    german_compound,
    german_word,
    german_word_not_first_name,
)
from reader.core.entities.lexicon import NEVER_NAME, ORG_HEADS_EN, ROLE_TITLES
from reader.core.entities.names import Token, english_headword, english_noun, everyday, frequent
from reader.core.entities.places import FIRST_NAME
from reader.core.word_frequency import zipf as zipf_frequency

# What opens a Romance place's name, never a person's: "San Ysidro", "São Gonçalo", "Corso
# Monforte"; and a German saint's town, "Sankt Augustin".
_SITE_OPENERS = frozenset("San São Sankt Corso Viale Rue Puerto".split())


def site_opener(word: str) -> bool:
    """A word that opens a place's name and never a person's ("San", "Corso")."""
    return word in _SITE_OPENERS


INITIAL = re.compile(r"[A-Z]\.")  # "Sonya A. Zoghlin"
NAME_PARTICLES = frozenset("von van der de da di bin al".split())


def _followed_by_name(rest: list[Token], lang: str) -> bool:
    return (
        len(rest) > 1
        and rest[1].capital
        and not place_of(rest[1].text)
        and not everyday(rest[1].text, lang)
    )


def _first_name_region(word: str, count: int, rest: list[Token], lang: str) -> bool:
    """A region's name that opens a person's name after a role: "CEO Mary Barra" (Mary is a
    province of Turkmenistan), and a country's that is a common first name ("Secretary Chad
    Wolf"); any other country's stays a place ("Präsident Frankreich Macron")."""
    place = place_of(word)
    return (
        count == 0
        and place is not None
        and (
            place.key.startswith("region:")
            or place.key.startswith("country:")
            and first_name_frequency(word) >= FIRST_NAME
        )
        and known_first_name(word)
        and _followed_by_name(rest, lang)
    )


def country_or_region(word: str) -> bool:
    """A country or region inside a run makes it no person's name; a city or a landmark may be a
    surname ("James Kennedy", "Andrew Jackson", "Idris Elba"), and so may a country or region
    named as many people are where these texts are read ("Michael Jordan", "Dylan Nelson":
    Nelson is a region of New Zealand). `name_words` asks the stricter `_country_or_region`: after a role, such a
    name opens the person's name or is the place ("Secretary Chad Wolf")."""
    return _country_or_region(word) and first_name_frequency(word) < FIRST_NAME


def _country_or_region(word: str) -> bool:
    place = place_of(word)
    return place is not None and not place.key.startswith(("city:", "site:", "landmark:"))


def name_words(rest: list[Token], lang: str) -> int:
    """How many words after a role are the person's name (at most four)."""
    count = 0
    for word in rest[:4]:
        if word.text.islower():
            if (
                count
                and word.text in NAME_PARTICLES
                and all(
                    w.text in NAME_PARTICLES or known_first_name(bare(w.text)) for w in rest[:count]
                )
            ):  # "Ursula von der Leyen"; after a surname "von" says where: "Kenji Kushida von Carnegie"
                count += 1
                continue
            break
        text = bare(word.text)
        if text in NEVER_NAME or acronym(text) and not INITIAL.fullmatch(text):
            break
        if (_country_or_region(text) and not _first_name_region(text, count, rest, lang)) or (
            place_of(text) and count == 0 and not _followed_by_name(rest, lang)
        ):
            break  # a city may be a first name or surname: "Alexandria Ocasio-Cortez", "Kennedy"
        if everyday(text, lang) and count != 1:
            break  # "Hanna Sommer" is a name; "Präsident Trump Ende" is not
        if lang == "de" and hyphened_noun(text):
            break  # "Dr. Oetker Vanillin-Zucker": the product after the name
        if count == 0 and (_role_alone(rest, lang) or _title_or_english_role(rest, lang)):
            break  # "die Frau Bundeskanzler", "Executive Director …": a role, no name
        count += 1
        if text != word.text:
            break  # a possessive ends the name
        if (
            lang == "de"
            and count > 1
            and count < len(rest)
            and genitive_before_noun(word, rest[count])
        ):
            break  # "FBI-Direktor James Comeys Stellungnahme": the name, in the genitive
    while count and rest[count - 1].text.islower():
        count -= 1
    return count


def _role_alone(rest: list[Token], lang: str) -> bool:
    """A role word right after another role in German text, which opens no name: a compound
    ("die Frau Bundeskanzler", "Frau Bundeskanzlerin Angela Merkel") or an English word
    ("Executive Director des Instituts"); the name, if any, follows the second role. A short
    German one is a surname as often ("Bürgermeister Richter", "Trainer König")."""
    word = bare(rest[0].text)
    return (
        lang == "de" and bool(role_length(rest, 0)) and (len(word) >= 10 or english_headword(word))
    )


def _title_or_english_role(rest: list[Token], lang: str) -> bool:
    """A second title or an English role word right after a role, which the name, if any,
    follows: "Prof. Dr. Alexander Saberschinsky", "Chief Minister Arvind Kejriwal" (the role
    is both words; the name has none of them), "General Manager of …" (no name)."""
    if rest[0].text in ROLE_TITLES:
        return True
    return lang == "en" and bool(role_length(rest, 0))


# Temperature scales, which follow a word for a degree: "-11,5 Grad Celsius".
_SCALES = frozenset("Celsius Fahrenheit Kelvin".split())
# An inflected German adjective or participle: its stem's ending, then the inflection
# ("Gedämmte", "Knisterndes", "Niederfrequente", "Lankische", "Ruster", "Wartungsfreie").
_ADJECTIVE = re.compile(
    r"\w{2,}(?:t|nd|isch|ig|lich|frei|bar|sam|haft|los|voll|iv|ell|al)(?:e|es|er|en|em)"
)


# An adjective of origin or kind inflected, which no surname is: "Lankische", "Kirchliche".
_INNER_ADJECTIVE = re.compile(r"\w{2,}(?:isch|lich|ig)(?:e|es|er|en|em)")


def german_phrase(run: list[Token]) -> bool:
    """Capitalised German words that open with no first name and are a phrase, no one's
    name: an inflected adjective before its noun ("Gedämmte Dächer", "Knisterndes
    Kaminfeuer", "Ruster Winzer": a town's) or a German noun ending it ("Winzer", "Dächer";
    "Kaminfeuer"). After a first name a noun is a surname ("Karl Geiger"), so `person_words`
    asks this only of runs that open without one, and `after_first_name` the rest."""
    last = bare(run[-1].text)
    return any(_ADJECTIVE.fullmatch(bare(w.text)) for w in run[:-1]) or (
        len(run) > 1
        and (
            german_word(last)
            or (german_compound(last) and zipf_frequency(last, "en") == 0)
            or hyphened_noun(last)
        )
    )  # a compound English text never writes; surnames travel ("Eckhoff", "Zimmermann")


def hyphened_noun(word: str) -> bool:
    """A German compound written with a hyphen of a word the English dictionary has in small
    letters and a German noun: a product or a thing ("Vanillin-Zucker", "Yak-Wolle"), never
    a double surname, whose first part is a name ("Kramp-Karrenbauer", "Müller-Wohlfahrt":
    German text writes famous surnames as often as nouns)."""
    parts = bare(word).split("-")
    if len(parts) != 2 or len(parts[0]) < 3 or not english_noun(parts[0]):
        return False  # "E-Mails": a letter's compound, left to the genitive rules
    if known_first_name(parts[0]):
        return False  # "Frank-Walter": two first names
    low = parts[1].casefold()  # a common German word, whatever English makes of it ("Zucker")
    return zipf_frequency(low, "de") >= 3.5 and zipf_frequency(low, "de") > zipf_frequency(
        low, "en"
    )


# Endings of German abstract nouns, which no surname has ("Einigkeit", "Mannschaft";
# "-ung" only in a long word: "Besserung", not the surnames "Jung", "Hornung").
_ABSTRACT = ("heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "ität")


def _abstract_noun(word: str) -> bool:
    low = bare(word).casefold()
    return low.endswith(_ABSTRACT) or (low.endswith(("ung", "ungen")) and len(low) >= 8)


def after_first_name(run: list[Token]) -> bool:
    """German words after a first name that are a phrase, no surname: an inflected adjective
    between it and the last word ("Sri Lankische Rupien"), a genitive before a German noun
    ("Birgit Kelles Erfahrung", "James Comeys Stellungnahme": her experience, his statement),
    an abstract noun ("Traute Einigkeit", "Moin Mannschaft") or a hyphened one ("Yak-Wolle")."""
    if any(_abstract_noun(w.text) or hyphened_noun(w.text) for w in run[1:]):
        return True  # "Traute Einigkeit", "Claudia Yak-Wolle"
    return any(_INNER_ADJECTIVE.fullmatch(bare(w.text)) for w in run[1:-1]) or any(
        genitive_before_noun(word, noun) for word, noun in zip(run[1:-1], run[2:], strict=False)
    )


def genitive_before_noun(word: Token, noun: Token) -> bool:
    """A name in the genitive before the German noun it owns ("Comeys Stellungnahme",
    "Clintons E-Mails": a hyphenated noun by its last part)."""
    last = noun.text.rsplit("-", 1)[-1]
    return (
        noun.capital
        and word.text.endswith("s")
        and not word.text.endswith("ss")
        and any(german_word(w) or german_compound(w) for w in {noun.text, last} if len(w) > 2)
    )


def genitive_owner(run: list[Token], lang: str, lower_words: frozenset[str]) -> int:
    """How many words of a German run are a person's name in the genitive before the noun it
    owns ("Martin Luthers Thesen", "Hillary Clintons E-Mails": 2), or 0. German puts the
    owner's name before the thing without an article; the run as a whole is no one's name,
    but its first words are, and `variants` knows the person by the name without its "-s"."""
    if lang != "de":
        return 0
    for at in range(1, min(len(run) - 1, 4)):
        if (
            (genitive_before_noun(run[at], run[at + 1]) or _noun_surname_before_work(run, at))
            and known_first_name(bare(run[0].text))
            and not known_first_name(bare(run[at].text))  # "Hans Niels Wohnung"
            and person_words(run[: at + 1], lang, lower_words)
        ):
            return at + 1
    return 0


def _noun_surname_before_work(run: list[Token], at: int) -> bool:
    """A surname that is a German noun, in the genitive before the one word that ends the run
    ("Tobias Kratzers Tannhäuser", "Anna Schreibers Faust"): the thing owned is a work's
    title, no German noun, but the "-s" after a noun no name carries says whose it is."""
    word = bare(run[at].text)
    return (
        at + 2 == len(run) and word.endswith("s") and not word.endswith("ss")
        and german_word(word[:-1]) and not german_word(word) and run[at + 1].capital
    )  # fmt: skip


def person_words(run: list[Token], lang: str, lower_words: frozenset[str]) -> bool:
    """Whether the words may be one person's name. German needs every word to be a name
    rather than a noun; English capitalises names only, so there a first name-like word and
    no everyday word after it do ("Hannah Summers")."""
    if any(demonym(bare(w.text)) or camel_case(w.text) for w in run):
        return False  # "Australian Open", "WeWorkers Coalition"
    if inner := inner_particles(run):  # "James Van Der Beek": the names around "Van Der"
        named = [w for at, w in enumerate(run) if at not in inner]
        return len(named) > 1 and person_words(named, lang, lower_words)
    if any(after.start - before.end == 3 for before, after in zip(run, run[1:], strict=False)):
        return False  # " & " (a run's only gap of three) joins two names or a firm's or a
        # product's words, never one person's: "Glenmorangie & Ardbeg", "Teddy Kissen & Kissen"
    if site_opener(run[0].text):
        return False  # "San Diego Union-Tribune", "Corso Como": a place's word opens it
    if len(run) > 1 and romance_word(bare(run[0].text)) and romance_too(bare(run[-1].text)):
        return False  # "Frutas Afrodisíacas", "Alianza Cívica", "Vigna Rondell": a phrase
    if bare(run[-1].text) in _SCALES and not plain_first_name(bare(run[0].text)):
        return False  # "Grad Celsius", "Degrees Fahrenheit": a unit; "Anders Celsius" a man
    english = [w for w in run if english_noun(bare(w.text)) and frequent(bare(w.text), "en", 4.0)]
    if lang == "de" and len(english) >= 2:
        return False  # "Compliance Management System" in a German text
    if lang == "de":  # a first name is known somewhere: "Vierteljahr Erlöse" is none
        if german_word_not_first_name(bare(run[0].text)):
            return False  # "Vulkan Stromboli", "Viva Magenta": a noun before a name
        if known_first_name(bare(run[0].text)) and name_like(run[0], lang, lower_words):
            # after a first name a noun is a surname: "Karl Geiger", "Stefan Kraft"
            # and so is an everyday word ("Hanna Sommer", "Gunthild Schön"): German writes
            # the noun or the adjective there only as the name
            return all(
                w.text[:1].isupper() and bare(w.text) not in NEVER_NAME and not w.text.isupper()
                for w in run[1:]
            ) and not after_first_name(run)  # fmt: skip
        first = bare(run[0].text).casefold()
        known = zipf_frequency(first, "en") >= 1.0 or zipf_frequency(first, "de") >= 3.0
        known = known or (  # "Ryoyu Kobayashi"; not "Handelshäuser Itochu"
            may_begin_a_name(bare(run[0].text)) and not german_compound(bare(run[0].text))
        )
        return (
            known and all(name_like(w, lang, lower_words) for w in run) and not german_phrase(run)
        )
    if _word_surname(run):
        return True
    return name_like(run[0], lang, lower_words) and not any(
        not INITIAL.fullmatch(w.text)
        and (everyday(bare(w.text), lang) or bare(w.text) in NEVER_NAME or w.text.isupper())
        for w in run[1:]
    )


def _word_surname(run: list[Token]) -> bool:
    """A surname that is an everyday English word after a first name inside an English
    sentence ("said Lawrence White", "Catherine Whitaker, David Law and Matt Roberts"):
    English capitalises the word there only as a name. The first name must be one the list
    gives a sex and no word of the dictionary ("Will Power", "Rose Garden", "Chase Bank" are
    none), and the surname no verb's or plural's form ("David Says", "Michael Wins")."""
    if len(run) != 2 or run[0].sentence_start:
        return False
    first, last = bare(run[0].text), bare(run[1].text)
    return (
        plain_first_name(first) and personal_name(first)
        and last[1:].islower() and last not in NEVER_NAME
        and not last.endswith(("s", "ed", "ing")) and last not in NAMED_AFTER
    )  # fmt: skip


# What is named after a person with these two words ("Heinz Field", "Walter Reed Hospital"):
# a site, a building, a school or a prize; a surname of these words loses no rule ("Sally
# Field" was never read as a name before this one either).
NAMED_AFTER = frozenset(
    """Field Park Hall Garden Gardens Court House Tower Road Avenue Lane Drive Boulevard Way
    Place Station Building Bridge School College University Museum Library Theater Theatre
    Church Chapel Institute Foundation Award Prize Trophy Cup Medal Center Centre Square
    Street Stadium Arena Hospital Clinic""".split()
)


# A middle initial, or two run together ("P.", "R.R."), and what may close a name after the
# surname ("James P. Kennedy Jr.").
_MIDDLE_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
_NAME_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())


def initialled_name(run: list[Token]) -> bool:
    """Whether the whole run is a first name, a middle initial and a surname ("James P.
    Kennedy Jr.", "Mary E. Lovely", "George R.R. Martin"): nothing else is written so, and
    the initial says the words around it are one person's names even when the surname is a
    town ("Kennedy"), a word ("Lovely") or a first name ("Martin"), or the first name a
    region ("Mary"). A run that goes on after the surname is a thing named after someone
    ("Philip K. Dick Award", "John F. Kennedy International Airport") and is left to the
    other rules; so is an initial before a sentence ("Petra W. Then …": a word no name is)."""
    if len(run) == 2 and _GIVEN_INITIALS.fullmatch(run[0].text):
        return _initials_first(run[0].text, bare(run[1].text))
    words = [w for w in run if w.text not in _NAME_SUFFIXES] if len(run) > 3 else run
    if len(words) != 3 or not _MIDDLE_INITIAL.fullmatch(words[1].text):
        return False
    first, last = bare(words[0].text), bare(words[2].text)
    return (
        known_first_name(first) and first not in NEVER_NAME
        and all(part[:1].isupper() for part in first.split("-"))  # not "Long-dated U.S. Treasury"
        and last[:1].isupper() and not last.isupper() and last not in NEVER_NAME
    )  # fmt: skip


# Initials that stand for the first names ("T.J. Carrie", "A.J. Hinch", "C.J. Stroud"): two or
# three run together; one alone ("J. Smith") is left to the surname rules.
_GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _initials_first(initials: str, last: str) -> bool:
    """Whether initials and one word are a person: the initials no place's ("U.S. Army",
    "L.A. Galaxy") and the word written as a name: a first name, or a word no more frequent
    than surnames are and no body's head ("D.C. Council", "P.O. Box", "K.R. Pharma" are no
    one; "A.J. Brown" is lost with them)."""
    return (
        place_of(initials) is None
        and last[:1].isupper() and last[1:].islower() and last not in NEVER_NAME
        and last.casefold() not in ORG_HEADS_EN
        and (known_first_name(last) or zipf_frequency(last.casefold(), "en") < 4.5)
    )  # fmt: skip
