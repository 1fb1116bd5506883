"""How far a role read around a person's name reaches, and the role words only such a reading
knows.

A role word is rarely the whole office: news writes "associate professor", "executive chair",
"deputy associate administrator", "chief operating officer", "General Manager", "Head of
Research". The role word alone ("professor", "chief", "Head") names a different, vaguer job, so
the phrase grows over the ranks and kinds before it (a closed list: a free adjective such as "new"
or "former" is no part of the office) and over one more role word after it, with at most one
plain word between ("chief operating officer"; "and" joins two offices). "Head" takes the department after "of" ("Head
of Fundamental Research"), which is where the job is, not an employer.

Words that name what someone does but are no reason to call a capitalised run a person
("teacher", "Sängerin", "Elektriker") are read here only, for people already found: the rules
that decide who is a person keep the stricter list of `lexicon`.
"""

from __future__ import annotations

from reader.core.entities.cues import bare, role_length
from reader.core.entities.first_names import personal_name
from reader.core.entities.held_offices import holding_word
from reader.core.entities.names import Token, english_noun
from reader.core.word_frequency import zipf

# Ranks and kinds of an office written before its role word ("senior director").
MODIFIERS = frozenset(
    "acting assistant associate deputy executive senior junior principal lead chief managing "
    "interim athletic vice general special founding".split()
)
# Words that join two offices rather than make one ("president and chief executive").
_JOINERS = frozenset("and or & und oder of at for in von bei für".split())
# What people do, read only for a person already found (lower case, singular).
JOBS_EN = frozenset(
    "teacher doctor physician surgeon nurse meteorologist businessman businesswoman candidate "
    "nominee psychiatrist psychologist historian engineer composer "
    "choreographer player activist star center winger goalie goaltender shortstop rapper "
    "musician fellow owner bishop archbishop pastor priest rabbi imam congressman "
    "congresswoman councilman councilwoman aide guitarist drummer bassist keyboardist "
    "photographer novelist filmmaker designer entrepreneur athlete philosopher "
    "sailor skier swimmer runner cyclist climber mountaineer dancer painter sculptor poet chef "
    "farmer soldier firefighter detective banker astronaut programmer blogger influencer "
    "comedian presenter boxer golfer therapist pharmacist midwife defenseman defenceman rookie "
    "diver agent mogul frontman songwriter counsel vp rider keeper planner "
    "instrumentalist multi-instrumentalist suspect".split()
)  # sports positions too: "Pittsburgh center Maurkice Pouncey"; offices of churches, owners
# of a business, members of a band, the aides of politicians, whom an author or an athlete
# has act for them ("his agent Valerie Smith", "Republican counsel Steve Castor"), and the
# trade press's "vp" ("senior vp partnerships"); what sport, a band and a trade call their
# people ("dressage rider", "Bilbao keeper", "multi-instrumentalist", "financial planner"),
# and the accused of the news ("the suspect, …"); not "partner", "member" or "champion",
# which a company or a team is too ("partner Zentrobix", "defending champion Liverpool")
# Endings of German words for what people do, read the same way.
JOBS_DE = (
    "sänger", "sängerin", "pastor", "pastorin", "aktivist", "aktivistin", "vorsteher",
    "vorsteherin", "elektriker", "elektrikerin", "beauftragte", "beauftragter", "historiker",
    "historikerin", "wissenschaftler", "wissenschaftlerin", "sportler", "sportlerin",
    "vertreter", "vertreterin", "dozent", "dozentin", "lehrer", "lehrerin", "arzt", "ärztin",
    "schützer", "schützerin", "träger", "trägerin", "chemiker", "chemikerin", "physiker",
    "physikerin", "künstler", "künstlerin", "forscher", "forscherin", "kandidat", "kandidatin",
    "rektor", "rektorin", "gründer", "gründerin", "entwickler", "entwicklerin", "referent",
    "referentin", "rapper", "rapperin", "musiker", "musikerin", "dichter", "dichterin",
    "bischof", "bischöfin", "pfarrer", "pfarrerin", "priester", "priesterin", "rabbiner",
    "rabbinerin", "besitzer", "besitzerin", "inhaber", "inhaberin", "eigentümer",
    "eigentümerin", "torhüter", "torhüterin", "schriftsteller", "schriftstellerin",
    "moderator", "moderatorin", "schauspieler", "schauspielerin", "regisseur", "regisseurin",
    "architekt", "architektin", "unternehmer", "unternehmerin",
    "segler", "seglerin", "skifahrer", "skifahrerin", "schwimmer", "schwimmerin", "läufer",
    "läuferin", "radfahrer", "radfahrerin", "bergsteiger", "bergsteigerin", "kletterer",
    "kletterin", "tänzer", "tänzerin", "maler", "malerin", "bildhauer", "bildhauerin", "koch",
    "köchin", "landwirt", "landwirtin", "soldat", "soldatin", "polizist", "polizistin",
    "ermittler", "ermittlerin", "astronaut", "astronautin", "ingenieur", "ingenieurin",
    "programmierer", "programmiererin", "bloggerin", "influencerin", "komiker", "komikerin",
    "produzent", "produzentin", "boxer", "boxerin", "fotograf", "fotografin", "therapeut",
    "therapeutin", "apotheker", "apothekerin", "hebamme", "pfleger", "pflegerin",
    "fussballer", "fussballerin", "spieler", "spielerin",  # casefolded: "Fußballer"
    "rechtler", "rechtlerin", "pädagoge", "pädagogin", "mediziner", "medizinerin",
    "soziologe", "soziologin", "athlet", "athletin", "präses", "missionar", "missionarin",
    "nomade", "nomadin", "surfer", "surferin", "snowboarder", "snowboarderin",
)  # fmt: skip


