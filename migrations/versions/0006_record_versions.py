"""Optimistic locking: a version number on enterprises, supports (lượt), pilot projects and targets.

Every update of one of these records checks the version it read and adds one
(SQLAlchemy's ``version_id_col``): when two officers edit the same record on a shared
PostgreSQL server, the second save finds another version and is refused instead of silently
overwriting the first. Existing records start at version 1.

Revision ID: 0006_record_versions
Revises: 0005_pg_search_words
Create Date: 2026-12-03 15:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_record_versions"
down_revision = "0005_pg_search_words"
branch_labels = None
depends_on = None

TABLES = ("enterprises", "supports", "pilot_projects", "targets")


# Plain ALTER TABLE … ADD/DROP COLUMN on both backends (SQLite supports both in place): a batch
# rebuild of enterprises would drop the search index triggers of 0002.


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    for table in TABLES:
        op.drop_column(table, "version")
