"""Writing a received package's records, a sheet at a time and in bulk.

Per chunk of rows: one ``SELECT … WHERE uuid IN (…)`` finds the records the province already has
(enterprises also by normalised tax code, projects by code), one query reads their provenance,
and the references (enterprise, project, lượt of a row) are resolved from dictionaries filled the
same way. New records go in with Core ``executemany`` at the end of their sheet (the ids they get
are read back once), updates with one ``executemany`` UPDATE; provenance, conflicts and the change
history are written at the end. No ORM object is built per row.

The rules are those of :mod:`nsdesk.services.consolidation.importing` (see its notes).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any, TypeVar

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from nsdesk.i18n import tr
from nsdesk.models import (
    ActivityEnterprise,
    AdminUnit,
    Change,
    Enterprise,
    Metric,
    Plan,
    PlanTask,
    RecordSource,
    Submission,
    SubmissionConflict,
    SupportTool,
    SupportType,
    Tool,
    name_order,
    utcnow,
)
from nsdesk.services.common.forms import as_text
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import fold, sort_key
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.consolidation.fields import (
    _PLAIN,
    MODELS,
    SINGULAR,
    ConflictCase,
    SubmissionCancelled,
    _value,
)
from nsdesk.services.consolidation.reading import Received, Record, Rejected
from nsdesk.services.register import sizing, taxcode
from nsdesk.services.register.importing.bulk import bulk_insert, deferred_insert_triggers
from nsdesk.services.register.importing.fields import search_text
from nsdesk.services.register.importing.rows import load_sector_groups

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | None
CHUNK = 500  # rows per lookup query (well under every backend's limit of bound parameters)
DEFER_INDEX_MIN = 200  # new enterprises from which the search index is filled once, after the inserts
# The order sheets are written in: what a row refers to is written before it.
ORDER = (fmt.ENTERPRISES, fmt.PROJECTS, fmt.SUPPORTS, fmt.MEASUREMENTS, fmt.ACTIVITIES, fmt.TASK_NOTES, fmt.INDICATORS)
# Columns that are references in the database and uuids/codes in the sheet.
_REFS = {fmt.SUPPORTS: (("enterprise_uuid", fmt.ENTERPRISES), ("project_uuid", fmt.PROJECTS)),
         fmt.MEASUREMENTS: (("enterprise_uuid", fmt.ENTERPRISES), ("support_uuid", fmt.SUPPORTS)),
         fmt.ACTIVITIES: (("enterprise_uuids", fmt.ENTERPRISES),)}
_LINKED = ("types", "tools", "enterprise_uuids")
_VERSIONED = (fmt.ENTERPRISES, fmt.PROJECTS, fmt.SUPPORTS)

T = TypeVar("T")


def _split(text: str, sep: str) -> list[str]:
    return [p.strip() for p in text.split(sep) if p.strip()]


def _chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _table(sheet: str) -> Table:
    table: Table = MODELS[sheet].__table__
    return table


def _place_new(session: Session, rows: list[Row]) -> None:
    """Name-order keys for new enterprises (see nsdesk.models.name_order)."""
    name_order.place(session, rows)


@cache
def _new_record(sheet: str) -> tuple[Row, tuple[str, ...], dict[str, Any]]:
    """A new record of the sheet: every column empty, the sheet's fields it takes, the column defaults."""
    columns = [c for c in _table(sheet).columns if c.key not in ("id", "version")]
    fields = tuple(f for f, _l in fmt.COLUMNS[sheet][2:] if f not in ("in_territory", "tax_code")
                   or (sheet == fmt.ENTERPRISES and f == "tax_code"))
    defaults = {c.key: c.default.arg for c in columns if isinstance(c.default, ScalarElementColumnDefault)}
    return dict.fromkeys((c.key for c in columns), None), fields, defaults


@dataclass(frozen=True)
class _Source:
    id: int
    office_key: str
    submission_id: int
    sent: datetime | None
    withdrawn: bool


Row = dict[str, Any]


