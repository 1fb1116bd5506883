"""German keeps apart what English keeps apart: an import the user cancelled ("abgebrochen")
and one the library's full disk stopped part-way ("unterbrochen": import the same files again
and the stored ones are skipped). Both read "Import abgebrochen" before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def test_a_stopped_import_is_not_called_cancelled(qapp, speak) -> None:
    speak("de")
    translate = QCoreApplication.translate
    assert translate("ImportController", "Import stopped") == "Import unterbrochen"
    assert translate("ImportReportDialog", "Import cancelled") == "Import abgebrochen"
    assert translate("ImportController", "Import stopped: %1").startswith("Import unterbrochen")
    assert translate("ImportController", "Import cancelled: %1").startswith("Import abgebrochen")
