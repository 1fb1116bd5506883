"""Render the README's screenshot offscreen: `make screenshot` → docs/screenshot.png.

A throwaway data dir gets the bundled samples through the window's own first start; the
Handelsblatt piece on the US–Japan technology partnership is opened with a few highlights, an
annotation, tags and a summary note, as a consultant preparing a client briefing would leave it.

    QT_QPA_PLATFORM=offscreen python tools/screenshot.py [docs/screenshot.png] [--theme light]
        [--language en|de]   (de: the German window, with the consultant's notes in German)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QLocale, QTimer  # noqa: E402

from reader import paths  # noqa: E402
from reader.core.changes import Changes  # noqa: E402
from reader.core.settings import Settings  # noqa: E402
from reader.core.store import Store  # noqa: E402
from reader.ui import i18n  # noqa: E402
from reader.ui.app import create_application  # noqa: E402
from reader.ui.appearance import apply_theme  # noqa: E402
from reader.ui.session import Session  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
ARTICLE_FILE = "002_db65749ea1f8a11e.txt"
SIZE = (1440, 900)

# (label, passage, annotation): exact sentences of the article's reading text.
HIGHLIGHTS = (
    ("evidence", "Fast drei Milliarden Dollar will das Unternehmen innerhalb von zwei Jahren in "
     "Japan investieren.", "Microsoft: ~USD 3bn over two years (data centres, AI lab)."),
    ("key", "Eine Verzahnung über privatwirtschaftliche Großinvestitionen hat auch nach einem "
     "möglichen Regierungswechsel Bestand.", "Core thesis: private capital as insurance against "
     "a change of government in Washington."),
    ("risk", "Politische Bande hingegen sind unter Donald Trump gegebenenfalls gefährdet", ""),
    ("client", "Dennoch ist auffällig, dass derzeit mehr Dynamik in den US-japanischen "
     "Wirtschaftsbeziehungen zu sein scheint.", ""),
    ("question", "Rapidus soll künftig bei der neuesten Produktgeneration global mithalten, den "
     "Zwei-Nanometer-Chips.", "Realistic timeline for 2 nm volume production?"),
)  # fmt: skip

NOTE = (
    "# US–Japan tech partnership\n\n"
    "**Why it matters for the client:** Tokyo is locking in US investment that outlasts a "
    "change of government. Germany has nothing comparable.\n\n"
    "- Microsoft: ~USD 3bn for data centres and an AI lab\n"
    "- Panasonic is North America's largest battery maker\n"
    "- IBM licenses 2 nm technology to *Rapidus*\n\n"
    "**Risk:** US Steel / Nippon Steel dispute; LNG export limits.\n"
)


# The same notes as a German consultant writes them, for the German screenshot.
GERMAN_ANNOTATIONS = {
    "evidence": "Microsoft: ~3 Mrd. USD in zwei Jahren (Rechenzentren, KI-Labor).",
    "key": "Kernthese: privates Kapital als Versicherung gegen einen Regierungswechsel in Washington.",
    "question": "Realistischer Zeitplan für 2-nm-Serienfertigung?",
}
GERMAN_NOTE = (
    "# Technologiepartnerschaft USA–Japan\n\n"
    "**Warum es für den Kunden zählt:** Tokio sichert sich US-Investitionen, die einen "
    "Regierungswechsel überdauern. Deutschland hat nichts Vergleichbares.\n\n"
    "- Microsoft: ~3 Mrd. USD für Rechenzentren und ein KI-Labor\n"
    "- Panasonic ist Nordamerikas größter Batteriehersteller\n"
    "- IBM lizenziert 2-nm-Technik an *Rapidus*\n\n"
    "**Risiko:** Streit um US Steel / Nippon Steel; LNG-Exportgrenzen.\n"
)


def wait_for(signal: object, timeout_ms: int = 20_000) -> None:
    loop = QEventLoop()
    signal.connect(lambda *_: loop.quit())  # type: ignore[attr-defined]
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()


def wait_for_list(window: object, timeout_ms: int = 20_000) -> None:
    """After an import the library's list is read off the window's thread: wait until it is
    shown, so that choosing a source finds its row."""
    loader = window.library.loader  # type: ignore[attr-defined]
    loop, poll = QEventLoop(), QTimer()
    poll.timeout.connect(lambda: None if loader.pending() else loop.quit())
    poll.start(20)
    QTimer.singleShot(timeout_ms, loop.quit)
    if loader.pending():
        loop.exec()
    poll.stop()


def annotate(store: Store, source_id: int, language: str = "en") -> list[int]:
    text = store.sources.get(source_id).reading_text
    ids = []
    for label, passage, english in HIGHLIGHTS:
        annotation = GERMAN_ANNOTATIONS.get(label, english) if language == "de" else english
        start = text.find(passage)
        if start < 0:
            print(f"note: passage not in the reading text, skipped: {passage[:40]}…", file=sys.stderr)
            continue
        highlight, _changes = store.highlights.add(source_id, start, start + len(passage), label, annotation)
        ids.append(highlight.id)
    store.notes.set(source_id, GERMAN_NOTE if language == "de" else NOTE)
    return ids


def render(out: Path, theme: str, language: str = "en") -> None:
    from reader.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    country = QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedStates
    spoken = QLocale.Language.German if language == "de" else QLocale.Language.English
    i18n.install(app, language, QLocale(spoken, country))
    apply_theme(app, theme)
    with tempfile.TemporaryDirectory(prefix="briefing-shot-") as tmp:
        where = paths.resolve(tmp).ensure()
        settings = Settings(theme=theme)
        store = Store.open(where.db_path)
        session = Session(store, settings=settings)
        window = MainWindow(session, where)
        window.resize(*SIZE)
        window.show()
        window.start()
        wait_for(window.importer.import_finished)
        wait_for_list(window)
        source_id = store.db.execute(
            "SELECT id FROM sources WHERE file_name = ?", (ARTICLE_FILE,)
        ).fetchone()[0]
        others = [i for i in store.sources.ids() if i != source_id]
        session.apply(lambda: store.tags.add([source_id, *others[:2]], "Japan"))
        session.apply(lambda: store.tags.add([source_id, others[0]], "Client X"))
        session.apply(lambda: store.tags.add([source_id], "Tech"))
        highlights = annotate(store, source_id, language)
        session.changes_applied.emit(Changes(highlights=frozenset({source_id}), notes=frozenset({source_id})))
        window.library.select_source(source_id)
        if len(highlights) > 1:
            window.notes.select_highlight(highlights[1])
            window.article.scroll_to_highlight(highlights[1])
        window.library.source_view.setFocus()
        app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(out))
        window.close()
        store.close()
    print(f"wrote {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Render the README screenshot offscreen.")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshot.png")
    parser.add_argument("--theme", default="light", choices=("light", "sepia", "dark"))
    parser.add_argument("--language", default="en", choices=("en", "de"))
    args = parser.parse_args()
    render(args.out, args.theme, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
