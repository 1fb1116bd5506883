"""Reading themes: page and ink colours, plus the five highlight label colours of each theme.

A label's colour belongs to the theme, not the highlight, so each theme picks its own five:
pale washes on light paper, warmer ones on sepia, deep muted ones on dark, each keeping the
text above it readable (contrast ≥ 7:1, checked by a test).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from reader.core.labels import LABEL_KEYS


@dataclass(frozen=True, slots=True)
class Theme:
    name: str
    page: str  # the reading background
    ink: str  # body text
    muted: str  # header details, set-aside blocks, hints
    heading: str
    link: str
    selection: str
    aside: str  # background of set-aside blocks in "Show original"
    warning: str  # orphaned highlights
    match: str  # search and find matches: warmer than any label, so they stand out on top
    match_current: str  # the find bar's current match
    labels: dict[str, str]  # label key → highlight colour
    code_style: str  # pygments style for code in notes

    def label_color(self, key: str) -> QColor:
        return QColor(self.labels.get(key, self.labels[LABEL_KEYS[0]]))

    def color(self, role: str) -> QColor:
        return QColor(getattr(self, role))

    def text_on(self, ground: str) -> str:
        """The ink, or the page's colour where that reads better on `ground`: dark's current
        find match is a bright orange that stands out of the dim others, in dark letters (the
        ink on the orange it had read at 3.2:1)."""
        return max((self.ink, self.page), key=lambda text: contrast_ratio(text, ground))


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light", page="#fbfaf7", ink="#1d1d1f", muted="#6b6b70", heading="#111114",
        link="#1d5fa8", selection="#c9dcf5", aside="#efede8", warning="#a3361f",
        match="#ffc07a", match_current="#ff9533",
        labels={
            "key": "#fbe38e", "evidence": "#c4ecc9", "risk": "#f8c4c0",
            "client": "#c6dcf7", "question": "#e3d2f5",
        },
        code_style="default",
    ),
    "sepia": Theme(
        name="sepia", page="#f4ecd8", ink="#3a2f22", muted="#6b5b47", heading="#2e251a",
        link="#8a4b14", selection="#e0cfa5", aside="#e9dfc6", warning="#963417",
        match="#f0b074", match_current="#e28a3c",
        labels={
            "key": "#f2d36b", "evidence": "#c9dca2", "risk": "#eeb4a2",
            "client": "#bcd2de", "question": "#dcc3dc",
        },
        code_style="friendly",
    ),
    "dark": Theme(
        name="dark", page="#1c1d20", ink="#d9d6cf", muted="#9a9790", heading="#ecebe7",
        link="#8ab8f0", selection="#3a4a63", aside="#2a2b30", warning="#f0a08c",
        match="#7a4f14", match_current="#e89a3c",
        labels={
            "key": "#4d400c", "evidence": "#1b442d", "risk": "#6a2a2a",
            "client": "#1e4166", "question": "#4b3466",
        },
        code_style="monokai",
    ),
}  # fmt: skip

DEFAULT_THEME = "light"


def theme(name: str | None) -> Theme:
    """The theme called `name`, or the light one for anything unknown."""
    return THEMES.get(name or DEFAULT_THEME, THEMES[DEFAULT_THEME])


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG contrast ratio between two colours (1 = none, 21 = black on white)."""
    lighter, darker = sorted(
        (_luminance(QColor(foreground)), _luminance(QColor(background))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


def toward_contrast(colour: QColor, toward: QColor, ground: QColor, least: float) -> QColor:
    """`colour` moved toward `toward` (an ink that reads on `ground`) in twentieths, just far
    enough to stand `least`:1 against `ground`: the colour keeps as much of its own hue as that
    allows, so colours that told things apart still do. `toward` itself if nothing short does."""
    for step in range(21):
        mixed = mix(colour, toward, step / 20)
        if contrast_ratio(mixed.name(), ground.name()) >= least:
            return mixed
    return QColor(toward)


def mix(one: QColor, other: QColor, share: float) -> QColor:
    """`one` moved `share` (0–1) of the way to `other`."""
    def channel(a: float, b: float) -> float:
        return a + (b - a) * share

    return QColor.fromRgbF(channel(one.redF(), other.redF()), channel(one.greenF(), other.greenF()),
                           channel(one.blueF(), other.blueF()))  # fmt: skip


def _luminance(color: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def label_swatch(look: Theme, key: str) -> QIcon:
    """A square of `key`'s highlight colour in `look`, framed in its muted ink: the colour a label
    stands for, shown beside the label's name where the article is not (the Edit menu's and the
    article's context menu's "Highlight as …", the names' fields in Preferences, All highlights'
    Label column)."""
    side = 64  # drawn smaller, at a menu's or a field's icon size
    square = QPixmap(side, side)
    square.fill(look.label_color(key))
    painter = QPainter(square)
    painter.setPen(QPen(look.color("muted"), 4))
    painter.drawRect(2, 2, side - 4, side - 4)
    painter.end()
    return QIcon(square)
