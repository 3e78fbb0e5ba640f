"""Progress of a plan's targets as of any date: achieved, required, expected by the pace, status.

Pace rule (``PACE_RULE``, returned with every result so the UI can show it):

* The counting window runs from its start (1 January of the plan's start year, or of the year
  after the previous milestone for ``window = milestone_period``) to 31 December of the milestone
  year. Records dated after the as-of date or outside the window do not count.
* ``expected = min × elapsed``, where ``elapsed`` is the fraction of the window's days gone by at
  the as-of date (0 at the start, 1 at 31 December of the milestone). Counts are whole, so the
  expected count is rounded down (nobody is behind by a fraction of an enterprise).
* ``achieved`` when the value meets the requirement (see ``meets``); for a range target above its
  maximum also ``exceeded`` ("vượt chỉ tiêu"). Otherwise ``on_track`` when value ≥ expected,
  ``at_risk`` when value ≥ ``AT_RISK_FACTOR`` (0.7) × expected, else ``behind``. After the
  window's end a target not met is ``behind``.
* Before the window starts: ``no_data`` (nothing is due yet and nothing has been counted; the
  value shown is 0 and expected 0).
* Statistic targets have no pace: with no value entered for the window's years up to the as-of
  year → ``no_data``; a value that meets the requirement is ``achieved`` from 31 December of the
  window's last year and ``on_track`` before (the figure is provisional); one that does not is
  ``at_risk`` when ≥ 0.7 × the required value and the window is still open, else ``behind``.
  ``yearly_average`` = mean of the yearly values; ``latest`` = the latest year's value.
* A statistic target without a required minimum (figures left for the user to enter) → ``no_data``.
* A count target the plan states without a number (an objective such as "hỗ trợ các doanh nghiệp …
  xây dựng mô hình") → ``no_quantity``: counted, never judged met or unmet.

Counting (see :mod:`nsdesk.services.plans.rules` for the filters and the territory):
``distinct_enterprises`` = number of different enterprises with at least one qualifying support;
``supports`` = number of qualifying supports (lượt; one enterprise supported twice counts 2);
``activities`` = by ``rule["measure"]``: ``records`` (each activity counts 1, e.g. a club),
``quantity`` (sum of quantities, an empty quantity counting 1, e.g. experts or participants) or
``distinct_unit_in_charge`` (different units in charge, e.g. schools running a programme;
each activity without a unit counts as its own unit).
"""

from __future__ import annotations

import calendar
import math
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import (
    TARGET_KINDS,
    Activity,
    Enterprise,
    IndicatorValue,
    PilotProject,
    Plan,
    Support,
    SupportType,
    Target,
)
from nsdesk.services.common.text import clean, fold
from nsdesk.services.plans import rules

AT_RISK_FACTOR = 0.7
STATUSES = ("achieved", "on_track", "at_risk", "behind", "no_data", "no_quantity")
PACE_RULE = (
    "linear pace from the window start to 31 December of the milestone year; "
    "expected = min x elapsed fraction (rounded down for counts); "
    "achieved if the requirement is met (range above max: achieved + exceeded); "
    f"on_track if value >= expected; at_risk if value >= {AT_RISK_FACTOR} x expected; else behind; "
    "after the window end a target not met is behind; before the window starts: no_data; "
    "statistics: no value -> no_data, met -> achieved (on_track before the last window year ends), "
    f"not met -> at_risk if >= {AT_RISK_FACTOR} x required while the window is open, else behind"
)


def pace_rule_text() -> str:
    """The pace rule in Vietnamese, for the dashboard."""
    return tr(
        "progress",
        "Tiến độ tuyến tính từ đầu kỳ tính đến 31/12 năm mốc: mức cần đạt = chỉ tiêu tối thiểu × phần thời gian "
        "đã trôi qua (số đếm làm tròn xuống). Đạt chỉ tiêu → Đã đạt (vượt mức tối đa → vượt chỉ tiêu); "
        "≥ mức cần đạt → Đúng tiến độ; ≥ {pct}% mức cần đạt → Có nguy cơ chậm; thấp hơn → Chậm tiến độ. "
        "Quá 31/12 năm mốc mà chưa đạt → Chậm tiến độ. Trước khi kỳ tính bắt đầu, hoặc chỉ tiêu thống kê "
        "chưa có số liệu → Chưa có số liệu.",
    ).format(pct=round(AT_RISK_FACTOR * 100))


