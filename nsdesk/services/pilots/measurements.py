"""Before/after measurements of catalogue metrics, per support (lượt) or per enterprise.

Rules
- A *group* is one enterprise + one support (or none: enterprise-level) + one metric.
- Pairing (used by improvement figures and summaries): the group's **earliest baseline**
  ("before", by measured date, undated last) against its **latest follow-up** ("after", undated
  counted oldest). Intermediate follow-ups are kept and listed but do not enter the figures.
- Improvement honours direction: ``absolute`` is positive when the metric got better (a falling
  defect rate is positive), ``percent`` = absolute ÷ |baseline| × 100 (None when baseline is 0).
- Computed metrics (``Metric.computed_from = "a b"``, e.g. labour productivity = value added ÷
  workers) are never typed: whenever both inputs exist for the same enterprise, support, phase and
  date, the computed measurement is created/updated; when one disappears, it is removed.
- Plausibility (flagged for review, never rejected): below the metric's minimum (negative where
  impossible), above its maximum, a follow-up more than 10× or under 1/10 of the baseline, a
  follow-up dated before the baseline. Flags are recomputed for the whole group on every change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace
from typing import Any, NamedTuple

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.exc import InvalidRequestError
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Enterprise, Measurement, Metric, PilotProject, Support, new_uuid, utcnow
from nsdesk.services.common import formats
from nsdesk.services.common.forms import FormError, apply_fields, record_changes
from nsdesk.services.common.text import clean
from nsdesk.services.pilots.checks import Checker

PHASE_LABELS = {"before": "Trước hỗ trợ (cơ sở)", "after": "Sau hỗ trợ"}
JUMP_FACTOR = 10.0
MEASUREMENT_FIELDS = {
    "enterprise": "doanh nghiệp", "support": "lượt hỗ trợ", "metric": "chỉ tiêu", "phase": "thời điểm đo",
    "value": "giá trị", "measured_on": "ngày đo", "period": "kỳ số liệu", "source": "nguồn, minh chứng",
}

__all__ = [
    "Improvement", "JUMP_FACTOR", "MEASUREMENT_FIELDS", "MeasurementRow", "PHASE_LABELS", "Pair",
    "FormError", "add_measurement", "delete_measurement", "flag_reasons", "improvement", "improvement_figures",
    "list_measurements", "load_rows", "measurement_errors", "pair_rows", "pairs", "typed_metrics",
    "update_measurement",
]


# --- pure rules --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Improvement:
    before: float
    after: float
    change: float  # after − before, as measured
    absolute: float  # positive = better, whatever the metric's direction
    percent: float | None  # absolute ÷ |before| × 100; None when before is 0

    @property
    def improved(self) -> bool | None:
        return None if self.absolute == 0 else self.absolute > 0


def improvement(before: float, after: float, higher_is_better: bool = True) -> Improvement:
    change = after - before
    absolute, percent = improvement_figures(before, after, higher_is_better)
    return Improvement(before, after, change, absolute, percent)


def improvement_figures(before: float, after: float, higher_is_better: bool = True) -> tuple[float, float | None]:
    """``(absolute, percent)`` of :func:`improvement`, without building the object (summaries of many pairs)."""
    change = after - before
    absolute = change if higher_is_better else -change
    return absolute, (absolute / abs(before) * 100.0 if before != 0 else None)


def flag_reasons(metric: Metric | SimpleNamespace, phase: str, value: float, measured_on: date | None,
                 baseline: tuple[float, date | None] | None = None) -> list[str]:
    """Why a value looks implausible (empty list: plausible). ``baseline`` only for follow-ups."""
    reasons = []
    if metric.min_value is not None and value < metric.min_value:
        if metric.min_value == 0:
            reasons.append(tr("measurements", "Giá trị âm không thể có với chỉ tiêu này."))
        else:
            reasons.append(tr("measurements", "Giá trị nhỏ hơn mức tối thiểu {min}.").format(
                min=formats.number(metric.min_value, empty="")))
    if metric.max_value is not None and value > metric.max_value:
        reasons.append(tr("measurements", "Giá trị vượt mức tối đa {max} {unit}.").format(
            max=formats.number(metric.max_value, empty=""), unit=metric.unit))
    if phase == "after" and baseline is not None:
        base_value, base_date = baseline
        if base_value > 0 and value >= 0:
            if value > base_value * JUMP_FACTOR:
                reasons.append(tr("measurements", "Giá trị sau gấp hơn 10 lần giá trị trước ({a} → {b}).").format(
                    a=formats.number(base_value, empty=""), b=formats.number(value, empty="")))
            elif value < base_value / JUMP_FACTOR:
                reasons.append(tr("measurements", "Giá trị sau còn dưới 1/10 giá trị trước ({a} → {b}).").format(
                    a=formats.number(base_value, empty=""), b=formats.number(value, empty="")))
        if base_date is not None and measured_on is not None and measured_on < base_date:
            reasons.append(tr("measurements", "Ngày đo sau ({b}) sớm hơn ngày đo trước ({a}).").format(
                a=formats.day(base_date), b=formats.day(measured_on)))
    return reasons


class MeasurementRow(NamedTuple):
    id: int
    enterprise_id: int
    support_id: int | None
    metric_id: int
    phase: str
    value: float
    measured_on: date | None
    flagged: bool


def _before_key(r: MeasurementRow) -> tuple[bool, date, int]:
    return (r.measured_on is None, r.measured_on or date.min, r.id)


def _after_key(r: MeasurementRow) -> tuple[bool, date, int]:
    return (r.measured_on is not None, r.measured_on or date.min, r.id)


def baseline_of(rows: Iterable[MeasurementRow]) -> MeasurementRow | None:
    before = [r for r in rows if r.phase == "before"]
    return min(before, key=_before_key) if before else None


@dataclass(frozen=True)
class Pair:
    enterprise_id: int
    support_id: int | None
    metric_id: int
    metric_code: str
    before: MeasurementRow
    after: MeasurementRow
    improvement: Improvement

    @property
    def flagged(self) -> bool:
        return self.before.flagged or self.after.flagged


def pair_rows(rows: Iterable[MeasurementRow], metrics: Mapping[int, Metric]) -> list[Pair]:
    """Earliest baseline vs latest follow-up per enterprise + support + metric (one pass)."""
    best: dict[tuple[int, int | None, int], list[MeasurementRow | None]] = {}
    for r in rows:
        slot = best.get((r.enterprise_id, r.support_id, r.metric_id))
        if slot is None:
            slot = best[(r.enterprise_id, r.support_id, r.metric_id)] = [None, None]
        if r.phase == "before":
            if slot[0] is None or _before_key(r) < _before_key(slot[0]):
                slot[0] = r
        elif r.phase == "after":
            if slot[1] is None or _after_key(r) > _after_key(slot[1]):
                slot[1] = r
    out = []
    for (eid, sid, mid), (base, last) in best.items():
        if base is None or last is None:
            continue
        m = metrics[mid]
        out.append(Pair(eid, sid, mid, m.code, base, last, improvement(base.value, last.value, m.higher_is_better)))
    return out


# --- reading -----------------------------------------------------------------------------------

def typed_metrics(session: Session) -> list[Metric]:
    """Metrics an officer can type (a form's choices): every catalogue metric except computed ones."""
    return list(session.scalars(select(Metric).where(Metric.computed_from.is_(None)).order_by(Metric.id)))


def metrics_by_id(session: Session) -> dict[int, Metric]:
    return {m.id: m for m in session.scalars(select(Metric))}


def load_rows(session: Session, *, enterprise_ids: Iterable[int] | None = None,
              support_ids: Iterable[int] | None = None) -> list[MeasurementRow]:
    q = select(Measurement.id, Measurement.enterprise_id, Measurement.support_id, Measurement.metric_id,
               Measurement.phase, Measurement.value, Measurement.measured_on, Measurement.flagged)
    if enterprise_ids is not None:
        q = q.where(Measurement.enterprise_id.in_(list(enterprise_ids)))
    if support_ids is not None:
        q = q.where(Measurement.support_id.in_(list(support_ids)))
    # Core rows straight from the connection: tens of thousands of readings, no ORM overhead.
    return [MeasurementRow(*r) for r in session.connection().execute(q.order_by(Measurement.id))]


def pairs(session: Session, *, enterprise_ids: Iterable[int] | None = None,
          support_ids: Iterable[int] | None = None, include_flagged: bool = False) -> list[Pair]:
    """Before/after pairs with their improvement; pairs with a flagged value left out unless asked."""
    found = pair_rows(load_rows(session, enterprise_ids=enterprise_ids, support_ids=support_ids),
                      metrics_by_id(session))
    return found if include_flagged else [p for p in found if not p.flagged]


def list_measurements(session: Session, *, enterprise_id: int | None = None,
                      support_id: int | None = None) -> list[Measurement]:
    q = select(Measurement).order_by(Measurement.metric_id, Measurement.measured_on, Measurement.id)
    if enterprise_id is not None:
        q = q.where(Measurement.enterprise_id == enterprise_id)
    if support_id is not None:
        q = q.where(Measurement.support_id == support_id)
    return list(session.scalars(q))


# --- writing -----------------------------------------------------------------------------------

def _metric(session: Session, code: str) -> Metric | None:
    return session.scalar(select(Metric).where(Metric.code == code))


def _clean(session: Session, data: Mapping[str, Any], m: Measurement | None) -> tuple[dict[str, Any], dict[str, str]]:
    from nsdesk.services.pilots.supports import find_enterprise, find_support

    c = Checker()
    L = MEASUREMENT_FIELDS
    new = m is None
    out: dict[str, Any] = {}
    if new or "support" in data or "enterprise" in data:
        support = None
        if data.get("support") not in (None, ""):
            support = find_support(session, data["support"])
            if support is None:
                c.error("support", tr("measurements", "Không tìm thấy lượt hỗ trợ \"{ref}\".").format(ref=data["support"]))
        ent = find_enterprise(session, data.get("enterprise")) if data.get("enterprise") not in (None, "") else None
        if data.get("enterprise") not in (None, "") and ent is None:
            c.error("enterprise", tr("measurements", "Không tìm thấy doanh nghiệp \"{ref}\".").format(ref=data["enterprise"]))
        elif ent is None and support is None and "support" not in c.errors:
            c.error("enterprise", tr("measurements", "Hãy chọn doanh nghiệp hoặc lượt hỗ trợ của số liệu."))
        elif ent is not None and support is not None and support.enterprise_id != ent.id:
            c.error("support", tr("measurements", "Lượt hỗ trợ đã chọn thuộc doanh nghiệp khác."))
        out["enterprise_id"] = ent.id if ent else (support.enterprise_id if support else None)
        out["support_id"] = support.id if support else None
    if new or "metric" in data:
        code = clean(data.get("metric"))
        metric = _metric(session, code) if code else None
        if metric is None:
            c.error("metric", tr("measurements", "Hãy chọn một chỉ tiêu trong danh mục.") if not code else
                    tr("measurements", "Không có chỉ tiêu \"{code}\" trong danh mục.").format(code=code))
        elif metric.computed_from:
            parts = [_metric(session, p) for p in metric.computed_from.split()]
            c.error("metric", tr("measurements", "{name} được tính tự động, không nhập trực tiếp; hãy nhập {parts}.")
                    .format(name=metric.name, parts=tr("measurements", " và ").join(p.name for p in parts if p)))
        out["metric_id"] = metric.id if metric else None
    if new or "phase" in data:
        out["phase"] = c.choice(data, "phase", L["phase"], PHASE_LABELS)
    if new or "value" in data:
        out["value"] = c.amount(data, "value", L["value"], minimum=None, required=True)
    if new or "measured_on" in data:
        out["measured_on"] = c.day(data, "measured_on", L["measured_on"])
    if new or "period" in data:
        out["period"] = c.text(data, "period", L["period"], max_len=40)
    if new or "source" in data:
        out["source"] = c.text(data, "source", L["source"])
    return out, c.errors


def measurement_errors(session: Session, data: Mapping[str, Any], measurement: Any = None) -> dict[str, str]:
    m = _find(session, measurement) if measurement is not None else None
    return _clean(session, data, m)[1]


def _find(session: Session, ref: Any) -> Measurement:
    if isinstance(ref, Measurement):
        return ref
    m = session.get(Measurement, ref) if isinstance(ref, int) else session.scalar(
        select(Measurement).where(Measurement.uuid == clean(ref)))
    if m is None:
        raise InputError(tr("measurements", "Không tìm thấy số liệu đo \"{ref}\".").format(ref=ref))
    return m


def add_measurement(session: Session, data: Mapping[str, Any]) -> Measurement:
    """Save one typed value; computed metrics and flags of its group follow."""
    values, errors = _clean(session, data, None)
    if errors:
        raise FormError(errors)
    m = Measurement(flagged=False, **values)
    session.add(m)
    session.flush()
    record_changes(session, "measurement", m.uuid, "create", [(None, None, _describe(session, m))])
    _after_write(session, [_key(m)])
    return m


def update_measurement(session: Session, measurement: Any, data: Mapping[str, Any]) -> Measurement:
    m = _find(session, measurement)
    if _metric_of(session, m).computed_from:
        raise FormError({"metric": tr("measurements", "Số liệu này được tính tự động; hãy sửa các số liệu "
                                            "dùng để tính ra nó.")})
    values, errors = _clean(session, data, m)
    if errors:
        raise FormError(errors)
    old = _key(m)
    changed = apply_fields(m, values)
    session.flush()
    if changed:
        record_changes(session, "measurement", m.uuid, "update", changed)
    _after_write(session, [old, _key(m)])
    return m


def delete_measurement(session: Session, measurement: Any) -> None:
    m = _find(session, measurement)
    if _metric_of(session, m).computed_from:
        raise InputError(tr("measurements", "Số liệu này được tính tự động; hãy xóa một trong các số liệu "
                            "dùng để tính ra nó."))
    key = _key(m)
    record_changes(session, "measurement", m.uuid, "delete", [(None, _describe(session, m), None)])
    session.delete(m)
    session.flush()
    _after_write(session, [key])


def _describe(session: Session, m: Measurement) -> str:
    metric = _metric_of(session, m)
    return f"{metric.code} {m.phase} {m.value:g} {m.measured_on.isoformat() if m.measured_on else ''}".strip()


# Key of a measurement for recomputation: enterprise, support, metric, phase, date.
_SlotKey = tuple[int, int | None, int, str, date | None]


def _key(m: Measurement) -> _SlotKey:
    return (m.enterprise_id, m.support_id, m.metric_id, m.phase, m.measured_on)


def _metric_of(session: Session, m: Measurement) -> Metric:
    return session.get_one(Metric, m.metric_id)


def _after_write(session: Session, keys: list[_SlotKey]) -> None:
    session.flush()
    refresh_after_import(session, keys)
    # The rows changed underneath the loaded measurements: reload what the refresh may have set
    # (now, so the objects stay readable after the session closes).
    for obj in [o for o in list(session.identity_map.values()) if isinstance(o, Measurement)]:
        try:
            session.refresh(obj, ["value", "source", "period", "flagged", "flag_reason"])
        except InvalidRequestError:  # removed by the refresh (a computed value whose input went)
            session.expunge(obj)


_CHUNK = 5000
# A result row of the measurements table; read by field name like a MeasurementRow.
_ResultRow = Any


def _row_id(r: _ResultRow) -> int:
    rid: int = r.id
    return rid


@dataclass
class ComputationRules:
    """The computed metrics and the flag limits as plain ids and copies (an ORM attribute costs
    ~1 µs a read, 100,000s of times in a bulk import)."""

    derived_of: dict[int, list[int]]  # metric id → ids of the metrics computed from it
    parts_of: dict[int, list[int]]  # computed metric id → its parts' ids (dividend, divisor)
    source_text: dict[int, str]  # computed metric id → the source written on its values
    plain: dict[int, SimpleNamespace]  # metric id → what flag_reasons reads


def computation_rules(session: Session) -> ComputationRules:
    metrics = metrics_by_id(session)
    by_code = {m.code: m for m in metrics.values()}
    rules = ComputationRules({}, {}, {}, {i: SimpleNamespace(min_value=m.min_value, max_value=m.max_value, unit=m.unit)
                                          for i, m in metrics.items()})
    for d in metrics.values():
        parts = [by_code[p] for p in (d.computed_from or "").split() if p in by_code]
        if not parts:
            continue
        rules.parts_of[d.id] = [p.id for p in parts]
        if len(parts) == 2:
            rules.source_text[d.id] = tr("measurements", "Tính tự động: {a} ÷ {b}").format(
                a=parts[0].name, b=parts[1].name)
        for p in parts:
            rules.derived_of.setdefault(p.id, []).append(d.id)
    return rules


def refresh_after_import(session: Session, keys: Iterable[_SlotKey]) -> None:
    """After values were written in the slots ``keys`` ((enterprise, support, metric, phase, date)):
    create, update or remove the computed values of those slots, then recompute the flags of every
    group touched. Set-based: a few queries per 5,000 enterprises, so a bulk import can call it once.

    A computed value = its first part ÷ its second part, from the latest value (highest id) of each
    part in the same slot; none when a part is missing or the divisor is 0.
    """
    from nsdesk.services.register.importing.bulk import bulk_insert

    by_enterprise: dict[int, set[_SlotKey]] = {}
    for k in keys:
        by_enterprise.setdefault(k[0], set()).add(k)
    if not by_enterprise:
        return
    rules = computation_rules(session)
    derived_of, parts_of, source_text, plain = rules.derived_of, rules.parts_of, rules.source_text, rules.plain
    t = Measurement.__table__
    columns = (t.c.id, t.c.enterprise_id, t.c.support_id, t.c.metric_id, t.c.phase, t.c.value, t.c.measured_on,
               t.c.period, t.c.flagged, t.c.flag_reason)
    enterprise_ids = sorted(by_enterprise)
    for start in range(0, len(enterprise_ids), _CHUNK):
        chunk_ids = enterprise_ids[start:start + _CHUNK]
        chunk_keys = [k for eid in chunk_ids for k in by_enterprise[eid]]
        groups = {(k[0], k[1], k[2]) for k in chunk_keys}
        derived_slots = {(k[0], k[1], k[3], k[4]) for k in chunk_keys if k[2] in derived_of}
        rows = session.execute(select(*columns).where(t.c.enterprise_id.in_(chunk_ids))).all()
        slots: dict[tuple[int, int | None, str, date | None], dict[int, list[_ResultRow]]] = {}  # (eid, sid, phase, day) → metric id → rows
        for r in rows:
            slot = (r[1], r[2], r[4], r[6])
            if slot in derived_slots:
                slots.setdefault(slot, {}).setdefault(r[3], []).append(r)
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        deletes: list[int] = []
        done: set[tuple[tuple[int, int | None, str, date | None], int]] = set()
        for eid, sid, mid, phase, day in chunk_keys:
            for did in derived_of.get(mid, ()):
                slot = (eid, sid, phase, day)
                if (slot, did) in done:
                    continue
                done.add((slot, did))
                groups.add((eid, sid, did))
                by_metric = slots.get(slot, {})
                inputs = [max(by_metric.get(p, ()), key=_row_id, default=None) for p in parts_of[did]]
                existing = sorted(by_metric.get(did, []), key=_row_id)
                first, second = (inputs[0], inputs[1]) if len(inputs) == 2 else (None, None)
                ok = first is not None and second is not None and second.value != 0
                if not ok:
                    deletes += [e.id for e in existing]
                    continue
                assert first is not None and second is not None
                value = first.value / second.value
                if existing:
                    deletes += [e.id for e in existing[1:]]
                    updates.append({"_id": existing[0].id, "v_value": value, "v_source": source_text[did],
                                    "v_period": first.period})
                else:
                    now = utcnow()
                    inserts.append({"uuid": new_uuid(), "created_at": now, "modified_at": now, "enterprise_id": eid,
                                    "support_id": sid, "metric_id": did, "phase": phase, "value": value,
                                    "measured_on": day, "period": first.period, "source": source_text[did],
                                    "flagged": False, "flag_reason": None})
        for i in range(0, len(deletes), _CHUNK):
            session.execute(t.delete().where(t.c.id.in_(deletes[i:i + _CHUNK])))
        if updates:
            session.execute(update(t).where(t.c.id == bindparam("_id")).values(
                value=bindparam("v_value"), source=bindparam("v_source"), period=bindparam("v_period")), updates)
        if inserts:
            bulk_insert(session, t, inserts)
        if inserts or updates or deletes:
            # Only the computed metrics' rows changed: read those again, keep the others as read.
            computed = {g[2] for g in groups if g[2] in parts_of}
            rows = [r for r in rows if r[3] not in computed] + list(session.execute(
                select(*columns).where(t.c.enterprise_id.in_(chunk_ids), t.c.metric_id.in_(computed))).all())
        by_group: dict[tuple[int, int | None, int], list[_ResultRow]] = {}
        for r in rows:
            g = (r[1], r[2], r[3])
            if g in groups:
                by_group.setdefault(g, []).append(r)
        flag_updates = []
        for (_eid, _sid, mid), members in by_group.items():
            metric = plain[mid]
            base = baseline_of(members)  # result rows have the fields baseline_of reads
            baseline = (base.value, base.measured_on) if base is not None else None
            for r in members:
                reasons = flag_reasons(metric, r[4], r[5], r[6], baseline if r[4] == "after" else None)
                flagged, reason = bool(reasons), " ".join(reasons) or None
                if flagged != bool(r[8]) or reason != r[9]:
                    flag_updates.append({"_id": r[0], "v_flagged": flagged, "v_reason": reason})
        if flag_updates:
            session.execute(update(t).where(t.c.id == bindparam("_id")).values(
                flagged=bindparam("v_flagged"), flag_reason=bindparam("v_reason")), flag_updates)


def refresh_flags(session: Session, eid: int, sid: int | None, metric: Metric) -> None:
    """Recompute ``flagged``/``flag_reason`` for every value of one group."""
    q = select(Measurement).where(Measurement.enterprise_id == eid, Measurement.metric_id == metric.id)
    q = q.where(Measurement.support_id.is_(None) if sid is None else Measurement.support_id == sid)
    group = list(session.scalars(q))
    rows = [MeasurementRow(m.id, m.enterprise_id, m.support_id, m.metric_id, m.phase, m.value, m.measured_on,
                           m.flagged) for m in group]
    base = baseline_of(rows)
    for m in group:
        baseline = (base.value, base.measured_on) if base is not None and m.phase == "after" else None
        reasons = flag_reasons(metric, m.phase, m.value, m.measured_on, baseline)
        m.flagged = bool(reasons)
        m.flag_reason = " ".join(reasons) or None
    session.flush()



@dataclass(frozen=True)
class MeasurementLine:
    """A reading with its enterprise, project and metric, as the measurements table shows it."""

    id: int
    enterprise_id: int
    tax_code: str | None
    enterprise: str
    support_id: int | None
    project_code: str | None
    metric: str
    metric_name: str
    unit: str
    decimals: int
    computed: bool
    phase: str
    value: float
    measured_on: date | None
    period: str | None
    source: str | None
    flagged: bool
    flag_reason: str | None


def _line_filters(text: str | None, commune: str | None, measured_from: date | None,
                  measured_to: date | None) -> list[Any]:
    from nsdesk.services.pilots.supports import enterprise_filters

    conditions = enterprise_filters(text, commune)
    if measured_from is not None:
        conditions.append(Measurement.measured_on >= measured_from)
    if measured_to is not None:
        conditions.append(Measurement.measured_on <= measured_to)
    return conditions


def measurement_lines(session: Session, *, enterprise_id: int | None = None, flagged_only: bool = False,
                      limit: int | None = None, text: str | None = None, commune: str | None = None,
                      measured_from: date | None = None, measured_to: date | None = None) -> list[MeasurementLine]:
    """Readings by enterprise name, lượt, metric, before then after, date (``limit`` first ones).

    ``text`` (words of the enterprise's name, tax code or address), ``commune`` (the enterprise's
    commune code) and ``measured_from``/``measured_to`` (days, both included) narrow the list.
    """
    q = (select(Measurement, Enterprise.tax_code, Enterprise.name, PilotProject.code, Metric)
         .join(Enterprise, Enterprise.id == Measurement.enterprise_id)
         .join(Metric, Metric.id == Measurement.metric_id)
         .outerjoin(Support, Support.id == Measurement.support_id)
         .outerjoin(PilotProject, PilotProject.id == Support.project_id)
         .order_by(Enterprise.name_key, Measurement.support_id, Metric.id, Measurement.phase.desc(),
                   Measurement.measured_on, Measurement.id))
    if enterprise_id is not None:
        q = q.where(Measurement.enterprise_id == enterprise_id)
    if flagged_only:
        q = q.where(Measurement.flagged.is_(True))
    for condition in _line_filters(text, commune, measured_from, measured_to):
        q = q.where(condition)
    if limit is not None:
        q = q.limit(limit)
    return [MeasurementLine(m.id, m.enterprise_id, tax, name, m.support_id, pcode, mt.code, mt.name, mt.unit,
                            mt.decimals, bool(mt.computed_from), m.phase, m.value, m.measured_on, m.period, m.source,
                            m.flagged, m.flag_reason)
            for m, tax, name, pcode, mt in session.execute(q)]


def count_measurements(session: Session, *, flagged_only: bool = False, text: str | None = None,
                       commune: str | None = None, measured_from: date | None = None,
                       measured_to: date | None = None) -> int:
    """How many readings :func:`measurement_lines` would list without a limit."""
    q = select(func.count()).select_from(Measurement)
    if flagged_only:
        q = q.where(Measurement.flagged.is_(True))
    conditions = _line_filters(text, commune, measured_from, measured_to)
    if conditions:
        q = q.join(Enterprise, Enterprise.id == Measurement.enterprise_id)
        for condition in conditions:
            q = q.where(condition)
    return session.scalar(q) or 0


@dataclass(frozen=True)
class MetricInfo:
    code: str
    name: str
    unit: str
    decimals: int
    higher_is_better: bool
    computed_from: object  # the parts of a computed metric, None for a typed one


def metric_catalogue(session: Session) -> tuple[MetricInfo, ...]:
    """Every metric of the catalogue (computed ones too), in catalogue order."""
    return tuple(MetricInfo(m.code, m.name, m.unit, m.decimals, m.higher_is_better, m.computed_from)
                 for m in session.scalars(select(Metric).order_by(Metric.id)))
