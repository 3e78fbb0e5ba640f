"""A tidy "coming soon" page for areas that later work fills in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

tr = QCoreApplication.translate


class PlaceholderPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.setObjectName(f"page_{spec.key}")
        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")
        note = QLabel(tr("placeholder", "Đang được xây dựng"), self)
        note.setObjectName("placeholderNote")
        detail = QLabel(
            tr("placeholder", "Khu vực này sẽ có trong bản cập nhật tới của nsdesk. Dữ liệu của bạn vẫn được giữ nguyên."),
            self,
        )
        detail.setWordWrap(True)
        for label in (note, detail):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addWidget(note)
        layout.addWidget(detail)
        layout.addStretch(2)


def make(ctx, parent, spec) -> PlaceholderPage:
    return PlaceholderPage(ctx, parent, spec)
