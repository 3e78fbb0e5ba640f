"""What the province sees of the offices' submissions: the register, the conflict list, the
per-commune table of each target and the offices that have not sent their report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import (
    SUBMISSION_STATUSES,
    Activity,
    AdminUnit,
    Enterprise,
    Submission,
    SubmissionConflict,
    Target,
    utcnow,
)
from nsdesk.services.common.forms import record_changes
from nsdesk.services.common.text import fold
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.consolidation.importing import _PLAIN, MODELS, SINGULAR, _value
from nsdesk.services.plans import rules
from nsdesk.services.plans.progress import activity_measure, find_plan
from nsdesk.services.register.enterprises import size_class_for
from nsdesk.services.register.importing.fields import search_text


@dataclass(frozen=True)
class SubmissionRow:
    uuid: str
    office: str
    officer: str | None
    plan_code: str
    period_from: date
    period_to: date
    received_at: datetime
    file_name: str | None
    status: str
    reason: str | None
    checksum_ok: bool
    claimed: dict[str, int]
    computed: dict[str, int]


def list_submissions(session: Session, plan_code: str | None = None) -> tuple[SubmissionRow, ...]:
    """The submissions register, newest first."""
    q = select(Submission).order_by(Submission.received_at.desc(), Submission.id.desc())
    if plan_code:
        q = q.where(func.lower(Submission.plan_code) == plan_code.lower())
    return tuple(SubmissionRow(s.uuid, s.office_label or s.office_key, s.officer, s.plan_code, s.period_from,
                               s.period_to, fmt.as_utc(s.received_at), s.file_name, s.status, s.reason,
                               s.checksum_ok, dict(s.claimed or {}), dict(s.computed or {}))
                 for s in session.scalars(q))


def set_status(session: Session, submission_uuid: str, status: str, reason: str | None = None) -> None:
    """Accept a submission, or return it with a reason (required)."""
    sub = session.scalar(select(Submission).where(Submission.uuid == submission_uuid))
    if sub is None:
        raise InputError(tr("submission", "Không tìm thấy báo cáo này trong sổ nhận báo cáo."))
    if status not in SUBMISSION_STATUSES or status == "replaced":
        raise InputError(tr("submission", "Trạng thái \"{status}\" không hợp lệ.").format(status=status))
    if status == "returned" and not (reason or "").strip():
        raise InputError(tr("submission", "Hãy ghi lý do trả lại báo cáo."))
    if sub.status == "replaced":
        raise InputError(tr("submission", "Báo cáo này đã được thay bằng báo cáo {office} gửi sau; hãy xét báo cáo "
                                          "mới.").format(office=sub.office_label or sub.office_key))
    new_reason = (reason or "").strip() or None if status == "returned" else None
    record_changes(session, "submission", sub.uuid, "update",
                   [(f, old, new) for f, old, new in (("status", sub.status, status), ("reason", sub.reason, new_reason))
                    if old != new])
    sub.status, sub.reason = status, new_reason
    session.flush()


@dataclass(frozen=True)
class ConflictRow:
    id: int
    entity: str
    uuid: str
    tax_code: str | None
    label: str  # the record's name (enterprise) or uuid
    field: str
    kept: str
    other: str
    from_office: str
    resolved: bool


def list_conflicts(session: Session, *, unresolved_only: bool = True) -> tuple[ConflictRow, ...]:
    q = select(SubmissionConflict).order_by(SubmissionConflict.id)
    if unresolved_only:
        q = q.where(SubmissionConflict.resolved.is_(False))
    rows = list(session.scalars(q))
    names = dict(session.execute(select(Enterprise.uuid, Enterprise.name).where(
        Enterprise.uuid.in_({c.record_uuid for c in rows if c.entity == "enterprise"}))).all()) if rows else {}
    return tuple(ConflictRow(c.id, c.entity, c.record_uuid, c.tax_code, names.get(c.record_uuid, c.record_uuid),
                             c.field, c.kept or "", c.other or "", c.from_office, c.resolved) for c in rows)


def resolve_conflict(session: Session, conflict_id: int, keep: str) -> None:
    """Keep the value kept at import (``keep="kept"``) or the other one (``keep="other"``)."""
    c = session.get(SubmissionConflict, conflict_id)
    if c is None:
        raise InputError(tr("submission", "Không tìm thấy khác biệt này (có thể đã được xử lý)."))
    if keep not in ("kept", "other"):
        raise InputError(tr("submission", "Chỉ có thể giữ giá trị đang dùng hoặc giá trị kia."))
    value = c.kept if keep == "kept" else c.other
    if keep == "other":
        sheet = {v: k for k, v in SINGULAR.items()}[c.entity]
        kind = _PLAIN[sheet].get(c.field)
        if kind is None:
            raise InputError(tr("submission", "Giá trị \"{field}\" này phải sửa trong hồ sơ của bản ghi.").format(
                field=c.field))
        obj = session.scalar(select(MODELS[sheet]).where(MODELS[sheet].uuid == c.record_uuid))
        if obj is None:
            raise InputError(tr("submission", "Không tìm thấy bản ghi của khác biệt này."))
        old = getattr(obj, c.field)
        setattr(obj, c.field, _value(kind, value or ""))
        if sheet == fmt.ENTERPRISES:
            commune = session.get(AdminUnit, obj.commune_code) if obj.commune_code else None
            obj.size_class = size_class_for(session, obj.kind, obj.sector_code, obj.employees, obj.revenue, obj.capital)
            obj.name_folded = fold(obj.name)
            obj.search_folded = search_text(obj.name, obj.tax_code, obj.address, commune.name if commune else None)
        obj.modified_at = utcnow()
        record_changes(session, c.entity, c.record_uuid, "update", [(c.field, old, getattr(obj, c.field))])
    c.resolved, c.resolved_value, c.resolved_at = True, value, utcnow()
    session.flush()


# --- the provincial picture -----------------------------------------------------------------

@dataclass(frozen=True)
class CommuneFigure:
    commune_code: str | None
    commune_name: str
    period: int
    cumulative: int


@dataclass(frozen=True)
class TargetBreakdown:
    code: str
    title: str
    kind: str
    rows: tuple[CommuneFigure, ...]


def _by_commune(session: Session, scope: rules.PlanScope, t: Target, start: date, stop: date) -> dict[str | None, int]:
    rule = t.rule or {}
    if stop < start:
        return {}
    if t.kind == "activities":  # the engine's measure (records, quantity or distinct units), commune by commune
        groups: dict[str | None, list[Activity]] = {}
        for a in session.scalars(rules.activities_select(scope, rule, start, stop)):
            groups.setdefault(a.commune_code, []).append(a)
        return {c: activity_measure(rows, rule.get("measure")) for c, rows in groups.items()}
    sub = rules.supports_select(scope, rule, start, stop).subquery()
    measure = func.count(func.distinct(sub.c.enterprise_id)) if t.kind == "distinct_enterprises" else func.count()
    q = (select(Enterprise.commune_code, measure).select_from(sub).join(Enterprise, Enterprise.id == sub.c.enterprise_id)
         .group_by(Enterprise.commune_code))
    return {c: int(n) for c, n in session.execute(q)}


def commune_breakdown(session: Session, plan_code: str, period: fmt.Period) -> tuple[TargetBreakdown, ...]:
    """Each count target of the plan with communes in rows: the figure within the period and the
    cumulative figure from the target's window start to the period's end (the progress engine's
    counting rule, so the rows add up to the plan's figure for lượt and activities)."""
    plan = find_plan(session, plan_code)
    scope = rules.plan_scope(session, plan)
    names, order = {}, {}
    for code, name, reading in session.execute(select(AdminUnit.code, AdminUnit.name, AdminUnit.name_sort)):
        names[code], order[code] = name, reading or ""
    out = []
    for t in session.scalars(select(Target).where(Target.plan_id == plan.id).order_by(Target.sort_order, Target.id)):
        if t.kind not in ("distinct_enterprises", "supports", "activities"):
            continue
        start, end = rules.count_window(scope, t)
        stop = min(period.end, end)
        in_period = _by_commune(session, scope, t, max(start, period.start), stop)
        cumulative = _by_commune(session, scope, t, start, stop)
        codes = sorted(set(in_period) | set(cumulative), key=lambda c: (c is None, order.get(c or "", ""), c or ""))
        rows = tuple(CommuneFigure(c, names.get(c, c) if c else tr("submission", "(chưa rõ xã/phường)"),
                                   in_period.get(c, 0), cumulative.get(c, 0)) for c in codes)
        out.append(TargetBreakdown(t.code, t.title, t.kind, rows))
    return tuple(out)


@dataclass(frozen=True)
class Office:
    code: str
    name: str


def missing_offices(session: Session, plan_code: str, period: fmt.Period) -> tuple[Office, ...]:
    """The communes/wards of the plan's territory with no submission (other than replaced or
    returned ones) for this plan and period."""
    plan = find_plan(session, plan_code)
    scope = rules.plan_scope(session, plan)
    q = select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "commune", AdminUnit.is_current.is_(True))
    if scope.communes:
        q = q.where(AdminUnit.code.in_(scope.communes))
    elif scope.provinces:
        q = q.where(AdminUnit.province_code.in_(scope.provinces))
    sent = set(session.scalars(select(Submission.commune_code).where(
        func.lower(Submission.plan_code) == plan.code.lower(), Submission.period_from == period.start,
        Submission.period_to == period.end, Submission.status.in_(("received", "accepted")))))
    return tuple(Office(code, name) for code, name in session.execute(q.order_by(AdminUnit.name_folded))
                 if code not in sent)


__all__ = ["CommuneFigure", "ConflictRow", "Office", "SubmissionRow", "TargetBreakdown",
           "commune_breakdown", "list_conflicts", "list_submissions", "missing_offices", "resolve_conflict",
           "set_status"]
