"""German pages that showed no outlet (session 28, measured on de-web against each page's own
og:site_name / application-name / JSON-LD publisher): the shapes in which their copied text
names the site. Pages and names by hand, in those shapes."""

from __future__ import annotations

from outlet_pages import site as _site

from reader.core.ingest.outlet_evidence import line_names
from reader.core.ingest.outlet_names import copyright_notices


def test_the_opening_line_again_in_the_footer_is_the_logo() -> None:
    # The blog's name opens the page and stands alone again among the footer's lines.
    top = ["Hafen Notizen", "Reisen", "Rezepte"]
    below = ["Kategorien", "Hafen Notizen", "Impressum", "Datenschutz"]
    assert _site(top, below) == "Hafen Notizen"
    # Once at the top only: a first line alone says too little.
    assert _site(top, ["Kategorien", "Impressum", "Datenschutz"]) is None


def test_a_menu_the_footer_repeats_is_no_logo() -> None:
    # The header's menu again at the bottom, in the same order: its first entry is no name.
    top = ["Neue Stadt", "Altes Dorf", "Kontakt"]
    assert _site(top, ["Impressum", "Neue Stadt", "Altes Dorf", "Kontakt"]) is None
    # A one-word line is a menu entry as often as a name ("Produkte", "Locations").
    assert _site(["Produkte", "Reisen", "Rezepte"], ["Kategorien", "Produkte", "Impressum"]) is None


def test_german_chrome_names_the_house_with_its_article() -> None:
    assert line_names("Über das Hafenhaus")[0] == "Hafenhaus"
    assert line_names("Über den HVB")[0] == "HVB"
    assert line_names("Mehr über die Hafenpost")[0] == "Hafenpost"
    # The blog's name at the top and its "about" link: two kinds of evidence.
    assert _site(["Hafenhaus", "Suchen"], ["Über das Hafenhaus", "Impressum"]) == "Hafenhaus"
    # German nouns are capitalised: one such link alone names no outlet ("Über die Jahre").
    assert _site(["Suchen", "Reisen"], ["Über die Jahre", "Impressum"]) is None


def _notice_names(line: str) -> list[str]:
    return [notice.name for notice in copyright_notices([line], line)]


def test_a_notice_names_the_site_before_the_person_who_runs_it() -> None:
    assert _notice_names("© 2019 hafen24 by Alexander Wittke") == ["hafen24"]
    assert _site(["Polizei", "Region"], ["Impressum", "© 2019 hafen24 by Alexander Wittke"]) == (
        "hafen24"
    )
    # A credit is no site: "Designed by …", and a company after "by" is no person.
    assert "Designed" not in _notice_names("Copyright © 2002-2019 - Designed by Jane Roe")
    assert _site(["Polizei"], ["Copyright © 2002-2019 - Designed by Gray Digital Media"]) is None


def test_a_notice_with_a_bar_after_its_years() -> None:
    assert _notice_names("© 2023 | Hafenblatt | Impressum") == ["Hafenblatt"]
    assert _notice_names("Copyright © 2013 - 2023 | hafenticker.ch") == ["hafenticker.ch"]
