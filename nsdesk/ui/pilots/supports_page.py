"""Hỗ trợ & công cụ: every lượt hỗ trợ (one row per enterprise supported once) with filters and a
form, and the tool catalogue grouped by category (add, rename, retire; delete only when unused).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Op, Refreshing
from nsdesk.ui.pilots import data
from nsdesk.ui.pilots.filter_bar import ListFilterBar
from nsdesk.ui.pilots.support_dialogs import SupportDialog, ToolDialog
from nsdesk.ui.pilots.widgets import (
    AMBER,
    GREY,
    RED,
    button,
    cell,
    fill_table,
    fmt_date,
    make_table,
    select_key,
    selected_key,
)

tr = QCoreApplication.translate

WATCHED = ("supports", "tools", "projects", "enterprises", "measurements")


def cert_cell(expires: date | None, state: str | None, today: date) -> str:
    if expires is None:
        return ""
    if state == "expired":
        return tr("supports", "{d} (đã hết hạn)").format(d=fmt_date(expires))
    if state == "expiring":
        return tr("supports", "⚠ {d} (còn {n} ngày)").format(d=fmt_date(expires), n=(expires - today).days)
    return fmt_date(expires)


def _load_all(status, tool, project, where: data.ListFilter | None = None):
    load = data.load_supports(status, tool, project, where)
    cats = data.load_catalogues()

    def fn(session, p, c):
        return cats(session, p, c), load(session, p, c)

    return fn


class SupportsPage(Refreshing, QWidget):
    loaded = Signal()

    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        self.catalogues: data.Catalogues | None = None
        self.rows: list = []
        self.dialog: QDialog | None = None
        self._want = None
        self.today = date.today()

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._supports_tab(), tr("supports", "Lượt hỗ trợ"))
        self.tabs.addTab(self._tools_tab(), tr("supports", "Danh mục công cụ"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(title)
        layout.addWidget(self.tabs, 1)

        self.follow_changes(ctx, WATCHED)
        if ctx.database is not None:
            self.refresh()

    # --- building -------------------------------------------------------------------------------

    def _combo(self, parent: QWidget, name: str) -> QComboBox:
        box = QComboBox(parent)
        box.setObjectName(name)
        box.setMinimumContentsLength(14)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.currentIndexChanged.connect(lambda _i: self.refresh() if not self._filling else None)
        return box

    def _supports_tab(self) -> QWidget:
        from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS

        tab = QWidget(self)
        self._filling = True
        self.f_status = self._combo(tab, "filterStatus")
        self.f_status.addItem(tr("supports", "Mọi trạng thái"), None)
        for code, label in SUPPORT_STATUS_LABELS.items():
            self.f_status.addItem(tr("labels", label), code)
        self.f_type = self._combo(tab, "filterType")
        self.f_type.addItem(tr("supports", "Mọi loại hỗ trợ"), None)
        for code, label in SUPPORT_TYPE_LABELS.items():
            self.f_type.addItem(tr("labels", label), code)
        self.f_tool = self._combo(tab, "filterTool")
        self.f_tool.addItem(tr("supports", "Mọi công cụ"), None)
        self.f_project = self._combo(tab, "filterProject")
        self.f_project.addItem(tr("supports", "Mọi dự án"), None)
        self._filling = False
        self.narrow = ListFilterBar(tab, tr("supports", "Bắt đầu từ"))
        self.narrow.changed.connect(self.refresh)
        filters = QHBoxLayout()
        for label, box in ((tr("supports", "Trạng thái:"), self.f_status), (tr("supports", "Loại:"), self.f_type),
                           (tr("supports", "Công cụ:"), self.f_tool), (tr("supports", "Dự án:"), self.f_project)):
            lab = QLabel(label, tab)
            lab.setBuddy(box)
            filters.addWidget(lab)
            filters.addWidget(box, 1)
        self.add_button = button(tab, tr("supports", "Thêm lượt hỗ trợ…"), "addSupport", self.add_support)
        self.edit_button = button(tab, tr("supports", "Sửa…"), "editSupport", self.edit_support)
        self.delete_button = button(tab, tr("supports", "Xóa…"), "deleteSupport", self.confirm_delete)
        self.import_button = button(tab, tr("supports", "Nhập từ Excel…"), "importSupports",
                                    lambda: self.open_import("supports"))
        actions = QHBoxLayout()
        self.count = QLabel(tab)
        self.count.setObjectName("supportCount")
        actions.addWidget(self.count, 1)
        for b in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            actions.addWidget(b)
        self.table = make_table(tab, [tr("supports", t) for t in (
            "Doanh nghiệp", "Mã số thuế", "Dự án", "Loại hỗ trợ", "Công cụ", "Trạng thái", "Bắt đầu", "Kết thúc",
            "Số GCN", "Hết hạn GCN")], "supportTable")
        self.table.doubleClicked.connect(lambda _i: self.edit_support())
        self.table.itemSelectionChanged.connect(self._support_selected)
        self.empty_hint = QLabel(tab)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #444444; padding: 8px;")
        self.empty_hint.hide()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.narrow)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self._support_selected()
        return tab

    def _tools_tab(self) -> QWidget:
        tab = QWidget(self)
        self.tool_tree = QTreeWidget(tab)
        self.tool_tree.setObjectName("toolTree")
        self.tool_tree.setHeaderLabels([tr("supports", t) for t in ("Công cụ", "Mã", "Số lượt dùng", "Trạng thái")])
        self.tool_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tool_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tool_tree.header().setStretchLastSection(False)
        self.tool_tree.itemSelectionChanged.connect(self._tool_selected)
        self.add_tool_button = button(tab, tr("supports", "Thêm công cụ…"), "addTool", self.add_tool)
        self.rename_button = button(tab, tr("supports", "Đổi tên…"), "renameTool", self.rename_tool)
        self.retire_button = button(tab, tr("supports", "Ngừng sử dụng"), "retireTool", self.toggle_retired)
        self.delete_tool_button = button(tab, tr("supports", "Xóa…"), "deleteTool", self.confirm_delete_tool)
        bar = QHBoxLayout()
        hint = QLabel(tr("supports", "Công cụ ngừng sử dụng không còn được chọn cho lượt hỗ trợ mới nhưng vẫn giữ trên "
                                     "các lượt cũ. Chỉ xóa được công cụ chưa dùng ở lượt nào."), tab)
        hint.setWordWrap(True)
        bar.addWidget(hint, 1)
        for b in (self.add_tool_button, self.rename_button, self.retire_button, self.delete_tool_button):
            bar.addWidget(b)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.tool_tree, 1)
        self._tool_selected()
        return tab

    # --- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.ctx.database is None:
            return
        Op(self, _load_all(self.f_status.currentData(), self.f_tool.currentData(), self.f_project.currentData(),
                           self.narrow.value()), ctx=self.ctx).success(self._show).run()

    def _refill(self, box: QComboBox, choices: list[tuple[str, str]]) -> None:
        keep = box.currentData()
        while box.count() > 1:
            box.removeItem(1)
        for key, label in choices:
            box.addItem(label, key)
        box.setCurrentIndex(max(box.findData(keep), 0))

    def _show(self, result) -> None:
        from nsdesk.services.common.counting import is_live
        from nsdesk.services.pilots.supports import certificate_state, status_label, type_label

        cats, rows = result
        self.catalogues = cats
        self._filling = True
        self._refill(self.f_tool, [(t.code, t.name + (" " + tr("supports", "(ngừng)") if t.retired else ""))
                                   for t in cats.tools])
        self._refill(self.f_project, [(p.key, p.label) for p in cats.projects])
        self.narrow.set_communes(cats.communes)
        self._filling = False
        kind = self.f_type.currentData()
        if kind:
            rows = [r for r in rows if kind in r.types]
        self.rows = rows
        names = {t.code: t.name for t in cats.tools}
        keep = self._want or selected_key(self.table)
        self._want = None
        cells, states = [], []
        for r in rows:
            state = certificate_state(r.cert_expires, self.today) if r.cert_number and is_live(r.status) else None
            states.append(state)
            cells.append([r.enterprise_name, r.tax_code or "", r.project_code or "",
                          "; ".join(type_label(t) for t in r.types), ", ".join(names.get(t, t) for t in r.tools),
                          status_label(r.status), fmt_date(r.start), fmt_date(r.end), r.cert_number or "",
                          cert_cell(r.cert_expires, state, self.today)])
        self.table.blockSignals(True)
        fill_table(self.table, cells, [r.id for r in rows])
        for i, (r, state) in enumerate(zip(rows, states)):
            if not is_live(r.status):
                for c in range(self.table.columnCount()):
                    cell(self.table, i, c).setForeground(QBrush(GREY))
            if state in ("expiring", "expired"):
                for c in (8, 9):
                    cell(self.table, i, c).setBackground(QBrush(AMBER if state == "expiring" else RED))
                    cell(self.table, i, c).setToolTip(tr("supports", "Giấy chứng nhận hết hạn trong vòng 90 ngày")
                                                     if state == "expiring" else
                                                     tr("supports", "Giấy chứng nhận đã hết hạn"))
        self.table.blockSignals(False)
        if keep is not None:
            select_key(self.table, keep)
        expiring = sum(1 for s in states if s == "expiring")
        enterprises = len({r.enterprise_id for r in rows})
        text = tr("supports", "{n} lượt hỗ trợ · {e} doanh nghiệp").format(n=len(rows), e=enterprises)
        if expiring:
            text += " · " + tr("supports", "<span style='color:#8a5a00'>⚠ {k} giấy chứng nhận hết hạn trong 90 ngày"
                                           "</span>").format(k=expiring)
        self.count.setText(text)
        filtered = self.narrow.active() or any(b.currentData() is not None for b in (
            self.f_status, self.f_type, self.f_tool, self.f_project))
        self.empty_hint.setText(
            tr("supports", "Không có lượt hỗ trợ nào khớp bộ lọc. Xóa ô tìm kiếm, khoảng ngày hoặc chọn lại «Mọi …» "
                           "ở các bộ lọc.") if filtered else
            tr("supports", "Chưa có lượt hỗ trợ nào. Bấm «Thêm lượt hỗ trợ…» để ghi lần hỗ trợ đầu tiên cho một "
                           "doanh nghiệp trong sổ (chưa có doanh nghiệp: thêm ở trang Doanh nghiệp, Ctrl+2)."))
        self.empty_hint.setVisible(not rows)
        self._support_selected()
        self._show_tools(cats.tools)
        self.loaded.emit()

    def _show_tools(self, tools: list) -> None:
        keep = self.selected_tool()
        keep_code = keep.code if keep else None
        self.tool_tree.blockSignals(True)
        self.tool_tree.clear()
        heads: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tool_tree.font())
        bold.setBold(True)
        for t in tools:
            head = heads.get(t.category)
            if head is None:
                head = heads[t.category] = QTreeWidgetItem(self.tool_tree, [t.category_label])
                head.setFont(0, bold)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                head.setFirstColumnSpanned(True)
            item = QTreeWidgetItem(head, [t.name, t.code, str(t.used_by),
                                          tr("supports", "Ngừng sử dụng") if t.retired else tr("supports", "Đang dùng")])
            item.setData(0, Qt.ItemDataRole.UserRole, t)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if t.retired:
                for c in range(4):
                    item.setForeground(c, QBrush(GREY))
            if t.code == keep_code:
                item.setSelected(True)
        self.tool_tree.expandAll()
        for c in (1, 2, 3):
            self.tool_tree.resizeColumnToContents(c)
        self.tool_tree.blockSignals(False)
        self._tool_selected()

    # --- supports -------------------------------------------------------------------------------

    def _support_selected(self) -> None:
        on = selected_key(self.table) is not None
        self.edit_button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def _with_catalogues(self, then) -> None:
        Op(self, data.load_catalogues(), ctx=self.ctx).success(then).run()

    def open_import(self, kind: str) -> None:
        """The Excel import wizard for lượt (or measurements)."""
        from nsdesk.ui.register.import_wizard import open_import_wizard

        if self.ctx.database is not None:
            open_import_wizard(self, self.ctx, kind)

    def add_support(self) -> None:
        self._with_catalogues(lambda cats: self._open_support(cats, None, None))

    def edit_support(self) -> None:
        sid = selected_key(self.table)
        if sid is None:
            return
        load = data.load_support(sid)
        cats = data.load_catalogues()
        Op(self, lambda s, p, c: (cats(s, p, c), load(s, p, c)), ctx=self.ctx).success(
            lambda res: self._open_support(res[0], sid, res[1])).run()

    def _open_support(self, cats, sid, record) -> None:
        dlg = SupportDialog(self, self.ctx, cats, sid, record)
        dlg.saved.connect(lambda saved: setattr(self, "_want", saved.value))
        self.dialog = dlg
        dlg.open()

    def confirm_delete(self) -> None:
        sid = selected_key(self.table)
        if sid is None:
            return
        box = QMessageBox(QMessageBox.Icon.Warning, tr("supports", "Xóa lượt hỗ trợ"),
                          tr("supports", "Xóa lượt hỗ trợ này (nhập nhầm)? Nếu lượt hỗ trợ đã diễn ra nhưng dừng lại, "
                                         "hãy chuyển trạng thái sang «Đã hủy» thay vì xóa."),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("deleteSupportBox")
        yes = box.addButton(tr("supports", "Xóa"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("supports", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: Op(self, data.delete_support(sid), ctx=self.ctx).run() if b is yes else None)
        box.open()

    # --- tools ----------------------------------------------------------------------------------

    def selected_tool(self):
        items = self.tool_tree.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _tool_selected(self) -> None:
        t = self.selected_tool()
        for b in (self.rename_button, self.retire_button, self.delete_tool_button):
            b.setEnabled(t is not None)
        self.retire_button.setText(tr("supports", "Dùng lại") if t is not None and t.retired
                                   else tr("supports", "Ngừng sử dụng"))

    def add_tool(self) -> None:
        self.dialog = ToolDialog(self, self.ctx)
        self.dialog.open()

    def rename_tool(self) -> None:
        t = self.selected_tool()
        if t is not None:
            self.dialog = ToolDialog(self, self.ctx, t)
            self.dialog.open()

    def toggle_retired(self) -> None:
        t = self.selected_tool()
        if t is not None:
            Op(self, data.retire_tool(t.code, not t.retired), ctx=self.ctx).run()

    def confirm_delete_tool(self) -> None:
        t = self.selected_tool()
        if t is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, tr("supports", "Xóa công cụ"),
                          tr("supports", "Xóa công cụ «{name}» khỏi danh mục?").format(name=t.name),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("deleteToolBox")
        yes = box.addButton(tr("supports", "Xóa"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(tr("supports", "Không xóa"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda b: Op(self, data.delete_tool(t.code), ctx=self.ctx).run() if b is yes else None)
        box.open()


def make(ctx, parent, spec) -> SupportsPage:
    return SupportsPage(ctx, parent, spec)
