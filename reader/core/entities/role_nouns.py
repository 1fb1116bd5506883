"""A German office's noun in the nominative singular, as a who's who line prints it.

The index keeps a role as the sentence wrote it before the name, and German declines the noun
there: "des Kandidaten Jair Bolsonaro" (a weak noun's "-en"), "seines Bruders Mischa" (the
genitive's "-s"), "seinen Töchtern Lena und Marie" (a dative plural), "Künstler:innen wie Taylor
Mac" (a plural for all genders), and an office declined like an adjective says the holder's sex
only without an article ("der FDP-Vorsitzende Christian Lindner": a list writes "FDP-Vorsitzender").
"Christian Lindner, FDP-Vorsitzende" or "Jair Bolsonaro, Kandidaten" reads as a slip, so the
index keeps the noun as a who's who would print it, and a list writes it so (`written_roles`). The word is changed only where its stem is an office, a
job or a kinship the rules know (`lexicon`, `role_phrases`, `kin`, `office_names`): "Präses" or
"Dekan" are not a declined "Präse" or "Deka". Where the sex matters and the first name does not
say it (`first_names.sex_of`), the declined form stays as the source wrote it, rather than guessed.
A list also writes a woman's office in her form where the source wrote none (`womans`).
"""

from __future__ import annotations

from functools import lru_cache

from reader.core.entities.kin import KIN_DE
from reader.core.entities.lexicon import ROLE_ENDINGS_DE
from reader.core.entities.office_names import OFFICES
from reader.core.entities.role_phrases import JOBS_DE
from reader.core.word_frequency import WORDS_REMEMBERED

# Offices declined like adjectives: "der Vorsitzende", "ein Vorsitzender", "die Vorsitzende".
_ADJECTIVAL = (
    "vorsitzend", "abgeordnet", "beauftragt", "angestellt", "bevollmächtigt", "gesandt",
    "delegiert", "sachverständig", "verlobt", "vertraut",
)  # fmt: skip
# Kin words whose plural changes the vowel ("Töchter", "Söhne", "Brüder"): their singular.
_UMLAUT_PLURALS = {
    "töchter": "Tochter", "töchtern": "Tochter", "söhne": "Sohn", "söhnen": "Sohn",
    "brüder": "Bruder", "brüdern": "Bruder", "mütter": "Mutter", "müttern": "Mutter",
    "väter": "Vater", "vätern": "Vater",
}  # fmt: skip
# Marks of a plural for all genders: "Künstler*innen", "Künstler:innen", "Künstler_innen".
_ALL_GENDERS = ("*innen", ":innen", "_innen", "Innen")


@lru_cache(maxsize=WORDS_REMEMBERED)  # a word's look-up: bounded, as every word cache is
def _known(word: str) -> bool:
    """Whether `word` (lower case) is an office, a job or a kinship in the nominative singular."""
    return (
        word in _OFFICES or word.endswith(ROLE_ENDINGS_DE) or word.endswith(JOBS_DE)
        or word in _KIN
    )  # fmt: skip


_OFFICES = frozenset(form.casefold() for _en, m, f in OFFICES.values() for form in (m, f))
# The kin words in the nominative singular: KIN_DE lists the declined forms a name follows too
# ("Bruders", "Neffen", "Enkeln"), left out here as another of its words with an ending.
_KIN_FORMS = frozenset(k.casefold() for k in KIN_DE)
_KIN = frozenset(
    low for low in _KIN_FORMS
    if not any(low.removesuffix(end) in _KIN_FORMS for end in ("s", "es", "n", "en") if low.endswith(end))
)  # fmt: skip


def adjectival(noun: str) -> bool:
    """Whether `noun` is an office declined like an adjective ("Vorsitzende", "Abgeordneten")."""
    low = noun.rpartition("-")[2].casefold()
    return any(low.removesuffix(end).endswith(_ADJECTIVAL) for end in ("er", "en", "e"))


