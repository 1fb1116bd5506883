"""Where a selection snaps to before it becomes a highlight (reader.core.word_snap): whole
words, without the punctuation caught from the neighbours — unless it lies inside one word.

Expected quotes are what a reader means to quote, written by hand from the sentence."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.core.word_snap import in_word, snapped


def quoted_after_snap(text: str, selected: str) -> str:
    """What becomes the highlight's quote when `selected` (its first place in `text`) is chosen."""
    start = text.index(selected)
    low, high = snapped(text, start, start + len(selected))
    return text[low:high]


@pytest.mark.parametrize(
    ("text", "selected", "quoted"),
    [
        ("Förderung, Verarbeitung und Lieferung", ", Verarbeitung und ", "Verarbeitung und"),
        ("Ziel sei es, „die Widerstandsfähigkeit", "sei es, „", "sei es"),  # the „ opens what follows
        ("sagte er. „Wir sind bereit“, so Lagarde", "„Wir sind bereit“", "„Wir sind bereit“"),  # quotes kept
        ("half the level. Markets had priced", ". Markets had", "Markets had"),
        ("Kosten von € 5 Mrd. für", "€ 5 Mrd.", "€ 5 Mrd."),  # a symbol is not stray punctuation
        ("die Lieferketten (für Mineralien)", "Lieferketten (", "Lieferketten"),
        ("Ziel sei es, \"die", ", \"", ", \""),  # nothing but punctuation: left alone (no highlight)
        # A quote does not end on the comma, semicolon or colon that led on to the next words
        # (seen in a briefing: „Rund 90 Prozent der seltenen Erden,“[^1]); a full stop, a question
        # mark or a closing quote ends what it quotes and stays.
        ("Rund 90 Prozent der seltenen Erden, die Japan", "Rund 90 Prozent der seltenen Erden,", "Rund 90 Prozent der seltenen Erden"),
        ("kann sich sehen lassen: Heute", "sich sehen lassen:", "sich sehen lassen"),
        ("Japan zögert; Europa", "Japan zögert;", "Japan zögert"),
        ("scheuen das Risiko. Japans", "scheuen das Risiko.", "scheuen das Risiko."),
        ("Wer zahlt? Niemand", "Wer zahlt?", "Wer zahlt?"),
        ("„Wir sind bereit“, so Lagarde", "„Wir sind bereit“,", "„Wir sind bereit“"),
        # A quotation mark does not stand alone: its partner just outside the selection comes in
        # (seen walking the window: „neues goldenes Zeitalter“ einer“ in the notes pane, the
        # drag begun on "neues", which the word snap takes without its „).
        ("als „neues goldenes Zeitalter“ einer Allianz", "neues goldenes Zeitalter“ einer", "„neues goldenes Zeitalter“ einer"),
        ("als „neues goldenes Zeitalter“ einer Allianz", "ues goldenes Zeitalter“ ei", "„neues goldenes Zeitalter“ einer"),
        ("eine „stetig wachsende Allianz“. Im", "„stetig wachsende Allianz", "„stetig wachsende Allianz“"),
        # A partner words away is not taken in: the quote would grow past what was chosen.
        ("als „neues goldenes Zeitalter“ einer Allianz", "goldenes Zeitalter“ einer", "goldenes Zeitalter“ einer"),
        ("called it a “golden age” of ties", "golden age” of", "“golden age” of"),
        ("the ‘new era’ began", "new era’", "‘new era’"),
        ("sagte: „Wir sind bereit“ und", "Wir sind", "Wir sind"),  # inside a quote: no marks added
    ],
)
def test_snapped_spans(text: str, selected: str, quoted: str) -> None:
    assert quoted_after_snap(text, selected) == quoted


def test_snapping_still_widens_to_whole_words() -> None:
    text = "bei einem hochrangigen Treffen in Tokio"
    start = text.index("chrangigen")
    low, high = snapped(text, start, text.index("Tokio") + 3)
    assert text[low:high] == "hochrangigen Treffen in Tokio"


@pytest.mark.parametrize(
    ("text", "selected", "quoted"),
    [
        # The reported defect: a drag from "die" let go inside "neue" stored "die ne".
        ("Sie nannte die neue Allianz", "die ne", "die neue"),
        ("Sie nannte die neue Allianz", "ie neue Alli", "die neue Allianz"),
        ("Sie nannte die neue Allianz", "ie ne", "die neue"),  # two words, each end mid-word
        # Inside one word the selection was meant: a part of a compound is quoted as chosen.
        ("ihrer Sicherheitsallianz an", "allianz", "allianz"),
        ("ihrer Sicherheitsallianz an", "Sicherheits", "Sicherheits"),
        ("Japans neuer Regierungschefin", "gierungs", "gierungs"),
        ("ihrer Sicherheitsallianz an", "Sicherheitsallianz", "Sicherheitsallianz"),  # the whole word
        # Not inside one word once it reaches past the word: the punctuation or space goes, the
        # word is whole.
        ("ihrer Sicherheitsallianz an", "allianz an", "Sicherheitsallianz an"),
        ("im Rahmen, sagte er", "ahmen,", "Rahmen"),
        ("im Rahmen sagte er", " Rahm", "Rahmen"),
    ],
)
def test_a_selection_inside_one_word_stays_as_chosen(text: str, selected: str, quoted: str) -> None:
    assert quoted_after_snap(text, selected) == quoted


