"""Dự án điểm: the pilot projects, a create/edit/archive form, and each project's participants
(enterprises with their lượt, tools, statuses and improvement figures).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, Refreshing
from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.project_dialogs import ProjectDialog
from nsdesk.ui.pilots.widgets import (
    GREY,
    button,
    fill_table,
    fmt_date,
    fmt_number,
    fmt_pct,
    make_table,
    paint_row,
    select_key,
    selected_key,
)

tr = QCoreApplication.translate

WATCHED = ("projects", "supports", "measurements", "enterprises", "tools", "plans")
HEADLINE_METRIC = "labour_productivity"


class PilotsPage(Refreshing, QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        self.lines: list[data.ProjectLine] = []
        self.record: dict | None = None
        self.participants: list = []
        self.metric_names: dict[str, str] = {}
        self.dialog: ProjectDialog | None = None
        self._want: str | None = None

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")
        self.add_button = button(self, tr("pilots", "Thêm dự án…"), "addProject", lambda: self.open_dialog(False))
        self.edit_button = button(self, tr("pilots", "Sửa…"), "editProject", lambda: self.open_dialog(True))
        self.archive_button = button(self, tr("pilots", "Lưu trữ"), "archiveProject", self.toggle_archive)
        self.show_archived = QCheckBox(tr("pilots", "Hiện cả dự án đã lưu trữ"), self)
        self.show_archived.setObjectName("showArchived")
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.show_archived)
        for b in (self.add_button, self.edit_button, self.archive_button):
            head.addWidget(b)

        self.table = make_table(self, [tr("pilots", t) for t in (
            "Mã", "Tên dự án", "Kế hoạch", "Đơn vị chủ trì", "Trạng thái", "Bắt đầu", "Kết thúc",
            "Kinh phí (triệu đồng)", "Số doanh nghiệp", "Số lượt")], "projectTable")
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self.open_dialog(True))
        self.empty = QLabel(tr("pilots", "Chưa có dự án điểm nào. Bấm «Thêm dự án…» để tạo dự án đầu tiên."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.header = QLabel(self)
        self.header.setObjectName("projectHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.people = make_table(self, [tr("pilots", t) for t in (
            "Mã số thuế", "Doanh nghiệp", "Số lượt", "Công cụ", "Trạng thái", "Cải thiện năng suất lao động",
            "Cải thiện các chỉ tiêu khác")], "participantTable")

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table)
        tl.addWidget(self.empty)
        bottom = QWidget(self)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.addWidget(self.header)
        bl.addWidget(self.people, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)
        self._buttons_for(None)

        self.follow_changes(ctx, WATCHED)
        if ctx.database is not None:
            self.refresh()

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, data.load_projects(self.show_archived.isChecked()), ctx=self.ctx).success(self._show).run()

    def _show(self, lines: list[data.ProjectLine]) -> None:
        from nsdesk.services.pilots.projects import status_label

        keep = self._want or selected_key(self.table)
        self._want = None
        self.lines = lines
        rows = []
        for ln in lines:
            r = ln.row
            rows.append([r.code, r.name, ln.plan_code or "", ln.lead_unit or "", status_label(r.status),
                         fmt_date(r.start_date), fmt_date(r.end_date), fmt_number(r.funding_total),
                         str(r.enterprises), str(r.supports)])
        self.table.blockSignals(True)
        fill_table(self.table, rows, [ln.row.code for ln in lines], right=(7, 8, 9))
        for i, ln in enumerate(lines):
            if ln.row.archived:
                paint_row(self.table, i, fg=GREY, tooltip=tr("pilots", "Dự án đã lưu trữ"))
        self.table.blockSignals(False)
        self.empty.setVisible(not lines)
        self.table.setVisible(bool(lines))
        if not (keep and select_key(self.table, keep)) and lines:
            self.table.selectRow(0)
        self._selected()

    def _selected(self) -> None:
        code = selected_key(self.table)
        if code is None:
            self.record, self.participants = None, []
            self.header.setText("")
            fill_table(self.people, [])
            self._buttons_for(None)
            self.loaded.emit()
            return
        Op(self, _project_and_metrics(code), ctx=self.ctx).success(self._show_project).run()

    def _show_project(self, result) -> None:
        record, participants, names, tool_names = result
        if record.get("code") != selected_key(self.table):
            return
        from nsdesk.services.pilots.projects import status_label

        self.record, self.participants, self.metric_names = record, participants, names
        funding = [(tr("pilots", "NSNN"), record.get("funding_state")),
                   (tr("pilots", "DN"), record.get("funding_enterprise")),
                   (tr("pilots", "khác"), record.get("funding_other"))]
        parts = [f"<b>{record['code']} — {record['name']}</b> ({status_label(record['status'])})"]
        if record.get("archived"):
            parts[0] += " — " + tr("pilots", "đã lưu trữ")
        info = []
        if record.get("lead_unit"):
            info.append(tr("pilots", "Chủ trì: {v}").format(v=record["lead_unit"]))
        if record.get("partner_units"):
            info.append(tr("pilots", "Phối hợp: {v}").format(v=record["partner_units"]))
        if record.get("provider"):
            info.append(tr("pilots", "Tư vấn: {v}").format(v=record["provider"]))
        info.append(tr("pilots", "Kinh phí (triệu đồng): {v}").format(
            v="; ".join(f"{k} {fmt_number(v or 0)}" for k, v in funding)))
        if record.get("evidence_paths"):
            info.append(tr("pilots", "{n} tài liệu minh chứng").format(n=len(record["evidence_paths"])))
        parts.append(" · ".join(info))
        if record.get("description"):
            parts.append(record["description"])
        parts.append(tr("pilots", "<b>Doanh nghiệp tham gia: {n}</b>").format(n=len(participants)))
        self.header.setText("<br>".join(parts))
        rows = []
        for p in participants:
            head = p.improvements.get(HEADLINE_METRIC)
            others = [f"{names.get(code, code)}: {fmt_pct(v)}" for code, v in p.improvements.items()
                      if code != HEADLINE_METRIC and v is not None]
            rows.append([p.tax_code or "", p.name, str(p.supports), ", ".join(tool_names.get(t, t) for t in p.tools),
                         ", ".join(
                _status_labels(p.statuses)), fmt_pct(head) if head is not None else "—", "; ".join(others)])
        fill_table(self.people, rows, [p.enterprise_uuid for p in participants], right=(2, 5))
        self._buttons_for(record)
        self.loaded.emit()

    def _buttons_for(self, record: dict | None) -> None:
        self.edit_button.setEnabled(record is not None)
        self.archive_button.setEnabled(record is not None)
        self.archive_button.setText(tr("pilots", "Khôi phục") if record and record.get("archived")
                                    else tr("pilots", "Lưu trữ"))

    # --- actions ----------------------------------------------------------------------------------

    def open_dialog(self, edit: bool) -> None:
        if edit and self.record is None:
            return
        record = dict(self.record) if edit and self.record is not None else None
        Op(self, data.load_catalogues(), ctx=self.ctx).success(lambda cat: self._open(cat, record)).run()

    def _open(self, catalogues, record) -> None:
        dlg = ProjectDialog(self, self.ctx, catalogues, record)
        dlg.saved.connect(lambda saved: setattr(self, "_want", saved.value))
        self.dialog = dlg
        dlg.open()

    def toggle_archive(self) -> None:
        if self.record is None:
            return
        code, archived = self.record["code"], not self.record.get("archived")
        if archived and not self.show_archived.isChecked():
            self._want = None
        else:
            self._want = code
        Op(self, data.archive_project(code, archived), ctx=self.ctx).run()


def _status_labels(codes: list[str]) -> list[str]:
    from nsdesk.services.pilots.supports import status_label

    return [status_label(c) for c in codes]


def _project_and_metrics(code: str):
    """The project, its participants, metric names and tool names (participants carry tool codes)."""
    load = data.load_project(code)

    def fn(session, p, c):
        record, participants = load(session, p, c)
        return record, participants, data.metric_names(session), data.tool_names(session)

    return fn


def make(ctx, parent, spec) -> PilotsPage:
    return PilotsPage(ctx, parent, spec)
