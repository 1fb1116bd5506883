"""What makes a German name written once, with nothing said of it, an organisation.

A capitalised word both languages write alike is a name in German text, but not always a
body's: named once on unseen pages such words were most often something else — a word ("Info",
"Hui", "Deus"), a place ("Ibiza"), a character or a game ("Tarzan", "Pokemon"), a surname in a
proverb ("Schuster, bleib bei deinen Leisten"), a disease ("COVID-19/Coronavirus"). English
asks such a name to recur or to own something; German asks the same, unless the one mention
carries what a body's name carries:
- a feminine article before it, as bodies have ("die Nato", "der Telekom"); a place, a first
  name or an interjection goes without one (a masculine subject opening the sentence, "Der
  Dialog …", made the word a noun before: `agreement.neuter_nouns`);
- an "&" inside it ("Johnson&Johnson"), which joins the founders of firms;
- its capitals elsewhere in the text, as an acronym ("Nato" beside "NATO"; not "INFO");
- a place in parentheses after the run it shortens ("der Antifaschistischen Aktion (Antifa)");
- a buyer's place, after "an" beside a verb of delivering or selling ("dürften wieder an
  Huawei liefern", "verkauft an Nokia"): a customer named so is a firm.
A listed company needs none of these: `undecided` takes it before it asks this.
"""

from __future__ import annotations

import re

from reader.core.entities.cues import acronym
from reader.core.entities.names import Token
from reader.core.entities.pieces import Piece

_FEMININE = frozenset(("die", "der"))  # "die Nato", "der Telekom": nominative, dative, genitive
# Delivering and selling, before "an" or after its name: "liefert an …", "an … verkaufen".
_TRADE = frozenset(
    """liefern liefert lieferte lieferten geliefert verkaufen verkauft verkaufte verkauften
    exportieren exportiert exportierte""".split()
)
# The capitalised words right before "(" of a short form: "Antifaschistischen Aktion» (".
_RUN_BEFORE = re.compile(r"(?<![\w-])((?:[A-ZÄÖÜ][\w-]*\s+)*[A-ZÄÖÜ][\w-]*)[»«\"“”„']?\s*\($")


def body_named_once(
    piece: Piece, word: str, words: list[Token], index: dict[int, int], text: str
) -> bool:
    """Whether the one mention of `word` (German) shows it is an organisation's name."""
    at = index.get(piece.start)
    if at is None:
        return False
    before = words[at - 1] if at > 0 else None
    return (
        "&" in word
        or (before is not None and before.text.casefold() in _FEMININE)
        or _capitals_elsewhere(word, words)
        or _short_form(word, piece, text)
        or _bought(words, at)
    )


def _capitals_elsewhere(word: str, words: list[Token]) -> bool:
    """The word written elsewhere in capitals, as an acronym and no shouted word ("NATO")."""
    upper = word.upper()
    return upper != word and acronym(upper) and any(w.text == upper for w in words)


def _bought(words: list[Token], at: int) -> bool:
    """The name after "an" with a verb of delivering or selling right before or after."""
    if at < 1 or words[at - 1].text != "an":
        return False
    return (at + 1 < len(words) and words[at + 1].text in _TRADE) or (
        at > 1 and words[at - 2].text in _TRADE
    )


def _short_form(word: str, piece: Piece, text: str) -> bool:
    """A word in parentheses right after a capitalised run whose letters it takes in order,
    starting with the run's first ("Antifaschistischen Aktion (Antifa)")."""
    if text[piece.end : piece.end + 1] != ")":
        return False
    run = _RUN_BEFORE.search(text[max(0, piece.start - 120) : piece.start])
    if run is None:
        return False
    letters = iter(run.group(1).casefold())
    low = word.casefold()
    return len(low) >= 3 and low[0] == run.group(1)[0].casefold() and all(c in letters for c in low)
