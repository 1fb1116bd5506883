"""Roles a consultant would still correct (issue 15, session 38): German offices written short
before a name ("Abg.", "Präs.", "Vors.", "Bgm.", "Min.") read as no role; "Sen." after a name
(Senior) against "Sen." before one (Senator); and the word saying how an office is held —
"former", "acting", "-elect", "ehemalige", "designierte", "kommissarische" — lost, so a
former minister was listed as the minister."""

from __future__ import annotations

from reader.core.entities import EntityKind, extract, merge_roles


def _people(text: str, lang: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.roles for f in extract(text, lang) if f.kind is EntityKind.PERSON}


def _listed(text: str, lang: str, language: str) -> dict[str, tuple[str, ...]]:
    """Each person's roles as the Entities view or a who's who in `language` lists them."""
    return {
        f.name: merge_roles(f.roles, language, f.name)
        for f in extract(text, lang)
        if f.kind is EntityKind.PERSON
    }


# German short offices -------------------------------------------------------------------------


def test_a_german_short_office_before_a_name_is_the_persons_role() -> None:
    text = (
        "Im Landtag kritisierte der Abg. Thomas Müller (CDU) den Haushalt. Auch Präs. Anna "
        "Weber und Vors. Klaus Berger äußerten sich. Min. Petra Lang und Bgm. Jörg Fischer "
        "schwiegen."
    )
    people = _people(text, "de")
    assert people["Thomas Müller"] == ("Abg.",)  # kept as the source wrote it
    assert people["Anna Weber"] == ("Präs.",)
    assert people["Klaus Berger"] == ("Vors.",)
    assert people["Petra Lang"] == ("Min.",)
    assert people["Jörg Fischer"] == ("Bgm.",)


def test_a_list_writes_the_short_office_out_in_the_form_the_first_name_says() -> None:
    text = (
        "Im Landtag kritisierte der Abg. Thomas Müller den Haushalt. Auch Präs. Anna Weber, "
        "Min. Petra Lang und Bgm. Jörg Fischer äußerten sich."
    )
    german = _listed(text, "de", "de")
    assert german["Thomas Müller"] == ("Abgeordneter",)
    assert german["Anna Weber"] == ("Präsidentin",)
    assert german["Petra Lang"] == ("Ministerin",)
    assert german["Jörg Fischer"] == ("Bürgermeister",)
    english = _listed(text, "de", "en")  # an English list says the office in English
    assert english["Thomas Müller"] == ("lawmaker",)
    assert english["Anna Weber"] == ("President",)
    assert english["Jörg Fischer"] == ("Mayor",)


def test_a_first_name_of_either_sex_keeps_the_short_office_or_takes_the_texts_form() -> None:
    # "Kim" is a man's and a woman's name: no guess, the office stays as written ...
    assert merge_roles(["Abg."], "de", "Kim Meier") == ("Abg.",)
    assert merge_roles(["Vors."], "de", "Kim Meier") == ("Vors.",)
    # ... unless the text names the office in full elsewhere: that form, once
    assert merge_roles(["Abg.", "Abgeordnete"], "de", "Kim Meier") == ("Abgeordnete",)
    assert merge_roles(["Präs.", "Präsidentin"], "de", "Kim Meier") == ("Präsidentin",)
    # without a name the list cannot tell either
    assert merge_roles(["Präs."], "de") == ("Präs.",)


def test_minutes_after_a_number_are_no_minister() -> None:
    text = (
        "Von Anna Berg, 2 Min. Lesezeit. Das Spiel dauerte 90 Min. Danach jubelte Thomas "
        "Müller. In der 78. Min. Thomas Müller traf zum Ausgleich."
    )
    people = _people(text, "de")
    assert set(people) == {"Anna Berg", "Thomas Müller"}
    assert people["Thomas Müller"] == ()


def test_a_short_office_after_an_ordinal_is_the_offices_rank_not_a_unit() -> None:
    # only "Min." is a unit after a number; "1. Bgm." is the First Mayor, "2. Vors." the
    # second chair (review of session 38: every short title after a number lost its role)
    people = _people("Der 2. Vors. Hans Huber und 1. Bgm. Anna Weber kamen.", "de")
    assert people["Hans Huber"] == ("Vors.",)
    assert people["Anna Weber"] == ("Bgm.",)


