"""What the rules may say of a text in a language they were not made for.

The rules read German and English: a dictionary of English words, German and English word
frequencies and the two languages' articles tell a name from a word. In a Portuguese,
Indonesian or Russian text every ordinary word is "no word of either language", so capitalised
words at a sentence's start or in a title become organisations ("Sebaliknya", "Mensagens") and
pairs of them people ("Reflexão Sobre", "Syiah Ali"). Places (a gazetteer) and figures (digits)
hold in any language; a person holds when the name opens with a first name of the list
(gender-guesser's names come from many countries); organisations do not.
"""

from __future__ import annotations

from reader.core.entities.first_names import known_first_name
from reader.core.entities.model import EntityKind, Found


def other_language(lang: str | None) -> bool:
    """Whether a source's language code names a language other than German or English (an
    unknown language counts as English, as the rules read it)."""
    code = (lang or "").casefold()
    return bool(code) and not code.startswith(("de", "en"))


def kept(found: list[Found]) -> list[Found]:
    """The entities of a text in another language that its words cannot have misled."""
    return [
        f for f in found
        if f.kind in (EntityKind.PLACE, EntityKind.FIGURE)
        or (f.kind is EntityKind.PERSON and len(f.name.split()) > 1
            and known_first_name(f.name.split()[0]))
    ]  # fmt: skip
