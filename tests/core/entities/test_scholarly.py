"""What scholarly writing puts in capitals without naming an organisation: a species' genus
before its Latin epithet, authors cited in brackets with a year. Hand-written sentences in
both languages; expected values from what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _orgs(found: list[Found]) -> set[str]:
    return {f.name for f in found if f.kind is EntityKind.ORG}


def test_a_genus_before_its_epithet_is_no_organisation() -> None:
    text = (
        "A hunter has been diagnosed with pneumonic plague, caused by the bacteria Yersinia "
        "pestis, researchers at Johns Hopkins University said. Yersinia pestis is spread by "
        "fleas. They found Pseudomonas aeruginosa in the samples; Pseudomonas aeruginosa "
        "activated the receptors."
    )
    orgs = _orgs(extract(text, "en"))
    assert not orgs & {"Yersinia", "Pseudomonas", "Escherichia"}
    assert "Johns Hopkins University" in orgs


def test_a_brand_before_an_english_word_is_no_genus() -> None:
    text = (
        "Sonos speakers were cheaper on Friday. Sonos said the sale ends on Monday, and "
        "Sonos shares rose."
    )
    assert "Sonos" in _orgs(extract(text, "en"))


def test_authors_cited_with_a_year_are_no_organisation() -> None:
    text = (
        "Der Einfluss dieser Stoffe wird derzeit diskutiert (Koch & Stevenson, 2017). "
        "Andere Studien sehen das anders (vgl. Alexander & Lück, 2016; Meier, 2015), "
        "auch später noch (Alexander & Lück 2016). "
        "Die Kanzlei Beiten & Burkhardt berät die Deutsche Bank."
    )
    orgs = _orgs(extract(text, "de"))
    assert not orgs & {"Koch & Stevenson", "Alexander & Lück"}
    assert {"Beiten & Burkhardt", "Deutsche Bank"} <= orgs


def test_a_firm_named_in_the_sentence_with_a_year_stays() -> None:
    text = "According to Ernst & Young (2019), the market grew, and Ernst & Young said so."
    assert "Ernst & Young" in _orgs(extract(text, "en"))
