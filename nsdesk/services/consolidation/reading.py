"""Reading a received data package: is it one, which version, is it intact, and its rows checked."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import SUPPORT_STATUSES, AdminUnit, Metric, Tool
from nsdesk.models.pilot import PROJECT_STATUSES, SUPPORT_TYPES
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.register import taxcode
from nsdesk.services.register.importing.fields import FIELD_LABELS, parse_amount, parse_whole
from nsdesk.services.reporting import periods
from nsdesk.xlsx import checksum, read_text_sheets

_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")

Record = dict[str, str]


@dataclass(frozen=True)
class Rejected:
    sheet: str
    row: int
    column: str
    reason: str

    def to_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "reason": self.reason}


@dataclass
class Received:
    """A package as read: its manifest, office sheet and the valid rows of every record sheet."""

    path: Path
    manifest: dict[str, str]
    office: dict[str, str]
    records: dict[str, list[Record]]
    rows_of: dict[str, list[int]]  # sheet row numbers of the records (for messages)
    checksum: str
    checksum_ok: bool
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def office_key(self) -> str:
        return fmt.office_key(self.office.get("province_code"), self.office.get("commune_code"),
                              self.office.get("unit_name"))

    @property
    def office_label(self) -> str:
        parts = [self.office.get("commune_name") or self.office.get("unit_name"), self.office.get("province_name")]
        return ", ".join(p for p in parts if p)

    @property
    def period(self) -> fmt.Period:
        return periods.custom(date.fromisoformat(self.office["period_from"]), date.fromisoformat(self.office["period_to"]))

    @property
    def plan_code(self) -> str:
        return self.office["plan_code"]

    @property
    def exported_at(self) -> datetime | None:
        value = self.manifest.get("exported_at")
        return fmt.as_utc(datetime.fromisoformat(value)) if value else None


def _not_submission(path: Path) -> InputError:
    return InputError(
        tr("submission", "Tệp {path} không phải gói dữ liệu báo cáo của nsdesk (thiếu trang \"{sheet}\").")
        .format(path=path.name, sheet=fmt.MANIFEST),
        hint=tr("submission", "Hãy nhận tệp báo cáo do nsdesk của đơn vị gửi xuất ra."))


def _damaged(path: Path, what: str) -> InputError:
    return InputError(tr("submission", "Tệp {path} bị hỏng: {what}").format(path=path.name, what=what),
                      hint=tr("submission", "Đề nghị đơn vị gửi lại tệp."))


def read_package(path: str | Path) -> tuple[Received, dict[str, list[list[str]]]]:
    """Read and check the package's structure. Raises InputError (exit 2, nothing written) for a file
    that is not a package, is damaged, or comes from a newer format version."""
    book = read_text_sheets(path, fmt.PREFIX)
    path = book.path
    sheets = book.sheets
    if fmt.MANIFEST not in sheets:
        raise _not_submission(path)
    manifest = {r[0]: (r[1] if len(r) > 1 else "") for r in sheets[fmt.MANIFEST][1:] if r}
    if manifest.get("format") != fmt.FORMAT_NAME:
        raise _not_submission(path)
    try:
        version = int(manifest.get("format_version", ""))
    except ValueError:
        raise _damaged(path, tr("submission", "không đọc được phiên bản định dạng.")) from None
    if version > fmt.FORMAT_VERSION:
        raise InputError(
            tr("submission", "Tệp {path} theo định dạng phiên bản {version}, mới hơn phiên bản {mine} mà nsdesk "
                             "này đọc được; không nhập gì.").format(path=path.name, version=version, mine=fmt.FORMAT_VERSION),
            hint=tr("submission", "Cập nhật nsdesk lên bản mới rồi nhập lại."))
    for name in fmt.DATA_SHEETS:
        if name not in sheets:
            raise _damaged(path, tr("submission", "thiếu trang \"{sheet}\".").format(sheet=name))
        got = sheets[name][0] if sheets[name] else []
        if got[:len(fmt.COLUMNS[name])] != fmt.header(name):
            raise _damaged(path, tr("submission", "tiêu đề trang \"{sheet}\" không đúng mẫu.").format(sheet=name))
    office = {r[0]: (r[1] if len(r) > 1 else "") for r in sheets[fmt.OFFICE][1:] if r}
    try:
        date.fromisoformat(office.get("period_from", ""))
        date.fromisoformat(office.get("period_to", ""))
    except ValueError:
        raise _damaged(path, tr("submission", "không đọc được kỳ báo cáo.")) from None
    if not office.get("plan_code"):
        raise _damaged(path, tr("submission", "thiếu mã kế hoạch.")) from None
    data = {name: sheets[name] for name in fmt.DATA_SHEETS}
    digest = checksum(data)
    received = Received(path=path, manifest=manifest, office=office, records={}, rows_of={}, checksum=digest,
                        checksum_ok=digest == manifest.get("checksum"))
    for name in fmt.RECORD_SHEETS:
        fields = [f for f, _l in fmt.COLUMNS[name]]
        records, numbers = [], []
        for i, row in enumerate(sheets[name][1:], start=2):
            cells = [c.strip() for c in row] + [""] * (len(fields) - len(row))
            records.append(dict(zip(fields, cells)))
            numbers.append(i)
        received.records[name] = records
        received.rows_of[name] = numbers
    return received, data


# --- row checks: the register import's rules and messages, plus what each sheet needs --------

Check = Callable[[Record], list[tuple[str, str]]]


_LABELS = {sheet: dict(columns) for sheet, columns in fmt.COLUMNS.items()}
_DATE_FIELDS = {sheet: [f for f, _l in columns if f.endswith(("_date", "_on", "cert_issued", "cert_expires"))]
                for sheet, columns in fmt.COLUMNS.items()}


def _label(sheet: str, f: str) -> str:
    return _LABELS[sheet].get(f, f)


def _date_error(value: str, label: str) -> str | None:
    if not value:
        return None
    try:
        date.fromisoformat(value)
    except ValueError:
        return tr("submission", "{label} phải là ngày dạng NNNN-TT-NN (đang là \"{value}\").").format(
            label=label, value=value)
    return None


def _record_errors(sheet: str, r: Record) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if not _UUID.match(r.get("uuid", "")):
        out.append(("uuid", tr("submission", "Mã định danh (UUID) không hợp lệ: \"{value}\".").format(
            value=r.get("uuid", ""))))
    try:
        datetime.fromisoformat(r.get("modified_at", ""))
    except ValueError:
        out.append(("modified_at", tr("submission", "Không đọc được thời điểm sửa \"{value}\".").format(
            value=r.get("modified_at", ""))))
    return out


class RowChecker:
    """Checks every row; a bad row is rejected with a message saying what to fix."""

    def __init__(self, session: Session) -> None:
        self.communes = set(session.scalars(select(AdminUnit.code)))
        self.tools = set(session.scalars(select(Tool.code)))
        self.metrics = set(session.scalars(select(Metric.code)))

    def check(self, sheet: str, r: Record) -> list[tuple[str, str]]:
        out = _record_errors(sheet, r)
        if sheet == fmt.ENTERPRISES:
            if not r.get("name"):
                out.append(("name", tr("import", "Thiếu tên doanh nghiệp.")))
            if r.get("tax_code"):
                tax = taxcode.normalize(r["tax_code"], household=r.get("kind") == "household")
                if tax.code is None:
                    out.append(("tax_code", tax.error or ""))
                else:
                    r["tax_code"] = tax.code
            if r.get("commune_code") and r["commune_code"] not in self.communes:
                out.append(("commune_code", tr("submission", "Không có xã/phường mã \"{value}\".").format(
                    value=r["commune_code"])))
            for f in ("employees", "founded_year"):
                _v, err = parse_whole(r.get(f) or None, FIELD_LABELS.get(f, _label(sheet, f)))
                if err:
                    out.append((f, err))
            for f in ("revenue", "capital"):
                _a, err = parse_amount(r.get(f) or None, FIELD_LABELS.get(f, _label(sheet, f)))
                if err:
                    out.append((f, err))
        elif sheet == fmt.SUPPORTS:
            if r.get("status") not in SUPPORT_STATUSES:
                out.append(("status", tr("submission", "Trạng thái lượt \"{value}\" không hợp lệ.").format(
                    value=r.get("status", ""))))
            for t in filter(None, (x.strip() for x in r.get("types", "").split(","))):
                if t not in SUPPORT_TYPES:
                    out.append(("types", tr("submission", "Không có hình thức hỗ trợ \"{value}\".").format(value=t)))
            for t in filter(None, (x.strip() for x in r.get("tools", "").split(","))):
                if t not in self.tools:
                    out.append(("tools", tr("submission", "Không có công cụ mã \"{value}\" trong danh mục.").format(
                        value=t)))
            if not _UUID.match(r.get("enterprise_uuid", "")):
                out.append(("enterprise_uuid", tr("submission", "Thiếu doanh nghiệp của lượt.")))
        elif sheet == fmt.PROJECTS:
            if not r.get("code"):
                out.append(("code", tr("submission", "Thiếu mã dự án.")))
            if r.get("status") not in PROJECT_STATUSES:
                out.append(("status", tr("submission", "Trạng thái dự án \"{value}\" không hợp lệ.").format(
                    value=r.get("status", ""))))
        elif sheet == fmt.MEASUREMENTS:
            if r.get("metric") not in self.metrics:
                out.append(("metric", tr("submission", "Không có chỉ tiêu đo \"{value}\".").format(
                    value=r.get("metric", ""))))
            if r.get("phase") not in ("before", "after"):
                out.append(("phase", tr("submission", "Cột trước/sau phải là before hoặc after.")))
            try:
                float(r.get("value", ""))
            except ValueError:
                out.append(("value", tr("submission", "Giá trị đo \"{value}\" không phải là số.").format(
                    value=r.get("value", ""))))
        elif sheet == fmt.ACTIVITIES:
            if not r.get("title"):
                out.append(("title", tr("submission", "Thiếu tên hoạt động.")))
            _q, err = parse_whole(r.get("quantity") or None, _label(sheet, "quantity"))
            if err:
                out.append(("quantity", err))
        elif sheet == fmt.INDICATORS:
            try:
                int(r.get("year", ""))
                float(r.get("value", ""))
            except ValueError:
                out.append(("value", tr("submission", "Năm và giá trị chỉ số phải là số.")))
        for f in _DATE_FIELDS[sheet]:
            if r.get(f):
                err = _date_error(r[f], _label(sheet, f))
                if err:
                    out.append((f, err))
        return out
