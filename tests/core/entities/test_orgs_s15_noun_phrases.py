"""German noun phrases read as organisations (noun_phrases.py): a short name with a thing of its
after it, when the text writes the name alone too ("die Vorgaben der KLUV Webseiten" beside
"der KLUV mahnt ab"), and a run of everyday German words before a head a kind of thing ends in
("Alternative Pensionsfonds", "eine Art Lebensversicherung", "Zusätzliche Software"). Hand-written
German sentences; bodies named so stay: a name in capitals ("KLUV ONLINE"), a body's head
("KLUV Stiftung"), an official or national opener ("Deutsche Rentenversicherung"), a name of no
dictionary before the head ("Zorbax Versicherung"); a name never written alone keeps its noun
("BrixCoop Aktivisten" is then left as it is)."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _orgs(text: str) -> set[str]:
    return {f.name for f in extract(text, "de") if f.kind is EntityKind.ORG}


def test_a_name_written_alone_loses_the_noun_glued_to_it() -> None:
    orgs = _orgs(
        "Der KLUV mahnt seit Jahren Bilder ab. Betroffen sind vor allem die Betreiber der "
        "KLUV Webseiten, die sich nicht an die Lizenz halten, und die Treffen der "
        "BrixCoop Aktivisten. Die BrixCoop hat darauf nicht reagiert."
    )
    assert "KLUV Webseiten" not in orgs
    assert "BrixCoop Aktivisten" not in orgs
    assert {"KLUV", "BrixCoop"} <= orgs


def test_a_body_head_or_capitals_keep_the_run() -> None:
    orgs = _orgs(
        "Die Förderung kommt von der KLUV Stiftung, die der KLUV gegründet hat. Am Mittag "
        "veröffentlicht KLUV ONLINE einen Bericht. Die Treffen der BrixCoop Aktivisten "
        "sind gut besucht."
    )
    assert {"KLUV Stiftung", "KLUV ONLINE"} <= orgs
    # a name never written alone is mentioned without its noun (session 16: the whole run
    # was no name a reader marks; test_orgs_s16_names_with_nouns)
    assert "BrixCoop" in orgs and "BrixCoop Aktivisten" not in orgs


def test_everyday_words_before_a_kind_head_name_no_body() -> None:
    orgs = _orgs(
        "Dabei fallen häufig die Begriffe Direktversicherung und Pensionskasse. Der Betrieb "
        "schließt eine Rückdeckungsversicherung ab, eine Art Lebensversicherung. Zusätzliche "
        "Software braucht es nicht, und als besonderen Service für Medienvertreter gibt es "
        "eine Karte."
    )
    assert not orgs & {
        "Begriffe Direktversicherung",
        "Art Lebensversicherung",
        "Zusätzliche Software",
        "Service für Medienvertreter",
    }


def test_official_openers_and_names_before_a_kind_head_stay_bodies() -> None:
    orgs = _orgs(
        "Die Deutsche Rentenversicherung zahlt die Rente, die Zorbax Versicherung den Rest. "
        "Das Bundesamt für Strahlenschutz misst, und die Brixolo Software GmbH liefert."
    )
    assert {"Deutsche Rentenversicherung", "Zorbax Versicherung"} <= orgs
    assert "Bundesamt für Strahlenschutz" in orgs


def test_a_run_german_counts_with_an_article_or_a_possessive_is_a_thing() -> None:
    orgs = _orgs(
        "Hier argumentiert eine Landesbehörde mit alten Zahlen, und die Landesbehörde bleibt "
        "dabei. Ich biete meine Gesellschaft für den Abend an. Den Kaffee brühen wir in einer "
        "French Press. Wer den Schein verliert, muss eine BQT machen, sagt die BQT-Stelle."
    )
    assert not orgs & {"Landesbehörde", "Gesellschaft für den Abend", "French Press", "BQT"}


def test_platforms_hyphenated_names_and_names_before_a_noun_after_an_article_stay() -> None:
    orgs = _orgs(
        "Sie schickt eine WhatsApp-Nachricht an einen Kollegen. Ein Brixolo-Sprecher sagte, "
        "Brixolo prüfe das, und Brixolo habe Zeit. Die Lieferung kommt in deinen KLUV Markt, "
        "sagt der KLUV."
    )
    assert {"WhatsApp", "Brixolo", "KLUV"} <= orgs


def test_english_everyday_words_before_a_kind_head_in_german_text_name_no_body() -> None:
    orgs = _orgs(
        "Wolle ist heute bei Green Fashion Brands beliebt. Wir bieten Cloud Services und "
        "Beratung an. Die Brixolo Brands GmbH liefert."
    )
    assert not orgs & {"Green Fashion Brands", "Cloud Services"}
    assert "Brixolo Brands GmbH" in orgs


def test_a_kind_of_body_before_a_name_given_alone_is_no_part_of_it() -> None:
    orgs = _orgs(
        "Das sagen die Ökonomen der italienischen Großbank Zentrolix in einer Analyse. Nach "
        "Angaben von Zentrolix wächst die Wirtschaft. Die Investmentbank Kaluga schweigt. Die "
        "Europäische Union und die Union verhandeln, sagte die Union. Die Landeseigene "
        "Brixolo Bank investiert, nach Angaben von Brixolo Bank in Asien."
    )
    assert not orgs & {"Großbank Zentrolix", "Landeseigene Brixolo Bank"}
    assert {"Zentrolix", "Brixolo Bank"} <= orgs
    assert {"Investmentbank Kaluga", "Europäische Union"} <= orgs
