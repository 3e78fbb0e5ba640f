"""The figures behind a plan report: plain frozen data, the same every time for the same database.

:func:`nsdesk.services.reporting.figures.report_data` fills a :class:`ReportData`; the document
writer (``nsdesk/reports``) turns it into sheets in the order of its fields. Everything a reader
sees is Vietnamese (labels are resolved here, not in the writer); codes are kept beside labels
for the CLI and tests, never for printing. Amounts are million VND. Every list is ordered.

:func:`to_json` / :func:`from_json` keep a report's figures as they were when it was sent.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any

from nsdesk.services.reporting.periods import Period

NO_QUANTITY = "không có chỉ tiêu định lượng"


@dataclass(frozen=True)
class StatisticValue:
    """One yearly value of a statistic target (labour-productivity growth, TFP share…)."""

    year: int
    value: float
    source: str | None


@dataclass(frozen=True)
class TargetFigure:
    """One target (or an objective without a number) in the period and cumulatively to ``to``."""

    code: str  # internal: CLI and tests only, never printed
    title: str
    kind: str  # distinct_enterprises | supports | activities | statistic | objective
    milestone: int | None
    requirement: str  # as the reader expects it ("≥ 30 doanh nghiệp"); NO_QUANTITY for an objective
    comparator: str | None
    required_min: float | None  # the number, for a numeric cell
    required_max: float | None
    unit: str | None
    achieved_period: float | None  # None: not a count (statistics read cumulatively) or no rule
    achieved_cumulative: float | None
    status: str  # achieved | on_track | at_risk | behind | no_data | no_quantity
    status_label: str
    exceeded: bool
    counting_rule: str  # how it is counted, in Vietnamese
    statistics: tuple[StatisticValue, ...] = ()
    text_as_written: str | None = None
    contributes: bool = False


@dataclass(frozen=True)
class SupportRow:
    """One lượt that started in the period (status as it was on ``to``)."""

    support_id: int
    enterprise_name: str
    tax_code: str | None
    kind: str  # label ("Công ty TNHH")
    size_class: str  # label ("Nhỏ")
    sector: str | None  # sector name
    commune: str | None  # commune name
    project: str | None  # project name
    types: tuple[str, ...]  # labels
    tools: tuple[str, ...]  # names
    start: date | None
    end: date | None
    status: str  # code on ``to``
    status_label: str
    funding_state: float | None
    funding_enterprise: float | None
    funding_other: float | None


@dataclass(frozen=True)
class SupportTotals:
    supports: int
    enterprises: int
    counted: int  # lượt in progress or completed on ``to`` (the counting rule)
    funding_state: float
    funding_enterprise: float
    funding_other: float

    @property
    def funding_total(self) -> float:
        return self.funding_state + self.funding_enterprise + self.funding_other


@dataclass(frozen=True)
class ProjectRow:
    """A pilot project in scope, counted from its lượt in the territory started by ``to``."""

    code: str  # internal
    name: str
    lead_unit: str | None
    start: date | None
    end: date | None
    status: str  # code on ``to``
    status_label: str
    enterprises: int  # counted lượt's enterprises in the territory, started by ``to``
    supports: int  # counted lượt in the territory, started by ``to``
    supports_period: int  # of which started in the period
    funding_state: float  # from those lượt
    funding_enterprise: float
    funding_other: float


@dataclass(frozen=True)
class ActivityRow:
    kind: str  # label
    title: str
    held_on: date | None
    unit_in_charge: str | None
    quantity: int | None
    commune: str | None


@dataclass(frozen=True)
class TaskRow:
    number: str
    content: str
    lead_unit: str | None
    time_frame: str | None
    due_date: date | None
    status: str  # code
    status_label: str
    latest_note: str | None  # latest note dated by ``to``
    latest_note_on: date | None
    overdue: bool  # due by ``to`` and not done


@dataclass(frozen=True)
class FundingRow:
    """Funding of one source: lượt in the period, cumulatively from the plan's start, and planned."""

    source: str  # state_budget | enterprise | other | total
    label: str
    period: float
    cumulative: float
    planned_period: float | None  # None: no planned budget entered
    planned_cumulative: float | None


@dataclass(frozen=True)
class ImprovementRow:
    """Before/after pairs of one tool and metric whose "after" is dated by ``to``."""

    tool: str
    metric: str
    unit: str | None
    has_direction: bool  # False (headcount): change only, no improved/worse
    enterprises: int
    pairs: int
    improved: int | None  # None when the metric has no better direction
    unchanged: int | None
    worse: int | None
    median_change_pct: float | None
    mean_change_pct: float | None


@dataclass(frozen=True)
class CommuneRow:
    """One commune's figure of a count target: in the period and cumulatively to ``to``."""

    commune: str  # name
    period: int
    cumulative: int


@dataclass(frozen=True)
class CommuneTable:
    """A count target of a plan with communes, communes in rows (they add up to the plan's figure)."""

    code: str  # internal
    title: str
    unit: str | None
    rows: tuple[CommuneRow, ...]


@dataclass(frozen=True)
class ReportData:
    """Everything a plan report shows, for one plan and period."""

    plan_code: str  # internal
    plan_title: str
    plan_doc_number: str | None  # "138/KH-UBND"
    plan_doc_date: date | None
    plan_issuer: str | None
    territory: str | None
    period: Period
    start_of_plan: date  # cumulative figures count from here
    targets: tuple[TargetFigure, ...]
    supports: tuple[SupportRow, ...]
    support_totals: SupportTotals
    projects: tuple[ProjectRow, ...]
    activities: tuple[ActivityRow, ...]
    tasks: tuple[TaskRow, ...]
    funding: tuple[FundingRow, ...]
    improvement: tuple[ImprovementRow, ...]
    notes: tuple[str, ...] = ()  # scope notes for the reader (statuses on ``to``, …)
    # A plan over several communes (a province plan): each count target by commune, and the
    # communes that have not sent their report for the period. ``has_communes`` False: neither.
    has_communes: bool = False
    communes: tuple[CommuneTable, ...] = ()
    missing_offices: tuple[str, ...] = ()


# --- snapshot -------------------------------------------------------------------------------

def to_json(data: ReportData) -> dict[str, Any]:
    """Plain JSON (dates as ISO strings) of ``data``; :func:`from_json` gives it back equal."""
    return typing.cast(dict[str, Any], _encode(data))


def from_json(raw: dict[str, Any]) -> ReportData:
    """The :class:`ReportData` stored by :func:`to_json`."""
    return typing.cast(ReportData, _decode(ReportData, raw))


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_encode(v) for v in value]
    return value


def _decode(kind: Any, raw: Any) -> Any:
    if raw is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(kind) if a is not type(None)]
        return _decode(inner[0], raw)
    if origin is tuple:
        inner_kind = typing.get_args(kind)[0]
        return tuple(_decode(inner_kind, v) for v in raw)
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        return typing.cast(Any, kind)(**{f.name: _decode(hints[f.name], raw[f.name]) for f in dataclasses.fields(kind) if f.name in raw})
    if kind is date:
        return date.fromisoformat(raw)
    if kind is float and isinstance(raw, int):
        return float(raw)
    return raw
