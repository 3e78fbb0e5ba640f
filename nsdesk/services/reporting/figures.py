"""The figures of a plan report for a period (see :mod:`nsdesk.services.reporting.data`).

Scope of every list (written down once here; the document repeats it in a note):

* Territory: only records of the plan's territory (:func:`nsdesk.services.plans.rules.enterprise_inside`;
  activities also when linked to the plan or a plan implementing it). Pilot projects: those of the
  plan and of the plans implementing it, and any project with a counted lượt in the territory,
  counted from their lượt in the territory only.
* Dates: only what started by ``to``. "In the period" means dated ``from``..``to`` (a lượt by its
  start date, its end date when it has none); cumulative figures count from 1 January of the
  plan's start year (targets: from their own counting window) to ``to``. A project that starts
  after ``to`` is left out.
* Statuses as they were on ``to`` (:func:`nsdesk.services.common.counting.status_on`): a lượt
  completed after ``to`` was in progress on ``to``.
* Lượt list: every lượt of the period, planned and cancelled ones too (with their status);
  counts and funding take only the lượt that count on ``to`` (the one counting rule,
  :mod:`nsdesk.services.common.counting`).
* Improvement: before/after pairs of the territory's enterprises per tool of the pair's lượt;
  the "after" value dated by ``to`` (undated follow-ups left out), the baseline the earliest
  "before" value dated by ``to`` or undated; values awaiting review (flagged) left out. A metric
  without a better direction (``WITHOUT_DIRECTION``: headcount) shows the change only.
* Years of a period (planned budget, statistics in the period): from ``from``'s year (the next
  year when ``from`` falls after 1 December: the Decree 09 cut-off of 15 December) to ``to``'s.
"""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from nsdesk.models import (
    Activity,
    AdminUnit,
    Enterprise,
    Measurement,
    Metric,
    PilotProject,
    Plan,
    PlanTask,
    Sector,
    Support,
    SupportType,
    Target,
    TaskNote,
)
from nsdesk.services.common import counting
from nsdesk.services.common.formats import number
from nsdesk.services.pilots.projects import PROJECT_STATUS_LABELS
from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS, support_tool_codes
from nsdesk.services.pilots.tools import tool_names
from nsdesk.services.plans import progress as engine
from nsdesk.services.plans import rules
from nsdesk.services.plans.activities import KIND_LABELS as ACTIVITY_KIND_LABELS
from nsdesk.services.plans.tasks import CLOSED as CLOSED_TASKS
from nsdesk.services.plans.tasks import STATUS_LABELS as TASK_STATUS_LABELS
from nsdesk.services.register.importing.fields import KIND_LABELS as ENTERPRISE_KIND_LABELS
from nsdesk.services.reporting import budgets
from nsdesk.services.reporting.data import (
    NO_QUANTITY,
    ActivityRow,
    FundingRow,
    ImprovementRow,
    ProjectRow,
    ReportData,
    StatisticValue,
    SupportRow,
    SupportTotals,
    TargetFigure,
    TaskRow,
)
from nsdesk.services.reporting.periods import Period

#: metrics whose rise is neither better nor worse (shown as a change, not an improvement)
WITHOUT_DIRECTION = frozenset({"workers"})
SIZE_LABELS = {"micro": "Siêu nhỏ", "small": "Nhỏ", "medium": "Vừa", "not_sme": "Không phải DNNVV",
               "household": "Hộ kinh doanh", "unknown": "Chưa xác định"}
TARGET_STATUS_LABELS = {
    "achieved": "Đã đạt", "on_track": "Đúng tiến độ", "at_risk": "Có nguy cơ chậm", "behind": "Chậm tiến độ",
    "no_data": "Chưa có số liệu", "no_quantity": "Không có chỉ tiêu định lượng",
}
OBJECTIVE_RULE = ("Mục tiêu không nêu con số: báo cáo số doanh nghiệp, số lượt hỗ trợ đang thực hiện hoặc "
                  "đã hoàn thành theo cách tính của mục tiêu.")
_CHUNK = 5000


def period_years(period: Period) -> tuple[int, int]:
    """(first, last) year a period reports on: ``from``'s year, the next one when ``from`` is after 1 December."""
    first = period.start.year + 1 if period.start.month == 12 and period.start.day > 1 else period.start.year
    return min(first, period.end.year), period.end.year


