"""Vietnamese name order in SQL: ``enterprises.name_sort``, a name-order key that follows it, and
``admin_units.name_sort`` (the register sorted by commune).

Until now the register sorted names by their accent-free fold, so "Ba", "Bà" and "Bá" tied (and
came out by id) and the order differed from every list sorted in Python. ``name_sort`` stores the
Vietnamese collation key of the name (``text.sort_key``: Đ after D, ă/â after a, tones in
dictionary order, case last) as text compared byte-wise ("C" collation on PostgreSQL); the
name-order key ``name_key`` (the FTS5 rowid on SQLite, migration 0004) is renumbered to follow
(name_sort, id), and the register's default view reads the (archived, name_key) index.

Revision ID: 0010_name_collation
Revises: 0009_submissions
Create Date: 2026-12-03 17:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_name_collation"
down_revision = "0009_submissions"
branch_labels = None
depends_on = None

GAP = 1 << 32
CHUNK = 5000

DROP_FTS = [
    "DROP TRIGGER IF EXISTS enterprises_fts_au",
    "DROP TRIGGER IF EXISTS enterprises_fts_ad",
    "DROP TRIGGER IF EXISTS enterprises_fts_ai",
    "DROP TABLE IF EXISTS enterprises_fts",
]

# As migration 0004 left it: the FTS5 index's rowid is the name-order key.
CREATE_FTS = [
    """CREATE VIRTUAL TABLE enterprises_fts USING fts5(
        search_folded, content='enterprises', content_rowid='name_key', prefix='1 2 3 4 5 6')""",
    """CREATE TRIGGER enterprises_fts_ai AFTER INSERT ON enterprises BEGIN
        INSERT INTO enterprises_fts(rowid, search_folded) VALUES (new.name_key, new.search_folded);
    END""",
    """CREATE TRIGGER enterprises_fts_ad AFTER DELETE ON enterprises BEGIN
        INSERT INTO enterprises_fts(enterprises_fts, rowid, search_folded)
        VALUES ('delete', old.name_key, old.search_folded);
    END""",
    """CREATE TRIGGER enterprises_fts_au AFTER UPDATE OF search_folded, name_key
        ON enterprises BEGIN
        INSERT INTO enterprises_fts(enterprises_fts, rowid, search_folded)
        VALUES ('delete', old.name_key, old.search_folded);
        INSERT INTO enterprises_fts(rowid, search_folded) VALUES (new.name_key, new.search_folded);
    END""",
    "INSERT INTO enterprises_fts(enterprises_fts) VALUES ('rebuild')",
]


def _run(statements: list[str]) -> None:
    for sql in statements:
        op.execute(sql)


def _renumber(order: str) -> None:
    """Give every enterprise a fresh name-order key GAP apart, in the given order."""
    bind = op.get_bind()
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM enterprises ORDER BY {order}"))]
    op.drop_index("ix_enterprises_name_key", table_name="enterprises")
    for start in range(0, len(ids), CHUNK):
        bind.execute(sa.text("UPDATE enterprises SET name_key = :k WHERE id = :i"),
                     [{"k": (start + n + 1) * GAP, "i": i} for n, i in enumerate(ids[start:start + CHUNK])])
    op.create_index("ix_enterprises_name_key", "enterprises", ["name_key"], unique=True)


def upgrade() -> None:
    from nsdesk.models.collation import sort_key

    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        _run(DROP_FTS)
    kind = sa.Text() if sqlite else sa.Text(collation="C")
    op.add_column("enterprises", sa.Column("name_sort", kind, nullable=False, server_default=""))
    rows = bind.execute(sa.text("SELECT id, name FROM enterprises")).all()
    for start in range(0, len(rows), CHUNK):
        bind.execute(sa.text("UPDATE enterprises SET name_sort = :s WHERE id = :i"),
                     [{"s": sort_key(name), "i": i} for i, name in rows[start:start + CHUNK]])
    op.create_index("ix_enterprises_name_sort", "enterprises", ["name_sort", "id"])
    _renumber("name_sort, id")
    op.drop_index("ix_enterprises_archived_name", table_name="enterprises")
    op.create_index("ix_enterprises_archived_name_key", "enterprises", ["archived", "name_key"])
    if sqlite:
        _run(CREATE_FTS)
    _admin_units_upgrade()


def _admin_units_upgrade() -> None:
    """Communes and provinces: the reading key of the name without "Xã"/"Phường" (register's commune sort)."""
    from nsdesk.services.common.admin_units import reading_key

    bind = op.get_bind()
    kind = sa.Text() if bind.dialect.name == "sqlite" else sa.Text(collation="C")
    op.add_column("admin_units", sa.Column("name_sort", kind, nullable=False, server_default=""))
    rows = bind.execute(sa.text("SELECT code, name FROM admin_units")).all()
    for start in range(0, len(rows), CHUNK):
        bind.execute(sa.text("UPDATE admin_units SET name_sort = :s WHERE code = :c"),
                     [{"s": reading_key(name), "c": code} for code, name in rows[start:start + CHUNK]])


def downgrade() -> None:
    op.drop_column("admin_units", "name_sort")
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _run(DROP_FTS)
    op.drop_index("ix_enterprises_archived_name_key", table_name="enterprises")
    op.create_index("ix_enterprises_archived_name", "enterprises", ["archived", "name_folded", "id"])
    _renumber("name_folded, id" if sqlite else 'name_folded COLLATE "C", id')
    op.drop_index("ix_enterprises_name_sort", table_name="enterprises")
    op.drop_column("enterprises", "name_sort")
    if sqlite:
        _run(CREATE_FTS)
