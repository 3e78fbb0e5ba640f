"""What an office's data package holds: the records behind its report, as text rows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nsdesk import __version__
from nsdesk.models import (
    Activity,
    ActivityEnterprise,
    Enterprise,
    IndicatorValue,
    Measurement,
    Metric,
    PilotProject,
    Plan,
    PlanTask,
    Support,
    SupportTool,
    SupportType,
    TaskNote,
    Tool,
    utcnow,
)
from nsdesk.services.common import counting
from nsdesk.services.common.office import get_office
from nsdesk.services.consolidation import format as fmt
from nsdesk.xlsx import checksum

Row = list[str]


@dataclass
class Package:
    """The data sheets (header row first) and the manifest rows of one office's package."""

    sheets: dict[str, list[Row]]
    manifest: list[Row] = field(default_factory=list)
    checksum: str = ""


def figures(support_rows: Sequence[dict[str, str]], period: fmt.Period) -> dict[str, int]:
    """The lượt counted in the period and their distinct enterprises (claimed by the office and
    recomputed by the province from the same rows)."""
    inside = [r for r in support_rows if counting.counts(r.get("status"))
              and r.get("start_date") and period.start.isoformat() <= r["start_date"] <= period.end.isoformat()]
    return {"supports": len(inside), "enterprises": len({r.get("enterprise_uuid") for r in inside})}


def _t(value: object) -> str:
    return fmt.text(value)


def _record(obj: Enterprise | PilotProject | Support | Measurement | Activity | TaskNote | IndicatorValue) -> Row:
    return [obj.uuid, _t(obj.modified_at)]


def office_rows(session: Session, plan: Plan, period: fmt.Period) -> list[Row]:
    office = get_office(session)
    pairs = [
        ("format", fmt.FORMAT_NAME),
        ("province_code", office.province_code), ("province_name", office.province_name),
        ("commune_code", office.commune_code), ("commune_name", office.commune_name),
        ("unit_name", office.unit_name), ("officer", office.officer_name),
        ("plan_uuid", plan.uuid), ("plan_code", plan.code), ("plan_title", plan.title),
        ("plan_doc_number", plan.doc_number), ("plan_doc_date", plan.doc_date), ("plan_issuer", plan.issuer),
        ("plan_level", plan.level), ("plan_territory_code", plan.territory_code),
        ("plan_territory_name", plan.territory_name), ("plan_start_year", plan.start_year),
        ("plan_end_year", plan.end_year), ("plan_template", plan.template_code),
        ("plan_modified_at", plan.modified_at),
        ("period_from", period.start), ("period_to", period.end),
    ]
    return [[k, _t(v)] for k, v in pairs]


OFFICE_KEYS = ("format", "province_code", "province_name", "commune_code", "commune_name", "unit_name", "officer",
               "plan_uuid", "plan_code", "plan_title", "plan_doc_number", "plan_doc_date", "plan_issuer", "plan_level",
               "plan_territory_code", "plan_territory_name", "plan_start_year", "plan_end_year", "plan_template",
               "plan_modified_at", "period_from", "period_to")


def _manifest(sheets: dict[str, list[Row]], digest: str, claimed: dict[str, int], exported_at: object) -> list[Row]:
    manifest: list[tuple[str, object, str]] = [
        ("format", fmt.FORMAT_NAME, "Loại tệp"),
        ("format_version", fmt.FORMAT_VERSION, "Phiên bản định dạng"),
        ("app_version", __version__, "Phiên bản nsdesk"),
        ("exported_at", exported_at, "Thời điểm xuất (UTC)"),
    ]
    manifest += [(f"count:{fmt.ENTITY[name]}", len(sheets[name]) - 1, f"Số dòng trang \"{name}\"")
                 for name in fmt.RECORD_SHEETS]
    manifest += [(f"claimed:{k}", v, "Số liệu báo cáo") for k, v in claimed.items()]
    manifest.append(("checksum", digest, "Tổng kiểm SHA-256 của các trang dữ liệu"))
    return [["Khóa", "Giá trị", "Ý nghĩa"]] + [[k, _t(v), d] for k, v, d in manifest]


def blank_package() -> Package:
    """The format with no data (the documented example file)."""
    sheets: dict[str, list[Row]] = {name: [fmt.header(name)] for name in fmt.DATA_SHEETS}
    sheets[fmt.OFFICE] += [[k, fmt.FORMAT_NAME if k == "format" else ""] for k in OFFICE_KEYS]
    digest = checksum(sheets)
    return Package(sheets=sheets, manifest=_manifest(sheets, digest, {"supports": 0, "enterprises": 0}, None),
                   checksum=digest)


