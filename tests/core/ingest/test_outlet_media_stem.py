"""A site whose only name is its company's copyright notice, "<title> Media" plus a legal form:
the outlet is the title (issue #10, en-news pages of forbes.com, healthline.com and
indiapost.com, where the gold site names are "Forbes", "Healthline" and "India Post").

Pages are built around the story of `outlet_pages`; the notices are the pages' own lines.
"""

from __future__ import annotations

from outlet_pages import site

from reader.core.ingest.outlet_names import media_stem

FOOTER = ["Privacy Policy", "Terms of Use", "Accessibility", "Cookie Settings", "Help"]
MENU = ["Menu", "Billionaires", "Innovation", "Leadership", "Money"]


def test_the_title_before_media_and_a_legal_form_is_the_outlet() -> None:
    assert site(MENU, [*FOOTER, "©2019 Forbes Media LLC. All Rights Reserved."]) == "Forbes"
    assert site(MENU, [*FOOTER, "© 2005 - 2019 Healthline Media. All rights reserved."]) == (
        "Healthline"
    )
    notice = "© 2018 Copyright India Post Media Pvt. Ltd.. All Rights reserved."
    assert site(MENU, [*FOOTER, notice]) == "India Post"


def test_a_named_masthead_still_wins_over_the_company() -> None:
    # (sportsnet.ca under "© 2000-2019 Rogers Media. All rights reserved.")
    top = ["Sportsnet", "Scores", "Schedule", "More from Sportsnet", "Sportsnet NOW"]
    assert site(top, [*FOOTER, "© 2000-2019 Rogers Media. All rights reserved."]) == "Sportsnet"


def test_no_title_from_groups_initials_generic_words_or_credits() -> None:
    assert media_stem("Vox Media") is None
    assert media_stem("NBCUniversal Media") is None
    assert media_stem("Breaking Media") is None
    assert media_stem("PAN Media") is None  # PanARMENIAN.Net's company
    assert media_stem("Designed by Gray Digital Media") is None
    assert media_stem("Mortons Media Group") is None  # the word is not the name's last
    assert media_stem("Forbes Media") == "Forbes"
    assert site(MENU, [*FOOTER, "Copyright © 2000—2019. PAN Media"]) is None
