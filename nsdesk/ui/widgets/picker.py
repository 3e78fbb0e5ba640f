"""A wide, searchable list of checkable choices under bold group headings, showing whole names.

Typing in the search box keeps the choices whose name or code contains the typed words (accents
and case ignored); ticked choices always stay in sight. Long names wrap instead of being cut, and
each choice carries its whole name as a tooltip. Used for the tools of a lượt hỗ trợ.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from nsdesk.services.common.text import fold
from nsdesk.ui.widgets.dialogs import NOT_TRACKED

tr = QCoreApplication.translate

KEY = Qt.ItemDataRole.UserRole
SEARCH = Qt.ItemDataRole.UserRole + 1
GROUP = Qt.ItemDataRole.UserRole + 2


class SearchableCheckList(QWidget):
    """Search box, grouped checkable list, and a line saying how many are ticked."""

    changed = Signal()

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.search = QLineEdit(self)
        self.search.setObjectName(f"{name}Search")
        self.search.setPlaceholderText(tr("picker", "Gõ vài chữ để lọc, ví dụ «5S» hoặc «chất lượng»…"))
        self.search.setClearButtonEnabled(True)
        self.search.setProperty(NOT_TRACKED, True)
        self.list = QListWidget(self)
        self.list.setObjectName(f"{name}List")
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.count_label = QLabel(self)
        self.count_label.setObjectName(f"{name}Count")
        self.count_label.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count_label)
        self.search.textChanged.connect(self.filter)
        self.list.itemChanged.connect(self._item_changed)
        self._update_count()

    # --- content ------------------------------------------------------------------------------

    def set_choices(self, groups: Sequence[tuple[str | None, list[tuple[str, str]]]], checked: Iterable[str] = ()) -> None:
        """``groups``: (heading or None, [(key, label), …]); ``checked``: the keys ticked."""
        ticked = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        for g, (heading, choices) in enumerate(groups):
            if heading:
                head = QListWidgetItem(heading, self.list)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                head.setFont(bold)
                head.setForeground(QBrush(QColor("#333333")))
                head.setData(GROUP, g)
            for key, label in choices:
                item = QListWidgetItem(label, self.list)
                item.setData(KEY, key)
                item.setData(GROUP, g)
                item.setData(SEARCH, fold(f"{label} {key} {heading or ''}"))
                item.setToolTip(label)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self.filter(self.search.text())
        self._update_count()

    def _choices(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count()) if self.list.item(i).data(KEY) is not None]

    def keys(self) -> list[str]:
        return [it.data(KEY) for it in self._choices()]

    def checked(self) -> list[str]:
        return [it.data(KEY) for it in self._choices() if it.checkState() == Qt.CheckState.Checked]

    def set_checked(self, key: str, on: bool = True) -> None:
        for it in self._choices():
            if it.data(KEY) == key:
                it.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def label(self, key: str) -> str | None:
        return next((it.text() for it in self._choices() if it.data(KEY) == key), None)

    def item(self, row: int) -> QListWidgetItem:
        return self.list.item(row)

    def count(self) -> int:
        return self.list.count()

    def visible_keys(self) -> list[str]:
        """The choices the search leaves in sight, top to bottom."""
        return [it.data(KEY) for it in self._choices() if not it.isHidden()]

    # --- search -------------------------------------------------------------------------------

    def filter(self, text: str) -> None:
        words = fold(text).split()
        shown_groups: set[int] = set()
        for it in self._choices():
            show = it.checkState() == Qt.CheckState.Checked or all(w in it.data(SEARCH) for w in words)
            it.setHidden(not show)
            if show:
                shown_groups.add(it.data(GROUP))
        for i in range(self.list.count()):
            it = self.list.item(i)
            if it.data(KEY) is None:
                it.setHidden(it.data(GROUP) not in shown_groups)

    def _item_changed(self, _item: QListWidgetItem) -> None:
        self._update_count()
        self.changed.emit()

    def _update_count(self) -> None:
        n = len(self.checked())
        self.count_label.setText(tr("picker", "Đã chọn {n}").format(n=n) if n else tr("picker", "Chưa chọn mục nào."))