class Importer:
    """One package into the caller's transaction; counts and conflicts go into ``result``."""

    def __init__(self, session: Session, received: Received, submission: Submission, result: Any,
                 progress: Progress | None, cancel: Cancel) -> None:
        s = self.s = session
        self.rx = received
        self.sub_id = submission.id
        self.result = result
        self.progress = progress
        self.cancel = cancel
        self.office_key = received.office_key
        self.office_label = received.office_label or received.office_key
        self.done = 0
        self.total = sum(len(v) for v in received.records.values())
        # incoming uuid → local id (an enterprise matched by tax code keeps the province's uuid),
        # and local id → local uuid, per sheet
        self.ids: dict[str, dict[str, int]] = {name: {} for name in fmt.RECORD_SHEETS}
        self.uuids: dict[str, dict[int, str]] = {name: {} for name in fmt.RECORD_SHEETS}
        self.absent: dict[str, set[str]] = {name: set() for name in fmt.RECORD_SHEETS}
        self.touched: set[tuple[str, str]] = set()
        self.tool_ids = dict(s.execute(select(Tool.code, Tool.id)).all())
        self.tool_codes = {v: k for k, v in self.tool_ids.items()}
        self.metric_ids = dict(s.execute(select(Metric.code, Metric.id)).all())
        self.metric_codes = {v: k for k, v in self.metric_ids.items()}
        self.plan_ids = dict(s.execute(select(Plan.code, Plan.id)).all())
        self.plan_codes = {v: k for k, v in self.plan_ids.items()}
        self.task_numbers = dict(s.execute(select(PlanTask.id, PlanTask.number)).all())
        self.task_ids = dict(s.execute(select(PlanTask.number, PlanTask.id).where(
            PlanTask.plan_id == self.plan_ids.get(received.plan_code))).all())
        self.commune_names = dict(s.execute(
            select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "commune")).all())
        self.groups = load_sector_groups(s)
        self.officer = get_office(s).officer_name
        self.now = utcnow()
        self.history: list[Row] = []
        self.new_sources: list[Row] = []
        self.moved_sources: list[Row] = []
        self.conflict_rows: list[Row] = []
        self.known_conflicts = {
            (c.entity, c.record_uuid, c.field, c.kept, c.other) for c in s.execute(
                select(SubmissionConflict.entity, SubmissionConflict.record_uuid, SubmissionConflict.field,
                       SubmissionConflict.kept, SubmissionConflict.other)
                .where(SubmissionConflict.resolved.is_(False)))}
        # per sheet, while it is written
        self.pending: list[tuple[Record, Row]] = []
        self.updates: list[Row] = []
        self.relink: list[tuple[int, Record]] = []
        self.types: dict[int, list[str]] = {}
        self.tools: dict[int, list[str]] = {}
        self.members: dict[int, list[str]] = {}

    # --- helpers ------------------------------------------------------------------------------

    def _step(self) -> None:
        self.done += 1
        if self.cancel is not None and self.cancel():
            raise SubmissionCancelled(tr("submission", "Đã hủy nhận báo cáo; không có gì thay đổi."))
        if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def _log(self, entity: str, uuid: str, action: str, fields: Iterable[tuple[str | None, object, object]]) -> None:
        self.history += [{"at": self.now, "officer": self.officer, "entity": entity, "entity_uuid": uuid,
                          "action": action, "field": f, "old_value": as_text(o), "new_value": as_text(n)}
                         for f, o, n in fields]

    def _ref(self, sheet: str, incoming: str) -> int | None:
        return self.ids[sheet].get(incoming) if incoming else None

    def _uuid(self, sheet: str, local_id: int | None) -> str:
        return self.uuids[sheet].get(local_id, "") if local_id is not None else ""

    def _know(self, sheet: str, pairs: Iterable[Any], incoming: str | None = None) -> None:
        for local_id, uuid in pairs:
            self.uuids[sheet][local_id] = uuid
            self.ids[sheet][incoming or uuid] = local_id

    def _resolve(self, sheet: str, incoming: set[str]) -> None:
        """Find the local ids of referenced records not met yet (records the province already has)."""
        wanted = sorted(u for u in incoming if u and u not in self.ids[sheet] and u not in self.absent[sheet])
        table = _table(sheet)
        for chunk in _chunks(wanted):
            self._know(sheet, self.s.execute(select(table.c.id, table.c.uuid).where(table.c.uuid.in_(chunk))).all())
        self.absent[sheet].update(u for u in wanted if u not in self.ids[sheet])

    def _uuids_of(self, sheet: str, local_ids: set[int | None]) -> None:
        wanted = sorted(i for i in local_ids if i is not None and i not in self.uuids[sheet])
        table = _table(sheet)
        for chunk in _chunks(wanted):
            for local_id, uuid in self.s.execute(select(table.c.id, table.c.uuid).where(table.c.id.in_(chunk))):
                self.uuids[sheet][local_id] = uuid

    # --- the sheets ---------------------------------------------------------------------------

    def run(self) -> None:
        for sheet in ORDER:
            pairs = list(zip(self.rx.records[sheet], self.rx.rows_of[sheet]))
            for chunk in _chunks(pairs):
                self._chunk(sheet, chunk)
            self._write_new(sheet)
            self._write_updates(sheet)
        self._write_sources()

    def _chunk(self, sheet: str, pairs: Sequence[tuple[Record, int]]) -> None:
        for field_name, target in _REFS.get(sheet, ()):
            self._resolve(target, {u for r, _row in pairs for u in _split(r.get(field_name, ""), " ")})
        rows: list[Record] = []
        for r, row in pairs:
            missing = self._missing_reference(sheet, r)
            if missing is None:
                rows.append(r)
            else:
                self.result.rejected.append(Rejected(sheet, row, dict(fmt.COLUMNS[sheet]).get(missing[0], missing[0]),
                                                     missing[1]))
                self._step()
        found = self._lookup(sheet, rows)
        self._load_links(sheet, list(found.values()))
        sources = self._sources(sheet, {f["uuid"] for f in found.values()} | {r["uuid"] for r in rows})
        for r in rows:
            sent = fmt.as_utc(datetime.fromisoformat(r["modified_at"]))
            local = found.get(r["uuid"])
            if local is None:
                self._create(sheet, r, sent)
                self._remember(sheet, r["uuid"], sent, sources.get(r["uuid"], []))
            else:
                self.ids[sheet][r["uuid"]] = local["id"]
                self.uuids[sheet][local["id"]] = local["uuid"]
                self._compare(sheet, local, r, sent, sources.get(local["uuid"], []))
                self._remember(sheet, local["uuid"], sent, sources.get(local["uuid"], []))
            self._step()
            if sheet == fmt.INDICATORS:
                self._write_new(sheet)  # rows without a uuid match by (indicator, territory, year), one by one

    def _missing_reference(self, sheet: str, r: Record) -> tuple[str, str] | None:
        if sheet in (fmt.SUPPORTS, fmt.MEASUREMENTS) and self._ref(fmt.ENTERPRISES, r["enterprise_uuid"]) is None:
            return "enterprise_uuid", tr("submission", "Doanh nghiệp của dòng này không có trong tệp.")
        if sheet == fmt.SUPPORTS and r.get("project_uuid") and self._ref(fmt.PROJECTS, r["project_uuid"]) is None:
            return "project_uuid", tr("submission", "Dự án của lượt này không có trong tệp.")
        if sheet == fmt.MEASUREMENTS and r.get("support_uuid") and self._ref(fmt.SUPPORTS, r["support_uuid"]) is None:
            return "support_uuid", tr("submission", "Lượt của số đo này không có trong tệp.")
        if sheet == fmt.TASK_NOTES and self.task_ids.get(r.get("task_number", "")) is None:
            return "task_number", tr("submission", "Kế hoạch {plan} không có nhiệm vụ số {number}.").format(
                plan=self.rx.plan_code, number=r.get("task_number", ""))
        return None

    def _lookup(self, sheet: str, rows: list[Record]) -> dict[str, Row]:
        """incoming uuid → the province's record (by uuid; enterprises also by tax code, projects by code)."""
        table = _table(sheet)
        found: dict[str, Row] = {}
        if not rows:
            return found
        for row in self.s.execute(select(table).where(table.c.uuid.in_([r["uuid"] for r in rows]))).mappings():
            found[row["uuid"]] = dict(row)
        rest = [r for r in rows if r["uuid"] not in found]
        if sheet == fmt.ENTERPRISES:
            keys = {k: r["uuid"] for r in rest if r.get("tax_code") and (k := taxcode.key(r["tax_code"]))}
            if keys:
                for row in self.s.execute(select(table).where(table.c.tax_code.in_(list(keys)))).mappings():
                    found[keys[row["tax_code"]]] = dict(row)
        elif sheet == fmt.PROJECTS:
            codes = {r["code"]: r["uuid"] for r in rest}
            if codes:
                for row in self.s.execute(select(table).where(table.c.code.in_(list(codes)))).mappings():
                    found[codes[row["code"]]] = dict(row)
        elif sheet == fmt.INDICATORS:
            for r in rest:
                territory = r.get("territory_code")
                got = self.s.execute(select(table).where(
                    table.c.indicator == r["indicator"], table.c.year == int(r["year"]),
                    (table.c.territory_code == territory) if territory else table.c.territory_code.is_(None))
                    .limit(1)).mappings().first()
                if got is not None:
                    found[r["uuid"]] = dict(got)
        return found

    def _load_links(self, sheet: str, rows: list[Row]) -> None:
        """What the local text of the found records needs: their links and the uuids they refer to."""
        ids = [row["id"] for row in rows]
        if sheet == fmt.SUPPORTS:
            self._uuids_of(fmt.ENTERPRISES, {row["enterprise_id"] for row in rows})
            self._uuids_of(fmt.PROJECTS, {row["project_id"] for row in rows})
            for chunk in _chunks(ids):
                for sid, kind in self.s.execute(select(SupportType.support_id, SupportType.type)
                                                .where(SupportType.support_id.in_(chunk))):
                    self.types.setdefault(sid, []).append(kind)
                for sid, tool in self.s.execute(select(SupportTool.support_id, SupportTool.tool_id)
                                                .where(SupportTool.support_id.in_(chunk))):
                    self.tools.setdefault(sid, []).append(self.tool_codes[tool])
        elif sheet == fmt.MEASUREMENTS:
            self._uuids_of(fmt.ENTERPRISES, {row["enterprise_id"] for row in rows})
            self._uuids_of(fmt.SUPPORTS, {row["support_id"] for row in rows})
        elif sheet == fmt.ACTIVITIES:
            for chunk in _chunks(ids):
                for aid, uuid in self.s.execute(select(ActivityEnterprise.activity_id, Enterprise.uuid).join(
                        Enterprise, ActivityEnterprise.enterprise_id == Enterprise.id)
                        .where(ActivityEnterprise.activity_id.in_(chunk))):
                    self.members.setdefault(aid, []).append(uuid)

    def _sources(self, sheet: str, uuids: set[str]) -> dict[str, list[_Source]]:
        out: dict[str, list[_Source]] = {}
        t = RecordSource.__table__.c
        for chunk in _chunks(sorted(uuids)):
            for row in self.s.execute(select(t.id, t.record_uuid, t.office_key, t.submission_id, t.sent_modified_at,
                                             t.withdrawn).where(t.entity == SINGULAR[sheet], t.record_uuid.in_(chunk))):
                out.setdefault(row.record_uuid, []).append(
                    _Source(row.id, row.office_key, row.submission_id, row.sent_modified_at, row.withdrawn))
        return out

    # --- local and incoming text of a record, as the package writes it --------------------------

    def _local_text(self, sheet: str, row: Row) -> dict[str, str]:
        out = {f: fmt.text(row[f]) for f in _PLAIN[sheet]}
        if sheet in (fmt.PROJECTS, fmt.ACTIVITIES):
            out["plan_code"] = self.plan_codes.get(row["plan_id"], "") if row["plan_id"] else ""
        if sheet == fmt.SUPPORTS:
            out.update(enterprise_uuid=self._uuid(fmt.ENTERPRISES, row["enterprise_id"]),
                       project_uuid=self._uuid(fmt.PROJECTS, row["project_id"]),
                       types=", ".join(sorted(self.types.get(row["id"], []))),
                       tools=", ".join(sorted(self.tools.get(row["id"], []))))
        elif sheet == fmt.MEASUREMENTS:
            out.update(enterprise_uuid=self._uuid(fmt.ENTERPRISES, row["enterprise_id"]),
                       support_uuid=self._uuid(fmt.SUPPORTS, row["support_id"]),
                       metric=self.metric_codes.get(row["metric_id"], ""))
        elif sheet == fmt.ACTIVITIES:
            out["enterprise_uuids"] = " ".join(sorted(self.members.get(row["id"], [])))
        elif sheet == fmt.TASK_NOTES:
            out["task_number"] = self.task_numbers.get(row["task_id"], "")
        return out

    def _incoming_text(self, sheet: str, r: Record) -> dict[str, str]:
        """The incoming row's text, its references translated to the province's uuids (tax-code matches)."""
        out = {f: r.get(f, "") for f in _PLAIN[sheet]}
        if sheet in (fmt.PROJECTS, fmt.ACTIVITIES):
            out["plan_code"] = r.get("plan_code", "")
        if sheet in (fmt.SUPPORTS, fmt.MEASUREMENTS):
            out["enterprise_uuid"] = self._uuid(fmt.ENTERPRISES, self._ref(fmt.ENTERPRISES, r["enterprise_uuid"]))
        if sheet == fmt.SUPPORTS:
            out.update(project_uuid=self._uuid(fmt.PROJECTS, self._ref(fmt.PROJECTS, r.get("project_uuid", ""))),
                       types=", ".join(sorted(_split(r.get("types", ""), ","))),
                       tools=", ".join(sorted(_split(r.get("tools", ""), ","))))
        elif sheet == fmt.MEASUREMENTS:
            out.update(support_uuid=self._uuid(fmt.SUPPORTS, self._ref(fmt.SUPPORTS, r.get("support_uuid", ""))),
                       metric=r.get("metric", ""))
        elif sheet == fmt.ACTIVITIES:
            out["enterprise_uuids"] = " ".join(sorted(self._uuid(fmt.ENTERPRISES, self._ref(fmt.ENTERPRISES, u))
                                                      for u in _split(r.get("enterprise_uuids", ""), " ")))
        elif sheet == fmt.TASK_NOTES:
            out["task_number"] = r.get("task_number", "")
        return out

    def _assign(self, sheet: str, values: Row, r: Record, names: Iterable[str]) -> None:
        plain = _PLAIN[sheet]
        for f in names:
            if f in plain:
                values[f] = _value(plain[f], r.get(f, ""))
            elif f == "plan_code":
                values["plan_id"] = self.plan_ids.get(r.get("plan_code", "")) if r.get("plan_code") else None
            elif f == "enterprise_uuid":
                values["enterprise_id"] = self._ref(fmt.ENTERPRISES, r["enterprise_uuid"])
            elif f == "project_uuid":
                values["project_id"] = self._ref(fmt.PROJECTS, r.get("project_uuid", ""))
            elif f == "support_uuid":
                values["support_id"] = self._ref(fmt.SUPPORTS, r.get("support_uuid", ""))
            elif f == "metric":
                values["metric_id"] = self.metric_ids[r["metric"]]
            elif f == "task_number":
                values["task_id"] = self.task_ids.get(r.get("task_number", ""))
        if sheet == fmt.ENTERPRISES:
            sector = values.get("sector_code")
            group = (self.groups.get(sector) if sector in self.groups else sizing.sector_group(sector)) if sector else None
            values["size_class"] = sizing.size_class(values.get("kind"), group, values.get("employees"),
                                                     values.get("revenue"), values.get("capital"))
            values["name_folded"] = fold(values["name"])
            values["name_sort"] = sort_key(values["name"])
            values["search_folded"] = search_text(values["name"], values.get("tax_code"), values.get("address"),
                                                  self.commune_names.get(values.get("commune_code") or ""))

    # --- one record -----------------------------------------------------------------------------

    def _create(self, sheet: str, r: Record, sent: datetime) -> None:
        blank, fields, defaults = _new_record(sheet)
        values = dict(blank)
        values.update(uuid=r["uuid"], created_at=self.now, modified_at=sent)
        self._assign(sheet, values, r, fields)
        for f, default in defaults.items():
            if values[f] is None:
                values[f] = default  # what the ORM would have filled in
        if sheet == fmt.PROJECTS:
            values["evidence_paths"] = []
        self.pending.append((r, values))
        key = fmt.ENTITY[sheet]
        if key in self.result.created:
            self.result.created[key] += 1

    def _compare(self, sheet: str, local: Row, r: Record, sent: datetime, sources: list[_Source]) -> None:
        key = fmt.ENTITY[sheet]
        loc = self._local_text(sheet, local)
        incoming = self._incoming_text(sheet, r)
        if sheet == fmt.ENTERPRISES and not incoming.get("tax_code"):
            incoming["tax_code"] = loc["tax_code"]
        diffs = [f for f in incoming if incoming[f] != loc.get(f, "")]
        if not diffs:
            if key in self.result.unchanged:
                self.result.unchanged[key] += 1
            return
        local_time = fmt.as_utc(local["modified_at"])
        mine = [s for s in sources if s.office_key == self.office_key]
        others = [s for s in sources if s.office_key != self.office_key and not s.withdrawn]
        edited_here = not mine or any(s.sent is None or fmt.as_utc(s.sent) != local_time for s in mine)
        contested = bool(others) or edited_here
        take = sent > local_time if contested else True  # the newer modification wins
        conflicting = diffs if contested else [f for f in diffs if f == "commune_code"]
        for f in conflicting:
            kept, other = (incoming[f], loc.get(f, "")) if take else (loc.get(f, ""), incoming[f])
            case = ConflictCase(SINGULAR[sheet], local["uuid"], local.get("tax_code") if sheet == fmt.ENTERPRISES
                                else None, f, kept, other, self.office_label)
            self.result.conflicts.append(case)
            marker = (case.entity, case.uuid, f, kept, other)
            if marker not in self.known_conflicts:
                self.known_conflicts.add(marker)
                self.conflict_rows.append({"submission_id": self.sub_id, "entity": case.entity,
                                           "record_uuid": case.uuid, "tax_code": case.tax_code, "field": f,
                                           "kept": kept, "other": other, "from_office": self.office_label,
                                           "resolved": False, "order": len(self.result.conflicts)})
        if not take:
            if key in self.result.unchanged:
                self.result.unchanged[key] += 1
            return
        new = dict(local)
        new["_old_sort"] = local.get("name_sort")
        self._assign(sheet, new, r, diffs)
        new["modified_at"] = sent
        self.updates.append(new)
        if any(f in _LINKED for f in diffs):
            self.relink.append((local["id"], r))
        self._log(SINGULAR[sheet], local["uuid"], "import", [(f, loc.get(f, ""), incoming[f]) for f in diffs])
        if key in self.result.updated:
            self.result.updated[key] += 1

    def _remember(self, sheet: str, uuid: str, sent: datetime, sources: list[_Source]) -> None:
        entity = SINGULAR[sheet]
        self.touched.add((entity, uuid))
        mine = next((s for s in sources if s.office_key == self.office_key), None)
        if mine is None:
            self.new_sources.append({"entity": entity, "record_uuid": uuid, "office_key": self.office_key,
                                     "submission_id": self.sub_id, "sent_modified_at": sent, "withdrawn": False})
        elif (mine.submission_id, mine.sent and fmt.as_utc(mine.sent), mine.withdrawn) != (self.sub_id, sent, False):
            self.moved_sources.append({"_id": mine.id, "_sub": self.sub_id, "_sent": sent})

    # --- writing --------------------------------------------------------------------------------

    def _links(self, sheet: str, items: list[tuple[int, Record]]) -> None:
        if sheet == fmt.SUPPORTS:
            types = [{"support_id": i, "type": t} for i, r in items for t in _split(r.get("types", ""), ",")]
            tools = [{"support_id": i, "tool_id": self.tool_ids[t]} for i, r in items
                     for t in _split(r.get("tools", ""), ",")]
            bulk_insert(self.s, SupportType.__table__, types)
            bulk_insert(self.s, SupportTool.__table__, tools)
        elif sheet == fmt.ACTIVITIES:
            members = []
            for i, r in items:
                ids = {self._ref(fmt.ENTERPRISES, u) for u in _split(r.get("enterprise_uuids", ""), " ")}
                members += [{"activity_id": i, "enterprise_id": e} for e in sorted(x for x in ids if x is not None)]
            bulk_insert(self.s, ActivityEnterprise.__table__, members)

    def _write_new(self, sheet: str) -> None:
        if not self.pending:
            return
        table = _table(sheet)
        pending, self.pending = self.pending, []
        rows = [values for _r, values in pending]
        if sheet == fmt.ENTERPRISES:
            _place_new(self.s, rows)
        uuids = [r["uuid"] for r, _v in pending]
        with deferred_insert_triggers(self.s, table.name, enabled=len(rows) >= DEFER_INDEX_MIN):
            for batch in _chunks(rows, 5000):
                bulk_insert(self.s, table, list(batch))
        for chunk in _chunks(uuids):
            self._know(sheet, self.s.execute(select(table.c.id, table.c.uuid).where(table.c.uuid.in_(chunk))).all())
        self._links(sheet, [(self.ids[sheet][r["uuid"]], r) for r, _v in pending])
        source = self.rx.path.name
        self.history += [{"at": self.now, "officer": self.officer, "entity": SINGULAR[sheet], "entity_uuid": u,
                          "action": "import", "field": None, "old_value": None, "new_value": source} for u in uuids]

    def _write_updates(self, sheet: str) -> None:
        updates, self.updates = self.updates, []
        relink, self.relink = self.relink, []
        self.types, self.tools, self.members = {}, {}, {}
        if not updates:
            return
        table = _table(sheet)
        cols = [c.key for c in table.columns if c.key not in ("id", "uuid", "created_at", "version")]
        params = [{"_id": u["id"], **{"v_" + c: u[c] for c in cols}} for u in updates]
        if sheet == fmt.ENTERPRISES:  # a renamed enterprise moves to its new place in name order
            moved = [{"id": u["id"], "name_sort": u["name_sort"], "params": p}
                     for u, p in zip(updates, params) if u["name_sort"] != u["_old_sort"]]
            name_order.place(self.s, moved)  # may renumber others: their keys are not written back
            for p in params:
                p["v_name_key"] = None
            for m in moved:
                m["params"]["v_name_key"] = m["name_key"]
        values: dict[str, Any] = {c: bindparam("v_" + c) for c in cols}
        if sheet == fmt.ENTERPRISES:
            values["name_key"] = func.coalesce(bindparam("v_name_key"), table.c.name_key)
        if sheet in _VERSIONED:
            values["version"] = table.c.version + 1  # a form opened before the import sees a newer version
        stmt = update(table).where(table.c.id == bindparam("_id")).values(values)
        self.s.execute(stmt, params)
        if relink:
            ids = [i for i, _r in relink]
            if sheet == fmt.SUPPORTS:
                self.s.execute(delete(SupportType).where(SupportType.support_id.in_(ids)))
                self.s.execute(delete(SupportTool).where(SupportTool.support_id.in_(ids)))
            elif sheet == fmt.ACTIVITIES:
                self.s.execute(delete(ActivityEnterprise).where(ActivityEnterprise.activity_id.in_(ids)))
            self._links(sheet, relink)

    def _write_sources(self) -> None:
        t = RecordSource.__table__
        bulk_insert(self.s, t, self.new_sources)
        if self.moved_sources:
            self.s.execute(update(t).where(t.c.id == bindparam("_id")).values(
                submission_id=bindparam("_sub"), sent_modified_at=bindparam("_sent"), withdrawn=False),
                self.moved_sources)
        self.new_sources, self.moved_sources = [], []
        if self.conflict_rows:
            self.s.execute(insert(SubmissionConflict), self.conflict_rows)
            self.conflict_rows = []

    def flush_history(self) -> None:
        bulk_insert(self.s, Change.__table__, self.history)
        self.history = []
