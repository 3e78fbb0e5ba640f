"""Name-order key: the register's search streams its first page in name order.

Every enterprise gets ``name_key``, an integer that follows (name_folded, id) with gaps (see
nsdesk/models/name_order.py). On SQLite the FTS5 index is rebuilt with that key as its rowid, so
``MATCH … ORDER BY rowid LIMIT 200`` reads one page of the index instead of every match; its
prefix index now covers word prefixes of 1 to 6 letters (most Vietnamese syllables folded), so
typing a whole word ("tnhh", "nguyen") streams too.

Revision ID: 0004_name_order_key
Revises: 0003_target_rule_text
Create Date: 2026-11-22 08:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_name_order_key"
down_revision = "0003_target_rule_text"
branch_labels = None
depends_on = None

GAP = 1 << 32

DROP_FTS = [
    "DROP TRIGGER IF EXISTS enterprises_fts_au",
    "DROP TRIGGER IF EXISTS enterprises_fts_ad",
    "DROP TRIGGER IF EXISTS enterprises_fts_ai",
    "DROP TABLE IF EXISTS enterprises_fts",
]


def _fts(rowid: str, prefix: str) -> list[str]:
    return [
        f"""CREATE VIRTUAL TABLE enterprises_fts USING fts5(
            search_folded, content='enterprises', content_rowid='{rowid}', prefix='{prefix}')""",
        f"""CREATE TRIGGER enterprises_fts_ai AFTER INSERT ON enterprises BEGIN
            INSERT INTO enterprises_fts(rowid, search_folded) VALUES (new.{rowid}, new.search_folded);
        END""",
        f"""CREATE TRIGGER enterprises_fts_ad AFTER DELETE ON enterprises BEGIN
            INSERT INTO enterprises_fts(enterprises_fts, rowid, search_folded)
            VALUES ('delete', old.{rowid}, old.search_folded);
        END""",
        f"""CREATE TRIGGER enterprises_fts_au AFTER UPDATE OF search_folded{', ' + rowid if rowid != 'id' else ''}
            ON enterprises BEGIN
            INSERT INTO enterprises_fts(enterprises_fts, rowid, search_folded)
            VALUES ('delete', old.{rowid}, old.search_folded);
            INSERT INTO enterprises_fts(rowid, search_folded) VALUES (new.{rowid}, new.search_folded);
        END""",
        "INSERT INTO enterprises_fts(enterprises_fts) VALUES ('rebuild')",
    ]


def _run(statements: list[str]) -> None:
    for sql in statements:
        op.execute(sql)


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    if sqlite:
        _run(DROP_FTS)
    with op.batch_alter_table("enterprises") as batch_op:
        batch_op.add_column(sa.Column("name_key", sa.BigInteger(), nullable=True))
    order = "name_folded, id" if sqlite else 'name_folded COLLATE "C", id'
    ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM enterprises ORDER BY {order}"))]
    if ids:
        bind.execute(sa.text("UPDATE enterprises SET name_key = :k WHERE id = :i"),
                     [{"k": (n + 1) * GAP, "i": i} for n, i in enumerate(ids)])
    with op.batch_alter_table("enterprises") as batch_op:
        batch_op.alter_column("name_key", existing_type=sa.BigInteger(), nullable=False)
        batch_op.create_index("ix_enterprises_name_key", ["name_key"], unique=True)
    if sqlite:
        _run(_fts("name_key", "1 2 3 4 5 6"))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _run(DROP_FTS)
    with op.batch_alter_table("enterprises") as batch_op:
        batch_op.drop_index("ix_enterprises_name_key")
        batch_op.drop_column("name_key")
    if sqlite:
        _run(_fts("id", "1 2 3"))
