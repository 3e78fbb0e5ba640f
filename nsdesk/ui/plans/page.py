"""Kế hoạch & chỉ tiêu: plans made from templates, their targets, tasks, activities and statistics.

Top: the plans (code, title, level, period, parent) and "Tạo từ mẫu…". Below, for the chosen plan:
targets (editable; double-click the achieved number for the list behind it), tasks (overdue in red,
due within 30 days in amber; dated progress notes), the activities register and yearly statistics.
Everything is read and written through ops; writes announce their changes, so this page and the
Tổng quan dashboard refresh.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, Refreshing
from nsdesk.ui.overview.data import default_plan
from nsdesk.ui.plans import data, dialogs
from nsdesk.ui.plans import format as fmt

tr = QCoreApplication.translate

WATCHED = ("plans", "targets", "tasks", "activities", "indicators", "supports", "enterprises", "projects")
ACHIEVED_COLUMN = 5


MAX_ROW_HEIGHT = 96  # long texts wrap up to about four lines; the tooltip holds the rest


def make_table(parent: QWidget, headers: list[str], stretch: tuple[int, ...], name: str,
               widths: dict[int, int] | None = None) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    header = table.horizontalHeader()
    widths = widths or {}
    for col in range(len(headers)):
        if col in stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        elif col in widths:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, widths[col])
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table


def fit_rows(table: QTableWidget) -> None:
    table.resizeRowsToContents()
    for row in range(table.rowCount()):
        if table.rowHeight(row) > MAX_ROW_HEIGHT:
            table.setRowHeight(row, MAX_ROW_HEIGHT)


def put_row(table: QTableWidget, row: int, cells: list[str], *, tooltip: bool = True) -> list[QTableWidgetItem]:
    items = []
    for col, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if tooltip and len(text) > 25:
            item.setToolTip(text)
        table.setItem(row, col, item)
        items.append(item)
    return items


class PlansPage(Refreshing, QWidget):
    loaded = Signal()  # after the plan list and the chosen plan's details are shown

    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        self.plans: list[data.PlanRow] = []
        self.templates: list = []
        self.details: data.PlanDetails | None = None
        self.selected: str | None = None
        self._seq = 0
        self._filling = False
        self.dialog = None  # the dialog last opened (tests drive it)

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")
        self.create_button = QPushButton(tr("plans", "Tạo từ mẫu…"), self)
        self.create_button.setObjectName("createFromTemplate")
        self.create_button.clicked.connect(self.open_template_dialog)
        self.edit_plan_button = QPushButton(tr("plans", "Sửa kế hoạch…"), self)
        self.edit_plan_button.setObjectName("editPlan")
        self.edit_plan_button.clicked.connect(self.open_plan_dialog)
        self.delete_plan_button = QPushButton(tr("plans", "Xóa kế hoạch…"), self)
        self.delete_plan_button.setObjectName("deletePlan")
        self.delete_plan_button.clicked.connect(self.confirm_delete_plan)
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.edit_plan_button)
        head.addWidget(self.delete_plan_button)
        head.addWidget(self.create_button)

        self.plan_table = make_table(self, [tr("plans", "Mã"), tr("plans", "Tên kế hoạch"), tr("plans", "Cấp"),
                                            tr("plans", "Giai đoạn"), tr("plans", "Kế hoạch cấp trên")], (1,), "planTable")
        self.plan_table.itemSelectionChanged.connect(self._plan_selected)
        self.empty = QLabel(tr("plans", "Chưa có kế hoạch nào. Bấm «Tạo từ mẫu…» để tạo kế hoạch từ một trong các "
                                        "kế hoạch mẫu (Quyết định 36/QĐ-TTg, các tỉnh, phường Đăk Cấm…)."), self)
        self.empty.setWordWrap(True)

        self.header = QLabel(self)
        self.header.setObjectName("planHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._targets_tab(), tr("plans", "Chỉ tiêu"))
        self.tabs.addTab(self._tasks_tab(), tr("plans", "Nhiệm vụ"))
        self.tabs.addTab(self._activities_tab(), tr("plans", "Hoạt động"))
        self.tabs.addTab(self._indicators_tab(), tr("plans", "Số liệu thống kê"))
        details = QWidget(self)
        dl = QVBoxLayout(details)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.header)
        dl.addWidget(self.tabs, 1)
        self.details_widget = details

        top = QWidget(self)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.plan_table)
        tl.addWidget(self.empty)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(top)
        splitter.addWidget(details)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addWidget(splitter, 1)

        self.follow_changes(ctx, WATCHED)
        if ctx.database is not None:
            self.refresh()

    # --- tabs --------------------------------------------------------------------------------

    def _tab(self, table: QTableWidget, buttons: list[QPushButton], note: str | None = None) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        if note:
            hint = QLabel(note, tab)
            hint.setStyleSheet("color: #52606d;")
            row.addWidget(hint)
        layout.addLayout(row)
        layout.addWidget(table, 1)
        return tab

    def _targets_tab(self) -> QWidget:
        self.target_table = make_table(
            self, [tr("plans", "Mã"), tr("plans", "Chỉ tiêu"), tr("plans", "Loại"), tr("plans", "Mốc"),
                   tr("plans", "Yêu cầu"), tr("plans", "Đã đạt"), tr("plans", "Trạng thái"),
                   tr("plans", "Cách đếm, kỳ tính, góp phần")], (7,), "targetTable",
            {1: 230, 2: 95, 4: 110, 6: 120})
        self.target_table.cellDoubleClicked.connect(self._target_double_clicked)
        self.edit_target_button = QPushButton(tr("plans", "Sửa chỉ tiêu…"), self)
        self.edit_target_button.clicked.connect(lambda: self.open_target_dialog(self.target_table.currentRow()))
        self.members_button = QPushButton(tr("plans", "Danh sách tạo nên số đếm…"), self)
        self.members_button.clicked.connect(lambda: self.open_members(self.target_table.currentRow()))
        self.add_target_button = QPushButton(tr("plans", "Thêm chỉ tiêu…"), self)
        self.add_target_button.setObjectName("addTarget")
        self.add_target_button.clicked.connect(self.open_new_target_dialog)
        return self._tab(self.target_table, [self.edit_target_button, self.members_button, self.add_target_button],
                         tr("plans", "Nhấp đúp vào số «Đã đạt» để xem danh sách."))

    def _tasks_tab(self) -> QWidget:
        self.task_table = make_table(
            self, [tr("plans", "Số"), tr("plans", "Nội dung"), tr("plans", "Chủ trì"), tr("plans", "Phối hợp"),
                   tr("plans", "Thời gian"), tr("plans", "Trạng thái"), tr("plans", "Ghi nhận gần nhất")],
            (1,), "taskTable", {2: 170, 3: 170, 4: 130, 5: 120, 6: 220})
        self.task_table.cellDoubleClicked.connect(lambda r, _c: self.open_note_dialog(r))
        self.note_button = QPushButton(tr("plans", "Ghi nhận tiến độ…"), self)
        self.note_button.clicked.connect(lambda: self.open_note_dialog(self.task_table.currentRow()))
        return self._tab(self.task_table, [self.note_button],
                         tr("plans", "Đỏ: quá hạn; vàng: đến hạn trong 30 ngày."))

    def _activities_tab(self) -> QWidget:
        self.activity_table = make_table(
            self, [tr("plans", "Loại"), tr("plans", "Tên hoạt động"), tr("plans", "Ngày"), tr("plans", "Đơn vị chủ trì"),
                   tr("plans", "Số lượng"), tr("plans", "Xã/phường"), tr("plans", "Kế hoạch")], (1,), "activityTable",
            {3: 220})
        self.activity_table.cellDoubleClicked.connect(lambda r, _c: self.open_activity_dialog(r))
        add = QPushButton(tr("plans", "Thêm hoạt động…"), self)
        add.setObjectName("addActivity")
        add.clicked.connect(lambda: self.open_activity_dialog(None))
        edit = QPushButton(tr("plans", "Sửa…"), self)
        edit.clicked.connect(lambda: self.open_activity_dialog(self.activity_table.currentRow()))
        return self._tab(self.activity_table, [add, edit])

    def _indicators_tab(self) -> QWidget:
        self.indicator_table = make_table(
            self, [tr("plans", "Chỉ số"), tr("plans", "Địa bàn"), tr("plans", "Năm"), tr("plans", "Giá trị"),
                   tr("plans", "Nguồn")], (4,), "indicatorTable", {0: 330})
        add = QPushButton(tr("plans", "Nhập số liệu…"), self)
        add.setObjectName("addIndicator")
        add.clicked.connect(self.open_indicator_dialog)
        return self._tab(self.indicator_table, [add],
                         tr("plans", "Số liệu của tỉnh: kế hoạch cấp xã, phường «góp phần» vào số liệu này."))

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        self._seq += 1
        seq = self._seq

        def fn(session, p, c):
            from nsdesk.services.plans.plans import list_templates

            return data.load_plans()(session, p, c), list_templates()

        Op(self, fn).success(lambda result: self._show_plans(seq, *result)).run()

    def _show_plans(self, seq: int, plans: list[data.PlanRow], templates: list) -> None:
        if seq != self._seq:
            return
        self.plans, self.templates = plans, templates
        codes = [p.code for p in plans]
        if self.selected not in codes:
            self.selected = default_plan(plans, self.ctx.office)  # the office's plan, else the first
        self._filling = True
        try:
            table = self.plan_table
            table.setRowCount(len(plans))
            for r, p in enumerate(plans):
                put_row(table, r, [p.code, p.title, fmt.label(fmt.LEVELS, p.level), f"{p.start_year}–{p.end_year}",
                                   p.parent_code or "—"])
            fit_rows(table)
            if self.selected is not None:
                table.selectRow(codes.index(self.selected))
        finally:
            self._filling = False
        self.empty.setVisible(not plans)
        self.details_widget.setVisible(bool(plans))
        for b in (self.edit_plan_button, self.delete_plan_button):
            b.setEnabled(bool(plans))
        self.load_details()

    def _plan_selected(self) -> None:
        if self._filling:
            return
        row = self.plan_table.currentRow()
        if 0 <= row < len(self.plans) and self.plans[row].code != self.selected:
            self.selected = self.plans[row].code
            self.load_details()

    def select_plan(self, code: str) -> None:
        codes = [p.code for p in self.plans]
        if code in codes:
            self.plan_table.selectRow(codes.index(code))

    def load_details(self) -> None:
        self._seq += 1
        seq = self._seq
        if self.selected is None:
            self.details = None
            self.loaded.emit()
            return
        Op(self, data.load_details(self.selected, date.today())).success(lambda d: self._show_details(seq, d)).run()

    def _show_details(self, seq: int, details: data.PlanDetails) -> None:
        if seq != self._seq:
            return
        self.details = details
        p = details.plan
        doc = ", ".join(x for x in (p.doc_number, fmt.day(p.doc_date)) if x)
        parts = [f"<b>{p.code}</b> — {p.title}",
                 " · ".join(x for x in (p.issuer, doc, p.territory_name,
                                        tr("plans", "giai đoạn {a}–{b}").format(a=p.start_year, b=p.end_year)) if x)]
        self.header.setText("<br>".join(parts))
        self._fill_targets(details)
        if not details.targets:
            self.header.setText(self.header.text() + "<br><i>" + tr(
                "plans", "Kế hoạch này chưa có chỉ tiêu (mẫu không ghi số liệu); bấm «Thêm chỉ tiêu…» để nhập.") + "</i>")
        self._fill_tasks(details)
        self._fill_activities(details)
        self._fill_indicators(details)
        self.loaded.emit()

    def _fill_targets(self, details: data.PlanDetails) -> None:
        from nsdesk.services.plans.progress import status_label

        table = self.target_table
        table.setRowCount(len(details.targets))
        for r, t in enumerate(details.targets):
            status = status_label(t.status) + (" — " + tr("plans", "vượt chỉ tiêu") if t.exceeded else "")
            window = tr("plans", "Kỳ tính: {a} – {b}.").format(a=fmt.day(t.window_start), b=fmt.day(t.window_end))
            how = " ".join(x for x in (
                window,
                (tr("plans", "Góp phần: {note}").format(note=t.contributes_note or "") if t.contributes else ""),
                t.rule_text or "",
            ) if x)
            items = put_row(table, r, [
                t.code, t.title, fmt.label(fmt.KINDS, t.kind), str(t.milestone),
                fmt.required_text(t.comparator, t.min, t.max, t.tolerance, t.unit, t.bound),
                fmt.number(t.achieved), status, how,
            ])
            items[6].setForeground(QBrush(QColor(fmt.STATUS_TEXT.get(t.status, fmt.STATUS_TEXT["no_data"]))))
            items[ACHIEVED_COLUMN].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            items[ACHIEVED_COLUMN].setToolTip(tr("plans", "Nhấp đúp để xem danh sách tạo nên số đếm"))
        fit_rows(table)

    def _fill_tasks(self, details: data.PlanDetails) -> None:
        from nsdesk.services.plans.tasks import status_label

        table = self.task_table
        table.setRowCount(len(details.tasks))
        soon = details.as_of + timedelta(days=fmt.DUE_SOON_DAYS)
        bold = QFont()
        bold.setBold(True)
        for r, t in enumerate(details.tasks):
            note = f"{fmt.day(t.last_note_on)}: {t.last_note}" if t.last_note else ""
            frame = t.time_frame or ""
            if t.overdue:
                frame += "  " + tr("plans", "(quá hạn)")
            section = not t.lead_unit and not t.time_frame  # a heading row (I, II.1 …)
            items = put_row(table, r, [t.number, t.content, t.lead_unit or "", t.partner_units or "", frame,
                                       "" if section else status_label(t.status), note])
            due_soon = (not t.overdue and t.due_date is not None and t.status not in ("done", "cancelled")
                        and details.as_of <= t.due_date <= soon)
            for item in items:
                if t.overdue:
                    item.setBackground(QBrush(QColor(fmt.OVERDUE_COLOUR)))
                    item.setForeground(QBrush(QColor("#8a1c1c")))
                elif due_soon:
                    item.setBackground(QBrush(QColor(fmt.DUE_SOON_COLOUR)))
                if section:
                    item.setFont(bold)
            items[0].setData(Qt.ItemDataRole.UserRole, "overdue" if t.overdue else "due_soon" if due_soon else "")
        fit_rows(table)

    def _fill_activities(self, details: data.PlanDetails) -> None:
        from nsdesk.services.plans.activities import kind_label

        table = self.activity_table
        table.setRowCount(len(details.activities))
        for r, a in enumerate(details.activities):
            put_row(table, r, [kind_label(a.kind), a.title, fmt.day(a.held_on), a.unit_in_charge or "",
                               fmt.number(a.quantity) if a.quantity is not None else "",
                               a.commune_name or a.commune_code or "", a.plan_code or ""])
        fit_rows(table)

    def _fill_indicators(self, details: data.PlanDetails) -> None:
        from nsdesk.services.plans.indicators import indicator_label

        table = self.indicator_table
        table.setRowCount(len(details.indicators))
        for r, v in enumerate(details.indicators):
            put_row(table, r, [indicator_label(v.indicator), v.territory_name or v.territory_code or "", str(v.year),
                               fmt.number(v.value), v.source or ""])
        fit_rows(table)

    # --- actions -----------------------------------------------------------------------------

    def _open(self, dialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_template_dialog(self) -> None:
        dlg = dialogs.TemplateDialog(self, self.templates, [p.code for p in self.plans])
        dlg.saved.connect(lambda saved: setattr(self, "selected", saved.value))
        self._open(dlg)

    def _selected_plan(self) -> data.PlanRow | None:
        return next((p for p in self.plans if p.code == self.selected), None)

    def open_plan_dialog(self) -> None:
        plan = self._selected_plan()
        if plan is None:
            return
        dlg = dialogs.PlanDialog(self, plan)
        dlg.saved.connect(lambda saved: setattr(self, "selected", saved.value))
        self._open(dlg)

    def confirm_delete_plan(self) -> None:
        """Say what deleting the chosen plan removes and what stays, then delete it if confirmed."""
        plan = self._selected_plan()
        if plan is not None:
            Op(self, data.plan_usage(plan.code)).success(self._ask_delete_plan).run()

    def _ask_delete_plan(self, usage) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("plans", "Xóa kế hoạch"),
                          tr("plans", "Xóa kế hoạch «{code}» cùng {targets} chỉ tiêu và {tasks} nhiệm vụ của nó? "
                                      "Thao tác không hoàn tác được.").format(
                              code=usage.code, targets=usage.targets, tasks=usage.tasks), QMessageBox.StandardButton.NoButton,
                          self)
        box.setObjectName("deletePlanBox")
        info = tr("plans", "Doanh nghiệp, lượt hỗ trợ và chỉ số đo không bị xóa.")
        if usage.linked:
            info += " " + tr("plans", "Kế hoạch đang được dùng: {projects} dự án điểm, {activities} hoạt động và "
                                      "{children} kế hoạch cấp dưới gắn với nó sẽ được giữ lại nhưng không còn "
                                      "gắn với kế hoạch nào.").format(
                projects=usage.projects, activities=usage.activities, children=usage.child_plans)
        box.setInformativeText(info)
        yes = box.addButton(tr("plans", "Xóa kế hoạch"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmDeletePlan")
        keep = box.addButton(tr("plans", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: self._delete_plan(usage.code) if b is yes else None)
        self.dialog = box
        box.open()

    def _delete_plan(self, code: str) -> None:
        self.selected = None
        Op(self, data.delete_plan(code)).run()

    def _target(self, row: int) -> data.TargetRow | None:
        if self.details is None or not 0 <= row < len(self.details.targets):
            return None
        return self.details.targets[row]

    def _target_double_clicked(self, row: int, col: int) -> None:
        if col == ACHIEVED_COLUMN:
            self.open_members(row)
        else:
            self.open_target_dialog(row)

    def open_target_dialog(self, row: int) -> None:
        target = self._target(row)
        if target is not None:
            self._open(dialogs.TargetDialog(self, self.details.plan.code, target))

    def open_new_target_dialog(self) -> None:
        if self.details is not None:
            p = self.details.plan
            self._open(dialogs.NewTargetDialog(self, p.code, p.end_year))

    def open_members(self, row: int) -> None:
        target = self._target(row)
        if target is not None:
            self._open(dialogs.MembersDialog(self, self.details.plan.code, target, self.details.as_of))

    def open_note_dialog(self, row: int) -> None:
        if self.details is not None and 0 <= row < len(self.details.tasks):
            self._open(dialogs.NoteDialog(self, self.details.tasks[row]))

    def open_activity_dialog(self, row: int | None) -> None:
        if self.details is None:
            return
        activity = None
        if row is not None:
            if not 0 <= row < len(self.details.activities):
                return
            activity = self.details.activities[row]
        commune = getattr(self.ctx.office, "commune_name", None)
        self._open(dialogs.ActivityDialog(self, self.details.plan.code, activity, commune))

    def open_indicator_dialog(self) -> None:
        territory = self.details.province_code if self.details else None
        self._open(dialogs.IndicatorDialog(self, territory))


def make(ctx, parent, spec) -> PlansPage:
    return PlansPage(ctx, parent, spec)
