"""A short post over a long comment thread is the article, not the thread.

The lines are written by hand in a blog's shape: title, date and author, a post of two short
paragraphs, a comments label, then comments that hold far more prose. Every sentence is
given the same high probability, so the tests read the rule, not the body model.
"""

from __future__ import annotations

from reader.core.ingest import region
from reader.core.ingest.article import BlockRole
from reader.core.ingest.body_model import MODEL
from reader.core.ingest.boilerplate import choose
from reader.core.ingest.plaintext import read_page
from reader.core.text import normalise

POST = [
    "Manchmal überrascht einen der Alltag mit kleinen Freuden. Gestern hing am Zaun des "
    "Spielplatzes ein Beutel mit Bildern, daneben eine Dose für das Geld.",
    "Gut investierte zwanzig Cent, auch wenn das Bild kein Meisterwerk war!",
]
COMMENTS = [
    "Ich finde solche Aktionen wunderbar, weil sie zeigen, dass man mit wenig Aufwand vielen "
    "Menschen eine Freude machen kann, und ich werde morgen selbst hingehen und nachsehen.",
    "Bei uns im Viertel gibt es etwas Ähnliches mit Büchern, die in einer alten Telefonzelle "
    "stehen, und man darf sich nehmen, was man möchte, wenn man dafür ein anderes hinstellt.",
    "Schöne Geschichte, aber ich frage mich, wer die Bilder eigentlich malt und ob das Geld "
    "am Ende wirklich bei den Kindern ankommt, für die es gedacht ist.",
]


def _body(lines: list[str]) -> list[str]:
    page = read_page(normalise("\n\n".join(lines)))[0]
    probs = [0.9 if shape.prose else 0.05 for shape in page.shapes]
    rows = region.features(page.segments, page.shapes, page.labels, page.headers, page.title_index)
    verdicts = choose(page, set(), probs, MODEL, rows)
    return [
        s.text for s, v in zip(page.segments, verdicts, strict=True) if v.role is BlockRole.BODY
    ]


HEAD = ["Startseite", "Kleine Freuden am Spielplatz", "11.09.2011, 16:20 von jovelstefan"]


THREAD = [
    line
    for name, comment in zip(
        ("Anna sagt:", "Karl M. schrieb:", "Petra sagt:"), COMMENTS, strict=True
    )
    for line in (name, comment)
]


def test_the_short_post_under_the_head_wins_over_the_comments_below_its_label() -> None:
    body = _body([*HEAD, *POST, "Tags: Bild, Cent", "3 Kommentare", *THREAD, "Impressum"])
    assert body == POST


def test_a_comments_button_between_the_standfirst_and_the_article_opens_no_thread() -> None:
    # No comment's header below the label: the paragraphs there are the article's.
    body = _body([*HEAD, *POST, "Teilen", "Kommentare", *COMMENTS, "Impressum"])
    assert COMMENTS[0] in body


def test_without_a_comments_label_the_paragraphs_below_are_not_cut() -> None:
    body = _body([*HEAD, *POST, "Tags: Bild, Cent", "Weitere Beiträge", *COMMENTS, "Impressum"])
    assert COMMENTS[0] in body


def test_a_comment_count_in_the_head_ends_nothing() -> None:
    # "3 Kommentare" between the title and the byline is the head's: it does not bring the
    # run back to a short post when a long menu parts the post from longer prose below.
    head = [
        "Startseite",
        "Kleine Freuden am Spielplatz",
        "3 Kommentare",
        "11.09.2011, 16:20 von jovelstefan",
    ]
    menu = [f"Rubrik {n}" for n in range(40)]
    body = _body([*head, *POST, *menu, *COMMENTS, "Impressum"])
    assert body == COMMENTS
