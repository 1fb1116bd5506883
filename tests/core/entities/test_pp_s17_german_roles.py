"""German roles right before a name that the run did not give: a job compounded with where it
is held ("Eawag-Umweltchemiker", "BTV-Vizepräsident" before "Dr."), an inflected office
("des Kandidaten"), and the kind of people a name is an example of ("Travestiekünstler wie
…"); a word that is no job gives none ("einer wie …"). Hand-written sentences; expected
values are what a reader marks."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract


def _roles(text: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, "de") if f.kind is EntityKind.PERSON}


def test_a_job_compounded_with_its_institute() -> None:
    text = "Die Messung war schwierig. PSI-Umweltchemiker Markus Brändli ergänzt: Es klappte."
    assert _roles(text) == {"Markus Brändli": ("PSI-Umweltchemiker",)}


def test_an_office_before_a_title_and_a_name() -> None:
    text = "Dazu sagt DTB-Vizepräsident Dr. Ulrich Kessler: Das Feld ist stark."
    assert "DTB-Vizepräsident" in _roles(text)["Ulrich Kessler"][0]


def test_an_inflected_office_in_the_genitive() -> None:
    text = "Anhänger des Kandidaten Marco Rossi blockierten am Sonntag die Straße."
    assert _roles(text) == {"Marco Rossi": ("Kandidat",)}  # as a list prints it (session 40)


def test_a_kind_of_people_before_wie() -> None:
    text = "Früher traten Travestiekünstler wie Hella Sommer noch im Fernsehen auf."
    assert _roles(text) == {"Hella Sommer": ("Travestiekünstler",)}


def test_a_pronoun_before_wie_gives_no_role() -> None:
    text = "Wenn es Streit gibt, muss einer wie Tomas Erikson schlichten."
    assert _roles(text) == {"Tomas Erikson": ()}


def test_a_noun_that_is_no_job_gives_no_role() -> None:
    assert _roles("Gestern traf ich im Garten Anna Schmid und ihren Hund.") == {"Anna Schmid": ()}