_WORDS = st.lists(st.text(alphabet="abcäöüßXYZ", min_size=1, max_size=8), min_size=2, max_size=6)


@settings(deadline=None)
@given(words=_WORDS, data=st.data())
def test_a_selection_across_words_never_ends_mid_word(words: list[str], data: st.DataObject) -> None:
    text = " ".join(words)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    assume(any(char.isalnum() for char in text[start:end]))  # spaces alone make no highlight
    low, high = snapped(text, start, end)
    if " " not in text[start:end]:  # inside one word (no apostrophe in the alphabet): as chosen
        assert (low, high) == (start, end)
        return
    chosen = text[start:end]
    assert low <= start + len(chosen) - len(chosen.lstrip())  # every word chosen is quoted,
    assert high >= end - (len(chosen) - len(chosen.rstrip()))  # whole at both ends
    assert low == 0 or not in_word(text[low - 1])
    assert high == len(text) or not in_word(text[high])


@pytest.mark.parametrize(
    ("text", "selected", "quoted"),
    [
        # A double-click on "don't" selects "don" (Qt's word ends at "'"): it quoted "don".
        ("they don't agree", "don", "don't"),
        ("Kevin O'Brien sagte", "Brien", "O'Brien"),
        ("Peter’s Buch", "Peter", "Peter’s"),
        ("Peter’s Buch", "Peter’", "Peter’s"),  # a drag let go on the apostrophe
        ("Peter’s Buch", "’s", "Peter’s"),
        ("l’Europe est", "Europe", "l’Europe"),
        # A closing quote is no apostrophe: it comes in with its partner, or not at all.
        ("the ‘era’ began", "era’", "‘era’"),
        ("the ‘new era’ began", "era", "era"),
        # An apostrophe or soft hyphen alone quotes no part of a word: the word comes whole.
        ("Peter’s Buch", "’", "Peter’s"),
        ("Wasserstoff\u00adtechnologien und", "\u00ad", "Wasserstoff\u00adtechnologien"),
    ],
)
def test_a_part_of_a_word_takes_what_an_apostrophe_joins_to_it(text: str, selected: str, quoted: str) -> None:
    assert quoted_after_snap(text, selected) == quoted


@pytest.mark.parametrize(
    ("text", "selected", "quoted"),
    [
        # Han and kana have no spaces: a drag across "、" quoted the whole clause around it.
        ("私は東京、大阪に行った。次に", "東京、大阪", "東京、大阪"),
        ("私は東京、大阪に行った。次に", "京、大", "京、大"),
        ("日本政府は半導体 産業を支援する", "半導体 産", "半導体 産"),
        ("日本政府は半導体産業を支援する", "半導体産業", "半導体産業"),
        ("の「経済安全保障」を", "経済安全保障」", "「経済安全保障」"),  # its quote marks are not words
        # Beside them a Latin word is still whole.
        ("トヨタとVolkswagenの提携", "とVolks", "とVolkswagen"),
    ],
)
def test_han_and_kana_are_quoted_as_chosen(text: str, selected: str, quoted: str) -> None:
    assert quoted_after_snap(text, selected) == quoted


@pytest.mark.parametrize(
    ("text", "selected", "quoted"),
    [
        # Seen walking the window: Ctrl+Shift+→ stops after "Wellness-", and the highlight was
        # stored as „Patrick Schwienbacher Diese Wellness-“, half a compound and its hyphen.
        ("Schwienbacher Diese Wellness-Hotels sind genau richtig", "Schwienbacher Diese Wellness-", "Schwienbacher Diese Wellness-Hotels"),
        ("Schwienbacher Diese Wellness-Hotels sind genau richtig", "Diese Wellness", "Diese Wellness-Hotels"),
        ("Diese Wellness-Hotels sind genau richtig", "Hotels sind", "Wellness-Hotels sind"),
        ("Diese Wellness-Hotels sind genau richtig", "-Hotels sind", "Wellness-Hotels sind"),
        ("heißt es in einem von US-Präsident Donald Trump", "von US", "von US-Präsident"),
        ("Die Japan-USA-Allianz tritt in eine neue Phase", "Die Japan", "Die Japan-USA-Allianz"),
        ("nach der Covid-19 Pandemie", "der Covid", "der Covid-19"),
        # One part of the compound is still quoted as chosen (a double-click on "Hotels").
        ("Diese Wellness-Hotels sind", "Hotels", "Hotels"),
        ("Diese Wellness-Hotels sind", "Wellness", "Wellness"),
        # A range of numbers is no compound; a hyphen before a space ends the word.
        ("im Zeitraum 2024-2025 stieg", "Zeitraum 2024", "Zeitraum 2024"),
        ("Sicherheits- und Verteidigungspolitik", "Sicherheits- und", "Sicherheits- und"),
    ],
)
def test_a_hyphen_between_letters_joins_a_compound(text: str, selected: str, quoted: str) -> None:
    assert quoted_after_snap(text, selected) == quoted
