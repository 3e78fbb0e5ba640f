"""PostgreSQL search: index the words of search_folded exactly as SQLite's FTS5 sees them.

The 0002 GIN index ran PostgreSQL's text parser over search_folded, which keeps some runs of
punctuation inside one token ("5155452826-001" gives '-001'; "3/2" and "1.5" stay whole), so on
PostgreSQL "001" did not find a branch code that SQLite finds. Indexing the text with every run
of other characters replaced by a space makes the tokens exactly the runs of [0-9a-z] — FTS5's
words. Nothing changes on SQLite.

Revision ID: 0005_pg_search_words
Revises: 0004_name_order_key
Create Date: 2026-11-22 10:20:00
"""

from __future__ import annotations

from alembic import op

revision = "0005_pg_search_words"
down_revision = "0004_name_order_key"
branch_labels = None
depends_on = None

WORDS = "to_tsvector('simple', regexp_replace(search_folded, '[^0-9a-z]+', ' ', 'g'))"
TOKENS = "to_tsvector('simple', search_folded)"


def _search_index(expression: str) -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_enterprises_search_tsv")
    op.execute(f"CREATE INDEX ix_enterprises_search_tsv ON enterprises USING gin ({expression})")


def upgrade() -> None:
    _search_index(WORDS)


def downgrade() -> None:
    _search_index(TOKENS)
