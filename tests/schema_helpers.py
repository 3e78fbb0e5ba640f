"""Databases at an older revision of the migration chain, for upgrade tests."""

from __future__ import annotations

from alembic import command

from nsdesk.db import Database
from nsdesk.services.common import schema


def migrate_to(db: Database, revision: str) -> None:
    """Bring ``db`` (empty or older) to ``revision``, without the app's checks and backup."""
    cfg = schema.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
