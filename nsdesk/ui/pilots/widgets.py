"""Building blocks shared by the pilot pages: tables, checkable lists, the enterprise picker and a
form dialog whose per-field Vietnamese messages appear in red right under the field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nsdesk.services.common import formats
from nsdesk.ui.ops import Op, show_error
from nsdesk.ui.pilots import data
from nsdesk.ui.widgets.dialogs import NOT_TRACKED, GuardedDialog, scroll_area
from nsdesk.ui.widgets.numbers import number_text, vietnamese_number

tr = QCoreApplication.translate

ERROR_STYLE = "color: #b3261e; font-size: 12px;"
AMBER = QColor("#fff3cd")
RED = QColor("#f8d7da")
GREY = QColor("#777777")


def fmt_date(value: date | None) -> str:
    return formats.day(value)


def fmt_number(value: float | None, decimals: int = 2) -> str:
    return formats.number(value, decimals, empty="")


def fmt_pct(value: float | None) -> str:
    return "" if value is None else f"{fmt_number(value, 1)} %"


def edit_number(value) -> str:
    """A stored number in a form field, as the tables write it ("3.847,3")."""
    return number_text(value)


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    return table


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """The item :func:`fill_table` put at (row, column)."""
    item = table.item(row, column)
    assert item is not None  # fill_table fills every cell
    return item


def fill_table(table: QTableWidget, rows: list[list[str]], keys: list | None = None,
               right: Iterable[int] = ()) -> None:
    """Replace the table's rows; ``keys`` go into column 0's UserRole; then fit the columns."""
    right = set(right)
    table.setSortingEnabled(False)
    table.setUpdatesEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if text:
                item.setToolTip(text)  # the whole text, however narrow the column
            if c == 0 and keys is not None:
                item.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, item)
    table.setUpdatesEnabled(True)
    if len(rows) <= 2000:
        table.resizeColumnsToContents()
    fit_columns(table)


def fit_columns(table: QTableWidget, widest: int = 320) -> None:
    """No column wider than ``widest``; when the columns still overflow the view, the widest ones
    give up room (down to their header's width) so that every column stays in sight — long cells
    are elided and show their whole text as a tooltip."""
    header = table.horizontalHeader()
    n = table.columnCount()
    sizes = [min(header.sectionSize(c), widest) for c in range(n)]
    floors = [min(sizes[c], max(header.sectionSizeFromContents(c).width(), 60)) for c in range(n)]
    room = table.viewport().width() if table.isVisible() else 0  # unshown: no width to fit yet
    excess = sum(sizes) - room
    while room > 0 and excess > 0:
        wide = [c for c in range(n) if sizes[c] > floors[c]]
        if not wide:
            break
        top = max(sizes[c] for c in wide)
        tops = [c for c in wide if sizes[c] == top]
        below = max([sizes[c] for c in wide if sizes[c] < top] + [max(floors[c] for c in tops)])
        cut = min(top - below, -(-excess // len(tops)))  # level the widest down towards the next
        for c in tops:
            step = min(cut, sizes[c] - floors[c], excess)
            sizes[c] -= step
            excess -= step
    for c in range(n):
        header.resizeSection(c, sizes[c])


def paint_row(table: QTableWidget, row: int, color: QColor | None = None, *, fg: QColor | None = None,
              tooltip: str | None = None) -> None:
    for c in range(table.columnCount()):
        item = table.item(row, c)
        if item is None:
            continue
        if color is not None:
            item.setBackground(QBrush(color))
        if fg is not None:
            item.setForeground(QBrush(fg))
        if tooltip:
            item.setToolTip(tooltip)


def selected_key(table: QTableWidget):
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return item.data(Qt.ItemDataRole.UserRole) if item else None


def select_key(table: QTableWidget, key) -> bool:
    for r in range(table.rowCount()):
        item = table.item(r, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
            table.selectRow(r)
            return True
    return False


class CheckList(QListWidget):
    """A list of checkable choices, optionally under bold, non-checkable group headings."""

    changed = Signal()

    def __init__(self, parent: QWidget, name: str):
        super().__init__(parent)
        self.setObjectName(name)
        self.itemChanged.connect(lambda _i: self.changed.emit())

    def set_choices(self, groups: Sequence[tuple[str | None, Sequence[tuple[str, str]]]],
                    checked: Iterable[str] = ()) -> None:
        checked = set(checked)
        self.blockSignals(True)
        self.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for heading, choices in groups:
            if heading:
                head = QListWidgetItem(heading, self)
                head.setFlags(Qt.ItemFlag.NoItemFlags)
                head.setFont(bold)
                head.setForeground(QBrush(QColor("#333333")))
            for key, label in choices:
                item = QListWidgetItem(("    " if heading else "") + label, self)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in checked else Qt.CheckState.Unchecked)
        self.blockSignals(False)

    def keys(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def checked(self) -> list[str]:
        return [self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked
                and self.item(i).data(Qt.ItemDataRole.UserRole) is not None]

    def set_checked(self, key: str, on: bool = True) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == key:
                self.item(i).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class EnterprisePicker(QWidget):
    """Type a name or tax code; matching enterprises (services.search) appear below to pick one."""

    chosen = Signal(object)  # enterprise id or None

    def __init__(self, parent: QWidget, ctx):
        super().__init__(parent)
        self.ctx = ctx
        self.enterprise_id: int | None = None
        self._pick_first = False
        self.edit = QLineEdit(self)
        self.edit.setObjectName("enterpriseSearch")
        self.edit.setProperty(NOT_TRACKED, True)  # the enterprise picked is the value, not the search
        self.edit.setPlaceholderText(tr("pilots", "Gõ tên hoặc mã số thuế để tìm…"))
        self.results = QListWidget(self)
        self.results.setObjectName("enterpriseResults")
        self.results.setMaximumHeight(120)
        self.results.hide()
        self.picked = QLabel(self)
        self.picked.setObjectName("enterprisePicked")
        self.picked.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)
        layout.addWidget(self.picked)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.search)
        self.edit.textEdited.connect(lambda _t: self._timer.start())
        self.results.itemActivated.connect(self._pick)
        self.results.itemClicked.connect(self._pick)
        self.edit.installEventFilter(self)
        self.results.installEventFilter(self)
        self.set_enterprise(None, "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keyboard: Down enters the results; Enter picks (the first match from the search box)
        and never reaches the dialog's default button."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.edit and key == Qt.Key.Key_Down and self._first_choice() is not None:
            self.results.setFocus()
            self.results.setCurrentRow(self._first_choice() or 0)
            return True
        if watched is self.edit and enter:
            first = self._first_choice()
            if self._timer.isActive() or first is None:
                self._timer.stop()
                self._pick_first = True
                self.search()
            else:
                self._pick(self.results.item(first))
            return True
        if watched is self.results and enter:
            item = self.results.currentItem()
            if item is not None:
                self._pick(item)
            return True
        if watched is self.results and key == Qt.Key.Key_Up and self.results.currentRow() <= 0:
            self.edit.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _first_choice(self) -> int | None:
        """The row of the first enterprise in the shown results (None: nothing to pick)."""
        if self.results.isHidden():
            return None
        for row in range(self.results.count()):
            if self.results.item(row).data(Qt.ItemDataRole.UserRole) is not None:
                return row
        return None

    def search(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._pick_first = False
            self.results.clear()
            self.results.hide()
            return
        Op(self, data.search_enterprises(text), ctx=self.ctx).success(self._show_results).run()

    def _show_results(self, result) -> None:
        text, choices = result
        if text != self.edit.text().strip():
            return
        self.results.clear()
        for ch in choices:
            item = QListWidgetItem(ch.label, self.results)
            item.setToolTip(ch.label)
            item.setData(Qt.ItemDataRole.UserRole, ch.key)
        if not choices:
            item = QListWidgetItem(tr("pilots", "Không tìm thấy doanh nghiệp phù hợp."), self.results)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
        self.results.show()
        if self._pick_first and choices:  # Enter was pressed before the results came
            self._pick(self.results.item(0))
        self._pick_first = False

    def _pick(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key is None:
            return
        self.set_enterprise(key, item.text())
        self.results.hide()
        self.chosen.emit(key)

    def set_enterprise(self, enterprise_id: int | None, label: str) -> None:
        self.enterprise_id = enterprise_id
        self.picked.setText(tr("pilots", "Đã chọn: <b>{label}</b>").format(label=label) if enterprise_id
                            else tr("pilots", "Chưa chọn doanh nghiệp."))


class FormDialog(GuardedDialog):
    """A grid form: label, input, and a red message under the input. Lưu runs ``self.op()``.

    The grid scrolls inside the dialog when the screen is too low for it; the message line and
    "Lưu"/"Hủy" stay below it, always in sight. Closing a changed form asks first.
    """

    saved = Signal(object)

    def __init__(self, parent: QWidget, ctx, title: str, name: str):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.form_body = QWidget(self)
        self.form_body.setObjectName("formBody")
        self.grid = QGridLayout(self.form_body)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self._rows = [0, 0]
        self._labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.status = QLabel(self)
        self.status.setObjectName("formStatus")
        self.status.setWordWrap(True)
        self._banner = ""  # the "fix the red fields" line while it is shown
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(tr("pilots", "Lưu"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveButton")
        self.buttons.addButton(tr("pilots", "Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.scroll_area = scroll_area(self.form_body, self)  # not "scroll": that is QWidget.scroll()
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.scroll_area, 1)
        self.body.addWidget(self.status)
        self.body.addWidget(self.buttons)
        self.busy = False
        self.result_value = None

    def extra_state(self):
        pickers = [w for w in self.inputs.values() if isinstance(w, EnterprisePicker)]
        return tuple(p.enterprise_id for p in pickers)

    def add_field(self, name: str, label: str, widget: QWidget, *, align_top: bool = False, col: int = 0,
                  above: bool = False) -> QWidget:
        """A labelled input in column ``col``; ``above``: the label on its own line over a wide input."""
        lab = QLabel(label, self)
        lab.setBuddy(widget.edit if isinstance(widget, EnterprisePicker) else getattr(widget, "search", widget))
        widget.setObjectName(widget.objectName() or f"input_{name}")
        if isinstance(widget, QComboBox) and (widget.sizeAdjustPolicy()
                                              == QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow):
            # A long item (a project's or a plan's title) must not widen the whole form past a small
            # screen; the open list shows it whole.
            widget.setMinimumContentsLength(24)
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self._watch(name, widget)
        err = QLabel(self)
        err.setObjectName(f"error_{name}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        err.hide()
        flags = Qt.AlignmentFlag.AlignRight | (Qt.AlignmentFlag.AlignTop if align_top else Qt.AlignmentFlag.AlignVCenter)
        row = self._rows[col]
        if above:
            self.grid.addWidget(lab, row, col * 2, 1, 2)
            self.grid.addWidget(widget, row + 1, col * 2, 1, 2)
            self.grid.addWidget(err, row + 2, col * 2, 1, 2, Qt.AlignmentFlag.AlignTop)
            self._rows[col] += 3
            self.inputs[name], self.errors[name], self._labels[name] = widget, err, lab
            return widget
        self.grid.addWidget(lab, row, col * 2, flags)
        self.grid.addWidget(widget, row, col * 2 + 1)
        # At the top of its row: right under the field even when the other column's row is tall.
        self.grid.addWidget(err, row + 1, col * 2 + 1, Qt.AlignmentFlag.AlignTop)
        self._rows[col] += 2
        self.inputs[name], self.errors[name], self._labels[name] = widget, err, lab
        return widget

    def add_wide(self, widget: QWidget, col: int = 0) -> None:
        self.grid.addWidget(widget, self._rows[col], col * 2, 1, 2)
        self._rows[col] += 1

    def line(self, name: str, label: str, placeholder: str = "", width: int | None = None, col: int = 0) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"input_{name}")
        if placeholder:
            edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(width)
        edit.textEdited.connect(lambda _t, n=name: self.set_error(n, None))
        self.add_field(name, label, edit, col=col)
        return edit

    def number_line(self, name: str, label: str, placeholder: str = "", width: int | None = None,
                    col: int = 0) -> QLineEdit:
        """A number field: shows and takes "3.847,3" like the tables (and "3847.3" typed by hand)."""
        return vietnamese_number(self.line(name, label, placeholder, width, col))

    def date_line(self, name: str, label: str, col: int = 0) -> QLineEdit:
        return self.line(name, label, "dd/mm/yyyy", 140, col)

    def set_field_visible(self, name: str, on: bool) -> None:
        self.inputs[name].setVisible(on)
        self._labels[name].setVisible(on)
        if not on:
            self.set_error(name, None)

    def set_error(self, name: str, message: str | None) -> None:
        err = self.errors.get(name)
        if err is None:
            if message:
                self.status.setText(message)
            return
        err.setText(message or "")
        err.setVisible(bool(message))
        widget = self.inputs[name]
        widget.setStyleSheet("border: 1px solid #b3261e;" if message and isinstance(widget, QLineEdit) else "")
        if not message and self._banner and self.status.text() == self._banner and not self.shown_errors():
            self.status.setText("")  # every marked field is fixed: the banner about them goes too
            self._banner = ""

    def _field_changed(self, name: str) -> None:
        err = self.errors.get(name)
        if err is not None and not err.isHidden():
            self.set_error(name, None)  # the user is fixing it; checked again on "Lưu"

    def _watch(self, name: str, widget: QWidget) -> None:
        """Clear a field's message when the user changes it (text boxes do so in :meth:`line`)."""
        from nsdesk.ui.widgets.picker import SearchableCheckList

        changed = lambda *_a, n=name: self._field_changed(n)  # noqa: E731
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(changed)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(changed)
        elif isinstance(widget, EnterprisePicker):
            widget.chosen.connect(changed)
        elif isinstance(widget, (CheckList, SearchableCheckList)):
            widget.changed.connect(changed)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(changed)

    def show_errors(self, errors: dict[str, str]) -> None:
        for name in self.errors:
            self.set_error(name, errors.get(name))
        stray = [m for n, m in errors.items() if n not in self.errors]
        self._banner = "" if stray else tr("pilots", "Chưa lưu: hãy sửa các ô được đánh dấu đỏ.")
        self.status.setText(" ".join(stray) if stray else self._banner)
        for name in self.inputs:
            if name in errors:
                w = self.inputs[name]
                (w.edit if isinstance(w, EnterprisePicker) else w).setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def shown_errors(self) -> dict[str, str]:
        return {n: e.text() for n, e in self.errors.items() if not e.isHidden() and e.text()}

    def op(self):  # pragma: no cover - overridden
        raise NotImplementedError

    def local_errors(self) -> dict[str, str]:
        return {}

    def save(self) -> None:
        if self.busy:
            return
        local = self.local_errors()
        if local:
            self.show_errors(local)
            return
        self.busy = True
        self.save_button.setEnabled(False)
        self.status.setText(tr("pilots", "Đang lưu…"))
        Op(self, self.op(), ctx=self.ctx).success(self._done).failure(self._failed).run()

    def _done(self, result) -> None:
        self.busy = False
        self.save_button.setEnabled(True)
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from nsdesk.services.common.forms import FormError

        self.busy = False
        self.save_button.setEnabled(True)
        if isinstance(exc, FormError):
            self.show_errors(exc.errors)
        else:
            self.status.setText("")
            show_error(self, exc)


def button(parent: QWidget, text: str, name: str, slot) -> QPushButton:
    b = QPushButton(text, parent)
    b.setObjectName(name)
    b.clicked.connect(slot)
    return b