def for_all_genders(noun: str) -> bool:
    """Whether `noun` is a plural for all genders: "Künstler*innen", "Künstler:innen"."""
    return noun.endswith(_ALL_GENDERS)


def singular(noun: str, sex: str) -> str:
    """`noun` in the nominative singular for a person of `sex` ("m", "f" or "" unknown):
    "Kandidaten" is "Kandidat", "Soziologen" "Soziologe" ("Soziologin" for a woman), "Bruders"
    "Bruder", "Töchtern" "Tochter", "FDP-Vorsitzende" "FDP-Vorsitzender" for a man; any other
    word, and one whose form depends on a sex not known, as written."""
    front, hyphen, word = noun.rpartition("-")
    front += hyphen
    if not word[:1].isupper() or word.isupper():
        return noun  # no German noun: "quarterback", "CEO"
    low = word.casefold()
    if adjectival(word):
        if low.endswith("er"):
            return noun  # "Vorsitzender Andrea Orlando": the source's own ending says a man
        stem = word[: len(word) - (2 if low.endswith(("er", "en")) else 1)]
        ending = {"m": "er", "f": "e"}.get(sex, "")
        return f"{front}{stem}{ending}" if ending else noun
    if for_all_genders(word):  # "Künstler*innen": his or her office's singular
        mark = next(m for m in _ALL_GENDERS if word.endswith(m))
        base = word[: -len(mark)]
        return front + (base if sex == "m" else f"{base}in" if sex == "f" else f"{base}{mark[0]}in")
    if low.endswith("innen") and _known(low[:-3]):
        return front + word[:-3]  # "Forscherinnen": a woman's office either way
    if low in _UMLAUT_PLURALS:
        return front + _UMLAUT_PLURALS[low]
    for cut in (1, 2):  # "Soziologen", "Bruders", "Richtern"; "Kandidaten", "Sohnes"
        stem = word[:-cut]
        if low[-cut:] in ("n", "s", "en", "es") and len(stem) > 3 and _known(stem.casefold()):
            return front + _feminine(stem, sex)
    return noun


def _feminine(stem: str, sex: str) -> str:
    """A woman's form of an office read off a declined or plural word ("Weltklasseathleten
    wie Elvira Oeberg": "Weltklasseathletin"), where the rules know it; else `stem`."""
    if sex != "f":
        return stem
    female = f"{stem.removesuffix('e')}in"
    return female if _known(female.casefold()) else stem


# A woman's form of each office the table knows, by the man's ("Arzt": "Ärztin", "Landrat":
# "Landrätin", "Vorsitzender": "Vorsitzende"); a compound takes its last part's.
_WOMAN_OF = {m.casefold(): f for _en, m, f in OFFICES.values()}
# An office no table lists takes "-in" where German forms a woman's office so: an agent noun
# and the Latin and French loans ("Pressesprecher", "Senator", "Assistent", "Praktikant",
# "Journalist", "Diplomat"), and "Chef". Any other stays as written: "Mitglied" and
# "Staatsoberhaupt" are neuter, said of anyone; "Bauer" or "Papst" change the vowel.
_TAKES_IN = ("er", "or", "ent", "ant", "ist", "at", "chef")
# Offices whose woman's form changes a part of the word, not its ending, by the part they end
# with ("Bankkaufmann": "Bankkauffrau"): these "-mann"s are a "-frau", a "Beamter" (declined
# like an adjective, but no "die Beamte") a "Beamtin". Only these: a "Hauptmann" is one for a
# woman too (a rank), a "Zimmermann" a "Zimmerin", a "Landsmann" a "Landsmännin", and a
# surname ("Hermann") is no office. ("Mann" alone is kin, read before.)
_PAIRED = (
    *((f"{part}mann", f"{part}frau") for part in """kauf fach ob feuerwehr kamera geschäfts
        ombuds staats vertrauens""".split()),
    ("beamter", "beamtin"),
    ("beamte", "beamtin"),
)


