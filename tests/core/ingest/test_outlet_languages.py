"""The outlet's name in other languages' notices: their small words, legal forms and
publishing companies that put the company word first ("Editora Abril")."""

from __future__ import annotations

from outlet_pages import site as _site

from reader.core.ingest.outlet_names import copyright_notices, publisher_stem


def _notice_names(line: str) -> list[str]:
    return [notice.name for notice in copyright_notices([line], line)]


def test_a_french_notice_names_a_title_with_its_small_words() -> None:
    # "du" joins the name like "of" and "de" do; the site's own notice names the outlet.
    below = ["Mentions légales", "© Le Quotidien du Sud 2023. Tous droits réservés."]
    assert (
        _site(["Aller au contenu principal", "Politique", "Économie"], below)
        == "Le Quotidien du Sud"
    )


def test_romance_legal_forms_leave_the_name() -> None:
    assert _notice_names("© Ediciones El Diario del Norte S.L. 2023") == [
        "Ediciones El Diario del Norte"
    ]
    assert _notice_names("© 2021 Editora Abril S.A.") == ["Editora Abril"]
    assert _notice_names("© 2019 Fratelli Verdi S.p.A.") == ["Fratelli Verdi"]
    assert _notice_names("© 2020 Jornal do Povo Ltda.") == ["Jornal do Povo"]


def test_a_publishing_word_in_front_leaves_the_title_after_it() -> None:
    assert publisher_stem("Ediciones El Diario del Norte") == "El Diario del Norte"
    assert publisher_stem("Editora Abril") == "Abril"
    assert publisher_stem("Healthline Media") == "Healthline"
    # Nothing distinctive after the word, or a second company word: no stem.
    assert publisher_stem("Groupe de presse") is None
    assert publisher_stem("Group Nine Media") is None