# "Sen." before and after a name ----------------------------------------------------------------


def test_sen_before_a_name_is_a_senator_after_it_senior() -> None:
    assert _listed("Sen. Ted Cruz said the bill would pass.", "en", "en") == {
        "Ted Cruz": ("Senator",)
    }
    after = _people("His father, John Smith Sen., disagreed with the plan.", "en")
    assert after == {"John Smith": ()}
    german = _people("Die Firma gründete Karl Weber Sen. im Jahr 1950 in Ulm.", "de")
    assert german["Karl Weber"] == ()
    # a senior's name before a senator's: each keeps their own
    both = _listed("John Smith Sen. and Sen. Ted Cruz spoke on Monday.", "en", "en")
    assert both == {"John Smith": (), "Ted Cruz": ("Senator",)}


# How an office is held ------------------------------------------------------------------------


def test_former_acting_and_elect_stay_part_of_an_english_role() -> None:
    text = (
        "The former chief executive John Doe spoke first. The acting CEO Mary Barra said "
        "little. President-elect Donald Trump arrived late. Secretary-designate Mike Pompeo "
        "waited. The former President George Bush sent a letter. The new CEO Tim Cook spoke."
    )
    people = _people(text, "en")
    assert people["John Doe"] == ("former chief executive",)
    assert people["Mary Barra"] == ("acting CEO",)
    assert people["Donald Trump"] == ("President-elect",)
    assert people["Mike Pompeo"] == ("Secretary-designate",)
    assert people["George Bush"] == ("former President",)
    assert people["Tim Cook"] == ("CEO",)  # "new" says nothing of how it is held


def test_a_rank_before_an_acronym_is_part_of_the_office() -> None:
    text = (
        "Tom Wild, the deputy CFO of Acme, said sales rose. Acme also named deputy CEO Ann "
        "Lee. Her predecessor, the former deputy CEO Joe Hart, left in May."
    )
    people = _people(text, "en")
    assert people["Tom Wild"] == ("deputy CFO",)
    assert people["Ann Lee"] == ("deputy CEO",)
    assert people["Joe Hart"] == ("former deputy CEO",)


def test_ehemalige_designierte_kommissarische_stay_part_of_a_german_role() -> None:
    text = (
        "Die frühere Ministerin Anna Schulz sagte, die designierte Präsidentin Lena Vogt und der "
        "kommissarische Leiter Max Roth seien da. Der ehemalige Kanzler Gerhard Schröder fehlte."
    )
    people = _people(text, "de")
    assert people["Anna Schulz"] == ("frühere Ministerin",)
    assert people["Lena Vogt"] == ("designierte Präsidentin",)
    assert people["Max Roth"] == ("kommissarischer Leiter",)  # as a list writes it (session 40)
    assert people["Gerhard Schröder"] == ("ehemaliger Kanzler",)
    # a list writes the adjective as it stands without the article
    listed = _listed(text, "de", "de")
    assert listed["Gerhard Schröder"] == ("ehemaliger Kanzler",)
    assert listed["Max Roth"] == ("kommissarischer Leiter",)
    assert listed["Lena Vogt"] == ("designierte Präsidentin",)
    # a job only a known person's role is read from, and an apposition
    other = _people(
        "Die ehemalige Pastorin Dagmar Posner sprach. Anna Berg, die frühere Ministerin, schwieg.",
        "de",
    )
    assert other["Dagmar Posner"] == ("ehemalige Pastorin",)
    assert other["Anna Berg"] == ("frühere Ministerin",)


