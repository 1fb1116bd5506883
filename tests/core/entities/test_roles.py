"""A person's roles in a who's who: one per office, in the list's language. Expected lists are
written by hand from the roles the seeds and test pages gave three heads of government and a
president (as `briefing entities --json` listed them before roles were merged)."""

from __future__ import annotations

from reader.core.entities import EntityKind, EntitySummary, extract, merge_roles, whos_who_markdown

TAKAICHI = ["Regierungschefin", "Japanese Prime Minister", "Prime Minister", "Ministerpräsidentin",
            "prime minister"]  # fmt: skip


def test_one_office_in_two_languages_and_cases_is_one_role_in_the_list_language() -> None:
    assert merge_roles(TAKAICHI, "en") == ("Japanese Prime Minister", "head of government")
    assert merge_roles(TAKAICHI, "de") == ("Ministerpräsidentin", "Regierungschefin")
    plain = ["Premierminister", "Prime Minister", "prime minister"]
    assert merge_roles(plain, "en") == ("Prime Minister",)
    assert merge_roles(plain, "de") == ("Premierminister",)


def test_a_country_code_travels_and_a_german_form_keeps_the_gender() -> None:
    assert merge_roles(["President", "US-Präsident"], "en") == ("US President",)
    assert merge_roles(["President", "US-Präsident"], "de") == ("US-Präsident",)
    assert merge_roles(["US-Außenminister", "Secretary of State"], "en") == (
        "US Secretary of State",
    )
    assert merge_roles(["EU-Außenministerin"], "en") == ("EU Foreign Minister",)
    # only English forms: a feminine German role elsewhere in the list gives the feminine form
    assert merge_roles(["Prime Minister", "Regierungschefin"], "de") == (
        "Premierministerin", "Regierungschefin")  # fmt: skip
    assert merge_roles(["Prime Minister"], "de") == ("Premierminister",)


def test_roles_the_table_does_not_know_merge_by_case_only() -> None:
    # "Ex-Landammann": a Swiss office no table knows ("Landrat" is a German role since
    # session 31, left out beside an English one as "Staatschef" is)
    assert merge_roles(["leader", "Leader", "Ex-Landammann"], "en") == (
        "Leader",
        "Ex-Landammann",
    )
    # an office the table knows since session 28 is said in the list's language, held before too
    assert merge_roles(["Ex-Chefredakteur"], "en") == ("former editor-in-chief",)
    # a former office is one of its own, in the list's language; beside the office held it is
    # one role, in the form most sources give (session 39: not "Prime Minister" listed twice)
    assert merge_roles(["Ex-Premier"], "en") == ("former Prime Minister",)
    assert merge_roles(["Ex-Premier", "Prime Minister"], "en") == ("former Prime Minister",)
    assert merge_roles(["Ex-Premier", "former prime minister"], "de") == ("Ex-Premier",)
    assert merge_roles(["Staatschef", "Chinese President", "Präsident", "leader", "president"],
                       "en") == ("Chinese President", "head of state", "leader")  # fmt: skip


def test_whos_who_lists_each_office_once() -> None:
    class Src:
        id, title, site_name, byline, published, agency = 7, "Gipfel", "Zeit", None, None, None

    person = EntitySummary(1, EntityKind.PERSON, "Sanae Takaichi", tuple(TAKAICHI), 1, 3)
    text = whos_who_markdown([Src()], [person], {1: [7]}, language="en")
    assert "- **Sanae Takaichi** — Japanese Prime Minister, head of government [^who-7]" in text


def test_an_administrator_after_the_agency_is_a_role() -> None:
    """ "NASA Administrator Jim Bridenstine" was one organisation of four words on space news."""
    found = extract(
        "The agency met on Monday. NASA Administrator Jim Bridenstine said it would fly. "
        "Superintendent Maria Lopez said classes resume.",
        "en",
    )
    kinds = {f.name: (f.kind, f.roles) for f in found}
    assert kinds["Jim Bridenstine"] == (EntityKind.PERSON, ("Administrator",))
    assert kinds["NASA"] == (EntityKind.ORG, ())
    assert kinds["Maria Lopez"] == (EntityKind.PERSON, ("Superintendent",))
