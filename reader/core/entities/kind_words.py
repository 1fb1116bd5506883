"""A word for what a body is, before a name or as the first word of one: "Universität Bonn",
"Stadtwerke Kornheim" (a body and its town), "Chiphersteller Intel", "Partner Komeito" (the
word says what the name is), "Nachrichtenagentur Tasnim News" (the word, then a name with a
head of its own) — and such a word before a noun, which makes no name ("des Zentrums
Geschichte", "Betreiber von Sendernetzen"). Split from `classify`, which asks it once a run
has no role in it; what is left of the run goes back to `classify` (`rest`). An adjective and a
kind a country has many of ("an der Technischen Universität") name no body at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reader.core.entities import places
from reader.core.entities.cues import bare, head_word, name_like, org_head, place_of
from reader.core.entities.german_runs import noun_before_name
from reader.core.entities.german_words import german_word
from reader.core.entities.lexicon import ORG_HEADS_DE, ORG_WORDS
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word
from reader.core.entities.neighbours import german_only_compound
from reader.core.entities.pieces import Piece
from reader.core.entities.town_names import town_name

_BRANDS = ("label", "marke", "brand")  # a brand's name may be any word: "Label Edelziege"
# Kinds of body a country has many of, each named by its town or its founder: "Technische
# Universität Darmstadt", "Medizinische Hochschule Hannover".
_MANY = frozenset(
    """Universität Hochschule Fachhochschule Schule Klinik Universitätsklinik Museum
    Bibliothek Akademie Gymnasium""".split()
)
# An adjective of what such a body does: "Technische", "Medizinischen", "Pädagogische".
_WHAT_IT_DOES = re.compile(r"\w+(?:isch|lich|al)(?:e|en|er|es|em)")


def named_by_kind(
    run: list[Token],
    lang: str,
    lower_words: frozenset[str],
    rest: Callable[[list[Token]], list[Piece]],
) -> list[Piece] | None:
    """The pieces of a run that a word for a body opens, or None when none does."""
    if (
        lang == "de" and len(run) == 2 and run[1].text in _MANY
        and _WHAT_IT_DOES.fullmatch(run[0].text.casefold())
    ):  # fmt: skip
        return []  # "an der Technischen Universität": which one, its town or name would say
    first = bare(run[0].text).casefold()
    first = first[:-1] if lang == "de" and first.endswith("s") else first  # "Anbieters"
    if len(run) == 2 and head_word(first) and place_of(run[1].text) and not org_head(run, lang):
        return [Piece(EntityKind.ORG, run)]  # "Universität Bonn", "Bank Austria"
    if lang == "de" and run[0].text in _MANY and _town_of_many_words(run[1:]):
        return [Piece(EntityKind.ORG, run)]  # "Universität Tel Aviv": no town read apart
    body_head = (
        lang == "de" and first.endswith(ORG_HEADS_DE)
        and not first.endswith(ORG_WORDS)  # "Chemiekonzern Lunavit": a word for what it is
        and not first.endswith("rat")  # "Landrat Meier": a council's name is a title too
    )  # fmt: skip
    if body_head and (_town_of_many_words(run[1:]) or _joined_places(run[1:])):
        return [Piece(EntityKind.ORG, run)]  # "Stadtwerke Bad Tölz", "Amtsgericht München-Nord"
    if (
        body_head and len(run) == 2 and name_like(run[1], lang, lower_words)
        and (
            town_name(bare(run[1].text))  # "… Ebersberg"
            or not (
                german_word(run[1].text)
                or (german_only_compound(bare(run[1].text)) and place_of(run[1].text) is None)
            )
        )
    ):  # fmt: skip
        # "Stadtwerke Kornheim": a body and its town; not "die Krankenkasse Krankengeld
        # bezahlt", where a compound noun after the body is what it does or pays
        return [Piece(EntityKind.ORG, run)]
    if len(run) > 1 and first.endswith(ORG_WORDS) and not org_head(run, lang):
        if len(run) == 2 and place_of(run[1].text):
            return [Piece(EntityKind.ORG, run)]  # "Genossenschaftsverband Bayern"
        if run[1].text.islower():  # "Betreiber von Sendernetzen": what it does, no name
            return rest(run[2:])
        if (
            lang == "de"
            and len(run) == 2
            and (
                common_word(bare(run[1].text), lang)
                or (german_only_compound(bare(run[1].text)) and not first.endswith(_BRANDS))
                or (first.endswith(_BRANDS) and german_word(bare(run[1].text)))
            )
        ):  # "des Zentrums Geschichte", "Magazine Papier", "Portal Artenschutz", "das
            # Standard-Label Auskunft über …": a noun; not "Autobauer Volkswagen" (English
            return []  # writes it), "Label Edelziege", "Marke Puma" (no word of the dictionary)
        return [Piece(EntityKind.ORG, run[1:])]  # "Chiphersteller Intel", "Partner Komeito"
    if (
        len(run) > 2 and first.endswith(ORG_WORDS) and org_head(run[1:], lang)
        and name_like(run[1], lang, lower_words)
    ):  # fmt: skip
        # "Nachrichtenagentur Tasnim News", "des Unternehmens Siemens Energy": the word for
        # what it is, then a name with a head of its own
        return rest(run[1:])
    if lang == "de" and len(run) > 1 and noun_before_name(run):
        return rest(run[1:])  # "Finanzierungen Valendo GmbH"
    return None


def _town_of_many_words(words: list[Token]) -> bool:
    """Whether two to four words are one place's name ("Tel Aviv", "Rio de Janeiro", "Frankfurt
    am Main"): after a kind of body a country has many of, the town that names the one meant."""
    return 2 <= len(words) <= 4 and places.lookup(" ".join(bare(w.text) for w in words)) is not None


def _joined_places(words: list[Token]) -> bool:
    """Whether one word joins places by hyphens, a body's district of two towns or a town and
    its quarter ("Ravensburg-Weingarten", "München-Nord"): each part a place or a town's name
    (`german_word` takes "Ravensburg" for a noun, so the rule on a body and its town did not)."""
    parts = bare(words[0].text).split("-") if len(words) == 1 else []
    return len(parts) > 1 and all(place_of(part) is not None or town_name(part) for part in parts)
