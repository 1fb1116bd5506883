"""Peoples and faiths named in the plural ("at the expense of the Kurds and Ukraine", "the
Uyghurs of Xinjiang", "Sunnis and Shiites") are groups of people, no organisation.

English writes a people with "the" and a plural, as it writes a team ("the Chargers") or a
band ("the Eagles"), so the rules that read those take a people for one too. A people with a
country of its own has a demonym the gazetteer gives (`demonym`: "the Ukrainians"); these are
the peoples and the communities of faith that have none, a closed list as the gazetteer is.
"""

from __future__ import annotations

from reader.core.entities.cues import bare
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece

_PEOPLES = frozenset(
    """Kurds Uyghurs Uighurs Rohingya Rohingyas Yazidis Tamils Pashtuns Hazaras Baluch
    Balochs Berbers Tuaregs Druze Alawites Copts Sunnis Shiites Shias Sikhs Hindus Muslims
    Christians Jews Catholics Protestants Mormons Bedouins Roma Sinti Sami Inuit Maori Hmong
    Zulus Xhosa Maasai Tibetans Catalans Basques Flemings Walloons Kosovars Chechens Tatars
    Cossacks Palestinians""".split()
)


def without_peoples(pieces: list[Piece]) -> list[Piece]:
    """`pieces` without the organisations that are a people or a faith in the plural."""
    return [
        p
        for p in pieces
        if not (
            p.kind is EntityKind.ORG and len(p.words) == 1 and bare(p.words[0].text) in _PEOPLES
        )
    ]
