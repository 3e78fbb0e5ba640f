"""Personal data of an enterprise's representative (Law on Personal Data Protection 91/2025/QH15).

The register holds one person's data per enterprise: the representative's name, phone and email.
:func:`erase` removes them from the enterprise and from its change history (the old and new values
of those fields), and records the erasure itself without any value. On SQLite the freed pages are
zeroed (``secure_delete``) so the values do not linger in the file. :func:`erase_in_backups` does the
same in every backup beside the database, each rewritten whole (temporary copy, check, rename).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from nsdesk.errors import KnownError
from nsdesk.i18n import tr
from nsdesk.models import Change, Enterprise

PERSONAL_FIELDS = ("representative", "phone", "email")
ERASE_ACTION = "erase"


def find(session: Session, enterprise: Enterprise | int | str) -> Enterprise:
    """An enterprise by object, id or tax code."""
    if isinstance(enterprise, Enterprise):
        return enterprise
    if isinstance(enterprise, int):
        ent = session.get(Enterprise, enterprise)
    else:
        ent = session.scalar(select(Enterprise).where(Enterprise.tax_code == str(enterprise).strip()))
    if ent is None:
        raise KnownError(tr("personal", "Không tìm thấy doanh nghiệp {which}.").format(which=enterprise))
    return ent


def erase(session: Session, enterprise: Enterprise | int | str) -> dict[str, Any]:
    """Erase the representative's name, phone and email of one enterprise, history included.

    Returns {"uuid", "fields" (erased, non-empty before), "history_entries" (cleared)}.
    """
    from nsdesk.services.common.office import get_office

    ent = find(session, enterprise)
    bind = session.get_bind()
    if bind.dialect.name == "sqlite":
        session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
    had = [f for f in PERSONAL_FIELDS if getattr(ent, f)]
    for f in PERSONAL_FIELDS:
        setattr(ent, f, None)
    session.flush()
    cleared = cast("CursorResult[Any]", session.execute(
        update(Change).where(Change.entity == "enterprise", Change.entity_uuid == ent.uuid,
                             Change.field.in_(PERSONAL_FIELDS),
                             (Change.old_value.is_not(None)) | (Change.new_value.is_not(None)))
        .values(old_value=None, new_value=None))).rowcount
    officer = get_office(session).officer_name
    session.add(Change(officer=officer, entity="enterprise", entity_uuid=ent.uuid, action=ERASE_ACTION,
                       field=None, old_value=None, new_value=None))
    session.flush()
    return {"uuid": ent.uuid, "fields": had, "history_entries": cleared}


_ERASE_SQL = (
    "UPDATE enterprises SET representative = NULL, phone = NULL, email = NULL WHERE uuid = ?",
    "UPDATE changes SET old_value = NULL, new_value = NULL WHERE entity = 'enterprise' AND entity_uuid = ? "
    "AND field IN ('representative', 'phone', 'email')",
)


def erase_in_backups(database: Path, uuid: str) -> int:
    """Erase the same data of enterprise ``uuid`` in every backup of ``database``; returns how many
    backups were rewritten. Each is copied to a temporary file, erased, vacuumed, checked, renamed."""
    from nsdesk.files import TEMP_PREFIX
    from nsdesk.services.common import backups

    done = 0
    for b in backups.list_backups(database):
        tmp = b.path.with_name(f"{TEMP_PREFIX}{os.getpid()}-{b.path.name}")
        try:
            backups.copy_database(b.path, tmp)
            conn = sqlite3.connect(tmp)
            try:
                conn.execute("PRAGMA secure_delete = ON")
                with conn:
                    for sql in _ERASE_SQL:
                        conn.execute(sql, (uuid,))
                conn.execute("VACUUM")
            finally:
                conn.close()
            if backups.quick_check(tmp) is not None:
                raise sqlite3.DatabaseError("erased copy failed its check")
            os.replace(tmp, b.path)
            done += 1
        finally:
            tmp.unlink(missing_ok=True)
    return done