def report_data(session: Session, plan_code: str, period: Period) -> ReportData:
    """Every figure of plan ``plan_code``'s report for ``period``; InputError for an unknown plan.

    Nothing is written to the database. Same data and period → equal result.
    """
    plan = engine.find_plan(session, plan_code)
    scope = rules.plan_scope(session, plan)
    to = period.end
    start_of_plan = date(plan.start_year, 1, 1)
    targets = _targets(session, scope, period)
    supports, totals = _supports(session, scope, period)
    territory = plan.territory_name
    if territory is None and plan.territory_code:
        unit = session.get(AdminUnit, plan.territory_code)
        territory = unit.name if unit else None
    notes = (
        f"Số liệu của các doanh nghiệp trên địa bàn {territory or 'kế hoạch'}, tính đến ngày {to:%d/%m/%Y}; "
        f"lũy kế từ ngày {start_of_plan:%d/%m/%Y}.",
        f"Trạng thái là trạng thái tại ngày {to:%d/%m/%Y}: lượt hỗ trợ kết thúc sau ngày này được ghi là "
        "đang thực hiện.",
        "Chỉ tính lượt hỗ trợ đang thực hiện hoặc đã hoàn thành; lượt đã hủy không được tính.",
    )
    return ReportData(
        plan_code=plan.code, plan_title=plan.title, plan_doc_number=plan.doc_number, plan_doc_date=plan.doc_date,
        plan_issuer=plan.issuer, territory=territory, period=period, start_of_plan=start_of_plan,
        targets=targets, supports=supports, support_totals=totals,
        projects=_projects(session, scope, period), activities=_activities(session, scope, period),
        tasks=_tasks(session, plan, to), funding=_funding(session, scope, period, totals),
        improvement=_improvement(session, scope, to), notes=notes,
    )


def has_communes(scope: rules.PlanScope) -> bool:
    """A plan over several communes (a province plan): its report has the per-commune appendix
    (filled by :mod:`nsdesk.reports.report_records` from the consolidation's figures)."""
    return scope.plan.level == "province" or bool(scope.provinces) or len(scope.communes) > 1


# --- targets --------------------------------------------------------------------------------

def _requirement(t: Target) -> str:
    """The requirement as a reader expects it, always in Vietnamese ("≥ 30 doanh nghiệp")."""
    if t.min_value is None:
        return "Chưa nhập"
    bound = (t.rule or {}).get("bound")
    if t.comparator == "range" and t.max_value is not None:
        text = f"{number(t.min_value)}–{number(t.max_value)}"
    elif t.comparator == "more_than" or (t.comparator == "yearly_rate" and bound == "more_than"):
        text = f"> {number(t.min_value)}"
    elif t.comparator == "about":
        text = f"≈ {number(t.min_value)}" + (f" (± {number(t.tolerance)})" if t.tolerance else "")
    else:
        text = f"≥ {number(t.min_value)}"
    return f"{text} {t.unit}" if t.unit else text


def _is_objective(t: Target) -> bool:
    """A count target the plan states without a number ("hỗ trợ các doanh nghiệp … xây dựng mô hình")."""
    return t.kind != "statistic" and t.min_value is None and t.max_value is None


def _num(value: float | None) -> float | None:
    return None if value is None else float(value)


def _targets(session: Session, scope: rules.PlanScope, period: Period) -> tuple[TargetFigure, ...]:
    out = []
    found = session.scalars(select(Target).where(Target.plan_id == scope.plan.id).order_by(Target.sort_order, Target.id))
    for t in found:
        w = engine.window_progress(session, scope, t, period.start, period.end, period_years(period))
        c = w.cumulative
        objective = _is_objective(t)
        status = c.status
        label = TARGET_STATUS_LABELS.get(status, status) + (" (vượt chỉ tiêu)" if c.exceeded else "")
        rule_text = t.rule_text or ""
        if objective:
            rule_text = f"{OBJECTIVE_RULE} {rule_text}".strip()
        out.append(TargetFigure(
            code=t.code, title=t.title, kind="objective" if objective else t.kind, milestone=t.milestone,
            requirement=NO_QUANTITY if objective else _requirement(t), comparator=t.comparator,
            required_min=_num(t.min_value), required_max=_num(t.max_value), unit=t.unit,
            achieved_period=_num(w.in_period), achieved_cumulative=_num(c.achieved), status=status,
            status_label=label, exceeded=c.exceeded, counting_rule=rule_text,
            statistics=tuple(StatisticValue(v.year, float(v.value), v.source) for v in w.statistics),
            text_as_written=t.text_as_written, contributes=bool(t.contributes),
        ))
    return tuple(out)


