"""One outlet written several ways on its page: the spellings pool their evidence and the
page's fullest spelling is the name (issue #10, en-news dev set: "Quanta Magazine" beside
"The Quanta Newsletter" and "About Quanta"). Expected names checked by hand.
"""

from __future__ import annotations

from outlet_pages import site as _site


def test_a_magazine_is_one_outlet_with_and_without_the_word() -> None:
    below = ["Get Harbor Magazine delivered to your inbox", "The Harbor Newsletter",
             "About Harbor", "Privacy Policy"]  # fmt: skip
    assert _site(["Menu", "Physics"], below) == "Harbor Magazine"


def test_a_blog_is_one_outlet_with_and_without_the_word() -> None:
    # Two links, each too little alone; on a tie the fuller spelling names it.
    below = ["Follow Harbor Blog", "About Harbor", "Privacy Policy"]
    assert _site(["Menu", "Physics"], below) == "Harbor Blog"


def test_an_email_subscription_and_the_publishers_notice_agree() -> None:
    # (indiapost.com: "Subscribe to IndiaPost by Email", "© 2018 India Post Media Pvt. Ltd.")
    below = ["Subscribe to Harbor Post by Email", "Privacy Policy",
             "© 2018 Copyright Harbor Post Media Pvt. Ltd.. All Rights reserved."]  # fmt: skip
    assert _site(["Menu", "Politics"], below) == "Harbor Post"


def test_a_generic_word_before_media_names_no_outlet() -> None:
    # (motorsport-total.com: "sport" recurs in the menu, the notice names the group)
    below = ["Nutzungsbedingungen", "Mehr zum Sport", "Sport im TV", "Sport und Politik",
             "© 2022 sport media group"]  # fmt: skip
    assert _site(["Startseite", "Formel 1"], below) is None


def test_a_publishers_notice_names_its_title_after_a_dash() -> None:
    # (fischundfang.de: the masthead "FISCH&FANG", the notice the publisher, then the title)
    below = ["AGB", "Impressum", "© Paul Parey Zeitschriftenverlag GmbH - 2022 FISCH & FANG"]
    assert _site(["FISCH&FANG", "Angeln", "Köder"], below) == "Fisch & Fang"


def test_an_associations_legal_form_with_spaces_leaves_the_name() -> None:
    below = ["Kontakt", "Presse", "© 1995-2023 Informationsdienst Wissenschaft e. V. - Impressum"]
    assert _site(["Suche", "Wissenschaft"], below) == "Informationsdienst Wissenschaft"


def test_german_job_and_advertising_links_name_the_outlet() -> None:
    # (mopo.de: "Jobs bei der MOPO", "Werben auf MOPO.de". The name comes before its web
    # address, as "WSJ" before "WSJ.com" (en-news gold); mopo.de's og:site_name is "MOPO.de".)
    below = ["Jobs bei der MOPO", "Werben auf MOPO.de", "Impressum", "Datenschutz"]
    assert _site(["Suche", "Hamburg"], below) == "MOPO"
    # A sales company's link says whose the advertising is, not whose the page is.
    assert _site(["Suche", "Chemie"], ["Werben bei LUMITOS", "Impressum"]) is None


def test_a_lower_case_brand_with_a_digit_is_a_name() -> None:
    # (t3n.de: "Über t3n", "Jobs bei t3n" and the address line "t3n.de" agree)
    below = ["Über hafen4u", "Jobs bei hafen4u", "hafen4u.de", "Impressum"]
    assert _site(["Suche", "Politik"], below) == "hafen4u"
    # A lower-case word without a digit, or a version number, is a menu's.
    assert _site(["Suche", "Politik"], ["Über uns", "Jobs bei uns", "Impressum"]) is None
    assert _site(["Suche", "Politik"], ["Über web3", "Jobs bei web3", "Impressum"]) is None


def test_a_compound_of_generic_words_is_no_name() -> None:
    # (tvtoday.de: the schedule's menu "TV-Programm von heute", "TV-Programm Newsletter" is no
    # outlet; the site's own name stands in the footer only)
    top = ["TV-Programm", "TV-Programm von heute", "TV-Programm von morgen", "Kino"]
    assert _site(top, ["TV-Programm Newsletter", "Impressum"]) is None
    # A compound holding a word of its own is a name: "Rhein-Neckar-Zeitung".
    assert _site(["Rhein-Neckar-Zeitung", "Politik"], ["Über Rhein-Neckar-Zeitung"]) == (
        "Rhein-Neckar-Zeitung"
    )


def test_a_short_form_abbreviating_the_first_words_pools_with_the_name_spelt_out() -> None:
    # (en-news' ctpost.com pages: "Contact CT Post" in the menu, "Connecticut Post" over the
    # group's notice; each alone too little, together the paper spelt out.)
    top = ["Subscribe", "Contact HB Post", "Advertise with Us"]
    below = [
        "Most Popular",
        "Harbourtown Post",
        "View Comments",
        "© 2019 Hearst Communications, Inc.",
    ]
    assert _site(top, below) == "Harbourtown Post"
    # Initials of two words ("NY Tribune", "New York Tribune") pool the same way.
    top = ["Subscribe", "Contact NY Tribune", "Advertise with Us"]
    below = [
        "Most Popular",
        "New York Tribune",
        "View Comments",
        "© 2019 Hearst Communications, Inc.",
    ]
    assert _site(top, below) == "New York Tribune"
    # Letters that do not stand in the long name in order are another name.
    top = ["Subscribe", "Contact TV Post", "Advertise with Us"]
    assert _site(top, ["Most Popular", "Harbourtown Post", "View Comments"]) is None
