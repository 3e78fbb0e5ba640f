"""What ``nsdesk info`` reports: where the database is, its schema revision, counts per table."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nsdesk.db import Database
from nsdesk.models import Base
from nsdesk.services.common import schema
from nsdesk.services.common.office import get_office


def table_counts(session: Session) -> dict[str, int]:
    return {
        name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for name, table in sorted(Base.metadata.tables.items())
    }


def describe(db: Database, session: Session) -> dict[str, Any]:
    """What ``nsdesk info`` shows; the damaged-file DatabaseError when the file is damaged."""
    schema.require_sound(db)
    office = get_office(session)
    return {
        "database": db.describe(),
        "backend": db.engine.dialect.name,
        "schema_revision": schema.current_revision(db),
        "head_revision": schema.head_revision(),
        "counts": table_counts(session),
        "office": {
            "province_code": office.province_code, "province": office.province_name,
            "commune_code": office.commune_code, "commune": office.commune_name,
            "unit_name": office.unit_name, "officer": office.officer_name,
        },
    }
