"""An acronym the text writes mostly before the kind of thing it names ("the ZMX platform",
"QUEST standardized exam", "MFA-Websites") is that thing's name, no organisation
(thing_acronyms); a body written so now and then beside its other mentions stays one.
Hand-written sentences."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str, lang: str = "en") -> set[str]:
    return {f.name for f in extract(text, lang) if f.kind is EntityKind.ORG}


def test_a_platform_named_by_an_acronym_is_no_organisation() -> None:
    orgs = _orgs(
        "The carmaker builds its new vans on the ZMX platform. Because the ZMX platform is "
        "modular, the vans can be longer."
    )
    assert "ZMX" not in orgs


def test_an_exam_named_by_an_acronym_is_no_organisation() -> None:
    orgs = _orgs("Teachers say the state's new QUEST standardized exam came far too early.")
    assert "QUEST" not in orgs


def test_a_kind_of_website_named_by_an_acronym_is_no_organisation() -> None:
    orgs = _orgs(
        "Viele LQA-Websites leben nur von Werbung. Die Studie zählte rund 900 LQA-Seiten.", "de"
    )
    assert "LQA" not in orgs


def test_a_body_with_its_website_stays_an_organisation() -> None:
    orgs = _orgs(
        "Die KVR hat die Tarife erhöht. Die neuen Preise stehen auf den KVR-Seiten, "
        "sagte ein Sprecher der KVR.",
        "de",
    )
    assert "KVR" in orgs
