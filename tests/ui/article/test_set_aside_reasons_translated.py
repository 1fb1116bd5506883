"""Every reason the importer gives for setting a block of a web page aside is said in the
window's language.

A page pasted from a browser in the German window said "Beim Import ausgeblendet: 2 Abschnitte
(page header, nicht Teil des Artikels)": the reasons a page's own markup gives (<header>, <aside>,
a "newsletter" box) had no translation and were shown in English.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from reader.core.ingest import mail, phrase_tables, webpage_blocks
from reader.ui import dialogs
from reader.ui.article.document import block_reason

PAGE = """<html><body><header><nav>Startseite · Politik · Wirtschaft</nav></header>
<article><h1>Bundesregierung plant neue Reform der Schuldenbremse</h1>
<p>Berlin. Die Bundesregierung will die Schuldenbremse erneut lockern. Finanzminister Lars
Klingbeil kündigte am Vormittag an, dass Investitionen in die Infrastruktur künftig stärker
ausgenommen werden sollen.</p>
<p>Die Union signalisierte Gesprächsbereitschaft, die Grünen forderten einen klaren Zeitplan.
Ökonomen des Ifo-Instituts in München warnten vor steigenden Zinslasten.</p></article>
<aside>Mehr zum Thema: Haushalt 2026</aside></body></html>"""


def _reasons() -> set[str]:
    """What `webpage_blocks`, the phrase tables and a pasted mail (`mail`) can name as the reason."""
    tables = {v for k, v in vars(phrase_tables).items() if k.isupper() and isinstance(v, str)}
    return ({*webpage_blocks._TAG_REASONS.values(), *(r for _p, r in webpage_blocks._CLASS_REASONS),
             webpage_blocks.DEFAULT_REASON, webpage_blocks.EMBEDDED_POST, mail.SIGNATURE} | tables)  # fmt: skip


@pytest.mark.parametrize("reason", sorted(_reasons()))
def test_each_reason_has_its_german_words(speak, reason) -> None:
    speak("de")
    assert block_reason(reason) != reason, f"“{reason}” is shown in English in the German window"


def test_a_pasted_page_says_in_german_what_was_set_aside(make_window, speak, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "run", lambda _dialog: 0)
    speak("de")
    window = make_window()
    copied = QMimeData()
    copied.setHtml(PAGE)
    QApplication.clipboard().setMimeData(copied)
    window.paste_action.trigger()
    note = window.article.view.header.set_aside.text()
    assert "Beim Import ausgeblendet" in note and "Seitenkopf" in note and "Seitenleiste" in note
    assert "page header" not in note and "sidebar" not in note
