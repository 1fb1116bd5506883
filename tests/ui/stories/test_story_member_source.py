"""Each report in the story view names its outlet and date, and says so when one is missing.

Seen in the window: a report with neither read "no outlet or date", one with only its date read
"22 Jan 2022" and said nothing of its outlet: two rules side by side.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel


def _sources(view) -> list[str]:
    return [label.text() for label in view.columns.findChildren(QLabel, "storyMemberSource")]


@pytest.mark.parametrize(
    ("language", "lines"),
    [
        ("en", {"DWN · 28\u00a0Oct\u00a02025", "no outlet · 29\u00a0Oct\u00a02025", "no outlet · no date"}),
        ("de", {"DWN · 28.\u00a0Okt.\u00a02025", "kein Medium · 29.\u00a0Okt.\u00a02025", "kein Medium · kein Datum"}),
    ],
)
def test_every_report_says_outlet_and_date_alike(make_window, qapp, speak, language, lines) -> None:
    speak(language)
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    dated, undated_outlet, bare = files["001"], files["000"], files["004"]  # the seeds' Tokyo story
    store.sources.update_metadata(dated, site_name="DWN", published="2025-10-28")
    store.sources.update_metadata(undated_outlet, site_name=None, published="2025-10-29")
    store.sources.update_metadata(bare, site_name=None, published=None)
    window.library.select_source(bare)
    window.stories.show_action.trigger()
    view = window.stories._view
    qapp.processEvents()
    assert set(_sources(view)) == lines
    view.close()


def test_a_wire_report_without_an_outlet_names_its_agency(make_window, qapp) -> None:
    """Seen in session 18: an AP report read "no outlet · 30 Oct 2025" in the story while its
    article's header read "AP · 30 October 2025"."""
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    store.sources.update_metadata(files["000"], site_name=None, agency="AP", published="2025-10-30")
    store.sources.update_metadata(files["001"], site_name="Handelsblatt", agency="dpa", published="2025-10-28")
    window.library.select_source(files["000"])
    window.stories.show_action.trigger()
    view = window.stories._view
    qapp.processEvents()
    shown = set(_sources(view))
    assert {"AP · 30\u00a0Oct\u00a02025", "Handelsblatt · dpa · 28\u00a0Oct\u00a02025"} <= shown
    view.close()


def open_story_with_a_long_outlet(window) -> tuple[object, QLabel]:
    """The Tokyo story's view with seed 001 given the F.A.Z.'s long name, a wire and a date;
    returns the view and that report's outlet · date line."""
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    store.sources.update_metadata(
        files["001"], site_name="F.A.Z. - Frankfurter Allgemeine Zeitung", agency="dpa", published="2025-10-28"
    )
    window.library.select_source(files["001"])
    window.stories.show_action.trigger()
    view = window.stories._view
    return view, next(x for x in view.columns.findChildren(QLabel, "storyMemberSource") if "F.A.Z." in x.text())


def test_a_long_outlet_and_its_date_are_shown_whole(make_window, qapp, speak) -> None:
    """Seen walking the window at 1366 × 768 with nine reports: the F.A.Z.'s column read
    "F.A.Z. - Frankfurter Allgemeine Zeitung · 28. (" — the date cut off at the column's edge.
    The line wraps in a narrow column instead."""
    speak("de")
    view, label = open_story_with_a_long_outlet(make_window())
    view.resize(3 * 280 + 40, 600)  # each column at its narrowest
    qapp.processEvents()
    needed = label.fontMetrics().horizontalAdvance(label.text())
    shown_whole = label.width() >= needed or (
        label.wordWrap() and label.height() >= label.heightForWidth(label.width())
    )
    assert shown_whole, f"{label.text()!r}: {needed} px of text in {label.width()} px"
    view.close()


def test_each_report_names_the_outlet_its_library_row_names(make_window, qapp) -> None:
    """Asked after a walk in which a report read "no outlet" beside a header naming "Redaktion …":
    the story reads the outlet the library's row shows (its outlet, else its agency), never the
    byline. Seed 000 is signed "Redaktion" with no outlet (its row shows the date alone: "no
    outlet" here); a newsroom's byline beside a stored outlet, and an agency alone, name that
    outlet and that agency, as their rows do. (A report with an outlet and an agency both names
    the agency beside the outlet here, as its article's header does, its row the outlet alone.)"""
    window = make_window()
    store = window.session.store
    files = {s.file_name[:3]: s.id for s in store.sources.list()}
    assert store.sources.get(files["000"]).byline == "Redaktion" and store.sources.get(files["000"]).site_name is None
    store.sources.update_metadata(files["001"], byline="Redaktion Polizeiticker Schweiz", site_name="Polizeiticker")
    store.sources.update_metadata(files["004"], site_name=None, agency="Reuters")
    window.library.select_source(files["000"])
    window.stories.show_action.trigger()
    view = window.stories._view
    qapp.processEvents()
    rows = {s.id: s.ran_by for s in store.sources.summaries(list(files.values()))}
    lines = {label.text().rsplit(" · ", 1)[0] for label in view.columns.findChildren(QLabel, "storyMemberSource")}
    assert [rows[files[n]] for n in ("000", "001", "004")] == [None, "Polizeiticker", "Reuters"]
    assert lines == {"no outlet", "Polizeiticker", "Reuters"}
    view.close()
