"""Whether a name made of English words is the end of a longer name the rules did not take
whole.

English capitalises every word of a product's, a programme's or a column's name, and a text
writes the name with the words before it: "80 Day Obsession", "Asian Chicken Zoodles", "Xbox
One X", "Fox News Flash", "Eve Door & Window", "Evidence Action Beta", a table's "Pos Player
Plays", a label's "New Price Drop:". Where the first word fell away (it opened the line, or it
is a number), what is left looked like a company's name made of words ("Home Depot", "Blue
Origin"), which a text writes after a small word or a comma instead ("from Blue Origin", "Big
Machine, which owns …"). An owner before the name is no part of it ("Jeff Bezos’s Blue
Origin"), nor an article ("The Blue Jackets").
"""

from __future__ import annotations

import re

# A capitalised word or a number right before the name, one space between, on its line; not
# an article, nor an owner ("Bezos’s": the apostrophe ends no word of a name).
_WORD_BEFORE = re.compile(r"\b(?!(?:The|A|An) $)(?:[A-Z][\w&.+-]*|\d[\d.,]*) $")


def tail_of_a_name(starts: list[int], text: str) -> bool:
    """Whether most of the name's mentions (at `starts`) follow a capitalised word or a
    number of the same name."""
    tails = sum(bool(_WORD_BEFORE.search(text, max(0, at - 40), at)) for at in starts)
    return tails * 2 > len(starts)
