"""The register's lazy table model: 100,000 enterprises without loading them.

The model holds the current :class:`~nsdesk.services.search.EnterpriseQuery`, the number of
matches and a small LRU cache of pages (``PAGE_SIZE`` rows each). Searching, filtering and
sorting all happen in SQL (``search.page`` / ``search.count``); nothing is sorted in Python.

* :meth:`set_query` (or :meth:`sort`, :meth:`reload`) starts a new *generation*: one op on the
  worker fetches the first page, which is shown at once; when it is full, a second op counts the
  matches and the remaining rows are announced with ``rowsInserted``. Every result carries its
  generation; a result from an older generation (the user typed more) is dropped, and an op
  that starts after its generation went stale skips its query.
* :meth:`data` on a row whose page is not loaded answers "…" and asks for that page; wanted
  pages are fetched together on the next event-loop turn, newest first, and announced with
  ``dataChanged`` when they arrive.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from nsdesk.ui.ops import Op

tr = QCoreApplication.translate

PAGE_SIZE = 200
MAX_CACHED_PAGES = 60  # 12,000 rows at most in memory
MAX_WANTED = 8  # pages asked for but not fetched yet; older requests are forgotten (scrolled past)
FETCH_BATCH = 3  # pages per worker op
LOADING = "…"

SIZE_LABELS = {
    "micro": "Siêu nhỏ",
    "small": "Nhỏ",
    "medium": "Vừa",
    "not_sme": "Không phải DNNVV",
    "household": "Hộ kinh doanh",
    "unknown": "Chưa xác định",
}


@dataclass(frozen=True)
class ColumnSpec:
    key: str
    title: str  # Vietnamese source text, translated in the "register" context
    sort_key: str | None  # EnterpriseQuery.sort value, None when the column cannot be sorted


COLUMNS = (
    ColumnSpec("tax_code", "Mã số thuế", "tax_code"),
    ColumnSpec("name", "Tên doanh nghiệp", "name"),
    ColumnSpec("kind", "Loại hình", "kind"),
    ColumnSpec("sector", "Ngành (VSIC)", "sector"),
    ColumnSpec("commune", "Xã/Phường", "commune"),
    ColumnSpec("employees", "Số lao động", "employees"),
    ColumnSpec("size_class", "Quy mô", "size_class"),
    ColumnSpec("archived", "Lưu trữ", None),
)
COLUMN_KEYS = tuple(c.key for c in COLUMNS)
NAME_COLUMN = COLUMN_KEYS.index("name")
# Positions inside a packed row (see _pack): id first, then the columns in order.
_ID = 0


def _pack(row) -> tuple:
    """A search row as a plain tuple (id, tax_code, name, kind, sector, commune, employees, size, archived)."""
    return (row.id, row.tax_code, row.name, row.kind, row.sector_code, row.commune, row.employees,
            row.size_class, bool(row.archived))


def size_label(code: str | None) -> str:
    return tr("register", SIZE_LABELS.get(code or "unknown", SIZE_LABELS["unknown"]))


def kind_label(code: str | None) -> str:
    from nsdesk.services.register.importing.fields import KIND_LABELS

    return tr("register", KIND_LABELS.get(code or "", code or ""))


def first_page_op(query, page_size: int, generation: int, current):
    """Worker side: the first page of a query (skipped when already stale)."""

    def fn(session, _progress, _cancelled):
        if current() != generation:
            return None
        from nsdesk.services.register import search

        return generation, [_pack(r) for r in search.page(session, query, 0, page_size)]

    return fn


def count_op(query, generation: int, current):
    """Worker side: the number of matches, asked only when the first page is full."""

    def fn(session, _progress, _cancelled):
        if current() != generation:
            return None
        from nsdesk.services.register import search

        return generation, search.count(session, query)

    return fn


def pages_op(query, page_size: int, generation: int, page_numbers: list[int], current):
    def fn(session, _progress, _cancelled):
        from nsdesk.services.register import search

        out = {}
        for n in page_numbers:
            if current() != generation:
                break
            out[n] = [_pack(r) for r in search.page(session, query, n * page_size, page_size)]
        return generation, out

    return fn


class EnterpriseTableModel(QAbstractTableModel):
    """Rows of the register for one query, fetched page by page through the ops door."""

    count_changed = Signal(int)
    #: the first page of the current query is in (the view shows real rows now)
    loaded = Signal()

    def __init__(self, ctx, parent: QObject | None = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._ctx = ctx
        self._page_size = page_size
        self._query: Any = None
        self._count = 0
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._generation = 0
        self._wanted: list[int] = []
        self._in_flight = False
        self._sector_names: dict[str, str] = {}
        self._locale = QLocale()
        self.loading = False
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._fetch_wanted)

    # --- queries --------------------------------------------------------------------------

    @property
    def query(self):
        return self._query

    @property
    def generation(self) -> int:
        return self._generation

    def set_query(self, query) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Ask the database again for the current query (after a write, or a new query)."""
        if self._query is None or self._ctx.database is None:
            return
        self._generation += 1
        gen = self._generation
        self.loading = True
        fn = first_page_op(self._query, self._page_size, gen, lambda: self._generation)
        Op(self, fn, ctx=self._ctx).success(self._on_first_page).run()

    def _on_first_page(self, result) -> None:
        if result is None:
            return
        gen, rows = result
        if gen != self._generation:
            return  # the user typed more meanwhile
        self.beginResetModel()
        self._count = len(rows)
        self._pages = OrderedDict({0: rows})
        self._wanted = []
        self.endResetModel()
        if len(rows) < self._page_size:
            self.loading = False
            self.count_changed.emit(len(rows))
        else:
            fn = count_op(self._query, gen, lambda: self._generation)
            Op(self, fn, ctx=self._ctx).success(self._on_count).run()
        self.loaded.emit()

    def _on_count(self, result) -> None:
        if result is None:
            return
        gen, total = result
        if gen != self._generation:
            return
        if total > self._count:
            self.beginInsertRows(QModelIndex(), self._count, total - 1)
            self._count = total
            self.endInsertRows()
        self.loading = False
        self.count_changed.emit(self._count)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401
        if not 0 <= column < len(COLUMNS) or COLUMNS[column].sort_key is None or self._query is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMNS[column].sort_key
        if self._query.sort == key and self._query.descending == descending:
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def sort_column(self) -> int:
        """The column the current query is sorted by (-1 when not shown)."""
        if self._query is None:
            return -1
        for i, c in enumerate(COLUMNS):
            if c.sort_key == self._query.sort:
                return i
        return -1

    def set_sector_names(self, names: dict[str, str]) -> None:
        self._sector_names = dict(names)
        if self.rowCount():
            col = COLUMN_KEYS.index("sector")
            self.dataChanged.emit(self.index(0, col), self.index(self.rowCount() - 1, col))

    # --- lazy pages -----------------------------------------------------------------------

    def _row(self, row: int) -> tuple | None:
        n = row // self._page_size
        page = self._pages.get(n)
        if page is None:
            self._want(n)
            return None
        self._pages.move_to_end(n)
        i = row - n * self._page_size
        return page[i] if i < len(page) else None

    def _want(self, n: int) -> None:
        if n in self._wanted:
            if self._wanted[-1] != n:
                self._wanted.remove(n)
                self._wanted.append(n)
        else:
            self._wanted.append(n)
            del self._wanted[:-MAX_WANTED]
        if not self._in_flight and not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _fetch_wanted(self) -> None:
        if self._in_flight or self._query is None or self._ctx.database is None:
            return
        batch = [n for n in reversed(self._wanted) if n not in self._pages][:FETCH_BATCH]
        self._wanted = [n for n in self._wanted if n not in batch and n not in self._pages]
        if not batch:
            return
        self._in_flight = True
        gen = self._generation
        fn = pages_op(self._query, self._page_size, gen, batch, lambda: self._generation)
        Op(self, fn, ctx=self._ctx).success(self._on_pages).failure(self._on_pages_failed).run()

    def _on_pages_failed(self, exc: BaseException) -> None:
        from nsdesk.ui.ops import show_error

        self._in_flight = False
        show_error(None, exc)

    def _on_pages(self, result) -> None:
        self._in_flight = False
        gen, pages = result
        if gen == self._generation:
            for n, rows in pages.items():
                self._pages[n] = rows
                self._pages.move_to_end(n)
            while len(self._pages) > MAX_CACHED_PAGES:
                oldest = next(iter(self._pages))
                if oldest in pages:
                    break
                del self._pages[oldest]
            last_col = len(COLUMNS) - 1
            for n in sorted(pages):
                first = n * self._page_size
                last = min(first + self._page_size, self._count) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, last_col))
        if self._wanted:
            self._fetch_timer.start()

    # --- lookups for the page -------------------------------------------------------------

    def is_loaded(self, row: int) -> bool:
        page = self._pages.get(row // self._page_size)
        return page is not None and row % self._page_size < len(page)

    def enterprise_id(self, row: int) -> int | None:
        if not 0 <= row < self._count or not self.is_loaded(row):
            return None
        r = self._row(row)
        return r[_ID] if r else None

    def is_archived(self, row: int) -> bool | None:
        if not 0 <= row < self._count or not self.is_loaded(row):
            return None
        r = self._row(row)
        return r[8] if r else None

    def row_of(self, enterprise_id: int) -> int:
        """The row of an enterprise among the loaded pages, or -1."""
        for n, page in self._pages.items():
            for i, r in enumerate(page):
                if r[_ID] == enterprise_id:
                    return n * self._page_size + i
        return -1

    def loaded_rows(self) -> list[tuple]:
        """The rows loaded so far, in display order (for tests and the status bar)."""
        return [r for n in sorted(self._pages) for r in self._pages[n]]

    # --- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr("register", COLUMNS[section].title)
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section].sort_key:
            return tr("register", "Bấm để sắp xếp theo cột này")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if COLUMN_KEYS[col] == "employees":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole,
                        Qt.ItemDataRole.ForegroundRole):
            return None
        r = self._row(index.row())
        if r is None:
            return LOADING if role == Qt.ItemDataRole.DisplayRole and col == NAME_COLUMN else None
        if role == Qt.ItemDataRole.UserRole:
            return r[_ID]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor("#7a8591") if r[8] else None
        key = COLUMN_KEYS[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "name":
                return r[2]
            if key == "sector" and r[4]:
                return self._sector_names.get(r[4])
            return None
        return self._display(key, r)

    def _display(self, key: str, r: tuple) -> str:
        if key == "tax_code":
            return r[1] or ""
        if key == "name":
            return r[2] or ""
        if key == "kind":
            return kind_label(r[3])
        if key == "sector":  # code and name: "10 – Sản xuất, chế biến thực phẩm"
            from nsdesk.services.common.formats import sector_label

            return sector_label(r[4], self._sector_names.get(r[4] or "")) or ""
        if key == "commune":
            return r[5] or ""
        if key == "employees":
            return self._locale.toString(int(r[6])) if r[6] is not None else ""
        if key == "size_class":
            return size_label(r[7])
        if key == "archived":
            return tr("register", "Đã lưu trữ") if r[8] else ""
        return ""
