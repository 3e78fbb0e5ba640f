"""The enterprise detail form: add or edit one enterprise, see its size class live and its history.

Validation messages appear in red right under the field they are about; Save refuses until they
are fixed. Simple format checks run as soon as a field is left (no database needed); uniqueness
and reference checks run on the worker when saving, followed by a possible-duplicates question.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, show_error
from nsdesk.ui.register import form_data as data
from nsdesk.ui.register.table import size_label
from nsdesk.ui.widgets.dialogs import GuardedDialog, scroll_area
from nsdesk.ui.widgets.numbers import number_text, vietnamese_number

tr = QCoreApplication.translate

# field, label (with its accelerator), column of the form (0 left, 1 right)
FIELDS = (
    ("tax_code", "Mã &số thuế", 0),
    ("name", "&Tên doanh nghiệp", 0),
    ("kind", "&Loại hình", 0),
    ("sector_code", "N&gành (VSIC)", 0),
    ("province_code", "Tỉnh/thành &phố", 0),
    ("commune_code", "&Xã/phường", 0),
    ("address", "Đị&a chỉ", 0),
    ("founded_year", "&Năm thành lập", 0),
    ("representative", "Người đại &diện", 1),
    ("phone", "Điện th&oại", 1),
    ("email", "&Email", 1),
    ("association", "&Hiệp hội", 1),
    ("registered_by", "Người đăng &ký", 1),
    ("employees", "Số lao động (có &BHXH)", 1),
    ("revenue", "Doanh th&u năm (triệu đồng)", 1),
    ("capital", "Tổng nguồn &vốn (triệu đồng)", 1),
)
NUMBER_FIELDS = ("founded_year", "employees", "revenue", "capital")
AMOUNT_FIELDS = ("employees", "revenue", "capital")  # shown as the tables show them; not the year
SIZE_INPUTS = ("kind", "sector_code", "employees", "revenue", "capital")
ERROR_STYLE = "color: #b3261e; font-size: 12px;"


def _banner_text() -> str:
    return tr("enterprise_form", "Chưa lưu: hãy sửa các ô được đánh dấu đỏ.")


def _amount(text: str) -> float | None:
    """A number as the enterprise service reads it (parse_whole / parse_amount): None when it is not one."""
    from nsdesk.services.register.importing.fields import parse_amount

    return parse_amount(text, "")[0]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}" if abs(value) < 1e15 else str(value)
    return str(value)


class EnterpriseDialog(GuardedDialog):
    saved = Signal(int)  # enterprise id

    def __init__(self, parent: QWidget, ctx, enterprise_id: int | None):
        super().__init__(parent)
        self.ctx = ctx
        self.enterprise_id = enterprise_id
        self.setObjectName("enterpriseDialog")
        self.setWindowTitle(tr("enterprise_form", "Thêm doanh nghiệp") if enterprise_id is None
                            else tr("enterprise_form", "Sửa thông tin doanh nghiệp"))
        self._sectors: dict[str, data.SectorItem] = {}
        self._archived = False
        self._busy = False
        self._pending_commune: str | None = None
        self.loaded = False

        self.tabs = QTabWidget(self)
        info = QWidget(self.tabs)
        grid = QGridLayout(info)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 150)
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        rows = [0, 0]
        for name, label, col in FIELDS:
            widget = self._make_input(name, info)
            lab = QLabel(tr("enterprise_form", label), info)
            lab.setBuddy(widget)
            err = QLabel(info)
            err.setObjectName(f"error_{name}")
            err.setStyleSheet(ERROR_STYLE)
            err.setWordWrap(True)
            err.hide()
            r = rows[col]
            grid.addWidget(lab, r, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(widget, r, col * 2 + 1)
            grid.addWidget(err, r + 1, col * 2 + 1)
            rows[col] += 2
            self.inputs[name], self.errors[name], self.labels[name] = widget, err, lab

        self.size_label = QLabel(info)
        self.size_label.setObjectName("sizeClass")
        self.size_label.setWordWrap(True)
        self.size_label.setStyleSheet("background: #eef4fa; border: 1px solid #c9d1da; border-radius: 4px; padding: 6px;")
        self.note = QPlainTextEdit(info)
        self.note.setObjectName("input_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().height() * 3 + 14)
        self.inputs["note"] = self.note
        note_label = QLabel(tr("enterprise_form", "Ghi &chú"), info)
        note_label.setBuddy(self.note)
        r = max(rows)
        grid.addWidget(self.size_label, r, 0, 1, 4)
        grid.addWidget(note_label, r + 1, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.note, r + 1, 1, 1, 3)
        grid.setRowStretch(r + 2, 1)
        self.tabs.addTab(scroll_area(info, self.tabs), tr("enterprise_form", "Thông t&in"))

        self.history = QTableWidget(0, 5)
        self.history.setObjectName("history")
        self.history.setHorizontalHeaderLabels([tr("enterprise_form", t) for t in (
            "Thời điểm", "Người thực hiện", "Nội dung", "Giá trị cũ", "Giá trị mới")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.history.horizontalHeader().setStretchLastSection(True)
        history_tab = QWidget(self.tabs)
        box = QVBoxLayout(history_tab)
        self.history_empty = QLabel(tr("enterprise_form", "Chưa có thay đổi nào được ghi lại cho doanh nghiệp này."),
                                    history_tab)
        self.history_empty.setObjectName("historyEmpty")
        self.history_empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.history_empty)
        box.addWidget(self.history, 1)
        self.tabs.addTab(history_tab, tr("enterprise_form", "Lịch sử tha&y đổi"))
        self.tabs.setTabEnabled(1, enterprise_id is not None)
        if enterprise_id is not None:  # its lượt hỗ trợ, tools, certificates and before/after metrics
            from nsdesk.ui.register.profile import EnterpriseProfile

            self.profile = EnterpriseProfile(ctx, enterprise_id, self.tabs)
            self.tabs.addTab(self.profile, tr("enterprise_form", "Hỗ trợ && chỉ số"))

        self.status = QLabel(tr("enterprise_form", "Đang tải…"), self)
        self.status.setObjectName("formStatus")
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(tr("enterprise_form", "Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.buttons.addButton(tr("enterprise_form", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.archive_button = QPushButton(tr("enterprise_form", "Lưu t&rữ"), self)
        self.delete_button = QPushButton(tr("enterprise_form", "Xóa…"), self)
        self.erase_button = QPushButton(tr("enterprise_form", "Xóa dữ liệu cá nhân…"), self)
        self.erase_button.setObjectName("erasePersonalButton")
        self.erase_button.setToolTip(tr("enterprise_form", "Xóa họ tên, điện thoại, email của người đại diện, "
                                                           "cả trong lịch sử thay đổi và các bản sao lưu"))
        for b in (self.archive_button, self.delete_button, self.erase_button):
            self.buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
            b.setVisible(enterprise_id is not None)
            b.setAutoDefault(False)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.erase_button.clicked.connect(self.confirm_erase)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        order = [self.inputs[f] for f, _l, col in FIELDS if col == 0] + [
            self.inputs[f] for f, _l, col in FIELDS if col == 1] + [self.note, self.save_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self._set_enabled(False)
        self.resize(980, 600)
        Op(self, data.load_form(enterprise_id), ctx=ctx).success(self._show).failure(self._load_failed).run()

    # --- building -------------------------------------------------------------------------

    def _make_input(self, name: str, parent: QWidget) -> QWidget:
        if name in ("kind", "sector_code", "province_code", "commune_code"):
            box = QComboBox(parent)
            box.setObjectName(f"input_{name}")
            box.setMinimumContentsLength(18)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            if name == "kind":
                from nsdesk.services.register.importing.fields import KIND_LABELS

                for code, label in KIND_LABELS.items():
                    box.addItem(tr("register", label), code)
            box.currentIndexChanged.connect(lambda _i, n=name: self._changed(n))
            if name == "province_code":
                box.currentIndexChanged.connect(lambda _i: self._province_changed())
            return box
        edit = QLineEdit(parent)
        edit.setObjectName(f"input_{name}")
        if name in NUMBER_FIELDS:
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            edit.setMaximumWidth(180)
            if name in AMOUNT_FIELDS:
                vietnamese_number(edit, parse=_amount)  # "3.847,3" like the tables
        if name == "founded_year":
            edit.setMaxLength(4)
        edit.textEdited.connect(lambda _t, n=name: self._changed(n))
        edit.editingFinished.connect(lambda n=name: self._check_local([n]))
        return edit

    def _set_enabled(self, on: bool) -> None:
        self.tabs.setEnabled(on)
        for b in (self.save_button, self.archive_button, self.delete_button, self.erase_button):
            b.setEnabled(on)

    # --- loading --------------------------------------------------------------------------

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self.parentWidget(), exc)
        self.reject()

    def _show(self, fd: data.FormData) -> None:
        self._sectors = {s.code: s for s in fd.sectors}
        box = self.inputs["sector_code"]
        box.blockSignals(True)
        box.addItem(tr("enterprise_form", "(chưa chọn)"), None)
        bold = QFont(box.font())
        bold.setBold(True)
        for s in fd.sectors:
            if s.level == "section":
                box.addItem(f"{s.code} – {s.name}", s.code)
                box.setItemData(box.count() - 1, bold, Qt.ItemDataRole.FontRole)
            else:
                box.addItem(f"      {s.code} – {s.name}", s.code)
        box.view().setMinimumWidth(520)
        box.blockSignals(False)
        prov = self.inputs["province_code"]
        prov.blockSignals(True)
        prov.addItem(tr("enterprise_form", "(chưa chọn)"), None)
        for code, name in fd.provinces:
            prov.addItem(name, code)
        prov.setCurrentIndex(max(prov.findData(fd.province_code), 0))
        prov.blockSignals(False)
        self._fill_communes(fd.communes)
        rec = fd.record or {"registered_by": fd.officer, "kind": "llc", "commune_code": fd.commune_code}
        self._version = rec.get("version")
        for name, widget in self.inputs.items():
            value = rec.get(name)
            if isinstance(widget, QComboBox):
                if name != "province_code":
                    widget.setCurrentIndex(max(widget.findData(value), 0))
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(_text(value))
            elif name in AMOUNT_FIELDS:
                widget.setText(number_text(value))
            else:
                widget.setText(_text(value))
        self._archived = bool(rec.get("archived"))
        self.archive_button.setText(tr("enterprise_form", "Khôi phục") if self._archived
                                    else tr("enterprise_form", "Lưu t&rữ"))
        self._show_history(fd.history)
        self._update_size()
        self.status.setText(tr("enterprise_form", "Doanh nghiệp này đang được lưu trữ.") if self._archived else "")
        self._set_enabled(True)
        self.inputs["tax_code" if fd.record is None else "name"].setFocus()
        self.loaded = True
        self.mark_clean()  # what was loaded is "no change"

    def _show_history(self, rows) -> None:
        self.history.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.history.setItem(r, c, QTableWidgetItem(value))
        self.tabs.setTabText(1, tr("enterprise_form", "Lịch sử tha&y đổi ({n})").format(n=len(rows)))
        self.history_empty.setVisible(not rows)
        self.history.setVisible(bool(rows))

    def _fill_communes(self, communes: list[tuple[str, str]]) -> None:
        box = self.inputs["commune_code"]
        keep = self._pending_commune or box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(tr("enterprise_form", "(chưa chọn)"), None)
        for code, name in communes:
            box.addItem(name, code)
        box.setCurrentIndex(max(box.findData(keep), 0))
        box.blockSignals(False)
        self._pending_commune = None

    def _province_changed(self) -> None:
        code = self.inputs["province_code"].currentData()
        Op(self, data.load_communes(code), ctx=self.ctx).success(
            lambda res: self._fill_communes(res[1]) if res[0] == self.inputs["province_code"].currentData() else None
        ).run()

    # --- values and checks ----------------------------------------------------------------

    def values(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                out[name] = widget.currentData()
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            else:
                out[name] = widget.text()
        return out

    def set_error(self, name: str, message: str | None) -> None:
        err = self.errors.get(name)
        if err is None:  # a field without its own place (note): the status line
            if message:
                self.status.setText(message)
            return
        err.setText(message or "")
        err.setVisible(bool(message))
        widget = self.inputs[name]
        widget.setProperty("invalid", bool(message))
        widget.setStyleSheet("border: 1px solid #b3261e;" if message and isinstance(widget, QLineEdit) else "")
        if not message and self.status.text() == _banner_text() and not self.shown_errors():
            self.status.setText("")  # every marked field is fixed: the banner about them goes too

    def shown_errors(self) -> dict[str, str]:
        return {n: e.text() for n, e in self.errors.items() if not e.isHidden() and e.text()}

    def _check_local(self, names: list[str]) -> dict[str, str]:
        """Format checks that need no database (clean_fields); shows or clears each field's message."""
        from nsdesk.services.register.enterprises import clean_fields

        values = self.values()
        wanted = set(names)
        if "tax_code" in wanted:
            wanted |= {"kind", "name"}  # a household may carry a 12-digit personal ID
        _clean, errors = clean_fields({k: values[k] for k in wanted})
        for n in names:
            self.set_error(n, errors.get(n))
        return {n: errors[n] for n in names if n in errors}

    def _changed(self, name: str) -> None:
        if self.errors.get(name) is not None and not self.errors[name].isHidden():
            self.set_error(name, None)  # the user is fixing it; checked again when leaving the field
        if name in SIZE_INPUTS:
            self._update_size()

    def _update_size(self) -> None:
        from nsdesk.services.register import sizing
        from nsdesk.services.register.importing.fields import parse_amount, parse_whole

        v = self.values()
        employees, _e = parse_whole(v["employees"], "")
        revenue, _r = parse_amount(v["revenue"], "")
        capital, _c = parse_amount(v["capital"], "")
        sector = self._sectors.get(v["sector_code"] or "")
        group = sector.group if sector else None
        size = sizing.size_class(v["kind"], group, employees, revenue, capital)
        text = tr("enterprise_form", "Quy mô theo Nghị định 80/2021/NĐ-CP: <b>{size}</b>").format(size=size_label(size))
        if size == "unknown":
            text += " — " + tr("enterprise_form", "cần ngành, số lao động và doanh thu hoặc nguồn vốn")
        elif size == "household":
            text += " — " + tr("enterprise_form", "hộ kinh doanh không thuộc diện doanh nghiệp nhỏ và vừa")
        elif group is not None:
            text += " — " + (tr("enterprise_form", "nhóm nông, lâm, thủy sản; công nghiệp và xây dựng")
                             if group == sizing.AGRI_INDUSTRY else tr("enterprise_form", "nhóm thương mại và dịch vụ"))
        self.size_label.setText(text)
        self.size_class = size

    # --- saving ---------------------------------------------------------------------------

    def save(self) -> None:
        if self._busy or not self.loaded:
            return
        names = [f for f, _l, _c in FIELDS] + ["note"]
        errors = self._check_local(names)
        if errors:
            self._focus_first(errors)
            return
        self._busy = True
        self.status.setText(tr("enterprise_form", "Đang kiểm tra…"))
        fields = self.values()
        Op(self, data.check(fields, self.enterprise_id), ctx=self.ctx).success(
            lambda result: self._checked(fields, result)).failure(self._failed).run()

    def _focus_first(self, errors: dict[str, str]) -> None:
        self.tabs.setCurrentIndex(0)
        for name, _l, _c in FIELDS:
            if name in errors:
                self.inputs[name].setFocus(Qt.FocusReason.OtherFocusReason)
                break
        self.status.setText(_banner_text())

    def _checked(self, fields: dict, result: data.Check) -> None:
        if result.errors:
            self._busy = False
            self._show_errors(result.errors)
            return
        if not result.duplicates:
            self._write(fields)
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("enterprise_form", "Có thể bị trùng"),
                          tr("enterprise_form", "Doanh nghiệp này có thể trùng với doanh nghiệp đã có:"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("duplicatesBox")
        box.setInformativeText("\n".join(f"• {m}" for m in result.duplicates)
                               + "\n\n" + tr("enterprise_form", "Vẫn lưu?"))
        save = box.addButton(tr("enterprise_form", "Vẫn lưu"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("enterprise_form", "Xem lại"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            if button is save:
                self._write(fields)
            else:
                self._busy = False
                self.status.setText(tr("enterprise_form", "Chưa lưu."))

        box.buttonClicked.connect(answered)
        box.open()

    def _write(self, fields: dict) -> None:
        self.status.setText(tr("enterprise_form", "Đang lưu…"))
        if self.enterprise_id is not None and getattr(self, "_version", None) is not None:
            fields = {**fields, "version": self._version}  # the version this form shows
        Op(self, data.save(fields, self.enterprise_id), ctx=self.ctx).success(self._done).failure(self._failed).run()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for name in self.errors:
            self.set_error(name, errors.get(name))
        for name, message in errors.items():
            if name not in self.errors:
                self.set_error(name, message)
        self._focus_first(errors)

    def _failed(self, exc: BaseException) -> None:
        from nsdesk.services.common.forms import FormError

        self._busy = False
        self.status.setText("")
        if isinstance(exc, FormError):
            self._show_errors(exc.errors)
        else:
            show_error(self, exc)

    def _done(self, saved: data.Saved) -> None:
        self._busy = False
        self.saved.emit(saved.enterprise_id)
        self.accept()

    # --- archive / delete -----------------------------------------------------------------

    def toggle_archived(self) -> None:
        if self.enterprise_id is None or self._busy:
            return
        if not self._archived:
            from nsdesk.ui.register.archive import confirm_archive

            name = self.inputs["name"].text() if isinstance(self.inputs.get("name"), QLineEdit) else None
            confirm_archive(self, name, self._set_archived)
            return
        self._set_archived()

    def _set_archived(self) -> None:
        self._busy = True
        Op(self, data.set_archived(self.enterprise_id, not self._archived), ctx=self.ctx).success(
            self._done).failure(self._failed).run()

    def confirm_delete(self) -> None:
        if self.enterprise_id is None or self._busy:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("enterprise_form", "Xóa doanh nghiệp"),
                          tr("enterprise_form", "Xóa hẳn doanh nghiệp này khỏi sổ? Thao tác không hoàn tác được."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("deleteBox")
        box.setInformativeText(tr("enterprise_form", "Nếu chỉ muốn ẩn doanh nghiệp khỏi danh sách, hãy dùng Lưu trữ."))
        yes = box.addButton(tr("enterprise_form", "Xóa"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("enterprise_form", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self._delete() if b is yes else None)
        box.open()

    def confirm_erase(self) -> None:
        if self.enterprise_id is None or self._busy:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("enterprise_form", "Xóa dữ liệu cá nhân"),
                          tr("enterprise_form", "Xóa họ tên, điện thoại và email của người đại diện? Các giá trị cũ "
                                                "trong lịch sử thay đổi và trong các bản sao lưu cũng bị xóa; thao tác "
                                                "không hoàn tác được."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("eraseBox")
        yes = box.addButton(tr("enterprise_form", "Xóa dữ liệu cá nhân"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("enterprise_form", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self._erase() if b is yes else None)
        box.open()

    def _erase(self) -> None:
        self._busy = True
        Op(self, data.erase_personal_data(self.enterprise_id), ctx=self.ctx).success(self._done) \
            .failure(self._failed).run()

    def _delete(self) -> None:
        self._busy = True
        Op(self, data.delete(self.enterprise_id), ctx=self.ctx).success(self._done).failure(self._failed).run()


def open_enterprise_dialog(parent: QWidget, ctx, enterprise_id: int | None,
                           on_saved: Callable[[int], None] | None = None) -> EnterpriseDialog:
    """Open the form (non-blocking); it frees itself when closed."""
    dlg = EnterpriseDialog(parent, ctx, enterprise_id)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dlg.saved.connect(on_saved)
    dlg.open()
    return dlg
