"""Menu entries copied onto one line with a slash or bar between them ("Kontakt/Impressum",
"Login | Registrieren") are never the title, though the line has a headline's shape; a
headline with a slash in it stays one."""

from __future__ import annotations

import pytest

from reader.core.ingest.title_lines import is_never_a_title
from tests.head_pages import HEADLINE, P1, P2, parse_page


@pytest.mark.parametrize(
    ("line", "never"),
    [
        ("Kontakt/Impressum", True),
        ("Login | Registrieren", True),
        ("Datenschutz / AGB", True),
        ("Sign in | Register", True),
        ("Ein- und Ausgaben / Haushalt", False),
        ("Corona / Impfung", False),
        ("Kontakt / Haushalt 2024", False),  # one part is no menu entry
        ("Kontakt", False),  # one entry: the menu tests elsewhere read it
    ],
)
def test_joined_menu_entries(line: str, never: bool) -> None:
    assert is_never_a_title(line) is never


def test_joined_menu_over_the_post_s_date_is_no_title() -> None:
    page = f"Blog\nArchiv\nKontakt/Impressum\n11.09.2011, 16:20 von jovelstefan\n{P1}\n{P2}\n"
    assert parse_page(page).title != "Kontakt/Impressum"
    page = f"Blog\nKontakt/Impressum\n{HEADLINE}\n11.09.2011, 16:20 von jovelstefan\n{P1}\n{P2}\n"
    assert parse_page(page).title == HEADLINE
