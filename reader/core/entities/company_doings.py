"""What business news says a company does and never a person: it cuts or adds hundreds of
jobs, reports a profit or a loss, raises its prices, opens or closes stores and plants, has
gigawatts of capacity, and offers goods at a price — "Zorvex will cut 300 jobs", "Zorvex
reported a record profit", "Zorvex had 3.7 GW of cell capacity", "Zorvex is offering the iPad
for $299", "Zorvex streicht 300 Stellen", "Zorvex meldet einen Rekordgewinn", "Zorvex erhöht
die Preise", "Zorvex eröffnet eine Filiale in Linz".

`body_predicates` asks these after a name no rule decided, as it asks "was founded in" and
"hat seinen Sitz in": a person is given jobs, not cutting three hundred of them; has an
income, not a quarterly loss; sells a car, not a store's goods "for $299". What people say of
themselves too stays out: "Smith cut his prices" (a trader's "his"), "Müller eröffnet die
Sitzung" (a meeting, no store), "Weber streicht die Wand" (a wall, no jobs); so does an English
clause that goes on with "his" or "her" ("Brannigan posted a loss on his taxes": a company's is
"its") and a German loss or profit that is someone's or something's ("meldet den Verlust
seiner Katze", "des Hauses").
"""

from __future__ import annotations

import re

# A number of jobs, with the hedges news gives it ("about 300", "mehr als 1.000").
_JOBS_EN = (
    r"(?:about |around |some |nearly |almost |more than |up to |another )?[\d,.]+ "
    r"(?:jobs|employees|workers|positions)\b"
)
_JOBS_DE = (
    r"(?:rund |etwa |mehr als |über |bis zu |weitere |knapp )?[\d.]+ "
    r"(?:Stellen|Arbeitsplätze|Jobs|Mitarbeiter)\b"
)

ENGLISH = re.compile(
    r" (?:(?:will|would|plans to|is to|is set to|also) )?"
    r"(?:(?:cut|cuts|is cutting|lay off|lays off|laid off|shed|sheds|add|adds|added) " + _JOBS_EN
    + r"|(?:reported|reports|posted|posts) (?:a |an )?"
    r"(?:record |quarterly |annual |net |surprise )?(?:profit|loss|revenue|earnings)\b"
    r"|(?:raised|raises|lowered|lowers|cut|cuts) (?:its )?prices\b"  # not "his prices"
    r"|(?:opened|opens|will open|closed|closes|will close) "
    r"(?:a |its |two |three |several |\d+ )?(?:new |first |last )?"
    r"(?:store|stores|plant|plants|factory|factories|branch|branches)\b"
    r"|(?:is|are) (?:currently |now )?offering [^.;!?\n]{1,120}? for \$\d"
    r"|(?:has|had|have) (?:about |around |some |nearly )?[\d.,]+ ?(?:GW|MW|GWh|MWh) of "
    r"(?:[\w-]+ ){0,2}capacity\b)"
    r"(?![^.,;:!?\n]*\b(?:his|her|him|himself|herself)\b)"  # "reported a loss on his taxes"
)  # fmt: skip
GERMAN = re.compile(
    r" (?:(?:streicht|strich|baut|baute) " + _JOBS_DE + r"(?: ab)?"
    r"|(?:will|wird|soll|muss) " + _JOBS_DE + r" (?:abbauen|streichen|schaffen)\b"
    r"|(?:meldet|meldete|verbucht|verbuchte|erzielt|erzielte) (?:[^\s.,;:!?]+ ){0,4}?"
    r"(?:Rekordgewinn|Gewinn|Nettogewinn|Quartalsgewinn|Verlust|Rekordumsatz|Umsatz)\b"
    r"(?! (?:des|eines|seines|seiner|ihres|ihrer|meines|meiner)\b)"  # "den Verlust seiner Katze"
    r"|(?:erhöht|erhöhte|senkt|senkte) die Preise\b"  # not "ihre Preise": a trader's own
    r"|(?:eröffnet|eröffnete|schließt|schloss) "
    r"(?:eine|seine|ihre|weitere|zwei|drei|mehrere|\d+) (?:neue |weitere )?"
    r"(?:Filiale|Filialen|Werk|Werke|Fabrik|Niederlassung)\b)"
)  # fmt: skip
