"""Submissions register, record provenance and conflicts: the province consolidates what offices send.

Revision ID: 0009_submissions
Revises: 0008_report_records
Create Date: 2026-12-03 15:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_submissions"
down_revision = "0008_report_records"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("modified_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("office_key", sa.String(300), nullable=False),
        sa.Column("office_label", sa.String(300), nullable=True),
        sa.Column("province_code", sa.String(10), nullable=True),
        sa.Column("commune_code", sa.String(10), nullable=True),
        sa.Column("officer", sa.String(200), nullable=True),
        sa.Column("plan_code", sa.String(60), nullable=False),
        sa.Column("period_from", sa.Date(), nullable=False),
        sa.Column("period_to", sa.Date(), nullable=False),
        sa.Column("exported_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=True),
        sa.Column("checksum", sa.String(64), nullable=False),
        sa.Column("checksum_ok", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("replaced_by_id", sa.Integer(), nullable=True),
        sa.Column("claimed", sa.JSON(), nullable=False),
        sa.Column("computed", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(["replaced_by_id"], ["submissions.id"],
                                name=op.f("fk_submissions_replaced_by_id_submissions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submissions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_submissions_uuid")),
    )
    op.create_index(op.f("ix_submissions_office_key"), "submissions", ["office_key"])
    op.create_index(op.f("ix_submissions_plan_code"), "submissions", ["plan_code"])
    op.create_table(
        "record_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("office_key", sa.String(300), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("sent_modified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("withdrawn", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"],
                                name=op.f("fk_record_sources_submission_id_submissions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_record_sources")),
        sa.UniqueConstraint("entity", "record_uuid", "office_key", name="uq_record_sources_key"),
    )
    op.create_index("ix_record_sources_uuid", "record_sources", ["record_uuid"])
    op.create_index(op.f("ix_record_sources_submission_id"), "record_sources", ["submission_id"])
    op.create_table(
        "submission_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(20), nullable=False),
        sa.Column("record_uuid", sa.String(36), nullable=False),
        sa.Column("tax_code", sa.String(20), nullable=True),
        sa.Column("field", sa.String(60), nullable=False),
        sa.Column("kept", sa.Text(), nullable=True),
        sa.Column("other", sa.Text(), nullable=True),
        sa.Column("from_office", sa.String(300), nullable=False),
        sa.Column("resolved", sa.Boolean(), nullable=False),
        sa.Column("resolved_value", sa.Text(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("order", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["submission_id"], ["submissions.id"],
                                name=op.f("fk_submission_conflicts_submission_id_submissions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_conflicts")),
    )
    op.create_index(op.f("ix_submission_conflicts_submission_id"), "submission_conflicts", ["submission_id"])
    op.create_index(op.f("ix_submission_conflicts_record_uuid"), "submission_conflicts", ["record_uuid"])


def downgrade() -> None:
    op.drop_table("submission_conflicts")
    op.drop_table("record_sources")
    op.drop_table("submissions")
