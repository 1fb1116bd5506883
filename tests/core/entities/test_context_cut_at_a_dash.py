"""A shortened context line starts and ends with a word, not with the dash or comma that joined
the words left out.

Seen in the German Entities view under *Moskau*, on WDR's Correctiv report: "…– und bei einer
Waffenmesse in Moskau seine kürzlich …", the line opening with a dash.
"""

from __future__ import annotations

from reader.core.entities import context_line

WDR = ("Zudem boten Handelsportale bei Telegram, die als Bezugsquellen für Wagner gelten, in Russland "
       "Waffen deutscher Hersteller zum Kauf an – und bei einer Waffenmesse in Moskau seien kürzlich "
       "unter anderem Gewehre des deutschen Herstellers Blaser ausgestellt worden, hieß es.")  # fmt: skip


def test_a_line_cut_after_a_dash_starts_at_the_next_word() -> None:
    at = WDR.index("Moskau")
    line = context_line(WDR, at, at + 6, width=32)  # cut at the space before "–"
    assert line.startswith("…und bei einer Waffenmesse in Moskau"), line


def test_a_line_cut_before_a_dash_or_comma_ends_with_a_word() -> None:
    at = WDR.index("Telegram")
    line = context_line(WDR, at, at + 8, width=97)  # cut at the space after "–"
    assert line.endswith("Waffen deutscher Hersteller zum Kauf an…"), line  # not "… an –…"
    at = WDR.index("Wagner")
    line = context_line(WDR, at, at + 6, width=8)  # cut inside the word's comma
    assert line == "…für Wagner gelten…", line  # not "gelten,…"
