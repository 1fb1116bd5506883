"""What single words inside a capitalised run say about the name it holds, as `classify` asks
while splitting the run: whether "von" or "of" joins two names or makes one, whether a word
before a first name is part of the name ("Duo Kimi …" is not, "Hans-Peter …" is), whether a
first name that is an English word opens a person's name ("Bill Clinton"), and what a
possessive or a town's adjective says.

Its own module because these judge words only, never split a run: `classify` stays the one
place that does, in the order a reader applies its rules.
"""

from __future__ import annotations

from reader.core.entities.cues import bare, head_word, name_like, org_head, role_length
from reader.core.entities.first_names import first_name_frequency, known_first_name
from reader.core.entities.german_words import german_word
from reader.core.entities.names import Token, english_noun
from reader.core.word_frequency import zipf as zipf_frequency

_GROUPS = frozenset("People Children Women Men".split())


def splits_at(run: list[Token], at: int, lang: str, lower_words: frozenset[str]) -> bool:
    """Whether "von"/"of" joins two names rather than making one: "Finanzpaket von Union",
    "Manager von Nordwerk", "Thomas Berger of the Institute", "Thomas Berger von der
    Universität Bonn" are two; "Richard von Weizsäcker", "Johann Wolfgang von Goethe" and
    "Bank of Japan" one."""
    before = run[at - 1]
    if head_word(bare(before.text).casefold()):
        return False  # "Bank of Japan", "Ministerium von …"
    if run[at].text == "of" and any(
        head_word(bare(head.text).casefold()) and joiner.text == "for"
        for head, joiner in zip(run[: at - 1], run[1:at], strict=False)
    ):
        return False  # "Organisation for the Prohibition of Chemical Weapons": what it is for
    if run[at].text in ("of", "on"):
        return True
    if lang == "en" and run[at].text == "von" and not org_head(run[at + 1 :], lang):
        return False  # English has no "von" but a name's: "Fritz Eckart von Weizsäcker"
    if at >= 2 and known_first_name(bare(run[at - 2].text)) and not known_first_name(before.text):
        return True  # a first name and a surname: "Thomas Berger von der Universität Bonn"
    after = [w for w in run[at + 1 :] if w.text not in ("der", "dem", "den")]
    if at >= 2 and after and org_head(after, lang) and not org_head(run[:at], lang):
        return True  # a body after it: "Yong Jiang von der Fujian … University"
    text = bare(before.text)
    first_name = (
        name_like(before, lang, lower_words) and zipf_frequency(text.casefold(), lang) >= 2.5
        and not (lang == "de" and german_word(text))  # "Corona-Beschlüsse von Bund"
    )  # fmt: skip
    return not first_name or bool(role_length(run, at - 1))


def first_name_and_surname(run: list[Token]) -> bool:
    """A first name that is an English word too ("Bill", "Grant") before a word no English
    dictionary has ("Clinton", "Ferrell"): a person's name, not one made of words ("Home
    Depot")."""
    last = bare(run[-1].text)
    return (
        len(run) == 2
        and known_first_name(bare(run[0].text))
        and len(last) > 2
        and last[1:].isalpha()
        and last[1:].islower()  # not "Xbox One X."
        and not english_noun(last)
    )


def borne(word: str) -> bool:
    """A first name someone bears where English or German is read: not a noun the first-name
    list holds for a country far away ("Duo")."""
    return known_first_name(word) and not (english_noun(word) and first_name_frequency(word) == 0)


def group_possessive(word: str) -> bool:
    """A possessive of people as a group, which belongs inside a name: "People's Liberation
    Army", "Women's Health Initiative" (not a team's: "the Chargers' Justin Herbert")."""
    return bare(word) in _GROUPS


def town_adjective(word: str, lang: str) -> bool:
    """A German adjective of a town before a role ("des Kücknitzer Künstlers", "Ruster
    Winzer"): where someone lives or works, no employer; a company in -er is named in English
    too ("Bayer", "Daimler")."""
    return lang == "de" and word.endswith("er") and zipf_frequency(word.casefold(), "en") == 0


# The last words of bodies English names whole before a person's name in one run: "the
# European Union Gordon Sondland", "the United Nations Nikki Haley".
_BODY_ENDS = frozenset("union nations association federation alliance council".split())


def body_before_person(run: list[Token], lang: str) -> int | None:
    """Where a body's name ends and a person's begins in one English run ("Ambassador to the
    European Union Gordon Sondland and …"): a body's last word, then a first name and a
    surname that end the run or come before "and"; the body is no part of the person's name."""
    if lang != "en":
        return None
    for cut in range(2, len(run) - 1):
        after = cut + 2
        if (
            bare(run[cut - 1].text).casefold() in _BODY_ENDS
            and all(w.capital for w in run[:cut])
            and first_name_and_surname(run[cut:after])
            and (after == len(run) or run[after].text == "and")
        ):
            return cut
    return None
