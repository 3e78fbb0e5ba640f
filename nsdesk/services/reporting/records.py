"""Reports an office made: kept with their administrative fields, written sections and, once sent, figures.

A report is a draft until it is marked sent; marking it sent stores the figures as they are then
(:func:`nsdesk.services.reporting.data.to_json`), the data package its workbook carries (the
"Dữ liệu" sheets, compressed) and the sent date. A sent report keeps its snapshot: it cannot be
edited any more, :func:`report_figures` gives back the figures it was sent with and
:func:`sent_package` the data sheets it was sent with, whatever changed in the database since.

Forms and the CLI pass plain dicts (``values``); every field is checked before anything is
written (:class:`nsdesk.services.common.forms.FormError`, one Vietnamese message per field).
"""

from __future__ import annotations

import base64
import json
import logging
import typing
import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.models import Plan, ReportRecord
from nsdesk.services.common import office as office_service
from nsdesk.services.common.admin_units import without_prefix
from nsdesk.services.common.formats import day
from nsdesk.services.common.forms import FieldChecks, apply_fields, parse_date, record_changes
from nsdesk.services.common.text import clean
from nsdesk.services.plans import progress as engine
from nsdesk.services.reporting import data as report_data
from nsdesk.services.reporting import figures as figures_service
from nsdesk.services.reporting import periods
from nsdesk.services.reporting.data import ReportData
from nsdesk.services.reporting.drafts import draft_results
from nsdesk.services.reporting.periods import Period

log = logging.getLogger(__name__)

STATUS_LABELS = {"draft": "Dự thảo", "sent": "Đã gửi"}
TEXT_FIELDS = ("governing_body", "agency", "number", "place", "results", "difficulties", "proposals", "next_tasks",
               "signer_title", "signer_name", "period_label")
LINE_FIELDS = ("signer_authority", "addressees", "recipients")
DATE_FIELDS = ("report_date", "period_start", "period_end")
FIELDS = (*TEXT_FIELDS, *LINE_FIELDS, *DATE_FIELDS, "period_kind")


@dataclass(frozen=True)
class Report:
    """One report as the page and the document writer see it."""

    id: int
    uuid: str
    plan_code: str  # internal
    plan_title: str
    period: Period
    governing_body: str | None
    agency: str | None
    number: str | None
    place: str | None
    report_date: date | None
    results: str | None
    difficulties: str | None
    proposals: str | None
    next_tasks: str | None
    signer_authority: tuple[str, ...]
    signer_title: str | None
    signer_name: str | None
    addressees: tuple[str, ...]  # "Kính gửi"
    recipients: tuple[str, ...]  # "Nơi nhận"
    status: str  # draft | sent
    status_label: str
    sent_on: date | None
    has_snapshot: bool


def _view(r: ReportRecord, plan: Plan) -> Report:
    return Report(
        id=r.id, uuid=r.uuid, plan_code=plan.code, plan_title=plan.title,
        period=Period(r.period_start, r.period_end, r.period_label, r.period_kind),
        governing_body=r.governing_body, agency=r.agency, number=r.number, place=r.place, report_date=r.report_date,
        results=r.results, difficulties=r.difficulties, proposals=r.proposals, next_tasks=r.next_tasks,
        signer_authority=office_service.lines(r.signer_authority), signer_title=r.signer_title,
        signer_name=r.signer_name, addressees=tuple(r.addressees or ()), recipients=tuple(r.recipients or ()),
        status=r.status, status_label=STATUS_LABELS.get(r.status, r.status), sent_on=r.sent_on,
        has_snapshot=r.snapshot is not None,
    )


