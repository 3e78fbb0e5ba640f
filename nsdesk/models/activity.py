"""Activities (clubs, training programmes, experts, communication items) and the audit trail."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin, utcnow

ACTIVITY_KINDS = (
    "productivity_club",
    "student_club",
    "training_programme",
    "certified_expert",
    "communication",
    "agency_iso9001",
    "workshop",
    "other",
)


class Activity(RecordMixin, Base):
    __tablename__ = "activities"

    kind: Mapped[str] = mapped_column(String(40), index=True)
    title: Mapped[str] = mapped_column(Text)
    held_on: Mapped[Optional[date]] = mapped_column(Date)
    unit_in_charge: Mapped[Optional[str]] = mapped_column(String(300))
    quantity: Mapped[Optional[int]] = mapped_column(Integer)
    commune_code: Mapped[Optional[str]] = mapped_column(ForeignKey("admin_units.code"))
    plan_id: Mapped[Optional[int]] = mapped_column(ForeignKey("plans.id"))
    note: Mapped[Optional[str]] = mapped_column(Text)


class ActivityEnterprise(Base):
    __tablename__ = "activity_enterprises"

    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True)
    enterprise_id: Mapped[int] = mapped_column(ForeignKey("enterprises.id"), primary_key=True)


class Change(Base):
    """One entry of the change history: who changed which field of which record, when."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    officer: Mapped[Optional[str]] = mapped_column(String(200))
    entity: Mapped[str] = mapped_column(String(40))
    entity_uuid: Mapped[str] = mapped_column(String(36), index=True)
    action: Mapped[str] = mapped_column(String(20))  # create | update | archive | delete | import
    field: Mapped[Optional[str]] = mapped_column(String(60))
    old_value: Mapped[Optional[str]] = mapped_column(Text)
    new_value: Mapped[Optional[str]] = mapped_column(Text)
    # The import this change was part of (one id per import run), for undoing the last import.
    batch: Mapped[Optional[str]] = mapped_column(String(36), index=True)


class OfficeSetting(Base):
    """Settings that belong to the database: the office it serves and its officer."""

    __tablename__ = "office_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Optional[str]] = mapped_column(Text)
