"""A first name alone after a word of kinship is a person: "his wife, Kimberly", "my wife
Kimberly", "Gattin Gisela (75)", "mein Sohn Levi", "an der Seite seines Bruders Mischa",
"my friend Helen", and the second of two kin named together ("den Töchtern Anna und
Veronika").

News names a subject's family by first name only, after the word that says who they are to
him; nothing else in the text may name them again, and a lone first name with no verb of
saying beside it is otherwise left undecided and dropped. No company, product or place is
anyone's wife or son. English writes the kinship word after a possessive ("his", "Trump's");
German writes it as a capitalised noun, with or without one ("Gattin Gisela", "seines
Bruders Mischa").
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import first_name_frequency, personal_name
from reader.core.entities.names import Token
from reader.core.word_frequency import zipf

_KIN_EN = frozenset(
    """wife husband son daughter brother sister mother father mom mum dad widow widower
    fiancee fiancée fiance fiancé girlfriend boyfriend grandson granddaughter grandmother
    grandfather niece nephew cousin uncle aunt stepson stepdaughter stepfather stepmother
    friend sons daughters brothers sisters""".split()
)
# With the genitive and dative forms a name follows ("seines Bruders Mischa", "ihrem Sohn").
KIN_DE = frozenset(
    """Frau Mann Mannes Ehefrau Ehemann Ehemanns Gattin Gatte Gatten Sohn Sohnes Sohns
    Tochter Bruder Bruders Schwester Mutter Vater Vaters Mama Papa Oma Opa Enkel Enkels
    Enkelin Cousin Cousins Cousine Onkel Onkels Tante Neffe Neffen Nichte Freundin Freund
    Freundes Lebensgefährtin Lebensgefährte Lebensgefährten Verlobte Verlobten Witwe Witwer
    Großmutter Großvater Großvaters Stiefsohn Stieftochter Schwiegersohn Schwiegertochter
    Söhne Söhnen Töchter Töchtern Brüder Brüdern Schwestern Enkeln Enkelinnen""".split()
)
_POSSESSIVES_EN = frozenset("his her my their our your its".split())


def after_kin(words: list[Token], at: int, lang: str) -> bool:
    """Whether the word at `at` is a first name right after a word of kinship ("wife
    Kimberly", "wife, Kimberly", "Sohn Levi"), in English with a possessive before that word,
    or after such a first name and "and" ("Töchtern Anna und Veronika")."""
    if at < 1 or not family_name(bare(words[at].text)) or words[at].sentence_start:
        return False
    if at > 2 and words[at - 1].text in ("und", "and") and after_kin(words, at - 2, lang):
        return True  # "den Töchtern Anna und Veronika", "his sons Levi and Noah"
    kin = words[at - 1]
    if words[at].start - kin.end not in (1, 2):  # "wife Kimberly", "wife, Kimberly"
        return False
    if lang == "de":
        return kin.text in KIN_DE
    if kin.text.casefold() not in _KIN_EN or at < 2:
        return False
    owner = words[at - 2].text
    return owner.casefold() in _POSSESSIVES_EN or owner.endswith(("'s", "’s"))


def family_name(word: str) -> bool:
    """A first name the list gives a sex, and no brand's ("Mercedes" after "Tochter", the
    subsidiary): a word English writes often is a name only when many people bear it."""
    return personal_name(word) and (
        zipf(word.casefold(), "en") < 3.8 or first_name_frequency(word) >= 5
    )


def kin_before(words: list[Token], at: int) -> str:
    """The word of kinship before the first name at `at` ("wife", "Sohn"), or "": what the
    person is to the story's subject, read as the role of someone named by first name only."""
    if not any(after_kin(words, at, lang) for lang in ("en", "de")):
        return ""
    if words[at - 1].text in ("und", "and"):
        return kin_before(words, at - 2) or words[at - 3].text  # "Töchtern Anna und Veronika"
    return words[at - 1].text