# --- lượt -----------------------------------------------------------------------------------

def _supports(session: Session, scope: rules.PlanScope, period: Period) -> tuple[tuple[SupportRow, ...], SupportTotals]:
    to = period.end
    q = (
        select(Support.id, Enterprise.id, Enterprise.name, Enterprise.tax_code, Enterprise.kind, Enterprise.size_class,
               Sector.name, AdminUnit.name, PilotProject.name, Support.start_date, Support.end_date, Support.status,
               Support.funding_state, Support.funding_enterprise, Support.funding_other)
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .outerjoin(Sector, Sector.code == Enterprise.sector_code)
        .outerjoin(AdminUnit, AdminUnit.code == Enterprise.commune_code)
        .outerjoin(PilotProject, PilotProject.id == Support.project_id)
        .where(rules.enterprise_inside(scope, {}), rules.SUPPORT_DATE >= period.start, rules.SUPPORT_DATE <= to)
        .order_by(rules.SUPPORT_DATE, Support.id)
    )
    found = session.execute(q).all()
    ids = [r[0] for r in found]
    types: dict[int, list[str]] = defaultdict(list)
    for i in range(0, len(ids), _CHUNK):
        for sid, typ in session.execute(select(SupportType.support_id, SupportType.type)
                                        .where(SupportType.support_id.in_(ids[i:i + _CHUNK]))
                                        .order_by(SupportType.support_id, SupportType.type)):
            types[sid].append(typ)
    tools = support_tool_codes(session, ids) if ids else {}
    names = tool_names(session)
    rows, enterprises, counted = [], set(), 0
    money = [0.0, 0.0, 0.0]
    for (sid, eid, name, tax, kind, size, sector, commune, project, start, end, status,
         f_state, f_ent, f_other) in found:
        now = counting.status_on(status, end, to) or ""
        rows.append(SupportRow(
            support_id=sid, enterprise_name=name, tax_code=tax, kind=ENTERPRISE_KIND_LABELS.get(kind, kind),
            size_class=SIZE_LABELS.get(size, size), sector=sector, commune=commune, project=project,
            types=tuple(SUPPORT_TYPE_LABELS.get(c, c) for c in types.get(sid, [])),
            tools=tuple(names.get(c, c) for c in tools.get(sid, [])), start=start, end=end, status=now,
            status_label=SUPPORT_STATUS_LABELS.get(now, now),
            funding_state=_num(f_state), funding_enterprise=_num(f_ent), funding_other=_num(f_other),
        ))
        enterprises.add(eid)
        if counting.counts(now):
            counted += 1
            for i, v in enumerate((f_state, f_ent, f_other)):
                money[i] += float(v or 0)
    totals = SupportTotals(supports=len(rows), enterprises=len(enterprises), counted=counted,
                           funding_state=round(money[0], 2), funding_enterprise=round(money[1], 2),
                           funding_other=round(money[2], 2))
    return tuple(rows), totals


# --- projects -------------------------------------------------------------------------------

