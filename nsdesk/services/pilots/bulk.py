"""One event for many enterprises, and before/after values of one metric for many enterprises.

* :func:`plan_support_for_many` / :func:`create_support_for_many`: the same support (types, tools,
  project, dates, status…) recorded for each chosen enterprise — one lượt each; without a status,
  the dates give it (:func:`supports.status_by_dates`, as for an imported row). Enterprises are
  given by id, or as text (tax codes pasted from anywhere, one per line or separated by spaces,
  commas or semicolons; normalised as in the imports). An enterprise that already has that lượt
  (same enterprise, start date, tools and project, as the import identifies a lượt) is skipped, so
  doing it twice creates nothing new. The preview says how many lượt it creates.
* :func:`save_grid`: a grid of enterprises × (before, after) for one metric, saved through the
  measurement service (flags and computed metrics follow); an existing value at the same enterprise,
  lượt, metric, phase and date is updated instead of duplicated.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Enterprise, Measurement, Metric, Support, SupportTool, Tool
from nsdesk.services.common.forms import FormError, parse_date
from nsdesk.services.pilots import measurements, supports
from nsdesk.services.register.importing.rows import existing_key
from nsdesk.services.register.taxcode import normalize as normalize_tax_code

_SEPARATORS = re.compile(r"[\n\r\t,;]+")


@dataclass
class ManyPlan:
    """What recording one support for many enterprises would do."""

    enterprise_ids: list[int] = field(default_factory=list)  # will get a new lượt
    already: list[int] = field(default_factory=list)  # have that lượt already (skipped)
    unknown: list[str] = field(default_factory=list)  # pasted codes not in the register (or invalid)
    status: str = "planned"  # the status given, or (none given) the one the dates give
    status_by_dates: bool = False  # no status was given: ``status`` comes from the dates

    @property
    def creates(self) -> int:
        return len(self.enterprise_ids)


def enterprises_from_text(session: Session, text: str) -> tuple[list[int], list[str]]:
    """(enterprise ids, codes not found) of tax codes pasted as text, in order, without repeats."""
    by_code: dict[str, int] = {}
    eid: int | None
    for eid, code in session.execute(select(Enterprise.id, Enterprise.tax_code).where(Enterprise.tax_code.is_not(None))):
        key = existing_key(code)
        if key:
            by_code[key] = eid
    ids: list[int] = []
    unknown: list[str] = []
    for piece in _SEPARATORS.split(text or ""):
        piece = piece.strip(" .")
        if not piece:
            continue
        # "4300 000019" is one code written in groups; "4300000019 4300000027" are two
        whole = normalize_tax_code(piece, household=True).code
        for part in [piece] if whole else piece.split():
            key = whole or normalize_tax_code(part, household=True).code
            eid = by_code.get(key) if key else None
            if eid is None:
                if part not in unknown:
                    unknown.append(part)
            elif eid not in ids:
                ids.append(eid)
    return ids, unknown


def _tool_ids(session: Session, codes: Iterable[str]) -> tuple[int, ...]:
    codes = [c.upper() for c in codes]
    if not codes:
        return ()
    return tuple(sorted(session.scalars(select(Tool.id).where(Tool.code.in_(codes)))))


def _project_id(session: Session, ref: Any) -> int | None:
    if ref in (None, ""):
        return None
    from nsdesk.services.pilots.projects import find_project

    project = find_project(session, ref)
    return project.id if project else None


def plan_support_for_many(session: Session, enterprises: Iterable[int] | str, data: Mapping[str, Any]) -> ManyPlan:
    """Check ``data`` (the support's fields, as for :func:`supports.create_support`, without the
    enterprise) and say which enterprises would get a new lượt. Raises FormError when the
    shared fields are wrong, InputError when no enterprise is given."""
    plan = ManyPlan()
    if isinstance(enterprises, str):
        ids, plan.unknown = enterprises_from_text(session, enterprises)
    else:
        ids = list(dict.fromkeys(enterprises))
    if not ids:
        raise InputError(tr("supports", "Hãy chọn ít nhất một doanh nghiệp (hoặc dán mã số thuế của các doanh nghiệp)."))
    errors = supports.support_errors(session, {**data, "enterprise": ids[0]})
    if errors:
        raise FormError(errors)
    start = parse_date(data.get("start_date"))
    plan.status_by_dates = not data.get("status")
    plan.status = data.get("status") or supports.status_by_dates(start, parse_date(data.get("end_date")), date.today())
    key = (start, _tool_ids(session, data.get("tools") or []), _project_id(session, data.get("project")))
    tools: dict[int, list[int]] = {}
    for sid, tid in session.execute(select(SupportTool.support_id, SupportTool.tool_id).join(
            Support, Support.id == SupportTool.support_id).where(Support.enterprise_id.in_(ids))):
        tools.setdefault(sid, []).append(tid)
    have = set()
    for sid, eid, s_start, pid in session.execute(select(Support.id, Support.enterprise_id, Support.start_date,
                                                         Support.project_id).where(Support.enterprise_id.in_(ids))):
        if (s_start, tuple(sorted(tools.get(sid, []))), pid) == key:
            have.add(eid)
    for eid in ids:
        (plan.already if eid in have else plan.enterprise_ids).append(eid)
    return plan


def create_support_for_many(session: Session, enterprises: Iterable[int] | str, data: Mapping[str, Any]) -> ManyPlan:
    """Record the support for each enterprise of :func:`plan_support_for_many` (one lượt each)."""
    plan = plan_support_for_many(session, enterprises, data)
    for eid in plan.enterprise_ids:
        supports.create_support(session, {**data, "status": plan.status, "enterprise": eid})
    return plan


def grid_choices(session: Session, enterprise_ids: list[int]) -> tuple[list[tuple[int, str | None, str]],
                                                                     list[tuple[str, str]]]:
    """What the grid dialog lists: (id, tax code, name) of the enterprises in the given order, and
    the (code, name) of the metrics that can be typed."""
    names = {i: (c, n) for i, c, n in session.execute(
        select(Enterprise.id, Enterprise.tax_code, Enterprise.name).where(Enterprise.id.in_(list(enterprise_ids))))}
    metrics = [(m.code, m.name) for m in measurements.typed_metrics(session)]
    return [(i, *names[i]) for i in enterprise_ids if i in names], metrics


@dataclass
class GridResult:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


def save_grid(session: Session, metric: str, rows: Iterable[tuple[int, Any, Any]], *, before_on: Any = None,
              after_on: Any = None, source: str | None = None) -> GridResult:
    """Save ``rows`` of (enterprise id, before value, after value) for ``metric`` (code); an empty
    value is skipped. Values are enterprise-level (no lượt). :class:`GridCellError` (nothing saved)
    names the first wrong value's row and column."""
    m = session.scalar(select(Metric).where(Metric.code == metric))
    if m is None or m.computed_from:
        raise InputError(tr("measurements", "Hãy chọn một chỉ tiêu nhập được (không phải chỉ tiêu tính tự động)."))
    result = GridResult()
    days = {"before": parse_date(before_on), "after": parse_date(after_on)}
    for index, (eid, before, after) in enumerate(rows):
        for phase, value in (("before", before), ("after", after)):
            if value in (None, ""):
                continue
            try:
                _save_cell(session, m, result, eid, phase, value, days[phase], source)
            except FormError as exc:
                raise GridCellError(index, phase, exc) from exc
    return result


