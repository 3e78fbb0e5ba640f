"""Worker side of the Tổng quan dashboard: plain values read in one op (no ORM objects leave it)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nsdesk.services.plans.plans import PlanListing

#: entities whose change may change what the dashboard shows
WATCHED = ("supports", "plans", "targets", "tasks", "activities", "indicators", "enterprises", "projects", "office")


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
    plans: tuple[PlanListing, ...]
    plan_code: str | None  # the plan shown (None: no plan yet)
    as_of: date
    progress: object = None  # services.progress.PlanProgress (plain dataclasses)
    overdue: list[TaskInfo] = field(default_factory=list)
    certificates: list[CertInfo] = field(default_factory=list)
    pace_rule: str = ""


def list_plans(session) -> tuple[PlanListing, ...]:
    from nsdesk.services.plans import plans

    return plans.list_plans(session)


def default_plan(plans: tuple[PlanListing, ...], office) -> str | None:
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
    """Certificates expiring within ``days`` of ``as_of`` (the service's rule), soonest first."""
    from nsdesk.services.pilots import supports

    return [CertInfo(r.enterprise_name, r.tax_code, r.cert_number, r.cert_body, r.cert_expires)
            for r in supports.expiring_certificates(session, as_of, days)]


def load_timeline(plan_code: str, target_code: str, as_of: date):
    def fn(session, _progress, _cancelled):
        from nsdesk.services.plans import progress

        return progress.timeline(session, plan_code, target_code, as_of)

    return fn