# Lower-case words before a role that are no field of it: what a sentence says around the
# office ("said", "is a"), and free adjectives, which say how one holds it, not which it is.
_NO_FIELD = frozenset(
    """a an the and or but of to in on at for by with from as his her its their our my your
    this that these those who which whose is was are were be been has had have will would can
    could may said says told added noted wrote explained according also now then once still
    new former top longtime veteran current late ex another other longtime well fellow first
    last next same own only recent incoming outgoing retired newly one two three many some
    about above across after against along among around before behind below beneath beside
    between beyond despite down during except inside into like near off onto out outside over
    past since through toward towards under until upon via within without what whom whose when
    where why how whatever lost won beat met hit cut led sent average good great bad
    best better worse worst""".split()
)  # and the prepositions and wh-words the dictionary lists as nouns ("a race against singer …"),
# the past of verbs it lists as nouns ("The Wild lost defenseman Matt Dumba"), and ratings
# ("a below average quarterback"): what the sentence says of the person, not their office.
# Not "left": "left winger", "left guard", "left back" are positions.


# How common the word before "-ly" is when it makes an adverb or an adjective of it: "new" and
# "high" are very common, the "fami" of "family" and the "assemb" of "assembly" no word.
_ADVERB_STEM = 3.5


def _field(word: str) -> bool:
    """A lower-case word that says which office a role word names, written before it: a noun
    ("art historian", "soccer player", "press secretary", "research director") or an adjective
    of a field ("political scientist", "medical correspondent", "planetary scientist")."""
    return (
        word.islower() and len(word) > 2 and word not in _NO_FIELD and word.isalpha()
        and not word.endswith(("ed", "ing")) and not _adverb(word) and not _plural(word)
        and english_noun(word)
    )  # fmt: skip  # the dictionary has the adjectives too


def _adverb(word: str) -> bool:
    """An English word in "-ly" made of another word ("newly", "highly", "friendly"), or an
    adjective with no plural in use ("burly", "jolly", "ugly", "silly": "the burly security
    guard"), which says how or what the person is like, not which office; "family", "assembly",
    "rally" and "supply" are nouns ("family medicine physician", "assembly member"), their
    "-ly" no ending, and news writes their plural ("families", "assemblies")."""
    if not word.endswith("ly"):
        return False
    return zipf(word[:-2], "en") >= _ADVERB_STEM or zipf(f"{word[:-1]}ies", "en") < _NOUN_PLURAL


