"""A person introduced by a word for who they are: "den Amerikaner Eric Court", "seinem
Spielpartner André Penny", "rival Max Verstappen", "Republican Phil Bryant".

Such a run is a word of the language, then a first name and one more name. The first word
says what the person is to the story — a compatriot, a team-mate, a rival — and looks like a
company's word ("Partner Komeito", "Rivale Stellantis"), and the surname may be a word that
ends bodies' names ("Court", "House"): neither makes a company of a first name and a surname.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.first_names import known_first_name
from reader.core.entities.german_words import german_word
from reader.core.entities.kin import KIN_DE, family_name
from reader.core.entities.names import Token

# Words for what a person or a company is to another: "Spielpartner", "Konkurrent", "rival".
_RELATIONS = ("partner", "rival", "rivale", "konkurrent", "konkurrentin", "partnerin")
# Words for a party's member that English writes before the name: "Republican Phil Bryant",
# "Tory Jacob Rees-Mogg" (a body's name goes on after them: "Republican Governors Association").
_PARTISANS = frozenset("Republican Democrat Tory Conservative Liberal Socialist".split())
# German nouns for people of a country or a town: "Amerikaner", "Engländerin", "Franzosen".
_INHABITANTS = ("aner", "anerin", "länder", "länderin", "zose", "zosen", "ier", "ierin")


def introduced_person(run: list[Token], lang: str) -> str | None:
    """The word that says who someone is, when the run is that word, then the person's first
    name and surname: the role for a relation ("Spielpartner"), "" for a compatriot; None
    for any other run. A German word of kinship and a first name ("Gattin Gisela", "Sohn
    Levi") are a family's member, named by first name only, whom the kinship describes."""
    if lang == "de" and len(run) == 2 and run[0].text in KIN_DE:
        return run[0].text if family_name(bare(run[1].text)) else None
    if len(run) == 2 and bare(run[0].text).casefold().endswith(_RELATIONS):
        # "Geschäftspartner Willi", "Tanzpartner Thomas": a first name alone after the word
        # is a person's, as after a kinship's; "Koalitionspartner SPD" and a shop's possessive
        # ("Rival Lowe's") stay bodies
        name = run[1].text
        possessive = name.endswith(("'s", "’s"))
        return bare(run[0].text) if family_name(bare(name)) and not possessive else None
    if len(run) != 3 or not known_first_name(bare(run[1].text)) or not run[2].capital:
        return None
    word = bare(run[0].text)
    if word.casefold().endswith(_RELATIONS):
        return word
    if lang == "en" and word in _PARTISANS:
        return ""  # "Republican Phil Bryant": a party's member, no office
    if lang == "de" and word.casefold().endswith(_INHABITANTS) and german_word(word):
        return ""  # "Amerikaner" says where one is from, no role
    return None
