"""Render the README's screenshots of single views offscreen, the way tools/screenshot.py does
the main one: `make screenshot` → docs/screenshot-entities.png, -story, -composer, -timeline.

Each starts from the same throwaway library (the bundled samples, the Handelsblatt piece
highlighted and annotated by `screenshot.annotate`), so the pictures agree with each other.

    QT_QPA_PLATFORM=offscreen python tools/screenshot_views.py entities|story|composer|timeline OUT.png [--language de]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import screenshot  # noqa: E402  (tools/screenshot.py: the library's highlights and notes)
from PySide6.QtCore import QEventLoop, QLocale, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from reader import paths  # noqa: E402
from reader.core.briefing_model import ItemKind  # noqa: E402
from reader.core.entities import EntityKind  # noqa: E402
from reader.core.settings import Settings  # noqa: E402
from reader.core.store import Store  # noqa: E402
from reader.ui import i18n  # noqa: E402
from reader.ui.app import create_application  # noqa: E402
from reader.ui.appearance import apply_theme  # noqa: E402
from reader.ui.briefing.add_menu import add_to_briefing, create_briefing  # noqa: E402
from reader.ui.session import Session  # noqa: E402
from reader.ui.stories.story_view import StoryWindow  # noqa: E402

STORY_FILE = "000_d259bef84eb4a67d.txt"  # the Tokyo meeting, reported three times in the samples


def entities(window, app: QApplication) -> QWidget:
    """View ▸ Entities, the people, Fumio Kishida chosen with his mentions."""
    mode = window.entities.mode
    mode.action.setChecked(True)
    screenshot.wait_for(mode.indexed, 60_000)
    view = mode.view
    view.kind_box.setCurrentIndex(view.kind_box.findData(EntityKind.PERSON))
    for row in range(view.model.rowCount()):
        if view.model.index(row, 0).data().endswith("Kishida"):
            view.table.setCurrentIndex(view.model.index(row, 0))
    view.table.setFocus()
    pause = QEventLoop()  # the mentions follow the chosen row after a short pause
    QTimer.singleShot(300, pause.quit)
    pause.exec()
    return window


def story(window, app: QApplication) -> QWidget:
    """Source ▸ Show story on the Tokyo meeting: its reports side by side."""
    store = window.session.store
    source_id = store.db.execute("SELECT id FROM sources WHERE file_name = ?", (STORY_FILE,)).fetchone()[0]
    window.library.select_source(source_id)
    window.stories.show_story()
    view = window.findChild(StoryWindow)
    view.resize(1440, 900)
    app.processEvents()
    return view


def composer(window, app: QApplication) -> QWidget:
    """The briefing composer docked beside the article: headings, text, quoted highlights."""
    session, store = window.session, window.session.store
    source_id = window.open_source_id
    briefing_id = create_briefing(session, "Japan client memo")
    highlights = {h.label: h.id for h in store.highlights.for_source(source_id)}
    window.briefings.show(briefing_id)
    composer_ = window.briefings.composer()
    composer_.add_item(ItemKind.HEADING, "Why the partnership matters")
    composer_.add_item(ItemKind.TEXT, "Tokyo is binding **US capital** to Japan for the long term.")
    add_to_briefing(session, briefing_id, [highlights["evidence"], highlights["key"]])
    composer_.items_list.setCurrentRow(composer_.items_list.count() - 1)  # new items go after it
    composer_.add_item(ItemKind.HEADING, "Open questions")
    add_to_briefing(session, briefing_id, [highlights["question"]])
    composer_.items_list.setCurrentRow(1)
    composer_.items_list.scrollToTop()  # the first heading in sight
    window.keys.library_action.trigger()  # the library hidden: article, notes and composer
    app.processEvents()  # the article reflows to its new width before it scrolls
    window.article.scroll_to_highlight(highlights["key"])
    window.notes.select_highlight(highlights["key"])
    app.processEvents()
    composer_.preview.refresh()
    return window


# Tags for the timeline picture, given by what a source's title or text names (first match wins).
TIMELINE_TAGS = (("Japan", ("Japan", "Tokio", "Tokyo")), ("Geldpolitik", ("EZB", "ECB", "Zins", "rate")),
                 ("Handel", ("Zoll", "Zölle", "Handel", "tariff", "trade")),
                 ("Deutschland", ("Deutschland", "Berlin", "Bundes")))  # fmt: skip


def timeline(window, app: QApplication) -> QWidget:
    """View ▸ Timeline over the samples and the same-event test set, coloured by tag."""
    session, store = window.session, window.session.store
    stories = Path(__file__).resolve().parent.parent / "tests" / "data" / "stories"
    window.importer.import_paths([stories], report=False)
    screenshot.wait_for(window.importer.import_finished, 60_000)
    for source_id in store.sources.ids():
        source = store.sources.get(source_id)
        words = f"{source.title} {source.reading_text[:600]}"
        tag = next((tag for tag, cues in TIMELINE_TAGS if any(cue in words for cue in cues)), None)
        if tag is not None:
            session.apply(lambda source_id=source.id, tag=tag: store.tags.add([source_id], tag))
    window.timeline.action.trigger()
    view = window.timeline.window
    view.colour_by.setCurrentIndex(view.colour_by.findData("tag"))
    view.resize(1300, 520)
    app.processEvents()
    view.canvas.fit()
    view.canvas.zoom(3.4, view.canvas.width() - 1)  # the busy last two years, as a reader zooms in
    return view


VIEWS = {"entities": entities, "story": story, "composer": composer, "timeline": timeline}


def render(view: str, out: Path, language: str = "en") -> None:
    from reader.ui.main_window import MainWindow

    app = create_application([sys.argv[0]])
    country = QLocale.Country.Germany if language == "de" else QLocale.Country.UnitedStates
    spoken = QLocale.Language.German if language == "de" else QLocale.Language.English
    i18n.install(app, language, QLocale(spoken, country))
    apply_theme(app, "light")
    with tempfile.TemporaryDirectory(prefix="briefing-shot-") as tmp:
        where = paths.resolve(tmp).ensure()
        store = Store.open(where.db_path)
        session = Session(store, settings=Settings(theme="light"))
        window = MainWindow(session, where)
        window.resize(*screenshot.SIZE)
        window.show()
        window.start()
        screenshot.wait_for(window.importer.import_finished)
        screenshot.wait_for_list(window)
        source_id = store.db.execute(
            "SELECT id FROM sources WHERE file_name = ?", (screenshot.ARTICLE_FILE,)
        ).fetchone()[0]
        window.library.select_source(source_id)
        screenshot.annotate(store, source_id, language)
        window.article.show_source(source_id)
        window.notes.show_source(source_id)
        shown = VIEWS[view](window, app)
        for _ in range(3):
            app.processEvents()
        out.parent.mkdir(parents=True, exist_ok=True)
        shown.grab().save(str(out))
        window.close()
        store.close()
    print(f"wrote {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Render one of the README's view screenshots offscreen.")
    parser.add_argument("view", choices=sorted(VIEWS))
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en", choices=("en", "de"))
    args = parser.parse_args()
    render(args.view, args.out, args.language)
    return 0


if __name__ == "__main__":
    sys.exit(main())
