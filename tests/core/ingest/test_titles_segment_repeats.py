"""Titles on real copied pages (issue #10): a copied page whose line lengths happen to look
hard-wrapped keeps a line that the page prints again elsewhere as a line of its own, so a
headline is not glued to the subtitle under it. A paragraph printed twice keeps its wrapping.

Built like the dev-set page that showed the class (a newspaper's headline over its subtitle,
the subtitle printed again in a teaser box higher up); the expected blocks are the lines a
reader sees.
"""

from __future__ import annotations

import textwrap

from reader.core.ingest.segment import segment
from tests.head_pages import P1, P2

HEADLINE = "Stadtrat beschließt neuen Haushalt für die Straßen der ganzen Stadt"
SUBTITLE = "Bürgermeister will das Geld noch vor dem Sommer ausgeben"


def _wrapped(*paragraphs: str) -> str:
    return "\n\n".join(textwrap.fill(p, 70) for p in paragraphs)


def test_a_line_printed_again_elsewhere_is_no_wrapped_rest() -> None:
    body = _wrapped(P1, P2, P2)
    page = f"{HEADLINE}\n{SUBTITLE}\n\n{body}\n\nMehr zum Thema\n{SUBTITLE}\n"
    blocks = [s.text for s in segment(page)]
    assert blocks[:4] == [HEADLINE, SUBTITLE, P1, P2]


def test_a_paragraph_printed_twice_keeps_its_wrapping() -> None:
    body = _wrapped(P1, P2, P1)
    blocks = [s.text for s in segment(f"{HEADLINE}\n\n{body}\n")]
    assert blocks == [HEADLINE, P1, P2, P1]
