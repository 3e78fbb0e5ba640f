"""Importing lượt (supports) and before/after measurements from Excel, like the register import.

Same two steps as :mod:`nsdesk.services.register.importing.pipeline`, and the same header
detection, column synonyms, tax-code normalisation, problems and rejected-rows file:

* :func:`preview` reads and checks every row without writing: the header found, the column →
  field mapping, per-row rejections and warnings, and what applying would do (created / updated /
  unchanged, compared with the database now);
* :func:`apply` writes the valid rows in the caller's transaction, reporting ``progress(done,
  total)``, stopping (raising :class:`ImportCancelled`) when ``cancel`` says so.

Rules
- A support row names the enterprise by tax code (normalised as in the register import); the
  project by code or name; support types and tools by name or code, several in one cell separated
  by ";" or ","; dates as dd/mm/yyyy, Excel dates or ISO text; the status by its label (without
  it: completed when the end date has passed, in progress when the start date has, else planned);
  funding by source (state, enterprise, other) and the certificate's number, body and dates.
  Without a type, a row with tools is a "system / tool" support (with a warning).
- A lượt is identified by enterprise + start date + tools + project: re-importing the same file
  creates nothing; a row matching a lượt updates its other fields from the non-empty cells.
- A measurement row names the enterprise, optionally its lượt (project, tool and/or the lượt's
  start date: exactly one of the enterprise's lượt must match), the metric by code or name
  (computed metrics are not typed), before or after, the date, the value, the period and source.
  It is identified by enterprise + lượt + metric + before/after + date; a row matching one
  updates its value, period and source.
- An unknown enterprise, project, tool, type, metric or lượt, an unreadable date, status, phase or
  value rejects the row, with the reason (the field) and what to fix; nothing else does.
- A row repeating an earlier row's identity: the later row wins (listed in ``merged_duplicate_rows``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import (
    SUPPORT_TYPES,
    Change,
    Enterprise,
    Measurement,
    Metric,
    PilotProject,
    Support,
    SupportTool,
    SupportType,
    Tool,
    utcnow,
)
from nsdesk.services.common.forms import parse_date
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import fold
from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS
from nsdesk.services.register.importing.bulk import bigger_page_cache, bulk_insert
from nsdesk.services.register.importing.columns import (
    Column,
    ColumnSet,
    HeaderInfo,
    aliases_of,
    column_letter,
    field_for_header,
    find_data_end,
    find_header,
    is_column_number_row,
)
from nsdesk.services.register.importing.numbers import read_amount, read_number
from nsdesk.services.register.importing.pipeline import (
    ImportCancelled,
    _backup,
    _fill_merged_down,
    _is_cancelled,
)
from nsdesk.services.register.importing.rows import Problem, existing_key, next_uuid, text_cell
from nsdesk.services.register.taxcode import normalize as normalize_tax_code
from nsdesk.xlsx import SheetData, read_sheet, write_rejected
from nsdesk.xlsx.reader import CellValue

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event | None
CHUNK = 5000
_MEMO_MAX = 20000  # distinct values remembered per column (codes, names, dates repeat; values do not)
KINDS = ("supports", "measurements")

__all__ = ["FIELDS", "KINDS", "LABELS", "ImportCancelled", "SheetImport", "SheetResult", "apply", "import_file",
           "preview", "preview_file", "read_sheet", "save_rejected"]

# --- columns ---------------------------------------------------------------------------------

_ENTERPRISE_ALIASES = {"tax_code": aliases_of("tax_code"), "name": aliases_of("name")}
_SUPPORT_ALIASES: dict[str, tuple[str, ...]] = {
    **_ENTERPRISE_ALIASES,
    "project": ("du an", "ma du an", "du an diem", "ten du an", "thuoc du an", "ma du an diem", "ten du an diem"),
    "types": ("loai ho tro", "hinh thuc ho tro", "noi dung ho tro", "loai hinh ho tro", "linh vuc ho tro",
              "loai"),
    "tools": ("cong cu", "cong cu ap dung", "cong cu cai tien", "ma cong cu", "he thong cong cu",
              "he thong quan ly cong cu", "cong cu he thong", "he thong quan ly", "ten cong cu"),
    "start_date": ("ngay bat dau", "bat dau", "tu ngay", "ngay ho tro", "thoi gian bat dau", "ngay bd"),
    "end_date": ("ngay ket thuc", "ket thuc", "den ngay", "ngay kt", "thoi gian ket thuc", "ngay hoan thanh"),
    "status": ("trang thai", "tinh trang", "tinh trang thuc hien", "trang thai thuc hien"),
    "funding_state": ("kinh phi nha nuoc", "ngan sach nha nuoc", "kinh phi ngan sach", "nsnn", "kinh phi nsnn",
                      "ngan sach", "kinh phi ngan sach nha nuoc", "kinh phi ho tro"),
    "funding_enterprise": ("kinh phi doanh nghiep", "doanh nghiep doi ung", "doi ung", "kinh phi dn",
                           "kinh phi doi ung", "von doanh nghiep", "dn doi ung"),
    "funding_other": ("kinh phi khac", "nguon khac", "kinh phi nguon khac", "nguon von khac"),
    "cert_number": ("so giay chung nhan", "so chung nhan", "so gcn", "giay chung nhan", "gcn"),
    "cert_body": ("to chuc chung nhan", "don vi chung nhan", "co quan cap", "to chuc cap", "noi cap"),
    "cert_issued": ("ngay cap", "ngay cap giay chung nhan", "ngay cap gcn", "ngay chung nhan"),
    "cert_expires": ("ngay het han", "het han", "hieu luc den", "ngay het hieu luc", "ngay het han gcn"),
    "note": ("ghi chu", "ghi chu khac"),
}
_MEASUREMENT_ALIASES: dict[str, tuple[str, ...]] = {
    **_ENTERPRISE_ALIASES,
    "project": _SUPPORT_ALIASES["project"],
    "tool": ("cong cu", "cong cu ap dung", "ma cong cu", "ten cong cu"),
    "support_start": ("ngay bat dau ho tro", "ngay bat dau luot", "ngay bat dau", "bat dau ho tro",
                      "luot ho tro ngay bat dau"),
    "metric": ("chi tieu", "ma chi tieu", "ten chi tieu", "chi so", "chi tieu do"),
    "phase": ("truoc sau", "thoi diem", "thoi diem do", "giai doan", "truoc hay sau", "loai so lieu",
              "truoc hoac sau", "do truoc sau"),
    "value": ("gia tri", "so lieu", "gia tri do", "ket qua do", "gia tri chi tieu"),
    "measured_on": ("ngay do", "ngay", "thoi gian do", "ngay lay so lieu", "ngay do luong"),
    "period": ("ky", "ky so lieu", "ky bao cao", "nam so lieu"),
    "source": ("nguon", "nguon so lieu", "minh chung", "nguon minh chung", "nguon du lieu"),
}

FIELDS: dict[str, tuple[str, ...]] = {
    "supports": ("tax_code", "name", "project", "types", "tools", "start_date", "end_date", "status",
                 "funding_state", "funding_enterprise", "funding_other", "cert_number", "cert_body", "cert_issued",
                 "cert_expires", "note"),
    "measurements": ("tax_code", "name", "project", "tool", "support_start", "metric", "phase", "value",
                     "measured_on", "period", "source"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "supports": ("tax_code",),
    "measurements": ("tax_code", "metric", "phase", "value"),
}
LABELS: dict[str, str] = {
    "tax_code": "Mã số thuế",
    "name": "Tên doanh nghiệp",
    "project": "Dự án điểm",
    "types": "Loại hỗ trợ",
    "tools": "Công cụ",
    "tool": "Công cụ của lượt",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "status": "Trạng thái",
    "funding_state": "Kinh phí nhà nước (triệu đồng)",
    "funding_enterprise": "Kinh phí doanh nghiệp (triệu đồng)",
    "funding_other": "Kinh phí nguồn khác (triệu đồng)",
    "cert_number": "Số giấy chứng nhận",
    "cert_body": "Tổ chức chứng nhận",
    "cert_issued": "Ngày cấp giấy chứng nhận",
    "cert_expires": "Ngày hết hạn giấy chứng nhận",
    "note": "Ghi chú",
    "support_start": "Ngày bắt đầu của lượt",
    "enterprise": "Doanh nghiệp",
    "support": "Lượt hỗ trợ",
    "metric": "Chỉ tiêu",
    "phase": "Trước/Sau",
    "value": "Giá trị",
    "measured_on": "Ngày đo",
    "period": "Kỳ số liệu",
    "source": "Nguồn, minh chứng",
}
_COLUMNS = {
    "supports": ColumnSet.of(_SUPPORT_ALIASES, ("tax_code",), frozenset({"loai", "gcn", "ngan sach"})),
    "measurements": ColumnSet.of(_MEASUREMENT_ALIASES, ("tax_code",), frozenset({"ky", "ngay", "nguon"})),
}

# Support types and statuses by label, code or a usual short form (folded).
_TYPE_WORDS = {
    **{fold(label): code for code, label in SUPPORT_TYPE_LABELS.items()}, **{c: c for c in SUPPORT_TYPES},
    "dao tao": "training", "tap huan": "training", "dao tao tap huan": "training", "tu van": "consulting",
    "chung nhan": "certification", "chung nhan san pham": "certification", "so huu tri tue": "ip",
    "shtt": "ip", "dang ky so huu tri tue": "ip", "chuyen giao cong nghe": "technology", "cong nghe": "technology",
    "doi moi sang tao": "technology", "chuyen doi so": "digital", "cds": "digital", "khac": "other",
    "he thong quan ly": "system_tool", "cong cu": "system_tool", "ap dung cong cu": "system_tool",
    "xay dung ap dung he thong quan ly": "system_tool", "cong cu cai tien": "system_tool",
}
_STATUS_WORDS = {
    **{fold(label): code for code, label in SUPPORT_STATUS_LABELS.items()}, **{c: c for c in SUPPORT_STATUS_LABELS},
    "ke hoach": "planned", "du kien": "planned", "chua thuc hien": "planned", "dang thuc hien": "in_progress",
    "dang trien khai": "in_progress", "hoan thanh": "completed", "da hoan thanh": "completed", "xong": "completed",
    "da xong": "completed", "huy": "cancelled", "da huy": "cancelled", "khong thuc hien": "cancelled",
}
_PHASE_WORDS = {"truoc": "before", "before": "before", "co so": "before", "ban dau": "before", "truoc ho tro": "before",
                "sau": "after", "after": "after", "sau ho tro": "after", "ket qua": "after"}
_SPLIT = re.compile(r"\s*[;\n]\s*")


def _parts(text: str, known: Callable[[str], bool]) -> list[str]:
    """The items of a cell listing several, separated by ";" or "," — a piece separated by ";"
    that is known whole stays whole (names such as "Xây dựng, áp dụng hệ thống quản lý, …" hold commas)."""
    out: list[str] = []
    for piece in _SPLIT.split(text):
        if not piece:
            continue
        if known(piece):
            out.append(piece)
        else:
            out.extend(p for p in re.split(r"\s*,\s*", piece) if p)
    return out
_CODE_NOISE = re.compile(r"[\s_.\-/]+")


def _code_key(text: str) -> str:
    """A catalogue code as typed: "ISO 9001", "iso-9001", "Six Sigma" → "#ISO9001", "#SIXSIGMA"."""
    return "#" + _CODE_NOISE.sub("", text.upper())


# --- preview ---------------------------------------------------------------------------------

@dataclass
class SheetImport:
    """What a sheet of lượt or measurements holds and what importing it would do. Nothing written."""

    kind: str  # supports | measurements
    sheet: SheetData
    header: HeaderInfo
    mapping: dict[str, int]
    items: list[dict[str, Any]] = field(default_factory=list)  # valid rows, resolved to ids
    rejected: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    rejected_rows: list[tuple[int, list[CellValue | None], list[str]]] = field(default_factory=list)
    merged_duplicate_rows: list[int] = field(default_factory=list)
    missing_fields: list[str] = field(default_factory=list)
    column_names: dict[str, str] = field(default_factory=dict)
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    @property
    def header_row(self) -> int:
        return self.header.first_row + 1

    @property
    def columns(self) -> tuple[Column, ...]:
        by_index = {i: f for f, i in self.mapping.items()}
        return tuple(Column(c.index, c.letter, c.header, by_index.get(c.index)) for c in self.header.columns)

    def check_mapping(self) -> None:
        if self.missing_fields:
            cols = ", ".join(LABELS[f] for f in self.missing_fields)
            raise InputError(
                tr("import", "Trang \"{sheet}\" thiếu cột {cols}.").format(sheet=self.sheet.name, cols=cols),
                hint=tr("import", "Dùng tệp mẫu (nút \"Tải mẫu\") hoặc chọn cột khi xem trước."))

    def problems_by_row(self) -> dict[int, list[Problem]]:
        out: dict[int, list[Problem]] = {}
        for p in sorted(self.rejected + self.warnings, key=lambda p: (p.row, p.reason is None)):
            out.setdefault(p.row, []).append(p)
        return out


@dataclass
class SheetResult:
    kind: str
    created: int
    updated: int
    unchanged: int
    merged_duplicate_rows: list[int]
    rejected: list[Problem]
    warnings: list[Problem]
    written: bool
    backup: Path | None = None
    batch: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
            "rejected": [{"row": p.row, "column": p.column, "reason": p.reason, "message": p.message}
                         for p in self.rejected],
            "warnings": [{"row": p.row, "column": p.column, "message": p.message} for p in self.warnings],
        }


def preview_file(session: Session, kind: str, path: str | Path, sheet: str | None = None,
                 mapping: dict[str, int] | None = None, progress: Progress | None = None) -> SheetImport:
    return preview(session, kind, read_sheet(path, sheet), mapping=mapping, progress=progress)


def preview(session: Session, kind: str, data: SheetData, mapping: dict[str, int] | None = None,
            progress: Progress | None = None) -> SheetImport:
    """Read and check every row of ``data`` (a sheet of ``kind``) without writing.

    ``mapping`` ({field: 0-based column}) replaces the detected one (the wizard's corrections).
    InputError when no header row names a tax code column.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown import kind: {kind}")
    header = find_header(data.rows, columns=_COLUMNS[kind])
    if header is None:
        raise InputError(
            tr("import", "Không tìm thấy dòng tiêu đề trong trang \"{sheet}\" của tệp {path}.").format(
                sheet=data.name, path=data.path.name),
            hint=tr("import", "Dòng tiêu đề cần có ít nhất cột \"Mã số thuế\" (MST); có thể dùng tệp mẫu."))
    if mapping is None:
        mapping = header.mapping
    else:
        unknown = set(mapping) - set(FIELDS[kind])
        if unknown:
            raise ValueError(f"unknown import fields: {sorted(unknown)}")
        mapping = {f: int(i) for f, i in mapping.items() if i is not None}
    headers = {c.index: c.header or c.letter for c in header.columns}
    pv = SheetImport(kind, data, header, mapping,
                     column_names={f: headers.get(i) or column_letter(i) for f, i in mapping.items()})
    pv.missing_fields = [f for f in REQUIRED[kind] if f not in mapping]
    if pv.missing_fields:
        return pv
    _fill_merged_down(data, header.last_row + 1)
    reader = (_SupportReader if kind == "supports" else _MeasurementReader)(session, pv)
    reader.read(progress)
    plan = _plan(session, pv)
    pv.created, pv.updated, pv.unchanged = len(plan.creates), len(plan.updates), plan.unchanged
    return pv


class _Reader:
    """Shared row loop: data rows under the header, blank and column-number rows skipped, problems collected."""

    def __init__(self, session: Session, pv: SheetImport):
        self.session = session
        self.pv = pv
        self.m = pv.mapping
        self.width = max(pv.mapping.values(), default=-1) + 1
        t = Enterprise.__table__
        self.enterprises: dict[str, int] = {}
        for eid, code in session.execute(select(t.c.id, t.c.tax_code).where(t.c.tax_code.is_not(None))):
            key = existing_key(code)
            if key:
                self.enterprises[key] = eid
        self.projects: dict[str, int | None] = {}
        for pid, code, name in session.execute(select(PilotProject.id, PilotProject.code, PilotProject.name)):
            self.projects[code.upper()] = pid
            f = fold(name)
            self.projects[f] = None if f in self.projects and self.projects[f] != pid else pid
        self.tools: dict[str, tuple[int, bool] | None] = {}
        for tid, code, name, name_en, retired in session.execute(
                select(Tool.id, Tool.code, Tool.name, Tool.name_en, Tool.retired)):
            self.tools[code.upper()] = (tid, retired)
            self.tools.setdefault(_code_key(code), (tid, retired))
            for n in (name, name_en):
                if n:
                    f = fold(n)
                    self.tools[f] = None if f in self.tools and self.tools[f] != (tid, retired) else (tid, retired)
        self._memo: dict[tuple[str, object], object] = {}
        self._texts: dict[str, dict[object, str | None]] = {}
        self._days: dict[tuple[str, object], date] = {}

    def cell(self, row: Sequence[CellValue | None], f: str) -> object:
        i = self.m.get(f)
        return row[i] if i is not None and i < len(row) else None

    def text(self, row: Sequence[CellValue | None], f: str) -> str | None:
        """A cell as clean text; remembered per column while its values repeat (codes, names, dates)."""
        i = self.m.get(f)
        if i is None or i >= len(row):
            return None
        v = row[i]
        if v is None or v == "":
            return None
        memo = self._texts.get(f)
        if memo is None:
            memo = self._texts[f] = {}
        try:
            return memo[v]
        except KeyError:
            out = text_cell(v)
            if len(memo) < _MEMO_MAX:
                memo[v] = out
            return out
        except TypeError:
            return text_cell(v)

    def read(self, progress: Progress | None) -> None:
        rows = self.pv.sheet.rows
        start = self.pv.header.last_row + 1
        end = find_data_end(rows, start)
        idx = list(self.m.values())
        total = end - start
        for r in range(start, end):
            row: Sequence[CellValue | None] = rows[r]
            if all(i >= len(row) or row[i] in ("", None) or (isinstance(row[i], str) and cast(str, row[i]).isspace())
                   for i in idx):
                continue
            if r < start + 2 and is_column_number_row(row):
                continue
            if len(row) < self.width:
                row = list(row) + [None] * (self.width - len(row))
            self.problems: list[tuple[str, str]] = []
            self.notes: list[tuple[str, str]] = []
            item = self.read_row(row)
            col = self.column
            self.pv.warnings.extend(Problem(r + 1, col(f), None, msg, f) for f, msg in self.notes)
            if self.problems:
                self.pv.rejected.extend(Problem(r + 1, col(f), f, msg, f) for f, msg in self.problems)
                self.pv.rejected_rows.append((r + 1, list(row), [msg for _f, msg in self.problems]))
            elif item is not None:
                item["row"] = r + 1
                self.pv.items.append(item)
            if progress and (r - start) % 10000 == 0:
                progress(r - start, total)
        if progress:
            progress(total, total)
        self._merge_duplicates()

    def read_row(self, row: Sequence[CellValue | None]) -> dict[str, Any] | None:
        raise NotImplementedError  # each kind of sheet reads its own rows

    def column(self, f: str) -> str:
        """The header of the column a problem of ``f`` is about (an unknown enterprise: its tax code column)."""
        cols = self.pv.column_names
        for candidate in {"enterprise": ("tax_code",), "support": ("support_start", "tool", "project")}.get(f, (f,)):
            if candidate in cols:
                return cols[candidate]
        return LABELS.get(f, f)

    def _merge_duplicates(self) -> None:
        seen: dict[tuple[Any, ...], int] = {}
        out: list[dict[str, Any]] = []
        for item in self.pv.items:
            at = seen.get(item["key"])
            if at is None:
                seen[item["key"]] = len(out)
                out.append(item)
            else:
                out[at] = item
                self.pv.merged_duplicate_rows.append(item["row"])
        self.pv.items = out

    def reject(self, f: str, message: str) -> None:
        self.problems.append((f, message))

    def note(self, f: str, message: str) -> None:
        self.notes.append((f, message))

    # -- shared lookups --------------------------------------------------------------------------
    def enterprise(self, row: Sequence[CellValue | None]) -> int | None:
        raw = self.cell(row, "tax_code")
        if raw in (None, "") or (isinstance(raw, str) and not raw.strip()):
            self.reject("tax_code", tr("import", "Thiếu mã số thuế của doanh nghiệp."))
            return None
        key = self._memo.get(("tax", raw)) if isinstance(raw, (str, int, float)) else None
        if key is None:
            tax = normalize_tax_code(raw, household=True)
            if tax.code is None:
                self.reject("tax_code", tax.error or "")  # error is set whenever code is None
                return None
            key = self._memo[("tax", raw)] = tax.code
        eid: int | None = self.enterprises.get(cast(str, key))  # the memo holds tax codes under ("tax", raw)
        if eid is None:
            name = self.text(row, "name")
            self.reject("enterprise", tr("import", "Doanh nghiệp có mã số thuế {code}{name} chưa có trong sổ; hãy nhập "
                                                   "doanh nghiệp vào sổ trước.").format(
                code=key, name=f" ({name})" if name else ""))
        return eid

    def project(self, row: Sequence[CellValue | None]) -> tuple[bool, int | None]:
        """(given, id); an unknown project rejects the row."""
        text = self.text(row, "project")
        if not text:
            return False, None
        pid = self.projects.get(text.upper())
        if pid is None:
            pid = self.projects.get(fold(text))
        if pid is None:
            self.reject("project", tr("import", "Không tìm thấy dự án điểm \"{value}\" (mã hoặc tên dự án); hãy tạo "
                                                "dự án trước hoặc để trống.").format(value=text))
        return True, pid

    def tool_ids(self, row: Sequence[CellValue | None], f: str) -> tuple[int, ...] | None:
        text = self.text(row, f)
        if not text:
            return ()
        ids, unknown, retired = [], [], []
        for part in _parts(text, self._known_tool):
            hit = self.tools.get(part.upper()) or self.tools.get(_code_key(part)) or self.tools.get(fold(part))
            if hit is None:
                unknown.append(part)
            elif hit[1] and f == "tools":
                retired.append(part)
            elif hit[0] not in ids:
                ids.append(hit[0])
        if unknown:
            self.reject(f, tr("import", "Không có trong danh mục công cụ: {values} (ghi mã như ISO9001, 5S hoặc tên "
                                        "công cụ).").format(values=", ".join(unknown)))
            return None
        if retired:
            self.reject(f, tr("import", "Công cụ đã ngừng sử dụng, không ghi cho lượt hỗ trợ: {values}.").format(
                values=", ".join(retired)))
            return None
        return tuple(sorted(ids))

    def _known_tool(self, text: str) -> bool:
        return bool(self.tools.get(text.upper()) or self.tools.get(_code_key(text)) or self.tools.get(fold(text)))

    def day(self, row: Sequence[CellValue | None], f: str) -> tuple[bool, date | None]:
        """(ok, date): an unreadable date rejects the row."""
        value = self.cell(row, f)
        if value is None or value == "":
            return True, None
        try:
            return True, self._days[(f, value)]
        except (KeyError, TypeError):
            pass
        ok, day = self._day(value, f)
        if ok and day is not None and len(self._days) < _MEMO_MAX:
            try:
                self._days[(f, value)] = day
            except TypeError:
                pass
        return ok, day

    def _day(self, value: object, f: str) -> tuple[bool, date | None]:
        if isinstance(value, datetime):
            return True, value.date()
        if isinstance(value, date):
            return True, value
        if isinstance(value, (int, float)) and not isinstance(value, bool) and 20000 < value < 80000:
            from datetime import timedelta

            return True, date(1899, 12, 30) + timedelta(days=int(value))  # an Excel serial date
        text = text_cell(value)
        if not text:
            return True, None
        try:
            day = parse_date(text)
        except ValueError:
            day = None
        if day is None or not 1990 <= day.year <= 2100:
            self.reject(f, tr("import", "{label} \"{value}\" không đọc được; ghi ngày dạng dd/mm/yyyy (ví dụ "
                                        "15/03/2025).").format(label=LABELS[f], value=text))
            return False, None
        return True, day

    def amount(self, row: Sequence[CellValue | None], f: str) -> float | None:
        """A money amount ≥ 0 in million VND; unreadable rejects the row."""
        value = self.cell(row, f)
        if value.__class__ is float and value >= 0:
            return value
        number, note, err = read_amount(value, LABELS[f])
        if err:
            self.reject(f, err)
        elif note:
            self.note(f, note)
        return number


class _SupportReader(_Reader):
    def read_row(self, row: Sequence[CellValue | None]) -> dict[str, Any] | None:
        eid = self.enterprise(row)
        has_project, pid = self.project(row)
        tools = self.tool_ids(row, "tools")
        types_text = self.text(row, "types")
        types: list[str] = []
        if types_text:
            unknown = []
            for part in _parts(types_text, lambda t: fold(t).strip(" .") in _TYPE_WORDS):
                if part:
                    code = _TYPE_WORDS.get(fold(part).strip(" ."))
                    if code is None:
                        unknown.append(part)
                    elif code not in types:
                        types.append(code)
            if unknown:
                self.reject("types", tr("import", "Loại hỗ trợ không hợp lệ: {values}; ghi một trong: {choices}.").format(
                    values=", ".join(unknown), choices=", ".join(SUPPORT_TYPE_LABELS.values())))
        elif tools:
            types = ["system_tool"]
            if "types" in self.m:
                self.note("types", tr("import", "Không ghi loại hỗ trợ; lượt có công cụ nên được ghi là \"{label}\".")
                          .format(label=SUPPORT_TYPE_LABELS["system_tool"]))
        elif tools is not None:
            self.reject("types", tr("import", "Hãy ghi loại hỗ trợ (ví dụ Đào tạo, Tư vấn) hoặc công cụ của lượt."))
        values: dict[str, Any] = {}
        ok = True
        for f in ("start_date", "end_date", "cert_issued", "cert_expires"):
            good, values[f] = self.day(row, f)
            ok = ok and good
        if ok and values["start_date"] and values["end_date"] and values["end_date"] < values["start_date"]:
            self.reject("end_date", tr("import", "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."))
        if ok and values["cert_issued"] and values["cert_expires"] and values["cert_expires"] <= values["cert_issued"]:
            self.reject("cert_expires", tr("import", "Ngày hết hạn giấy chứng nhận phải sau ngày cấp."))
        status_text = self.text(row, "status")
        status = None
        if status_text:
            status = _STATUS_WORDS.get(fold(status_text).strip(" ."))
            if status is None:
                self.reject("status", tr("import", "Trạng thái \"{value}\" không hợp lệ; ghi một trong: {choices}.").format(
                    value=status_text, choices=", ".join(SUPPORT_STATUS_LABELS.values())))
        for f in ("funding_state", "funding_enterprise", "funding_other"):
            values[f] = self.amount(row, f)
        for f, limit in (("cert_number", 100), ("cert_body", 300), ("note", None)):
            text = self.text(row, f)
            if text and limit and len(text) > limit:
                self.reject(f, tr("import", "{label} dài quá {n} ký tự.").format(label=LABELS[f], n=limit))
            values[f] = text
        if (values["cert_issued"] or values["cert_expires"]) and not values["cert_number"]:
            self.reject("cert_number", tr("import", "Đã ghi ngày của giấy chứng nhận thì hãy ghi cả số giấy chứng nhận."))
        if status == "completed" and not values["start_date"]:
            self.reject("start_date", tr("import", "Lượt hỗ trợ đã hoàn thành cần có ngày bắt đầu."))
        if self.problems or eid is None or tools is None or (has_project and pid is None):
            return None
        values["status"] = status
        values["types"] = types
        return {"key": (eid, values["start_date"], tools, pid), "enterprise_id": eid, "project_id": pid,
                "tools": tools, "values": values}


class _MeasurementReader(_Reader):
    def __init__(self, session: Session, pv: SheetImport):
        super().__init__(session, pv)
        self.metrics: dict[str, Metric | None] = {}
        for m in session.scalars(select(Metric)):
            self.metrics[m.code.lower()] = m
            for n in (m.name, m.name_en):
                if n:
                    f = fold(n)
                    self.metrics[f] = None if f in self.metrics and self.metrics[f] is not m else m
        self._phases: dict[str | None, str | None] = {}
        self.supports: dict[int, list[tuple[int, int | None, date | None, frozenset[int]]]] = {}
        wants_support = any(f in self.m for f in ("project", "tool", "support_start"))
        if wants_support:
            tools: dict[int, set[int]] = {}
            for sid, tid in session.execute(select(SupportTool.support_id, SupportTool.tool_id)):
                tools.setdefault(sid, set()).add(tid)
            for sid, eid, pid, start in session.execute(
                    select(Support.id, Support.enterprise_id, Support.project_id, Support.start_date)):
                self.supports.setdefault(eid, []).append((sid, pid, start, frozenset(tools.get(sid, ()))))

    def read_row(self, row: Sequence[CellValue | None]) -> dict[str, Any] | None:
        eid = self.enterprise(row)
        has_project, pid = self.project(row)
        tool = self.tool_ids(row, "tool")
        ok_start, start = self.day(row, "support_start")
        metric_text = self.text(row, "metric")
        metric = None
        if not metric_text:
            self.reject("metric", tr("import", "Thiếu chỉ tiêu (ghi mã như workers hoặc tên chỉ tiêu)."))
        else:
            metric = self.metrics.get(metric_text.lower())
            if metric is None:
                metric = self.metrics.get(fold(metric_text))
            if metric is None:
                self.reject("metric", tr("import", "Không có chỉ tiêu \"{value}\" trong danh mục.").format(value=metric_text))
            elif metric.computed_from:
                self.reject("metric", tr("import", "{name} được tính tự động, không nhập trực tiếp; hãy nhập các chỉ "
                                                   "tiêu dùng để tính ra nó.").format(name=metric.name))
                metric = None
        phase_text = self.text(row, "phase")
        phase = self._phases.get(phase_text)
        if phase is None:
            phase = self._phases[phase_text] = _PHASE_WORDS.get(fold(phase_text or "").strip(" ."))
        if phase is None:
            self.reject("phase", tr("import", "Ghi \"Trước\" (số liệu cơ sở) hoặc \"Sau\" (sau hỗ trợ) ở cột trước/sau"
                                              " (đang là \"{value}\").").format(value=phase_text or ""))
        value, note, err = read_number(self.cell(row, "value"), LABELS["value"])
        if err:
            self.reject("value", err)
        elif note:
            self.note("value", note)
        if value is None and not any(f == "value" for f, _m in self.problems):
            self.reject("value", tr("import", "Thiếu giá trị đo."))
        ok_day, measured_on = self.day(row, "measured_on")
        period = self.text(row, "period")
        if period and len(period) > 40:
            self.reject("period", tr("import", "{label} dài quá {n} ký tự.").format(label=LABELS["period"], n=40))
        source = self.text(row, "source")
        sid = None
        if eid is not None and ok_start and tool is not None and not (has_project and pid is None) and (
                has_project or tool or start):
            found = [s for s in self.supports.get(eid, ())
                     if (not has_project or s[1] == pid) and (not tool or set(tool) <= s[3])
                     and (start is None or s[2] == start)]
            if len(found) == 1:
                sid = found[0][0]
            else:
                what = ", ".join(x for x in (
                    self.text(row, "project"), self.text(row, "tool"), start.strftime("%d/%m/%Y") if start else None)
                    if x)
                self.reject("support", (tr("import", "Doanh nghiệp không có lượt hỗ trợ nào khớp ({what}).") if not found
                                        else tr("import", "Có {n} lượt hỗ trợ khớp ({what}); hãy ghi thêm dự án, công cụ "
                                                          "hoặc ngày bắt đầu để chỉ rõ một lượt.")).format(
                    what=what, n=len(found)))
        if self.problems or eid is None or metric is None or phase is None or value is None or not ok_day:
            return None
        return {"key": (eid, sid, metric.id, phase, measured_on), "enterprise_id": eid, "support_id": sid,
                "metric_id": metric.id, "phase": phase, "measured_on": measured_on,
                "values": {"value": value, "period": period, "source": source}}


# --- plan and apply ----------------------------------------------------------------------------

@dataclass
class _Plan:
    creates: list[dict[str, Any]] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], dict[str, Any], list[tuple[str, object, object]]]] = field(default_factory=list)
    unchanged: int = 0


