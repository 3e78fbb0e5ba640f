"""Forms of the supports page: one lượt hỗ trợ, and a tool of the catalogue (add / rename)."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.widgets import CheckList, EnterprisePicker, FormDialog, edit_number, fmt_date
from nsdesk.ui.widgets.picker import SearchableCheckList

tr = QCoreApplication.translate

CERT_FIELDS = ("cert_number", "cert_body", "cert_issued", "cert_expires")


def tool_groups(tools: list, keep: AbstractSet[str] = frozenset()) -> list[tuple[str, list[tuple[str, str]]]]:
    """Catalogue tools by category for a picker; retired ones only if in ``keep`` (already chosen)."""
    groups: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for t in tools:
        if t.retired and t.code not in keep:
            continue
        name = t.name + (" " + tr("supports", "(ngừng sử dụng)") if t.retired else "")
        groups.setdefault(t.category, []).append((t.code, name))
        labels[t.category] = t.category_label
    return [(labels[c], items) for c, items in groups.items()]


class SupportDialog(FormDialog):
    """Add or edit one lượt. ``record`` (from pilot_data.load_support) when editing."""

    def __init__(self, parent: QWidget, ctx, catalogues: data.Catalogues, support_id: int | None = None,
                 record: dict | None = None):
        from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS

        super().__init__(parent, ctx, tr("supports", "Sửa lượt hỗ trợ") if support_id else
                         tr("supports", "Thêm lượt hỗ trợ"), "supportDialog")
        self.support_id = support_id
        record = record or {"status": "planned", "types": [], "tools": []}
        self.picker = EnterprisePicker(self, ctx)
        self.add_field("enterprise", tr("supports", "&Doanh nghiệp"), self.picker, align_top=True)
        self.project = QComboBox(self)
        self.project.addItem(tr("supports", "(không thuộc dự án điểm)"), None)
        for ch in catalogues.projects:
            self.project.addItem(ch.label, ch.key)
        if record.get("project") and self.project.findData(record["project"]) < 0:
            self.project.addItem(record["project"], record["project"])  # an archived project it already had
        self.add_field("project", tr("supports", "Dự án đ&iểm"), self.project)
        self.start = self.date_line("start_date", tr("supports", "Ngày &bắt đầu"))
        self.end = self.date_line("end_date", tr("supports", "Ngày &kết thúc"))
        self.status_box = QComboBox(self)
        for code, label in SUPPORT_STATUS_LABELS.items():
            self.status_box.addItem(tr("labels", label), code)
        self.add_field("status", tr("supports", "Trạng th&ái"), self.status_box)
        self.f_state = self.number_line("funding_state", tr("supports", "Kinh phí NSNN (triệu đồng)"), "0", 160)
        self.f_ent = self.number_line("funding_enterprise", tr("supports", "Kinh phí doanh nghiệp (triệu đồng)"), "0", 160)
        self.f_other = self.number_line("funding_other", tr("supports", "Kinh phí nguồn khác (triệu đồng)"), "0", 160)
        cert_title = QLabel(tr("supports", "<b>Giấy chứng nhận</b>"), self)
        cert_title.setObjectName("certTitle")
        self.add_wide(cert_title)
        self.cert_title = cert_title
        self.cert_number = self.line("cert_number", tr("supports", "Số &giấy chứng nhận"))
        self.cert_body = self.line("cert_body", tr("supports", "Tổ chức chứng nhận"))
        self.cert_issued = self.date_line("cert_issued", tr("supports", "Ngày cấp"))
        self.cert_expires = self.date_line("cert_expires", tr("supports", "Ngày hết hạn"))
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(56)
        self.add_field("note", tr("supports", "Ghi &chú"), self.note, align_top=True)

        self.types = CheckList(self, "typeList")
        self.types.set_choices([(None, [(c, tr("labels", label)) for c, label in SUPPORT_TYPE_LABELS.items()])],
                               record.get("types") or [])
        self.types.setMinimumHeight(self.types.sizeHintForRow(0) * len(SUPPORT_TYPE_LABELS) + 6)
        self.add_field("types", tr("supports", "&Loại hỗ trợ"), self.types, col=1, above=True)
        # The tools: a wide, searchable list by group, whole names (wrapped, never cut).
        self.tools = SearchableCheckList(self, "toolList")
        self.tools.set_choices(tool_groups(catalogues.tools, set(record.get("tools") or [])), record.get("tools") or [])
        self.tools.setMinimumSize(380, 300)
        self.add_field("tools", tr("supports", "C&ông cụ"), self.tools, col=1, above=True)
        # The tool list takes the rest of the column's height, so the fields on the left keep their
        # own height instead of being spread to the tall list's rows.
        last = max(self._rows)
        tools_row = self._rows[1] - 2
        if last > tools_row + 1:
            error = self.errors["tools"]
            self.grid.removeWidget(self.tools)
            self.grid.removeWidget(error)
            self.grid.addWidget(self.tools, tools_row, 2, last - tools_row, 2)
            self.grid.addWidget(error, last, 2, 1, 2)
            self._rows[1] = last + 1
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(3, 3)
        self.types.changed.connect(self._types_changed)

        if record.get("enterprise"):
            self.picker.set_enterprise(record["enterprise"], record.get("enterprise_label", ""))
        self.project.setCurrentIndex(max(self.project.findData(record.get("project")), 0))
        self.start.setText(fmt_date(record.get("start_date")))
        self.end.setText(fmt_date(record.get("end_date")))
        self.status_box.setCurrentIndex(max(self.status_box.findData(record.get("status")), 0))
        for edit, key in ((self.f_state, "funding_state"), (self.f_ent, "funding_enterprise"),
                          (self.f_other, "funding_other")):
            edit.setText(edit_number(record.get(key)))
        self.cert_number.setText(record.get("cert_number") or "")
        self.cert_body.setText(record.get("cert_body") or "")
        self.cert_issued.setText(fmt_date(record.get("cert_issued")))
        self.cert_expires.setText(fmt_date(record.get("cert_expires")))
        self.note.setPlainText(record.get("note") or "")
        self._types_changed()
        self.resize(1240, 720)

    def certification(self) -> bool:
        return "certification" in self.types.checked()

    def _types_changed(self) -> None:
        on = self.certification()
        self.cert_title.setVisible(on)
        for name in CERT_FIELDS:
            self.set_field_visible(name, on)

    def values(self) -> dict:
        cert = self.certification()
        out = {
            "enterprise": self.picker.enterprise_id, "project": self.project.currentData() or "",
            "types": self.types.checked(), "tools": self.tools.checked(),
            "start_date": self.start.text(), "end_date": self.end.text(), "status": self.status_box.currentData(),
            "funding_state": self.f_state.text(), "funding_enterprise": self.f_ent.text(),
            "funding_other": self.f_other.text(), "note": self.note.toPlainText(),
        }
        for name in CERT_FIELDS:
            out[name] = getattr(self, name).text() if cert else ""
        return out

    def op(self):
        return data.save_support(self.support_id, self.values())


class ToolDialog(FormDialog):
    """Add a tool to the catalogue, or rename one (``tool`` given)."""

    def __init__(self, parent: QWidget, ctx, tool=None):
        from nsdesk.services.pilots.tools import TOOL_CATEGORY_LABELS

        super().__init__(parent, ctx, tr("supports", "Đổi tên công cụ") if tool else
                         tr("supports", "Thêm công cụ vào danh mục"), "toolDialog")
        self.tool = tool
        self.code = self.line("code", tr("supports", "&Mã công cụ"), tr("supports", "ví dụ KAIZEN-2"), 200)
        self.name = self.line("name", tr("supports", "&Tên công cụ"))
        self.category = QComboBox(self)
        for code, label in TOOL_CATEGORY_LABELS.items():
            self.category.addItem(tr("labels", label), code)
        self.add_field("category", tr("supports", "&Nhóm"), self.category)
        if tool is not None:
            self.code.setText(tool.code)
            self.code.setReadOnly(True)
            self.name.setText(tool.name)
            self.category.setCurrentIndex(max(self.category.findData(tool.category), 0))
            self.category.setEnabled(False)
        self.resize(560, 220)

    def op(self):
        if self.tool is not None:
            return data.rename_tool(self.tool.code, self.name.text())
        return data.add_tool({"code": self.code.text(), "name": self.name.text(),
                              "category": self.category.currentData()})


__all__ = ["SupportDialog", "ToolDialog", "tool_groups"]