# How common a "-ly" noun's plural is: "families" 4.9, "assemblies" 3.5, "rallies" 3.6; an
# adjective's "-lies" is next to none ("jollies" 2.0, "uglies" 2.2, "dailies" 2.8).
_NOUN_PLURAL = 3.0


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")  # "press secretary" has a field


def role_size(words: list[Token], at: int) -> int:
    """How many words from `at` make a role, with the jobs only a known person's role is read
    from ("teacher", "Klimaaktivistin", "Forschern")."""
    size = role_length(words, at)
    if size or at >= len(words):
        return size
    word = bare(words[at].text).casefold()
    if word in JOBS_EN:
        return 1
    if word.startswith("co-") and words[at].text[3:]:  # "co-CEO", "co-chair"
        return min(1, role_size([Token(words[at].text[3:], 0, 0, False)], 0))
    if word.endswith("-in-chief") and words[at].text.islower():  # "editor-in-chief"
        return min(1, role_size([Token(word.removesuffix("-in-chief"), 0, 0, False)], 0))
    if words[at].text.islower() and word.endswith("s") and not word.endswith("ss"):
        return role_size([Token(word[:-1], 0, 0, False)], 0)  # "judges", "teachers"
    # "Forscherinnen", "KünstlerInnen": the feminine plural loses "nen" to its singular.
    nen = word[:-3] if word.endswith("nen") else ""
    for stem in (word, word[:-1] if word.endswith(("s", "n")) else "", word[:-2], nen):
        if stem and len(stem) > 4 and stem.rsplit("-", 1)[-1].endswith(JOBS_DE):
            return 1
    return 0


# Words that end an office's field after "for": where it is held, what the sentence says next.
# ... and the adverbs after which an apposition says what else the person is or was ("a former
# associate administrator for exploration and now an industry consultant").
_FIELD_ENDS = frozenset(
    "at in of on with from by said says who which that to now then later still also once".split()
)
_ARTICLES = frozenset("the a an his her its their our".split())


def _field_after(words: list[Token], end: int, text: str) -> int:
    """Where an office's field after "for" or "of" ends, in lower case up to five words
    ("associate administrator for human exploration and operations", "professor of
    environmental engineering"); `end` when there is none — also before an article, which
    names whom the role speaks for or where it is held ("a spokesman for the company")."""
    if (
        end + 1 >= len(words)
        or words[end].text not in ("for", "of")
        or not joined(words, end - 1, end, text)
    ):
        return end
    stop = end + 1
    while (
        stop < len(words) and stop - end <= 5
        and words[stop].text.isalpha() and words[stop].text.islower()
        and words[stop].text not in _FIELD_ENDS and words[stop].text not in _ARTICLES
        and joined(words, stop - 1, stop, text)
    ):  # fmt: skip
        stop += 1
    while stop > end + 1 and words[stop - 1].text in ("and", "or"):
        stop -= 1
    return stop if stop > end + 1 else end


def _german_field(words: list[Token], end: int, text: str) -> int:
    """Where a German office's field after "für" ends: one noun, or two joined by "und"
    ("Professor für Palliativmedizin", "Referent für Liturgie", "Minister für Wirtschaft und
    Energie"); `end` when there is none. The field is the office's, as English writes "professor
    of environmental engineering"; what follows ("an der Universität") is where it is held."""
    if end + 1 >= len(words) or words[end].text != "für" or not joined(words, end - 1, end, text):
        return end
    stop = end + 1
    if not (words[stop].capital and joined(words, end, stop, text)):
        return end
    stop += 1
    if (
        stop + 1 < len(words) and words[stop].text == "und" and words[stop + 1].capital
        and joined(words, stop - 1, stop, text) and joined(words, stop, stop + 1, text)
    ):  # fmt: skip
        stop += 2
    return stop


