"""A credit line that names a news agency after the author or the outlet: "Le Monde avec
AFP", "20 Minutes avec AFP", "Par Marie Dupont avec AFP", "Von Anna Weber mit dpa", "By
Jane Doe with Reuters", "Redacción con EFE".

French, German, Spanish, Italian and English sites credit a story their staff rewrote from
a wire this way, under the headline where the byline stands. The line is short and
headline-shaped, so it must never be taken for the headline; the agency is the article's
agency, and the person before it (if any) its author: the connector word is no part of the
name.
"""

from __future__ import annotations

import re

from reader.core.ingest.wire_credits import WIRES

# Words that join the writer or the outlet to the agency ("avec", "mit", "with", "con" …).
CONNECTORS = frozenset("with mit avec con com met e and und et y & sowie plus".split())
_WIRE_NAMES = "|".join(re.escape(w) for w in WIRES)
_WITH_WIRE = re.compile(
    r"^(?P<front>\S.{0,60}?)\s*,?\s+(?P<connector>"
    + "|".join(sorted((re.escape(c) for c in CONNECTORS), key=len, reverse=True))
    + r")\s+(?:l['’]|la |the |der |agence |agencia |agenzia )?(?P<wire>"
    + _WIRE_NAMES
    + r")(?P<desk>(?-i:/[a-z]{2,4}))?\.?$",
    re.IGNORECASE,
)
# Lead words before the writer's name.
_LEADS = frozenset("par von by por di door".split())
# A credit line is short: the outlet or the writers, the connector and the agency.
_MAX_WORDS = 10
_MAX_CHARS = 100
# The last word of each agency's name.
_WIRE_ENDS = frozenset(wire.split()[-1] for wire in WIRES)


def wire_after(text: str) -> tuple[str, str] | None:
    """What stands before the agency and the agency as printed, for a line closing with
    "avec AFP", "mit dpa", "with Reuters" ("Le Monde avec AFP" → ("Le Monde", "AFP")); None
    for any other line."""
    match = _credit(text)
    if match is None:
        return None
    return match["front"].strip(" ,"), match["wire"] + (match["desk"] or "")


def is_wire_credit(text: str) -> bool:
    """A credit line of an outlet or writers and an agency ("Le Monde avec AFP", "Par Marie
    Dupont avec AFP"), never a headline: the connector in lower case and every word before it
    capitalised (a name), a digit ("20 Minutes") or a lead word. A title-cased headline
    capitalises its connector ("Google Partners With Reuters"), and a headline in sentence
    case has lower-case words before it ("Google partners with Reuters")."""
    match = _credit(text)
    if match is None or not (match["connector"].islower() or match["connector"] == "&"):
        return False
    words = match["front"].split()
    if len(words) == 1:
        return True  # "franceinfo avec AFP"
    return all(w[:1].isupper() or w[:1].isdigit() for w in words[1:]) and (
        words[0][:1].isupper() or words[0][:1].isdigit() or words[0].lower() in _LEADS
    )


def _credit(text: str) -> re.Match[str] | None:
    if len(text) > _MAX_CHARS:
        return None  # before splitting: a paragraph's words are many
    words = text.split()
    if not words or len(words) > _MAX_WORDS:
        return None
    last = words[-1].split("/")[0].rstrip(".").lower()
    if last.rpartition("'")[2].rpartition("’")[2] not in _WIRE_ENDS:
        return None  # nearly every line: settled without the pattern
    match = _WITH_WIRE.match(text.strip())
    if match is None or (len(match["wire"]) > 3 and not match["wire"][0].isupper()):
        return None  # "… and the associated press": a sentence's words
    return match


def without_connector_tail(names: str) -> str:
    """The names without a connector left dangling at their end ("Jane Doe with", where the
    agency after it was cut)."""
    words = names.split()
    while len(words) > 1 and words[-1].lower() in CONNECTORS:
        words.pop()
    return " ".join(words).rstrip(" ,")
