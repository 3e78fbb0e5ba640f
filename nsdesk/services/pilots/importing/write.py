"""Writing a read sheet: what it changes compared with the database (the plan), then Core
executemany of the new rows, the updates and their change history (the shape undo reads, all
under the import's batch id: the created records carry it in ``import_batch`` and the history
holds one row per kind for them; one entry per field updated), in chunks, in the caller's
transaction — a failure or a cancel leaves the rollback to it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from nsdesk.models import Change, Measurement, Support, SupportTool, SupportType, utcnow
from nsdesk.services.common.office import get_office
from nsdesk.services.pilots.importing import lookups
from nsdesk.services.pilots.importing.computed import work_out
from nsdesk.services.pilots.importing.lookups import CHUNK, MEASUREMENT_COMPARED, SUPPORT_COMPARED
from nsdesk.services.pilots.importing.result import Cancel, Progress, SheetImport, SheetResult
from nsdesk.services.pilots.measurements import ComputationRules
from nsdesk.services.pilots.supports import status_by_dates
from nsdesk.services.pilots.undo import BATCH_FIELD
from nsdesk.services.register.importing.bulk import (
    OverlappedInserts,
    bigger_page_cache,
    bulk_insert,
    bulk_insert_rows,
)
from nsdesk.services.register.importing.pipeline import ImportCancelled, _backup, _is_cancelled
from nsdesk.services.register.importing.rows import next_uuid, next_uuids

Identity = tuple[Any, ...]
Changes = list[tuple[str, object, object]]  # (field, stored, imported)


@dataclass
class Plan:
    creates: list[Identity] = field(default_factory=list)
    updates: list[tuple[dict[str, Any], Identity, Changes]] = field(default_factory=list)  # (stored, identity, changes)
    unchanged: int = 0
    stored: set[int] = field(default_factory=set)  # measurements: the enterprises that have some stored


def _compare(old: dict[str, Any], names: tuple[str, ...], values: tuple[Any, ...]) -> Changes:
    changes: Changes = []
    for f, new in zip(names, values):
        if new is None:
            continue  # an empty cell never blanks a stored value
        o = old.get(f)
        if isinstance(new, float) and o is not None and abs(float(o) - new) < 1e-9:
            continue
        if o != new:
            changes.append((f, o, new))
    return changes


def plan_of(session: Session, pv: SheetImport) -> Plan:
    """What writing ``pv`` would do now: the identities to create, the records to update (and how)."""
    plan = Plan()
    items = pv.items
    if pv.kind == "supports":
        existing = lookups.existing_supports(session)
    else:
        existing = lookups.existing_measurements(session, {k[0] for k in items}) if items else {}
        plan.stored = {k[0] for k in existing}
    if not existing:
        plan.creates = list(items)
        return plan
    for key, payload in items.items():
        old = existing.get(key)
        if old is None:
            plan.creates.append(key)
            continue
        if pv.kind == "supports":
            types = sorted(payload[0])
            changes: Changes = [("types", old["types"], types)] if types and types != old["types"] else []
            changes += _compare(old, SUPPORT_COMPARED, payload[1:])
        else:
            changes = _compare(old, MEASUREMENT_COMPARED, payload)
        if changes:
            plan.updates.append((old, key, changes))
        else:
            plan.unchanged += 1
    return plan


def apply(session: Session, pv: SheetImport, *, progress: Progress | None = None, cancel: Cancel = None,
          dry_run: bool = False, strict: bool = False, backup: bool = True) -> SheetResult:
    """Write the preview's valid rows in the caller's transaction (nothing when ``dry_run``, or
    ``strict`` and a row was rejected). Raising leaves the rollback to the caller."""
    pv.check_mapping()
    plan = plan_of(session, pv)
    result = SheetResult(pv.kind, len(plan.creates), len(plan.updates), plan.unchanged,
                         list(pv.merged_duplicate_rows), pv.rejected, list(pv.warnings), written=False)
    if dry_run or (strict and pv.rejected):
        return result
    total = len(plan.creates) + len(plan.updates)
    if progress:
        progress(0, total)
    if total == 0:
        return result
    if _is_cancelled(cancel):
        raise ImportCancelled()
    if backup:
        result.backup = _backup(session, "before-import")
    w = _Writer(session, pv, total, progress, cancel)
    result.batch = w.batch
    with bigger_page_cache(session):
        if pv.kind == "supports":
            w.supports(plan)
        else:
            w.measurements(plan)
    result.written = True
    return result


def import_file(session: Session, kind: str, path: str | Path, sheet: str | None = None, **kwargs: Any) -> SheetResult:
    """Read ``path`` row by row and write it (one pass; the counts are planned once, by :func:`apply`)."""
    from nsdesk.services.pilots.importing.preview import _head, _preview

    pv = _preview(session, kind, _head(path, sheet), None, None, plan=False)
    pv.check_mapping()
    return apply(session, pv, **kwargs)


def _str(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _default_status(status: str | None, start: date | None, end: date | None, today: date) -> str:
    return status or status_by_dates(start, end, today)


class _Writer:
    def __init__(self, session: Session, pv: SheetImport, total: int, progress: Progress | None, cancel: Cancel):
        self.session = session
        self.pv = pv
        self.officer = get_office(session).officer_name
        self.source = pv.sheet.path.name
        self.batch = next_uuid()
        self.announced: set[str] = set()
        self.inserts: OverlappedInserts | None = None  # while creating measurements: their inserts, overlapped
        self.done = 0
        self.total = total
        self.progress = progress
        self.cancel = cancel

    def step(self, n: int) -> None:
        self.done += n
        if self.progress:
            self.progress(self.done, self.total)
        if _is_cancelled(self.cancel):
            raise ImportCancelled()

    def history(self, entity: str, uuid: str, field_: str | None, old: object, new: object,
                now: datetime) -> dict[str, Any]:
        return {"at": now, "officer": self.officer, "entity": entity, "entity_uuid": uuid, "action": "import",
                "field": field_, "old_value": _str(old), "new_value": _str(new), "batch": self.batch}

    def created(self, entity: str, now: datetime) -> None:
        """The history row for the records of ``entity`` this import creates (they carry its batch
        id in ``import_batch``): written once, with the first of them."""
        if entity not in self.announced:
            self.announced.add(entity)
            if self.inserts is not None:
                self.inserts.wait()  # the session is free again
            bulk_insert(self.session, Change.__table__, [
                self.history(entity, self.batch, BATCH_FIELD, None, self.source, now)])

    def supports(self, plan: Plan) -> None:
        session, items, table = self.session, self.pv.items, Support.__table__
        today = date.today()
        for start in range(0, len(plan.creates), CHUNK):
            keys = plan.creates[start:start + CHUNK]
            now = utcnow()
            max_id = session.execute(select(func.coalesce(func.max(table.c.id), 0))).scalar_one()
            uuids = next_uuids(len(keys))
            rows = []
            for u, (eid, first, _tools, pid) in zip(uuids, keys):
                p = items[(eid, first, _tools, pid)]
                rows.append((u, now, now, eid, pid, first, p[1], _default_status(p[2], first, p[1], today), *p[3:],
                             self.batch))
            bulk_insert_rows(session, table, _SUPPORT_KEYS, rows)
            ids = _new_ids(session, table, max_id, uuids)
            bulk_insert(session, SupportType.__table__, [
                {"support_id": ids[u], "type": t} for u, k in zip(uuids, keys) for t in items[k][0]])
            bulk_insert(session, SupportTool.__table__, [
                {"support_id": ids[u], "tool_id": t} for u, k in zip(uuids, keys) for t in k[2]])
            self.created("support", now)
            self.step(len(keys))
        stmt = update(table).where(table.c.id == bindparam("_id")).values(
            {**{c: bindparam("v_" + c) for c in SUPPORT_COMPARED}, "modified_at": bindparam("v_modified_at")})
        for start in range(0, len(plan.updates), CHUNK):
            chunk = plan.updates[start:start + CHUNK]
            now = utcnow()
            params: list[dict[str, Any]] = []
            history: list[dict[str, Any]] = []
            retyped: list[tuple[int, list[str]]] = []  # (support id, its new types)
            for old, _key, changes in chunk:
                merged = {c: old.get(c) for c in SUPPORT_COMPARED}
                for f, o, n in changes:
                    if f == "types":
                        retyped.append((old["id"], n))  # type: ignore[arg-type]  # types: a sorted list
                    else:
                        merged[f] = n
                    history.append(self.history("support", old["uuid"], f, o, n, now))
                params.append({"_id": old["id"], "v_modified_at": now, **{"v_" + c: merged[c] for c in SUPPORT_COMPARED}})
            session.execute(stmt, params)
            if retyped:
                session.execute(delete(SupportType).where(SupportType.support_id.in_([i for i, _t in retyped])))
                bulk_insert(session, SupportType.__table__, [{"support_id": i, "type": t} for i, ts in retyped for t in ts])
            bulk_insert(session, Change.__table__, history)
            self.step(len(chunk))

    def measurements(self, plan: Plan) -> None:
        from nsdesk.services.pilots.measurements import computation_rules, refresh_after_import

        session, table = self.session, Measurement.__table__
        # Enterprises with no stored measurement: flags and computed values worked out from the rows.
        fresh: dict[int, list[Identity]] = {}
        others: list[Identity] = []
        for key in plan.creates:
            if key[0] in plan.stored:
                others.append(key)
            else:
                fresh.setdefault(key[0], []).append(key)
        rules = computation_rules(session)
        batch: list[Identity] = []
        with OverlappedInserts(session) as self.inserts:
            for keys in fresh.values():
                batch += keys
                if len(batch) >= CHUNK:
                    self.new_measurements(batch, rules)
                    batch = []
            if batch:
                self.new_measurements(batch, rules)
            for start in range(0, len(others), CHUNK):
                self.new_measurements(others[start:start + CHUNK], None)
        self.inserts = None
        stmt = update(table).where(table.c.id == bindparam("_id")).values(
            {**{c: bindparam("v_" + c) for c in MEASUREMENT_COMPARED}, "modified_at": bindparam("v_modified_at")})
        for start in range(0, len(plan.updates), CHUNK):
            chunk = plan.updates[start:start + CHUNK]
            now = utcnow()
            params, history = [], []
            for old, _key, changes in chunk:
                merged = {c: old[c] for c in MEASUREMENT_COMPARED}
                for f, o, n in changes:
                    merged[f] = n
                    history.append(self.history("measurement", old["uuid"], f, o, n, now))
                params.append({"_id": old["id"], "v_modified_at": now, **{"v_" + c: merged[c] for c in merged}})
            session.execute(stmt, params)
            bulk_insert(session, Change.__table__, history)
            self.step(len(chunk))
        refresh_after_import(session, [*others, *(key for _old, key, _c in plan.updates)])

    def new_measurements(self, keys: list[Identity], rules: ComputationRules | None) -> None:
        """Insert the measurements of ``keys``; with ``rules`` (all the measurements of their
        enterprises), flagged and with their computed values, else left to the refresh."""
        items, table = self.pv.items, Measurement.__table__
        flags, computed = work_out(rules, items, keys) if rules is not None else ({}, {})
        now = utcnow()
        batch = self.batch
        rows = []
        for u, key in zip(next_uuids(len(keys)), keys):
            reason = flags.get(key)
            rows.append((u, now, now, *key, *items[key], reason is not None, reason, batch))
        for u, (key, payload) in zip(next_uuids(len(computed)), computed.items()):  # computed: no batch, no history
            reason = flags.get(key)
            rows.append((u, now, now, *key, *payload, reason is not None, reason, None))
        self.created("measurement", now)
        assert self.inserts is not None  # new_measurements runs inside measurements()' OverlappedInserts
        self.inserts.insert(table, _MEASUREMENT_KEYS, rows)
        self.step(len(keys))


#: Columns of a created lượt (then its values of SUPPORT_COMPARED from the payload, status set apart).
_SUPPORT_KEYS = ["uuid", "created_at", "modified_at", "enterprise_id", "project_id", "start_date", "end_date", "status",
                 *SUPPORT_COMPARED[2:], "import_batch"]
#: Columns of a created measurement: identity (enterprise, lượt, metric, phase, date), then payload.
_MEASUREMENT_KEYS = ["uuid", "created_at", "modified_at", "enterprise_id", "support_id", "metric_id", "phase",
                     "measured_on", *MEASUREMENT_COMPARED, "flagged", "flag_reason", "import_batch"]


def _new_ids(session: Session, table: Table, max_id: int, uuids: list[str]) -> dict[str, int]:
    wanted = set(uuids)
    return {u: i for i, u in session.execute(select(table.c.id, table.c.uuid).where(table.c.id > max_id))
            if u in wanted}
