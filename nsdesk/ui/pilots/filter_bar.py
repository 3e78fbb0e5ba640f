"""The filter bar over the lượt and measurement lists: search words, commune and a date range."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QWidget

from nsdesk.ui.pilots import data
from nsdesk.ui.widgets.dialogs import NOT_TRACKED

tr = QCoreApplication.translate


class ListFilterBar(QWidget):
    """Search words, commune and a date range over a list; ``changed`` fires once typing pauses."""

    changed = Signal()

    def __init__(self, parent: QWidget, date_label: str) -> None:
        super().__init__(parent)
        self.setProperty(NOT_TRACKED, True)  # filters, not form values: its inputs never count as changes
        self.search = QLineEdit(self)
        self.search.setObjectName("filterSearch")
        self.search.setProperty(NOT_TRACKED, True)  # a filter, not a form value
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("pilots", "Tìm theo tên, mã số thuế, địa chỉ…"))
        self.commune = QComboBox(self)
        self.commune.setObjectName("filterCommune")
        self.commune.addItem(tr("pilots", "Mọi xã, phường"), None)
        self.commune.setMinimumContentsLength(14)
        self.commune.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.date_from = self._date_edit("filterFrom")
        self.date_to = self._date_edit("filterTo")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 2)
        layout.addWidget(self.commune, 1)
        for text, edit in ((date_label, self.date_from), (tr("pilots", "đến"), self.date_to)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.commune.currentIndexChanged.connect(lambda _i: self.changed.emit())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setMinimumDate(QDate(1999, 12, 31))
        edit.setSpecialValueText(tr("pilots", "(mọi ngày)"))  # the minimum date means no bound
        edit.setDate(edit.minimumDate())
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        return edit

    def set_communes(self, choices: list[data.Choice]) -> None:
        keep = self.commune.currentData()
        self.commune.blockSignals(True)
        while self.commune.count() > 1:
            self.commune.removeItem(1)
        for ch in choices:
            self.commune.addItem(ch.label, ch.key)
        self.commune.setCurrentIndex(max(self.commune.findData(keep), 0))
        self.commune.blockSignals(False)

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        if edit.date() == edit.minimumDate():
            return None
        d = edit.date()
        return date(d.year(), d.month(), d.day())

    def value(self) -> data.ListFilter:
        return data.ListFilter(self.search.text().strip() or None, self.commune.currentData(),
                               self._day(self.date_from), self._day(self.date_to))

    def active(self) -> bool:
        return self.value() != data.ListFilter()