def collect(session: Session, plan: Plan, period: fmt.Period, *, exported_at: datetime | None = None) -> Package:
    """The package of this database's office for ``plan`` and ``period`` (records up to the period's end)."""
    office = get_office(session)
    end = period.end
    supports = list(session.scalars(
        select(Support).where(or_(Support.start_date.is_(None), Support.start_date <= end)).order_by(Support.uuid)))
    support_ids = [s.id for s in supports]
    types: dict[int, list[str]] = {}
    tools: dict[int, list[str]] = {}
    for sid, typ in session.execute(select(SupportType.support_id, SupportType.type)):
        types.setdefault(sid, []).append(typ)
    for sid, code in session.execute(select(SupportTool.support_id, Tool.code).join(Tool, Tool.id == SupportTool.tool_id)):
        tools.setdefault(sid, []).append(code)
    wanted = set(support_ids)

    territory = Enterprise.commune_code == office.commune_code if office.commune_code else (
        Enterprise.province_code == office.province_code)
    in_territory = set(session.scalars(select(Enterprise.id).where(territory, Enterprise.archived.is_(False))))
    measurements = list(session.scalars(
        select(Measurement).where(or_(Measurement.measured_on.is_(None), Measurement.measured_on <= end))
        .order_by(Measurement.uuid)))
    activities = list(session.scalars(
        select(Activity).where(or_(Activity.plan_id.is_(None), Activity.plan_id == plan.id),
                               or_(Activity.held_on.is_(None), Activity.held_on <= end)).order_by(Activity.uuid)))
    act_ents: dict[int, list[int]] = {}
    for aid, eid in session.execute(select(ActivityEnterprise.activity_id, ActivityEnterprise.enterprise_id)):
        act_ents.setdefault(aid, []).append(eid)
    enterprise_ids = set(in_territory) | {s.enterprise_id for s in supports} | {m.enterprise_id for m in measurements}
    for a in activities:
        enterprise_ids.update(act_ents.get(a.id, []))
    ents = {e.id: e for e in session.scalars(select(Enterprise).where(Enterprise.id.in_(enterprise_ids)))} \
        if enterprise_ids else {}
    project_ids = {s.project_id for s in supports if s.project_id}
    projects = list(session.scalars(
        select(PilotProject).where(or_(PilotProject.id.in_(project_ids), PilotProject.plan_id == plan.id))
        .order_by(PilotProject.uuid)))
    proj_uuid = {p.id: p.uuid for p in projects}
    plan_codes = dict(session.execute(select(Plan.id, Plan.code)).all())
    sup_uuid = {s.id: s.uuid for s in supports}
    metrics = dict(session.execute(select(Metric.id, Metric.code)).all())

    sheets: dict[str, list[Row]] = {name: [fmt.header(name)] for name in fmt.DATA_SHEETS}
    sheets[fmt.OFFICE] += office_rows(session, plan, period)
    for e in sorted(ents.values(), key=lambda e: e.uuid):
        sheets[fmt.ENTERPRISES].append(_record(e) + [_t(v) for v in (
            e.tax_code, e.name, e.kind, e.sector_code, e.province_code, e.commune_code, e.address, e.representative,
            e.founded_year, e.employees, e.revenue, e.capital, e.archived, e.id in in_territory)])
    for p in projects:
        sheets[fmt.PROJECTS].append(_record(p) + [_t(v) for v in (
            p.code, p.name, plan_codes.get(p.plan_id) if p.plan_id else None, p.lead_unit, p.partner_units,
            p.provider, p.start_date, p.end_date, p.status, p.funding_state, p.funding_enterprise, p.funding_other,
            p.description)])
    support_dicts: list[dict[str, str]] = []
    for s in supports:
        e = ents[s.enterprise_id]
        row = _record(s) + [_t(v) for v in (
            e.uuid, e.tax_code, proj_uuid.get(s.project_id) if s.project_id else None, s.start_date, s.end_date,
            s.status, ", ".join(sorted(types.get(s.id, []))), ", ".join(sorted(tools.get(s.id, []))),
            s.funding_state, s.funding_enterprise, s.funding_other, s.cert_number, s.cert_body, s.cert_issued,
            s.cert_expires, s.note)]
        sheets[fmt.SUPPORTS].append(row)
        support_dicts.append(dict(zip([f for f, _l in fmt.COLUMNS[fmt.SUPPORTS]], row)))
    for m in measurements:
        if m.support_id is not None and m.support_id not in wanted:
            continue
        sheets[fmt.MEASUREMENTS].append(_record(m) + [_t(v) for v in (
            ents[m.enterprise_id].uuid, sup_uuid.get(m.support_id) if m.support_id else None, metrics[m.metric_id],
            m.phase, m.value, m.measured_on, m.period, m.source)])
    for a in activities:
        members = sorted(ents[i].uuid for i in act_ents.get(a.id, []))
        sheets[fmt.ACTIVITIES].append(_record(a) + [_t(v) for v in (
            a.kind, a.title, a.held_on, a.unit_in_charge, a.quantity, a.commune_code,
            plan_codes.get(a.plan_id) if a.plan_id else None, a.note, " ".join(members))])
    for note, number in session.execute(
            select(TaskNote, PlanTask.number).join(PlanTask, PlanTask.id == TaskNote.task_id)
            .where(PlanTask.plan_id == plan.id, TaskNote.noted_on <= end).order_by(TaskNote.uuid)):
        sheets[fmt.TASK_NOTES].append(_record(note) + [_t(v) for v in (number, note.noted_on, note.text, note.officer)])
    codes = [c for c in (office.province_code, office.commune_code) if c]
    for iv in session.scalars(select(IndicatorValue).where(
            or_(IndicatorValue.territory_code.is_(None), IndicatorValue.territory_code.in_(codes)),
            IndicatorValue.year <= end.year).order_by(IndicatorValue.uuid)):
        sheets[fmt.INDICATORS].append(_record(iv) + [_t(v) for v in (
            iv.indicator, iv.territory_code, iv.year, iv.value, iv.source)])

    package = Package(sheets=sheets, checksum=checksum(sheets))
    package.manifest = _manifest(sheets, package.checksum, figures(support_dicts, period), exported_at or utcnow())
    return package


def as_date(value: str) -> date:
    return date.fromisoformat(value)
