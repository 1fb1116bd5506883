"""One news agency is one entry in the library's Outlet and Author filters, however each page
spelt it. Seen on the en-news pages: the Associated Press stood as "AP" under one paper's story
(its dateline alone), "The Associated Press" on the next (the line under the headline) and
"Associated Press" in a third's credit, and the filters offered it two or three times.

The pages are hand-written in those shapes (tests/data/outlet_wires/ap_*.txt); what a user
should see is one "Associated Press", the spelling the agency's notices print.
"""

from __future__ import annotations

from quality import DATA

from reader.core.importer import import_paths
from reader.core.ingest.wire_credits import agency_spelling
from reader.core.store import Store, filter_choices

PAGES = DATA / "outlet_wires"
AP_PAGES = [
    PAGES / "ap_dateline_only.txt",  # "ELKO, Nev. (AP) — …", no person
    PAGES / "ap_the_byline.txt",  # "The Associated Press" under the headline
    PAGES / "ap_the_outlet.txt",  # "By JANE ROE and JOHN DOE" / "The Associated Press", © notice
]


def test_three_spellings_of_one_agency_are_one_outlet_and_one_author(store: Store) -> None:
    import_paths(store, AP_PAGES, workers=1)
    choices = filter_choices(store.db)
    assert choices.outlets == [("Associated Press", 3)]
    assert choices.authors == [("Associated Press", 2), ("Jane Roe and John Doe", 1)]
    assert {s.agency for s in store.sources.list()} == {"Associated Press"}


def test_an_agencys_spellings_and_what_is_no_agency() -> None:
    for name in ("AP", "The Associated Press", "the  associated press", "Associated Press"):
        assert agency_spelling(name) == "Associated Press", name
    assert agency_spelling("Agence France-Presse") == "AFP"
    assert agency_spelling("Thomson Reuters") == "Reuters"
    # A desk, a person, an outlet, a name with the agency in it: as written.
    for name in ("dpa/lno", "Jane Roe", "Harbor Daily", "AP Photo", "Associated Press Stylebook", None, ""):
        assert agency_spelling(name) == name, name
    # Names holding an agency's letters or name are no agency: a person, a company, a
    # correspondent, an institute, a style guide.
    for name in ("Apolline", "AP Møller-Maersk", "AFP-Korrespondent Max Muster", "Reuters Institute", "The AP Style Guide"):
        assert agency_spelling(name) == name, name
