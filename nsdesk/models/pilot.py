"""Pilot projects, supports (lượt), and before/after measurements."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin, VersionedMixin

PROJECT_STATUSES = ("proposed", "approved", "in_progress", "completed", "cancelled")
SUPPORT_STATUSES = ("planned", "in_progress", "completed", "cancelled")
SUPPORT_TYPES = (
    "system_tool",  # build/apply a management system or improvement tool
    "training",
    "consulting",
    "certification",  # product/quality certification
    "ip",  # IP registration
    "technology",  # technology transfer / innovation
    "digital",  # digital transformation
    "other",
)


class PilotProject(VersionedMixin, RecordMixin, Base):
    __tablename__ = "pilot_projects"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(Text)
    plan_id: Mapped[Optional[int]] = mapped_column(ForeignKey("plans.id"), index=True)
    lead_unit: Mapped[Optional[str]] = mapped_column(String(300))
    partner_units: Mapped[Optional[str]] = mapped_column(Text)
    provider: Mapped[Optional[str]] = mapped_column(String(300))
    start_date: Mapped[Optional[date]] = mapped_column(Date)
    end_date: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="proposed")
    funding_state: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))  # million VND
    funding_enterprise: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    funding_other: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    description: Mapped[Optional[str]] = mapped_column(Text)
    evidence_paths: Mapped[list[str]] = mapped_column(JSON, default=list)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Support(VersionedMixin, RecordMixin, Base):
    """One enterprise supported once: one lượt."""

    __tablename__ = "supports"

    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    project_id: Mapped[Optional[int]] = mapped_column(ForeignKey("pilot_projects.id"), index=True)
    start_date: Mapped[Optional[date]] = mapped_column(Date, index=True)
    end_date: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20), default="planned", index=True)
    funding_state: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    funding_enterprise: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    funding_other: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    cert_number: Mapped[Optional[str]] = mapped_column(String(100))
    cert_body: Mapped[Optional[str]] = mapped_column(String(300))
    cert_issued: Mapped[Optional[date]] = mapped_column(Date)
    cert_expires: Mapped[Optional[date]] = mapped_column(Date, index=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
    #: The import (``Change.batch``) that created this lượt, if any: undo finds its records by it.
    import_batch: Mapped[Optional[str]] = mapped_column(String(36))


class SupportType(Base):
    __tablename__ = "support_types"

    support_id: Mapped[int] = mapped_column(ForeignKey("supports.id", ondelete="CASCADE"), primary_key=True)
    type: Mapped[str] = mapped_column(String(30), primary_key=True)


class SupportTool(Base):
    __tablename__ = "support_tools"

    support_id: Mapped[int] = mapped_column(ForeignKey("supports.id", ondelete="CASCADE"), primary_key=True)
    tool_id: Mapped[int] = mapped_column(ForeignKey("tools.id"), primary_key=True, index=True)


class Measurement(RecordMixin, Base):
    """A before (baseline) or after (follow-up) value of one metric."""

    __tablename__ = "measurements"

    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), index=True)
    support_id: Mapped[Optional[int]] = mapped_column(ForeignKey("supports.id"), index=True)
    metric_id: Mapped[int] = mapped_column(ForeignKey("metrics.id"), index=True)
    phase: Mapped[str] = mapped_column(String(10))  # before | after
    value: Mapped[float]
    measured_on: Mapped[Optional[date]] = mapped_column(Date)
    period: Mapped[Optional[str]] = mapped_column(String(40))
    source: Mapped[Optional[str]] = mapped_column(Text)
    flagged: Mapped[bool] = mapped_column(Boolean, default=False)
    flag_reason: Mapped[Optional[str]] = mapped_column(Text)
    #: The import (``Change.batch``) that created this value, if any: undo finds its records by it.
    import_batch: Mapped[Optional[str]] = mapped_column(String(36))
