"""An acronym is the short form of a name it can stand for, never of another acronym it
merely shares letters with: "UEPB" and "UNEB" are not "UNESP Bauru", "UFFS" is not "UFF"."""

from reader.core.entities import EntityKind, extract
from reader.core.entities.abbreviations import abbreviates


def _orgs(text: str, lang: str = "en") -> dict[str, list[str]]:
    return {
        f.name: [text[s:e] for s, e in f.spans]
        for f in extract(text, lang)
        if f.kind is EntityKind.ORG
    }


def test_acronym_sharing_an_acronyms_letters_is_no_short_form() -> None:
    assert not abbreviates("UEPB", "UNESP Bauru")
    assert not abbreviates("UNEB", "UNESP Bauru")
    assert not abbreviates("ABCD", "ABCX Dortmund")


def test_acronym_of_initials_or_whole_acronym_still_fits() -> None:
    assert abbreviates("UB", "UNESP Bauru")
    assert abbreviates("EZB", "Europäische Zentralbank")
    assert abbreviates("BMFSFJ", "Bundesministerium für Familie, Senioren, Frauen und Jugend")


def test_longer_acronym_is_no_plural_of_a_shorter_one() -> None:
    orgs = _orgs("Students of UFF and of UFFS marched; UFF staff joined them.")
    assert "UFFS" in orgs and orgs["UFFS"] == ["UFFS"]
    assert "UFF" in orgs and "UFFS" not in orgs["UFF"]


def test_member_of_a_party_still_joins_it() -> None:
    text = "The Democrats won the state. One Democrat said the Democrats would hold it."
    orgs = _orgs(text)
    assert "Democrat" not in orgs
