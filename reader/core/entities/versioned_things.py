"""A name with a version number is software or a device, and a name a doctor prescribes is a
drug — no organisation: "Starveil 2.0 adds new maps", "version 3.1 of Quillpad", "die Version
4 von Notizblick", "Doctors prescribed Migralin", "Ihr Arzt verschrieb ihr Migralin".

A product is released again and again, and the text tells the releases apart by a number
with a dot after its name ("2.0", "11.4.1") or by the word "version" with a number; a body
has no versions ("Industrie 4.0" is a term, no name the rules take for one). A dotted number
after a name may also be an amount — "Siemens 2.5 billion", "Daimler 1.5 Prozent", in German
"Bosch 2.000 Stellen" — so a number with three digits after its dot, or one followed by a
unit, a currency or a magnitude, is no version. What is prescribed is a medicine, whose maker
the text names otherwise ("made by …"). What one mention shows holds for every mention of the
name, as the rest of the rules treat a name; a company of the main stock indices and a
service people post on stay organisations ("Microsoft 365" is the maker's too).
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.lexicon import PLATFORMS

_NAME = r"([A-ZÄÖÜ][\w'’&+-]*(?: [A-ZÄÖÜ][\w'’&+-]*)*)"
# Words after a number that make it an amount, no version.
_AMOUNT = (
    r"(?:%|percent|per cent|Prozent|million|billion|trillion|Millionen|Milliarden|Mio|Mrd|"
    r"points|Punkte|Euro|EUR|USD|dollars?|US-Dollar|Franken|pounds|kg|km|m|g|t|Tonnen|tons|"
    r"x|times|mal)\b"
)
# A version number right after the name: dotted, one or two digits after the first dot.
_NUMBER_AFTER = re.compile(
    _NAME + rf" v?\d{{1,3}}\.\d{{1,2}}(?:\.\d+)*(?![\d,.]*\d)(?!\s*{_AMOUNT}|[\d%])"
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