_SUPPORT_COMPARED = ("end_date", "status", "funding_state", "funding_enterprise", "funding_other", "cert_number",
                     "cert_body", "cert_issued", "cert_expires", "note")


def _existing_supports(session: Session) -> dict[tuple[Any, ...], dict[str, Any]]:
    tools: dict[int, list[int]] = {}
    t: Any  # a type's name in the loop below, then the supports table
    for sid, tid in session.execute(select(SupportTool.support_id, SupportTool.tool_id)):
        tools.setdefault(sid, []).append(tid)
    types: dict[int, list[str]] = {}
    for sid, t in session.execute(select(SupportType.support_id, SupportType.type)):
        types.setdefault(sid, []).append(t)
    t = Support.__table__
    out = {}
    for row in session.execute(select(t.c.id, t.c.uuid, t.c.enterprise_id, t.c.project_id, t.c.start_date,
                                      *[t.c[c] for c in _SUPPORT_COMPARED])).mappings():
        d = dict(row)
        d["types"] = sorted(types.get(d["id"], []))
        out[(d["enterprise_id"], d["start_date"], tuple(sorted(tools.get(d["id"], []))), d["project_id"])] = d
    return out


def _existing_measurements(session: Session, enterprise_ids: set[int]) -> dict[tuple[Any, ...], dict[str, Any]]:
    t = Measurement.__table__
    out = {}
    q = select(t.c.id, t.c.uuid, t.c.enterprise_id, t.c.support_id, t.c.metric_id, t.c.phase, t.c.measured_on,
               t.c.value, t.c.period, t.c.source)
    ids = sorted(enterprise_ids)
    for start in range(0, len(ids), CHUNK):
        for row in session.execute(q.where(t.c.enterprise_id.in_(ids[start:start + CHUNK]))).mappings():
            d = dict(row)
            out[(d["enterprise_id"], d["support_id"], d["metric_id"], d["phase"], d["measured_on"])] = d
    return out


