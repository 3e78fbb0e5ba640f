"""Qt's own dialogs speak Vietnamese when the interface is Vietnamese, and English in English."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox


def test_standard_buttons_and_file_dialog_strings_are_vietnamese(make_app, qtbot):
    app = make_app(None, wait_open=False)
    box = QMessageBox(QMessageBox.Icon.Question, "nsdesk", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, app.window)
    assert {b.text() for b in box.buttons()} == {"Đồng ý", "Hủy"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    assert {b.text() for b in buttons.buttons()} == {"Lưu", "Đóng"}
    from PySide6.QtCore import QCoreApplication

    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Tìm trong:"
    box.deleteLater()
    buttons.deleteLater()


def test_english_interface_keeps_qt_english(make_app):
    app = make_app(None, language="en", wait_open=False)
    box = QMessageBox(QMessageBox.Icon.Question, "nsdesk", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, app.window)
    assert {b.text() for b in box.buttons()} == {"OK", "Cancel"}
    box.deleteLater()