def _projects(session: Session, scope: rules.PlanScope, period: Period) -> tuple[ProjectRow, ...]:
    to = period.end
    counted = counting.supports_in_on(counting.COUNTED_SUPPORT_STATUSES, to)
    lots = session.execute(
        select(Support.project_id, Support.enterprise_id, rules.SUPPORT_DATE, Support.funding_state,
               Support.funding_enterprise, Support.funding_other)
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .where(Support.project_id.is_not(None), rules.enterprise_inside(scope, {}), counted,
               rules.SUPPORT_DATE <= to)
    ).all()
    per: dict[int, dict[str, Any]] = {}
    for pid, eid, on, f_state, f_ent, f_other in lots:
        if pid is None:
            continue
        acc = per.setdefault(pid, {"ents": set(), "n": 0, "np": 0, "money": [0.0, 0.0, 0.0]})
        acc["ents"].add(eid)
        acc["n"] += 1
        if on is not None and on >= period.start:
            acc["np"] += 1
        for i, v in enumerate((f_state, f_ent, f_other)):
            acc["money"][i] += float(v or 0)
    q = (
        select(PilotProject)
        .where(or_(PilotProject.plan_id.in_(sorted(scope.plan_ids)), PilotProject.id.in_(sorted(per) or [-1])),
               counting.live_projects(), or_(PilotProject.start_date.is_(None), PilotProject.start_date <= to))
        .order_by(PilotProject.start_date.is_(None), PilotProject.start_date, PilotProject.code)
    )
    out = []
    for p in session.scalars(q):
        acc = per.get(p.id, {"ents": set(), "n": 0, "np": 0, "money": [0.0, 0.0, 0.0]})
        status = counting.status_on(p.status, p.end_date, to) or ""
        out.append(ProjectRow(
            code=p.code, name=p.name, lead_unit=p.lead_unit, start=p.start_date, end=p.end_date, status=status,
            status_label=PROJECT_STATUS_LABELS.get(status, status), enterprises=len(acc["ents"]), supports=acc["n"],
            supports_period=acc["np"], funding_state=round(acc["money"][0], 2),
            funding_enterprise=round(acc["money"][1], 2), funding_other=round(acc["money"][2], 2),
        ))
    return tuple(out)


# --- activities and tasks -------------------------------------------------------------------

def _activities(session: Session, scope: rules.PlanScope, period: Period) -> tuple[ActivityRow, ...]:
    q = (
        select(Activity, AdminUnit.name)
        .outerjoin(AdminUnit, AdminUnit.code == Activity.commune_code)
        .where(rules.activity_inside(scope, {}), Activity.held_on >= period.start, Activity.held_on <= period.end)
        .order_by(Activity.held_on, Activity.id)
    )
    return tuple(
        ActivityRow(kind=ACTIVITY_KIND_LABELS.get(a.kind, a.kind), title=a.title, held_on=a.held_on,
                    unit_in_charge=a.unit_in_charge, quantity=a.quantity, commune=commune)
        for a, commune in session.execute(q)
    )


def _tasks(session: Session, plan: Plan, to: date) -> tuple[TaskRow, ...]:
    tasks = list(session.scalars(select(PlanTask).where(PlanTask.plan_id == plan.id)
                                 .order_by(PlanTask.sort_order, PlanTask.id)))
    latest: dict[int, TaskNote] = {}
    if tasks:
        for n in session.scalars(select(TaskNote).where(TaskNote.task_id.in_([t.id for t in tasks]),
                                                        TaskNote.noted_on <= to)
                                 .order_by(TaskNote.noted_on, TaskNote.id)):
            latest[n.task_id] = n
    out = []
    for t in tasks:
        note = latest.get(t.id)
        out.append(TaskRow(
            number=t.number, content=t.content, lead_unit=t.lead_unit, time_frame=t.time_frame, due_date=t.due_date,
            status=t.status, status_label=TASK_STATUS_LABELS.get(t.status, t.status),
            latest_note=note.text if note else None, latest_note_on=note.noted_on if note else None,
            overdue=t.due_date is not None and t.due_date < to and t.status not in CLOSED_TASKS,
        ))
    return tuple(out)


# --- funding --------------------------------------------------------------------------------

def _funding(session: Session, scope: rules.PlanScope, period: Period, in_period: SupportTotals) -> tuple[FundingRow, ...]:
    to = period.end
    start = date(scope.plan.start_year, 1, 1)
    f_state, f_ent, f_other = _sums(session, scope, start, to)
    first, last = period_years(period)
    planned_period = budgets.planned(session, scope.plan.id, first, last)
    planned_total = budgets.planned(session, scope.plan.id, scope.plan.start_year, to.year)
    period_values = (in_period.funding_state, in_period.funding_enterprise, in_period.funding_other)
    cumulative = (f_state, f_ent, f_other)
    rows = []
    for i, key in enumerate(budgets.SOURCES):
        rows.append(FundingRow(key, budgets.SOURCE_LABELS[key], period_values[i], cumulative[i],
                               planned_period[key] if planned_period else None,
                               planned_total[key] if planned_total else None))
    rows.append(FundingRow("total", budgets.SOURCE_LABELS["total"], round(sum(period_values), 2),
                           round(sum(cumulative), 2),
                           round(sum(planned_period.values()), 2) if planned_period else None,
                           round(sum(planned_total.values()), 2) if planned_total else None))
    return tuple(rows)


