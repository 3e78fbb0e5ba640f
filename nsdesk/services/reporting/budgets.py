"""Planned budgets (million VND, by source) of a plan per year, and of a task where the plan gives one."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.models import PlanBudget, PlanTask
from nsdesk.services.common.forms import FieldChecks, apply_fields, parse_number, record_changes
from nsdesk.services.plans import progress as engine

SOURCES = ("state_budget", "enterprise", "other")
SOURCE_LABELS = {"state_budget": "Ngân sách nhà nước", "enterprise": "Doanh nghiệp đóng góp",
                 "other": "Nguồn hợp pháp khác", "total": "Tổng cộng"}


@dataclass(frozen=True)
class Budget:
    """One planned amount: a plan's year (``task_number`` None) or a task's (``year`` optional)."""

    id: int
    plan_code: str
    year: int | None
    task_number: str | None
    state_budget: float | None
    enterprise: float | None
    other: float | None
    note: str | None

    @property
    def total(self) -> float:
        return sum(v or 0.0 for v in (self.state_budget, self.enterprise, self.other))


def _view(b: PlanBudget, plan_code: str, task_number: str | None) -> Budget:
    return Budget(b.id, plan_code, b.year, task_number, b.state_budget, b.enterprise, b.other, b.note)


def set_budget(session: Session, plan_code: str, values: Mapping[str, Any], *, year: int | None = None,
               task_number: str | None = None) -> Budget:
    """Set the planned amounts of a plan's ``year`` or of its task ``task_number`` (created when new).

    ``values``: ``state_budget``, ``enterprise``, ``other`` (numbers, Vietnamese-written text accepted,
    blank = none) and ``note``. FormError (nothing written) for a wrong amount, an unknown task, or
    neither a year nor a task.
    """
    plan = engine.find_plan(session, plan_code)
    checks = FieldChecks()
    task: PlanTask | None = None
    if task_number is not None:
        task = session.scalars(select(PlanTask).where(PlanTask.plan_id == plan.id,
                                                      PlanTask.number == task_number.strip())).first()
        if task is None:
            checks.error("task", f"Kế hoạch không có nhiệm vụ số «{task_number}».")
    elif year is None:
        checks.error("year", "Cần chọn năm (kinh phí theo năm) hoặc nhiệm vụ (kinh phí của nhiệm vụ).")
    if year is not None and not plan.start_year <= year <= plan.end_year:
        checks.error("year", f"Năm {year} ngoài thời gian kế hoạch ({plan.start_year}–{plan.end_year}).")
    fields: dict[str, Any] = {}
    for key in SOURCES:
        if key in values:
            try:
                amount = parse_number(values[key])
            except (TypeError, ValueError):
                checks.error(key, f"Số tiền «{values[key]}» không phải là số (triệu đồng).")
                continue
            if amount is not None and amount < 0:
                checks.error(key, "Số tiền không được âm.")
            fields[key] = amount
    if "note" in values:
        fields["note"] = str(values["note"] or "").strip() or None
    checks.check()
    q = select(PlanBudget).where(PlanBudget.plan_id == plan.id,
                                 PlanBudget.task_id.is_(None) if task is None else PlanBudget.task_id == task.id,
                                 PlanBudget.year.is_(None) if year is None else PlanBudget.year == year)
    row = session.scalars(q).first()
    action = "update"
    if row is None:
        row = PlanBudget(plan_id=plan.id, task_id=task.id if task else None, year=year)
        session.add(row)
        session.flush()
        action = "create"
    changed = apply_fields(row, fields)
    session.flush()
    record_changes(session, "plan_budget", row.uuid, action, changed)
    return _view(row, plan.code, task.number if task else None)


def list_budgets(session: Session, plan_code: str) -> list[Budget]:
    """The plan's planned amounts: yearly ones by year, then the tasks' by task order."""
    plan = engine.find_plan(session, plan_code)
    rows = session.execute(
        select(PlanBudget, PlanTask.number).outerjoin(PlanTask, PlanTask.id == PlanBudget.task_id)
        .where(PlanBudget.plan_id == plan.id)
        .order_by(PlanBudget.task_id.is_not(None), PlanTask.sort_order, PlanBudget.year, PlanBudget.id)
    )
    return [_view(b, plan.code, number) for b, number in rows]


def planned(session: Session, plan_id: int, first_year: int, last_year: int) -> dict[str, float] | None:
    """Sum by source of the plan's yearly budgets for ``first_year``..``last_year``; None when none entered."""
    rows = list(session.scalars(select(PlanBudget).where(
        PlanBudget.plan_id == plan_id, PlanBudget.task_id.is_(None), PlanBudget.year >= first_year,
        PlanBudget.year <= last_year)))
    if not rows:
        return None
    return {key: sum(getattr(r, key) or 0.0 for r in rows) for key in SOURCES}
