"""People sort by surname wherever entities are listed by name: "Dr. Ina Berger" sorted under
"I" (the index keeps "Ina Berger", the title is a role) and a name kept with its title under
"D", so among people named equally often the command line and the who's who listed "Anna
Zeller, Dr. Ina Berger, Prof. Dr. Karl Adler, Dr. Ulrich Cramer". The window's Name column:
tests/ui/entities/test_entities_sort_by_surname.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.entities import EntityKind, sort_name

if TYPE_CHECKING:
    from tests.cli.conftest import Run

CLINIC = """Neue Tierklinik in Münster eröffnet

Die Tierärztin Dr. Ina Berger leitet die neue Klinik in Münster. Berger sagte am Montag, die Praxis werde rund um die Uhr geöffnet sein. Prof. Dr. Karl Adler von der Universität Münster begleitet das Projekt wissenschaftlich. Adler lobte die Ausstattung. Auch Frau Anna Zeller, die Leiterin des Tierheims, war bei der Eröffnung. Zeller sagte, das Tierheim brauche die Klinik dringend. Dr. Ulrich Cramer, der Vorsitzende der Tierärztekammer, gratulierte. Cramer nannte die Klinik ein Vorbild.
"""
BY_SURNAME = ["Prof. Dr. Karl Adler", "Dr. Ina Berger", "Dr. Ulrich Cramer", "Anna Zeller"]


def test_a_person_sorts_by_surname_never_by_a_title_or_salutation() -> None:
    person = EntityKind.PERSON
    assert sort_name(person, "Dr. Ina Berger") == sort_name(person, "Ina Berger") == "berger ina"
    assert sort_name(person, "Prof. Dr. Karl Adler") == "adler karl"
    assert sort_name(person, "Frau Anna Zeller") == sort_name("person", "Mr. Anna Zeller") == "zeller anna"
    assert sort_name(person, "James P. Kennedy Jr.") == "kennedy james p. jr."
    assert sort_name(person, "Cem Özdemir") == "ozdemir cem"
    assert sort_name(person, "Takaichi") == "takaichi"
    assert sort_name(EntityKind.ORG, "Deutsche Bahn") == "deutsche bahn"  # other kinds: as written


def test_listing_and_whos_who_order_people_by_surname(tmp_path: Path, run: Run) -> None:
    (tmp_path / "klinik.txt").write_text(CLINIC, encoding="utf-8")
    home = ["--data-dir", str(tmp_path / "lib")]
    assert run(*home, "import", str(tmp_path / "klinik.txt"))[0] == 0
    code, out, _ = run(*home, "entities", "--kind", "person")
    assert code == 0
    listed = [next(n for n in BY_SURNAME if n in line) for line in out.splitlines() if any(n in line for n in BY_SURNAME)]
    assert listed == BY_SURNAME, out
    code, out, _ = run(*home, "entities", "--whos-who")
    assert code == 0
    who = [next(n for n in BY_SURNAME if f"**{n}**" in line) for line in out.splitlines() if any(f"**{n}**" in line for n in BY_SURNAME)]
    assert who == BY_SURNAME, out
