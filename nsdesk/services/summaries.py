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
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import InputError
from ..i18n import tr
from ..models import AdminUnit, Enterprise, PilotProject, Sector, Support, SupportTool, Tool
from . import measurements as ms
from .supports import find_enterprise, support_tool_codes

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

    def as_json(self) -> dict:
        return asdict(self)


@dataclass
class _Acc:
    pairs: list = field(default_factory=list)
    n_measurements: int = 0
    n_flagged: int = 0


class _Groups:
    """Which group(s) a measurement belongs to, for one grouping."""

    def __init__(self, session: Session, by: str, rows: list[ms.MeasurementRow]):
        self.by = by
        self.labels: dict[str | None, str] = {None: tr("summaries", _NONE_LABELS[by])}
        ent_ids = {r.enterprise_id for r in rows}
        sup_ids = {r.support_id for r in rows if r.support_id is not None}
        self.of_enterprise: dict[int, str | None] = {}
        self.of_support: dict[int, list[str]] = {}
        if by == "tool":
            self.of_support = support_tool_codes(session, sorted(sup_ids))
            self.labels.update(dict(session.execute(select(Tool.code, Tool.name)).all()))
        elif by == "project":
            for sid, code, name in session.execute(
                select(Support.id, PilotProject.code, PilotProject.name)
                .join(PilotProject, PilotProject.id == Support.project_id)
                .where(Support.id.in_(sorted(sup_ids)))
            ):
                self.of_support[sid] = [code]
                self.labels[code] = f"{code} — {name}"
        elif by == "sector":
            sectors = {s.code: s for s in session.scalars(select(Sector))}
            for eid, code in _enterprise_values(session, Enterprise.sector_code, ent_ids):
                s = sectors.get(code) if code else None
                section = s.code if s is not None and s.level == "section" else (s.parent_code if s else None)
                self.of_enterprise[eid] = section
                if section:
                    self.labels[section] = f"{section} — {sectors[section].name}"
        elif by == "commune":
            for eid, code in _enterprise_values(session, Enterprise.commune_code, ent_ids):
                self.of_enterprise[eid] = code
            codes = {c for c in self.of_enterprise.values() if c}
            if codes:
                self.labels.update(dict(session.execute(
                    select(AdminUnit.code, AdminUnit.name).where(AdminUnit.code.in_(sorted(codes)))).all()))
        else:
            raise InputError(tr("summaries", "Cách nhóm \"{by}\" không hợp lệ; chọn một trong: {choices}.")
                             .format(by=by, choices=", ".join(GROUPINGS)))

    def keys(self, enterprise_id: int, support_id: int | None) -> list[str | None]:
        if self.by in ("tool", "project"):
            found = self.of_support.get(support_id) if support_id is not None else None
            return list(found) if found else [None]
        return [self.of_enterprise.get(enterprise_id)]


def _enterprise_values(session: Session, column, ids: set[int]):
    ids = sorted(ids)
    for i in range(0, len(ids), 5000):
        yield from session.execute(select(Enterprise.id, column).where(Enterprise.id.in_(ids[i:i + 5000])))


def _median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


