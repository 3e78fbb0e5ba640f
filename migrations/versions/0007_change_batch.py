"""Change history: the import a change belongs to (``batch``), so the last import can be undone.

Every change row written by an import (enterprises, lượt, measurements) carries the import's
id; other changes leave it empty.

Revision ID: 0007_change_batch
Revises: 0006_record_versions
Create Date: 2026-12-03 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_change_batch"
down_revision = "0006_record_versions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.add_column(sa.Column("batch", sa.String(length=36), nullable=True))
        batch_op.create_index(batch_op.f("ix_changes_batch"), ["batch"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_changes_batch"))
        batch_op.drop_column("batch")
