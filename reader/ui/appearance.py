"""The window's look in light, sepia and dark: a QPalette plus one stylesheet template.

The reading view paints its own page from the theme's reading colours; this module gives the
chrome around it (lists, menus, status bar) matching colours, so switching theme changes the
whole window at once. The stylesheet lives in `resources/style.qss` with `$name` placeholders.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

from reader.paths import bundle_root

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Chrome:
    window: str  # pane backgrounds
    base: str  # list and editor backgrounds
    alternate: str  # headers, tag list, status bar
    text: str
    # Hints, pane headings, the status line and table headers' titles: 4.5:1 on the window, the
    # lists and the headers' tint (light's was 4.4:1 on the headers, sepia's 4.0 there, 4.3 on the window).
    muted: str
    border: str
    accent: str  # selection, unread dot, tag chips
    accent_text: str
    error: str
    # The frame of the list or table that has the keyboard: the accent, lightened where the accent
    # is under WCAG's 3:1 for a control's edge against the lists (dark: 2.8:1 on its base).
    focus: str
    # Words in the accent (a story's "▸ 3" on its tinted chip, links, the unread dot): 4.5:1 on
    # the chip, where the accent itself gave 4.2:1 in light and sepia and 2.4:1 in dark.
    link: str


CHROMES = {
    "light": Chrome("#f6f6f4", "#ffffff", "#efefec", "#1f2328", "#656a71", "#dcdcd7",
                    "#2f6fb0", "#ffffff", "#b3261e", "#2f6fb0", "#285f99"),
    "sepia": Chrome("#f1e9d8", "#f8f2e4", "#e9dfca", "#3b3024", "#6e5e48", "#d8ccb2",
                    "#8a5a2b", "#fffaf0", "#a1301f", "#8a5a2b", "#7a4f25"),
    "dark": Chrome("#1f2124", "#26282c", "#2c2f33", "#e3e3e0", "#9a9ea4", "#3a3d42",
                   "#3b6ea5", "#ffffff", "#f08a80", "#5b8fc9", "#85b0e0"),
}  # fmt: skip


def resources_dir() -> Path:
    """`resources/` next to the package (checkout, editable install) or in a frozen bundle."""
    return bundle_root() / "resources"


def app_icon() -> QIcon:
    return QIcon(str(resources_dir() / "icons" / "briefing-reader.svg"))


def palette(theme: str) -> QPalette:
    chrome = CHROMES.get(theme, CHROMES["light"])
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: chrome.window,
        QPalette.ColorRole.WindowText: chrome.text,
        QPalette.ColorRole.Base: chrome.base,
        QPalette.ColorRole.AlternateBase: chrome.alternate,
        QPalette.ColorRole.Text: chrome.text,
        QPalette.ColorRole.Button: chrome.alternate,
        QPalette.ColorRole.ButtonText: chrome.text,
        QPalette.ColorRole.Highlight: chrome.accent,
        QPalette.ColorRole.HighlightedText: chrome.accent_text,
        QPalette.ColorRole.Link: chrome.link,
        QPalette.ColorRole.Mid: chrome.border,
        QPalette.ColorRole.PlaceholderText: chrome.muted,
        QPalette.ColorRole.ToolTipBase: chrome.base,
        QPalette.ColorRole.ToolTipText: chrome.text,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    # Every other role too, from the same colours: a role left unset is filled from the desktop's
    # own palette, a dark one (Windows' dark mode, a dark Plasma or GNOME) under the light theme,
    # and Fusion draws a frame's light and dark edges and the style's accent from them.
    window = QColor(chrome.window)
    derived = {
        QPalette.ColorRole.Light: window.lighter(150), QPalette.ColorRole.Midlight: window.lighter(125),
        QPalette.ColorRole.Dark: window.darker(150), QPalette.ColorRole.Shadow: window.darker(300),
        QPalette.ColorRole.BrightText: QColor(chrome.accent_text), QPalette.ColorRole.LinkVisited: QColor(chrome.link),
        QPalette.ColorRole.Accent: QColor(chrome.accent),
    }  # fmt: skip
    for role, shade in derived.items():
        result.setColor(role, shade)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(chrome.muted))
    return result


def stylesheet(theme: str) -> str:
    chrome = CHROMES.get(theme, CHROMES["light"])
    try:
        template = (resources_dir() / "style.qss").read_text(encoding="utf-8")
    except OSError as exc:
        log.warning("stylesheet not found (%s); using the plain style", exc)
        return ""
    icons = (resources_dir() / "icons").as_posix()
    ink = "light" if theme == "dark" else "dark"  # ink that shows on the theme
    return Template(template).safe_substitute(asdict(chrome), icons=icons, close_icon=f"close-{ink}.svg",
                                              tick_icon=f"tick-{ink}.svg", arrow_icon=f"arrow-down-{ink}.svg")  # fmt: skip


class ReaderStyle(QProxyStyle):
    """Fusion (the same look on every platform), with a column's sort arrow as most programs
    draw it: ▲ when the smallest or oldest is on top, ▼ when the largest or newest is. Fusion
    draws them the other way round, and the library table sorted newest first showed ▲.

    A radio button's circle is drawn in the theme's muted ink, as the style sheet draws a check
    box's frame: Fusion darkens the window colour for it, which left the circles of File ▸
    Export… invisible in the dark theme (1.1:1) and faint in the others (2.1:1).
    """

    _FLIPPED = {QStyleOptionHeader.SortIndicator.SortUp: QStyleOptionHeader.SortIndicator.SortDown,
                QStyleOptionHeader.SortIndicator.SortDown: QStyleOptionHeader.SortIndicator.SortUp}  # fmt: skip

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:  # fmt: skip
        if element == QStyle.PrimitiveElement.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            flipped = QStyleOptionHeader(option)
            flipped.sortIndicator = self._FLIPPED.get(option.sortIndicator, option.sortIndicator)
            option = flipped
        elif element == QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            inked = QStyleOption(option)
            # Fusion's outline is the window colour darkened by 140 %: start from one that gives muted.
            muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
            inked.palette.setColor(QPalette.ColorRole.Window, muted.lighter(140))
            option = inked
        super().drawPrimitive(element, option, painter, widget)


_STYLED = "readerStyle"  # the application's property: `ReaderStyle` is its style


def apply_theme(app: QApplication, theme: str) -> None:
    """Give the whole application the theme's palette and stylesheet, on `ReaderStyle` (given
    once: with a stylesheet set, `app.style()` is Qt's stylesheet style around it, never a
    `ReaderStyle`, and a new one was given at every theme, every widget restyled for it and
    then for the stylesheet — 20-45 ms more of a theme's stall at 10,000 highlights)."""
    if not app.property(_STYLED):
        app.setStyle(ReaderStyle())
        app.setProperty(_STYLED, True)
    app.setPalette(palette(theme))
    app.setStyleSheet(stylesheet(theme))


def desktop_theme(app: QApplication) -> str:
    """"dark" on a dark desktop, else "light": the theme a first start takes, before the user
    chooses one (the settings' "light" put a white window on a dark desktop). Asked before
    `apply_theme`, which puts our own palette in the desktop's place."""
    scheme = _colour_scheme(app)
    if scheme != Qt.ColorScheme.Unknown:
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"
    # A platform that names no scheme (X11 without a desktop portal, a bare window manager): its
    # palette tells.
    window = app.palette().color(QPalette.ColorRole.Window)
    text = app.palette().color(QPalette.ColorRole.WindowText)
    return "dark" if window.lightness() < text.lightness() else "light"


def _colour_scheme(app: QApplication) -> Qt.ColorScheme:
    """The desktop's colour scheme; Unknown where the platform does not say (offscreen too)."""
    return app.styleHints().colorScheme()
