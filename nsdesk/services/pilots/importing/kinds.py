"""Reading one row of each kind of sheet into its identity and a compact payload.

A lượt: identity (enterprise, start date, sorted tool ids, project); payload (types, then the
values of ``lookups.SUPPORT_COMPARED`` in that order).
A measurement: identity (enterprise, lượt, metric, phase, date); payload (value, period, source).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

from nsdesk.i18n import tr
from nsdesk.models import Metric
from nsdesk.services.common.text import fold
from nsdesk.services.pilots.importing import lookups
from nsdesk.services.pilots.importing.columns import (
    LABELS,
    PHASE_WORDS,
    STATUS_WORDS,
    TYPE_WORDS,
    split_items,
)
from nsdesk.services.pilots.importing.result import SheetImport
from nsdesk.services.pilots.importing.rows import _NONE, Parsed, Row, RowReader
from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS
from nsdesk.services.register.importing.numbers import read_number
from nsdesk.services.register.importing.rows import text_cell
from nsdesk.xlsx.reader import CellValue

Identity = tuple[Any, ...]


def _is_type(text: str) -> bool:
    return fold(text).strip(" .") in TYPE_WORDS


def _types(v: CellValue | None, _f: str) -> Parsed:
    text = text_cell(v)
    if not text:
        return None, _NONE, _NONE
    types: list[str] = []
    unknown = []
    for part in split_items(text, _is_type):
        if part:
            code = TYPE_WORDS.get(fold(part).strip(" ."))
            if code is None:
                unknown.append(part)
            elif code not in types:
                types.append(code)
    if unknown:
        return types, (("types", tr("import", "Loại hỗ trợ không hợp lệ: {values}; ghi một trong: {choices}.").format(
            values=", ".join(unknown), choices=", ".join(SUPPORT_TYPE_LABELS.values()))),), _NONE
    return types, _NONE, _NONE


def _status(v: CellValue | None, _f: str) -> Parsed:
    text = text_cell(v)
    if not text:
        return None, _NONE, _NONE
    status = STATUS_WORDS.get(fold(text).strip(" ."))
    if status is None:
        return None, (("status", tr("import", "Trạng thái \"{value}\" không hợp lệ; ghi một trong: {choices}.").format(
            value=text, choices=", ".join(SUPPORT_STATUS_LABELS.values()))),), _NONE
    return status, _NONE, _NONE


def _phase(v: CellValue | None, _f: str) -> Parsed:
    text = text_cell(v)
    phase = PHASE_WORDS.get(fold(text or "").strip(" ."))
    if phase is None:
        return None, (("phase", tr("import", "Ghi \"Trước\" (số liệu cơ sở) hoặc \"Sau\" (sau hỗ trợ) ở cột trước/sau"
                                             " (đang là \"{value}\").").format(value=text or "")),), _NONE
    return phase, _NONE, _NONE


def _value(v: CellValue | None, _f: str) -> Parsed:
    value, note, err = read_number(v, LABELS["value"])
    if err:
        return value, (("value", err),), _NONE
    if value is None:
        return None, (("value", tr("import", "Thiếu giá trị đo.")),), _NONE
    return value, _NONE, ((("value", note),) if note else _NONE)


class SupportReader(RowReader):
    def read_row(self, row: Row) -> tuple[Identity, tuple[Any, ...]] | None:
        eid = self.enterprise(row)
        has_project, pid = self.project(row)
        tools = self.tool_ids(row, "tools")
        types: list[str] | None = self.parsed("types", row, _types)
        if types is None:
            types = []
            if tools:
                types = ["system_tool"]
                if "types" in self.m:
                    self.note("types", tr("import", "Không ghi loại hỗ trợ; lượt có công cụ nên được ghi là "
                                                    "\"{label}\".").format(label=SUPPORT_TYPE_LABELS["system_tool"]))
            elif tools is not None:
                self.reject("types", tr("import", "Hãy ghi loại hỗ trợ (ví dụ Đào tạo, Tư vấn) hoặc công cụ của lượt."))
        ok_start, start = self.day(row, "start_date")
        ok_end, end = self.day(row, "end_date")
        ok_issued, issued = self.day(row, "cert_issued")
        ok_expires, expires = self.day(row, "cert_expires")
        if ok_start and ok_end and ok_issued and ok_expires:
            if start and end and end < start:
                self.reject("end_date", tr("import", "Ngày kết thúc phải bằng hoặc sau ngày bắt đầu."))
            if issued and expires and expires <= issued:
                self.reject("cert_expires", tr("import", "Ngày hết hạn giấy chứng nhận phải sau ngày cấp."))
        status = self.parsed("status", row, _status)
        funding = (self.amount(row, "funding_state"), self.amount(row, "funding_enterprise"),
                   self.amount(row, "funding_other"))
        cert_number = self.text(row, "cert_number", 100)
        cert_body = self.text(row, "cert_body", 300)
        note = self.text(row, "note")
        if (issued or expires) and not cert_number:
            self.reject("cert_number", tr("import", "Đã ghi ngày của giấy chứng nhận thì hãy ghi cả số giấy chứng nhận."))
        if status == "completed" and not start:
            self.reject("start_date", tr("import", "Lượt hỗ trợ đã hoàn thành cần có ngày bắt đầu."))
        if self.problems or eid is None or tools is None or (has_project and pid is None):
            return None
        # payload: types, then SUPPORT_COMPARED in order
        return (eid, start, tools, pid), (tuple(types), end, status, *funding, cert_number, cert_body,
                                          issued, expires, note)


class MeasurementReader(RowReader):
    def __init__(self, session: Session, pv: SheetImport):
        super().__init__(session, pv)
        self.metrics = lookups.metrics(session)
        self.supports: dict[int, list[lookups.SupportRef]] = {}
        if any(f in self.m for f in ("project", "tool", "support_start")):
            self.supports = lookups.supports_by_enterprise(session)
        self._wide_header = ""
        if pv.wide:  # each filled metric cell is read as a row of the long form: its metric, phase and
            # value put in three cells past the sheet's own (pv.mapping is left as the user sees it)
            self.base = max(len(pv.header.columns), *(i + 1 for i in pv.mapping.values()),
                            *(w.index + 1 for w in pv.wide))
            self.m = {**pv.mapping, "metric": self.base, "phase": self.base + 1, "value": self.base + 2}
            self.width = self.base + 3
            self.expands = True

    def watched(self) -> list[int]:
        return [*super().watched(), *(w.index for w in self.pv.wide)]

    def expand(self, row: Row) -> Iterator[Row]:
        head = row[:self.base]
        for w in self.pv.wide:
            v = row[w.index]
            if v is None or v == "" or (v.__class__ is str and v.isspace()):
                continue
            self._wide_header = w.header
            yield [*head, w.metric, w.phase, v]

    def column(self, f: str) -> str:
        if self.pv.wide and f in ("metric", "phase", "value"):
            return self._wide_header
        return super().column(f)

    def _metric(self, v: CellValue | None, _f: str) -> Parsed:
        text = text_cell(v)
        if not text:
            return None, (("metric", tr("import", "Thiếu chỉ tiêu (ghi mã như workers hoặc tên chỉ tiêu).")),), _NONE
        metric: Metric | None = self.metrics.get(text.lower()) or self.metrics.get(fold(text))
        if metric is None:
            near = lookups.metric_suggestions(self.metrics, text)
            if near:
                message = tr("import", "Không có chỉ tiêu \"{value}\" trong danh mục; có phải: {names}?").format(
                    value=text, names="; ".join(f"{m.name} ({m.code})" for m in near))
            else:
                message = tr("import", "Không có chỉ tiêu \"{value}\" trong danh mục (ghi mã như workers hoặc tên chỉ "
                                       "tiêu; trang \"Danh mục\" của tệp mẫu liệt kê đủ).").format(value=text)
            return None, (("metric", message),), _NONE
        if metric.computed_from:
            return None, (("metric", tr("import", "{name} được tính tự động, không nhập trực tiếp; hãy nhập các chỉ "
                                                  "tiêu dùng để tính ra nó.").format(name=metric.name)),), _NONE
        return metric.id, _NONE, _NONE

    def read_row(self, row: Row) -> tuple[Identity, tuple[Any, ...]] | None:
        eid = self.enterprise(row)
        has_project, pid = self.project(row)
        tool = self.tool_ids(row, "tool")
        ok_start, start = self.day(row, "support_start")
        metric = self.parsed("metric", row, self._metric)
        phase = self.parsed("phase", row, _phase)
        i = self.m.get("value")
        v = row[i] if i is not None else None
        value = float(v) if v.__class__ is float or v.__class__ is int else self.parsed("value", row, _value)
        ok_day, measured_on = self.day(row, "measured_on")
        period = self.text(row, "period", 40)
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
        return (eid, sid, metric, phase, measured_on), (value, period, source)
