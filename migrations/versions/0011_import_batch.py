"""Lượt and measurements: the import that created them (``import_batch``).

An import of a million measurements wrote a million "created" rows into the change history so
that undo could find what to delete. Now a created lượt or measurement carries the import's id
(the same ``Change.batch``) and the import writes one history row per kind of record; undo
deletes ``WHERE import_batch = …``. Updates keep one history row per field (old → new), as
before. Older imports (history rows per record) undo as before.

The column is not indexed: undo reads it once per import, and every bulk insert would pay for
an index.

Revision ID: 0011_import_batch
Revises: 0010_name_collation
Create Date: 2026-12-03 20:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_import_batch"
down_revision = "0010_name_collation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("supports", "measurements"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("import_batch", sa.String(length=36), nullable=True))


def downgrade() -> None:
    for table in ("supports", "measurements"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("import_batch")
