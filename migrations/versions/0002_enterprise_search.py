"""Accent-insensitive word-prefix search over enterprises.

SQLite: an FTS5 index over the folded search column, kept in step by triggers.
PostgreSQL: a GIN index over to_tsvector('simple', search_folded), queried with prefix terms.

Revision ID: 0002_enterprise_search
Revises: 0001_initial
Create Date: 2026-11-22 03:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0002_enterprise_search"
down_revision = "0001_initial"
branch_labels = None
depends_on = None

SQLITE_UP = [
    """CREATE VIRTUAL TABLE enterprises_fts USING fts5(
        search_folded, content='enterprises', content_rowid='id', prefix='1 2 3')""",
    """CREATE TRIGGER enterprises_fts_ai AFTER INSERT ON enterprises BEGIN
        INSERT INTO enterprises_fts(rowid, search_folded) VALUES (new.id, new.search_folded);
    END""",
    """CREATE TRIGGER enterprises_fts_ad AFTER DELETE ON enterprises BEGIN
        INSERT INTO enterprises_fts(enterprises_fts, rowid, search_folded)
        VALUES ('delete', old.id, old.search_folded);
    END""",
    """CREATE TRIGGER enterprises_fts_au AFTER UPDATE OF search_folded ON enterprises BEGIN
        INSERT INTO enterprises_fts(enterprises_fts, rowid, search_folded)
        VALUES ('delete', old.id, old.search_folded);
        INSERT INTO enterprises_fts(rowid, search_folded) VALUES (new.id, new.search_folded);
    END""",
    "INSERT INTO enterprises_fts(enterprises_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    "DROP TRIGGER IF EXISTS enterprises_fts_au",
    "DROP TRIGGER IF EXISTS enterprises_fts_ad",
    "DROP TRIGGER IF EXISTS enterprises_fts_ai",
    "DROP TABLE IF EXISTS enterprises_fts",
]
PG_UP = [
    "CREATE INDEX ix_enterprises_search_tsv ON enterprises USING gin (to_tsvector('simple', search_folded))",
]
PG_DOWN = ["DROP INDEX IF EXISTS ix_enterprises_search_tsv"]


def _run(statements: list[str]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    with op.batch_alter_table("enterprises") as batch_op:
        batch_op.create_index("ix_enterprises_archived_name", ["archived", "name_folded", "id"], unique=False)
    _run(SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP)


def downgrade() -> None:
    _run(SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN)
    with op.batch_alter_table("enterprises") as batch_op:
        batch_op.drop_index("ix_enterprises_archived_name")