def summarize(session: Session, by: str = "tool", *, include_flagged: bool = False,
              metrics: Iterable[str] | None = None) -> list[SummaryRow]:
    """One row per group × metric that has any measurement; groups by label, metrics in catalogue order."""
    if by not in GROUPINGS:
        raise InputError(tr("summaries", "Cách nhóm \"{by}\" không hợp lệ; chọn một trong: {choices}.")
                         .format(by=by, choices=", ".join(GROUPINGS)))
    catalogue = ms.metrics_by_id(session)
    wanted = set(metrics) if metrics is not None else None
    rows = [r for r in ms.load_rows(session) if wanted is None or catalogue[r.metric_id].code in wanted]
    groups = _Groups(session, by, rows)
    acc: dict[tuple[str | None, int], _Acc] = {}
    for r in rows:
        for key in groups.keys(r.enterprise_id, r.support_id):
            a = acc.setdefault((key, r.metric_id), _Acc())
            a.n_measurements += 1
            a.n_flagged += r.flagged
    for p in ms.pair_rows(rows, catalogue):
        if p.flagged and not include_flagged:
            continue
        for key in groups.keys(p.enterprise_id, p.support_id):
            acc[(key, p.metric_id)].pairs.append(p)
    out = []
    for (key, mid), a in acc.items():
        m = catalogue[mid]
        pct = [p.improvement.percent for p in a.pairs if p.improvement.percent is not None]
        absolute = [p.improvement.absolute for p in a.pairs]
        out.append(SummaryRow(
            by=by, group=key, group_label=groups.labels.get(key, key or ""), metric=m.code, metric_name=m.name,
            unit=m.unit, higher_is_better=m.higher_is_better,
            enterprises=len({p.enterprise_id for p in a.pairs}), n_pairs=len(a.pairs),
            n_measurements=a.n_measurements, n_flagged=a.n_flagged,
            n_improved=sum(1 for p in a.pairs if p.improvement.improved is True),
            n_worse=sum(1 for p in a.pairs if p.improvement.improved is False),
            median_pct=_median(pct), mean_pct=_mean(pct), median_abs=_median(absolute), mean_abs=_mean(absolute),
        ))
    order = {m.code: mid for mid, m in catalogue.items()}
    out.sort(key=lambda s: (s.group is None, s.group_label, order[s.metric]))
    return out


# --- figures for charts ------------------------------------------------------------------------

def improvement_distribution(session: Session, metric: str, by: str = "tool", *,
                             include_flagged: bool = False) -> dict[str, list[float]]:
    """Group label → improvement % of each pair (for a box/strip chart per tool)."""
    catalogue = ms.metrics_by_id(session)
    rows = [r for r in ms.load_rows(session) if catalogue[r.metric_id].code == metric]
    groups = _Groups(session, by, rows)
    out: dict[str, list[float]] = {}
    for p in ms.pair_rows(rows, catalogue):
        if (p.flagged and not include_flagged) or p.improvement.percent is None:
            continue
        for key in groups.keys(p.enterprise_id, p.support_id):
            out.setdefault(groups.labels.get(key, key or ""), []).append(p.improvement.percent)
    return out


def adoption_counts(session: Session, by: str = "tool",
                    statuses: tuple[str, ...] = ("in_progress", "completed")) -> list[tuple[str | None, str, int, int]]:
    """(group, label, distinct enterprises, lượt) per tool or per sector, for lượt in ``statuses``.

    ``by="sector"`` counts enterprises with any such lượt per VSIC section.
    """
    if by == "tool":
        q = (select(Tool.code, Tool.name, Support.enterprise_id, Support.id)
             .join(SupportTool, SupportTool.tool_id == Tool.id).join(Support, Support.id == SupportTool.support_id)
             .where(Support.status.in_(statuses)))
        found = session.execute(q).all()
        labels = {code: name for code, name, _, _ in found}
        keyed = [(code, eid, sid) for code, _, eid, sid in found]
    elif by == "sector":
        found = session.execute(select(Support.enterprise_id, Support.id).where(Support.status.in_(statuses))).all()
        rows = [ms.MeasurementRow(0, eid, None, 0, "", 0.0, None, False) for eid, _ in found]
        groups = _Groups(session, "sector", rows)
        labels = groups.labels
        keyed = [(groups.keys(eid, None)[0], eid, sid) for eid, sid in found]
    else:
        raise InputError(tr("summaries", "Chỉ đếm số doanh nghiệp áp dụng theo công cụ (tool) hoặc ngành (sector)."))
    ents: dict[str | None, set[int]] = {}
    sups: dict[str | None, set[int]] = {}
    for key, eid, sid in keyed:
        ents.setdefault(key, set()).add(eid)
        sups.setdefault(key, set()).add(sid)
    out = [(k, labels.get(k, k or ""), len(ents[k]), len(sups[k])) for k in ents]
    out.sort(key=lambda t: (-t[2], t[1]))
    return out


def enterprise_before_after(session: Session, enterprise) -> list[dict]:
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

