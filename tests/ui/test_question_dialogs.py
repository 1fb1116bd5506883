"""The small questions (a name to type, an item to pick) as the user sees them: wide enough to
read and edit a name, the name to rename selected, and a choice of long titles no wider than
the screen and twice a name's width.

Seen at 1366 × 768: "Rename tag" came up 200 px wide, the tag's name cramped beside its label;
"Open briefing" among long names came up wider than the screen, and "Join with", held narrower,
cut a title mid-word ("… inflation eases · 12 Se"). Real window and store."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QInputDialog, QLineEdit

from reader.ui import dialogs
from reader.ui.eliding_combo import ElidingComboBox


def _look(monkeypatch, answer: str | None = None) -> list[dict]:
    """Each dialog is shown as `dialogs.run` shows it, looked at, and answered (or cancelled)."""
    seen: list[dict] = []

    def run(dialog: QDialog) -> int:
        dialogs.fit_to_content(dialog)
        dialog.show()
        QApplication.processEvents()
        line, combo = dialog.findChild(QLineEdit), dialog.findChild(QComboBox)
        em = dialog.fontMetrics().horizontalAdvance("M")
        seen.append({"ems": dialog.width() / em, "width": dialog.width(), "title": dialog.windowTitle(),
                     "selected": line.selectedText() if line is not None and line.isVisible() else None,
                     "shown": combo.shown_text() if isinstance(combo, ElidingComboBox) else None})  # fmt: skip
        if answer is not None and isinstance(dialog, QInputDialog):
            dialog.setTextValue(answer)
        elif answer is not None:
            combo.setCurrentIndex(combo.findText(answer, Qt.MatchFlag.MatchStartsWith))
        dialog.close()
        return QDialog.DialogCode.Accepted if answer is not None else QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", run)
    return seen


def test_rename_tag_is_wide_with_the_name_selected(make_window, monkeypatch) -> None:
    window = make_window()
    library = window.library
    window.session.apply(lambda: window.session.store.tags.add([library.model.ids()[0]], "Japan"))
    library.tag_view.setCurrentIndex(library.tag_model.index(library.tag_model.row_of("Japan")))
    seen = _look(monkeypatch)
    library.tag_edits.rename_current()
    assert seen[0]["title"] == "Rename tag" and seen[0]["selected"] == "Japan"
    assert seen[0]["ems"] >= 30  # 200 px before: about 14 letters


def test_every_typed_question_is_as_wide(make_window, monkeypatch) -> None:
    """Save search, Add heading, New briefing … all ask through `dialogs.ask_text`."""
    window = make_window()
    seen = _look(monkeypatch)
    window.library.saved.save_current()
    window.briefings.new_briefing()
    assert [s["title"] for s in seen] == ["Save search", "New briefing"]
    assert all(s["ems"] >= 30 for s in seen)


def test_a_choice_of_long_names_fits_the_screen_and_picks_the_one_chosen(make_window, monkeypatch) -> None:
    window = make_window()
    briefings = window.session.store.briefings
    long_name = "Weekly note on the Bank of Japan's yield curve control and its exit, " * 2
    for name in ("Japan", long_name.strip(), "ECB"):
        window.session.apply(lambda name=name: briefings.create(name)[1])
    seen = _look(monkeypatch, answer="ECB")
    window.briefings.open_briefing()
    room = window.screen().availableGeometry().width()
    assert 30 <= seen[0]["ems"] <= 64 and seen[0]["width"] <= room - 80
    # The closed box shows the chosen name whole, or shortened with "…", never cut mid-word.
    assert seen[0]["shown"].startswith(("Japan · ", "ECB · ")) or seen[0]["shown"].endswith("…")
    assert window.briefings.composer().briefing_id == next(b.id for b in briefings.all() if b.name == "ECB")


def test_a_join_choice_is_as_wide_as_its_title(make_window, monkeypatch) -> None:
    """Join with…: the titles near the open one, the first shown whole, not cut mid-word."""
    window = make_window()
    seen = _look(monkeypatch)
    window.stories.choose_join()
    shown, room = seen[0]["shown"], window.screen().availableGeometry().width() - 80
    assert seen[0]["title"] == "Join with" and shown
    # Whole, or shortened with "…" only when the dialog is as wide as it may be.
    assert not shown.endswith("…") or seen[0]["width"] >= min(64 * seen[0]["width"] / seen[0]["ems"], room) - 1
    assert seen[0]["ems"] >= 30


def test_two_choices_alike_stay_two(qapp, monkeypatch) -> None:
    def run(dialog: QDialog) -> int:
        dialog.findChild(QComboBox).setCurrentIndex(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run", run)
    assert dialogs.ask_choice(None, "Join with", "Report:", ["A", "B", "A"]) == 2


def test_the_save_dialog_names_markdown(qapp, monkeypatch, tmp_path, speak) -> None:
    """The briefing's export offered "MD files (*.md)"; a reader knows the format as Markdown."""
    from PySide6.QtWidgets import QFileDialog

    offered: list[list[str]] = []

    def run(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        offered.append(dialog.nameFilters())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(dialogs, "run", run)
    dialogs.ask_save_file(None, "Export briefing", tmp_path / "Brief.md", "md")
    speak("de")
    dialogs.ask_save_file(None, "Briefing exportieren", tmp_path / "Brief.md", "md")
    assert offered == [["Markdown files (*.md)"], ["Markdown-Dateien (*.md)"]]
