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
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Measurement, Plan, RecordSource, Submission, Support, utcnow
from nsdesk.services.common.limits import limits_of, too_long
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.consolidation.fields import (
    _PLAIN,
    COUNTED,
    MODELS,
    SINGULAR,
    ConflictCase,
    SubmissionCancelled,
    _counts,
    _value,
)
from nsdesk.services.consolidation.package import figures
from nsdesk.services.consolidation.reading import Received, Rejected, RowChecker, read_package
from nsdesk.services.consolidation.records import Cancel, Importer, Progress, _chunks

log = logging.getLogger(__name__)

__all__ = ["COUNTED", "MODELS", "SINGULAR", "_PLAIN", "ConflictCase", "SubmissionCancelled", "SubmissionResult",
           "_value", "import_submission", "read_submission"]


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


def _withdraw(imp: Importer, earlier: Submission) -> None:
    """Mark what the earlier submission sent and this one no longer does as withdrawn; a withdrawn
    lượt no other office still sends is cancelled, a withdrawn measurement flagged."""
    t = RecordSource.__table__
    gone = [(i, entity, uuid) for i, entity, uuid in imp.s.execute(select(t.c.id, t.c.entity, t.c.record_uuid).where(
        t.c.office_key == imp.office_key, t.c.submission_id == earlier.id, t.c.withdrawn.is_(False)))
        if (entity, uuid) not in imp.touched]
    if not gone:
        return
    imp.s.execute(update(t).where(t.c.id == bindparam("_id")).values(withdrawn=True, submission_id=imp.sub_id),
                   [{"_id": i} for i, _e, _u in gone])
    plural = {v: fmt.ENTITY[k] for k, v in SINGULAR.items()}
    for _i, entity, _u in gone:
        key = plural[entity]
        if key in imp.result.withdrawn:
            imp.result.withdrawn[key] += 1
    for entity, model in (("support", Support), ("measurement", Measurement)):
        uuids = sorted(u for _i, e, u in gone if e == entity)
        still: set[str] = set()
        for chunk in _chunks(uuids):
            still.update(imp.s.scalars(select(t.c.record_uuid).where(
                t.c.entity == entity, t.c.record_uuid.in_(chunk), t.c.office_key != imp.office_key,
                t.c.withdrawn.is_(False))))
        alone = [u for u in uuids if u not in still]
        mt = model.__table__
        for chunk in _chunks(alone):
            if entity == "support":
                cancelled = imp.s.execute(select(mt.c.id, mt.c.uuid, mt.c.status).where(
                    mt.c.uuid.in_(chunk), mt.c.status != "cancelled")).all()
                if cancelled:
                    imp.s.execute(update(mt).where(mt.c.id.in_([r.id for r in cancelled]))
                                   .values(status="cancelled", version=mt.c.version + 1))
                for r in cancelled:
                    imp._log("support", r.uuid, "withdraw", [("status", r.status, "cancelled")])
            else:
                flagged = imp.s.execute(select(mt.c.id, mt.c.uuid).where(
                    mt.c.uuid.in_(chunk), mt.c.flagged.is_(False))).all()
                if flagged:
                    imp.s.execute(update(mt).where(mt.c.id.in_([r.id for r in flagged])).values(
                        flagged=True, flag_reason=tr("submission", "Đơn vị đã rút số đo này trong báo cáo gửi sau.")))
                for m in flagged:
                    imp._log("measurement", m.uuid, "withdraw", [("flagged", False, True)])


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


def _limits(sheet: str) -> dict[str, int]:
    """Maximum characters of the sheet's text fields (written in bulk, so checked here, not at flush)."""
    limits = limits_of(MODELS[sheet])
    return {f: limits[f] for f, kind in _PLAIN[sheet].items() if kind == "str" and f in limits}


def _identity(sheet: str, r: dict[str, str]) -> list[tuple[str, str]]:
    """What must not repeat within a sheet: (field, value) — the uuid; an enterprise's tax code, a project's code."""
    out = [("uuid", r["uuid"])]
    if sheet == fmt.ENTERPRISES and r.get("tax_code"):
        out.append(("tax_code", r["tax_code"]))  # normalised by the row check
    elif sheet == fmt.PROJECTS and r.get("code"):
        out.append(("code", r["code"]))
    return out


def read_submission(session: Session, path: str | Path) -> Received:
    """Read a package and check every row (the register import's rules and messages); raises
    InputError (exit 2) when the file is not a package, is damaged or comes from a newer version."""
    rx, _data = read_package(path)
    checker = RowChecker(session)
    for sheet in fmt.RECORD_SHEETS:
        kept, numbers = [], []
        limits = _limits(sheet)
        seen: dict[tuple[str, str], int] = {}
        for r, row in zip(rx.records[sheet], rx.rows_of[sheet]):
            problems = checker.check(sheet, r)
            for f, limit in limits.items():
                message = too_long(r.get(f), limit)
                if message:
                    problems.append((f, message))
            if not problems:
                for f, value in _identity(sheet, r):
                    first = seen.setdefault((f, value), row)
                    if first != row:
                        problems.append((f, tr("submission", "Trùng với dòng {row}: \"{value}\" chỉ được có một lần.")
                                         .format(row=first, value=value)))
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
    imp = Importer(session, rx, sub, result, progress, cancel)
    if cancel is not None and cancel():
        raise SubmissionCancelled(tr("submission", "Đã hủy nhận báo cáo; không có gì thay đổi."))
    if progress is not None:
        progress(0, imp.total)
    imp.run()
    if earlier is not None and not same:
        _withdraw(imp, earlier)
    imp.flush_history()
    session.flush()
    result.rejected.sort(key=lambda p: (fmt.RECORD_SHEETS.index(p.sheet) if p.sheet in fmt.RECORD_SHEETS else 0,
                                        p.row))
    result.written = not dry_run and not (strict and result.rejected)
    return result
