"""A plain text of a few words and no sentence is no article: a one-word .txt (an empty
clipping, a name typed into a new file) or a list of file names was imported as an "article"
with those words as its body. It is refused with its reason, as an empty file is."""

from __future__ import annotations

import pytest

from reader.core.ingest import IngestError, prepare_bytes


@pytest.mark.parametrize(("text", "reason"), [
    ("Hallo\n", "no article text (one word, no sentence)"),
    ("bericht.txt\nnotiz.txt\nbild.png\n", "no article text (3 words, no sentence)"),
    ("Japan USA Gipfel", "no article text (3 words, no sentence)"),
    ("Japan und USA schmieden Goldenes Bündnis\n", "no article text (6 words, no sentence)"),
])  # fmt: skip
@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_a_few_words_without_a_sentence_are_refused(text: str, reason: str, suffix: str) -> None:
    with pytest.raises(IngestError) as refused:
        prepare_bytes(text.encode("utf-8"), "notiz" + suffix)
    assert str(refused.value) == reason


@pytest.mark.parametrize("text", [
    "Japan USA Gipfel.",  # a sentence, however short
    "Kommt er? Ja!",
    "Die Notenbank hebt den Leitzins an, und die Märkte reagieren gelassen",  # eight words and more
    "日本と米国は半導体の供給網で協力を強化する。",  # no spaces: a sentence all the same
    "日本と米国は半導体の供給網で協力を強化する" * 8,  # nor a sentence end, but long
])  # fmt: skip
def test_a_sentence_or_more_words_are_an_article(text: str) -> None:
    prepared = prepare_bytes(text.encode("utf-8"), "artikel.txt")  # a one-line text is its title alone
    assert (prepared.article.title or "") + prepared.reading_text


@pytest.mark.parametrize(("page", "reason"), [
    ("<html><body>Hallo</body></html>", "no article text (one word, no sentence)"),
    ("<html><head><title>Startseite</title></head><body><p>Hallo</p></body></html>",
     "no article text (2 words, no sentence)"),  # the page's own title counts, as a text's first line
    ("<html><body><ul><li>bericht.txt</li><li>notiz.txt</li></ul></body></html>",
     "no article text (2 words, no sentence)"),
])  # fmt: skip
@pytest.mark.parametrize("suffix", [".html", ".htm"])
def test_a_page_of_a_few_words_is_refused_by_the_same_rule(page: str, reason: str, suffix: str) -> None:
    """A one-word .html was imported as a source while the same word in a .txt was refused."""
    with pytest.raises(IngestError) as refused:
        prepare_bytes(page.encode("utf-8"), "seite" + suffix)
    assert str(refused.value) == reason


@pytest.mark.parametrize("page", [
    "<html><body><p>Kurz.</p></body></html>",  # a sentence, however short
    "<html><head><title>Japan und die USA schmieden ein Bündnis</title></head><body><p>Tokio</p></body></html>",
])  # fmt: skip
def test_a_page_with_a_sentence_or_eight_words_is_an_article(page: str) -> None:
    assert prepare_bytes(page.encode("utf-8"), "seite.html").reading_text
