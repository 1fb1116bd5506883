"""Lines in which a site names itself: saying who owns it, or heading its own menu.

Footers of group-owned sites state the link in a sentence: "Live Science is part of Future US
Inc, an international media group", "Slate is published by The Slate Group, a Graham Holdings
Company", "Billboard is a subsidiary of Valence Media, LLC", "Eurailpress ist eine Marke der
DVV Media Group GmbH". The copyright notice then names only the company, and the subject of
the sentence is often the one place the copied text spells the outlet's name — as the site
writes it, which may be all generic words ("Live Science", "Space"). The sentence must open
its line: in the middle of a paragraph such wording is the story's ("The initiative is part of
the Fourth Energy Technology Development Plan"). Blogs credit their software the same way
("Spreeblick is powered by WordPress", "Am Rande der Realität, Stolz präsentiert von
WordPress"); there the subject must look like a name, as a footer's link may stand before the
credit ("Datenschutzerklärung Stolz präsentiert von WordPress"). Blogs licensing their work
in the words of Creative Commons' licence chooser name it the same way ("Harbor Notes by Jane
Roe is licensed under a Creative Commons … License"); newsletters thank their readers by the
publication's name ("Thanks for reading Supply Lines!").

German organisations head the menu about themselves with their name and its article ("Der
ADAC", "Der SWR", "Das BKA", "DER SPIEGEL"), above the entries of their own products and
bodies ("SWR4", "SWR Aktuell", "SPIEGEL TV", "SPIEGEL Geschichte", "ADAC Mitgliedschaft").
An acronym or a shouted name with an article, standing alone, among four or more lines
opening or closing with it, is the house's own name; a plain word is not ("Das Handwerk",
"Die Muffins", "Berlin" heading the lines of its districts).

Encyclopedias say it outright: "From Wikipedia, the free encyclopedia".
"""

from __future__ import annotations

import re

from reader.core.ingest.outlet_names import MAX_NAME_CHARS, MAX_NAME_WORDS, is_name_shaped

_ENCYCLOPEDIA = re.compile(
    r"^(?:from|aus) (\w[\w .-]{1,30}?), (?:the free|der freien)", re.IGNORECASE | re.MULTILINE
)
# What every claim holds, after a space: found first (the regex engine scans for the space
# quickly), and the claim is then read from the start of its line.
_HINT = re.compile(
    r" (?:part of|published by|owned by|operated by|subsidiary of|division of|brand of"
    r"|publication of|ist ein Angebot|ist eine Marke|ist eine Publikation|ist ein Produkt"
    r"|powered by|präsentiert von) "
)
# A capitalised word of a name: "Live", "9to5Mac", "Spiegel-Online", "AT&T".
_WORD = r"[A-Z0-9ÄÖÜ][\w.&'’-]*"
_NAME = rf"(?:The |Die |Der |Das )?{_WORD}(?: (?:{_WORD}|of|de|du|der|des|di)){{0,4}}"
_IS = (
    r"is (?:an? )?(?:part|(?:wholly )?owned|published|operated"
    r"|(?:a )?(?:subsidiary|division|brand|publication|unit|member)) (?:of|by)"
)
_IST = r"ist (?:ein Angebot|eine Marke|eine Publikation|ein Produkt) (?:der|des|von|vom)"
# A blog's footer credits its software after the blog's name: "Spreeblick is powered by
# WordPress", "Am Rande der Realität, Stolz präsentiert von WordPress".
_POWERED = r"(?:is )?(?:[Pp]roudly )?powered by|[Ss]tolz präsentiert von"
# The name opens the line ("The Hollywood Reporter, LLC is a subsidiary of …"); the owner is
# a capitalised name, not "the team" or "our family".
_CLAIM = re.compile(
    rf"[^\S\n]*({_NAME})(?:,? (?:LLC|Inc\.?|Ltd\.?|GmbH))?,? (?:{_IS}|{_IST}|({_POWERED}))"
    rf" (?:the |The )?{_WORD}"
)
_FOOTER_CHARS = 3000
# Subjects that are no name: "He is part of the Reuters team", "This is a publication of …".
_PRONOUNS = frozenset(
    ("he", "she", "it", "this", "that", "we", "they", "who", "which", "there", "everything",
     "everyone", "er", "sie", "es", "dies", "das", "der", "die", "wir")
)  # fmt: skip

