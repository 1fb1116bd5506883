"""A classified stretch of a run (`Piece`), and what single words make on their own: a word
left over from a run that is no name as a whole, a hyphenated word ("Japan-USA-Allianz",
"Apec-Gipfel", "Frank-Walter"), and the names inside a hyphenated role ("US-Präsident",
"VW-Chef"). `classify` judges whole runs and hands single words here.
"""

from __future__ import annotations

from dataclasses import dataclass

from reader.core.entities import places
from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, name_like, org_head, place_of, role_length
from reader.core.entities.german_words import german_compound, german_word, verb_stem
from reader.core.entities.lexicon import (
    DEGREES,
    NEVER_NAME,
    NOT_ORG_ACRONYMS,
    ORG_COMPOUND_HEADS,
    PARTIES,
    PARTY_ACRONYMS,
    PLATFORMS,
    ROLE_TITLES,
)
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, english_noun

# The last part of a hyphenated site's name: "Helmut-Körnig-Halle", "Willy-Brandt-Straße".
_SITE_HEADS = frozenset("Halle Platz Straße Brücke Stadion Arena Schanze Kirche Allee".split())
# The last word of a body of members' name, never part of an office's ("Teachers Association
# President", "Teamsters Union President"), unlike "House Speaker", "Press Secretary", "Police
# Chief", where the word before the office says where it is held.
_BODY_HEADS = frozenset(
    """association union federation foundation institute society league alliance organization
    organisation coalition council commission committee party""".split()
)
# Chambers English names with one capitalised word ("the Senate voted", "Congress failed").
_LEGISLATURES = frozenset("Senate Congress Parliament House".split())
# American parties' letters before a state ("D-NY", "R-TX"), which `layout` reads.
_PARTY_LETTERS = frozenset("R D I".split())


@dataclass(slots=True)
class Piece:
    """A classified stretch of a run: its kind (None: not known yet), its words, the role
    that preceded it (people) and the place it names (places)."""

    kind: EntityKind | None
    words: list[Token]
    role: str = ""
    place: places.Place | None = None
    weak: bool = False  # an organisation only if the text names it so again
    # a word of a longer run that made no name as a whole ("Sierra" of "Sierra Nevada"):
    # no name by its looks alone
    fragment: bool = False
    # a person's name in the German genitive ("Martin Luthers Thesen", "James Comeys
    # Stellungnahme"): the same person as the name without its "-s"
    genitive: bool = False

    @property
    def start(self) -> int:
        return self.words[0].start

    @property
    def end(self) -> int:
        return self.words[-1].end

    def text(self, source: str) -> str:
        """The name as written, without a possessive ending — unless the ending is part of
        a listed company's name ("Lowe's", "McDonald’s", "Sainsbury's")."""
        written = source[self.start : self.end]
        name = bare(written)
        if name != written and self.kind is EntityKind.ORG:
            whole = written.replace("’", "'")
            if whole.endswith("'s") and listed(whole):
                return written
        return name


