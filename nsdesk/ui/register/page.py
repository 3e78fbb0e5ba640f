"""Doanh nghiệp: the register — search as you type, filters, sortable lazy table, add/edit/archive, Excel."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nsdesk.ui.ops import Changes, Op
from nsdesk.ui.register.archive import confirm_archive
from nsdesk.ui.register.table import COLUMN_KEYS, SIZE_LABELS, EnterpriseTableModel

tr = QCoreApplication.translate

SEARCH_DEBOUNCE_MS = 150
_PILOT_CHOICES = ((None, "Trong/ngoài dự án điểm"), (True, "Đang trong dự án điểm"),
                  (False, "Chưa tham gia dự án điểm"))
# Column widths in "average characters"; the name column takes what is left.
_COLUMN_CHARS = {"tax_code": 14, "kind": 13, "sector": 10, "commune": 15, "employees": 10, "size_class": 16,
                 "archived": 8}


@dataclass(frozen=True)
class Filters:
    """Reference lists for the filter boxes, loaded once per database."""

    sections: list[tuple[str, str]]  # (letter, name)
    sector_names: dict[str, str]  # code → name (sections and divisions)
    communes: list[tuple[str, str]]  # (code, name) of the office's province
    tools: list[tuple[int, str]]  # (id, name) of tools not retired


def load_filters(session, _progress, _cancelled) -> Filters:
    from nsdesk.services.common import admin_units
    from nsdesk.services.common.office import get_office
    from nsdesk.services.common.text import sort_key
    from nsdesk.services.pilots import tools
    from nsdesk.services.register import sectors

    office = get_office(session)
    found = sectors.list_sectors(session)
    communes = admin_units.communes(session, office.province_code) if office.province_code else []
    active = sorted(tools.list_tools(session, include_retired=False), key=lambda t: (sort_key(t.name), t.id))
    return Filters(
        sections=[(s.code, s.name) for s in found if s.level == "section"],
        sector_names={s.code: s.name for s in found},
        communes=[(u.code, u.name) for u in communes],
        tools=[(t.id, t.name) for t in active],
    )


def archive_op(enterprise_id: int, archived: bool):
    def fn(session, _progress, _cancelled):
        from nsdesk.services.register import enterprises

        enterprises.archive(session, enterprise_id, archived)
        return Changes.of("enterprises")

    return fn


class EnterprisesPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None, spec):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page_{spec.key}")
        # After a write: the enterprise to select again, and the row the view showed at its top.
        self._restore_id: int | None = None
        self._restore_top = -1
        self._filters_loaded = False

        title = QLabel(tr("pages", spec.title), self)
        title.setObjectName("pageTitle")
        self.count_label = QLabel("", self)
        self.count_label.setObjectName("registerCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #444444; padding: 8px;")
        self.empty_hint.hide()

        self.search = QLineEdit(self)
        self.search.setObjectName("registerSearch")
        self.search.setPlaceholderText(tr("register", "Tìm theo tên, mã số thuế, địa chỉ, xã/phường…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(320)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.installEventFilter(self)

        self.add_button = QPushButton(tr("register", "&Thêm"), self)
        self.add_button.setToolTip(tr("register", "Thêm doanh nghiệp (Ctrl+N)"))
        self.edit_button = QPushButton(tr("register", "&Sửa"), self)
        self.edit_button.setToolTip(tr("register", "Sửa doanh nghiệp đang chọn (Enter hoặc nhấp đúp)"))
        self.archive_button = QPushButton(tr("register", "&Lưu trữ"), self)
        self.import_button = QPushButton(tr("register", "&Nhập từ Excel…"), self)
        self.export_button = QPushButton(tr("register", "&Xuất Excel…"), self)
        self.many_support_button = QPushButton(tr("register", "Ghi lượt &hỗ trợ…"), self)
        self.many_support_button.setObjectName("manySupport")
        self.many_support_button.setToolTip(tr("register", "Ghi cùng một lượt hỗ trợ (tập huấn, tư vấn…) cho các "
                                                           "doanh nghiệp đang chọn (Ctrl/Shift + nhấp để chọn nhiều)"))
        self.grid_button = QPushButton(tr("register", "Số liệu &trước/sau…"), self)
        self.grid_button.setObjectName("measurementGridButton")
        self.grid_button.setToolTip(tr("register", "Nhập số liệu trước/sau của một chỉ tiêu cho các doanh nghiệp "
                                                   "đang chọn"))
        self.many_support_button.clicked.connect(self.open_many_support)
        self.grid_button.clicked.connect(self.open_grid)
        self.add_button.clicked.connect(self.add_enterprise)
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.export_excel)

        self.kind_filter = self._combo("kindFilter", [(None, tr("register", "Mọi loại hình")), *self._kinds()])
        self.size_filter = self._combo("sizeFilter", [(None, tr("register", "Mọi quy mô"))] + [
            (code, tr("register", label)) for code, label in SIZE_LABELS.items()])
        self.sector_filter = self._combo("sectorFilter", [(None, tr("register", "Mọi ngành"))])
        self.commune_filter = self._combo("communeFilter", [(None, tr("register", "Mọi xã/phường"))])
        self.tool_filter = self._combo("toolFilter", [(None, tr("register", "Mọi công cụ"))])
        self.pilot_filter = self._combo("pilotFilter", [(v, tr("register", t)) for v, t in _PILOT_CHOICES])
        self.archived_filter = QCheckBox(tr("register", "Cả DN đã lưu &trữ"), self)
        self.archived_filter.setToolTip(tr("register", "Hiện cả các doanh nghiệp đã lưu trữ"))
        self.archived_filter.setObjectName("archivedFilter")
        self.archived_filter.toggled.connect(self._archived_toggled)
        self.omit_personal = QCheckBox(tr("register", "Xuất không kèm dữ liệu &cá nhân"), self)
        self.omit_personal.setObjectName("omitPersonalData")
        self.omit_personal.setToolTip(tr("register", "Bỏ họ tên, điện thoại, email của người đại diện khỏi tệp Excel"))

        self.model = EnterpriseTableModel(ctx, self)
        self.last_export_note = ""
        self.table = QTableView(self)
        self.table.setObjectName("registerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        char = self.fontMetrics().averageCharWidth()
        for i, key in enumerate(COLUMN_KEYS):
            if key == "name":
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
            else:
                header.resizeSection(i, _COLUMN_CHARS[key] * char + 12)
        # The "archived" column says something only while archived enterprises are listed too.
        self.table.setColumnHidden(COLUMN_KEYS.index("archived"), True)
        header.setSortIndicator(COLUMN_KEYS.index("name"), Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_clicked)
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self.model.count_changed.connect(self._show_count)
        self.model.loaded.connect(self._after_load)
        self.model.dataChanged.connect(lambda *_a: self._try_restore(final=True))
        self.model.modelReset.connect(self._update_buttons)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.count_label)
        actions = QHBoxLayout()
        actions.addWidget(self.search, 1)
        for b in (self.add_button, self.edit_button, self.archive_button, self.many_support_button, self.grid_button,
                  self.import_button, self.export_button):
            actions.addWidget(b)
        filters = QHBoxLayout()
        for w, stretch in ((self.kind_filter, 2), (self.size_filter, 2), (self.sector_filter, 2),
                           (self.commune_filter, 2), (self.tool_filter, 2), (self.pilot_filter, 3)):
            filters.addWidget(w, stretch)
        filters.addWidget(self.archived_filter)
        filters.addWidget(self.omit_personal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addLayout(filters)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)

        self._shortcut(QKeySequence.StandardKey.New, self.add_enterprise)
        self._shortcut(QKeySequence("Ctrl+F"), self._focus_search)
        self._update_buttons()

        ctx.database_opened.connect(self._on_database)
        ctx.bus.changed.connect(self._on_changed)
        if ctx.database is not None:
            self._on_database()

    def eventFilter(self, obj, event):  # noqa: N802 - Qt override
        """Down or Enter in the search box moves to the table (first row), for the keyboard."""
        if obj is self.search and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount() > 0:
            self.apply_query()
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.selected_row() < 0:
                self.table.selectRow(0)
            return True
        return super().eventFilter(obj, event)

    # --- building -------------------------------------------------------------------------

    def _kinds(self) -> list[tuple[str, str]]:
        from nsdesk.services.register.importing.fields import KIND_LABELS

        return [(code, tr("register", label)) for code, label in KIND_LABELS.items()]

    def _combo(self, name: str, items: Sequence[tuple[object, str]]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        box.setMinimumContentsLength(6)
        for value, text in items:
            box.addItem(text, value)
        box.currentIndexChanged.connect(lambda _i: self.apply_query())
        return box

    def _shortcut(self, keys, slot) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @staticmethod
    def _refill(box: QComboBox, items: Sequence[tuple[object, str]]) -> None:
        keep = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for value, text in items:
            box.addItem(text, value)
        i = box.findData(keep) if keep is not None else 0
        box.setCurrentIndex(max(i, 0))
        box.blockSignals(False)

    # --- data -----------------------------------------------------------------------------

    def _on_database(self, *_args) -> None:
        Op(self, load_filters).success(self._show_filters).run()
        self.apply_query()

    def _show_filters(self, f: Filters) -> None:
        self._refill(self.sector_filter, [(c, f"{c} – {n}") for c, n in f.sections])
        self._refill(self.commune_filter, f.communes)
        self._refill(self.tool_filter, f.tools)
        for box in (self.sector_filter, self.commune_filter, self.tool_filter):
            box.view().setMinimumWidth(min(box.view().sizeHintForColumn(0) + 30, 520))
        self.model.set_sector_names(f.sector_names)
        self._filters_loaded = True

    def current_query(self):
        from nsdesk.services.register.search import EnterpriseQuery

        base = self.model.query or EnterpriseQuery()
        return replace(
            base,
            text=self.search.text(),
            kind=self.kind_filter.currentData(),
            size_class=self.size_filter.currentData(),
            sector=self.sector_filter.currentData(),
            commune_code=self.commune_filter.currentData(),
            tool_id=self.tool_filter.currentData(),
            in_pilot=self.pilot_filter.currentData(),
            archived=None if self.archived_filter.isChecked() else False,
        )

    def _archived_toggled(self, on: bool) -> None:
        self.table.setColumnHidden(COLUMN_KEYS.index("archived"), not on)
        self.apply_query()

    def apply_query(self) -> None:
        self._debounce.stop()
        if self.ctx.database is None:
            return
        q = self.current_query()
        if q != self.model.query:
            self._restore_id, self._restore_top = None, -1
            self.model.set_query(q)

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches("tools", "office"):
            Op(self, load_filters).success(self._show_filters).run()
        if changes.touches("enterprises", "tools", "supports"):
            if self._restore_id is None:
                self._restore_id = self.selected_id()
            self._restore_top = self.table.rowAt(0)
            self.model.reload()

    def _sort_clicked(self, column: int, order: Qt.SortOrder) -> None:
        if not 0 <= column < len(COLUMN_KEYS) or self.model.query is None:
            return
        before = self.model.sort_column()
        self.model.sort(column, order)
        if self.model.sort_column() != column:  # not sortable: put the indicator back
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(before, order)
            header.blockSignals(False)

    def _filtered(self) -> bool:
        boxes = (self.kind_filter, self.size_filter, self.sector_filter, self.commune_filter, self.tool_filter,
                 self.pilot_filter)
        return bool(self.search.text().strip()) or any(b.currentData() is not None for b in boxes)

    def _show_empty_hint(self, n: int) -> None:
        """The next action when the list is empty: add or import, or loosen the filters."""
        if n:
            self.empty_hint.hide()
            return
        self.empty_hint.setText(
            tr("register", "Không có doanh nghiệp nào khớp bộ lọc. Xóa ô tìm kiếm hoặc chọn lại «Tất cả» ở các bộ "
                           "lọc để xem cả sổ.") if self._filtered() else
            tr("register", "Sổ doanh nghiệp còn trống. Bấm «Thêm» (Ctrl+N) để ghi doanh nghiệp đầu tiên, hoặc "
                           "«Nhập từ Excel…» để nhập danh sách có sẵn (xem Trợ giúp › Hướng dẫn sử dụng, F1)."))
        self.empty_hint.show()

    def _show_count(self, n: int) -> None:
        text = self.search.text().strip()
        if n == 0 and text:
            self.count_label.setText(tr("register", "Không có doanh nghiệp nào khớp với “{text}”").format(text=text))
        else:
            self.count_label.setText(tr("register", "{n} doanh nghiệp").format(n=QLocale().toString(n)))
        self._show_empty_hint(n)
        top, self._restore_top = self._restore_top, -1
        scrolled = 0 < top < n
        if scrolled:  # a refresh keeps the place the user was looking at
            self.table.scrollTo(self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        # Not among the rows loaded: once more when the rows scrolled to arrive, then give up.
        self._try_restore(final=not scrolled)

    def _after_load(self) -> None:
        if not self.model.loading:
            self._try_restore(final=True)
        self._update_buttons()

    def _try_restore(self, final: bool) -> None:
        """Select the enterprise that was selected (or just saved) if its row is loaded."""
        if self._restore_id is None or self.model.loading:
            return
        row = self.model.row_of(self._restore_id)
        if row >= 0 or final:
            self._restore_id = None
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            self._update_buttons()

    # --- selection and actions ------------------------------------------------------------

    def selected_row(self) -> int:
        idx = self.table.selectionModel().currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return rows[0].row()
        return idx.row() if idx.isValid() else -1

    def selected_ids(self) -> list[int]:
        """The enterprises of every selected row, in table order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [eid for eid in (self.model.enterprise_id(r) for r in rows) if eid is not None]

    def open_many_support(self) -> None:
        from nsdesk.ui.pilots.bulk_dialogs import ManySupportDialog

        if self.ctx.database is None:
            return
        self.many_dialog = ManySupportDialog(self, self.ctx, self.selected_ids())
        self.many_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.many_dialog.open()

    def open_grid(self) -> None:
        if self.ctx.database is None:
            return
        ids = self.selected_ids()

        def fn(s, _p, _c):
            from nsdesk.services.pilots import bulk

            return bulk.grid_choices(s, ids)

        Op(self, fn, ctx=self.ctx).success(self._show_grid).run()

    def _show_grid(self, loaded) -> None:
        from nsdesk.ui.pilots.bulk_dialogs import GridDialog

        enterprises, metrics = loaded
        self.grid_dialog = GridDialog(self, self.ctx, enterprises, metrics)
        self.grid_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.grid_dialog.open()

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return self.model.enterprise_id(row) if row >= 0 else None

    def _update_buttons(self) -> None:
        row = self.selected_row()
        has = row >= 0 and self.model.enterprise_id(row) is not None
        self.edit_button.setEnabled(has)
        self.archive_button.setEnabled(has)
        archived = bool(has and self.model.is_archived(row))
        self.archive_button.setText(tr("register", "Khôi &phục") if archived else tr("register", "&Lưu trữ"))
        self.archive_button.setToolTip(
            tr("register", "Đưa doanh nghiệp trở lại danh sách đang theo dõi") if archived else
            tr("register", "Ẩn doanh nghiệp khỏi danh sách mặc định; không xóa dữ liệu"))

    def add_enterprise(self) -> None:
        from nsdesk.ui.register.form import open_enterprise_dialog

        if self.ctx.database is not None:
            open_enterprise_dialog(self, self.ctx, None, on_saved=self._saved)

    def edit_selected(self) -> None:
        from nsdesk.ui.register.form import open_enterprise_dialog

        eid = self.selected_id()
        if eid is not None:
            open_enterprise_dialog(self, self.ctx, eid, on_saved=self._saved)

    def _saved(self, enterprise_id: int) -> None:
        self._restore_id = enterprise_id

    def archive_selected(self) -> None:
        row = self.selected_row()
        eid = self.model.enterprise_id(row) if row >= 0 else None
        if eid is None:
            return
        archived = not self.model.is_archived(row)
        if not archived:  # Khôi phục: nothing is hidden, nothing to ask
            Op(self, archive_op(eid, archived)).run()
            return
        name = self.model.index(row, COLUMN_KEYS.index("name")).data() if "name" in COLUMN_KEYS else None
        confirm_archive(self, name, lambda: Op(self, archive_op(eid, True)).run())

    def open_import(self) -> None:
        from nsdesk.ui.register.import_wizard import open_import_wizard

        if self.ctx.database is not None:
            open_import_wizard(self, self.ctx)

    def export_excel(self) -> None:
        if self.ctx.database is None:
            return
        from datetime import date

        from nsdesk.ui.widgets.files import file_name, save_path

        path = save_path(
            self, tr("register", "Xuất danh sách đang hiện ra Excel ({n} doanh nghiệp)").format(
                n=QLocale().toString(self.model.rowCount())), file_name("So doanh nghiep", day=date.today()),
            tr("register", "Tệp Excel (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str) -> None:
        """Write what the list shows: its filters and its sort (the whole register when unfiltered)."""
        include_archived = self.archived_filter.isChecked()
        omit = self.omit_personal.isChecked()
        shown = self.model.query or self.current_query()

        def fn(session, _p, _c):
            from nsdesk.reports import register_export

            return register_export.export_enterprises(session, path, include_archived=include_archived,
                                                      omit_personal_data=omit, query=shown)

        def done(n: int) -> None:
            self.last_export_note = tr(
                "register", "Đã xuất {n} doanh nghiệp đang hiện trong danh sách (theo bộ lọc và thứ tự sắp xếp "
                            "trên màn hình) vào {path}").format(n=QLocale().toString(n), path=path)
            win = self.window()
            if hasattr(win, "statusBar"):
                win.statusBar().showMessage(self.last_export_note, 15000)

        Op(self, fn).with_progress(tr("register", "Đang xuất Excel…")).success(done).run()


def make(ctx, parent, spec) -> EnterprisesPage:
    return EnterprisesPage(ctx, parent, spec)
