"""Pilot projects (dự án điểm / mô hình điểm): create, edit, archive, and their participants.

Forms pass a dict of field values (keys as in :data:`PROJECT_FIELDS`); :func:`project_errors`
returns per-field Vietnamese messages for live validation, :func:`create_project` /
:func:`update_project` raise :class:`FormError` with the same messages and write nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Enterprise, PilotProject, Plan, Support
from nsdesk.services.common import counting
from nsdesk.services.common.concurrency import check_version, saving
from nsdesk.services.common.forms import FormError, apply_fields, record_changes
from nsdesk.services.common.text import clean
from nsdesk.services.pilots.checks import Checker

__all__ = [
    "PROJECT_FIELDS", "PROJECT_STATUS_LABELS", "Participant", "FormError", "archive_project",
    "create_project", "find_project", "list_projects", "project_errors", "project_participants",
    "update_project",
]

PROJECT_STATUS_LABELS = {
    "proposed": "Đề xuất",
    "approved": "Đã phê duyệt",
    "in_progress": "Đang thực hiện",
    "completed": "Hoàn thành",
    "cancelled": "Đã hủy",
}

# Field → Vietnamese label, in form order.
PROJECT_FIELDS = {
    "code": "mã dự án",
    "name": "tên dự án",
    "plan_code": "kế hoạch",
    "lead_unit": "đơn vị chủ trì",
    "partner_units": "đơn vị phối hợp",
    "provider": "tổ chức tư vấn, cung cấp dịch vụ",
    "start_date": "ngày bắt đầu",
    "end_date": "ngày kết thúc",
    "status": "trạng thái",
    "funding_state": "kinh phí ngân sách nhà nước (triệu đồng)",
    "funding_enterprise": "kinh phí doanh nghiệp đóng góp (triệu đồng)",
    "funding_other": "kinh phí từ nguồn hợp pháp khác (triệu đồng)",
    "description": "mô tả",
    "evidence_paths": "tài liệu minh chứng",
}


def status_label(code: str) -> str:
    return tr("labels", PROJECT_STATUS_LABELS.get(code, code))


def find_project(session: Session, ref: Any) -> PilotProject | None:
    """A project by id, uuid or code (None if there is none)."""
    if isinstance(ref, PilotProject):
        return ref
    if ref is None or ref == "":
        return None
    if isinstance(ref, int):
        return session.get(PilotProject, ref)
    text = clean(ref)
    return session.scalar(select(PilotProject).where(or_(PilotProject.uuid == text, PilotProject.code == text)))


def _require(session: Session, ref: Any) -> PilotProject:
    project = find_project(session, ref)
    if project is None:
        raise InputError(tr("projects", "Không tìm thấy dự án điểm \"{ref}\".").format(ref=ref))
    return project


def _clean(session: Session, data: Mapping[str, Any], project: PilotProject | None) -> tuple[dict[str, Any], dict[str, str]]:
    """Validate the fields present in ``data`` (all of them for a new project)."""
    c = Checker()
    L = PROJECT_FIELDS
    new = project is None
    out: dict[str, Any] = {}

    def given(key: str) -> bool:
        return new or key in data

    if given("code"):
        code = c.text(data, "code", L["code"], required=True, max_len=60)
        if code:
            clash = session.scalar(select(PilotProject.id).where(PilotProject.code == code))
            if clash is not None and (project is None or clash != project.id):
                c.error("code", tr("projects", "Mã dự án \"{code}\" đã được dùng cho dự án khác; "
                                   "hãy chọn mã khác.").format(code=code))
        out["code"] = code
    if given("name"):
        out["name"] = c.text(data, "name", L["name"], required=True)
    if "plan_code" in data or "plan_id" in data:
        ref = data.get("plan_id") or clean(data.get("plan_code"))
        plan_id = None
        if ref:
            plan = session.get(Plan, ref) if isinstance(ref, int) else session.scalar(
                select(Plan).where(or_(Plan.code == ref, Plan.uuid == ref)))
            if plan is None:
                c.error("plan_code", tr("projects", "Không tìm thấy kế hoạch \"{ref}\"; chọn một kế hoạch "
                                        "đã có hoặc để trống.").format(ref=ref))
            else:
                plan_id = plan.id
        out["plan_id"] = plan_id
    for key, max_len in (("lead_unit", 300), ("partner_units", None), ("provider", 300), ("description", None)):
        if given(key):
            out[key] = c.text(data, key, L[key], max_len=max_len)
    for key in ("start_date", "end_date"):
        if given(key):
            out[key] = c.day(data, key, L[key])
    start = out.get("start_date", None if project is None else project.start_date)
    end = out.get("end_date", None if project is None else project.end_date)
    c.date_order(start, end, "end_date" if "end_date" in out else "start_date",
                 tr("projects", "Ngày kết thúc dự án phải bằng hoặc sau ngày bắt đầu."))
    if given("status"):
        out["status"] = c.choice(data, "status", L["status"], PROJECT_STATUS_LABELS, default="proposed")
    for key in ("funding_state", "funding_enterprise", "funding_other"):
        if given(key):
            out[key] = c.amount(data, key, L[key])
    if given("evidence_paths"):
        paths = data.get("evidence_paths") or []
        if isinstance(paths, str):
            paths = [p for p in paths.splitlines()]
        out["evidence_paths"] = [clean(p) for p in paths if clean(p)]
    return out, c.errors


def project_errors(session: Session, data: Mapping[str, Any], project: Any = None) -> dict[str, str]:
    """Per-field messages for a form (empty when the values can be saved)."""
    existing = find_project(session, project) if project is not None else None
    return _clean(session, data, existing)[1]


def create_project(session: Session, data: Mapping[str, Any]) -> PilotProject:
    values, errors = _clean(session, data, None)
    if errors:
        raise FormError(errors)
    project = PilotProject(archived=False, **values)
    session.add(project)
    session.flush()
    record_changes(session, "pilot_project", project.uuid, "create",
                   [(None, None, f"{project.code} — {project.name}")])
    return project


def update_project(session: Session, project: PilotProject | int | str, data: Mapping[str, Any]) -> PilotProject:
    """Change only the fields present in ``data``; each change goes into the history."""
    project = _require(session, project)
    data = dict(data)
    check_version(project, data.pop("version", None), tr("conflict", "Dự án điểm này"))
    values, errors = _clean(session, data, project)
    if errors:
        raise FormError(errors)
    changed = apply_fields(project, values)
    if changed:
        with saving(session, project, tr("conflict", "Dự án điểm này")):
            session.flush()
        record_changes(session, "pilot_project", project.uuid, "update", changed)
    return project


def archive_project(session: Session, project: PilotProject | int | str, archived: bool = True) -> PilotProject:
    """Archive (hide from lists, keep its supports) or restore a project."""
    project = _require(session, project)
    if project.archived != archived:
        old = project.archived
        project.archived = archived
        session.flush()
        record_changes(session, "pilot_project", project.uuid, "archive" if archived else "update",
                       [("archived", old, archived)])
    return project


@dataclass
class ProjectRow:
    uuid: str
    code: str
    name: str
    status: str
    start_date: Any
    end_date: Any
    archived: bool
    #: lượt and distinct enterprises that count (in progress or completed: services.common.counting)
    supports: int
    enterprises: int
    funding_total: float


def list_projects(session: Session, include_archived: bool = False) -> list[ProjectRow]:
    counts = {
        pid: (n, e)
        for pid, n, e in session.execute(
            select(Support.project_id, func.count(), func.count(func.distinct(Support.enterprise_id)))
            .where(Support.project_id.is_not(None), counting.counted_supports()).group_by(Support.project_id)
        )
    }
    q = select(PilotProject).order_by(PilotProject.code)
    if not include_archived:
        q = q.where(PilotProject.archived.is_(False))
    rows = []
    for p in session.scalars(q):
        n, e = counts.get(p.id, (0, 0))
        rows.append(ProjectRow(
            p.uuid, p.code, p.name, p.status, p.start_date, p.end_date, p.archived, n, e,
            sum(v or 0.0 for v in (p.funding_state, p.funding_enterprise, p.funding_other)),
        ))
    return rows


@dataclass
class Participant:
    """One enterprise in a project: its lượt, tools, statuses and improvement per metric."""

    enterprise_uuid: str
    tax_code: str | None
    name: str
    supports: int
    statuses: list[str]
    tools: list[str]
    improvements: dict[str, float | None] = field(default_factory=dict)  # metric code → % (direction-aware)


def project_participants(session: Session, project: PilotProject | int | str) -> list[Participant]:
    """Participating enterprises with their tools, statuses and improvement % (see measurements.pairs)."""
    from nsdesk.services.pilots import measurements
    from nsdesk.services.pilots.supports import support_tool_codes

    project = _require(session, project)
    supports = session.execute(
        select(Support.id, Support.status, Enterprise.id, Enterprise.uuid, Enterprise.tax_code, Enterprise.name)
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .where(Support.project_id == project.id).order_by(Enterprise.name_key, Support.id)
    ).all()
    tools = support_tool_codes(session, [s[0] for s in supports])
    people: dict[int, Participant] = {}
    for sid, status, eid, euuid, tax, name in supports:
        p = people.setdefault(eid, Participant(euuid, tax, name, 0, [], []))
        p.supports += 1
        p.statuses.append(status)
        for t in tools.get(sid, []):
            if t not in p.tools:
                p.tools.append(t)
    support_ids = [s[0] for s in supports]
    collected: dict[tuple[int, str], list[float]] = {}
    for pair in measurements.pairs(session, support_ids=support_ids):
        people[pair.enterprise_id].improvements.setdefault(pair.metric_code, None)
        if pair.improvement.percent is not None:
            collected.setdefault((pair.enterprise_id, pair.metric_code), []).append(pair.improvement.percent)
    # Several lượt of one enterprise in the project: the mean of their improvements.
    for (eid, code), values in collected.items():
        people[eid].improvements[code] = sum(values) / len(values)
    return list(people.values())


# --- reading for the pages -----------------------------------------------------------------------

@dataclass(frozen=True)
class ProjectName:
    code: str
    name: str


@dataclass(frozen=True)
class ProjectLink:
    """What the projects list shows next to a project row: its plan and lead unit."""

    plan_code: str | None
    lead_unit: str | None


def project_names(session: Session, include_archived: bool = False) -> tuple[ProjectName, ...]:
    """Projects by code, for a picker."""
    q = select(PilotProject.code, PilotProject.name).order_by(PilotProject.code)
    if not include_archived:
        q = q.where(PilotProject.archived.is_(False))
    return tuple(ProjectName(code, name) for code, name in session.execute(q))


def project_links(session: Session) -> dict[str, ProjectLink]:
    """Project uuid → its plan code and lead unit."""
    return {u: ProjectLink(p, lead) for u, p, lead in session.execute(
        select(PilotProject.uuid, Plan.code, PilotProject.lead_unit).outerjoin(Plan, Plan.id == PilotProject.plan_id))}


def project_record(session: Session, code: str) -> tuple[dict[str, Any], list[Participant]]:
    """A project's fields as its form takes them, and its participants; ({}, []) when not found."""
    p = find_project(session, code)
    if p is None:
        return {}, []
    plan = session.get(Plan, p.plan_id) if p.plan_id else None
    record = {k: getattr(p, k) for k in PROJECT_FIELDS if k != "plan_code"}
    record |= {"plan_code": plan.code if plan else None, "archived": p.archived, "uuid": p.uuid}
    record["evidence_paths"] = list(p.evidence_paths or [])
    return record, project_participants(session, p)
