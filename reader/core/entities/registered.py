"""German registered associations by their legal form: "die Wirtschaftsweiber e.V.", "beim
Deutschen Verband Flüssiggas e. V. (DVFG)".

"e.V." (eingetragener Verein) after capitalised words says they are an association's name,
whatever they are made of — German nouns ("Wirtschaftsweiber", "Flüssiggas") that no other
rule would take for a name. The tokenizer reads the form as two words ("e", "V."), so the
words before it are looked for in the text itself: the capitalised words right before it, up
to a small word, a punctuation mark or a word that never opens a name ("Der").
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.core.entities.cues import bare
from reader.core.entities.lexicon import NEVER_NAME
from reader.core.entities.model import EntityKind
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_FORM = re.compile(r"(?<=[\w.]) e\. ?V\.")
_MOST_WORDS = 6


def associations(text: str, words: list[Token]) -> list[Piece]:
    """The associations named before "e.V." or "e. V." in `text`."""
    found = []
    starts = [w.start for w in words]
    for match in _FORM.finditer(text):
        at = bisect_left(starts, match.start()) - 1  # the last word before the form
        name: list[Token] = []
        while at >= 0 and len(name) < _MOST_WORDS:
            word = words[at]
            gap = text[word.end : name[0].start if name else match.start() + 1]
            if gap != " " or not word.capital or bare(word.text) in NEVER_NAME:
                break
            name.insert(0, word)
            if word.sentence_start:
                break
            at -= 1
        if name:
            found.append(Piece(EntityKind.ORG, name))
    return found
