"""What offices send upward: the submissions register, who sent each record, and conflicts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin, utcnow

SUBMISSION_STATUSES = ("received", "accepted", "returned", "replaced")


class Submission(RecordMixin, Base):
    """One data package received from an office for a plan and a period."""

    __tablename__ = "submissions"

    # "51/23284": province code / commune code (or the unit name typed by hand).
    office_key: Mapped[str] = mapped_column(String(300), index=True)
    office_label: Mapped[Optional[str]] = mapped_column(String(300))
    province_code: Mapped[Optional[str]] = mapped_column(String(10))
    commune_code: Mapped[Optional[str]] = mapped_column(String(10))
    officer: Mapped[Optional[str]] = mapped_column(String(200))
    plan_code: Mapped[str] = mapped_column(String(60), index=True)
    period_from: Mapped[date] = mapped_column(Date)
    period_to: Mapped[date] = mapped_column(Date)
    exported_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    file_name: Mapped[Optional[str]] = mapped_column(String(300))
    checksum: Mapped[str] = mapped_column(String(64))
    checksum_ok: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(20), default="received")
    reason: Mapped[Optional[str]] = mapped_column(Text)
    replaced_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("submissions.id"))
    # Figures the office's package states, and what the province computes from its rows.
    claimed: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)
    computed: Mapped[dict[str, int]] = mapped_column(JSON, default=dict)


class RecordSource(Base):
    """Provenance: an office sent this record (entity, uuid) in this submission."""

    __tablename__ = "record_sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    entity: Mapped[str] = mapped_column(String(20))
    record_uuid: Mapped[str] = mapped_column(String(36))
    office_key: Mapped[str] = mapped_column(String(300))
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    # The record's modification time as the office sent it (a later local edit differs).
    sent_modified_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    withdrawn: Mapped[bool] = mapped_column(Boolean, default=False)

    __table_args__ = (
        UniqueConstraint("entity", "record_uuid", "office_key", name="uq_record_sources_key"),
        Index("ix_record_sources_uuid", "record_uuid"),
    )


class SubmissionConflict(Base):
    """Two values of one field: the one kept (newer by default) and the other, until a user decides."""

    __tablename__ = "submission_conflicts"

    id: Mapped[int] = mapped_column(primary_key=True)
    submission_id: Mapped[int] = mapped_column(ForeignKey("submissions.id"), index=True)
    entity: Mapped[str] = mapped_column(String(20))
    record_uuid: Mapped[str] = mapped_column(String(36), index=True)
    tax_code: Mapped[Optional[str]] = mapped_column(String(20))
    field: Mapped[str] = mapped_column(String(60))
    kept: Mapped[Optional[str]] = mapped_column(Text)
    other: Mapped[Optional[str]] = mapped_column(Text)
    from_office: Mapped[str] = mapped_column(String(300))
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)
    resolved_value: Mapped[Optional[str]] = mapped_column(Text)
    resolved_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True))
    order: Mapped[int] = mapped_column(Integer, default=0)