def _plan(session: Session, pv: SheetImport) -> _Plan:
    plan = _Plan()
    if pv.kind == "supports":
        existing = _existing_supports(session)
    else:
        existing = _existing_measurements(session, {i["enterprise_id"] for i in pv.items})
    for item in pv.items:
        old = existing.get(item["key"])
        if old is None:
            plan.creates.append(item)
            continue
        changes: list[tuple[str, object, object]] = []
        for f, new in item["values"].items():
            if new is None or new == [] or f == "start_date":
                continue
            o = old.get(f)
            if f == "types":
                if sorted(new) != o:
                    changes.append((f, o, sorted(new)))
            elif isinstance(new, float) and o is not None and abs(float(o) - new) < 1e-9:
                continue
            elif o != new:
                changes.append((f, o, new))
        if changes:
            plan.updates.append((old, item, changes))
        else:
            plan.unchanged += 1
    return plan


def _default_status(values: dict[str, Any], today: date) -> str:
    if values["status"]:
        status: str = values["status"]
        return status
    if values["end_date"] and values["end_date"] <= today:
        return "completed"
    if values["start_date"] and values["start_date"] <= today:
        return "in_progress"
    return "planned"


def apply(session: Session, pv: SheetImport, *, progress: Progress | None = None, cancel: Cancel = None,
          dry_run: bool = False, strict: bool = False, backup: bool = True) -> SheetResult:
    """Write the preview's valid rows in the caller's transaction (nothing when ``dry_run``, or
    ``strict`` and a row was rejected). Raising leaves the rollback to the caller."""
    pv.check_mapping()
    plan = _plan(session, pv)
    result = SheetResult(pv.kind, len(plan.creates), len(plan.updates), plan.unchanged,
                         list(pv.merged_duplicate_rows), list(pv.rejected), list(pv.warnings), written=False)
    if dry_run or (strict and pv.rejected):
        return result
    total = len(plan.creates) + len(plan.updates)
    if progress:
        progress(0, total)
    if total == 0:
        return result
    if _is_cancelled(cancel):
        raise ImportCancelled()
    if backup:
        result.backup = _backup(session, "before-import")
    office = get_office(session)
    ctx: dict[str, Any] = {"officer": office.officer_name, "source": pv.sheet.path.name, "batch": next_uuid(), "done": 0,
           "total": total, "progress": progress, "cancel": cancel}
    result.batch = ctx["batch"]
    with bigger_page_cache(session):
        if pv.kind == "supports":
            _write_supports(session, plan, ctx)
        else:
            _write_measurements(session, plan, ctx)
        session.flush()
    result.written = True
    return result


