"""Reports an office made (kept with their written sections and, once sent, their figures) and planned budgets."""

from __future__ import annotations

from datetime import date
from typing import Any, Optional

from sqlalchemy import JSON, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin

REPORT_STATUSES = ("draft", "sent")


class ReportRecord(RecordMixin, Base):
    """One report of a plan for a period: the administrative fields, the sections, the sent figures."""

    __tablename__ = "report_records"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    period_label: Mapped[str] = mapped_column(String(200))
    period_kind: Mapped[str] = mapped_column(String(20), default="custom")
    governing_body: Mapped[Optional[str]] = mapped_column(String(300))  # "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    agency: Mapped[Optional[str]] = mapped_column(String(300))  # "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM"
    number: Mapped[Optional[str]] = mapped_column(String(60))  # "15/BC-UBND"
    place: Mapped[Optional[str]] = mapped_column(String(200))  # "Đăk Cấm"
    report_date: Mapped[Optional[date]] = mapped_column(Date)
    results: Mapped[Optional[str]] = mapped_column(Text)
    difficulties: Mapped[Optional[str]] = mapped_column(Text)
    proposals: Mapped[Optional[str]] = mapped_column(Text)
    next_tasks: Mapped[Optional[str]] = mapped_column(Text)
    signer_authority: Mapped[Optional[str]] = mapped_column(Text)  # lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"
    signer_title: Mapped[Optional[str]] = mapped_column(String(200))  # "PHÓ CHỦ TỊCH"
    signer_name: Mapped[Optional[str]] = mapped_column(String(200))
    addressees: Mapped[list[Any]] = mapped_column(JSON, default=list)  # "Kính gửi" lines
    recipients: Mapped[list[Any]] = mapped_column(JSON, default=list)  # "Nơi nhận" lines
    status: Mapped[str] = mapped_column(String(10), default="draft")
    sent_on: Mapped[Optional[date]] = mapped_column(Date)
    snapshot: Mapped[Optional[dict[str, Any]]] = mapped_column(JSON)  # the figures as sent


class PlanBudget(RecordMixin, Base):
    """Planned funding (million VND) of a plan for a year, or of one of its tasks (year optional)."""

    __tablename__ = "plan_budgets"

    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id", ondelete="CASCADE"), index=True)
    task_id: Mapped[Optional[int]] = mapped_column(ForeignKey("plan_tasks.id", ondelete="CASCADE"), index=True)
    year: Mapped[Optional[int]] = mapped_column(Integer)
    state_budget: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    enterprise: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    other: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))
    note: Mapped[Optional[str]] = mapped_column(Text)
