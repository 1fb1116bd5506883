"""Sentences in which a site names itself by saying who owns it.

Footers of group-owned sites state the link in a sentence: "Live Science is part of Future US
Inc, an international media group", "Slate is published by The Slate Group, a Graham Holdings
Company", "Billboard is a subsidiary of Valence Media, LLC", "Eurailpress ist eine Marke der
DVV Media Group GmbH". The copyright notice then names only the company, and the subject of
the sentence is often the one place the copied text spells the outlet's name — as the site
writes it, which may be all generic words ("Live Science", "Space"). The sentence must open
its line: in the middle of a paragraph such wording is the story's ("The initiative is part of
the Fourth Energy Technology Development Plan").
"""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import MAX_NAME_CHARS, MAX_NAME_WORDS

# The cheap test: every claim holds one of these.
_HINTS = (" part of ", " published by ", " owned by ", " operated by ", " subsidiary of ",
          " division of ", " brand of ", " publication of ", " ist ein Angebot ",
          " ist eine Marke ", " ist eine Publikation ", " ist ein Produkt ")  # fmt: skip
# A capitalised word of a name: "Live", "9to5Mac", "Spiegel-Online", "AT&T".
_WORD = r"[A-Z0-9ÄÖÜ][\w.&'’-]*"
_CLAIM = re.compile(
    rf"^[^\S\n]*((?:The |Die |Der |Das )?{_WORD}(?:[^\S\n](?:{_WORD}|of|de|du|der|des|di)){{0,4}})"
    # ("The Hollywood Reporter, LLC is a subsidiary of …")
    r"(?:,?[^\S\n](?:LLC|Inc\.?|Ltd\.?|GmbH))?,?[^\S\n](?:is[^\S\n](?:a[^\S\n]|an[^\S\n])?(?:part|(?:wholly[^\S\n])?owned|published"
    r"|operated|(?:a[^\S\n])?(?:subsidiary|division|brand|publication|unit|member))"
    r"[^\S\n](?:of|by)"
    r"|ist[^\S\n](?:ein[^\S\n]Angebot|eine[^\S\n]Marke|eine[^\S\n]Publikation|ein[^\S\n]Produkt)"
    r"[^\S\n](?:der|des|von|vom))"
    # The owner: a capitalised name, not "the team" or "our family".
    rf"[^\S\n](?:the[^\S\n]|The[^\S\n])?{_WORD}",
    re.MULTILINE,
)
# Subjects that are no name: "He is part of the Reuters team", "This is a publication of …".
_PRONOUNS = frozenset(
    ("he", "she", "it", "this", "that", "we", "they", "who", "which", "there", "everything",
     "everyone", "er", "sie", "es", "dies", "das", "der", "die", "wir")
)  # fmt: skip


def claimed_names(text: str) -> list[str]:
    """The names that lines of `text` (the page's furniture, joined by newlines) say are
    owned or published by a company: "Space" in "Space is part of Future US Inc"."""
    if not any(hint in text for hint in _HINTS):
        return []
    found = []
    for match in _CLAIM.finditer(text):
        name = match.group(1)
        if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
            continue
        if name.casefold() in _PRONOUNS:
            continue
        found.append(name)
    return found
