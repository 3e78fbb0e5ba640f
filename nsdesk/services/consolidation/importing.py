"""The province imports what an office sent: match, compare, keep provenance, list conflicts.

* Records match by UUID; enterprises also by normalised tax code; projects also by code.
* The same file twice changes nothing; a newer package from the same office for the same plan and
  period replaces the earlier one, and what it no longer contains is marked withdrawn (a withdrawn
  lượt no other office still sends is cancelled, so it stops counting; nothing is deleted).
* Conflicts are never resolved silently: the newer modification wins, and every case goes to the
  conflict list (kept / other), where a user may keep the other value. An enterprise that moves
  commune is always a conflict.

The caller owns the transaction: when the result is not ``written`` (dry run, or ``strict`` with
rejected rows) the caller rolls back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError, KnownError
from nsdesk.i18n import tr
from nsdesk.models import (
    Activity,
    ActivityEnterprise,
    AdminUnit,
    Change,
    Enterprise,
    IndicatorValue,
    Measurement,
    Metric,
    PilotProject,
    Plan,
    PlanTask,
    RecordSource,
    Submission,
    SubmissionConflict,
    Support,
    SupportTool,
    SupportType,
    TaskNote,
    Tool,
    utcnow,
)
from nsdesk.services.common.forms import as_text, record_changes
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import fold
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.consolidation.package import figures
from nsdesk.services.consolidation.reading import Received, Record, Rejected, RowChecker, read_package
from nsdesk.services.register import taxcode
from nsdesk.services.register.enterprises import size_class_for
from nsdesk.services.register.importing.fields import search_text

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | None
COUNTED = ("enterprises", "supports", "measurements", "projects", "activities")
# The name of each sheet's records in provenance, conflicts and the change history.
SINGULAR = {fmt.ENTERPRISES: "enterprise", fmt.PROJECTS: "project", fmt.SUPPORTS: "support",
            fmt.MEASUREMENTS: "measurement", fmt.ACTIVITIES: "activity", fmt.TASK_NOTES: "task_note",
            fmt.INDICATORS: "indicator"}
MODELS: dict[str, Any] = {fmt.ENTERPRISES: Enterprise, fmt.PROJECTS: PilotProject, fmt.SUPPORTS: Support,
                          fmt.MEASUREMENTS: Measurement, fmt.ACTIVITIES: Activity, fmt.TASK_NOTES: TaskNote,
                          fmt.INDICATORS: IndicatorValue}
# Plain columns of each sheet and how their text becomes a value.
_PLAIN: dict[str, dict[str, str]] = {
    fmt.ENTERPRISES: {"tax_code": "str", "name": "str", "kind": "str", "sector_code": "str", "province_code": "str",
                      "commune_code": "str", "address": "str", "representative": "str", "founded_year": "int",
                      "employees": "int", "revenue": "float", "capital": "float", "archived": "bool"},
    fmt.PROJECTS: {"code": "str", "name": "str", "lead_unit": "str", "partner_units": "str", "provider": "str",
                   "start_date": "date", "end_date": "date", "status": "str", "funding_state": "float",
                   "funding_enterprise": "float", "funding_other": "float", "description": "str"},
    fmt.SUPPORTS: {"start_date": "date", "end_date": "date", "status": "str", "funding_state": "float",
                   "funding_enterprise": "float", "funding_other": "float", "cert_number": "str", "cert_body": "str",
                   "cert_issued": "date", "cert_expires": "date", "note": "str"},
    fmt.MEASUREMENTS: {"phase": "str", "value": "float", "measured_on": "date", "period": "str", "source": "str"},
    fmt.ACTIVITIES: {"kind": "str", "title": "str", "held_on": "date", "unit_in_charge": "str", "quantity": "int",
                     "commune_code": "str", "note": "str"},
    fmt.TASK_NOTES: {"noted_on": "date", "text": "str", "officer": "str"},
    fmt.INDICATORS: {"indicator": "str", "territory_code": "str", "year": "int", "value": "float", "source": "str"},
}


class SubmissionCancelled(KnownError):
    """The user cancelled the import; the caller rolls back."""


def _value(kind: str, text: str) -> object:
    if text == "":
        return False if kind == "bool" else None
    if kind == "int":
        return int(float(text))
    if kind == "float":
        return float(text)
    if kind == "date":
        return date.fromisoformat(text)
    if kind == "bool":
        return text == "1"
    return text


def _counts() -> dict[str, int]:
    return dict.fromkeys(COUNTED, 0)


@dataclass(frozen=True)
class ConflictCase:
    entity: str
    uuid: str
    tax_code: str | None
    field: str
    kept: str
    other: str
    from_office: str

    def to_json(self) -> dict[str, object]:
        return {"entity": self.entity, "uuid": self.uuid, "tax_code": self.tax_code, "field": self.field,
                "kept": self.kept, "other": self.other, "from_office": self.from_office}


@dataclass
class SubmissionResult:
    office: dict[str, str | None]
    plan: str
    period: fmt.Period
    replaces: str | None
    created: dict[str, int] = field(default_factory=_counts)
    updated: dict[str, int] = field(default_factory=_counts)
    unchanged: dict[str, int] = field(default_factory=_counts)
    withdrawn: dict[str, int] = field(default_factory=_counts)
    conflicts: list[ConflictCase] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    checksum_ok: bool = True
    written: bool = False
    claimed: dict[str, int] = field(default_factory=dict)
    computed: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        return {
            "office": self.office, "plan": self.plan,
            "period": {"from": self.period.start.isoformat(), "to": self.period.end.isoformat()},
            "replaces": self.replaces, "created": self.created, "updated": self.updated,
            "unchanged": self.unchanged, "withdrawn": self.withdrawn,
            "conflicts": [c.to_json() for c in self.conflicts], "rejected": [r.to_json() for r in self.rejected],
        }


class _Importer:
    def __init__(self, session: Session, received: Received, submission: Submission, result: SubmissionResult,
                 progress: Progress | None, cancel: Cancel) -> None:
        self.s = session
        self.rx = received
        self.sub = submission
        self.result = result
        self.progress = progress
        self.cancel = cancel
        self.office_key = received.office_key
        self.office_label = received.office_label or received.office_key
        self.done = 0
        self.total = sum(len(v) for v in received.records.values())
        # incoming uuid → local id (an enterprise matched by tax code keeps the province's uuid)
        self.ids: dict[str, dict[str, int]] = {name: {} for name in fmt.RECORD_SHEETS}
        self.touched: set[tuple[str, str]] = set()
        self.tool_ids = dict(session.execute(select(Tool.code, Tool.id)).all())
        self.tool_codes = {v: k for k, v in self.tool_ids.items()}
        self.metric_ids = dict(session.execute(select(Metric.code, Metric.id)).all())
        self.metric_codes = {v: k for k, v in self.metric_ids.items()}
        self.plan_ids = dict(session.execute(select(Plan.code, Plan.id)).all())
        self.plan_codes = {v: k for k, v in self.plan_ids.items()}
        self.commune_names = dict(session.execute(
            select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "commune")).all())
        self.officer = get_office(session).officer_name
        self.history: list[dict[str, object]] = []
        self.uuid_cache: dict[tuple[str, int], str] = {}
        self.own_sources: dict[tuple[str, str], RecordSource] = {
            (src.entity, src.record_uuid): src for src in session.scalars(
                select(RecordSource).where(RecordSource.office_key == self.office_key))}
        self.known_conflicts = {
            (c.entity, c.record_uuid, c.field, c.kept, c.other)
            for c in session.scalars(select(SubmissionConflict).where(SubmissionConflict.resolved.is_(False)))}

    # --- helpers ------------------------------------------------------------------------------

    def _step(self) -> None:
        self.done += 1
        if self.cancel is not None and self.cancel():
            raise SubmissionCancelled(tr("submission", "Đã hủy nhận báo cáo; không có gì thay đổi."))
        if self.progress is not None and (self.done % 200 == 0 or self.done == self.total):
            self.progress(self.done, self.total)

    def _log(self, entity: str, uuid: str, fields: list[tuple[str | None, object, object]]) -> None:
        now = utcnow()
        self.history += [{"at": now, "officer": self.officer, "entity": entity, "entity_uuid": uuid,
                          "action": "import", "field": f, "old_value": as_text(o), "new_value": as_text(n)}
                         for f, o, n in fields]

    def flush_history(self) -> None:
        if self.history:
            self.s.execute(insert(Change), self.history)
            self.history = []

    def _local_uuid(self, model: Any, sheet: str, incoming: str) -> int | None:
        if not incoming:
            return None
        got = self.ids[sheet].get(incoming)
        if got is None:
            got = self.s.scalar(select(model.id).where(model.uuid == incoming))
            if got is not None:
                self.ids[sheet][incoming] = got
        return got

    def _uuid_of(self, model: Any, local_id: int | None) -> str:
        if local_id is None:
            return ""
        key = (model.__tablename__, local_id)
        got = self.uuid_cache.get(key)
        if got is None:
            got = self.uuid_cache[key] = self.s.scalar(select(model.uuid).where(model.id == local_id)) or ""
        return got

    def _sources(self, sheet: str, uuid: str) -> list[RecordSource]:
        return list(self.s.scalars(select(RecordSource).where(
            RecordSource.entity == SINGULAR[sheet], RecordSource.record_uuid == uuid)))

    def _remember(self, sheet: str, obj: Any, sent: datetime) -> None:
        entity = SINGULAR[sheet]
        self.touched.add((entity, obj.uuid))
        src = self.own_sources.get((entity, obj.uuid))
        if src is None:
            src = RecordSource(entity=entity, record_uuid=obj.uuid, office_key=self.office_key,
                               submission_id=self.sub.id, sent_modified_at=sent, withdrawn=False)
            self.s.add(src)
            self.own_sources[(entity, obj.uuid)] = src
        elif (src.submission_id, src.sent_modified_at and fmt.as_utc(src.sent_modified_at), src.withdrawn) != (
                self.sub.id, sent, False):
            src.submission_id, src.sent_modified_at, src.withdrawn = self.sub.id, sent, False

    # --- local text of a record, as the package would write it ----------------------------------

    def _extra_text(self, sheet: str, obj: Any) -> dict[str, str]:
        if sheet == fmt.PROJECTS:
            return {"plan_code": self.plan_codes.get(obj.plan_id, "") if obj.plan_id else ""}
        if sheet == fmt.SUPPORTS:
            types = sorted(self.s.scalars(select(SupportType.type).where(SupportType.support_id == obj.id)))
            tools = sorted(self.tool_codes[t] for t in self.s.scalars(
                select(SupportTool.tool_id).where(SupportTool.support_id == obj.id)))
            return {"enterprise_uuid": self._uuid_of(Enterprise, obj.enterprise_id),
                    "project_uuid": self._uuid_of(PilotProject, obj.project_id),
                    "types": ", ".join(types), "tools": ", ".join(tools)}
        if sheet == fmt.MEASUREMENTS:
            return {"enterprise_uuid": self._uuid_of(Enterprise, obj.enterprise_id),
                    "support_uuid": self._uuid_of(Support, obj.support_id),
                    "metric": self.metric_codes.get(obj.metric_id, "")}
        if sheet == fmt.ACTIVITIES:
            members = sorted(self.s.scalars(select(Enterprise.uuid).join(
                ActivityEnterprise, ActivityEnterprise.enterprise_id == Enterprise.id)
                .where(ActivityEnterprise.activity_id == obj.id)))
            return {"plan_code": self.plan_codes.get(obj.plan_id, "") if obj.plan_id else "",
                    "enterprise_uuids": " ".join(members)}
        if sheet == fmt.TASK_NOTES:
            return {"task_number": self.s.scalar(select(PlanTask.number).where(PlanTask.id == obj.task_id)) or ""}
        return {}

    def _incoming_extra(self, sheet: str, r: Record) -> dict[str, str]:
        """The incoming row's references, translated to the province's uuids (tax-code matches)."""
        if sheet == fmt.PROJECTS:
            return {"plan_code": r.get("plan_code", "")}
        if sheet == fmt.SUPPORTS:
            return {"enterprise_uuid": self._uuid_of(Enterprise, self._ref(fmt.ENTERPRISES, r["enterprise_uuid"])),
                    "project_uuid": self._uuid_of(PilotProject, self._ref(fmt.PROJECTS, r.get("project_uuid", ""))),
                    "types": ", ".join(sorted(_split(r.get("types", ""), ","))),
                    "tools": ", ".join(sorted(_split(r.get("tools", ""), ",")))}
        if sheet == fmt.MEASUREMENTS:
            return {"enterprise_uuid": self._uuid_of(Enterprise, self._ref(fmt.ENTERPRISES, r["enterprise_uuid"])),
                    "support_uuid": self._uuid_of(Support, self._ref(fmt.SUPPORTS, r.get("support_uuid", ""))),
                    "metric": r.get("metric", "")}
        if sheet == fmt.ACTIVITIES:
            members = sorted(self._uuid_of(Enterprise, self._ref(fmt.ENTERPRISES, u))
                             for u in _split(r.get("enterprise_uuids", ""), " "))
            return {"plan_code": r.get("plan_code", ""), "enterprise_uuids": " ".join(members)}
        if sheet == fmt.TASK_NOTES:
            return {"task_number": r.get("task_number", "")}
        return {}

    def _ref(self, sheet: str, incoming: str) -> int | None:
        return self._local_uuid(MODELS[sheet], sheet, incoming)

    # --- one record -----------------------------------------------------------------------------

    def _find(self, sheet: str, r: Record) -> Any:
        model = MODELS[sheet]
        obj = self.s.scalar(select(model).where(model.uuid == r["uuid"]))
        if obj is None and sheet == fmt.ENTERPRISES and r.get("tax_code"):
            obj = self.s.scalar(select(Enterprise).where(Enterprise.tax_code == taxcode.key(r["tax_code"])))
        if obj is None and sheet == fmt.PROJECTS:
            obj = self.s.scalar(select(PilotProject).where(PilotProject.code == r["code"]))
        if obj is None and sheet == fmt.INDICATORS:
            obj = self.s.scalar(select(IndicatorValue).where(
                IndicatorValue.indicator == r["indicator"], IndicatorValue.year == int(r["year"]),
                (IndicatorValue.territory_code == r["territory_code"]) if r.get("territory_code")
                else IndicatorValue.territory_code.is_(None)))
        return obj

    def _missing_reference(self, sheet: str, r: Record) -> tuple[str, str] | None:
        if sheet in (fmt.SUPPORTS, fmt.MEASUREMENTS) and self._ref(fmt.ENTERPRISES, r["enterprise_uuid"]) is None:
            return "enterprise_uuid", tr("submission", "Doanh nghiệp của dòng này không có trong tệp.")
        if sheet == fmt.SUPPORTS and r.get("project_uuid") and self._ref(fmt.PROJECTS, r["project_uuid"]) is None:
            return "project_uuid", tr("submission", "Dự án của lượt này không có trong tệp.")
        if sheet == fmt.MEASUREMENTS and r.get("support_uuid") and self._ref(fmt.SUPPORTS, r["support_uuid"]) is None:
            return "support_uuid", tr("submission", "Lượt của số đo này không có trong tệp.")
        if sheet == fmt.TASK_NOTES and self._task_id(r) is None:
            return "task_number", tr("submission", "Kế hoạch {plan} không có nhiệm vụ số {number}.").format(
                plan=self.rx.plan_code, number=r.get("task_number", ""))
        return None

    def _task_id(self, r: Record) -> int | None:
        plan_id = self.plan_ids.get(self.rx.plan_code)
        return self.s.scalar(select(PlanTask.id).where(PlanTask.plan_id == plan_id,
                                                       PlanTask.number == r.get("task_number", "")))

    def _assign(self, sheet: str, obj: Any, r: Record, names: Iterable[str]) -> None:
        plain = _PLAIN[sheet]
        for f in names:
            if f in plain:
                setattr(obj, f, _value(plain[f], r.get(f, "")))
            elif f == "plan_code":
                obj.plan_id = self.plan_ids.get(r.get("plan_code", "")) if r.get("plan_code") else None
            elif f == "enterprise_uuid":
                obj.enterprise_id = self._ref(fmt.ENTERPRISES, r["enterprise_uuid"])
            elif f == "project_uuid":
                obj.project_id = self._ref(fmt.PROJECTS, r.get("project_uuid", ""))
            elif f == "support_uuid":
                obj.support_id = self._ref(fmt.SUPPORTS, r.get("support_uuid", ""))
            elif f == "metric":
                obj.metric_id = self.metric_ids[r["metric"]]
            elif f == "task_number":
                obj.task_id = self._task_id(r)
        if sheet == fmt.ENTERPRISES:
            obj.size_class = size_class_for(self.s, obj.kind, obj.sector_code, obj.employees, obj.revenue, obj.capital)
            obj.name_folded = fold(obj.name)
            obj.search_folded = search_text(obj.name, obj.tax_code, obj.address,
                                            self.commune_names.get(obj.commune_code or ""))

    def _links(self, sheet: str, obj: Any, r: Record) -> None:
        if sheet == fmt.SUPPORTS:
            self.s.execute(delete(SupportType).where(SupportType.support_id == obj.id))
            self.s.execute(delete(SupportTool).where(SupportTool.support_id == obj.id))
            for t in _split(r.get("types", ""), ","):
                self.s.add(SupportType(support_id=obj.id, type=t))
            for t in _split(r.get("tools", ""), ","):
                self.s.add(SupportTool(support_id=obj.id, tool_id=self.tool_ids[t]))
        elif sheet == fmt.ACTIVITIES:
            self.s.execute(delete(ActivityEnterprise).where(ActivityEnterprise.activity_id == obj.id))
            ids = {self._ref(fmt.ENTERPRISES, u) for u in _split(r.get("enterprise_uuids", ""), " ")}
            for eid in sorted(i for i in ids if i is not None):
                self.s.add(ActivityEnterprise(activity_id=obj.id, enterprise_id=eid))

    def record(self, sheet: str, r: Record) -> None:
        key = fmt.ENTITY[sheet]
        sent = fmt.as_utc(datetime.fromisoformat(r["modified_at"]))
        obj = self._find(sheet, r)
        if obj is None:
            obj = MODELS[sheet](uuid=r["uuid"], modified_at=sent)
            fields = [f for f, _l in fmt.COLUMNS[sheet][2:] if f not in ("in_territory", "tax_code")
                      or (sheet == fmt.ENTERPRISES and f == "tax_code")]
            self._assign(sheet, obj, r, fields)
            if sheet == fmt.ENTERPRISES:
                obj.archived = r.get("archived") == "1"
            self.s.add(obj)
            self.s.flush()
            self._links(sheet, obj, r)
            self._log(SINGULAR[sheet], obj.uuid, [(None, None, self.rx.path.name)])
            if key in self.result.created:
                self.result.created[key] += 1
        else:
            self._compare(sheet, obj, r, sent)
        self.ids[sheet][r["uuid"]] = obj.id
        self._remember(sheet, obj, sent)

    def _compare(self, sheet: str, obj: Any, r: Record, sent: datetime) -> None:
        key = fmt.ENTITY[sheet]
        local = {f: fmt.text(getattr(obj, f)) for f in _PLAIN[sheet]}
        local.update(self._extra_text(sheet, obj))
        incoming = {f: r.get(f, "") for f in _PLAIN[sheet]}
        incoming.update(self._incoming_extra(sheet, r))
        if sheet == fmt.ENTERPRISES and not incoming.get("tax_code"):
            incoming["tax_code"] = local["tax_code"]
        diffs = [f for f in incoming if incoming[f] != local.get(f, "")]
        if not diffs:
            if key in self.result.unchanged:
                self.result.unchanged[key] += 1
            return
        local_time = fmt.as_utc(obj.modified_at)
        sources = self._sources(sheet, obj.uuid)
        mine = [s for s in sources if s.office_key == self.office_key]
        others = [s for s in sources if s.office_key != self.office_key and not s.withdrawn]
        edited_here = not mine or any(s.sent_modified_at is None or fmt.as_utc(s.sent_modified_at) != local_time
                                      for s in mine)
        contested = bool(others) or edited_here
        take = sent > local_time  # the newer modification wins
        if not contested:
            take = True
        conflicting = diffs if contested else [f for f in diffs if f == "commune_code"]
        for f in conflicting:
            kept, other = (incoming[f], local.get(f, "")) if take else (local.get(f, ""), incoming[f])
            case = ConflictCase(SINGULAR[sheet], obj.uuid, getattr(obj, "tax_code", None) if sheet == fmt.ENTERPRISES
                                else None, f, kept, other, self.office_label)
            self.result.conflicts.append(case)
            marker = (case.entity, case.uuid, f, kept, other)
            if marker not in self.known_conflicts:
                self.known_conflicts.add(marker)
                self.s.add(SubmissionConflict(submission_id=self.sub.id, entity=case.entity, record_uuid=obj.uuid,
                                              tax_code=case.tax_code, field=f, kept=kept, other=other,
                                              from_office=self.office_label, order=len(self.result.conflicts)))
        if not take:
            if key in self.result.unchanged:
                self.result.unchanged[key] += 1
            return
        old = {f: local.get(f, "") for f in diffs}
        self._assign(sheet, obj, r, diffs)
        obj.modified_at = sent
        self.s.flush()
        if any(f in ("types", "tools", "enterprise_uuids") for f in diffs):
            self._links(sheet, obj, r)
        self._log(SINGULAR[sheet], obj.uuid, [(f, old[f], incoming[f]) for f in diffs])
        if key in self.result.updated:
            self.result.updated[key] += 1

    def withdraw(self, earlier: Submission) -> None:
        gone = [src for src in self.s.scalars(select(RecordSource).where(
            RecordSource.office_key == self.office_key, RecordSource.submission_id == earlier.id,
            RecordSource.withdrawn.is_(False))) if (src.entity, src.record_uuid) not in self.touched]
        plural = {v: fmt.ENTITY[k] for k, v in SINGULAR.items()}
        for src in gone:
            src.withdrawn = True
            src.submission_id = self.sub.id
            key = plural[src.entity]
            if key in self.result.withdrawn:
                self.result.withdrawn[key] += 1
            still_sent = self.s.scalar(select(RecordSource.id).where(
                RecordSource.entity == src.entity, RecordSource.record_uuid == src.record_uuid,
                RecordSource.office_key != self.office_key, RecordSource.withdrawn.is_(False)).limit(1))
            if still_sent is not None:
                continue
            if src.entity == "support":
                sup = self.s.scalar(select(Support).where(Support.uuid == src.record_uuid))
                if sup is not None and sup.status != "cancelled":
                    record_changes(self.s, "support", sup.uuid, "withdraw", [("status", sup.status, "cancelled")])
                    sup.status = "cancelled"
            elif src.entity == "measurement":
                m = self.s.scalar(select(Measurement).where(Measurement.uuid == src.record_uuid))
                if m is not None and not m.flagged:
                    m.flagged = True
                    m.flag_reason = tr("submission", "Đơn vị đã rút số đo này trong báo cáo gửi sau.")
                    record_changes(self.s, "measurement", m.uuid, "withdraw", [("flagged", False, True)])


def _split(text: str, sep: str) -> list[str]:
    return [p.strip() for p in text.split(sep) if p.strip()]


def _ensure_plan(session: Session, rx: Received) -> None:
    if session.scalar(select(Plan.id).where(Plan.code == rx.plan_code)) is not None:
        return
    o = rx.office
    plan = Plan(uuid=o.get("plan_uuid") or None, code=rx.plan_code, title=o.get("plan_title") or rx.plan_code,
                doc_number=o.get("plan_doc_number") or None, issuer=o.get("plan_issuer") or None,
                doc_date=date.fromisoformat(o["plan_doc_date"]) if o.get("plan_doc_date") else None,
                level=o.get("plan_level") or "commune", territory_name=o.get("plan_territory_name") or None,
                territory_code=o.get("plan_territory_code") or None,
                start_year=int(o.get("plan_start_year") or rx.period.start.year),
                end_year=int(o.get("plan_end_year") or rx.period.end.year),
                template_code=o.get("plan_template") or None)
    if o.get("plan_modified_at"):
        plan.modified_at = fmt.as_utc(datetime.fromisoformat(o["plan_modified_at"]))
    session.add(plan)
    session.flush()


def read_submission(session: Session, path: str | Path) -> Received:
    """Read a package and check every row (the register import's rules and messages); raises
    InputError (exit 2) when the file is not a package, is damaged or comes from a newer version."""
    rx, _data = read_package(path)
    checker = RowChecker(session)
    for sheet in fmt.RECORD_SHEETS:
        kept, numbers = [], []
        for r, row in zip(rx.records[sheet], rx.rows_of[sheet]):
            problems = checker.check(sheet, r)
            for f, reason in problems:
                rx.rejected.append(Rejected(sheet, row, dict(fmt.COLUMNS[sheet]).get(f, f), reason))
            if not problems:
                kept.append(r)
                numbers.append(row)
        rx.records[sheet], rx.rows_of[sheet] = kept, numbers
    return rx


def import_submission(session: Session, path: str | Path, *, dry_run: bool = False, strict: bool = False,
                      progress: Progress | None = None, cancel: Cancel = None,
                      received: Received | None = None) -> SubmissionResult:
    """Import one package into the caller's transaction (see the module's notes)."""
    rx = received or read_submission(session, path)
    office = {"province": rx.office.get("province_name") or rx.office.get("province_code") or "",
              "commune": rx.office.get("commune_name") or rx.office.get("unit_name") or None}
    result = SubmissionResult(office=office, plan=rx.plan_code, period=rx.period, replaces=None,
                              rejected=list(rx.rejected), checksum_ok=rx.checksum_ok)
    if not rx.checksum_ok:
        log.info("submission checksum differs: a data sheet was edited after export")
    period = rx.period
    earlier = session.scalar(select(Submission).where(
        Submission.office_key == rx.office_key, Submission.plan_code == rx.plan_code,
        Submission.period_from == period.start, Submission.period_to == period.end,
        Submission.status != "replaced").order_by(Submission.received_at.desc(), Submission.id.desc()).limit(1))
    exported = rx.exported_at
    if earlier is not None and earlier.checksum != rx.checksum and exported is not None \
            and earlier.exported_at is not None and exported < fmt.as_utc(earlier.exported_at):
        raise InputError(tr("submission", "Tệp {path} cũ hơn báo cáo {office} đã gửi cho kỳ này; không nhập gì.")
                         .format(path=rx.path.name, office=rx.office_label),
                         hint=tr("submission", "Báo cáo gửi sau thay báo cáo gửi trước, không ngược lại."))
    claimed = {k.split(":", 1)[1]: int(v) for k, v in rx.manifest.items() if k.startswith("claimed:") and v.isdigit()}
    computed = figures(rx.records[fmt.SUPPORTS], period)
    result.claimed, result.computed = claimed, computed
    same = earlier is not None and earlier.checksum == rx.checksum
    if same:
        assert earlier is not None
        sub = earlier
    else:
        sub = Submission(office_key=rx.office_key, office_label=rx.office_label,
                         province_code=rx.office.get("province_code") or None,
                         commune_code=rx.office.get("commune_code") or None, officer=rx.office.get("officer") or None,
                         plan_code=rx.plan_code, period_from=period.start, period_to=period.end, exported_at=exported,
                         received_at=utcnow(), file_name=rx.path.name, checksum=rx.checksum,
                         checksum_ok=rx.checksum_ok, status="received", claimed=claimed, computed=computed)
        session.add(sub)
        session.flush()
        if earlier is not None:
            result.replaces = earlier.uuid
            earlier.status = "replaced"
            earlier.replaced_by_id = sub.id
    _ensure_plan(session, rx)
    imp = _Importer(session, rx, sub, result, progress, cancel)
    if cancel is not None and cancel():
        raise SubmissionCancelled(tr("submission", "Đã hủy nhận báo cáo; không có gì thay đổi."))
    if progress is not None:
        progress(0, imp.total)
    for sheet in (fmt.ENTERPRISES, fmt.PROJECTS, fmt.SUPPORTS, fmt.MEASUREMENTS, fmt.ACTIVITIES, fmt.TASK_NOTES,
                  fmt.INDICATORS):
        for r, row in zip(rx.records[sheet], rx.rows_of[sheet]):
            missing = imp._missing_reference(sheet, r)
            if missing is not None:
                result.rejected.append(Rejected(sheet, row, dict(fmt.COLUMNS[sheet]).get(missing[0], missing[0]),
                                                missing[1]))
            else:
                imp.record(sheet, r)
            imp._step()
    if earlier is not None and not same:
        imp.withdraw(earlier)
    imp.flush_history()
    session.flush()
    result.rejected.sort(key=lambda p: (fmt.RECORD_SHEETS.index(p.sheet) if p.sheet in fmt.RECORD_SHEETS else 0,
                                        p.row))
    result.written = not dry_run and not (strict and result.rejected)
    return result
