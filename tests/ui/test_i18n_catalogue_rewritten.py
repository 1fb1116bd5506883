"""The German window keeps its words when its catalogue file changes under it.

`make translations` (lrelease) rewrites `briefing_reader_de.qm` in place, and the hand-over
tests did the same while a window was open. QTranslator.load(path) maps the file into memory,
so the running window then read other bytes (its strings fell back to English) or a truncated
file (the process died of SIGBUS). The translator now keeps the file's bytes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from reader.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
GERMANY = QLocale(QLocale.Language.German, QLocale.Country.Germany)
US = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)

# A truncated mapped file kills the process (SIGBUS), so that case runs in a child: a
# regression fails this test instead of ending the whole run.
_TRUNCATED = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QLocale
from reader.ui import i18n
folder = Path(sys.argv[1])
i18n.translations_dir = lambda: folder
app = QCoreApplication([])
i18n.install(app, "de", QLocale(QLocale.Language.German, QLocale.Country.Germany))
before = QCoreApplication.translate("BackupsDialog", "Backups")
with (folder / "briefing_reader_de.qm").open("r+b") as file:
    file.truncate(0)
print(before, QCoreApplication.translate("BackupsDialog", "Backups"), sep="\\n")
"""


def _german(context: str, source: str) -> str:
    """The translation the committed German catalogue gives `source` in `context`."""
    root = ElementTree.parse(I18N / "briefing_reader_de.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == context:
            for message in ctx.iter("message"):
                if message.findtext("source") == source:
                    return message.findtext("translation") or ""
    raise AssertionError(f"{context}/{source} is not in briefing_reader_de.ts")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of our catalogues, free to be rewritten."""
    copy = tmp_path / "i18n"
    copy.mkdir()
    for qm in I18N.glob("*.qm"):
        shutil.copy(qm, copy / qm.name)
    return copy


@pytest.mark.parametrize("change", ["rewritten", "deleted"])
def test_german_words_survive_the_catalogue_being_rewritten(
    qapp, folder: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    """Under the path-based load, "rewritten" gave "Backups" back in the German window."""
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    backups, file_menu = _german("BackupsDialog", "Backups"), _german("MainWindow", "&File")
    assert backups == "Sicherungen" and file_menu == "&Datei"
    qm = folder / "briefing_reader_de.qm"
    try:
        i18n.install(qapp, "de", GERMANY)
        assert QCoreApplication.translate("BackupsDialog", "Backups") == backups
        if change == "rewritten":  # as lrelease does: the same file, other bytes
            size = qm.stat().st_size
            with qm.open("r+b") as file:
                file.write(b"\xff" * size)
        else:
            qm.unlink()
        assert QCoreApplication.translate("BackupsDialog", "Backups") == backups
        assert QCoreApplication.translate("MainWindow", "&File") == file_menu
    finally:
        i18n.install(qapp, "en", US)


def test_german_words_survive_the_catalogue_being_truncated(folder: Path) -> None:
    """Under the path-based load the child died of SIGBUS (exit -7)."""
    done = subprocess.run([sys.executable, "-c", _TRUNCATED, str(folder)], capture_output=True,
                          text=True, timeout=60, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    backups = _german("BackupsDialog", "Backups")
    assert done.stdout.splitlines() == [backups, backups]
