"""The parser loads other languages' calendar data (babel's CLDR locales, 0.2 s of CPU for all
of them in every worker) only for a page that needs it: a German or English page with a
name of two capitalised words — every news page — must not pay for Vietnamese weekdays or
Thai months. Run in a fresh interpreter, since any earlier test may have loaded babel."""

from __future__ import annotations

import subprocess
import sys

_PAGE = (
    "Startseite\\n\\nJürgen Müller über die Lage\\n\\nJürgen Müller\\n\\n12. März 2024\\n\\n"
    + "Der Verband meldete am Dienstag höhere Umsätze als im Vorjahr, sagte Anna Weber. " * 6
    + "\\n\\nIn Düsseldorf wurde das Ergebnis mit Erleichterung aufgenommen, hieß es.\\n"
)
_CHILD = f"""
import sys
from reader.core.ingest.plaintext import parse
article = parse("{_PAGE}")
assert article.byline == "Jürgen Müller", article.byline
print("babel" in sys.modules)
"""


def test_a_german_page_does_not_load_other_languages_calendars() -> None:
    done = subprocess.run([sys.executable, "-c", _CHILD], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr


def test_a_vietnamese_weekday_is_still_no_name() -> None:
    from reader.core.ingest.shape import is_person_name

    assert not is_person_name("Thứ Sáu") and not is_person_name("Chủ Nhật")
    assert is_person_name("Nguyễn Minh") and is_person_name("Jürgen Müller")
