"""Worker side of the plans page: op functions returning plain records (no ORM object leaves them).

Writes return a :class:`Saved` whose ``changes`` the op runner announces on the change bus
("plans", "targets", "tasks", "activities", "indicators"), so the dashboard refreshes too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from nsdesk.ui.ops import Changes

if TYPE_CHECKING:
    from nsdesk.services.plans.plans import PlanListing as PlanRow


@dataclass(frozen=True)
class TargetRow:
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
    rule_text: str | None
    contributes: bool
    contributes_note: str | None
    bound: str | None
    achieved: float | None
    status: str
    exceeded: bool


@dataclass(frozen=True)
class TaskLine:
    id: int
    number: str
    content: str
    lead_unit: str | None
    partner_units: str | None
    time_frame: str | None
    due_date: date | None
    status: str
    overdue: bool
    last_note: str | None
    last_note_on: date | None
    notes: int


@dataclass(frozen=True)
class ActivityLine:
    id: int
    kind: str
    title: str
    held_on: date | None
    unit_in_charge: str | None
    quantity: int | None
    commune_code: str | None
    commune_name: str | None
    plan_code: str | None
    note: str | None


@dataclass(frozen=True)
class IndicatorLine:
    id: int
    indicator: str
    territory_code: str | None
    territory_name: str | None
    year: int
    value: float
    source: str | None


@dataclass
class PlanDetails:
    plan: PlanRow
    as_of: date
    targets: list[TargetRow] = field(default_factory=list)
    tasks: list[TaskLine] = field(default_factory=list)
    activities: list[ActivityLine] = field(default_factory=list)
    indicators: list[IndicatorLine] = field(default_factory=list)
    province_code: str | None = None  # of the plan's territory, for entering statistics


@dataclass
class Saved:
    changes: Changes
    value: Any = None


def list_plans(session) -> tuple[PlanRow, ...]:
    from nsdesk.services.plans import plans

    return plans.list_plans(session)


def load_plans(_session=None):
    def fn(session, _p, _c) -> tuple[PlanRow, ...]:
        return list_plans(session)

    return fn


def load_details(plan_code: str, as_of: date):
    """Op function: the plan, its targets with their progress, tasks, activities and statistics."""

    def fn(session, _p, _c) -> PlanDetails:
        from nsdesk.services.common import admin_units
        from nsdesk.services.plans import activities, indicators, progress, targets, tasks

        plan = progress.find_plan(session, plan_code)
        row = next(r for r in list_plans(session) if r.code == plan.code)
        result = {t.code: t for t in progress.progress(session, plan.code, as_of).targets}
        details = PlanDetails(row, as_of)
        for t in targets.list_targets(session, plan.code):
            p = result[t.code]
            details.targets.append(TargetRow(
                t.code, t.title, t.kind, t.milestone, t.comparator, t.min_value, t.max_value, t.tolerance, t.unit,
                t.window, p.window_start, p.window_end, t.rule_text, bool(t.contributes), t.contributes_note,
                t.bound, p.achieved, p.status, p.exceeded))
        for r in tasks.list_tasks(session, plan.code, as_of):
            task = r.task
            details.tasks.append(TaskLine(
                task.id, task.number, task.content, task.lead_unit, task.partner_units, task.time_frame, task.due_date,
                task.status, r.overdue,
                r.last_note.text if r.last_note else None, r.last_note.noted_on if r.last_note else None, r.notes))
        acts = activities.list_activities(session)  # the whole register; each row names its plan
        names = admin_units.unit_names(session, [a.activity.commune_code for a in acts])
        details.activities = [
            ActivityLine(a.activity.id, a.activity.kind, a.activity.title, a.activity.held_on, a.activity.unit_in_charge,
                         a.activity.quantity, a.activity.commune_code, names.get(a.activity.commune_code or ""), a.plan_code,
                         a.activity.note)
            for a in acts
        ]
        province = admin_units.province_of(session, plan.territory_code)
        details.province_code = province
        values = indicators.list_values(session, territory_code=province) if province else indicators.list_values(session)
        names = admin_units.unit_names(session, [v.territory_code for v in values])
        details.indicators = [
            IndicatorLine(v.id, v.indicator, v.territory_code, names.get(v.territory_code or ""), v.year, v.value, v.source)
            for v in values
        ]
        return details

    return fn


def load_members(plan_code: str, target_code: str, as_of: date):
    def fn(session, _p, _c):
        from nsdesk.services.plans import progress

        return progress.members(session, plan_code, target_code, as_of)

    return fn


# --- writes ---------------------------------------------------------------------------------

def create_plan(template_code: str, new_code: str | None):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import plans

        plan = plans.create_from_template(session, template_code, new_code)
        return Saved(Changes.of("plans", "targets", "tasks"), plan.code)

    return fn


def update_target(plan_code: str, target_code: str, data: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import targets as plan_targets

        return Saved(Changes.of("targets", "plans"), plan_targets.update_target(session, plan_code, target_code, data))

    return fn


def create_target(plan_code: str, values: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import targets as plan_targets

        return Saved(Changes.of("targets", "plans"), plan_targets.create_target(session, plan_code, values).code)

    return fn


def add_task_note(task_id: int, status: str, noted_on: date, text: str):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import tasks

        tasks.set_status(session, task_id, status, text or None, noted_on)
        return Saved(Changes.of("tasks"))

    return fn


def save_activity(activity_id: int | None, data: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import activities

        if activity_id is None:
            activities.create_activity(session, data)
        else:
            activities.update_activity(session, activity_id, data)
        return Saved(Changes.of("activities"))

    return fn


def set_indicator(data: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import indicators

        indicators.set_value(session, data)
        return Saved(Changes.of("indicators"))

    return fn


def task_notes(task_id: int):
    def fn(session, _p, _c) -> list[tuple[date, str, str | None]]:
        from nsdesk.services.plans import tasks

        return [(n.noted_on, n.text, n.officer) for n in tasks.notes(session, task_id)]

    return fn


def update_plan(plan_code: str, values: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import plans

        return Saved(Changes.of("plans"), plans.update_plan(session, plan_code, values))

    return fn


def plan_usage(plan_code: str):
    def fn(session, _p, _c):
        from nsdesk.services.plans import plans

        return plans.plan_usage(session, plan_code)

    return fn


def delete_plan(plan_code: str):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.plans import plans

        return Saved(Changes.of("plans", "targets", "tasks", "activities", "projects"), plans.delete_plan(session, plan_code))

    return fn
