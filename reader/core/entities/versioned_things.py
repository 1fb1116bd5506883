"""A name with a version number is software or a device, and a name a doctor prescribes is a
drug — no organisation: "Starveil 2.0 adds new maps", "version 3.1 of Quillpad", "die Version
4 von Notizblick", "Doctors prescribed Migralin", "Ihr Arzt verschrieb ihr Migralin".

A product is released again and again, and the text tells the releases apart by a number
with a dot after its name ("2.0", "11.4.1") or by the word "version" with a number; a body
has no versions ("Industrie 4.0" is a term, no name the rules take for one). A dotted number
after a name may also be an amount, a time or a date — "Siemens 2.5 billion", "VW 20.7 cubic
feet", "Um 12.30 Uhr", "Bosch 2.000 Stellen", "Nicole Bastian 11.04.2024" — so only a number
followed by a stop (no full one), a word for a release or a verb a release takes is one.
What is prescribed is a medicine, whose maker the text names otherwise ("made by …"). What one
mention shows holds for every mention of the name, as the rest of the rules treat a name; a
company of the main stock indices and a service people post on stay organisations.
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.lexicon import PLATFORMS

_NAME = r"([A-ZÄÖÜ][\w'’&+-]*(?: [A-ZÄÖÜ][\w'’&+-]*)*)"
# What follows a version: a comma or another stop but a full one ("am 7.2. folgt" is a date),
# a word for a release, or a verb a release takes. Not a unit or an amount ("VW 20.7 cubic
# feet", "Zentrolix 2.5 billion", "Um 12.30 Uhr", "11.04.2024 - 11:46"): those go on otherwise.
_AFTER_VERSION = (
    r"(?:\s*[,;:!?)]|\s+(?:update|release|version|beta|patch|edition|is|was|will|has|had|adds?|"
    r"added|brings?|brought|ships?|shipped|comes|came|lets|allows|introduces|introduced|"
    r"features|supports|launches|launched|arrives|arrived|sold|sells|fixes|fixed|includes|"
    r"runs|ran|requires|ist|war|bringt|brachte|kommt|kam|erscheint|erschien|bietet|wird|"
    r"wurde|hat|hatte|läuft|lief|behebt|verkaufte|Update|Release|Beta|Patch|Edition|"
    r"Version)\b)"
)
# A version number right after the name: dotted, one or two digits after the first dot ("2.0",
# "11.4.1"), or with a "v" ("v2").
_NUMBER_AFTER = re.compile(
    _NAME + rf" (?:\d{{1,2}}\.\d{{1,2}}(?:\.\d{{1,2}})?(?={_AFTER_VERSION})|v\d+(?:\.\d+)*\b)"
)
# "version 3.1 of Quillpad", "die Version 4 von Notizblick", "Quillpad version 3".
_VERSION_OF = re.compile(r"\b[Vv]ersion v?\d+(?:\.\d+)* (?:of|von|für|for) " + _NAME)
_VERSION_AFTER = re.compile(_NAME + r" [Vv]ersion v?\d")
# A doctor's prescription: "prescribed Migralin", "verschrieb ihr Migralin".
_PRESCRIBED = re.compile(
    r"\b(?:prescrib(?:e|es|ed|ing)|verschreib(?:t|en)|verschrieb(?:en)?|verordnet(?:e|en)?)"
    r"(?: (?:him|her|them|me|you|ihm|ihr|ihnen|mir|dir|uns|euch))? " + _NAME
)


def versioned(text: str) -> set[str]:
    """The names that a mention in `text` gives a version or a prescription, with the shorter
    names their last words make ("Korvato Notes 7.0": "Notes" too, never the maker "Korvato"
    before it, nor a sentence's first word): no organisations."""
    found: set[str] = set()
    for pattern in (_NUMBER_AFTER, _VERSION_OF, _VERSION_AFTER, _PRESCRIBED):
        for match in pattern.finditer(text):
            words = match.group(1).split()
            found |= {" ".join(words[n:]) for n in range(len(words))}
    return {name for name in found if name not in PLATFORMS and not listed(name)}