# An article and a name in capitals alone on a line; found by the line break before it (a
# literal the regex engine scans for quickly).
_HOUSE = re.compile(r"\n((?:Der|Die|Das|The|DER|DIE|DAS|THE) ([A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,15}))(?=\n)")
_HOUSE_LINES = 4


# The licence a blog gives its work, in the words of Creative Commons' licence chooser:
# "Harbor Notes by Jane Roe is licensed under a Creative Commons Attribution 4.0 International
# License", "Ein Hafentagebuch von Max Muster steht unter einer Creative Commons Namensnennung
# 3.0 Unported Lizenz": the work is the site. (A picture's credit names the picture in quotes
# and its licence by its short name: "“Sunset” by Jane Roe is licensed under CC BY 2.0".)
_LICENSED = re.compile(
    rf"^({_NAME}) (?:by|von|de|por|di) [^\n]{{2,80}}? (?:is licensed under an?|steht unter einer"
    r"|ist lizenziert unter einer|est mis à disposition selon les termes de la"
    r"|(?:se distribuye|está licenciad[oa]) bajo una|è distribuit[oa] con) (?i:creative commons|licen)",
    re.MULTILINE,
)


# A newsletter platform's sign-up box thanks the reader by the publication's name ("Thanks for
# reading Supply Lines! Subscribe for free to receive new posts and support my work."): on a
# newsletter's page the copyright notice names the writer, this line the publication.
_THANKS = re.compile(rf"^Thanks for reading ({_NAME})!", re.MULTILINE)


def thanked_names(text: str) -> list[str]:
    """The publications `text` (the page's furniture) thanks the reader for reading."""
    if "hanks for reading" not in text:
        return []
    return [m.group(1) for m in _THANKS.finditer(text) if is_name_shaped(m.group(1))]


def licensed_names(text: str) -> list[str]:
    """The works `text` (the page's furniture) licenses in Creative Commons' words: "Harbor
    Notes" in "Harbor Notes by Jane Roe is licensed under a Creative Commons … License". (The
    line stands in the footer or in a sidebar above the comments.)"""
    if "reative" not in text and "icen" not in text and "izen" not in text:
        return []
    return [
        match.group(1)
        for match in _LICENSED.finditer(text)
        if match.group(1).casefold() not in _PRONOUNS and is_name_shaped(match.group(1))
    ]


def claimed_names(text: str) -> list[str]:
    """The names that lines of `text` (the page's furniture, joined by newlines) say are
    owned or published by a company: "Space" in "Space is part of Future US Inc". Only the
    footer is read, the furniture's last characters: the sentence stands under the links."""
    footer = text[-_FOOTER_CHARS:]
    found = []
    for hint in _HINT.finditer(footer):
        match = _CLAIM.match(footer, footer.rfind("\n", 0, hint.start()) + 1)
        if match is None:
            continue
        name = match.group(1)
        if len(name) > MAX_NAME_CHARS or len(name.split()) > MAX_NAME_WORDS:
            continue
        if name.casefold() in _PRONOUNS:
            continue
        if match.group(2) and not is_name_shaped(name):
            continue  # a footer's link before the credit: "Datenschutzerklärung Stolz …"
        found.append(name)
    return found


def house_names(short: str, contexts: str) -> list[str]:
    """The names heading a menu of the house's own lines: "SWR" for "Der SWR" above "SWR4",
    "SWR Aktuell" … ; "DER SPIEGEL" (the article is part of a shouted name). `short` holds the
    page's short furniture lines, `contexts` the shorter of them in lower case, each between
    line breaks."""
    if "\nD" not in short and "\nT" not in short:
        return []
    found = []
    for match in _HOUSE.finditer(f"\n{short}\n"):
        line, name = match.group(1), match.group(2)
        core = name.casefold()
        family = (
            contexts.count(f"\n{core} ")
            + contexts.count(f"\n{core}-")
            + contexts.count(f"\n{core}+")
            + contexts.count(f" {core}\n")
            - contexts.count(f"\n{line.casefold()}\n")
        )
        if family >= _HOUSE_LINES:
            found.append(line if line.isupper() else name)
    return found


def encyclopedia_name(short: str) -> str | None:
    """The encyclopedia's notice among the page's short lines: "From Wikipedia, the free
    encyclopedia"."""
    if "ncyclopedia" not in short and "nzyklopädie" not in short:
        return None
    match = _ENCYCLOPEDIA.search(short)
    return match.group(1).strip() if match else None