def joined(words: list[Token], left: int, right: int, text: str) -> bool:
    """Whether words `left` and `right` (its next) stand side by side, no punctuation between."""
    return not text[words[left].end : words[right].start].strip()


# Where something is: "former" after it speaks of the place ("in former Yugoslavia").
_WHERE = frozenset("in im from aus across throughout".split())
# How many capitalised words may name where an office is held between the word saying how it
# is held and the office ("former Manchester United manager").
_EMPLOYER_WORDS = 3


def held_across(words: list[Token], start: int, text: str, floor: int = 0) -> str:
    """The word saying how the office at `start` is held when the name of where it is held
    stands between them ("the former Chelsea manager", "a former NASA associate
    administrator", "Former Liberal Democrat leader" opening a sentence), in small letters;
    else "". `phrase` reads it right before the office; here the employer, a name of its own,
    parted them and the office was listed as if still held."""
    at = start
    while (
        at - 1 >= floor and start - at < _EMPLOYER_WORDS and words[at - 1].capital
        and not words[at - 1].sentence_start and joined(words, at - 1, at, text)
    ):  # fmt: skip
        at -= 1
    if at == start or at - 1 < floor or not joined(words, at - 1, at, text):
        return ""
    word = words[at - 1]
    if not holding_word(word.text) or not (word.text.islower() or word.sentence_start):
        return ""
    where = at - 2
    if where >= 1 and words[where].text.casefold() == "the" and joined(words, where, at - 1, text):
        where -= 1  # "In the former Soviet Union coach …"
    if where >= 0 and words[where].text.casefold() in _WHERE and joined(words, where, where + 1, text):
        return ""  # "In former East Germany trainer Klaus Berger …": a place that was
    return word.text.lower()


def phrase(words: list[Token], start: int, end: int, text: str, floor: int = 0) -> tuple[int, int]:
    """The whole office around the role words `words[start:end]`: ranks before it (not before
    `floor`), a second role word after it, or the department a "Head of" leads."""
    lower = words[start].text.islower()
    acronym = words[start].text.isupper()  # "acting CEO", "interim CFO"
    while (
        start - 1 >= floor
        and words[start - 1].text.casefold() in MODIFIERS
        and (words[start - 1].text.islower() == lower or acronym and words[start - 1].text.islower())
        and joined(words, start - 1, start, text)
    ):
        start -= 1
    if (
        start - 1 >= floor and words[start - 1].text.islower()
        and holding_word(words[start - 1].text) and joined(words, start - 1, start, text)
    ):  # fmt: skip
        start -= 1  # "former chief executive", "ehemalige Ministerin": how it is held
    if lower:  # "political scientist", "family medicine physician", "press secretary"
        first = start
        while (
            start - 1 >= max(floor, first - 3) and _field(words[start - 1].text)
            and joined(words, start - 1, start, text)
        ):  # fmt: skip
            start -= 1
    for gap in (0, 1):  # "General Manager", "chief operating officer", "Chief Strategy Officer"
        after = end + gap
        if after < len(words) and all(joined(words, i - 1, i, text) for i in range(end, after + 1)):
            plain = (
                all(
                    w.text.islower() == lower and not personal_name(w.text)
                    for w in words[end : after + 1]
                )
                and words[end].text.casefold() not in _JOINERS
            )
            size = role_size(words, after)
            if plain and size and words[after].text == bare(words[after].text):
                return start, after + size
    if lower and (field := _field_after(words, end, text)) > end:
        return start, field  # "senior vice president for space and launch"
    if not lower and (field := _german_field(words, end, text)) > end:
        return start, field  # "Fachanwältin für Arbeitsrecht"
    if words[end - 1].text.casefold() == "head" and end + 1 < len(words):
        if words[end].text == "of" and joined(words, end - 1, end, text):
            stop = end + 1
            while stop < len(words) and words[stop].capital and joined(words, stop - 1, stop, text):
                stop += 1
            if stop > end + 1:
                return start, stop  # "Head of Fundamental Research"
    return start, end