class GridCellError(FormError):
    """A wrong value in the grid: which row (0-based, as given) and which phase, and why."""

    def __init__(self, row: int, phase: str, error: FormError):
        self.row, self.phase = row, phase
        where = tr("measurements", "Dòng {row}, cột {column}").format(
            row=row + 1, column=tr("measurements", "Trước") if phase == "before" else tr("measurements", "Sau"))
        super().__init__({k: f"{where}: {v}" for k, v in error.errors.items()})


def _save_cell(session: Session, m: Metric, result: GridResult, eid: int, phase: str, value: Any, day: Any,
               source: str | None) -> None:
    """One value of the grid: added, or the stored one at the same enterprise, phase and day updated."""
    existing = session.scalar(select(Measurement).where(
        Measurement.enterprise_id == eid, Measurement.support_id.is_(None), Measurement.metric_id == m.id,
        Measurement.phase == phase, Measurement.measured_on.is_(None) if day is None else Measurement.measured_on == day))
    if existing is None:
        measurements.add_measurement(session, {"enterprise": eid, "metric": m.code, "phase": phase, "value": value,
                                               "measured_on": day, "source": source})
        result.created += 1
        return
    number = measurements.measurement_errors(session, {"value": value}, existing)
    if number:
        raise FormError(number)
    before_value = existing.value
    measurements.update_measurement(session, existing, {"value": value, "source": source} if source else {"value": value})
    if abs(float(existing.value) - float(before_value)) < 1e-12:
        result.unchanged += 1
    else:
        result.updated += 1


__all__ = ["GridCellError", "GridResult", "ManyPlan", "create_support_for_many", "enterprises_from_text", "grid_choices",
           "plan_support_for_many",
           "save_grid"]
