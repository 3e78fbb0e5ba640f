"""Shown instead of the pages when the database cannot be opened: say why, offer a way out."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

tr = QCoreApplication.translate


class RecoveryPage(QWidget):
    choose_other = Signal()
    create_new = Signal()
    retry = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recoveryPage")
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        title = QLabel(tr("recovery", "Không mở được cơ sở dữ liệu"), self)
        title.setObjectName("pageTitle")
        self.message = QLabel(self)
        self.message.setObjectName("recoveryMessage")
        self.hint = QLabel(self)
        self.hint.setObjectName("recoveryHint")
        self.target = QLabel(self)
        self.target.setObjectName("recoveryTarget")
        for label in (self.message, self.hint, self.target):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(tr("recovery", "Tệp này không bị thay đổi."), self)

        self.choose_button = QPushButton(tr("recovery", "Chọn tệp khác…"), self)
        self.new_button = QPushButton(tr("recovery", "Tạo cơ sở dữ liệu mới…"), self)
        self.retry_button = QPushButton(tr("recovery", "Thử lại"), self)
        self.choose_button.clicked.connect(self.choose_other)
        self.new_button.clicked.connect(self.create_new)
        self.retry_button.clicked.connect(self.retry)

        head = QHBoxLayout()
        head.addWidget(icon)
        head.addWidget(title, 1)
        buttons = QHBoxLayout()
        for b in (self.choose_button, self.new_button, self.retry_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.target)
        layout.addWidget(note)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def show_error(self, exc, target: str) -> None:
        self.message.setText(getattr(exc, "message", str(exc)))
        hint = getattr(exc, "hint", None)
        self.hint.setText(hint or "")
        self.hint.setVisible(bool(hint))
        self.target.setText(tr("recovery", "Đang mở: {target}").format(target=_safe(target)))
        self.retry_button.setFocus()


def _safe(target: str) -> str:
    """A PostgreSQL URL without its password."""
    if "://" in target and "@" in target:
        scheme, rest = target.split("://", 1)
        cred, host = rest.rsplit("@", 1)
        return f"{scheme}://{cred.split(':', 1)[0]}@{host}"
    return target
