"""Improvement summaries per tool, sector (VSIC section), commune or pilot project.

One function, :func:`summarize`, gives the figures both the CLI (``metrics summary``) and the GUI
show. How the figures are made:

- Pairs: per enterprise + support (lượt, or none for enterprise-level values) + metric, the
  **earliest baseline** against the **latest follow-up** (see :mod:`.measurements`). An enterprise
  supported twice contributes one pair per lượt.
- Improvement % honours the metric's direction (a falling defect rate is a positive improvement).
  Pairs whose baseline is 0 have no % and are left out of the % figures (still in ``n_pairs``).
- Flagged values (implausible, waiting for review) are left out of the pairs unless
  ``include_flagged=True``; they still count in ``n_measurements`` and ``n_flagged``.
- Grouping: *tool* — every tool of the pair's lượt (a lượt with two tools counts in both);
  values without a lượt or tool go to the group ``None``. *project* — the lượt's project.
  *sector* — the enterprise's VSIC section (a division is rolled up). *commune* — its commune.
- Every lượt counts whatever its status: a cancelled or unfinished lượt usually has a baseline
  only (no pair), but if it has both values its change is shown.
- ``enterprises`` = distinct enterprises with at least one pair in the group and metric;
  ``n_measurements`` = every stored value of that metric in the group, both phases.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

if TYPE_CHECKING:
    from typing import Unpack

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import (
    AdminUnit,
    Enterprise,
    Measurement,
    Metric,
    PilotProject,
    Sector,
    Support,
    SupportTool,
    Tool,
)
from nsdesk.services.common import counting
from nsdesk.services.pilots import measurements as ms
from nsdesk.services.pilots.supports import find_enterprise, support_tool_codes

GROUPINGS = {
    "tool": "Công cụ",
    "sector": "Ngành (VSIC cấp 1)",
    "commune": "Xã/phường",
    "project": "Dự án điểm",
}
_NONE_LABELS = {
    "tool": "Không gắn công cụ",
    "sector": "Chưa rõ ngành",
    "commune": "Chưa rõ xã/phường",
    "project": "Không thuộc dự án điểm",
}



@dataclass
class SummaryRow:
    by: str
    group: str | None  # tool code, VSIC section, commune code or project code; None = not attributable
    group_label: str
    metric: str
    metric_name: str
    unit: str
    higher_is_better: bool
    enterprises: int
    n_pairs: int
    n_measurements: int
    n_flagged: int
    n_improved: int
    n_worse: int
    median_pct: float | None
    mean_pct: float | None
    median_abs: float | None
    mean_abs: float | None

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def _check_by(by: str) -> None:
    if by not in GROUPINGS:
        raise InputError(tr("summaries", "Cách nhóm \"{by}\" không hợp lệ; chọn một trong: {choices}.")
                         .format(by=by, choices=", ".join(GROUPINGS)))


class _Sections:
    """VSIC code → its section (level 1): a section is its own, a division rolls up to its parent."""

    def __init__(self, session: Session):
        self.sectors = {code: (level, parent, name) for code, level, parent, name in session.execute(
            select(Sector.code, Sector.level, Sector.parent_code, Sector.name))}

    def __call__(self, code: str | None) -> str | None:
        s = self.sectors.get(code) if code else None
        return code if s is not None and s[0] == "section" else (s[1] if s else None)

    def label(self, section: str) -> str:
        return f"{section} — {self.sectors[section][2]}"


class _Groups:
    """Which group(s) a measurement belongs to, for one grouping: by its lượt (tool, project) or by its
    enterprise (sector, commune). Only the mapping is read (a few columns, no objects); for sector and
    commune only the enterprises in ``enterprises`` (a subquery; default: those with measurements)."""

    def __init__(self, session: Session, by: str, enterprises: Select[int] | None = None):
        _check_by(by)
        self.by = by
        self.by_support = by in ("tool", "project")
        self.labels: dict[str | None, str] = {None: tr("summaries", _NONE_LABELS[by])}
        self.of_enterprise: dict[int, str | None] = {}
        self.of_support: dict[int, list[str]] = {}
        if enterprises is None:
            enterprises = select(Measurement.enterprise_id)
        if by == "tool":
            self.of_support = support_tool_codes(session)
            self.labels.update(dict(session.execute(select(Tool.code, Tool.name)).all()))
        elif by == "project":
            for sid, code, name in session.execute(
                select(Support.id, PilotProject.code, PilotProject.name)
                .join(PilotProject, PilotProject.id == Support.project_id)
            ):
                self.of_support[sid] = [code]
                self.labels[code] = f"{code} — {name}"
        elif by == "sector":
            section_of = _Sections(session)
            for eid, sector_code in session.execute(
                    select(Enterprise.id, Enterprise.sector_code).where(Enterprise.id.in_(enterprises))):
                self.of_enterprise[eid] = section = section_of(sector_code)
                if section:
                    self.labels[section] = section_of.label(section)
        else:  # commune
            self.of_enterprise = dict(session.execute(
                select(Enterprise.id, Enterprise.commune_code).where(Enterprise.id.in_(enterprises))).all())
            codes = {c for c in self.of_enterprise.values() if c}
            if codes:
                self.labels.update(dict(session.execute(
                    select(AdminUnit.code, AdminUnit.name).where(AdminUnit.code.in_(sorted(codes)))).all()))

    def keys(self, enterprise_id: int, support_id: int | None) -> Sequence[str | None]:
        if self.by_support:
            found = self.of_support.get(support_id) if support_id is not None else None
            return found or [None]
        return [self.of_enterprise.get(enterprise_id)]

    def label(self, key: str | None) -> str:
        return self.labels.get(key, key or "")


# --- one pass over the measurements ------------------------------------------------------------

class _Slot:
    """One enterprise + lượt + metric: how many values, how many flagged, and the two values of its pair.

    ``before``/``after`` are ``(undated or dated, date, id, value, flagged)`` tuples, so comparing two of
    them applies the pairing rule of :mod:`.measurements` (the id is unique: value and flag never decide):
    the baseline is the smallest ``(undated, date, id)`` — dated before undated, earliest, first entered;
    the follow-up the largest ``(dated, date, id)`` — latest, undated counted oldest, last entered.
    """

    __slots__ = ("first_id", "n", "n_flagged", "before", "after")

    def __init__(self, first_id: int):
        self.first_id = first_id
        self.n = 0
        self.n_flagged = 0
        # (order key, date, id, value, flag) as the driver gives them
        self.before: tuple[Any, ...] | None = None
        self.after: tuple[Any, ...] | None = None

    def pair(self, higher_is_better: bool, include_flagged: bool) -> tuple[float, float | None] | None:
        """``(absolute, percent)`` improvement of the pair; None without a pair, or flagged and not asked."""
        if self.before is None or self.after is None:
            return None
        if not include_flagged and (self.before[4] or self.after[4]):
            return None
        return ms.improvement_figures(self.before[3], self.after[3], higher_is_better)


def _slots(session: Session, metric_ids: list[int] | None,
           enterprises: Select[int] | None = None) -> dict[tuple[int, int | None, int], _Slot]:
    """Per enterprise + lượt + metric (only ``metric_ids`` and ``enterprises`` when given), in order of
    their first value."""
    # Values as the driver gives them: dates are only compared with each other (SQLite's stored ISO text
    # sorts like the date; PostgreSQL hands over dates) and the flag only tested for truth (0/1 on SQLite).
    q = select(Measurement.id, Measurement.enterprise_id, Measurement.support_id, Measurement.metric_id,
               Measurement.phase, Measurement.value, Measurement.measured_on, Measurement.flagged)
    if metric_ids is not None:
        q = q.where(Measurement.metric_id.in_(metric_ids))
    if enterprises is not None:
        q = q.where(Measurement.enterprise_id.in_(enterprises))
    slots: dict[tuple[int, int | None, int], _Slot] = {}
    for rid, eid, sid, mid, phase, value, day, flagged in _driver_rows(session, q.order_by(Measurement.id)):
        slot = slots.get((eid, sid, mid))
        if slot is None:
            slot = slots[(eid, sid, mid)] = _Slot(rid)
        slot.n += 1
        if flagged:
            slot.n_flagged += 1
        if phase == "before":
            found = (day is None, day, rid, value, flagged)
            if slot.before is None or found < slot.before:
                slot.before = found
        elif phase == "after":
            found = (day is not None, day, rid, value, flagged)
            if slot.after is None or found > slot.after:
                slot.after = found
    return slots


def _driver_rows(session: Session, q: Select[Unpack[tuple[Any, ...]]]) -> list[tuple[Any, ...]]:
    """Every row of a Core select as the driver's plain tuples (tens of thousands of measurements).

    The select is compiled by SQLAlchemy for the session's dialect, its parameters (integers only) written
    in, and run on the session's own connection (same transaction) without building a Row per row, which
    costs about as much again as reading the rows. Only for selects whose columns need no conversion.
    """
    conn = session.connection()
    sql = str(q.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    dbapi = conn.connection.dbapi_connection
    assert dbapi is not None  # the session's connection is open
    cursor = dbapi.cursor()
    try:
        cursor.execute(sql)
        return cast(list[tuple[Any, ...]], cursor.fetchall())  # sqlite3 and psycopg give a list of tuples
    finally:
        cursor.close()


def _metric_ids(catalogue: dict[int, Metric], codes: Iterable[str] | None) -> list[int] | None:
    if codes is None:
        return None
    wanted = set(codes)
    return [mid for mid, m in catalogue.items() if m.code in wanted]


# --- summaries ---------------------------------------------------------------------------------

@dataclass(slots=True)
class _Acc:
    first_id: int  # the group's first value: keeps groups that share a label in the order they were entered
    n_measurements: int = 0
    n_flagged: int = 0
    enterprises: set[int] = field(default_factory=set)
    absolute: list[float] = field(default_factory=list)  # one per pair
    percent: list[float] = field(default_factory=list)  # one per pair whose baseline is not 0


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def summarize(session: Session, by: str = "tool", *, include_flagged: bool = False,
              metrics: Iterable[str] | None = None, enterprises: Select[int] | None = None) -> list[SummaryRow]:
    """One row per group × metric that has any measurement; groups by label, metrics in catalogue order.

    ``enterprises``: a select of enterprise ids (e.g. a plan's territory) to summarise only their
    measurements; default every enterprise's.
    """
    _check_by(by)
    catalogue = ms.metrics_by_id(session)
    metric_ids = _metric_ids(catalogue, metrics)
    if metric_ids == []:
        return []
    slots = _slots(session, metric_ids, enterprises)
    groups = _Groups(session, by, enterprises)
    higher = {mid: m.higher_is_better for mid, m in catalogue.items()}
    keys = groups.keys
    acc: dict[tuple[str | None, int], _Acc] = {}
    for (eid, sid, mid), slot in slots.items():  # in order of first value: an _Acc's first slot is its first
        pair = slot.pair(higher[mid], include_flagged)
        for key in keys(eid, sid):
            a = acc.get((key, mid))
            if a is None:
                a = acc[(key, mid)] = _Acc(slot.first_id)
            a.n_measurements += slot.n
            a.n_flagged += slot.n_flagged
            if pair is not None:
                a.enterprises.add(eid)
                a.absolute.append(pair[0])
                if pair[1] is not None:
                    a.percent.append(pair[1])
    out = []
    for (key, mid), a in acc.items():
        m = catalogue[mid]
        label = groups.label(key)
        # Improved: the change went the good way; worse: any other non-zero change (measurements.Improvement).
        n_improved = sum(1 for x in a.absolute if x > 0)
        n_unchanged = sum(1 for x in a.absolute if x == 0)
        row = SummaryRow(
            by=by, group=key, group_label=label, metric=m.code, metric_name=m.name,
            unit=m.unit, higher_is_better=m.higher_is_better,
            enterprises=len(a.enterprises), n_pairs=len(a.absolute),
            n_measurements=a.n_measurements, n_flagged=a.n_flagged,
            n_improved=n_improved, n_worse=len(a.absolute) - n_improved - n_unchanged,
            median_pct=_median(a.percent), mean_pct=_mean(a.percent),
            median_abs=_median(a.absolute), mean_abs=_mean(a.absolute),
        )
        out.append(((key is None, label, mid, a.first_id, key or ""), row))
    out.sort(key=lambda t: t[0])
    return [row for _order, row in out]


# --- figures for charts ------------------------------------------------------------------------

def improvement_distribution(session: Session, metric: str, by: str = "tool", *,
                             include_flagged: bool = False) -> dict[str, list[float]]:
    """Group label → improvement % of each pair (for a box/strip chart per tool)."""
    _check_by(by)
    catalogue = ms.metrics_by_id(session)
    metric_ids = _metric_ids(catalogue, [metric])
    if not metric_ids:
        return {}
    groups = _Groups(session, by)
    out: dict[str, list[float]] = {}
    for (eid, sid, mid), slot in _slots(session, metric_ids).items():
        pair = slot.pair(catalogue[mid].higher_is_better, include_flagged)
        if pair is None or pair[1] is None:
            continue
        for key in groups.keys(eid, sid):
            out.setdefault(groups.label(key), []).append(pair[1])
    return out


def adoption_counts(session: Session, by: str = "tool",
                    statuses: tuple[str, ...] = counting.COUNTED_SUPPORT_STATUSES) -> list[tuple[str | None, str, int, int]]:
    """(group, label, distinct enterprises, lượt) per tool or per sector, for lượt in ``statuses``.

    ``by="sector"`` counts enterprises with any such lượt per VSIC section.
    """
    counts = (func.count(distinct(Support.enterprise_id)), func.count(distinct(Support.id)))
    out: list[tuple[str | None, str, int, int]]
    if by == "tool":
        out = [(code, name, ents, sups) for code, name, ents, sups in session.execute(
            select(Tool.code, Tool.name, *counts)
            .join(SupportTool, SupportTool.tool_id == Tool.id).join(Support, Support.id == SupportTool.support_id)
            .where(counting.supports_in(statuses)).group_by(Tool.code, Tool.name))]
    elif by == "sector":
        # Counted per VSIC code, then rolled up: an enterprise has one code, so the sums stay distinct counts.
        section_of = _Sections(session)
        rolled: dict[str | None, list[int]] = {}
        for code, ents, sups in session.execute(
                select(Enterprise.sector_code, *counts).join(Enterprise, Enterprise.id == Support.enterprise_id)
                .where(counting.supports_in(statuses)).group_by(Enterprise.sector_code)):
            total = rolled.setdefault(section_of(code), [0, 0])
            total[0] += ents
            total[1] += sups
        none = tr("summaries", _NONE_LABELS["sector"])
        out = [(k, section_of.label(k) if k else none, ents, sups) for k, (ents, sups) in rolled.items()]
    else:
        raise InputError(tr("summaries", "Chỉ đếm số doanh nghiệp áp dụng theo công cụ (tool) hoặc ngành (sector)."))
    out.sort(key=lambda t: (-t[2], t[1]))
    return out


def enterprise_before_after(session: Session, enterprise: Enterprise | int | str) -> list[dict[str, Any]]:
    """Per metric of one enterprise: baseline, latest follow-up and improvement (before/after bars)."""
    ent = find_enterprise(session, enterprise)
    if ent is None:
        raise InputError(tr("summaries", "Không tìm thấy doanh nghiệp \"{ref}\".").format(ref=enterprise))
    catalogue = ms.metrics_by_id(session)
    out = []
    for p in ms.pairs(session, enterprise_ids=[ent.id], include_flagged=True):
        m = catalogue[p.metric_id]
        out.append({
            "metric": m.code, "metric_name": m.name, "unit": m.unit, "decimals": m.decimals,
            "support_id": p.support_id, "before": p.before.value, "before_on": p.before.measured_on,
            "after": p.after.value, "after_on": p.after.measured_on, "absolute": p.improvement.absolute,
            "percent": p.improvement.percent, "flagged": p.flagged,
        })
    out.sort(key=lambda d: (d["metric"], d["support_id"] or 0))
    return out

