"""Where a highlight comes from, as a reader of the exported document needs it.

A citation names the outlet, author, date, title and paragraph, so a client memo can be checked
against the article. The paragraph number counts the reading text's body blocks (1-based),
which is what the reading view shows; an orphaned highlight has none, because its old
position no longer means anything. How the outlet, agency, author and title are named is
`reader.core.footnotes`', which the chronology and the who's who cite with too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.core.export.markdown import escape_line, one_line
from reader.core.export.words import ENGLISH, Words
from reader.core.footnotes import author_credit, publisher, quoted
from reader.core.ingest import BLOCK_SEPARATOR
from reader.core.models import AnchorStatus, Highlight, Source


def paragraph_number(reading_text: str, start: int, exact: str = "") -> int:
    """The 1-based body block holding the first visible character of a highlight at `start`.

    Blocks are joined by a blank line and hold none (a code block's lines are "\\n"-separated,
    a blank one a space: `Block`), so counting separators before the start is exact; leading
    white space of the quote (a selection begun at a block's end) is skipped so the number
    names the paragraph the words are in.
    """
    first = start + (len(exact) - len(exact.lstrip()))
    return reading_text.count(BLOCK_SEPARATOR, 0, max(0, first)) + 1


@dataclass(frozen=True, slots=True)
class Citation:
    source_id: int
    title: str
    outlet: str | None
    author: str | None
    published: str | None  # the date part only: a citation names the day, not the minute
    url: str | None
    paragraph: int | None
    agency: str | None = None  # as the page printed it ("dpa/lno")

    @property
    def key(self) -> tuple[int, int | None]:
        """Quotes from the same paragraph of the same source share one footnote."""
        return (self.source_id, self.paragraph)

    def markdown(self, words: Words = ENGLISH) -> str:
        """One line: Outlet, Author, 2025-10-28, “Title”, paragraph 3 (missing parts left out);
        in German: Outlet, Author, 28.10.2025, „Title“, Absatz 3."""
        published = words.date(self.published) if self.published else None
        parts = [one_line(x) for x in (self._publisher(), self._author(), published) if x]
        parts.append(quoted(one_line(self.title), words.language))
        if self.paragraph is not None:
            parts.append(words.paragraph.format(n=self.paragraph))
        return escape_line(", ".join(p for p in parts if p))

    def source_markdown(self, words: Words = ENGLISH) -> str:
        """One line for a source list: who published what when, and where to find it."""
        lead = ", ".join(
            one_line(x) for x in (self._publisher(), self._author()) if x and one_line(x)
        )
        title = quoted(one_line(self.title), words.language)
        text = f"{lead}: {title}" if lead else title
        if self.published:
            text += f", {words.date(self.published)}"
        return escape_line(text) + url_suffix(self.url)

    def _publisher(self) -> str | None:
        return publisher(self.outlet, self.agency)

    def _author(self) -> str | None:
        return author_credit(self.author, self.agency)


def cite(source: Source, highlight: Highlight) -> Citation:
    anchored = highlight.anchor_status is AnchorStatus.ANCHORED
    paragraph = paragraph_number(source.reading_text, highlight.start, highlight.exact) if anchored else None
    return replace(cite_source(source), paragraph=paragraph)


def cite_source(source: Source) -> Citation:
    """The whole source, no paragraph: as a briefing's Sources list names a source that only an
    inserted chronology or who's who cites."""
    return Citation(
        source_id=source.id,
        title=source.title,
        outlet=source.site_name,
        author=source.byline,
        published=source.published[:10] if source.published else None,
        url=source.url,
        paragraph=None,
        agency=source.agency,
    )


def url_suffix(url: str | None) -> str:
    """" <url>" as an autolink when the URL is safe to put in angle brackets, else nothing.

    Only http(s) URLs without spaces or angle brackets qualify: anything else could close the
    autolink early or smuggle in markup, and a reader cannot follow it anyway.
    """
    if not url:
        return ""
    url = url.strip()
    lowered = url.lower()
    if not lowered.startswith(("http://", "https://")):
        return ""
    if any(c.isspace() or c in "<>" or ord(c) < 32 for c in url):
        return ""
    return f" <{url}>"
