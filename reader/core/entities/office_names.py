"""The offices a role can be shown as in either language: data, kept in one place.

A role is stored as the source wrote it ("vice-premier", "Präsident"); `roles.merge_roles` shows
it in the window's (or a who's who's) language when it names an office listed here, and as
written when it does not. So a German window reads "Liu He — Vizepremier" where an English
source wrote "vice-premier", and an English one "Xi Jinping — President" where a German source
wrote "Präsident". The list keeps to offices news names and to words that say one office in
both languages: an English word that means two German ones ("secretary", "head of …", "leader";
"Attorney General", a US state's "Generalstaatsanwalt" but the US "Justizminister") is left out,
and stays as the source wrote it.

`OFFICES` maps an office's key to its English name and its German masculine and feminine
names; the key is the English name in lower case. `ENGLISH_ALSO` and `GERMAN_ALSO` are other
words the sources use for an office (their case does not matter). `FEMININE_EN` are the English
words that say the person is a woman, so that a German list gives the office its feminine form
("chairwoman": "Vorsitzende"), and `ENGLISH_FEMININE` the English names that change with it.
Add an office by adding a line to `OFFICES` (and its other words);
`tests/core/entities/test_office_names.py` checks that every word leads to one office.
"""

from __future__ import annotations

# office key: (English, German masculine, German feminine)
OFFICES: dict[str, tuple[str, str, str]] = {
    # heads of state and government, ministers
    "prime minister": ("Prime Minister", "Premierminister", "Premierministerin"),
    "president": ("President", "Präsident", "Präsidentin"),
    "chancellor": ("Chancellor", "Kanzler", "Kanzlerin"),
    "head of state": ("head of state", "Staatschef", "Staatschefin"),
    "head of government": ("head of government", "Regierungschef", "Regierungschefin"),
    "vice president": ("Vice President", "Vizepräsident", "Vizepräsidentin"),
    "vice premier": ("Vice Premier", "Vizepremier", "Vizepremierin"),
    "deputy prime minister": (
        "Deputy Prime Minister",
        "stellvertretender Premierminister",
        "stellvertretende Premierministerin",
    ),  # fmt: skip
    "foreign minister": ("Foreign Minister", "Außenminister", "Außenministerin"),
    "finance minister": ("Finance Minister", "Finanzminister", "Finanzministerin"),
    "defence minister": ("Defence Minister", "Verteidigungsminister", "Verteidigungsministerin"),
    "economy minister": ("Economy Minister", "Wirtschaftsminister", "Wirtschaftsministerin"),
    "interior minister": ("Interior Minister", "Innenminister", "Innenministerin"),
    "justice minister": ("Justice Minister", "Justizminister", "Justizministerin"),
    "health minister": ("Health Minister", "Gesundheitsminister", "Gesundheitsministerin"),
    "energy minister": ("Energy Minister", "Energieminister", "Energieministerin"),
    "trade minister": ("Trade Minister", "Handelsminister", "Handelsministerin"),
    # the other offices of German cabinets and councils, which German sources name most and
    # an English list said in German ("Vizekanzler", "Landrat"): session 38
    "vice chancellor": ("Vice Chancellor", "Vizekanzler", "Vizekanzlerin"),
    "environment minister": ("Environment Minister", "Umweltminister", "Umweltministerin"),
    "labour minister": ("Labour Minister", "Arbeitsminister", "Arbeitsministerin"),
    "transport minister": ("Transport Minister", "Verkehrsminister", "Verkehrsministerin"),
    "agriculture minister": (
        "Agriculture Minister", "Landwirtschaftsminister", "Landwirtschaftsministerin",
    ),  # fmt: skip
    "education minister": ("Education Minister", "Bildungsminister", "Bildungsministerin"),
    "development minister": (
        "Development Minister", "Entwicklungsminister", "Entwicklungsministerin",
    ),  # fmt: skip
    "family minister": ("Family Minister", "Familienminister", "Familienministerin"),
    "state secretary": ("State Secretary", "Staatssekretär", "Staatssekretärin"),
    "minister of state": ("Minister of State", "Staatsminister", "Staatsministerin"),
    "district administrator": ("district administrator", "Landrat", "Landrätin"),
    "opposition leader": ("opposition leader", "Oppositionsführer", "Oppositionsführerin"),
    "chancellor candidate": ("chancellor candidate", "Kanzlerkandidat", "Kanzlerkandidatin"),
    "minister": ("Minister", "Minister", "Ministerin"),
    "commissioner": ("Commissioner", "Kommissar", "Kommissarin"),
    "national security adviser": (
        "National Security Adviser",
        "Nationaler Sicherheitsberater",
        "Nationale Sicherheitsberaterin",
    ),  # fmt: skip
    "ambassador": ("Ambassador", "Botschafter", "Botschafterin"),
    "governor": ("Governor", "Gouverneur", "Gouverneurin"),
    "mayor": ("Mayor", "Bürgermeister", "Bürgermeisterin"),
    "senator": ("Senator", "Senator", "Senatorin"),
    "lawmaker": ("lawmaker", "Abgeordneter", "Abgeordnete"),
    "secretary general": ("Secretary General", "Generalsekretär", "Generalsekretärin"),
    "king": ("King", "König", "Königin"),
    "prince": ("Prince", "Prinz", "Prinzessin"),
    "pope": ("Pope", "Papst", "Päpstin"),
    "bishop": ("bishop", "Bischof", "Bischöfin"),
    "judge": ("judge", "Richter", "Richterin"),
    "general": ("General", "General", "Generalin"),
    "commander": ("commander", "Kommandeur", "Kommandeurin"),
    "police chief": ("police chief", "Polizeichef", "Polizeichefin"),
    # a city's police head: "Polizeipräsident", not the "Kommissar" of an EU or a body
    "police commissioner": ("police commissioner", "Polizeipräsident", "Polizeipräsidentin"),
    # a rank a woman holds as written, as "Hauptmann"
    "lieutenant colonel": ("Lieutenant Colonel", "Oberstleutnant", "Oberstleutnant"),
    "candidate": ("candidate", "Kandidat", "Kandidatin"),
    # companies and other bodies
    "ceo": ("CEO", "Vorstandschef", "Vorstandschefin"),
    "supervisory board chair": (
        "supervisory board chair", "Aufsichtsratsvorsitzender", "Aufsichtsratsvorsitzende",
    ),  # fmt: skip
    "cfo": ("CFO", "Finanzchef", "Finanzchefin"),
    "chair": ("chair", "Vorsitzender", "Vorsitzende"),
    "founder": ("founder", "Gründer", "Gründerin"),
    "co-founder": ("co-founder", "Mitgründer", "Mitgründerin"),
    "chief": ("chief", "Chef", "Chefin"),  # "VW-Chef": "VW chief"
    "managing director": ("managing director", "Geschäftsführer", "Geschäftsführerin"),
    "director": ("director", "Direktor", "Direktorin"),
    "founding director": ("founding director", "Gründungsdirektor", "Gründungsdirektorin"),
    "deputy director": (
        "deputy director",
        "stellvertretender Direktor",
        "stellvertretende Direktorin",
    ),
    "sports director": ("sports director", "Sportdirektor", "Sportdirektorin"),
    "project manager": ("project manager", "Projektleiter", "Projektleiterin"),
    # a company's manager, who is one in German too; in football a "manager" is the coach,
    # which English says where it names the sport ("football manager")
    "manager": ("manager", "Manager", "Managerin"),
    "spokesperson": ("spokesperson", "Sprecher", "Sprecherin"),
    "press secretary": ("press secretary", "Pressesprecher", "Pressesprecherin"),
    "adviser": ("adviser", "Berater", "Beraterin"),
    "investor": ("investor", "Investor", "Investorin"),
    "chief economist": ("chief economist", "Chefvolkswirt", "Chefvolkswirtin"),
    "economist": ("economist", "Ökonom", "Ökonomin"),
    "analyst": ("analyst", "Analyst", "Analystin"),
    "lawyer": ("lawyer", "Anwalt", "Anwältin"),
    "legal adviser": ("legal adviser", "Rechtsberater", "Rechtsberaterin"),  # "counsel"
    "partner": ("partner", "Partner", "Partnerin"),  # a firm's; "Spielpartner": `roles`' field
    "specialist": ("specialist", "Spezialist", "Spezialistin"),
    # science, press, culture, sport
    "professor": ("Professor", "Professor", "Professorin"),
    "scientist": ("scientist", "Wissenschaftler", "Wissenschaftlerin"),
    "political scientist": (
        "political scientist",
        "Politikwissenschaftler",
        "Politikwissenschaftlerin",
    ),
    "researcher": ("researcher", "Forscher", "Forscherin"),
    "historian": ("historian", "Historiker", "Historikerin"),
    "psychologist": ("psychologist", "Psychologe", "Psychologin"),
    "doctor": ("doctor", "Arzt", "Ärztin"),
    "teacher": ("teacher", "Lehrer", "Lehrerin"),
    "head teacher": ("head teacher", "Schulleiter", "Schulleiterin"),
    "astronaut": ("astronaut", "Astronaut", "Astronautin"),
    "expert": ("expert", "Experte", "Expertin"),
    "author": ("author", "Autor", "Autorin"),
    "journalist": ("journalist", "Journalist", "Journalistin"),
    "editor": ("editor", "Redakteur", "Redakteurin"),
    "editor-in-chief": ("editor-in-chief", "Chefredakteur", "Chefredakteurin"),
    "correspondent": ("correspondent", "Korrespondent", "Korrespondentin"),
    "reporter": ("reporter", "Reporter", "Reporterin"),
    "host": ("host", "Moderator", "Moderatorin"),
    "artist": ("artist", "Künstler", "Künstlerin"),
    "singer": ("singer", "Sänger", "Sängerin"),
    "actor": ("actor", "Schauspieler", "Schauspielerin"),
    "producer": ("producer", "Produzent", "Produzentin"),
    "coach": ("coach", "Trainer", "Trainerin"),
    "head coach": ("head coach", "Cheftrainer", "Cheftrainerin"),
    "national coach": ("national coach", "Bundestrainer", "Bundestrainerin"),
    "captain": ("captain", "Kapitän", "Kapitänin"),
    "football player": ("football player", "Fußballspieler", "Fußballspielerin"),
    "olympic champion": ("Olympic champion", "Olympiasieger", "Olympiasiegerin"),
}
ENGLISH_ALSO = {
    "premier": "prime minister", "chief executive": "ceo", "chief executive officer": "ceo",
    "chief financial officer": "cfo", "chairman": "chair", "chairwoman": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "defense minister": "defence minister",
    "secretary-general": "secretary general", "writer": "author",
    "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
    "treasury secretary": "finance minister", "defense secretary": "defence minister",
    "home secretary": "interior minister", "health secretary": "health minister",
    "energy secretary": "energy minister", "commerce secretary": "trade minister",
    "vice-president": "vice president", "vice-premier": "vice premier",
    "deputy premier": "vice premier", "attorney": "lawyer",
    "football manager": "coach", "soccer manager": "coach",
    "nominee": "candidate", "boss": "chief", "cofounder": "co-founder", "advisor": "adviser",
    "physician": "doctor", "actress": "actor", "queen": "king", "princess": "prince",
    "representative": "lawmaker", "congressman": "lawmaker",
    "congresswoman": "lawmaker", "legislator": "lawmaker", "headteacher": "head teacher",
    "headmaster": "head teacher", "presenter": "host", "athletic director": "sports director",
    "executive director": "managing director", "national security advisor": "national security adviser",
    "labor minister": "labour minister", "counsel": "legal adviser", "legal counsel": "legal adviser",
    "soccer player": "football player", "footballer": "football player",
}  # fmt: skip
GERMAN_ALSO = {
    "ministerpräsident": "prime minister", "ministerpräsidentin": "prime minister",
    "premier": "prime minister", "premierminister": "prime minister",
    "bundeskanzler": "chancellor", "bundeskanzlerin": "chancellor",
    "konzernchef": "ceo", "konzernchefin": "ceo", "vorstandsvorsitzender": "ceo",
    "vorstandsvorsitzende": "ceo", "firmenchef": "ceo", "firmenchefin": "ceo",
    "vizeregierungschef": "vice premier", "vizeregierungschefin": "vice premier",
    "mitbegründer": "co-founder", "mitbegründerin": "co-founder",
    "rechtsanwalt": "lawyer", "rechtsanwältin": "lawyer",
    "oberbürgermeister": "mayor", "oberbürgermeisterin": "mayor",
    "aufsichtsratschef": "supervisory board chair", "aufsichtsratschefin": "supervisory board chair",
    # written short before a name, where the first name does not say a man or a woman
    "abg.": "lawmaker", "präs.": "president", "vors.": "chair", "bgm.": "mayor", "min.": "minister",
}  # fmt: skip
# An office's English name when a woman holds it, where English has one ("Königin": "Queen").
ENGLISH_FEMININE = {"king": "Queen", "prince": "Princess"}
# English words for a woman's office: a German list writes the office's feminine form.
FEMININE_EN = frozenset({
    "chairwoman", "spokeswoman", "congresswoman", "actress", "queen", "princess",
    "businesswoman",
})  # fmt: skip
# German feminine words for an office that `OFFICES` gives under another office's name.
FEMININE_DE = frozenset({
    "ministerpräsidentin", "bundeskanzlerin", "konzernchefin", "firmenchefin", "vorstandsvorsitzende",
    "vizeregierungschefin", "mitbegründerin", "rechtsanwältin", "oberbürgermeisterin",
    "aufsichtsratschefin",
})  # fmt: skip
# Feminine forms German also uses for a man ("der Abgeordnete"): they do not say a woman holds it.
EITHER_DE = frozenset({"abgeordnete"})
# Salutations the rules read before a name ("Frau Angela Merkel", "Mr Smith"), in lower case and
# without their full stop: they say how a person is addressed, not an office, so no role list
# shows them, and the index does not keep them (`person_titles.split_roles`).
SALUTATIONS = frozenset({"mr", "mrs", "ms", "miss", "herr", "frau"})