def single(word: Token, lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """What one word of a run is on its own: its parts if hyphenated, a place, an
    organisation (an acronym or a head), or undecided."""
    if bare(word.text) in DEGREES:
        return []  # "a PhD in physics": a degree, no name
    parts = word.text.split("-")
    if len(parts) > 1 and all(parts):
        return _compound(word, parts, lang, lower_words)
    place = place_of(word.text)
    if place is not None:
        return [Piece(EntityKind.PLACE, [word], place=place)]
    if acronym(word.text) or org_head([word], lang) or bare(word.text) in _LEGISLATURES:
        return [Piece(EntityKind.ORG, [word])]
    if bare(word.text) in PLATFORMS:  # "auf unserer Instagram Seite": the service
        return [Piece(EntityKind.ORG, [word])]
    return [Piece(None, [word])]  # undecided: a variant, a person, an organisation, or nothing


def _compound(word: Token, parts: list[str], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """A hyphenated word: "Japan-USA-Allianz" names two places, "Apec-Gipfel" an
    organisation, "Ishin-Partei" is one, "Frank-Walter" may begin a name."""
    if org_head([word], lang):
        return [Piece(EntityKind.ORG, [word])]
    # "Helmut-Körnig-Halle", "Konrad-Adenauer-Platz": a site named after a person; not
    # "Mehrzweck-Halle", a kind of hall
    if parts[-1] in _SITE_HEADS and all(
        p[:1].isupper() and not common_word(p, lang)
        and not german_word(p) and not german_compound(p)
        for p in parts[:-1]
    ):  # fmt: skip
        name = bare(word.text)
        return [
            Piece(
                EntityKind.PLACE, [word], place=places.Place(f"site:{name.casefold()}", name, name)
            )
        ]
    if parts[0] in PLATFORMS:  # "Facebook-Feeds", "WhatsApp-Exkurs": the service's
        return [
            Piece(EntityKind.ORG, [Token(parts[0], word.start, word.start + len(parts[0]), False)])
        ]
    # "Freenet-Chef", "Rheinmetall-Tochtergesellschaften", "NDR-Recherchen": what belongs to
    # or speaks for a body makes the name before it that body
    org_compound = parts[-1].casefold() in ORG_COMPOUND_HEADS or (
        len(parts) == 2 and role_length([Token(parts[-1], 0, 0, False)], 0) > 0
    )
    if (
        all(p[:1].isupper() and not common_word(p, lang) and not acronym(p) for p in parts)
        and not any(place_of(p) for p in parts)
        and not org_compound
    ):
        if (
            lang == "de"
            and len(parts) == 2
            and (german_word(parts[1]) or german_compound(parts[1]))
        ):
            # "Astrazeneca-Impfstoff", "Tesla-Fabrik": a thing of the name, which stands alone
            return [Piece(None, [Token(parts[0], word.start, word.start + len(parts[0]), False)])]
        return [Piece(None, [word])]
    technical = _technical([p for p in parts if p.isupper()])  # "USB-PD(-Standard)"
    # "T-GDI", "E-ID": a code opened by a letter; not "(D-NY)", a party's and a state's
    technical = technical or (len(parts[0]) == 1 and parts[0] not in _PARTY_LETTERS)
    found, at = [], word.start
    for i, part in enumerate(parts):
        span = Token(part, at, at + len(part), False)
        place = place_of(part) if part[:1].isupper() else None
        if place is not None:
            found.append(Piece(EntityKind.PLACE, [span], place=place))
        elif acronym(part) and not technical:
            found.append(Piece(EntityKind.ORG, [span]))
        elif (
            not technical
            and i + 1 < len(parts)
            and org_compound
            and len(part) > 2
            and name_like(span, lang, lower_words)
            and not german_word(part)
            and not (lang == "de" and german_compound(part))
            and not (english_noun(part) and not listed(part))  # "Top-Reporter", "Streaming-…"
            and not (lang == "de" and verb_stem(part))  # "Impf-Gipfel": a summit on vaccines
        ):
            found.append(Piece(EntityKind.ORG, [span]))
        elif (
            org_compound
            and len(parts) == 2
            and i == 0
            and part[:1].isupper()
            and lang == "de"
            and (german_word(part) or german_compound(part))
        ):
            # "Handelsblatt-Korrespondenten", "Spiegel-Redakteur": a word of German may name
            # the body (a paper's title is one); what the text shows of it decides, as for
            # "Tesla-Fabrik"
            found.append(Piece(None, [span]))
        at += len(part) + 1
    return found


def _technical(parts: list[str]) -> bool:
    """Acronyms (a compound's words in capitals) joined to a term of technology, which name a
    part or a mode of it ("USB-PD", "DVB-T2"), not the bodies two acronyms joined name
    ("SPD-CDU-Koalition", "US-FDA": a party, a place)."""
    return len(parts) > 1 and any(
        p in NOT_ORG_ACRONYMS and p not in PARTY_ACRONYMS and place_of(p) is None for p in parts
    )


def known(run: list[Token], lang: str, lower_words: frozenset[str]) -> list[Piece]:
    """The places and acronyms among words that are no name together; the other words are
    left out rather than guessed at one by one ("Star", "Trek")."""
    return [p for w in run for p in single(w, lang, lower_words) if p.kind is not None]


def role_start(run: list[Token], at: int, lang: str) -> int:
    """Where a role phrase begins: "Treasury Secretary" and "Japanese Prime Minister" keep the
    capitalised words before the role word that are ordinary words, not names of their own."""
    start = at
    while start > 0:
        previous = run[start - 1]
        word = bare(previous.text)
        if previous.text in ROLE_TITLES:  # "Prof. Dr.": both titles are the role
            start -= 1
            continue
        if place_of(word) or word in NEVER_NAME or word.isupper() or not word[:1].isupper():
            break
        if not (common_word(word, "en") or common_word(word, lang)):
            break
        if lang == "en" and word.casefold() in _BODY_HEADS and _named_before(run, start - 1):
            break  # "Ohio Nurses Association President …": the body's head, no part of the role
        start -= 1
    return start


def _named_before(run: list[Token], at: int) -> bool:
    """Whether a body's head at `at` ends a name: a capitalised word before it in the run
    ("Nurses" of "Ohio Nurses Association"); "Union Minister" opening a run names no body."""
    return at > 0 and run[at - 1].text[:1].isupper() and run[at - 1].text not in NEVER_NAME


def role_parts(role_words: list[Token], lang: str) -> list[Piece]:
    """Places and organisations inside a role: "US-Präsident" names the USA, "VW-Chef" VW,
    "Freenet-Chef" Freenet, "Grünen-Fraktionschefin" the Greens (not "Vize-Kanzler")."""
    found: list[Piece] = []
    for word in role_words:
        if "-" not in word.text:
            continue
        part = word.text.rsplit("-", 1)[0]  # "Mobilcom-Debitel-Chef"
        span = Token(part, word.start, word.start + len(part), False)
        place = place_of(part)
        name = all(
            len(p) > 2 and p[0].isupper() and p[1:].islower() and p not in NEVER_NAME
            and not common_word(p, lang) and not german_word(p)
            and not english_noun(p)  # "Tennis-Olympiasieger"
            and not (lang == "de" and german_compound(p))  # "Gesamtweltcup-Siegerin"
            for p in part.split("-")
        )  # fmt: skip
        if place is not None:
            found.append(Piece(EntityKind.PLACE, [span], place=place))
        elif acronym(part) or part in PARTIES or name:
            found.append(Piece(EntityKind.ORG, [span]))
    return found
