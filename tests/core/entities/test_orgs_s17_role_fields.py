"""A role word with the field it is for ("Secretary of State", "Minister of Health") before
a person's name is the person's role, no body named after the field and the person ("State
Mike Pompeo"); a company after "of" stays a company. Expected names read off hand-written
sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _found(text: str) -> dict[str, tuple[EntityKind, tuple[str, ...]]]:
    return {f.name: (f.kind, f.roles) for f in extract(text, "en")}


def test_a_secretary_of_a_field_is_a_role_before_the_name() -> None:
    found = _found("The talks were led by Secretary of State Mara Lindqvist on Monday.")
    assert found.get("Mara Lindqvist") == (EntityKind.PERSON, ("Secretary of State",))
    assert not any("State" in name for name in found)


def test_a_field_of_two_words_before_a_name_no_list_knows() -> None:
    found = _found("Earlier, Secretary of Homeland Security Kirstjen Nielsen said they would act.")
    assert found.get("Kirstjen Nielsen", (None,))[0] is EntityKind.PERSON
    assert "Homeland Security Kirstjen Nielsen" not in found


def test_two_roles_with_fields_in_one_sentence() -> None:
    found = _found("He met the Secretary of State Mike Pompeo and Minister of Health Jens Spahn.")
    assert found.get("Mike Pompeo", (None,))[0] is EntityKind.PERSON
    assert found.get("Jens Spahn", (None,))[0] is EntityKind.PERSON


def test_a_company_after_of_is_no_field() -> None:
    found = _found("The President of Microsoft Brad Smith said so on Friday.")
    assert found.get("Microsoft", (None,))[0] is EntityKind.ORG