def womans(role: str) -> str:
    """A German `role` as a list writes it (`written_roles`) in the form a woman's office
    takes ("Pressesprecher" is "Pressesprecherin", "ehemaliger Minister für Finanzen"
    "ehemalige Ministerin für Finanzen"), where the rules know it; any other as written.
    For a woman whose sources wrote her office in a man's form or a shared plural ("White
    House press secretary", "Pressesprecher wie Stephanie Grisham und Sean Spicer")."""
    if (whole := _WOMAN_OF.get(role.casefold())) is not None:
        return whole  # "Nationaler Sicherheitsberater"
    words = role.split()
    run = []  # the capitalised words that open it: "Wiener Bürgermeister", "Präsident"
    for at, w in enumerate(words):
        if w.rpartition("-")[2][:1].isupper():
            run.append(at)
        elif run:
            break  # "Präsident der EU-Kommission": not "Kommission"
    # the office is the first the rules know, after an adjective a capital opens ("Wiener")
    head = next((at for at in run if _known(words[at].rpartition("-")[2].casefold())
                 or _womans_noun(words[at]) != words[at]), None)  # fmt: skip
    if head is None:
        return role  # no German noun: "quarterback"
    noun = _womans_noun(words[head])
    if noun == words[head]:
        return role
    front = [_womans_adjective(w) for w in words[:head]]
    return " ".join([*front, noun, *words[head + 1 :]])


# Adjectives a capital opens before an office, declined ("Regierender Bürgermeister",
# "Parlamentarischer Staatssekretär", "Erster Bürgermeister"); a town's ("Wiener") is not.
_DECLINED = ("ender", "ischer", "aler", "ierter", "erster", "zweiter", "dritter", "oberster")


def _womans_adjective(word: str) -> str:
    """An adjective as before a woman's office: "ehemaliger" is "ehemalige", "Regierender"
    "Regierende"; a town's, "Wiener" or "Berliner", as written."""
    declined = word.endswith("er") if word[:1].islower() else word.casefold().endswith(_DECLINED)
    return word[:-1] if declined else word


def _womans_noun(noun: str) -> str:
    """One noun of `womans`: the table's woman's form, an adjective's ending, a "Rat"'s
    "-rätin", a "-mann"'s "-frau" and a "Beamter"'s "Beamtin" (`_PAIRED`), else "-in" where
    `_TAKES_IN` says; a word the rules do not know as written,
    since a guessed "Arztin" or "Kaufmannin" reads worse than the man's form."""
    front, hyphen, word = noun.rpartition("-")
    low = word.casefold()
    if not word[:1].isupper() or word.isupper() or low.endswith("in") or low in _KIN:
        return noun  # "CEO"; "Ministerin" already; "Vater" a man's kinship
    for size in range(len(low), 3, -1):  # the longest office the word ends with
        if (woman := _WOMAN_OF.get(low[-size:])) is not None and " " not in woman:
            part = woman if size == len(low) else woman[0].lower() + woman[1:]
            return f"{front}{hyphen}{word[:-size]}{part}"
    for man, woman in _PAIRED:  # "Kaufmann": "Kauffrau", "Polizeibeamter": "Polizeibeamtin"
        if low.endswith(man):
            stem = word[: -len(man)]
            return f"{front}{hyphen}{stem}{woman if stem else woman.capitalize()}"
    if not _known(low):
        return noun
    if adjectival(word):  # "Beauftragter": "Beauftragte", as "Vorsitzender" in the table
        return noun.removesuffix("r") if low.endswith("er") else noun
    if low.endswith("rat") and not low.endswith("krat"):  # "Stadtrat": a "Rat" takes "ä"
        return f"{noun[:-3]}rätin"
    return f"{noun}in" if low.endswith(_TAKES_IN) else noun
