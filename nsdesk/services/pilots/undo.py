"""Undoing the last import (enterprises, lượt or measurements) from the change history.

Every change an import writes carries the import's id (``Change.batch``): one row per field it
updated (old → new); for the records it created, one "import" row per record (enterprises, and
imports before migration 0011), or one row per kind with ``field`` = :data:`BATCH_FIELD` when the
created lượt or measurements carry the import's id in their ``import_batch`` column. Undoing deletes the records it
created and puts the old values back in the fields it updated — but only while nothing later has
touched the same records: a later change of one of them, or a record of another import or form
pointing at one it created (a lượt of an imported enterprise), refuses the undo with a message
saying what; nothing is changed then. An undone import is marked in the history, so the next undo
takes the import before it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, delete, func, or_, select, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import (
    ActivityEnterprise,
    Change,
    Enterprise,
    Measurement,
    Metric,
    Support,
    SupportTool,
    SupportType,
    utcnow,
)
from nsdesk.services.common.office import get_office

_CHUNK = 5000
#: ``Change.field`` of an import's one history row for all the records of a kind it created, which
#: carry the import's id in ``import_batch`` (lượt, measurements).
BATCH_FIELD = "import_batch"
_TABLES = {"enterprise": Enterprise, "support": Support, "measurement": Measurement}
ENTITY_LABELS = {"enterprise": "doanh nghiệp", "support": "lượt hỗ trợ", "measurement": "số liệu đo"}


@dataclass
class UndoResult:
    batch: str
    source: str | None  # the imported file's name
    at: str  # when the import ran (ISO)
    deleted: dict[str, int] = field(default_factory=dict)  # entity → records removed
    restored: dict[str, int] = field(default_factory=dict)  # entity → records whose old values came back

    def to_json(self) -> dict[str, Any]:
        return {"batch": self.batch, "file": self.source, "imported_at": self.at,
                "deleted": dict(self.deleted), "restored": dict(self.restored)}

    def summary(self) -> str:
        parts = [f"xóa {n} {ENTITY_LABELS[e]}" for e, n in self.deleted.items() if n]
        parts += [f"khôi phục {n} {ENTITY_LABELS[e]}" for e, n in self.restored.items() if n]
        return tr("undo", "Đã hoàn tác lần nhập tệp {file}: {what}.").format(
            file=self.source or "", what=", ".join(parts) or tr("undo", "không có gì cần đổi"))


@dataclass(frozen=True)
class LastImport:
    batch: str
    source: str | None
    at: str
    records: int


def _undone() -> Select[str]:
    """The ids of the imports already undone (a select)."""
    return select(Change.entity_uuid).where(Change.entity == "import", Change.action == "undo")


def last_import(session: Session) -> LastImport | None:
    """The newest import not undone yet, or None."""
    undone = _undone()
    row = session.execute(select(Change.batch, func.max(Change.id)).where(Change.batch.is_not(None),
                                                                           Change.batch.not_in(undone))
                          .group_by(Change.batch).order_by(func.max(Change.id).desc()).limit(1)).first()
    if row is None:
        return None
    batch = row[0]
    assert batch is not None  # selected where the batch is set
    first = session.execute(select(Change.at, Change.new_value).where(
        Change.batch == batch, or_(Change.field.is_(None), Change.field == BATCH_FIELD)).order_by(Change.id).limit(1)).first()
    at = session.scalar(select(func.min(Change.at)).where(Change.batch == batch))
    n = session.scalar(select(func.count(func.distinct(Change.entity_uuid))).where(
        Change.batch == batch, or_(Change.field.is_(None), Change.field != BATCH_FIELD))) or 0
    for entity in session.scalars(select(Change.entity).where(Change.batch == batch, Change.field == BATCH_FIELD)):
        t = _TABLES[entity].__table__
        n += session.scalar(select(func.count()).select_from(t).where(t.c.import_batch == batch)) or 0
    return LastImport(batch, first[1] if first else None, at.isoformat() if at else "", n)


def _batch_records(session: Session, entity: str, batch: str) -> dict[str, int]:
    """uuid → id of the records of ``entity`` an import created (those carrying its id)."""
    t = _TABLES[entity].__table__
    return dict(session.execute(select(t.c.uuid, t.c.id).where(t.c.import_batch == batch)).all())


def _uuids_in(session: Session, model: type[Any], uuids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    t = model.__table__
    for i in range(0, len(uuids), _CHUNK):
        out.update(dict(session.execute(select(t.c.uuid, t.c.id).where(t.c.uuid.in_(uuids[i:i + _CHUNK]))).all()))
    return out


def _count_in(session: Session, column: InstrumentedAttribute[Any], ids: list[int],
              *extra: ColumnElement[bool]) -> int:
    n = 0
    for i in range(0, len(ids), _CHUNK):
        n += session.scalar(select(func.count()).select_from(column.table)  # a count: never None
                            .where(column.in_(ids[i:i + _CHUNK]), *extra)) or 0
    return n


def _refuse(reason: str) -> None:
    raise InputError(tr("undo", "Không hoàn tác được lần nhập gần nhất: {reason}.").format(reason=reason),
                     hint=tr("undo", "Sửa lại từng bản ghi bằng tay nếu cần; chưa có gì bị thay đổi."))


def undo_last_import(session: Session, batch: str | None = None) -> UndoResult:
    """Undo the newest import in the caller's transaction; InputError (nothing changed) when it cannot.

    ``batch``: only if that import (the one a wizard just ran) is still the newest.
    """
    last = last_import(session)
    if last is None:
        raise InputError(tr("undo", "Chưa có lần nhập nào để hoàn tác."))
    if batch is not None and last.batch != batch:
        _refuse(tr("undo", "đã có lần nhập khác sau lần này"))
    changes = session.execute(select(Change.id, Change.entity, Change.entity_uuid, Change.field, Change.old_value,
                                     Change.new_value).where(Change.batch == last.batch).order_by(Change.id)).all()
    last_id = max(c.id for c in changes)
    created: dict[str, list[str]] = {}
    in_batch: dict[str, dict[str, int]] = {}  # entity → uuid → id of the records carrying the batch
    updated: dict[str, dict[str, list[tuple[str, str | None]]]] = {}
    for c in changes:
        if c.field == BATCH_FIELD:
            in_batch[c.entity] = found = _batch_records(session, c.entity, last.batch)
            created.setdefault(c.entity, []).extend(found)
        elif c.field is None:
            created.setdefault(c.entity, []).append(c.entity_uuid)
        else:
            updated.setdefault(c.entity, {}).setdefault(c.entity_uuid, []).append((c.field, c.old_value))
    every = [u for us in created.values() for u in us] + [u for d in updated.values() for u in d]
    later = 0
    for i in range(0, len(every), _CHUNK):
        later += session.scalar(select(func.count(func.distinct(Change.entity_uuid))).where(  # a count: never None
            Change.id > last_id, Change.entity_uuid.in_(every[i:i + _CHUNK]), Change.action != "undo",
            or_(Change.batch.is_(None), Change.batch.not_in(_undone())))) or 0
    if later:
        _refuse(tr("undo", "{n} bản ghi của lần nhập đã được sửa sau đó").format(n=later))
    ids = {e: list(in_batch[e].values()) if e in in_batch and len(in_batch[e]) == len(us)
           else list(_uuids_in(session, _TABLES[e], us).values()) for e, us in created.items()}
    mine = {e: set(v) for e, v in ids.items()}
    if ids.get("enterprise"):
        e_ids = ids["enterprise"]
        refs = _count_in(session, Support.enterprise_id, e_ids) + _count_in(
            session, Measurement.enterprise_id, e_ids,
            Measurement.id.not_in(list(mine.get("measurement", set())) or [-1])) + _count_in(
            session, ActivityEnterprise.enterprise_id, e_ids)
        if refs:
            _refuse(tr("undo", "đã có lượt hỗ trợ, số liệu hoặc hoạt động ghi cho doanh nghiệp được nhập"))
    if ids.get("support"):
        s_ids = ids["support"]
        typed = _count_in(session, Measurement.support_id, s_ids,
                          Measurement.metric_id.in_(select(Metric.id).where(Metric.computed_from.is_(None))))
        if typed:
            _refuse(tr("undo", "đã có số liệu đo ghi cho lượt hỗ trợ được nhập"))
    result = UndoResult(last.batch, last.source, last.at)
    before = session.scalar(select(func.max(Change.id))) or 0
    slots: set[tuple[Any, ...]] = set()
    # measurements first (they point at lượt and enterprises), then lượt, then enterprises
    if ids.get("measurement"):
        m_ids = ids["measurement"]
        t = Measurement.__table__
        for i in range(0, len(m_ids), _CHUNK):
            chunk = m_ids[i:i + _CHUNK]
            slots.update(tuple(r) for r in session.execute(select(
                t.c.enterprise_id, t.c.support_id, t.c.metric_id, t.c.phase, t.c.measured_on).where(t.c.id.in_(chunk))))
            session.execute(delete(t).where(t.c.id.in_(chunk)))
        result.deleted["measurement"] = len(m_ids)
    if ids.get("support"):
        s_ids = ids["support"]
        for i in range(0, len(s_ids), _CHUNK):
            chunk = s_ids[i:i + _CHUNK]
            session.execute(delete(Measurement).where(Measurement.support_id.in_(chunk)))  # computed values only
            session.execute(delete(SupportType).where(SupportType.support_id.in_(chunk)))
            session.execute(delete(SupportTool).where(SupportTool.support_id.in_(chunk)))
            session.execute(delete(Support).where(Support.id.in_(chunk)))
        result.deleted["support"] = len(s_ids)
    if ids.get("enterprise"):
        e_ids = ids["enterprise"]
        for i in range(0, len(e_ids), _CHUNK):
            session.execute(delete(Enterprise).where(Enterprise.id.in_(e_ids[i:i + _CHUNK])))
        result.deleted["enterprise"] = len(e_ids)
    for entity, by_uuid in updated.items():
        result.restored[entity] = _restore(session, entity, by_uuid, slots)
    if slots:
        from nsdesk.services.pilots.measurements import refresh_after_import

        refresh_after_import(session, slots)
    session.flush()
    # The services record the restored values as updates: they are this undo, not later edits.
    session.execute(update(Change).where(Change.id > before).values(action="undo"))
    session.add(Change(at=utcnow(), officer=get_office(session).officer_name, entity="import",
                       entity_uuid=last.batch, action="undo", new_value=last.source))
    session.flush()
    session.expire_all()
    return result


def _restore(session: Session, entity: str, by_uuid: dict[str, list[tuple[str, str | None]]],
             slots: set[tuple[Any, ...]]) -> int:
    """Put the old values back (through each domain's service, which records the change)."""
    found = _uuids_in(session, _TABLES[entity], list(by_uuid))
    n = 0
    for uuid, fields in by_uuid.items():
        rid = found.get(uuid)
        if rid is None:
            continue
        old = dict(fields)  # a field updated once per import
        if entity == "enterprise":
            from nsdesk.services.register import enterprises

            enterprises.update(session, rid, {f: _typed(Enterprise, f, v) for f, v in old.items()})
        elif entity == "support":
            from nsdesk.services.pilots import supports

            data = {f: (v.split(", ") if v else []) if f == "types" else _typed(Support, f, v) for f, v in old.items()}
            supports.update_support(session, rid, data)
        else:
            m = session.get(Measurement, rid)
            assert m is not None  # its id was just read
            for f, v in old.items():
                setattr(m, f, _typed(Measurement, f, v))
            m.modified_at = utcnow()
            slots.add((m.enterprise_id, m.support_id, m.metric_id, m.phase, m.measured_on))
        n += 1
    session.flush()
    return n


def _typed(model: type[Any], field_name: str, value: str | None) -> Any:
    """A history text back to the column's type."""
    if value is None:
        return None
    column = model.__table__.c[field_name]
    python_type = column.type.python_type
    if python_type is int:
        return int(float(value))
    if python_type is float:
        return float(value)
    if python_type is date:
        return date.fromisoformat(value)
    return value


__all__ = ["BATCH_FIELD", "ENTITY_LABELS", "LastImport", "UndoResult", "last_import", "undo_last_import"]
