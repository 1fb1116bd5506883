"""A library row names who ran the source: its outlet, else its news agency.

Seen in session 18: an AP report without an outlet read only "30 Oct 2025" in the list (and
its tooltip), while its article's header began "AP · 30 October 2025".
"""

from __future__ import annotations

from dataclasses import replace

from reader.core.models import SourceSummary
from reader.ui.library.source_model import _tooltip
from tests.ui.library.row_painting import drawn_texts

WIRE = SourceSummary(
    id=1, title="Trump says he will cut tariffs on China", title_derived=False, site_name=None,
    published="2025-10-30T09:00", imported_at="2026-11-21T06:00:00+00:00", opened_at=None,
    file_name="1.txt", tags=(), highlight_count=0, agency="AP",
)  # fmt: skip


def _painted(summary: SourceSummary) -> list[str]:
    return drawn_texts(summary, 480)


def test_a_wire_report_without_an_outlet_names_its_agency(qapp, speak) -> None:
    speak("en")
    assert "AP · 30\u00a0Oct\u00a02025" in _painted(WIRE)
    assert "Handelsblatt · 30\u00a0Oct\u00a02025" in _painted(replace(WIRE, site_name="Handelsblatt", agency="dpa"))


def test_its_tooltip_too(qapp, speak) -> None:
    speak("en")
    assert "AP · 30\u00a0Oct\u00a02025" in _tooltip(WIRE).split("\n")
