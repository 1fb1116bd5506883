"""The lines blog software prints around a post (WordPress, Blogger and the like), English and
German: the post's category line, its tag list, its navigation, the "Like this:" row and the
comment form's notices. Sentences of a post that start with the same words stay text."""

from __future__ import annotations

import pytest

from reader.core.ingest import phrases


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("This entry was posted in Uncategorized. Bookmark the permalink.", phrases.ARTICLE_INFO),
        (
            "Dieser Beitrag wurde unter Schulleben abgelegt und mit Lernen verschlagwortet.",
            phrases.ARTICLE_INFO,
        ),
        ("Dieser Eintrag wurde veröffentlicht in Allgemein.", phrases.ARTICLE_INFO),
        ("Tags: Bilt, Cent, Eimsbüttel", phrases.RELATED),
        ("Labels: travel, food", phrases.RELATED),
        ("Previous post: Verschlüsseln Terroristen ihre E-Mails?", phrases.NAVIGATION),
        ("Older posts", phrases.NAVIGATION),
        ("Nächster Beitrag", phrases.NAVIGATION),
        ("Like this:", phrases.SHARE),
        ("Leave a Reply Cancel reply", phrases.COMMENTS),
        ("You must be logged in to post a comment.", phrases.COMMENTS),
    ],
)
def test_blog_chrome_is_furniture(line: str, reason: str) -> None:
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) == reason


@pytest.mark.parametrize(
    "line",
    [
        "Next, the post office closed its branch in the village square.",
        "Like this summer, the next one will be hot and dry in the south.",
        "This entry in the register was made by the clerk in 1902.",
    ],
)
def test_a_posts_sentences_stay_text(line: str) -> None:
    assert phrases.prompt_reason(line, len(line.split()), line.lower()) is None
