"""Worker side of the Tổng quan dashboard: plain values read in one op (no ORM objects leave it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

#: entities whose change may change what the dashboard shows
WATCHED = ("supports", "plans", "targets", "tasks", "activities", "indicators", "enterprises", "projects", "office")


@dataclass(frozen=True)
class PlanChoice:
    code: str
    title: str
    level: str
    start_year: int
    end_year: int
    territory_code: str | None
    parent_code: str | None = None
    targets: int = 0


@dataclass(frozen=True)
class TaskInfo:
    id: int
    number: str
    content: str
    lead_unit: str | None
    time_frame: str | None
    due_date: date | None
    status: str


@dataclass(frozen=True)
class CertInfo:
    enterprise: str
    tax_code: str | None
    number: str | None
    body: str | None
    expires: date | None


@dataclass
class DashboardData:
    plans: list[PlanChoice]
    plan_code: str | None  # the plan shown (None: no plan yet)
    as_of: date
    progress: object = None  # services.progress.PlanProgress (plain dataclasses)
    overdue: list[TaskInfo] = field(default_factory=list)
    certificates: list[CertInfo] = field(default_factory=list)
    pace_rule: str = ""


def list_plans(session) -> list[PlanChoice]:
    from sqlalchemy import func, select
    from sqlalchemy.orm import aliased

    from nsdesk.models import Plan, Target

    parent = aliased(Plan)
    counts = dict(session.execute(select(Target.plan_id, func.count()).group_by(Target.plan_id)).all())
    rows = session.execute(
        select(Plan, parent.code).outerjoin(parent, parent.id == Plan.parent_id)
        .where(Plan.is_template.is_(False)).order_by(Plan.id)
    ).all()
    return [PlanChoice(p.code, p.title, p.level, p.start_year, p.end_year, p.territory_code, pc, counts.get(p.id, 0))
            for p, pc in rows]


def default_plan(plans: list[PlanChoice], office) -> str | None:
    """The office's plan: its commune's, else its province's, else the first plan.

    Plans with targets come first (a plan whose template has no figures shows nothing yet).
    """
    places = [c for c in (getattr(office, "commune_code", None), getattr(office, "province_code", None)) if c]
    for with_targets in (True, False):
        for code in places:
            for p in plans:
                if p.territory_code == code and (getattr(p, "targets", 1) > 0 or not with_targets):
                    return p.code
    counted = [p for p in plans if getattr(p, "targets", 1) > 0]
    return (counted or plans)[0].code if plans else None


def task_info(t) -> TaskInfo:
    return TaskInfo(t.id, t.number, t.content, t.lead_unit, t.time_frame, t.due_date, t.status)


def load_dashboard(plan_code: str | None, as_of: date):
    """Op function: plans, the chosen plan's progress and overdue tasks, expiring certificates."""

    def fn(session, _progress, _cancelled) -> DashboardData:
        from nsdesk.services.common.office import get_office
        from nsdesk.services.pilots import supports
        from nsdesk.services.plans import progress, tasks

        plans = list_plans(session)
        codes = {p.code for p in plans}
        code = plan_code if plan_code in codes else default_plan(plans, get_office(session))
        data = DashboardData(plans, code, as_of, pace_rule=progress.pace_rule_text())
        if code is not None:
            data.progress = progress.progress(session, code, as_of)
            data.overdue = [task_info(t) for t in tasks.overdue_tasks(session, as_of, code)]
        data.certificates = expiring_certificates(session, as_of, supports.CERT_WARNING_DAYS)
        return data

    return fn


def expiring_certificates(session, as_of: date, days: int) -> list[CertInfo]:
    """Certificates of lượt not cancelled expiring within ``days`` of ``as_of``, soonest first.

    The same rows as ``services.supports.expiring_certificates`` in one range query instead of
    listing every lượt and filtering (10k lượt: 7–9 ms vs 21–30 ms warm, 260 ms on a cold first
    call; see benchmarks/bench_dashboard.py).
    """
    from datetime import timedelta

    from sqlalchemy import select

    from nsdesk.models import Enterprise, Support

    rows = session.execute(
        select(Enterprise.name, Enterprise.tax_code, Support.cert_number, Support.cert_body, Support.cert_expires)
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .where(Support.status != "cancelled", Support.cert_number.is_not(None), Support.cert_number != "",
               Support.cert_expires >= as_of, Support.cert_expires <= as_of + timedelta(days=days))
        .order_by(Support.cert_expires, Support.id)
    ).all()
    return [CertInfo(*r) for r in rows]


def load_timeline(plan_code: str, target_code: str, as_of: date):
    def fn(session, _progress, _cancelled):
        from nsdesk.services.plans import progress

        return progress.timeline(session, plan_code, target_code, as_of)

    return fn
