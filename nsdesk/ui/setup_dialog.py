"""Thông tin đơn vị: the office this installation belongs to, and its officer.

Shown at first run (when the database's office is not configured) and from Cài đặt.
Province and commune come from the official post-July-2025 list; both combos filter as you
type, without caring about accents ("quang ngai" finds "Quảng Ngãi").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common.text import fold
from nsdesk.ui.ops import Changes, Op, context_of
from nsdesk.ui.widgets.dialogs import GuardedDialog, scroll_area

tr = QCoreApplication.translate

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Units:
    provinces: list[tuple[str, str]]  # (code, name)
    communes: dict[str, list[tuple[str, str]]]  # province code → [(code, name)]
    office: object


@dataclass(frozen=True)
class Saved:
    office: object
    changes: Changes = field(default_factory=lambda: Changes.of("office"))


def load_units(session, _progress, _cancelled) -> Units:
    from nsdesk.services.common import admin_units
    from nsdesk.services.common.office import get_office

    provinces = [(u.code, u.name) for u in admin_units.provinces(session)]
    communes = {code: [(u.code, u.name) for u in admin_units.communes(session, code)] for code, _ in provinces}
    return Units(provinces, communes, get_office(session))


class FoldingCompleter(QCompleter):
    """Matches anywhere in the name, ignoring case and accents; inserts the accented name."""

    def __init__(self, combo: QComboBox):
        super().__init__(combo.model(), combo)
        self.setCompletionRole(FOLDED_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [fold(path)]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt override
        return index.data(Qt.ItemDataRole.DisplayRole) or ""


def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    combo.clear()
    for code, name in items:
        combo.addItem(name, code)
        combo.setItemData(combo.count() - 1, fold(name), FOLDED_ROLE)
    combo.setCurrentIndex(-1)
    combo.setEditText("")


def _chosen_code(combo: QComboBox) -> str | None:
    """The code of the item whose name is in the edit field (accents optional), else None."""
    text = fold(combo.currentText())
    if not text:
        return None
    index = combo.currentIndex()
    if index >= 0 and fold(combo.itemText(index)) == text:
        return combo.itemData(index)
    matches = [i for i in range(combo.count()) if combo.itemData(i, FOLDED_ROLE) == text]
    return combo.itemData(matches[0]) if len(matches) == 1 else None


def _combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(15)
    combo.setCompleter(FoldingCompleter(combo))
    combo.setMinimumContentsLength(28)
    return combo


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


class SetupDialog(GuardedDialog):
    """Fits a small screen (the form scrolls, "Lưu"/"Để sau" stay in sight) and asks before
    throwing away what was typed."""

    def __init__(self, parent: QWidget, units: Units):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("setup", "Thông tin đơn vị"))
        self.units = units
        office = units.office

        intro = QLabel(
            tr("setup", "Chọn đơn vị nơi cài đặt nsdesk (theo danh mục hành chính sau ngày 1/7/2025) "
                        "và nhập họ tên cán bộ phụ trách. Họ tên được ghi vào lịch sử thay đổi và chữ ký báo cáo."),
            self,
        )
        intro.setWordWrap(True)

        self.province = _combo(self)
        self.province.setObjectName("province")
        _fill(self.province, units.provinces)
        self.province_error = _error_label(self)
        self.commune = _combo(self)
        self.commune.setObjectName("commune")
        self.commune_error = _error_label(self)
        self.unit_name = QLineEdit(self)
        self.unit_name.setObjectName("unitName")
        self.unit_name.setPlaceholderText(tr("setup", "ví dụ: Thành phố Kon Tum (không bắt buộc)"))
        self.officer = QLineEdit(self)
        self.officer.setObjectName("officer")
        self.officer_error = _error_label(self)
        self.form_error = _error_label(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field_widget, error in (
            (tr("setup", "&Tỉnh/thành phố:"), self.province, self.province_error),
            (tr("setup", "&Xã/phường/đặc khu:"), self.commune, self.commune_error),
            (tr("setup", "Đơn vị &cũ (thành phố/huyện trước 7/2025):"), self.unit_name, None),
            (tr("setup", "&Họ tên cán bộ:"), self.officer, self.officer_error),
        ):
            label = QLabel(text, self)
            label.setBuddy(field_widget)
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(field_widget)
            if error is not None:
                column.addWidget(error)
            form.addRow(label, column)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("setup", "Lưu"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("setup", "Để sau"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        body = QWidget(self)
        body.setObjectName("formBody")
        column = QVBoxLayout(body)
        column.addWidget(intro)
        column.addLayout(form)
        column.addWidget(self.form_error)
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll_area(body, self), 1)
        layout.addWidget(self.buttons)
        for a, b in ((self.province, self.commune), (self.commune, self.unit_name), (self.unit_name, self.officer),
                     (self.officer, self.buttons)):
            QWidget.setTabOrder(a, b)

        self.province.currentIndexChanged.connect(self._province_changed)
        if office.province_code:
            self.province.setCurrentIndex(self.province.findData(office.province_code))
            if office.commune_code:
                self.commune.setCurrentIndex(self.commune.findData(office.commune_code))
        self.unit_name.setText(office.unit_name or "")
        self.officer.setText(office.officer_name or "")
        self.fit_size(max(body.sizeHint().width() + 40, 620), body.sizeHint().height() + 80)

    def _province_changed(self, index: int) -> None:
        code = self.province.itemData(index) if index >= 0 else None
        _fill(self.commune, self.units.communes.get(code, []) if code else [])

    def _show_error(self, label: QLabel, text: str | None, focus: QWidget | None = None) -> bool:
        label.setText(text or "")
        label.setVisible(bool(text))
        if text and focus is not None:
            focus.setFocus()
        return not text

    def validate(self) -> dict | None:
        province = _chosen_code(self.province)
        commune = _chosen_code(self.commune)
        officer = " ".join(self.officer.text().split())
        ok_officer = self._show_error(
            self.officer_error, None if officer else tr("setup", "Hãy nhập họ tên cán bộ phụ trách."), self.officer
        )
        ok_commune = self._show_error(
            self.commune_error,
            None if commune or not self.commune.currentText().strip()
            else tr("setup", "Chọn xã/phường trong danh sách của tỉnh đã chọn (hoặc để trống)."),
            self.commune,
        )
        ok_province = self._show_error(
            self.province_error,
            None if province else tr("setup", "Chọn tỉnh/thành phố trong danh sách 34 tỉnh, thành phố."),
            self.province,
        )
        if not (ok_officer and ok_commune and ok_province):
            return None
        return {"province": province, "commune": commune, "officer": officer,
                "unit_name": self.unit_name.text()}

    def save(self) -> None:
        values = self.validate()
        if values is None:
            return
        self._show_error(self.form_error, None)
        self.buttons.setEnabled(False)

        def fn(session, _progress, _cancelled) -> Saved:
            from nsdesk.services.common.office import set_office

            return Saved(set_office(session, **values))

        def done(saved: Saved) -> None:
            context_of(self).set_office(saved.office)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            from nsdesk.errors import KnownError
            from nsdesk.ui.ops import show_error

            if isinstance(exc, KnownError):
                self._show_error(self.form_error, str(exc))
            else:
                show_error(self, exc)

        Op(self, fn).success(done).failure(failed).run()


def open_setup_dialog(window: QWidget) -> None:
    """Load the units through ops, then show the dialog (non-blocking)."""

    def show(units: Units) -> None:
        dialog = SetupDialog(window, units)
        window.setup_dialog = dialog
        dialog.open()

    Op(window, load_units).success(show).run()