def _step(ctx: dict[str, Any], n: int) -> None:
    ctx["done"] += n
    if ctx["progress"]:
        ctx["progress"](ctx["done"], ctx["total"])
    if _is_cancelled(ctx["cancel"]):
        raise ImportCancelled()


def _history(ctx: dict[str, Any], entity: str, uuid: str, field_: str | None, old: object, new: object,
             now: datetime) -> dict[str, Any]:
    return {"at": now, "officer": ctx["officer"], "entity": entity, "entity_uuid": uuid, "action": "import",
            "field": field_, "old_value": _str(old), "new_value": _str(new), "batch": ctx["batch"]}


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _new_ids(session: Session, table: Table, max_id: int, uuids: list[str]) -> dict[str, int]:
    wanted = set(uuids)
    return {u: i for i, u in session.execute(select(table.c.id, table.c.uuid).where(table.c.id > max_id))
            if u in wanted}


def _write_supports(session: Session, plan: _Plan, ctx: dict[str, Any]) -> None:
    table = Support.__table__
    today = date.today()
    chunk: list[Any]  # new items, then (stored, item, changes) updates
    for start in range(0, len(plan.creates), CHUNK):
        chunk = plan.creates[start:start + CHUNK]
        now = utcnow()
        max_id = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
        rows = []
        for item in chunk:
            v = item["values"]
            rows.append({"uuid": next_uuid(), "created_at": now, "modified_at": now,
                         "enterprise_id": item["enterprise_id"], "project_id": item["project_id"],
                         "start_date": v["start_date"], "end_date": v["end_date"],
                         "status": _default_status(v, today), "funding_state": v["funding_state"],
                         "funding_enterprise": v["funding_enterprise"], "funding_other": v["funding_other"],
                         "cert_number": v["cert_number"], "cert_body": v["cert_body"],
                         "cert_issued": v["cert_issued"], "cert_expires": v["cert_expires"], "note": v["note"]})
        uuids = [r["uuid"] for r in rows]
        bulk_insert(session, table, rows)
        ids = _new_ids(session, table, max_id, uuids)
        bulk_insert(session, SupportType.__table__, [
            {"support_id": ids[u], "type": t} for u, item in zip(uuids, chunk) for t in item["values"]["types"]])
        bulk_insert(session, SupportTool.__table__, [
            {"support_id": ids[u], "tool_id": t} for u, item in zip(uuids, chunk) for t in item["tools"]])
        bulk_insert(session, Change.__table__, [_history(ctx, "support", u, None, None, ctx["source"], now)
                                                for u in uuids])
        _step(ctx, len(chunk))
    cols = [c for c in _SUPPORT_COMPARED]
    stmt = update(table).where(table.c.id == bindparam("_id")).values(
        {**{c: bindparam("v_" + c) for c in cols}, "modified_at": bindparam("v_modified_at")})
    for start in range(0, len(plan.updates), CHUNK):
        chunk = plan.updates[start:start + CHUNK]
        now = utcnow()
        params: list[dict[str, Any]] = []
        history: list[dict[str, Any]] = []
        retyped: list[tuple[int, list[str]]] = []  # (support id, its new types)
        for old, _item, changes in chunk:
            merged = {c: old.get(c) for c in cols}
            for f, o, n in changes:
                if f == "types":
                    retyped.append((old["id"], cast("list[str]", n)))  # types: a sorted list
                else:
                    merged[f] = n
                history.append(_history(ctx, "support", old["uuid"], f, o, n, now))
            params.append({"_id": old["id"], "v_modified_at": now, **{"v_" + c: merged[c] for c in cols}})
        session.execute(stmt, params)
        if retyped:
            from sqlalchemy import delete

            session.execute(delete(SupportType).where(SupportType.support_id.in_([i for i, _t in retyped])))
            bulk_insert(session, SupportType.__table__, [{"support_id": i, "type": t} for i, ts in retyped for t in ts])
        bulk_insert(session, Change.__table__, history)
        _step(ctx, len(chunk))


