"""A company's copyright notice naming its title after a dash: the title is the outlet, the
company its owner (issue #10, de-web: "© 2001–2023 Christopher Rauen GmbH - Coaching-Magazin",
"© 2022 Paul Parey Zeitschriftenverlag GmbH - WILD UND HUND"). Expected names by hand."""

from __future__ import annotations

from outlet_pages import site as _site

from reader.core.ingest.outlet_names import copyright_notices, tidy_case


def test_a_companys_notice_names_its_title_after_a_dash() -> None:
    below = ["Über Erika Berger", "Kontakt", "Presse", "Datenschutz", "Impressum",
             "© 2001–2023 Erika Berger GmbH - Hafen-Magazin – Impressum"]  # fmt: skip
    # The holder is the publisher's company, linked as the author of the site: the title
    # after the dash is the site's name.
    assert _site(["Suche", "Themen"], below) == "Hafen-Magazin"


def test_a_publishers_notice_alone_names_its_title() -> None:
    below = ["Impressum", "© 2022 Paul Parey Zeitschriftenverlag GmbH - WILD UND HUND"]
    assert _site(["Suche", "Jagdpraxis"], below) == "Wild und Hund"


def test_a_dash_between_the_years_or_before_boilerplate_names_no_title() -> None:
    # The dash between years comes before the publisher's name, which is no title: the
    # title is the stem of the publisher's name.
    years = ["Privacy Policy", "© 2005 - 2019 Harbor Health Media. All rights reserved."]
    assert _site(["Menu", "Health"], years) == "Harbor Health"
    designed = ["Privacy Policy", "© 2019 Harbor Post Inc. - Designed by Blue Fox"]
    assert _site(["Menu", "Politics"], designed) == "Harbor Post"
    # The footer's legal links are no titles.
    terms = ["Privacy Policy", "© 2019 Harbor Post Inc. - Terms of Use"]
    assert _site(["Menu", "Politics"], terms) == "Harbor Post"
    agb = ["Kontakt", "© 2022 Hafenblatt GmbH - AGB"]
    assert _site(["Suche", "Politik"], agb) == "Hafenblatt"


def test_a_name_without_a_legal_form_before_a_dash_is_the_holder() -> None:
    # (bdzv.de: the acronym, then the association's full name)
    below = ["Impressum", "© 2020 HVZ - Hafenverband der Zeitungsleser e.V. | Impressum"]
    assert _site(["Suche", "Presse"], below) == "HVZ"


def test_a_shouted_names_small_words_stay_small() -> None:
    assert tidy_case("THE FINANCIAL TIMES") == "The Financial Times"
    assert tidy_case("WILD UND HUND") == "Wild und Hund"
    assert tidy_case("ZEIT ONLINE") == "ZEIT ONLINE"


def test_a_notice_without_its_sign_opens_with_its_years() -> None:
    # (spacenews.com: the sign is an icon; the copied line keeps the years and the rights)
    below = ["Harbor Post", "2019 Harbor Post, Inc. All Rights Reserved", "About", "Advertise"]
    assert _site(["Menu", "Politics"], below) == "Harbor Post"
    # Without the reserved rights, a line opening with a year is a date or a story's.
    below = ["Harbor Post", "2019 Harbor Post, Inc. annual report", "About", "Advertise"]
    assert _site(["Menu", "Politics"], below) is None


def test_a_line_opening_with_a_year_keeps_its_own_sign() -> None:
    # The sign names the holder; the words between the year and the sign are a caption's.
    lines = ["Menu", "2019 Annual Report © Harbor Bank. All rights reserved.", "About"]
    assert [n.name for n in copyright_notices(lines, "\n".join(lines))] == ["Harbor Bank"]
