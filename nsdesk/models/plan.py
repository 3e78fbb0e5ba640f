"""Plans, their targets, tasks, and yearly statistics."""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin, VersionedMixin

PLAN_LEVELS = ("national", "province", "district", "commune")
TARGET_KINDS = ("distinct_enterprises", "supports", "activities", "statistic")
COMPARATORS = ("at_least", "more_than", "about", "range", "yearly_rate")


class Plan(RecordMixin, Base):
    __tablename__ = "plans"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(Text)
    issuer: Mapped[Optional[str]] = mapped_column(String(300))
    doc_number: Mapped[Optional[str]] = mapped_column(String(100))
    doc_date: Mapped[Optional[date]] = mapped_column(Date)
    level: Mapped[str] = mapped_column(String(20))
    # Territory as written in the plan (may name a unit abolished in 2025) and its current code.
    territory_name: Mapped[Optional[str]] = mapped_column(String(300))
    territory_code: Mapped[Optional[str]] = mapped_column(ForeignKey("admin_units.code"))
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("plans.id"))
    template_code: Mapped[Optional[str]] = mapped_column(String(60))
    is_template: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[Optional[str]] = mapped_column(Text)


class PlanTerritoryUnit(Base):
    """Current administrative units that now cover a plan's (possibly abolished) territory."""

    __tablename__ = "plan_territory_units"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("admin_units.code"), primary_key=True)


class Target(VersionedMixin, RecordMixin, Base):
    __tablename__ = "targets"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(30))
    milestone: Mapped[int] = mapped_column(Integer)
    comparator: Mapped[str] = mapped_column(String(20))
    min_value: Mapped[Optional[float]]
    max_value: Mapped[Optional[float]]
    tolerance: Mapped[Optional[float]]
    unit: Mapped[Optional[str]] = mapped_column(String(60))
    # plan_start: count from the plan's start; milestone_period: only within the milestone's period.
    window: Mapped[str] = mapped_column(String(30), default="plan_start")
    # Counting rule: filters on enterprise kind/size, support type, tool, project, commune, status…
    rule: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    contributes: Mapped[bool] = mapped_column(Boolean, default=False)  # "góp phần" to a higher level
    # Why/how the figure is a contribution (e.g. GRDP and TFP exist only at province level).
    contributes_note: Mapped[Optional[str]] = mapped_column(Text)
    text_as_written: Mapped[Optional[str]] = mapped_column(Text)
    # The counting rule in words (Vietnamese), shown next to the count in reports.
    rule_text: Mapped[Optional[str]] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (UniqueConstraint("plan_id", "code", name="uq_targets_plan_code"),)


class PlanTask(RecordMixin, Base):
    __tablename__ = "plan_tasks"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    number: Mapped[str] = mapped_column(String(20))
    content: Mapped[str] = mapped_column(Text)
    lead_unit: Mapped[Optional[str]] = mapped_column(Text)
    partner_units: Mapped[Optional[str]] = mapped_column(Text)
    time_frame: Mapped[Optional[str]] = mapped_column(String(100))  # as written
    due_date: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    note: Mapped[Optional[str]] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TaskNote(RecordMixin, Base):
    __tablename__ = "task_notes"

    task_id: Mapped[int] = mapped_column(ForeignKey("plan_tasks.id", ondelete="CASCADE"), index=True)
    noted_on: Mapped[date] = mapped_column(Date)
    text: Mapped[str] = mapped_column(Text)
    officer: Mapped[Optional[str]] = mapped_column(String(200))


class IndicatorValue(RecordMixin, Base):
    """A yearly statistic (labour-productivity growth %, TFP share %) with its source."""

    __tablename__ = "indicator_values"

    indicator: Mapped[str] = mapped_column(String(60))
    territory_code: Mapped[Optional[str]] = mapped_column(ForeignKey("admin_units.code"))
    year: Mapped[int] = mapped_column(Integer)
    value: Mapped[float]
    source: Mapped[Optional[str]] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("indicator", "territory_code", "year", name="uq_indicator_values_key"),
    )
