"""The pilot project form: every field of a dự án điểm, messages next to the fields, evidence files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.widgets import FormDialog, button, edit_number, fmt_date

tr = QCoreApplication.translate


class EvidenceList(QWidget):
    """File paths of the evidence (minutes, reports, photos), added with a file dialog."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setObjectName("evidenceList")
        self.list.setMaximumHeight(80)
        self.add_button = button(self, tr("pilots", "Thêm tệp…"), "addEvidence", self.add_files)
        self.remove_button = button(self, tr("pilots", "Bỏ tệp đã chọn"), "removeEvidence", self.remove_selected)
        side = QVBoxLayout()
        side.addWidget(self.add_button)
        side.addWidget(self.remove_button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(side)

    def add_files(self) -> None:
        from nsdesk.ui.widgets.files import open_paths

        paths = open_paths(self, tr("pilots", "Chọn tài liệu minh chứng"))
        self.add_paths(paths)

    def add_paths(self, paths: list[str]) -> None:
        have = set(self.paths())
        for p in paths:
            if p and p not in have:
                self.list.addItem(p)
                have.add(p)

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def paths(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class ProjectDialog(FormDialog):
    def __init__(self, parent: QWidget, ctx, catalogues: data.Catalogues, record: dict | None):
        from nsdesk.services.pilots.projects import PROJECT_STATUS_LABELS

        editing = record is not None
        super().__init__(parent, ctx, tr("pilots", "Sửa dự án điểm") if editing else tr("pilots", "Thêm dự án điểm"),
                         "projectDialog")
        self.original_code = record["code"] if record is not None else None
        record = record or {"status": "proposed", "evidence_paths": []}
        self.code = self.line("code", tr("pilots", "&Mã dự án"), tr("pilots", "ví dụ DA-LEAN-2025"), 260)
        self.name = self.line("name", tr("pilots", "&Tên dự án"))
        self.plan = QComboBox(self)
        self.plan.addItem(tr("pilots", "(không thuộc kế hoạch nào)"), None)
        # A plan's long title must not widen the whole dialog: the list shows it whole when opened.
        self.plan.setMinimumContentsLength(30)
        self.plan.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for ch in catalogues.plans:
            self.plan.addItem(ch.label, ch.key)
        self.add_field("plan_code", tr("pilots", "&Kế hoạch"), self.plan)
        self.lead = self.line("lead_unit", tr("pilots", "Đơn vị &chủ trì"))
        self.partners = self.line("partner_units", tr("pilots", "Đơn vị &phối hợp"),
                                  tr("pilots", "các đơn vị, cách nhau bởi dấu phẩy"))
        self.provider = self.line("provider", tr("pilots", "Tổ chức tư vấn, cung cấp &dịch vụ"))
        self.start = self.date_line("start_date", tr("pilots", "Ngày &bắt đầu"))
        self.end = self.date_line("end_date", tr("pilots", "Ngày &kết thúc"))
        self.status_box = QComboBox(self)
        for code, label in PROJECT_STATUS_LABELS.items():
            self.status_box.addItem(tr("labels", label), code)
        self.add_field("status", tr("pilots", "Trạng th&ái"), self.status_box)
        self.f_state = self.number_line("funding_state", tr("pilots", "Kinh phí ngân sách nhà nước (triệu đồng)"), "0", 160)
        self.f_ent = self.number_line("funding_enterprise", tr("pilots", "Kinh phí doanh nghiệp đóng góp (triệu đồng)"), "0", 160)
        self.f_other = self.number_line("funding_other", tr("pilots", "Kinh phí nguồn hợp pháp khác (triệu đồng)"), "0", 160)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(64)
        self.add_field("description", tr("pilots", "Mô &tả"), self.description, align_top=True)
        self.evidence = EvidenceList(self)
        self.add_field("evidence_paths", tr("pilots", "Tài liệu minh chứng"), self.evidence, align_top=True)

        self.code.setText(record.get("code") or "")
        self.name.setText(record.get("name") or "")
        self.plan.setCurrentIndex(max(self.plan.findData(record.get("plan_code")), 0))
        for edit, key in ((self.lead, "lead_unit"), (self.partners, "partner_units"), (self.provider, "provider")):
            edit.setText(record.get(key) or "")
        self.start.setText(fmt_date(record.get("start_date")))
        self.end.setText(fmt_date(record.get("end_date")))
        self.status_box.setCurrentIndex(max(self.status_box.findData(record.get("status")), 0))
        for edit, key in ((self.f_state, "funding_state"), (self.f_ent, "funding_enterprise"),
                          (self.f_other, "funding_other")):
            edit.setText(edit_number(record.get(key)))
        self.description.setPlainText(record.get("description") or "")
        self.evidence.add_paths(record.get("evidence_paths") or [])
        # As wide as the form wants (the evidence list's buttons), so it needs no sideways scrolling.
        self.resize(max(720, self.form_body.minimumSizeHint().width() + 48), 640)

    def values(self) -> dict:
        return {
            "code": self.code.text(), "name": self.name.text(), "plan_code": self.plan.currentData() or "",
            "lead_unit": self.lead.text(), "partner_units": self.partners.text(), "provider": self.provider.text(),
            "start_date": self.start.text(), "end_date": self.end.text(), "status": self.status_box.currentData(),
            "funding_state": self.f_state.text(), "funding_enterprise": self.f_ent.text(),
            "funding_other": self.f_other.text(), "description": self.description.toPlainText(),
            "evidence_paths": self.evidence.paths(),
        }

    def op(self):
        return data.save_project(self.original_code, self.values())
