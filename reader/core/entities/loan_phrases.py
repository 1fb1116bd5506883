"""English phrases German has borrowed whole, written with capitals as German writes nouns
("Social Media", "Tiny House", "Old School", "Home Office"), and kinds spelt as brands are
("KiTa", "FinTech"): words of the language in a German text, not a body's name. A test of
each word's frequency alone took "National", "United", "First" and "Public" as well; the
phrases German dictionaries hold as loan phrases do not."""

from __future__ import annotations

from reader.core.entities.cues import bare, head_word, org_head
from reader.core.entities.model import EntityKind
from reader.core.entities.pieces import Piece
from reader.core.word_frequency import zipf as zipf_frequency

_PHRASES = frozenset(
    phrase.casefold()
    for phrase in (
        "Social Media", "Tiny House", "Old School", "Home Office", "Smart Home", "Big Data",
        "Fake News", "Public Viewing", "Fast Food", "Street Food", "Open Source", "Happy End",
        "Happy Hour", "Small Talk", "Best Practice", "Hot Spot", "Soft Skills", "Fair Play",
        "Dark Web", "Deep Web", "Cloud Computing", "Machine Learning", "Deep Learning",
        "Second Hand", "High Tech", "Low Budget", "Life Style", "Work Life Balance", "Coming Out",
        "Burn Out", "Power Nap", "Self Care", "Smart City", "Smart Meter", "Smart Grid", "Pop Art",
        "Street Art", "Food Truck", "Live Stream", "Prime Time", "Late Night", "Talk Show",
        "Reality Show", "Customer Journey", "User Experience", "Black Friday", "Cyber Monday",
        "Open Air", "Hip Hop", "Slow Food", "Fine Dining", "Bed and Breakfast", "All Inclusive",
        "Last Minute", "Self Service", "Take Away", "Happy Few", "Must Have", "No Go", "Low Carb",
        "Super Food", "Cold Call", "Hard Facts", "Soft Facts", "Flat Rate", "Fun Fact",
        "Lost Place", "Lost Places", "Escape Room", "Pop Up", "Pop Up Store", "Feel Good",
        "Remote Work", "New Work", "Mental Health",
        # and words German spells with a capital inside, a brand's way, though they name kinds
        "KiTa", "FinTech", "InsurTech", "PropTech",
    )
)  # fmt: skip


def loan_phrases(pieces: list[Piece], text: str, lang: str) -> frozenset[str]:
    """The organisations of a German text that are a borrowed English phrase, in the singular
    or the plural ("Tiny Houses"), or hold one among words either language uses and none
    heading a body's name ("Fit für Social Media und Web"; "Open Source Business Alliance"
    and "Klickwerk Social Media" stay)."""
    if lang != "de":
        return frozenset()
    return frozenset(
        p.text(text) for p in pieces if p.kind is EntityKind.ORG and _borrowed(p, text)
    )


def _borrowed(piece: Piece, text: str) -> bool:
    low = [bare(w.text).casefold() for w in piece.words]
    spans = [
        (at, size)
        for size in range(1, len(low) + 1)
        for at in range(len(low) - size + 1)
        if _phrase(low[at : at + size])
    ]
    covered = {at + step for at, size in spans for step in range(size)}
    outside = [word for at, word in enumerate(low) if at not in covered]
    return bool(spans) and (
        (0, len(low)) in spans
        or (
            all(_known(word) for word in outside)
            and not any(head_word(word) for word in outside)
            and not (len(low) - 1 not in covered and org_head(piece.words, "de"))
        )
    )


def _known(word: str) -> bool:
    """A word either language uses ("Fit", "für", "Web"), not a brand's ("Earlybird Venture
    Capital", "Klickwerk Social Media": a firm named with a phrase)."""
    return max(zipf_frequency(word, "de"), zipf_frequency(word, "en")) >= 3.0


def _phrase(words: list[str]) -> bool:
    """Whether the words are a loan phrase, its last word in the singular or the plural."""
    joined = " ".join(words)
    return joined in _PHRASES or (joined.endswith("s") and joined[:-1] in _PHRASES)
