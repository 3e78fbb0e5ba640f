"""The user guide inside the app (F1): a searchable list of topics beside the Vietnamese guide."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common.text import fold

tr = QCoreApplication.translate

_HEADING = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>(.*?)(?=<h2 |</body>)', re.S)
_TAGS = re.compile(r"<[^>]+>")


def guide_path() -> Path:
    return Path(str(files("nsdesk.resources").joinpath("help", "huong-dan.html")))


def topics(html: str) -> list[tuple[str, str, str]]:
    """(anchor, title, plain text) of each section of the guide."""
    return [(a, _TAGS.sub("", t).replace("&amp;", "&"), _TAGS.sub(" ", body).replace("&amp;", "&"))
            for a, t, body in _HEADING.findall(html)]


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(tr("help", "Hướng dẫn sử dụng"))
        path = guide_path()
        html = path.read_text(encoding="utf-8")
        self.topics = topics(html)
        self.search = QLineEdit(self)
        self.search.setObjectName("helpSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("help", "Tìm trong hướng dẫn (ví dụ: xuất Excel, khôi phục)…"))
        self.list = QListWidget(self)
        self.list.setObjectName("helpTopics")
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(path)))
        self.empty = QLabel(tr("help", "Không có mục nào chứa các từ đã gõ."), self)
        self.empty.setObjectName("helpEmpty")
        self.empty.hide()
        left = QWidget(self)
        col = QVBoxLayout(left)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.list, 1)
        col.addWidget(self.empty)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setSizes([240, 720])
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.search)
        layout.addLayout(row)
        layout.addWidget(split, 1)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(self._go)
        self._filter("")
        self.resize(1000, 640)

    def shown_topics(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        self.list.blockSignals(True)
        self.list.clear()
        for anchor, title, body in self.topics:
            haystack = fold(title + " " + body)
            if all(w in haystack for w in words):
                item = QListWidgetItem(title, self.list)
                item.setData(Qt.ItemDataRole.UserRole, anchor)
        self.list.blockSignals(False)
        self.empty.setVisible(self.list.count() == 0)
        if self.list.count() and words:
            self.list.setCurrentRow(0)
            self.browser.moveCursor(self.browser.textCursor().MoveOperation.Start)
            self.browser.find(text.split()[0], QTextDocument.FindFlag(0))

    def _go(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is not None:
            self.browser.scrollToAnchor(item.data(Qt.ItemDataRole.UserRole))
