"""The small English story that the outlet tests build their pages around: one headline and two
paragraphs, with the lines under test (masthead, links, notices) above and below them, so that
what changes between pages is only the evidence for the outlet."""

from __future__ import annotations

from reader.core.ingest.outlet import find_site_name

HEADLINE = "Council passes budget with money for road repairs"
P1 = (
    "The city council approved the budget on Tuesday after a long debate about road repairs, "
    "school buildings and the cost of the new tram line that opens next spring."
)
P2 = (
    "The mayor said the plan would keep taxes level for another year, while the opposition "
    "warned that the city could be forced to make cuts in the autumn."
)


def site(top: list[str], below: list[str], body: list[str] | None = None) -> str | None:
    """The outlet found on a page of `top`, the headline, the paragraphs and `below`."""
    paragraphs = body if body is not None else [P1, P2]
    lines = [*top, HEADLINE, *paragraphs, *below]
    return find_site_name(lines, None, "\n\n".join(paragraphs), len(top))
