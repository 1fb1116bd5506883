"""An outlet English names with "the" ("The Verge") is one organisation with the mentions that
drop the article ("Verge"): not a second one beside it (variants.organisations). Hand-written
sentences; expected values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def test_a_name_without_its_article_is_the_same_organisation() -> None:
    text = (
        "According to The Verge’s review, the console runs games in 4K. The Verge said the "
        "controller still needs Wi-Fi."
    )
    orgs = [f for f in extract(text, "en") if f.kind is EntityKind.ORG]
    assert [f.name for f in orgs] == ["The Verge"]
    assert len({start for start, _ in orgs[0].spans}) >= 2