_STATUS_LABELS = {
    "achieved": "Đã đạt",
    "on_track": "Đúng tiến độ",
    "at_risk": "Có nguy cơ chậm",
    "behind": "Chậm tiến độ",
    "no_data": "Chưa có số liệu",
    "no_quantity": "Không có chỉ tiêu định lượng",
}


def status_label(status: str) -> str:
    return tr("progress", _STATUS_LABELS.get(status, status))


def number(value: float | None) -> float | int | None:
    """Whole numbers as int (7.0 → 7) so counts read as counts."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass
class TargetProgress:
    code: str
    title: str
    kind: str
    milestone: int
    comparator: str
    min: float | None
    max: float | None
    tolerance: float | None
    unit: str | None
    window: str
    window_start: date
    window_end: date
    achieved: float | None
    expected: float | None
    status: str
    exceeded: bool = False
    undated: int = 0  # records matching the rule but without a date, so not counted
    contributes: bool = False
    rule_text: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "kind": self.kind,
            "milestone": self.milestone,
            "required": {"min": number(self.min), "max": number(self.max), "comparator": self.comparator},
            "achieved": number(self.achieved),
            "status": self.status,
            "exceeded": self.exceeded,
            "expected": number(self.expected),
            "tolerance": number(self.tolerance),
            "unit": self.unit,
            "window": {"kind": self.window, "start": self.window_start.isoformat(), "end": self.window_end.isoformat()},
            "undated": self.undated,
            "contributes": self.contributes,
        }


@dataclass
class PlanProgress:
    plan: str
    title: str
    as_of: date
    targets: list[TargetProgress]
    pace_rule: str = PACE_RULE
    at_risk_factor: float = AT_RISK_FACTOR

    def as_json(self) -> dict[str, Any]:
        return {
            "plan": self.plan,
            "title": self.title,
            "as_of": self.as_of.isoformat(),
            "pace_rule": self.pace_rule,
            "at_risk_factor": self.at_risk_factor,
            "targets": [t.as_json() for t in self.targets],
        }


# --- judging --------------------------------------------------------------------------------

def meets(comparator: str, value: float, minimum: float, tolerance: float | None = None, bound: str | None = None) -> bool:
    """Whether ``value`` meets the requirement (the comparators of :mod:`nsdesk.services.plans.templates`)."""
    if comparator == "more_than" or (comparator == "yearly_rate" and bound == "more_than"):
        return value > minimum
    if comparator == "about":
        return value >= minimum - (tolerance or 0)
    return value >= minimum  # at_least, range, yearly_rate (at_least)


def elapsed_fraction(start: date, end: date, as_of: date) -> float:
    if as_of <= start:
        return 0.0
    if as_of >= end:
        return 1.0
    return (as_of - start).days / (end - start).days


def judge_count(t: Target, value: float, as_of: date, start: date, end: date) -> tuple[str, float | None, bool]:
    """(status, expected, exceeded) of a count target."""
    if t.min_value is None:
        return ("no_quantity" if t.max_value is None else "no_data"), None, False
    if as_of < start:
        return "no_data", 0, False
    expected = t.min_value if as_of > end else math.floor(t.min_value * elapsed_fraction(start, end, as_of) + 1e-9)
    if meets(t.comparator, value, t.min_value, t.tolerance, (t.rule or {}).get("bound")):
        exceeded = t.comparator == "range" and t.max_value is not None and value > t.max_value
        return "achieved", expected, exceeded
    if as_of > end:
        return "behind", expected, False
    if value >= expected:
        return "on_track", expected, False
    if value >= AT_RISK_FACTOR * expected:
        return "at_risk", expected, False
    return "behind", expected, False


def judge_statistic(t: Target, value: float | None, as_of: date, end: date) -> tuple[str, bool]:
    """(status, exceeded) of a statistic target."""
    if value is None or t.min_value is None:
        return "no_data", False
    if meets(t.comparator, value, t.min_value, t.tolerance, (t.rule or {}).get("bound")):
        exceeded = t.comparator == "range" and t.max_value is not None and value > t.max_value
        return ("achieved" if as_of >= end else "on_track"), exceeded
    if as_of < end and t.min_value > 0 and value >= AT_RISK_FACTOR * t.min_value:
        return "at_risk", False
    return "behind", False


def aggregate(values: list[float], how: str | None) -> float | None:
    """``yearly_average`` (default for yearly_rate) or ``latest`` of yearly values, oldest first."""
    if not values:
        return None
    result = values[-1] if how == "latest" else sum(values) / len(values)
    return round(result, 4)


# --- lookups --------------------------------------------------------------------------------

def find_plan(session: Session, code: str) -> Plan:
    wanted = clean(code or "")
    plan = session.scalars(select(Plan).where(func.lower(Plan.code) == wanted.lower())).first()
    if plan is None:
        known = list(session.scalars(select(Plan.code).where(Plan.is_template.is_(False)).order_by(Plan.code).limit(6)))
        hint = (
            tr("progress", "Các kế hoạch đã có: {codes}.").format(codes=", ".join(known[:5]) + ("…" if len(known) > 5 else ""))
            if known
            else tr("progress", "Tạo kế hoạch từ mẫu trước: nsdesk plan create --from-template MÃ_MẪU.")
        )
        raise InputError(tr("progress", "Không có kế hoạch mã «{code}».").format(code=wanted), hint=hint)
    return plan


def find_target(session: Session, plan: Plan, code: str) -> Target:
    wanted = clean(code or "")
    target = session.scalars(
        select(Target).where(Target.plan_id == plan.id, func.lower(Target.code) == wanted.lower())
    ).first()
    if target is None:
        codes = session.scalars(select(Target.code).where(Target.plan_id == plan.id).order_by(Target.sort_order, Target.code))
        raise InputError(
            tr("progress", "Kế hoạch «{plan}» không có chỉ tiêu mã «{code}».").format(plan=plan.code, code=wanted),
            hint=tr("progress", "Các chỉ tiêu: {codes}.").format(codes=", ".join(codes) or "—"),
        )
    return target


def _targets(session: Session, plan: Plan) -> list[Target]:
    return list(session.scalars(select(Target).where(Target.plan_id == plan.id).order_by(Target.sort_order, Target.id)))


# --- counting -------------------------------------------------------------------------------

def _unit_key(a: Activity) -> str:
    return fold(clean(a.unit_in_charge or "")) or f"#{a.id}"


def activity_measure(rows: list[Activity], measure: str | None) -> int:
    if measure == "quantity":
        return sum(a.quantity if a.quantity is not None else 1 for a in rows)
    if measure == "distinct_unit_in_charge":
        return len({_unit_key(a) for a in rows})
    return len(rows)


def _achieved(session: Session, scope: rules.PlanScope, t: Target, start: date, stop: date,
              statuses_on: date | None = None) -> tuple[float, int]:
    """(value, undated records) of a count target over start..stop (statuses as on ``statuses_on`` if given)."""
    rule = t.rule or {}
    if t.kind == "activities":
        undated = len(session.scalars(rules.activities_select(scope, rule, None, None)).all())
        if stop < start:
            return 0, undated
        rows = list(session.scalars(rules.activities_select(scope, rule, start, stop)))
        return activity_measure(rows, rule.get("measure")), undated
    undated = session.scalar(rules.undated_supports_select(scope, rule)) or 0
    if stop < start:
        return 0, undated
    sub = rules.supports_select(scope, rule, start, stop, statuses_on).subquery()
    if t.kind == "distinct_enterprises":
        value = session.scalar(select(func.count(func.distinct(sub.c.enterprise_id))))
    else:
        value = session.scalar(select(func.count()).select_from(sub))
    return int(value or 0), int(undated)


def aggregation(t: Target) -> str:
    """``rule["aggregate"]``; without it a yearly rate is averaged and a share takes the latest year."""
    how = (t.rule or {}).get("aggregate")
    if how in ("yearly_average", "latest"):
        return str(how)
    return "yearly_average" if t.comparator == "yearly_rate" else "latest"


def _statistic(session: Session, scope: rules.PlanScope, t: Target, start: date, end: date,
               as_of: date) -> tuple[list[IndicatorValue], float | None]:
    rule = t.rule or {}
    values = [v for v in rules.indicator_values(session, scope, rule, start, end) if v.year <= as_of.year]
    return values, aggregate([v.value for v in values], aggregation(t))


def target_progress(session: Session, scope: rules.PlanScope, t: Target, as_of: date,
                    statuses_on: date | None = None) -> TargetProgress:
    start, end = rules.count_window(scope, t)
    undated, expected, exceeded = 0, None, False
    if t.kind not in TARGET_KINDS:  # a kind this version does not know how to count
        achieved, status = None, "no_data"
    elif t.kind == "statistic":
        _, achieved = _statistic(session, scope, t, start, end, as_of)
        status, exceeded = judge_statistic(t, achieved, as_of, end)
    else:
        achieved, undated = _achieved(session, scope, t, start, min(as_of, end), statuses_on)
        status, expected, exceeded = judge_count(t, achieved, as_of, start, end)
    return TargetProgress(
        code=t.code, title=t.title, kind=t.kind, milestone=t.milestone, comparator=t.comparator,
        min=t.min_value, max=t.max_value, tolerance=t.tolerance, unit=t.unit, window=t.window,
        window_start=start, window_end=end, achieved=achieved, expected=expected, status=status,
        exceeded=exceeded, undated=undated, contributes=bool(t.contributes), rule_text=t.rule_text,
    )


@dataclass(frozen=True)
class WindowProgress:
    """A target over a reporting period: cumulative progress at ``to`` and what was achieved from ``since``."""

    cumulative: TargetProgress
    in_period: float | None  # None for a kind this version cannot count
    statistics: tuple[IndicatorValue, ...]  # yearly values up to ``to``'s year (statistic targets)


def window_progress(session: Session, scope: rules.PlanScope, t: Target, since: date, to: date,
                    period_years: tuple[int, int] | None = None) -> WindowProgress:
    """Progress of ``t`` cumulatively to ``to`` and achieved in ``since``..``to`` (within the target's window).

    Lượt count with their status as it was on ``to`` (a lượt completed after ``to`` was in progress).
    A statistic's value in the period aggregates its yearly values of ``period_years`` (first, last),
    default ``since``'s to ``to``'s year.
    """
    current = target_progress(session, scope, t, to, statuses_on=to)
    start, end = current.window_start, current.window_end
    values: tuple[IndicatorValue, ...] = ()
    if t.kind not in TARGET_KINDS:
        in_period: float | None = None
    elif t.kind == "statistic":
        found, _ = _statistic(session, scope, t, start, end, to)
        values = tuple(found)
        first, last = period_years or (since.year, to.year)
        in_period = aggregate([v.value for v in found if first <= v.year <= last], aggregation(t))
    else:
        in_period, _ = _achieved(session, scope, t, max(start, since), min(to, end), statuses_on=to)
    return WindowProgress(current, in_period, values)


def progress(session: Session, plan_code: str, as_of: date) -> PlanProgress:
    """Every target of the plan as of ``as_of`` (see the module docstring for the pace rule)."""
    plan = find_plan(session, plan_code)
    scope = rules.plan_scope(session, plan)
    return PlanProgress(plan.code, plan.title, as_of, [target_progress(session, scope, t, as_of) for t in _targets(session, plan)])


# --- the list behind a count ----------------------------------------------------------------

@dataclass
class Member:
    """One row of the list behind a count: an enterprise, a lượt, an activity or a yearly value."""

    kind: str  # enterprise | support | activity | indicator
    id: int
    on: date | None  # first qualifying date (enterprise), the support's/activity's date, 31/12 of the year
    label: str  # enterprise name, activity title, "2024"
    enterprise_id: int | None = None
    tax_code: str | None = None
    commune_code: str | None = None
    status: str | None = None
    support_types: list[str] = field(default_factory=list)
    project_code: str | None = None
    supports: int = 0  # enterprise rows: how many qualifying lượt
    quantity: int | None = None
    unit_in_charge: str | None = None
    value: float | None = None
    source: str | None = None

    def as_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["on"] = self.on.isoformat() if self.on else None
        return d


def members(session: Session, plan_code: str, target_code: str, as_of: date) -> list[Member]:
    """The enterprises / lượt / activities / yearly values that make up a target's value."""
    plan = find_plan(session, plan_code)
    t = find_target(session, plan, target_code)
    scope = rules.plan_scope(session, plan)
    start, end = rules.count_window(scope, t)
    rule = t.rule or {}
    if t.kind == "statistic":
        values, _ = _statistic(session, scope, t, start, end, as_of)
        return [Member("indicator", v.id, date(v.year, 12, 31), str(v.year), value=v.value, source=v.source) for v in values]
    stop = min(as_of, end)
    if stop < start:
        return []
    if t.kind == "activities":
        return [
            Member("activity", a.id, a.held_on, a.title, commune_code=a.commune_code, quantity=a.quantity,
                   unit_in_charge=a.unit_in_charge)
            for a in session.scalars(rules.activities_select(scope, rule, start, stop))
        ]
    sub = rules.supports_select(scope, rule, start, stop).subquery()
    rows = session.execute(
        select(sub.c.support_id, sub.c.on, Support.status, PilotProject.code, Enterprise.id, Enterprise.name,
               Enterprise.tax_code, Enterprise.commune_code)
        .join(Support, Support.id == sub.c.support_id)
        .join(Enterprise, Enterprise.id == sub.c.enterprise_id)
        .outerjoin(PilotProject, PilotProject.id == Support.project_id)
        .order_by(sub.c.on, sub.c.support_id)
    ).all()
    types: dict[int, list[str]] = {}
    ids = [r[0] for r in rows]
    for i in range(0, len(ids), 5000):
        for sid, typ in session.execute(
            select(SupportType.support_id, SupportType.type).where(SupportType.support_id.in_(ids[i:i + 5000])).order_by(SupportType.type)
        ):
            types.setdefault(sid, []).append(typ)
    lots = [
        Member("support", sid, on, name, enterprise_id=eid, tax_code=tax, commune_code=commune, status=status,
               support_types=types.get(sid, []), project_code=project, supports=1)
        for sid, on, status, project, eid, name, tax, commune in rows
    ]
    if t.kind == "supports":
        return lots
    by_enterprise: dict[int, Member] = {}
    for m in lots:
        eid = m.enterprise_id
        assert eid is not None  # every lượt has its enterprise
        e = by_enterprise.get(eid)
        if e is None:
            by_enterprise[eid] = Member(
                "enterprise", eid, m.on, m.label, enterprise_id=m.enterprise_id, tax_code=m.tax_code,
                commune_code=m.commune_code, status=m.status, support_types=list(m.support_types),
                project_code=m.project_code, supports=1,
            )
        else:
            e.supports += 1
            e.support_types = sorted(set(e.support_types) | set(m.support_types))
    return sorted(by_enterprise.values(), key=lambda m: (fold(m.label), m.id))


# --- cumulative achievement over time -------------------------------------------------------

@dataclass
class TimelinePoint:
    on: date
    achieved: float | None
    expected: float | None


@dataclass
class Timeline:
    target: TargetProgress
    points: list[TimelinePoint]


def month_ends(start: date, stop: date) -> list[date]:
    """Last day of every month from ``start``'s month to ``stop``'s, the last point being ``stop``."""
    out = []
    y, m = start.year, start.month
    while (y, m) <= (stop.year, stop.month):
        out.append(min(date(y, m, calendar.monthrange(y, m)[1]), stop))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline(session: Session, plan_code: str, target_code: str, as_of: date) -> Timeline:
    """Cumulative achievement at each month's end from the window start to the as-of date."""
    plan = find_plan(session, plan_code)
    t = find_target(session, plan, target_code)
    scope = rules.plan_scope(session, plan)
    current = target_progress(session, scope, t, as_of)
    start, end = current.window_start, current.window_end
    stop = min(as_of, end)
    if stop < start:
        return Timeline(current, [])
    points = month_ends(start, stop)
    if t.kind == "statistic":
        values, _ = _statistic(session, scope, t, start, end, as_of)
        how = aggregation(t)
        return Timeline(current, [
            TimelinePoint(p, aggregate([v.value for v in values if v.year <= p.year], how), None) for p in points
        ])
    events: list[tuple[date, float]] = []  # (date, increment), the first date each counted thing appears
    if t.kind == "activities":
        measure = (t.rule or {}).get("measure")
        seen: set[str] = set()
        for a in session.scalars(rules.activities_select(scope, t.rule or {}, start, stop)):
            if measure == "quantity":
                events.append((a.held_on, a.quantity if a.quantity is not None else 1))
            elif measure == "distinct_unit_in_charge":
                if _unit_key(a) not in seen:
                    seen.add(_unit_key(a))
                    events.append((a.held_on, 1))
            else:
                events.append((a.held_on, 1))
    else:
        sub = rules.supports_select(scope, t.rule or {}, start, stop).subquery()
        if t.kind == "distinct_enterprises":
            q = select(func.min(sub.c.on)).group_by(sub.c.enterprise_id)
        else:
            q = select(sub.c.on)
        events = [(d, 1) for d in session.scalars(q)]
    events.sort()
    out: list[TimelinePoint] = []
    total: float = 0
    i = 0
    for p in points:
        while i < len(events) and events[i][0] <= p:
            total += events[i][1]
            i += 1
        _, expected, _ = judge_count(t, 0, p, start, end)  # expected at p, whatever was achieved
        out.append(TimelinePoint(p, total, expected if t.min_value is not None else None))
    return Timeline(current, out)

