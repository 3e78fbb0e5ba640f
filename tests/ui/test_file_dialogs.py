"""Open and save dialogs: Qt's own dialog in Vietnamese, starting in one remembered folder (at first
Documents), proposing a name without accents that carries the day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QLineEdit

from nsdesk.settings import LAST_FOLDER
from nsdesk.ui.widgets import files

from . import test_fit_and_guards as fit
from . import test_register_table as table

register = table.register
small_screen = fit.small_screen  # the fixture: 1366×768 and 1093×614


def answer_dialog(qtbot, action, choose) -> dict:
    """Run ``action`` (which opens a file dialog), look at the dialog, then ``choose(dialog)``."""
    seen: dict = {}

    def poke() -> None:
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, QFileDialog):
            QTimer.singleShot(30, poke)
            return
        name = dlg.findChild(QLineEdit, "fileNameEdit")
        seen.update(dialog_type=type(dlg), size=(dlg.width(), dlg.height()), native=dlg.testOption(QFileDialog.Option.DontUseNativeDialog),
                    folder=Path(dlg.directory().absolutePath()), name=name.text() if name else None,
                    labels={lab.text() for lab in dlg.findChildren(QLabel) if lab.isVisible()})
        choose(dlg)

    QTimer.singleShot(0, poke)
    action()
    qtbot.waitUntil(lambda: bool(seen))
    return seen


def test_file_names_are_proposed_without_accents_with_the_day():
    assert files.file_name("Báo cáo", "tiến độ", day=date(2026, 6, 30)) == "Bao-cao-tien-do-2026-06-30.xlsx"
    assert files.file_name("Biểu đồ", "Đắk Lắk / 2026", ext="png") == "Bieu-do-Dak-Lak-2026.png"
    assert len(files.file_name("x" * 300)) <= files.MAX_STEM + len(".xlsx")


def test_dialogs_speak_vietnamese_start_in_documents_then_in_the_last_folder(register, qtbot, tmp_path,
                                                                            small_screen):
    app, page = register()
    documents = files.documents()
    out = tmp_path / "xuat"
    out.mkdir()

    def save_into(dlg: QFileDialog) -> None:
        dlg.findChild(QLineEdit, "fileNameEdit").setText(str(out / "so.xlsx"))
        dlg.accept()

    first = answer_dialog(qtbot, page.export_excel, save_into)
    assert first["native"]  # DontUseNativeDialog: Qt's own dialog, which the app translates
    assert first["folder"] == documents
    assert first["size"][0] >= 800 and first["size"][1] <= small_screen.height()  # the detail view's columns (Tên, Kích thước, Loại, Ngày sửa) have room
    assert first["name"] == f"So-doanh-nghiep-{date.today().isoformat()}.xlsx"
    assert {"Tìm tr&ong:", "&Tên tệp:", "&Loại tệp:"} <= first["labels"]
    qtbot.waitUntil(lambda: (out / "so.xlsx").exists(), timeout=10000)
    assert app.ctx.settings.get(LAST_FOLDER) == str(out)

    # The next dialog, elsewhere in the app, starts where the last one was left.
    from nsdesk.ui.register.import_wizard import ImportWizard

    page.open_import()
    wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible())
    second = answer_dialog(qtbot, wizard.file_page.choose_file, lambda dlg: dlg.reject())
    assert second["folder"] == out
    wizard.reject()
