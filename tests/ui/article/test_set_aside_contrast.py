"""Show original's set-aside text reads on its grey in every theme.

Seen at 200 % in the dark theme: the set-aside blocks of Show original ("Politik", a page's
navigation and footer) and the hint above them ("Originalansicht: Ausgeblendete Abschnitte sind
grau …") were the muted ink on the set-aside grey, 4.1:1 — under WCAG's 4.5:1 for text. The dark
theme's muted ink is lighter now (4.9:1 there, 5.8:1 on the page), still well below the ink.
"""

from __future__ import annotations

import pytest
from fixtures_reading import reading_session, seeded_store, source_id_of  # noqa: F401

from reader.core.ingest.article import BlockRole
from reader.ui.article.article_pane import ArticlePane
from reader.ui.session import Session
from reader.ui.theme import THEMES, contrast_ratio
from tests.ui.colour_measures import strongest_contrast


@pytest.fixture
def pane(qtbot, reading_session: Session) -> ArticlePane:  # noqa: F811
    pane = ArticlePane(reading_session)
    qtbot.addWidget(pane)
    pane.resize(900, 700)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.mark.parametrize("name", sorted(THEMES))
def test_set_aside_blocks_and_the_hint_read_on_their_grey(pane: ArticlePane, seeded_store, name: str) -> None:  # noqa: F811
    theme = THEMES[name]
    source_id = source_id_of(seeded_store, "002")
    source = seeded_store.sources.get(source_id)
    aside = next(b.text for b in source.blocks if b.role is BlockRole.BOILERPLATE)
    pane.set_theme(name)
    pane.show_source(source_id)
    pane.show_original_action.trigger()
    document = pane.view.document()
    block = document.findBlock(document.toPlainText().index(aside))
    used = block.begin().fragment().charFormat()
    ground = used.background().color().name()
    assert ground == theme.aside  # set on the grey, as the user sees it
    assert contrast_ratio(used.foreground().color().name(), ground) >= 4.5
    # the hint over the original, painted: its letters' strongest pixel against its grey
    hint = pane.view.header.original_hint
    assert hint.isVisible()
    image = hint.grab().toImage()
    assert strongest_contrast(image, theme.aside) >= 4.5
    # muted stays muted: it does not turn into the ink
    assert contrast_ratio(theme.muted, theme.ink) >= 1.5
