"""Programs, protocols and plugins, which the shape of their names makes look like companies:
"das Verschlüsselungsprogramm … als TrueCrypt", "als Protokolle stehen IKEv2, SoftEther und
SSTP zur Auswahl", "the instructions for using the SecureDrop software". A brand's way of
writing (`camel_case`: "WeWork"), an acronym or letters with a version's digits say "a name",
not whose: a word that names a program or a protocol in the sentence of every mention says it
is the program's; an acronym only by a word for protocols, since a company of that name sells
software as often ("SAP und die ZELKOR liefern die Software"). A listed company stays a body, and so does a name the text also writes with
no such word beside it, or one that ends in its trade ("FromSoftware"). A name the text calls
a program in the sentence right after one of its mentions, as that sentence's subject ("BestCrypt
erstellt virtuelle Laufwerke. Das Programm integriert sich …"), is the program's too; "die App"
is not such a word, since a company is its app as often ("WhatsApp … Die App gehört zu Meta").
"""

from __future__ import annotations

import re

from reader.core.entities.companies import listed
from reader.core.entities.cues import acronym, bare, camel_case
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

# Words that name a program or a protocol, alone or as a compound's end ("VPN-Protokolle",
# "Open-Source-Software"); a German "Programm" only as a computer's ("Verschlüsselungsprogramm";
# a "Wahlprogramm" or "Förderprogramm" is a party's or a ministry's, as an English "program").
_PROGRAMS = re.compile(
    r"(?i:software|protokolle?|protocols?|plugins?|plug-ins?|browser|betriebssystem|"
    r"operating system|(?:verschlüsselungs|antiviren|virenschutz|computer|schreib|grafik|"
    r"bildbearbeitungs|textverarbeitungs|mail|chat)programme?)\b"
)
# An acronym is as often a company that sells software ("SAP und die ZELKOR liefern die
# Software"): only a word for protocols names it one ("IKEv2 und SSTP").
_PROTOCOLS = re.compile(r"(?i:protokolle?|protocols?)\b")
_VERSION = re.compile(r"[A-Z][A-Za-z]+v?\d")  # "IKEv2", "SSLv3": a protocol's version
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def not_bodies(pieces: list[Piece], text: str) -> list[Piece]:
    """The pieces without the programs and protocols taken for organisations."""
    names: dict[str, list[Piece]] = {}
    for piece in pieces:
        if piece.kind is EntityKind.ORG and len(piece.words) == 1:
            names.setdefault(piece.text(text), []).append(piece)
    dropped: set[int] = set()
    for name, mentions in names.items():
        if not _shaped(name) or listed(name) or _PROGRAMS.search(name):
            continue
        cue = _PROTOCOLS if acronym(bare(name)) and not camel_case(name) else _PROGRAMS
        if all(cue.search(_sentence(text, p.start, p.end)) for p in mentions) or (
            cue is _PROGRAMS and any(_called_program(text, p.end) for p in mentions)
        ):
            dropped.update(id(p) for p in mentions)
    return [p for p in pieces if id(p) not in dropped] if dropped else pieces


# A sentence that opens by calling what the one before named a program: "Das Programm …".
_CALLED = re.compile(
    r"\s*(?:(?:Das|Dieses) (?:Programm|Tool|Plugin|Plug-in)|Die(?:se)? Software|"
    r"(?:The|This) (?:program|software|tool|plugin|plug-in))\b"
)


def _called_program(text: str, end: int) -> bool:
    """Whether the sentence after the mention ending at `end` opens by calling it a program
    (a heading of the name alone ends its line, as a sentence does)."""
    after = _SENTENCE_END.search(text, end)
    return bool(after and after.start() - end < 300 and _CALLED.match(text, after.end()))


def _shaped(name: str) -> bool:
    """A name whose shape alone made it a body's: a brand's capitals, an acronym, a version."""
    return camel_case(name) or acronym(bare(name)) or bool(_VERSION.fullmatch(name))


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a mention."""
    begin = max(0, start - 400)
    before = max((m.end() for m in _SENTENCE_END.finditer(text, begin, start)), default=begin)
    after = _SENTENCE_END.search(text, end)
    return text[before : after.start() + 1 if after else len(text)]
