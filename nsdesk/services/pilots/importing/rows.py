"""The row loop shared by both kinds of sheet: where the data rows end (as the register import's
``find_data_end`` decides, but while the rows stream by), merged cells filled down, blank and
column-number rows skipped, problems collected, and each cell read once per distinct value.

A cell is read by a pure function of its value giving ``(value, rejections, notes)``; the result
is remembered per column (codes, names, types, dates and statuses repeat in a list of 100,000
rows), so a million rows cost a few dict look-ups each.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from nsdesk.i18n import tr
from nsdesk.services.common.forms import parse_date
from nsdesk.services.common.text import fold
from nsdesk.services.pilots.importing import lookups
from nsdesk.services.pilots.importing.columns import LABELS, code_key, month_year, split_items, standard_code
from nsdesk.services.pilots.importing.result import Progress, SheetImport
from nsdesk.services.register.importing.columns import (
    is_column_number_row,
    is_signature_or_date_row,
    is_total_row,
)
from nsdesk.services.register.importing.numbers import read_amount
from nsdesk.services.register.importing.problems import Problem
from nsdesk.services.register.importing.rows import text_cell
from nsdesk.services.register.taxcode import normalize as normalize_tax_code
from nsdesk.xlsx.reader import CellValue

Row = list[Any]  # a sheet row (CellValue cells; None where padded)
Issues = tuple[tuple[str, str], ...]  # (field, message)
Parsed = tuple[Any, Issues, Issues]  # value, rejections, notes
Parse = Callable[[Any, str], Parsed]  # a cell reader: (cell value or None, field) → Parsed
_MEMO_MAX = 60000  # distinct values remembered per column, then forgotten all at once (a file sorted
# by enterprise keeps hitting its recent codes; values that never repeat do not pile up)
_TOTAL, _SIGNATURE, _BLANK = 1, 2, 4
_LETTER = re.compile(r"[^\W\d_]").search
_NONE: Issues = ()
_UNUSED: Parsed = (None, _NONE, _NONE)


def _end_kind(row: Row, memo: dict[str, int], tax_col: int | None) -> int:
    """_TOTAL for a total row, _SIGNATURE for a signature or date line, else 0: the register's
    ``is_total_row`` (its first filled cell a total word, and no tax code in the row) and
    ``is_signature_or_date_row`` (at most three filled cells, one such a phrase). What each text is
    is remembered in ``memo``; only the first four filled cells are looked at. A row with a tax code
    in ``tax_col`` is neither."""
    filled = 0
    kind = 0
    for v in row:
        if v.__class__ is str:
            k = memo.get(v)
            if k is None:
                if not v or v.isspace():
                    k = _BLANK
                elif _LETTER(v) is None:  # a code, a number, a date: no total word, no signature phrase
                    k = 0
                else:
                    k = (_TOTAL if is_total_row([v]) else 0) | (_SIGNATURE if is_signature_or_date_row([v]) else 0)
                    if len(memo) >= _MEMO_MAX:
                        memo.clear()
                    memo[v] = k
            if k == _BLANK:
                continue
            if not filled and k & _TOTAL and is_total_row(row, tax_col):
                return _TOTAL
            kind |= k & _SIGNATURE
        elif v is None:
            continue
        filled += 1
        if filled > 3:
            return 0
    if kind and not is_signature_or_date_row(row, tax_col):
        return 0  # the whole row by the register's rule: a row with a tax code is data
    return kind


def data_rows(rows: Iterable[Row], start: int, merged: Iterable[tuple[tuple[int, int], tuple[int, int]]],
              tax_col: int | None = None) -> Iterator[tuple[int, Row]]:
    """(0-based index, row) of the rows from index ``start`` (``rows`` begins there) up to the first
    total row, else up to the first signature or date line; a cell merged down over data rows is
    given to every row it covers (calamine gives it to the first one only)."""
    fills_at: dict[int, list[tuple[int, int]]] = {}
    for (r0, c0), (r1, _c1) in merged:
        if r0 >= start and r1 > r0:
            fills_at.setdefault(r0, []).append((c0, r1))
    active: list[tuple[int, int, CellValue | None]] = []
    pending: list[tuple[int, Row]] | None = None  # rows from a signature line on: data only if a total row follows
    ends: dict[str, int] = {}
    for r, row in enumerate(rows, start):
        if active:
            active = [a for a in active if a[1] >= r]
            for c0, _r1, value in active:
                if c0 < len(row) and row[c0] in ("", None):
                    row[c0] = value
        if r in fills_at:
            active += [(c0, r1, row[c0]) for c0, r1 in fills_at[r] if c0 < len(row)]
        kind = _end_kind(row, ends, tax_col)
        if kind == _TOTAL:
            if pending:
                yield from pending
            return
        if pending is not None:
            pending.append((r, row))
        elif kind == _SIGNATURE:
            pending = [(r, row)]
        else:
            yield r, row


class RowReader:
    """Reads the data rows of one sheet into ``pv``: items by identity, problems, rejected rows."""

    def __init__(self, session: Session, pv: SheetImport):
        self.session = session
        self.pv = pv
        self.m = pv.mapping
        self.width = max(pv.mapping.values(), default=-1) + 1
        self.enterprises = lookups.enterprise_ids(session)
        self.projects = lookups.project_ids(session)
        self.tools = lookups.tool_ids(session)
        self._slots: dict[str, tuple[int | None, dict[object, Parsed], Parsed]] = {}  # memo name → (column,
        # memo, the reading of an empty cell when there is no such column)
        self._limits: dict[str, int] = {}  # text columns' length limits
        self._said: dict[str, str] = {}
        self._columns: dict[str, str] = {}
        self.problems: list[tuple[str, str]] = []
        self.notes: list[tuple[str, str]] = []

    def read(self, rows: Iterable[Row], start: int, merged: Iterable[tuple[tuple[int, int], tuple[int, int]]],
             total: int, progress: Progress | None) -> None:
        pv, items = self.pv, self.pv.items
        idx = self.watched()
        expand = self.expand if self.expands else None
        width, col = self.width, self.column
        said = self._said.setdefault  # one string per distinct message
        done = 0
        for r, row in data_rows(rows, start, merged, self.m.get("tax_code")):
            if len(row) < width:
                row = row + [None] * (width - len(row))
            for i in idx:  # a row with nothing in the mapped columns is skipped
                v = row[i]
                if v is not None and v != "" and not (v.__class__ is str and v.isspace()):
                    break
            else:
                continue
            if r < start + 2 and is_column_number_row(row):
                continue
            refused: list[str] = []
            # one item a row; a wide sheet: one a filled cell, a problem of the row's shared cells (its
            # tax code…) said once, not once a cell — ``said_of_row``: (column, message) said so far
            said_of_row: set[tuple[str, str]] | None = set() if expand else None
            for n, one in enumerate(expand(row) if expand else (row,)):
                self.problems = []
                self.notes = []
                out = self.read_row(one)
                if said_of_row is not None:
                    if n:
                        self.problems = [p for p in self.problems if (col(p[0]), p[1]) not in said_of_row]
                        self.notes = [p for p in self.notes if (col(p[0]), p[1]) not in said_of_row]
                    said_of_row.update((col(f), msg) for f, msg in (*self.problems, *self.notes))
                if self.notes:
                    pv.warnings.extend(Problem(r + 1, col(f), None, said(msg, msg), f) for f, msg in self.notes)
                if self.problems:  # (a file of rejected rows is held compactly: equal texts shared)
                    msgs = [said(msg, msg) for _f, msg in self.problems]
                    pv.rejected.extend(Problem(r + 1, col(f), f, msg, f) for (f, _m), msg in zip(self.problems, msgs))
                    refused += msgs
                elif out is not None:
                    key, payload = out
                    if key in items:
                        pv.merged_duplicate_rows.append(r + 1)
                    items[key] = payload  # the later row wins, in the place of the first
            if refused:
                pv.rejected_rows.append((r + 1, [said(v, v) if v.__class__ is str else v for v in row], refused))
                if len(self._said) >= _MEMO_MAX:
                    self._said.clear()
            done = r + 1 - start
            if progress and done % 10000 == 0:
                progress(done, max(total, done))
        if progress:
            progress(max(total, done), max(total, done))

    def watched(self) -> list[int]:
        """The columns a data row must fill one of (else it is an empty row, skipped)."""
        return list(self.m.values())

    #: Whether :meth:`expand` makes several rows of one (else each sheet row is read as it is).
    expands = False

    def expand(self, row: Row) -> Iterator[Row]:
        """The rows :meth:`read_row` reads for one sheet row: the row itself."""
        yield row

    def read_row(self, row: Row) -> tuple[tuple[Any, ...], tuple[Any, ...]] | None:
        """(identity, payload) of a valid row; problems via reject/note."""
        raise NotImplementedError  # each kind of sheet reads its own rows

    def column(self, f: str) -> str:
        """The header of the column a problem of ``f`` is about (an unknown enterprise: its tax code column)."""
        hit = self._columns.get(f)
        if hit is not None:
            return hit
        self._columns[f] = hit = self._column(f)
        return hit

    def _column(self, f: str) -> str:
        cols = self.pv.column_names
        for candidate in {"enterprise": ("tax_code",), "support": ("support_start", "tool", "project")}.get(f, (f,)):
            if candidate in cols:
                return cols[candidate]
        return LABELS.get(f, f)

    def reject(self, f: str, message: str) -> None:
        self.problems.append((f, message))

    def note(self, f: str, message: str) -> None:
        self.notes.append((f, message))

    # -- cells -------------------------------------------------------------------------------------
    def parsed(self, f: str, row: Row, parse: Parse, memo_name: str | None = None) -> Any:
        """``parse(cell, f)`` of the cell of ``f`` (None without the column), remembered per distinct
        value (under ``memo_name`` when a column is read in two ways)."""
        slot = self._slots.get(memo_name or f)
        if slot is None:
            i = self.m.get(f)
            slot = self._slots[memo_name or f] = (i, {}, parse(None, f) if i is None else _UNUSED)
        i, memo, unmapped = slot
        if i is None:  # no such column: the same answer for every row
            hit = unmapped
        else:
            v = row[i]
            key = v if v.__class__ is str else (v.__class__, v)
            found = memo.get(key)
            if found is None:
                found = parse(v, f)
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                memo[key] = found
            hit = found
        value, rejections, notes = hit
        if rejections:
            self.problems.extend(rejections)
        if notes:
            self.notes.extend(notes)
        return value

    def text(self, row: Row, f: str, limit: int | None = None) -> str | None:
        if limit:
            self._limits[f] = limit
        return self.parsed(f, row, self._text, "text " + f)  # type: ignore[no-any-return]

    def _text(self, v: CellValue | None, f: str) -> Parsed:
        t = text_cell(v)
        limit = self._limits.get(f)
        if t and limit and len(t) > limit:
            return t, ((f, tr("import", "{label} dài quá {n} ký tự.").format(label=LABELS[f], n=limit)),), _NONE
        return t, _NONE, _NONE

    def enterprise(self, row: Row) -> int | None:
        code = self.parsed("tax_code", row, _tax_code)
        if code is None:
            return None
        eid = self.enterprises.get(code)
        if eid is None:
            name = self.text(row, "name")
            self.reject("enterprise", tr("import", "Doanh nghiệp có mã số thuế {code}{name} chưa có trong sổ; hãy nhập "
                                                   "doanh nghiệp vào sổ trước.").format(
                code=code, name=f" ({name})" if name else ""))
        return eid

    def project(self, row: Row) -> tuple[bool, int | None]:
        """(given, id); an unknown project rejects the row."""
        return self.parsed("project", row, self._project)  # type: ignore[no-any-return]

    def _project(self, v: CellValue | None, _f: str) -> Parsed:
        text = text_cell(v)
        if not text:
            return (False, None), _NONE, _NONE
        pid = self.projects.get(text.upper())
        if pid is None:
            pid = self.projects.get(fold(text))
        if pid is None:
            return (True, None), (("project", tr("import", "Không tìm thấy dự án điểm \"{value}\" (mã hoặc tên dự án); "
                                                           "hãy tạo dự án trước hoặc để trống.").format(value=text)),), _NONE
        return (True, pid), _NONE, _NONE

    def tool_ids(self, row: Row, f: str) -> tuple[int, ...] | None:
        """The tools a cell names, sorted ids; () when empty, None when rejected."""
        return self.parsed(f, row, self._tools)  # type: ignore[no-any-return]

    def _tools(self, v: CellValue | None, f: str) -> Parsed:
        text = text_cell(v)
        if not text:
            return (), _NONE, _NONE
        ids: list[int] = []
        unknown, retired, read_as = [], [], []
        for part in split_items(text, self._known_tool):
            hit = self._tool(part)
            if hit is None and (std := standard_code(part)) is not None:
                hit = self.tools.get(std)
                if hit is not None:
                    read_as.append((part, std))
            if hit is None:
                unknown.append(part)
            elif hit[1] and f == "tools":
                retired.append(part)
            elif hit[0] not in ids:
                ids.append(hit[0])
        if unknown:
            return None, ((f, tr("import", "Không có trong danh mục công cụ: {values} (ghi mã như ISO9001, 5S hoặc tên "
                                           "công cụ; trang \"Danh mục\" của tệp mẫu liệt kê đủ).").format(values=", ".join(unknown))),), _NONE
        if retired:
            return None, ((f, tr("import", "Công cụ đã ngừng sử dụng, không ghi cho lượt hỗ trợ: {values}.").format(
                values=", ".join(retired))),), _NONE
        notes = tuple((f, tr("import", "Đã đọc \"{value}\" là công cụ {code}.").format(value=part, code=code))
                      for part, code in read_as)
        return tuple(sorted(ids)), _NONE, notes

    def _tool(self, text: str) -> tuple[int, bool] | None:
        return self.tools.get(text.upper()) or self.tools.get(code_key(text)) or self.tools.get(fold(text))

    def _known_tool(self, text: str) -> bool:
        std = standard_code(text)
        return bool(self._tool(text) or (std and self.tools.get(std)))

    def day(self, row: Row, f: str) -> tuple[bool, date | None]:
        """(ok, date): an unreadable date rejects the row."""
        return self.parsed(f, row, _day)  # type: ignore[no-any-return]

    def amount(self, row: Row, f: str) -> float | None:
        """A money amount ≥ 0 in million VND; unreadable rejects the row."""
        i = self.m.get(f)
        if i is not None:
            v = row[i]
            if v.__class__ is float and v >= 0:
                return v
        return self.parsed(f, row, _amount)  # type: ignore[no-any-return]


def _tax_code(raw: CellValue | None, _f: str) -> Parsed:
    if raw in (None, "") or (isinstance(raw, str) and not raw.strip()):
        return None, (("tax_code", tr("import", "Thiếu mã số thuế của doanh nghiệp.")),), _NONE
    tax = normalize_tax_code(raw, household=True)
    if tax.code is None:
        return None, (("tax_code", tax.error or ""),), _NONE  # error is set whenever code is None
    return tax.code, _NONE, _NONE


def _day(value: CellValue | None, f: str) -> Parsed:
    if value is None or value == "":
        return (True, None), _NONE, _NONE
    if isinstance(value, datetime):
        return (True, value.date()), _NONE, _NONE
    if isinstance(value, date):
        return (True, value), _NONE, _NONE
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 < value < 80000:
        return (True, date(1899, 12, 30) + timedelta(days=int(value))), _NONE, _NONE  # an Excel serial date
    text = text_cell(value)
    if not text:
        return (True, None), _NONE, _NONE
    try:
        day = parse_date(text)
    except ValueError:
        day = None
    if day is None and (my := month_year(text)) is not None and 1990 <= my[1] <= 2100:
        month, year = my  # a date known only to its month: its first day (an end date: its last)
        day = date(year, month, 1) if f != "end_date" else date(year + month // 12, month % 12 + 1, 1) - timedelta(1)
        return (True, day), _NONE, ((f, tr("import", "{label} \"{value}\" chỉ có tháng và năm; đã đọc là {day}.").format(
            label=LABELS[f], value=text, day=day.strftime("%d/%m/%Y"))),)
    if day is None or not 1990 <= day.year <= 2100:
        return (False, None), ((f, tr("import", "{label} \"{value}\" không đọc được; ghi ngày dạng dd/mm/yyyy (ví dụ "
                                                "15/03/2025), hoặc ít nhất tháng/năm (03/2025).").format(label=LABELS[f], value=text)),), _NONE
    return (True, day), _NONE, _NONE


def _amount(value: CellValue | None, f: str) -> Parsed:
    number, note, err = read_amount(value, LABELS[f])
    if err:
        return number, ((f, err),), _NONE
    return number, _NONE, ((f, note),) if note else _NONE