def _lines(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return list(office_service.lines(value))
    return [clean(v) for v in value if clean(v)]


def _read(values: Mapping[str, Any]) -> dict[str, Any]:
    """Checked column values from a form's ``values`` (only the keys given); FormError on a wrong field."""
    checks = FieldChecks()
    out: dict[str, Any] = {}
    for key in values:
        if key not in FIELDS:
            checks.error(key, f"Báo cáo không có trường «{key}».")
    for key in TEXT_FIELDS:
        if key in values:
            raw = values[key]
            text = str(raw).strip() if raw is not None else ""
            out[key] = text or None
    for key in LINE_FIELDS:
        if key in values:
            found = _lines(values[key])
            out[key] = "\n".join(found) or None if key == "signer_authority" else found
    for key in DATE_FIELDS:
        if key in values:
            try:
                out[key] = parse_date(values[key])
            except (ValueError, TypeError):
                checks.error(key, f"Ngày «{values[key]}» không đúng dạng ngày/tháng/năm (ví dụ 14/06/2026).")
    for key in ("period_start", "period_end", "period_label"):
        if key in out and out[key] is None:
            checks.error(key, "Kỳ báo cáo cần có ngày bắt đầu, ngày kết thúc và tên kỳ.")
    if "period_kind" in values:
        kind = str(values["period_kind"] or "custom").strip()
        if kind not in periods.KINDS:
            checks.error("period_kind", f"Loại kỳ báo cáo «{kind}» không có trong danh sách.")
        out["period_kind"] = kind
    checks.check()
    return out


def defaults(session: Session, plan_code: str, period: Period, figures: ReportData | None = None) -> dict[str, Any]:
    """The fields of a new report: the office's report defaults, place, today's date, a draft of the results."""
    office = office_service.get_office(session)
    place = without_prefix(office.commune_name or office.unit_name or office.province_name or "") or None
    values: dict[str, Any] = {
        "governing_body": office.governing_body, "agency": office.agency_name, "place": place,
        "report_date": date.today(), "signer_authority": list(office_service.lines(office.signer_authority)),
        "signer_title": office.signer_title, "signer_name": office.signer_name,
        "addressees": list(office_service.lines(office.addressees)),
        "recipients": list(office_service.lines(office.recipients)),
    }
    if figures is not None:
        values["results"] = draft_results(figures)
    return values


def create_report(session: Session, plan_code: str, period: Period, values: Mapping[str, Any] | None = None) -> Report:
    """Keep a new draft report of ``plan_code`` for ``period``; ``values`` override the office's defaults.

    InputError for an unknown plan; FormError (nothing written) for a wrong field.
    """
    plan = engine.find_plan(session, plan_code)
    fields = _read({**defaults(session, plan.code, period), **dict(values or {})})
    if period.start > period.end:
        raise InputError(f"Ngày bắt đầu kỳ báo cáo ({day(period.start)}) sau ngày kết thúc ({day(period.end)}).")
    record = ReportRecord(plan_id=plan.id, period_start=period.start, period_end=period.end,
                          period_label=period.label, period_kind=period.kind, status="draft",
                          addressees=[], recipients=[])
    apply_fields(record, fields)
    session.add(record)
    session.flush()
    record_changes(session, "report", record.uuid, "create", [(None, None, record.period_label)])
    log.info("report %s kept as draft", record.id)
    return _view(record, plan)


def _record(session: Session, report_id: int) -> ReportRecord:
    record = session.get(ReportRecord, report_id)
    if record is None:
        raise InputError(f"Không có báo cáo số thứ tự {report_id}.", hint="Chọn một báo cáo trong danh sách.")
    return record


def get_report(session: Session, report_id: int) -> Report:
    """One report; InputError when it does not exist."""
    record = _record(session, report_id)
    return _view(record, session.get_one(Plan, record.plan_id))


def list_reports(session: Session, plan_code: str | None = None) -> list[Report]:
    """Reports kept, newest period first (then newest made first), of one plan or all."""
    q = select(ReportRecord, Plan).join(Plan, Plan.id == ReportRecord.plan_id)
    if plan_code is not None:
        q = q.where(Plan.id == engine.find_plan(session, plan_code).id)
    q = q.order_by(ReportRecord.period_end.desc(), ReportRecord.id.desc())
    return [_view(r, p) for r, p in session.execute(q)]


def update_report(session: Session, report_id: int, values: Mapping[str, Any]) -> Report:
    """Change a draft's fields (the period too); InputError for a sent report, FormError for a wrong field."""
    record = _record(session, report_id)
    if record.status == "sent":
        raise InputError("Báo cáo đã gửi nên không sửa được.",
                         hint="Tạo một báo cáo mới cho kỳ này nếu cần gửi bổ sung.")
    fields = _read(values)
    start = fields.get("period_start", record.period_start)
    end = fields.get("period_end", record.period_end)
    if start > end:
        raise InputError(f"Ngày bắt đầu kỳ báo cáo ({day(start)}) sau ngày kết thúc ({day(end)}).",
                         hint="Chọn ngày bắt đầu trước hoặc bằng ngày kết thúc; chưa có gì được ghi.")
    if "period_start" in fields or "period_end" in fields:
        fields.setdefault("period_label", record.period_label)
        # New dates without a preset's kind make a custom range.
        fields.setdefault("period_kind", "custom")
    changed = apply_fields(record, fields)
    session.flush()
    record_changes(session, "report", record.uuid, "update", changed)
    return _view(record, session.get_one(Plan, record.plan_id))


def mark_sent(session: Session, report_id: int, sent_on: date, figures: ReportData | None = None,
              data_package: Mapping[str, Any] | None = None) -> Report:
    """Mark a draft sent on ``sent_on`` and keep its figures (``figures`` or computed now) and the
    data package its workbook carries (``data_package``: the "Dữ liệu" sheets' rows, kept compressed;
    :func:`nsdesk.reports.report_records.mark_sent` collects it).

    InputError when the report was already sent (its snapshot stays as it was).
    """
    record = _record(session, report_id)
    if record.status == "sent":
        raise InputError(f"Báo cáo đã được đánh dấu gửi ngày {day(record.sent_on)}.",
                         hint="Số liệu đã gửi được giữ nguyên.")
    plan = session.get_one(Plan, record.plan_id)
    if figures is None:
        figures = figures_service.report_data(session, plan.code, Period(record.period_start, record.period_end, record.period_label,
                                                     record.period_kind))
    record.snapshot = report_data.to_json(figures)
    if data_package is not None:
        record.snapshot[PACKAGE_KEY] = _pack(data_package)
    record.status, record.sent_on = "sent", sent_on
    session.flush()
    record_changes(session, "report", record.uuid, "update", [("status", "draft", "sent"), ("sent_on", None, sent_on)])
    log.info("report %s marked sent", record.id)
    return _view(record, plan)


def report_figures(session: Session, report_id: int) -> ReportData:
    """The figures of a report: as sent for a sent report, computed now for a draft."""
    record = _record(session, report_id)
    if record.snapshot is not None:
        return report_data.from_json(record.snapshot)
    plan = session.get_one(Plan, record.plan_id)
    return figures_service.report_data(session, plan.code, Period(record.period_start, record.period_end, record.period_label,
                                              record.period_kind))


PACKAGE_KEY = "data_package"  # beside the figures in a sent report's snapshot


def _pack(package: Mapping[str, Any]) -> str:
    raw = json.dumps(dict(package), ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(zlib.compress(raw.encode("utf-8"), 6)).decode("ascii")


def sent_package(session: Session, report_id: int) -> dict[str, Any] | None:
    """The data package a sent report carried when it was marked sent (as given to :func:`mark_sent`);
    None for a draft (its data sheets are the database's now) and for a report sent before packages
    were kept."""
    record = _record(session, report_id)
    packed = (record.snapshot or {}).get(PACKAGE_KEY) if record.status == "sent" else None
    if not packed:
        return None
    return typing.cast(dict[str, Any], json.loads(zlib.decompress(base64.b64decode(packed)).decode("utf-8")))


def plan_periods(session: Session, plan_code: str, year: int) -> list[Period]:
    """The period presets the report page offers for ``plan_code`` and ``year`` (the plan's reviews included)."""
    from nsdesk.services.plans.rules import plan_scope
    from nsdesk.services.reporting.periods import presets

    plan = engine.find_plan(session, plan_code)
    return presets(year, plan.start_year, plan.end_year, plan_scope(session, plan).milestones)
