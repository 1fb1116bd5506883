"""Organisations found by evidence that works for names no rule lists: how the text treats a
name across its mentions, the list it stands in, the compound it opens, and the companies of
the main stock indices — and the words that only look like names. Expected values read off
the hand-written texts."""

from __future__ import annotations

from reader.core.entities import EntityKind, Found, extract


def _names(found: list[Found], kind: EntityKind) -> set[str]:
    return {f.name for f in found if f.kind is kind}


def _organisations_and_mentions(text: str) -> dict[str, int]:
    """Each organisation an English text names, with how many places name it."""
    return {f.name: len(f.spans) for f in extract(text, "en") if f.kind is EntityKind.ORG}


def test_a_german_name_never_written_with_an_article_is_an_organisation() -> None:
    text = (
        "Apple will sich von seinen Zulieferern unabhängig machen. Laut Bericht arbeitet Apple "
        "mit Partnern an neuen Akkus. Bei den Materialien teste Apple einen höheren Anteil. "
        "Das Smartphone wird dünner. Im Smartphone steckt mehr Leistung. Dem Smartphone fehlt nichts."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert "Apple" in orgs
    assert "Smartphone" not in orgs  # with an article: a noun


def test_a_german_name_written_only_twice_is_not_enough() -> None:
    text = "Silizium ersetzt Graphit. Mit Silizium steigt die Kapazität."
    assert "Silizium" not in _names(extract(text, "de"), EntityKind.ORG)


def test_names_listed_with_an_organisation_are_organisations() -> None:
    text = (
        "Wistron and Global Lighting Technologies are said to supply the keyboards. "
        "Regulators questioned Valve, Comcast and others."  # "Valve" alone is a word
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert {"Wistron", "Global Lighting Technologies", "Valve", "Comcast"} <= orgs
    assert "Wistron and Global Lighting Technologies" not in orgs
    text = "Regulators questioned Comcast and Valve on Monday."  # the organisation first
    assert "Valve" in _names(extract(text, "en"), EntityKind.ORG)


def test_one_name_joined_by_and_stays_one() -> None:
    text = "WeWork is the subject of a U.S. Securities and Exchange Commission inquiry."
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert "U.S. Securities and Exchange Commission" in orgs


def test_a_name_before_a_role_or_a_part_of_a_body_in_a_german_compound() -> None:
    text = (
        "Valendo-Chef Peter Lanz sprach von einem guten Jahr. 2020 kursierte ein "
        "Reuters-Bericht, die Exaring-Tochtergesellschaften wuchsen."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert {"Valendo", "Reuters", "Exaring"} <= orgs
    text = "Das bestätigte ein Finleap-Manager am Montag."  # a role ends the word
    assert "Finleap" in _names(extract(text, "de"), EntityKind.ORG)


def test_an_ampersand_inside_a_name_and_its_acronym() -> None:
    text = (
        "Pacific Gas & Electric Co. began shutting off power. PG&E officials said winds "
        "could spark fires. Executives from AT&T testified."
    )
    orgs = {f.name: f for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert set(orgs) == {"Pacific Gas & Electric Co.", "AT&T"}
    assert len(orgs["Pacific Gas & Electric Co."].spans) == 2  # PG&E is the same company


def test_the_first_half_of_a_german_compound_is_no_name() -> None:
    text = "Das Silizium verkürzt die Lade- und Entladezeiten. Werke in Nord- und Südamerika."
    found = extract(text, "de")
    assert not {"Lade", "Nord"} & {f.name for f in found}


def test_a_word_of_an_unknown_longer_name_is_no_organisation_by_its_looks() -> None:
    text = (
        "Blackouts will affect the Sierra Nevada foothills. The northern Sierra Nevada saw "
        "little rain, and San Diego County area got two inches."
    )
    found = extract(text, "en")
    assert not {"Sierra", "San", "Diego"} & _names(found, EntityKind.ORG)
    assert "San Diego County" in _names(found, EntityKind.PLACE)


def test_a_german_plural_noun_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Der Spezialist für besicherte Finanzierungen Valendo GmbH wächst. Damit wollen Sie "
        "künftig Privathaushalten Fernsehen in HD verschaffen."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert "Valendo GmbH" in orgs
    assert not any(name.startswith(("Finanzierungen", "Privathaushalten")) for name in orgs)
    text = "Die Vorsitzende der Liberaldemokratischen Partei sprach."  # an adjective stays
    assert "Liberaldemokratische Partei" in _names(extract(text, "de"), EntityKind.ORG)


def test_a_german_body_keeps_the_genitive_of_what_it_stands_for() -> None:
    text = "Laut dem Bundesverband der Deutschen Heizungsindustrie (BDH) wuchs der Markt."
    orgs = {f.name: f for f in extract(text, "de") if f.kind is EntityKind.ORG}
    assert set(orgs) == {"Bundesverband der Deutschen Heizungsindustrie"}
    assert len(orgs["Bundesverband der Deutschen Heizungsindustrie"].spans) == 2  # and BDH


def test_a_company_of_a_stock_index_needs_no_word_around_it() -> None:
    text = "Der Vertrag mit Comcast läuft aus. Rheinmetall stellt Bauteile her."
    assert {"Comcast", "Rheinmetall"} <= _names(extract(text, "de"), EntityKind.ORG)


def test_a_listed_name_that_is_a_word_needs_more_than_the_list() -> None:
    text = "Die Handelsregeln der Allianz gelten. Das Ziel ist ein Target von zehn Prozent."
    assert not {"Allianz", "Target"} & _names(extract(text, "de"), EntityKind.ORG)


def test_a_party_and_its_members_are_one_organisation() -> None:
    text = (
        "Britain's Conservative Party was accused of deceiving voters. Critics said the "
        "Conservatives had crossed a line, and the Conservatives denied it."
    )
    assert _organisations_and_mentions(text) == {"Conservative Party": 3}


def test_what_english_says_of_a_body_and_never_of_a_person() -> None:
    text = (
        "Valve said in a statement that it owns the store. Critics told Pitchfork the deal "
        "was unfair, and Billboard reported that the dispute goes on. A deal backed by The "
        "Carlyle Group followed; Carlyle reported a loss."
    )  # "Valve", "Pitchfork", "Billboard" alone are words
    orgs = {f.name: f for f in extract(text, "en") if f.kind is EntityKind.ORG}
    assert {"Valve", "Pitchfork", "Billboard", "The Carlyle Group"} <= set(orgs)
    assert "Carlyle" not in orgs  # the short form of "The Carlyle Group"
    assert len(orgs["The Carlyle Group"].spans) == 2


def test_a_name_written_as_brands_write_is_an_organisation() -> None:
    text = (
        "Workers moved into WeWork buildings. The WeWorkers Coalition said staff were told "
        "by WeWork to sign. Rep. David McKinley visited McAllen."
    )
    found = extract(text, "en")
    orgs = _names(found, EntityKind.ORG)
    assert {"WeWork", "WeWorkers Coalition"} <= orgs  # not a place after "in", not a person
    assert "WeWork" not in _names(found, EntityKind.PLACE)
    assert not {"McKinley", "McAllen", "David McKinley"} & orgs


def test_a_german_word_listed_with_german_nouns_is_a_noun_in_every_mention() -> None:
    text = (
        "Gestiegen sind die Kosten bei Personal und Strom. Für Diesel und Strom zahlte man "
        "mehr, Diesel wurde knapp, und Diesel bleibt teuer."
    )
    assert not {"Personal", "Diesel"} & _names(extract(text, "de"), EntityKind.ORG)
    text = "Anleger kaufen Aktien, Bitcoin und Anleihen. Bitcoin stieg."
    assert "Bitcoin" not in _names(extract(text, "de"), EntityKind.ORG)


def test_an_acronym_in_the_plural_or_spelt_out_in_small_letters_is_a_term() -> None:
    text = (
        "Patients in Intensive Care Units (ICUs) trigger alarms at the ICU level. The doctor "
        "watched the consumer price index (CPI); CPI rose, the World Health Organization "
        "(WHO) says."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert not {"ICU", "ICUs", "CPI"} & orgs
    assert "World Health Organization" in orgs


def test_a_name_one_owns_a_part_of_is_an_organisation() -> None:
    text = "Investors bought shares of Valve, and Carlyle held a stake in Ithaca."
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert {"Valve", "Ithaca"} <= orgs  # "Valve" alone is a word, "Ithaca" a town


def test_a_name_with_a_model_after_it_is_a_product() -> None:
    text = (
        "Apple plans a new MacBook Pro. The MacBook keyboard failed; the Chromecast Ultra "
        "streams, and Chromecast users enjoy it. Keyboards are made by Wistron."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert not {"MacBook", "Chromecast"} & orgs
    assert "Wistron" in orgs


def test_a_name_before_a_role_and_a_person_is_where_the_role_is_held() -> None:
    text = "T-Mobile CEO John Legere is stepping down."
    assert "T-Mobile" in _names(extract(text, "en"), EntityKind.ORG)
    text = (
        "Gestern lobte Mobilcom-Debitel-Chef Peter Lanz das Team. Was Musk Porsche-Chef Blume rät."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert {"Mobilcom-Debitel", "Porsche"} <= orgs
    assert "Musk" not in orgs  # the role word carries its own company


def test_the_one_distinctive_word_of_a_name_is_that_organisation() -> None:
    text = (
        "Walt Disney Co. executive Kevin Mayer spoke. He may succeed Disney Chief Executive "
        "Bob Iger at the Burbank company."
    )
    assert _organisations_and_mentions(text) == {"Walt Disney Co.": 2}


def test_a_service_named_by_what_one_has_on_it() -> None:
    text = "The session was shared on the Twitter handle of the Senate; a Facebook post followed."
    assert {"Twitter", "Facebook"} <= _names(extract(text, "en"), EntityKind.ORG)
    text = "The singer took to Medium to air her grievances."  # "Medium" alone is a word
    assert "Medium" in _names(extract(text, "en"), EntityKind.ORG)


def test_a_name_beside_a_number_in_every_mention_is_a_unit_code_or_product() -> None:
    text = (
        "The engine makes 471 horsepower and 540 Nm of torque; the diesel gives 400 Nm. "
        "He paid Rs 24 lakh to an agent. Destiny 2 runs at 1080p on Stadia, and Destiny 2 "
        "looks better there. Microsoft made the console, and Microsoft sells it."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert not {"Nm", "Rs", "Destiny"} & orgs
    assert "Microsoft" in orgs
    text = "Shares: Intel 2 percent higher, later Intel 3 percent lower."  # amounts, not versions
    assert "Intel" in _names(extract(text, "en"), EntityKind.ORG)


def test_a_code_in_brackets_after_a_stock_index_is_no_organisation() -> None:
    text = (
        "South Korea's Kospi Index (KOSPI) fell 0.5%. Hang Seng Index (HSI) rose. The European "
        "Central Bank (ECB) held rates."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert not {"KOSPI", "HSI"} & orgs
    assert "European Central Bank" in orgs


def test_an_acronym_with_small_letters_in_the_plural_is_a_term() -> None:
    text = "Zwei MdBs haben die Mail weitergeleitet. Die CSU antwortete, die CSU schwieg."
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert "MdBs" not in orgs
    assert "CSU" in orgs


def test_a_german_word_after_a_possessive_is_a_noun() -> None:
    # "Intel": a word both languages write alike, no dictionary's, so the frequency alone
    # takes it for a name; after a possessive it is a noun all the same ("Mainstream", which
    # stood here, is a dictionary's word now and never a name)
    text = "Der Server speichert, wer Ihre Intel aufruft, und Google liefert die Schriften."
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert "Intel" not in orgs
    text = "Der Server speichert, wer Intel aufruft, und Google liefert die Schriften."
    assert "Intel" in _names(extract(text, "de"), EntityKind.ORG)  # the frequency alone


def test_an_outlet_and_its_web_address_are_one_organisation() -> None:
    text = (
        "Rates fell, according to Edmunds.com, a data firm. Edmunds expects fewer sales, "
        "Edmunds' director said. Verified footage, said PanARMENIAN.Net, shows the protests."
    )
    assert _organisations_and_mentions(text) == {"Edmunds": 3, "PanARMENIAN.Net": 1}
    text = "Log in at fyyd.de to add it to the search engine FYYD."
    assert _organisations_and_mentions(text) == {"FYYD": 2}


def test_a_name_written_after_its_maker_is_a_product() -> None:
    text = (
        "Google Stadia launches tomorrow. Reviews of Stadia are mixed, and Stadia users "
        "complain, according to Google."
    )
    assert _names(extract(text, "en"), EntityKind.ORG) == {"Google"}
    text = "Reviews of Stadia are mixed, and Stadia users complain, according to Google."
    assert "Stadia" in _names(extract(text, "en"), EntityKind.ORG)  # by its looks alone
    text = "Executives from AT&T, Comcast/Xfinity and T-Mobile met; Xfinity users complained."
    assert "Xfinity" in _names(extract(text, "en"), EntityKind.ORG)  # listed, not made


def test_acronyms_of_technology_and_everyday_terms_are_no_organisations() -> None:
    german = (
        "Freenet TV zeigt die Sender in HD über DVB-T2, das Angebot gibt es auch per DSL. "
        "Im ÖPNV gilt die Maskenpflicht, sagte die AfD. Ein hoher BMI schadet. Bei der WM "
        "gewann sie Gold."
    )
    orgs = _names(extract(german, "de"), EntityKind.ORG)
    assert not orgs & {"HD", "DSL", "ÖPNV", "BMI", "DVB", "WM"}
    assert "AfD" in orgs
    english = "The LED headlamps and HVAC controls work in AWD models, CNN said. Try it in VR."
    orgs = _names(extract(english, "en"), EntityKind.ORG)
    assert not orgs & {"LED", "HVAC", "AWD", "VR"}
    assert "CNN" in orgs


def test_a_maker_and_its_model_leave_the_maker() -> None:
    text = (
        "DJI Mavic Mini for $399. The Mavic Mini is the ideal drone. "
        "Apple finally delivered all of that with the new AirPods Pro."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert "DJI" in orgs
    assert not orgs & {"DJI Mavic Mini", "AirPods Pro", "AirPods"}


def test_a_club_abbreviation_opens_a_club_with_its_town() -> None:
    text = (
        "Joana Herrmann (SV Teuto Riesenbeck) siegte vor Karolina Mia Haas (LG Olympia "
        "Dortmund) und Mateusz Lewandowski (TV Wattenscheid). Freenet zeigt TV Produkte."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert {"SV Teuto Riesenbeck", "LG Olympia Dortmund", "TV Wattenscheid"} <= orgs
    assert "TV Produkte" not in orgs


def test_a_word_after_an_amount_in_every_mention_is_a_unit() -> None:
    text = (
        "Sie verbesserte sich auf 1,77 Meter, siegte mit 1,78 Meter und scheiterte an 1,80 "
        "Meter. In 2019 Intel "
        "launched nothing, and in 2020 Intel rose."
    )
    assert "Meter" not in _names(extract(text, "de"), EntityKind.ORG)
    assert "Intel" in _names(extract(text, "en"), EntityKind.ORG)


def test_a_place_before_an_organisation_head_is_part_of_its_name() -> None:
    text = (
        "From The New York Times to the CNN, everyone carried it. Shares on the New York Stock "
        "Exchange fell, the New York State Attorney General said."
    )
    found = extract(text, "en")
    orgs = _names(found, EntityKind.ORG)
    assert {"New York Times", "New York Stock Exchange"} <= orgs
    assert "New York" in _names(found, EntityKind.PLACE)  # the Attorney General's state


def test_a_name_opened_by_capitals_and_small_letters_is_a_brand() -> None:
    text = "Disclosure: ZDNet may earn a commission. Its CEOs agreed."
    found = extract(text, "en")
    assert "ZDNet" in _names(found, EntityKind.ORG)
    assert "CEOs" not in _names(found, EntityKind.ORG)


def test_theatres_museums_hospitals_and_clubs_are_organisations() -> None:
    text = (
        "Visitors came to Jeongdong Theater to watch the show. She was treated at Mercy "
        "Hospital and later joined the Rotary Club."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert {"Jeongdong Theater", "Mercy Hospital", "Rotary Club"} <= orgs


def test_a_developer_or_a_publisher_before_a_name_is_a_company() -> None:
    text = (
        "It is for virtual reality only. Developer Valve called it a flagship game, and the "
        "game publisher Ubisoft stayed quiet."
    )
    orgs = _names(extract(text, "en"), EntityKind.ORG)
    assert {"Valve", "Ubisoft"} <= orgs


def test_a_service_whose_name_is_a_word_is_an_organisation_in_any_mention() -> None:
    text = "Das schrieb der Verband auf Twitter. Die Gruppe postete das Video auf Telegram."
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert {"Twitter", "Telegram"} <= orgs


def test_a_german_name_listed_with_organisations_is_one_unless_a_word() -> None:
    text = (
        "Sie halten Anteile an Siemens, BASF, Daimler, BMW und Thyssenkrupp. Der Bericht "
        "nennt BASF, Stickoxide und Personal als Kosten."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert "Daimler" in orgs
    assert not orgs & {"Stickoxide", "Personal"}


def test_a_possessive_of_people_as_a_group_stays_inside_a_name() -> None:
    text = (
        "The People's Liberation Army has not left its barracks. Vietnam’s Communist Party "
        "met, and the Chargers' Justin Herbert threw twice."
    )
    found = extract(text, "en")
    orgs = _names(found, EntityKind.ORG)
    assert "People's Liberation Army" in orgs
    assert "Liberation Army" not in orgs
    assert "Communist Party" in orgs
    assert "Justin Herbert" in _names(found, EntityKind.PERSON)


def test_a_german_plural_in_e_of_a_german_noun_is_no_name() -> None:
    text = (
        "Es handelt sich um Lieferscheine von Zulieferern. Lieferscheine lagen offen, sagte "
        "er. Dass Lieferscheine fehlten, war bekannt. Porsche will das, meldet Porsche. "
        "Dafür baut Porsche ein Werk."
    )
    orgs = _names(extract(text, "de"), EntityKind.ORG)
    assert "Lieferscheine" not in orgs
    assert "Porsche" in orgs


def test_an_agency_named_with_and_is_one_name_and_a_person_after_and_is_not_in_it() -> None:
    text = (
        "Seized drugs came from U.S. Customs and Border Protection. Agents of Immigration and "
        "Customs Enforcement helped. The Department of Homeland Security and Alex Azar said so."
    )
    found = {f.name: f.kind for f in extract(text, "en")}
    assert found["U.S. Customs and Border Protection"] is EntityKind.ORG
    assert found["Immigration and Customs Enforcement"] is EntityKind.ORG
    assert "Border Protection" not in found
    assert found["Department of Homeland Security"] is EntityKind.ORG
    assert found["Alex Azar"] is EntityKind.PERSON


def test_two_names_joined_by_an_ampersand_are_a_firm() -> None:
    text = (
        "Johnson & Johnson and Simon & Schuster rose. The Plug & Charge feature and the "
        "Superboats & Daycruiser hall were shown."
    )
    found = {(f.kind, f.name) for f in extract(text, "en")}
    assert {(EntityKind.ORG, "Johnson & Johnson"), (EntityKind.ORG, "Simon & Schuster")} <= found
    orgs = {name for kind, name in found if kind is EntityKind.ORG}
    assert not orgs & {"Plug & Charge", "Superboats & Daycruiser"}


def test_a_word_left_of_an_unknown_name_listed_with_a_body_is_none() -> None:
    text = (
        "[3] Sleep and noise on wards, Ashcombe KJ, Vollrath-Binder D. Crit Care Nurs. 2016; 4: 10."
    )
    assert [f for f in extract(text, "en") if f.kind is EntityKind.ORG] == []


def test_a_word_named_once_owning_something_is_no_organisation() -> None:
    """A dictionary word that owns something once is as often a telescope, a game or a
    player's surname as a company (space, games and sports news)."""
    text = (
        "In addition to the new results and Hubble's detection of hydrogen, more came. "
        "Players liked Assassin's Creed. Brock Nelson's goal lifted the team."
    )
    assert _names(extract(text, "en"), EntityKind.ORG) == set()
