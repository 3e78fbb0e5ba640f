"""Giới thiệu nsdesk: version, purpose (Decision 36/QĐ-TTg), the open database."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from nsdesk import __version__

tr = QCoreApplication.translate


def about_text(database: str | None) -> str:
    lines = [
        f"<h3>nsdesk {escape(__version__)}</h3>",
        "<p>" + escape(tr("about", "Theo dõi dự án điểm nâng cao năng suất doanh nghiệp theo "
                                   "Quyết định 36/QĐ-TTg của Thủ tướng Chính phủ.")) + "</p>",
        "<p>" + escape(tr("about", "Cơ sở dữ liệu: {database}").format(
            database=database or tr("about", "(chưa mở)"))) + "</p>",
        "<p><small>" + escape(tr("about", "Giao diện: Qt for Python (PySide6) {version}").format(
            version=pyside_version)) + "</small></p>",
    ]
    return "".join(lines)


def show_about(parent: QWidget, database: str | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName("aboutBox")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowTitle(tr("about", "Giới thiệu nsdesk"))
    box.setIcon(QMessageBox.Icon.Information)
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(database))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.button(QMessageBox.StandardButton.Close).setText(tr("about", "Đóng"))
    box.open()
    return box