def _sums(session: Session, scope: rules.PlanScope, start: date, to: date) -> tuple[float, float, float]:
    row = session.execute(
        select(func.coalesce(func.sum(Support.funding_state), 0), func.coalesce(func.sum(Support.funding_enterprise), 0),
               func.coalesce(func.sum(Support.funding_other), 0))
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .where(rules.enterprise_inside(scope, {}), counting.supports_in_on(counting.COUNTED_SUPPORT_STATUSES, to),
               rules.SUPPORT_DATE >= start, rules.SUPPORT_DATE <= to)
    ).one()
    return round(float(row[0] or 0), 2), round(float(row[1] or 0), 2), round(float(row[2] or 0), 2)


# --- improvement ----------------------------------------------------------------------------

def _improvement(session: Session, scope: rules.PlanScope, to: date) -> tuple[ImprovementRow, ...]:
    metrics = {m.id: m for m in session.scalars(select(Metric))}
    q = (
        select(Measurement.id, Measurement.enterprise_id, Measurement.support_id, Measurement.metric_id,
               Measurement.phase, Measurement.value, Measurement.measured_on)
        .join(Enterprise, Enterprise.id == Measurement.enterprise_id)
        .where(rules.enterprise_inside(scope, {}), Measurement.support_id.is_not(None),
               Measurement.flagged.is_(False),
               or_(Measurement.measured_on <= to, and_(Measurement.measured_on.is_(None), Measurement.phase == "before")))
        .order_by(Measurement.id)
    )
    before: dict[tuple[int, int, int], tuple[bool, date | None, int, float]] = {}
    after: dict[tuple[int, int, int], tuple[date, int, float]] = {}
    for mid_, eid, sid, metric, phase, value, on in session.execute(q):
        if sid is None:
            continue
        key = (eid, sid, metric)
        if phase == "before":
            found = (on is None, on, mid_, float(value))
            old = before.get(key)
            if old is None or found[:3] < old[:3]:
                before[key] = found
        elif phase == "after" and on is not None:
            got = (on, mid_, float(value))
            prev = after.get(key)
            if prev is None or got[:2] > prev[:2]:
                after[key] = got
    pairs = [(k, before[k][3], a[2]) for k, a in after.items() if k in before]
    tools = support_tool_codes(session, sorted({k[1] for k, _, _ in pairs})) if pairs else {}
    names = tool_names(session)
    groups: dict[tuple[str, int], list[tuple[int, float, float]]] = defaultdict(list)
    for (eid, sid, metric), b, a in pairs:
        for code in tools.get(sid, []):
            groups[(code, metric)].append((eid, b, a))
    out = []
    for (code, metric_id), items in groups.items():
        m = metrics[metric_id]
        directed = m.code not in WITHOUT_DIRECTION
        changes = [(a - b) if (directed and m.higher_is_better) or not directed else (b - a) for _, b, a in items]
        pct = [c / abs(b) * 100.0 for c, (_, b, _) in zip(changes, items, strict=True) if b != 0]
        improved = sum(1 for c in changes if c > 0)
        worse = sum(1 for c in changes if c < 0)
        out.append(ImprovementRow(
            tool=names.get(code, code), metric=m.name, unit=m.unit, has_direction=directed,
            enterprises=len({e for e, _, _ in items}), pairs=len(items),
            improved=improved if directed else None, unchanged=len(items) - improved - worse if directed else None,
            worse=worse if directed else None,
            median_change_pct=round(statistics.median(pct), 2) if pct else None,
            mean_change_pct=round(statistics.fmean(pct), 2) if pct else None,
        ))
    out.sort(key=lambda r: (r.tool, r.metric))
    return tuple(out)
