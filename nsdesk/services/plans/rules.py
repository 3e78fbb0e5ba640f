"""How a target's counting rule becomes a query: plan scope, counting window, rule filters.

The rule keys are the ones documented in :mod:`nsdesk.services.plans.templates` (``statuses``,
``support_types``, ``tool_codes``/``tool_categories``, ``sme_only``, ``size_classes``,
``enterprise_kinds``, ``requires_project``/``project_statuses``, ``communes``, ``activity_kind``,
``measure``, ``indicator``, ``aggregate``, ``territory``, ``bound``, ``from_year``/``to_year``).
This module also accepts ``tool_ids`` (tool ids), ``project_codes`` (supports of these pilot
projects only) and ``activity_kinds`` (a list instead of one ``activity_kind``).

Decisions written down here (the progress engine's docstring repeats them for the UI):

* Territory. A plan's territory is its ``PlanTerritoryUnit`` rows, or its ``territory_code`` when
  it has none; a 2-digit code is a whole province, any other code one commune/ward. A plan with
  neither (the national plan) counts everything. An enterprise is inside when its commune is in a
  listed commune or in a listed province; one without a commune is inside a listed province when
  its ``province_code`` is. ``rule["communes"]`` narrows this further (both must hold).
* An activity is inside the plan when its commune is inside the territory, or when it is linked
  (``plan_id``) to the plan or to a plan implementing it (a ward plan under a province plan).
  Activities without a commune and not linked count only for plans without a territory.
* A support's date is its start date, its end date when the start is missing. Supports and
  activities without a date are not counted (the result reports how many were left out). A
  support counts with the status it has now: a support started before the as-of date and
  completed later counts at the as-of date as it is now — except where a caller asks for the
  statuses as they were on a day (``statuses_on``, the period report): then a support completed
  after that day was in progress on it (:func:`nsdesk.services.common.counting.status_on`).
* Statuses counted: ``rule["statuses"]`` (default in progress + completed); ``cancelled`` never
  counts, even when listed. Pilot projects named by ``requires_project`` count with
  ``project_statuses`` (default in progress + completed); a cancelled project never counts.
* Archived enterprises still count: archiving hides a record, it does not undo a support.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Select, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import Session, aliased

if TYPE_CHECKING:
    from typing import Unpack

from nsdesk.models import (
    Activity,
    AdminUnit,
    Enterprise,
    IndicatorValue,
    PilotProject,
    Plan,
    PlanTerritoryUnit,
    Support,
    SupportTool,
    SupportType,
    Target,
    Tool,
)
from nsdesk.services.common import counting

DEFAULT_STATUSES = counting.COUNTED_SUPPORT_STATUSES
DEFAULT_PROJECT_STATUSES = counting.COUNTED_PROJECT_STATUSES
SME_CLASSES = ("micro", "small", "medium")


@dataclass(frozen=True)
class PlanScope:
    """Where and what a plan counts."""

    plan: Plan
    provinces: frozenset[str]
    communes: frozenset[str]
    plan_ids: frozenset[int]  # the plan and the plans implementing it, at any depth
    milestones: tuple[int, ...]  # distinct milestones of the plan's targets, ascending

    @property
    def unrestricted(self) -> bool:
        return not self.provinces and not self.communes


def plan_scope(session: Session, plan: Plan) -> PlanScope:
    units = list(session.scalars(select(PlanTerritoryUnit.unit_code).where(PlanTerritoryUnit.plan_id == plan.id)))
    if not units and plan.territory_code:
        units = [plan.territory_code]
    provinces = frozenset(u for u in units if len(u) == 2)
    communes = frozenset(u for u in units if len(u) != 2)
    ids = {plan.id}
    frontier = [plan.id]
    while frontier:  # plans implementing this one (a ward plan under its province plan)
        children = set(session.scalars(select(Plan.id).where(Plan.parent_id.in_(frontier)))) - ids
        ids |= children
        frontier = list(children)
    milestones = tuple(
        sorted(set(session.scalars(select(Target.milestone).where(Target.plan_id == plan.id))))
    )
    return PlanScope(plan, provinces, communes, frozenset(ids), milestones)


# --- window ---------------------------------------------------------------------------------

def count_window(scope: PlanScope, target: Target) -> tuple[date, date]:
    """First and last day a target counts records.

    ``plan_start``: 1 January of the plan's start year. ``milestone_period``: 1 January of the
    year after the plan's previous milestone (the plan's start when there is none). Statistic
    targets use ``rule["from_year"]``..``rule["to_year"]`` when given. The window always ends
    on 31 December of the milestone year (``to_year`` for statistics).
    """
    rule = target.rule or {}
    start_year = scope.plan.start_year
    if target.window == "milestone_period":
        earlier = [m for m in scope.milestones if m < target.milestone]
        if earlier:
            start_year = max(earlier) + 1
    end_year = target.milestone
    if target.kind == "statistic":
        start_year = _int(rule.get("from_year"), start_year)
        end_year = _int(rule.get("to_year"), end_year)
    start, end = date(start_year, 1, 1), date(end_year, 12, 31)
    return (start, end) if start <= end else (end.replace(month=1, day=1), end)


def _int(value: object, default: int) -> int:
    try:
        return int(value) if value is not None else default  # type: ignore[call-overload]  # any JSON value; a bad one is the default
    except (TypeError, ValueError):
        return default


# --- territory ------------------------------------------------------------------------------

def _province_communes(provinces: frozenset[str]) -> Select[str]:
    return select(AdminUnit.code).where(AdminUnit.province_code.in_(sorted(provinces)))


def enterprise_inside(scope: PlanScope, rule: dict[str, Any]) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    if not scope.unrestricted:
        inside: list[ColumnElement[bool]] = []
        if scope.communes:
            inside.append(Enterprise.commune_code.in_(sorted(scope.communes)))
        if scope.provinces:
            inside.append(Enterprise.commune_code.in_(_province_communes(scope.provinces)))
            inside.append(and_(Enterprise.commune_code.is_(None), Enterprise.province_code.in_(sorted(scope.provinces))))
        conds.append(or_(*inside))
    communes = _str_list(rule.get("communes"))
    if communes:
        conds.append(Enterprise.commune_code.in_(communes))
    return and_(true(), *conds)


def activity_inside(scope: PlanScope, rule: dict[str, Any]) -> ColumnElement[bool]:
    conds: list[ColumnElement[bool]] = []
    if not scope.unrestricted:
        inside: list[ColumnElement[bool]] = [Activity.plan_id.in_(sorted(scope.plan_ids))]
        if scope.communes:
            inside.append(Activity.commune_code.in_(sorted(scope.communes)))
        if scope.provinces:
            inside.append(Activity.commune_code.in_(_province_communes(scope.provinces)))
        conds.append(or_(*inside))
    communes = _str_list(rule.get("communes"))
    if communes:
        conds.append(Activity.commune_code.in_(communes))
    return and_(true(), *conds)


def _str_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (str, int)):
        value = [value]
    return [str(v).strip() for v in value if str(v).strip()]


# --- supports -------------------------------------------------------------------------------

SUPPORT_DATE = func.coalesce(Support.start_date, Support.end_date)


def counted_statuses(rule: dict[str, Any], default: Iterable[str] = DEFAULT_STATUSES, key: str = "statuses") -> list[str]:
    """Statuses that count; ``cancelled`` is removed even when a rule lists it."""
    return counting.rule_statuses(_str_list(rule.get(key)), default)


def support_conditions(scope: PlanScope, rule: dict[str, Any], statuses_on: date | None = None) -> list[ColumnElement[bool]]:
    """Every filter of a supports/distinct_enterprises rule except the dates.

    ``statuses_on``: judge the rule's statuses as they were on that day
    (:func:`nsdesk.services.common.counting.status_on`) instead of as they are now.
    """
    statuses = counted_statuses(rule)
    status_cond = counting.supports_in(statuses) if statuses_on is None else counting.supports_in_on(statuses, statuses_on)
    conds: list[ColumnElement[bool]] = [status_cond, enterprise_inside(scope, rule)]
    if scope.communes and not scope.provinces:
        # Same filter again, written so SQLite starts from the communes' enterprises (index on
        # commune_code) instead of scanning every support: 4-10x faster for a ward plan.
        local = aliased(Enterprise)
        conds.append(Support.enterprise_id.in_(select(local.id).where(local.commune_code.in_(sorted(scope.communes)))))
    if rule.get("sme_only"):
        conds.append(Enterprise.size_class.in_(SME_CLASSES))
    if sizes := _str_list(rule.get("size_classes")):
        conds.append(Enterprise.size_class.in_(sizes))
    if kinds := _str_list(rule.get("enterprise_kinds")):
        conds.append(Enterprise.kind.in_(kinds))
    if types := _str_list(rule.get("support_types")):
        conds.append(exists().where(SupportType.support_id == Support.id, SupportType.type.in_(types)))
    tool_conds: list[ColumnElement[bool]] = []
    if codes := _str_list(rule.get("tool_codes")):
        tool_conds.append(Tool.code.in_(codes))
    if categories := _str_list(rule.get("tool_categories")):
        tool_conds.append(Tool.category.in_(categories))
    if ids := [int(i) for i in _str_list(rule.get("tool_ids")) if i.isdigit()]:
        tool_conds.append(Tool.id.in_(ids))
    elif "tool_ids" in rule and not tool_conds:
        tool_conds.append(false())
    if tool_conds:
        conds.append(
            exists()
            .where(SupportTool.support_id == Support.id)
            .where(SupportTool.tool_id.in_(select(Tool.id).where(or_(*tool_conds))))
        )
    if rule.get("requires_project"):
        statuses = counted_statuses(rule, DEFAULT_PROJECT_STATUSES, "project_statuses")
        conds.append(Support.project_id.in_(select(PilotProject.id).where(counting.counted_projects(statuses))))
    if projects := _str_list(rule.get("project_codes")):
        conds.append(
            Support.project_id.in_(
                select(PilotProject.id).where(
                    func.lower(PilotProject.code).in_([p.lower() for p in projects]), counting.live_projects()
                )
            )
        )
    return conds


def supports_select(scope: PlanScope, rule: dict[str, Any], start: date, end: date,
                    statuses_on: date | None = None) -> Select[Unpack[tuple[Any, ...]]]:
    """Qualifying supports dated start..end: (support id, enterprise id, date); see :func:`support_conditions`."""
    return (
        select(Support.id.label("support_id"), Support.enterprise_id.label("enterprise_id"), SUPPORT_DATE.label("on"))
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .where(*support_conditions(scope, rule, statuses_on), SUPPORT_DATE >= start, SUPPORT_DATE <= end)
    )


def undated_supports_select(scope: PlanScope, rule: dict[str, Any]) -> Select[Unpack[tuple[Any, ...]]]:
    return (
        select(func.count())
        .select_from(Support)
        .join(Enterprise, Enterprise.id == Support.enterprise_id)
        .where(*support_conditions(scope, rule), SUPPORT_DATE.is_(None))
    )


# --- activities -----------------------------------------------------------------------------

def activity_kinds(rule: dict[str, Any]) -> list[str]:
    return _str_list(rule.get("activity_kinds")) or _str_list(rule.get("activity_kind"))


def activities_select(scope: PlanScope, rule: dict[str, Any], start: date | None, end: date | None) -> Select[Unpack[tuple[Any, ...]]]:
    """Qualifying activities (of the rule's kinds, inside the plan); dated start..end, or undated when both None."""
    q = select(Activity).where(Activity.kind.in_(activity_kinds(rule)), activity_inside(scope, rule))
    if start is None and end is None:
        return q.where(Activity.held_on.is_(None))
    return q.where(Activity.held_on >= start, Activity.held_on <= end).order_by(Activity.held_on, Activity.id)


# --- statistics -----------------------------------------------------------------------------

def statistic_territory(session: Session, scope: PlanScope, rule: dict[str, Any]) -> str | None:
    """Which territory's figure a statistic target reads: the plan's, or its province's."""
    code = scope.plan.territory_code
    if code and rule.get("territory") == "province" and len(code) != 2:
        unit = session.get(AdminUnit, code)
        if unit is not None and unit.province_code:
            return unit.province_code
    return code


def indicator_values(session: Session, scope: PlanScope, rule: dict[str, Any], start: date, end: date) -> list[IndicatorValue]:
    """Yearly values of the rule's indicator for the window's years, oldest first."""
    territory = statistic_territory(session, scope, rule)
    q = select(IndicatorValue).where(
        IndicatorValue.indicator == str(rule.get("indicator") or ""),
        IndicatorValue.year >= start.year,
        IndicatorValue.year <= end.year,
        IndicatorValue.territory_code.is_(None) if territory is None else IndicatorValue.territory_code == territory,
    )
    return list(session.scalars(q.order_by(IndicatorValue.year)))
