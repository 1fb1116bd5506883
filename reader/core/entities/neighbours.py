"""What the words around a lone capitalised word say it is: a person beside a verb of saying
("Takaichi said"), an organisation after a word for a company or where one works ("chipmaker
Intel", "bei Bosch", "according to Deadline"), a place after a preposition or a kind of place
("from Xilingol", "Logar province") — and whether it stands like a name at all (no German
adjective before it, no hyphen, no role), or is as much at home in English as in German text.
"""

from __future__ import annotations

from reader.core.entities.companies import listed
from reader.core.entities.company_neighbours import (
    after_company_word,
    called_company,
    not_somebody,
    workplace_or_source,
)
from reader.core.entities.cues import bare, camel_case, demonym, name_like, role_length
from reader.core.entities.german_nouns import language_name, noun_not_place, word_not_place
from reader.core.entities.german_words import german_word
from reader.core.entities.kin import after_kin, family_name
from reader.core.entities.lexicon import (
    PLACE_KINDS,
    PLACE_PREPOSITIONS,
    SPEECH_DE,
    SPEECH_EN,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, dictionary_word, english_noun
from reader.core.entities.pieces import Piece
from reader.core.entities.role_phrases import role_size
from reader.core.word_frequency import zipf as zipf_frequency

# Verbs of saying whose next name is the one spoken to, a person or not: "told Reuters",
# "told WeWork executives", "asked Google".
_TO_WHOM = frozenset(("told", "asked", "urged", "called", "praised"))
# English verbs that begin a clause's predicate: after "said X", X is that clause's subject.
_AUXILIARIES = frozenset(
    """will would is was are were has had have can could may might should must does did
    shall""".split()
)
_CONTRACTIONS = frozenset("im zum zur vom ins ans am ums".split())
_DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines kein keine keinen keinem
    dieser diese dieses diesen jeder jede jedes seine seinen seiner ihre ihren ihrer unser
    unsere mehr viele""".split()
)


def after_contraction(piece: Piece, words: list[Token], index: dict[int, int], lang: str) -> bool:
    """German writes a noun, not a company, after "im", "zum", "ins": "im Dialog", "zum
    Download" (a name there has its word: "zum Konzern Google"; "beim" is a workplace)."""
    at = index.get(piece.start, 0)
    return lang == "de" and at > 0 and words[at - 1].text.casefold() in _CONTRACTIONS


def after_article(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """ "der Allianz": with an article, a German word is as likely a noun as a name; a word
    ending the sentence before is none of its ("Die Aktie brach ein. Siemens meldete …")."""
    at = index.get(piece.start, 0)
    return (
        at > 0
        and not piece.words[0].sentence_start
        and words[at - 1].text.casefold() in _DETERMINERS
    )


def on_platform(piece: Piece, words: list[Token], index: dict[int, int]) -> bool:
    """ "on Twitter", "on Netflix", "took to Twitter", "the Twitter handle", "his Instagram
    account": a service one posts or watches on, named once."""
    at = index.get(piece.start, 0)
    after = words[at + 1].text if at + 1 < len(words) else ""
    if after in _ACCOUNTS and len(piece.words) == 1:
        return True
    if at > 1 and words[at - 1].text == "to" and words[at - 2].text in _TAKE:
        return True  # "took to Twitter to air her grievances"
    return at > 0 and words[at - 1].text == "on" and not piece.words[0].text.endswith("s")


_TAKE = frozenset("take takes took taking taken".split())
# What one has on a service, after its name: "Twitter handle", "Facebook post".
_ACCOUNTS = frozenset("account accounts handle handles feed feeds channel followers".split())


def bare_name(
    piece: Piece,
    words: list[Token],
    index: dict[int, int],
    lang: str,
    lower_words: frozenset[str],
    person: bool = False,
) -> bool:
    """A lone word that stands like a name: no hyphen, no role, no demonym ("German"), and
    in German no adjective before it ("ein deutliches Signal", "der deutschen Bank sagte":
    a noun, even beside a verb of saying) and, for a person, no article; an organisation may
    have one ("die Nato") — an English noun ("die Phase") never gets here."""
    word = piece.words[0]
    if "-" in word.text or not name_like(word, lang, lower_words) or role_length([word], 0):
        return False
    if not person and english_noun(bare(word.text)):
        return False  # "Nickel", "Partner", "Critics": words, not names
    if lang == "en":
        return not demonym(bare(word.text))
    at = index.get(word.start, 0)
    # the sentence before ends in no adjective of this word ("… gewarnt hatte. Siemens …")
    before = words[at - 1].text if at > 0 and not word.sentence_start else ""
    adjective = (
        before.islower() and len(before) > 3 and before.endswith(("e", "en", "er", "es", "em"))
        and not past_tense(before)  # "Das teilte Siemens mit": a verb, no adjective
    )  # fmt: skip
    spoken = person and before.casefold() in SPEECH_DE  # "betonte Merz": a verb, no adjective
    return not ((before.casefold() in _DETERMINERS and person) or (adjective and not spoken))


def past_tense(word: str) -> bool:
    """A German verb in the simple past ("teilte", "meldete", "kauften"), which ends as an
    adjective does ("letzte", "größte") but comes from a frequent infinitive ("teilen")."""
    return any(
        word.endswith(ending) and zipf_frequency(word[: -len(ending)] + "en", "de") >= 4.3
        for ending in ("ete", "eten", "te", "ten")
        if len(word) > len(ending) + 2
    )


def named_place(
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
    if (
        demonym(text)
        or english_noun(text)
        or camel_case(text)
        or language_name(text)
        or (lang == "de" and (german_word(text) or noun_not_place(text) or word_not_place(text)))
    ):  # "in German subsidies", "in Brand geraten", "nach Angaben", "aus Harnstoff", "aus Kork"
        return False
    if lang == "de" and (
        (len(text) > 6 and text.endswith(("ern", "s"))) or (len(text) > 9 and text.endswith("en"))
    ):
        return False  # a plural noun: "aus Halbleitern", "in Roboterautos", "bei Solarmodulen"
    before = words[at - 1].text if at > 0 else ""
    nxt = words[at + 1] if at + 1 < len(words) else None
    # "in Eurogamer’s review", "from Pixar Animation": what owns a thing, or the first word of
    # a longer name, is not where something is
    longer = nxt is not None and nxt.capital and nxt.start - word.end == 1
    # "aus Bio-Baumwolle": the preposition governs the compound, not its first part
    compound = words[at].end > word.end
    if (
        before.casefold() in PLACE_PREPOSITIONS and not word.sentence_start
        and word.text == text and not longer and not compound
    ):  # fmt: skip
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


def international(word: str, lang: str) -> bool:
    """A name as much at home in English as in German text ("Intel", "Volkswagen", "Nato"),
    where a German noun is rare in English; in English text every capitalised word that is not
    an everyday word counts. A word the English dictionary knows is a word German borrowed
    ("Hype", "Blockchain", "Lockdown", "Mama") or a name older than any company ("Saturn"),
    unless it is a listed company's ("Apple")."""
    if lang != "de":
        return True
    low = word.casefold()
    en, de = zipf_frequency(low, "en"), zipf_frequency(low, "de")
    if low.endswith("s") and zipf_frequency(low[:-1], "en") >= 3.5:
        return False  # an English plural German borrowed: "Smartphones"
    return (
        en >= 3.0 and abs(de - en) < 1.0 and not _counted_in_english(low, en)
        and (not dictionary_word(low) or listed(word))  # "Hype", "Blockchain", "Mama": words
    )  # fmt: skip


def _counted_in_english(low: str, en: float) -> bool:
    """An English noun German borrowed ("Box", "Playlist", "Email", "Touchscreen",
    "Freelancer"): English writes its plural nearly as often as the word ("boxes",
    "playlists"), where a brand's or a body's name has almost none ("Googles", "Natos")."""
    plural = max(zipf_frequency(low + "s", "en"), zipf_frequency(low + "es", "en"))
    return plural >= 2.2 and en - plural <= 1.3


def by_neighbours(
    piece: Piece, words: list[Token], index: dict[int, int], lang: str, lower_words: frozenset[str]
) -> EntityKind | None:
    at = index.get(piece.start)
    if at is None:
        return None
    before = words[at - 1].text.casefold() if at > 0 else ""
    after = words[at + 1].text.casefold() if at + 1 < len(words) else ""
    said_before = (
        (before in SPEECH_DE or before in SPEECH_EN)
        and words[at].start - words[at - 1].end == 1  # not "That said, Google promised"
        and before not in _TO_WHOM
        and not words[at].sentence_start
        and after not in _AUXILIARIES  # "said Starship will fly": what was said, not who
    )
    if lang == "en" and not_somebody(words, at) and name_like(words[at], lang, lower_words):
        return EntityKind.ORG
    if (
        lang == "en"
        and after in SPEECH_EN
        and (before == "the" or words[at].text != bare(words[at].text))
    ):  # "The Chronicle says", "Moody's warned": no person is named with "the" or as an owner
        return EntityKind.ORG
    company_word = after_company_word(words, at, lang)
    if after_kin(words, at, lang):  # before a company's word: "Tochter" is a subsidiary too
        return EntityKind.PERSON  # "his wife, Kimberly", "Sohn Levi": a family's member
    if _after_job(words, at, lang):
        return EntityKind.PERSON  # "Brazil star Neymar", "ein Rapper wie Fler"
    if called_company(words, at, lang):
        return EntityKind.ORG  # "the charity Oxfam said": what it is, before it speaks
    if company_word and len(piece.words) == 1 and family_name(words[at].text):
        return EntityKind.PERSON  # "her business partner Willi": a first name, no company
    said_after = (after in SPEECH_EN or after in SPEECH_DE) and at + 1 < len(words)
    if said_before or said_after and words[at + 1].start - words[at].end == 1:
        return EntityKind.PERSON  # not "droht Schimmel“, sagt Lau": a quote ends before
    if company_word:
        return EntityKind.ORG
    if (
        not words[at].sentence_start
        and workplace_or_source(words, at)
        and name_like(words[at], lang, lower_words)
        and not demonym(bare(words[at].text))  # "capacity at German plants"
        and not (lang == "de" and german_word(words[at].text))  # "bei Bedarf", "bei der Aufklärung"
        and not (lang == "de" and _german_noun_too(bare(words[at].text)))  # "beim Laden"
        and not (lang == "de" and german_only_compound(bare(words[at].text)))  # "beim Saunagang"
        and not (lang == "de" and not _works_there(words, at))  # "bei der Travestie"
    ):
        return EntityKind.ORG
    return None


def _after_job(words: list[Token], at: int, lang: str) -> bool:
    """A lone name right after a word for what a person does ("star Neymar", "coach
    Belichick"; German with its capital: "Trainer König"), or after such a word and "wie"
    ("ein Rapper wie Fler"): a person, as no company is a star or a rapper."""
    before = at - 2 if at > 1 and words[at - 1].text in ("wie", "like") else at - 1
    if before < 0 or words[before + 1].start - words[before].end != 1:
        return False  # "star, Neymar": a list or a clause, no apposition
    job = words[before]
    written = job.text.islower() if lang == "en" else job.capital
    return written and role_size(words, before) == 1


# What says that "bei" names where someone works: a word of work or office, or a person
# ("arbeitet bei Kovatix", "Gesellschafterin bei Jung von Matt", "war sie bei Bosch").
_WORK_DE = (
    "arbeit", "tätig", "angestellt", "beschäftigt", "job", "stelle", "karriere", "praktikum",
    "ausbildung", "volontariat", "vertrag", "wechsel", "kündig", "heuert", "leiter", "chef",
    "sprecher", "mitarbeiter", "manager", "vorstand", "gesellschafter", "berater", "erin",
    "orin", "entin",
)  # fmt: skip
_PERSONS_DE = frozenset("er sie ich wir ihr du".split())


def _works_there(words: list[Token], at: int) -> bool:
    """German "bei" names a place, a time or a thing as often as a workplace ("bei Meran",
    "bei Tauwetter", "bei der Travestie", "via Email"; on German pages no rule was written
    on, 14 of 18 lone words after it were no organisation): only a word of work or a person
    in the four words before it makes the name after it an employer."""
    cue = at - 1 if words[at - 1].text.casefold() in ("bei", "beim", "via") else at - 2
    if words[cue].text.casefold() not in ("bei", "beim"):
        return words[cue].text.casefold() != "via"  # "Anteile an …", "laut …"
    return any(
        w.text.casefold() in _PERSONS_DE or w.text.casefold().endswith(_WORK_DE)
        for w in words[max(0, cue - 4) : cue]
    )


def german_only_compound(word: str) -> bool:
    """A German compound noun English text never writes ("bei der Wärmepumpe", "beim
    Saunagang", "bei der Heizungswahl"): two common German words, the first maybe with its
    joining "s" ("Heizungs|wahl"), the last more German than English ("Uber|space" is a
    brand's, "Rhein|metall" a listed company's, written in English news too)."""
    low = word.casefold()
    if not word[:1].isupper() or zipf_frequency(low, "en") >= 1.0 or listed(word):
        return False  # "bei uberspace": a brand in small letters, no German noun
    for cut in range(3, len(low) - 3):
        head, first = low[cut:], low[:cut]
        if zipf_frequency(head, "de") < max(3.5, zipf_frequency(head, "en")):
            continue
        if zipf_frequency(first, "de") >= 3.0 or (
            first.endswith("s") and zipf_frequency(first[:-1], "de") >= 3.0
        ):
            return True
    return False


def _german_noun_too(word: str) -> bool:
    """A word German uses as a noun though English has it too: an English word of the
    dictionary that English writes at least as often ("beim Start", "bei Personal"; a listed
    company such as "Apple" aside, and "bei Bosch" 3.3 / 4.0 is a name) or a verb's
    infinitive German writes far more often ("beim Laden" 4.8 / 3.7)."""
    low = word.casefold()
    english, german = zipf_frequency(low, "en"), zipf_frequency(low, "de")
    if english_noun(word) and not listed(word) and english >= german:
        return True  # borrowed, so English has it at least as often (not "bei Bosch")
    return low.endswith("en") and german - english >= 1.0


_MONTHS = frozenset(
    """Januar Jänner Februar März April Mai Juni Juli August September Oktober November
    Dezember""".split()
)
_TIME_NOUNS = frozenset("Jahres Jahrs Monats Woche Jahrhunderts Jahrzehnts Saison".split())


def time_not_place(piece: Piece, words: list[Token], index: dict[int, int], lang: str) -> bool:
    """A German place's name that is a word of time before a date: "Mitte Oktober", "Mitte
    2025", "Mitte des Jahres" — the middle of it, not Berlin's district."""
    at = index.get(piece.start)
    if lang != "de" or piece.kind is not EntityKind.PLACE or at is None or len(piece.words) > 1:
        return False
    after = words[at + 1 : at + 3]
    if not after or words[at].end + 1 != after[0].start:
        return False
    return (
        after[0].text in _MONTHS
        or (after[0].text.isdigit() and len(after[0].text) == 4)
        or (after[0].text in ("des", "der") and len(after) > 1 and after[1].text in _TIME_NOUNS)
    )
