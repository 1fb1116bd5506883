"""Makers no list knows, by the product after them: "LG 65UM7300", "Satechi 72W USB-C Car
Charger", "Brydge Pro Keyboard", "die Rollei 6x6".

Deal pages, reviews and gift guides name a brand once, right before its product; read as words
it became a person ("Linksys Velop"), a place ("Satechi") or nothing. `product_names` knows the
big makers of cars and devices by name; a smaller one shows itself the same way: a name that
is no word of either language, no first name and no place, directly before a model's code
(letters and digits in one word, not an ordinal, a decade or a measure) or opening a run of
three or more words that ends in a device's word ("Pro Keyboard"). Two words ("Zamazenta
Edition") are a product's name alone, as is a model without its maker.
"""

from __future__ import annotations

import re

from reader.core.entities import places
from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_word
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token, common_word, dictionary_word
from reader.core.entities.pieces import Piece

# A model's code: letters and digits in one word ("65UM7300", "AW3418DW", "DMC-FZ100", "S21").
_CODE = re.compile(r"[A-Za-z-]*\d[\w-]*")
# What looks like a code and is none: ordinals, decades, times, measures ("21st", "1990s",
# "10am", "25km", "4K" is a screen's, "3D").
_NOT_CODE = re.compile(
    r"\d+(?:[.,]\d+)?(?:st|nd|rd|th|s|er|es|am|pm|[a-z]{1,3}|[KDXP]|G)", re.IGNORECASE
)

# A chemical formula: two or more elements, each with at most two digits ("CO2", "N2O", "CH4").
_FORMULA = re.compile(r"(?:[A-Z][a-z]?\d{0,2}){2,}")


def model_code(word: str) -> bool:
    """Whether a word is a model's code rather than a number, an ordinal or a measure."""
    word = word.rstrip(".,;:!?)’'")
    return (
        len(word) >= 3
        and _CODE.fullmatch(word) is not None
        and any(c.isalpha() for c in word)
        and _NOT_CODE.fullmatch(word) is None
        and _FORMULA.fullmatch(word) is None
    )


def maker_name(word: str) -> bool:
    """Whether a word can only be a name, and nobody's: a brand's."""
    return (
        len(word) >= 2
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and word not in NEVER_NAME
        and not dictionary_word(word)
        and not common_word(word, "en")
        and not common_word(word, "de")
        and not german_word(word)
        and not (word.isupper() and len(word) > 3)  # "GSYNC IPS": a technology
        and not known_first_name(word)
        and places.lookup(word) is None
    )


def before_model(piece: Piece, before: Token | None, after: Token | None) -> bool:
    """Whether a piece is a maker's name alone right before a model's code ("LG 65UM7300"),
    the code left out of the run — and no name before it, whose product line it would be
    ("die Panasonic Lumix DMC-FZ100")."""
    return (
        len(piece.words) == 1
        and not (before is not None and before.capital and before.end + 1 == piece.start)
        and after is not None
        and after.start == piece.end + 1  # one space between: not "Lachgas (N2O)"
        and model_code(after.text)
        and maker_name(bare(piece.words[0].text))
    )


def opens_product(piece: Piece) -> bool:
    """Whether a run that ends in a device's word opens with a maker's name, with a model's
    name between ("Brydge Pro Keyboard")."""
    return len(piece.words) >= 3 and maker_name(bare(piece.words[0].text))


def maker_of(piece: Piece) -> Piece:
    """The maker that opens a product's run, as an organisation."""
    return Piece(EntityKind.ORG, piece.words[:1])
