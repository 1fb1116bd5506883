"""A highlight on code or over a nested list is exported in the shape it has in the article.

Before, a highlight taken from a clipping's code block was quoted line by line as paragraphs,
indentation gone and every `#`, `*` and `_` escaped (`\\#`), and one running over a list with a
list inside it was a column of paragraphs with its levels gone. Now code is a fenced block
(with its language) inside the quote, and the list a nested Markdown list. The clipping is
`tests/data/clippings/markdownload_code_nested.md`, imported into a real library.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.export import documents
from reader.core.export.briefing import briefing_document
from reader.core.importer import import_paths
from reader.core.store import Store

CLIPPING = Path(__file__).resolve().parents[2] / "data" / "clippings" / "markdownload_code_nested.md"


def _highlight(store: Store, first: str, last: str) -> None:
    import_paths(store, [CLIPPING], workers=1)
    (source_id,) = store.sources.ids()
    text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    start = text.index(first)
    store.highlights.add(source_id, start, text.index(last) + len(last), "key", "")


def test_a_highlight_on_code_is_a_fenced_block_in_the_quote(store: Store) -> None:
    _highlight(store, "logrotate:", "komprimieren: true")
    document = documents.source_document(documents.load(store, 1))
    assert "> ```yaml\n> logrotate:\n>   taeglich: true\n>   behalten: 14\n>\n>   komprimieren: true\n> ```\n>\n> — " in document
    briefing, _ = store.briefings.create("Protokolle")
    (highlight,) = store.highlights.for_source(1)
    store.briefings.add_highlights(briefing.id, [highlight.id])
    text = briefing_document(store, briefing.id)
    # the footnote mark closes the quote in a paragraph of its own, not inside the fence
    assert ">   komprimieren: true\n> ```\n>\n> [^1]\n" in text


def test_a_highlight_over_a_nested_list_keeps_its_levels(store: Store) -> None:
    _highlight(store, "Speicherdauer", "mit Protokoll")
    document = documents.source_document(documents.load(store, 1))
    assert ("> - Speicherdauer\n>     - höchstens 14 Tage\n>         - Ausnahme: laufende Ermittlungen\n"
            ">     - danach löschen\n> - Zugriff\n>     1. nur Administratoren\n>     2. mit Protokoll\n>\n> — ") in document  # fmt: skip


def test_a_highlight_in_one_paragraph_is_quoted_as_before(store: Store) -> None:
    _highlight(store, "Viele Behörden", "als die Verordnung erlaubt.")
    document = documents.source_document(documents.load(store, 1))
    assert "> Viele Behörden speichern Zugriffsprotokolle länger, als die Verordnung erlaubt.\n>\n> — " in document


def test_footnote_marks_in_quoted_code_stay_as_written(store: Store, tmp_path: Path) -> None:
    """The briefing's footnotes are renumbered in reading order: marks inside a quote's fence
    are code (a regex's example), not references. Before, "[^2][^1]" read "[^1][^2]"."""
    clipping = tmp_path / "regex.md"
    clipping.write_text(
        '---\ntitle: "Fußnoten im Quelltext finden"\nsource: https://entwickler-blog.example.de/fussnoten\n---\n\n'
        "Wer Fußnoten in Markdown-Dateien zählen will, kann das mit einem kurzen Ausdruck tun.\n\n"
        '```python\nMARKE = re.compile(r"\\[\\^(\\d+)\\]")\nbeispiel = "Text[^2][^1] und [^1]"\n```\n\n'
        "Danach steht in jeder Zeile, wie viele Marken sie hat.\n",
        encoding="utf-8",
    )
    import_paths(store, [clipping], workers=1)
    (source_id,) = store.sources.ids()
    text = store.sources.get(source_id).reading_text  # type: ignore[union-attr]
    highlight, _ = store.highlights.add(source_id, text.index("MARKE"), text.index('[^1]"') + 5, "key", "")
    briefing, _ = store.briefings.create("Fußnoten")
    store.briefings.add_highlights(briefing.id, [highlight.id])
    assert '> beispiel = "Text[^2][^1] und [^1]"\n> ```\n>\n> [^1]\n' in briefing_document(store, briefing.id)