def test_a_held_office_is_its_own_office_in_either_language() -> None:
    # a former minister is not the minister: said in the list's language; beside the office
    # held it is one role, the form most sources give first (session 39)
    assert merge_roles(["ehemaliger Bundeskanzler"], "en") == ("former Chancellor",)
    assert merge_roles(["ehemaliger Bundeskanzler", "Chancellor"], "en") == ("former Chancellor",)
    assert merge_roles(["Chancellor", "ehemaliger Bundeskanzler"], "de") == ("Kanzler",)
    assert merge_roles(["acting CEO", "CEO"], "en") == ("acting CEO", "CEO")  # not held before
    assert merge_roles(["frühere Ministerin"], "en") == ("former Minister",)
    assert merge_roles(["acting CEO"], "de") == ("kommissarischer Vorstandschef",)
    assert merge_roles(["kommissarische Präsidentin"], "en") == ("acting President",)
    assert merge_roles(["President-elect"], "de") == ("designierter Präsident",)
    assert merge_roles(["designierte Präsidentin"], "en") == ("President-designate",)
    assert merge_roles(["Bundeskanzler a.D."], "en") == ("former Chancellor",)
    assert merge_roles(["Ex-Premier"], "en") == ("former Prime Minister",)
    # a compound of a place or a name and an office, held before
    assert merge_roles(["ehemalige Japanexpertin"], "en") == ("former Japan expert",)
    assert merge_roles(["Ex-Volkswagen-Chef"], "en") == ("former Volkswagen chief",)
    # the same held office named in both languages is listed once
    assert merge_roles(["former Prime Minister", "Ex-Premierministerin"], "de") == (
        "Ex-Premierministerin",
    )


# The common German offices in an English list -------------------------------------------------


def test_the_common_german_offices_are_said_in_english() -> None:
    # left out beside an English office before, shown as written alone
    assert merge_roles(["Vizekanzler", "Finance Minister"], "en") == (
        "Vice Chancellor",
        "Finance Minister",
    )
    assert merge_roles(["Landrat", "mayor"], "en") == ("district administrator", "mayor")
    assert merge_roles(["Oberbürgermeisterin"], "en") == ("Mayor",)
    assert merge_roles(["Staatssekretär"], "en") == ("State Secretary",)
    # a federal or a state office, as German writes them in one word
    assert merge_roles(["Bundesfinanzminister"], "en") == ("federal finance minister",)
    assert merge_roles(["Landesinnenminister"], "en") == ("state interior minister",)
    # a German list keeps the source's word
    assert merge_roles(["Oberbürgermeisterin", "Mayor"], "de") == ("Oberbürgermeisterin",)
    assert merge_roles(["Bundesfinanzminister"], "de") == ("Bundesfinanzminister",)


def test_an_english_adjective_before_an_office_is_not_declined_as_german() -> None:
    # review of session 38: "-e" read as a German ending made "executiver Director", which
    # then lost its German office ("Geschäftsführer") too
    assert merge_roles(["creative Director"], "en") == ("creative Director",)
    assert merge_roles(["executive Director"], "de") == ("Geschäftsführer",)
    assert merge_roles(["ehemalige Kanzler"], "de") == ("ehemaliger Kanzler",)


def test_interim_is_held_for_the_time_being_as_acting_is() -> None:
    assert merge_roles(["interim CEO", "acting CEO"], "en") == ("interim CEO",)
    assert merge_roles(["interim CEO"], "de") == ("kommissarischer Vorstandschef",)


def test_a_short_office_before_no_first_name_is_no_role() -> None:
    # review of session 38: "Min." before any capitalised word made it a person
    assert not _people("Keep the Min. Temperature above 5 degrees.", "en")
    assert _people("Danach sprach Min. Petra Lang.", "de") == {"Petra Lang": ("Min.",)}


def test_an_office_held_before_said_after_it_in_apposition() -> None:
    # held_offices read "Bundeskanzler a. D." but no rule gave it: the role was "Bundeskanzler"
    text = "Gerhard Schröder, Bundeskanzler a. D., sprach in Hannover."
    assert _listed(text, "de", "en")["Gerhard Schröder"] == ("former Chancellor",)
    assert _listed(text, "de", "de")["Gerhard Schröder"] == ("Bundeskanzler a. D.",)


def test_an_english_office_after_ex_is_a_former_office() -> None:
    # held_offices read "ex-CEO" but no rule gave an English office after "Ex-" as a role
    text = "Ex-CEO Mark Fields spoke. Ex-President Donald Trump spoke too."
    assert _people(text, "en") == {"Mark Fields": ("Ex-CEO",), "Donald Trump": ("Ex-President",)}
    german = _listed(text, "en", "de")  # said in German, still former
    assert german["Mark Fields"] == ("Ex-Vorstandschef",)
    assert german["Donald Trump"] == ("Ex-Präsident",)