def _write_measurements(session: Session, plan: _Plan, ctx: dict[str, Any]) -> None:
    from nsdesk.services.pilots.measurements import refresh_after_import

    table = Measurement.__table__
    touched: set[tuple[Any, ...]] = set()
    chunk: list[Any]  # new items, then (stored, item, changes) updates
    for start in range(0, len(plan.creates), CHUNK):
        chunk = plan.creates[start:start + CHUNK]
        now = utcnow()
        rows = [{"uuid": next_uuid(), "created_at": now, "modified_at": now, "enterprise_id": i["enterprise_id"],
                 "support_id": i["support_id"], "metric_id": i["metric_id"], "phase": i["phase"],
                 "value": i["values"]["value"], "measured_on": i["measured_on"], "period": i["values"]["period"],
                 "source": i["values"]["source"], "flagged": False, "flag_reason": None} for i in chunk]
        touched.update(i["key"] for i in chunk)
        history = [_history(ctx, "measurement", r["uuid"], None, None, ctx["source"], now) for r in rows]
        bulk_insert(session, table, rows)
        bulk_insert(session, Change.__table__, history)
        _step(ctx, len(chunk))
    stmt = update(table).where(table.c.id == bindparam("_id")).values(
        value=bindparam("v_value"), period=bindparam("v_period"), source=bindparam("v_source"),
        modified_at=bindparam("v_modified_at"))
    for start in range(0, len(plan.updates), CHUNK):
        chunk = plan.updates[start:start + CHUNK]
        now = utcnow()
        params, history = [], []
        for old, item, changes in chunk:
            merged = {c: old[c] for c in ("value", "period", "source")}
            for f, o, n in changes:
                merged[f] = n
                history.append(_history(ctx, "measurement", old["uuid"], f, o, n, now))
            params.append({"_id": old["id"], "v_modified_at": now, **{"v_" + c: merged[c] for c in merged}})
            touched.add(item["key"])
        session.execute(stmt, params)
        bulk_insert(session, Change.__table__, history)
        _step(ctx, len(chunk))
    refresh_after_import(session, touched)


def import_file(session: Session, kind: str, path: str | Path, sheet: str | None = None, **kwargs: Any) -> SheetResult:
    pv = preview_file(session, kind, path, sheet)
    pv.check_mapping()
    return apply(session, pv, **kwargs)


def save_rejected(pv: SheetImport, path: str | Path) -> int:
    """The rejected rows as they were in the file, plus a "Lỗi" column; returns the row count."""
    header = [c.header or c.letter for c in pv.header.columns]
    rows = [(cells, "; ".join(msgs)) for _row, cells, msgs in pv.rejected_rows]
    text_cols = [pv.mapping["tax_code"]] if "tax_code" in pv.mapping else []
    return write_rejected(path, header, rows, text_columns=text_cols)


def field_for(kind: str, header: object) -> str | None:
    """The field a header names in a sheet of ``kind`` (the wizard's mapping uses it)."""
    return field_for_header(header, _COLUMNS[kind])
