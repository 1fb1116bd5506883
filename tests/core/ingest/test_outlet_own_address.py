"""A site that names itself only by its web address (de-web's heizung.de: "Frag den heizung.de
Experten", "heizung.de neueste artikel", "Heizung.de Top Themen"; chemie.de: "Über chemie.de"
over a bare "chemie.de") has that address as its outlet, as it writes it, when nothing else
names an outlet; other sites' addresses (a partner's, a picture library's, the blog
platform's) never are. The pages are written by hand in those shapes.
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st
from quality import DATA

from reader.core.ingest.outlet_domains import _ADDRESS, own_address
from reader.core.ingest.plaintext import parse
from reader.core.text import normalise

PAGES = DATA / "outlet_domains"


def _site(name: str) -> str | None:
    return parse(normalise((PAGES / name).read_text(encoding="utf-8"))).site_name


def test_the_address_the_site_speaks_of_as_itself_is_the_outlet() -> None:
    assert _site("de_portal_address.txt") == "warmhaus.de"  # (not "Warmhaus.de", written once)


def test_partners_picture_libraries_and_the_platform_are_no_outlet() -> None:
    assert _site("de_partner_address.txt") is None


def test_the_shapes_of_the_sites_own_voice() -> None:
    assert own_address(["Über chemie.de", "chemie.de"]) == "chemie.de"
    assert own_address(["nh24.de in den sozialen Medien", "nh24.de auf Instagram"]) == "nh24.de"
    assert own_address(["Werben auf motor.at", "motor.at Redaktion"]) == "motor.at"
    assert own_address(["www.harborpost.com", "About harborpost.com"]) == "harborpost.com"


def test_what_is_not_enough() -> None:
    assert own_address(["TheHill.com", "TheHill.com"]) is None  # one address alone, printed twice
    assert own_address(["fem.com", "photocase.de"]) is None
    assert own_address(["unerzogen.de – Artikel", "unerzogen.de"]) is None  # a teaser's source
    assert own_address(["Weitere Platzierungen bei cinema.de", "präsentiert von cinema.de"]) is None
    assert own_address(["© complize / photocase.de", "photocase.de"]) is None
    assert own_address(["Mit einem my.chemie.de-Account", "my.chemie.de"]) is None
    # two addresses with as much evidence each: neither is known to be the site's
    assert own_address(["Über a-blatt.de", "a-blatt.de", "Über b-blatt.de", "b-blatt.de"]) is None


def _addresses(text: str) -> list[tuple[str, str]]:
    """Each address `_ADDRESS` finds in `text`, with the line it stands in."""
    return [
        (m.group(1), text[text.rfind("\n", 0, m.start()) + 1 :].split("\n")[0])
        for m in _ADDRESS.finditer(text)
    ]


@given(st.lists(st.text(alphabet="abc.de-com w@/_1ü:\t", max_size=24), max_size=6))
@example(["heizung.de", "x", "de", ".", "www.a.de-b", "a.de"])
def test_only_lines_with_a_dot_hold_an_address(lines: list[str]) -> None:
    """`own_address` searches only its lines with a dot: the same addresses, in the same lines
    and order, as a search of all of them."""
    every = _addresses("\n".join(lines))
    assert _addresses("\n".join(line for line in lines if "." in line)) == every
