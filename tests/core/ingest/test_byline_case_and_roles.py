"""Capitals and job titles in author lines.

A shouted byline is set in normal case ("By  JOSH BOAK" → "Josh Boak"), but capitals inside a
mixed line are an acronym and stay ("IT Finanzmagazin /PP"), or an outlet after the names,
which goes ("… Kevin McCoy USA TODAY"). A job title is one
person's ("Korrespondentin", "Staff Writer"); a menu's "Bücher & Autoren" is no job, so the
menu entry above it is no author. Expected values are the names as a reader would cite them.
"""

from __future__ import annotations

import pytest

from reader.core.ingest.byline import clean_byline, is_role_line
from tests.head_pages import parse_page


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("By  JOSH BOAK", "Josh Boak"),
        ("LISA MASCARO and ERIC TUCKER", "Lisa Mascaro and Eric Tucker"),
        ("IT Finanzmagazin /PP 20. Juni 2019", "IT Finanzmagazin"),
        ("Kevin Johnson and Kevin McCoy USA TODAY", "Kevin Johnson and Kevin McCoy"),
    ],
)
def test_shouted_names_set_in_normal_case_acronyms_kept(line: str, names: str) -> None:
    assert clean_byline(line) == names


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Korrespondentin in Tokio", True),
        ("Staff Writers", True),
        ("Redakteurin", True),
        ("Bücher & Autoren", False),  # a menu entry: the plural is a section
        ("Kolumnen & Autoren", False),
    ],
)
def test_job_title_of_one_person(line: str, role: bool) -> None:
    assert is_role_line(line) is role


def test_menu_entry_over_a_section_of_authors_is_no_author() -> None:
    p1 = (
        "Deniz Yücel saß ein Jahr im türkischen Gefängnis, wie er bei seiner Buchvorstellung "
        "auf der Frankfurter Buchmesse erzählte, und er sprach über die Zeit in der Zelle."
    )
    p2 = (
        "Eine Minzpflanze auf dem Fensterbrett habe ihm Mut gemacht, sagte er den Zuhörern, "
        "die seinen Bericht über die Haft im Saal und im Netz verfolgten, lange vor dem Urteil."
    )
    page = (
        "Start\nBuchmesse\nStart Buchmesse-Dossier\nBücher & Autoren\nEhrengast\n"
        f"Die Minze als Mutmacher – Deniz Yücels Bericht aus dem Knast\n{p1}\n{p2}\n"
    )
    assert parse_page(page).byline is None
