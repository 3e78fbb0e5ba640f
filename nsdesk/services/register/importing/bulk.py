"""Bulk-insert help for SQLite: run simple per-row AFTER INSERT triggers once, set-based.

The register's FTS5 index (migration 0002) is kept in step by a trigger that inserts one row
into the index per enterprise; fired 100,000 times it costs ~10× the inserts themselves, while
the same work done by one ``INSERT … SELECT`` after the rows are in costs about a tenth.

:func:`deferred_insert_triggers` drops such triggers inside the caller's transaction, and on
leave inserts what they would have inserted for the new rows and recreates them from their
own SQL. SQLite DDL is transactional: on an exception the caller's rollback restores the
triggers with everything else. Triggers of any other form are left alone (they simply fire).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, cast

from sqlalchemy import Table, text
from sqlalchemy.orm import Session

# BEGIN INSERT INTO target(col, …) VALUES (new.a, new.b, …); END
_SIMPLE = re.compile(
    r"^CREATE\s+TRIGGER\s+(?:IF\s+NOT\s+EXISTS\s+)?(?P<name>\w+)\s+AFTER\s+INSERT\s+ON\s+(?P<table>\w+)\s+"
    r"BEGIN\s+INSERT\s+INTO\s+(?P<target>\w+)\s*\((?P<cols>[\w\s,]+)\)\s*VALUES\s*\((?P<vals>[\w\s.,]+)\)\s*;\s*END\s*$",
    re.IGNORECASE | re.DOTALL,
)


def _in_transaction(session: Session) -> bool:
    """Make sure the SQLite connection has an open transaction (pysqlite opens one lazily, at the first DML)."""
    dbapi = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)  # SQLite only
    if not dbapi.in_transaction:
        session.execute(text("UPDATE office_settings SET key = key WHERE 0"))
    return bool(dbapi.in_transaction)


@contextmanager
def deferred_insert_triggers(session: Session, table: str, enabled: bool = True) -> Iterator[None]:
    if not enabled or session.get_bind().dialect.name != "sqlite" or not _in_transaction(session):
        yield
        return
    rows = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": table}
    ).all()
    deferred: list[tuple[str, str, str, str, str]] = []
    for name, sql in rows:
        m = _SIMPLE.match(sql or "")
        if not m or m["table"] != table:
            continue
        new_vals = [v.strip() for v in m["vals"].split(",")]
        if not all(v.lower().startswith("new.") for v in new_vals):
            continue
        deferred.append((name, sql, m["target"], m["cols"], ", ".join(v[4:] for v in new_vals)))
    if not deferred:
        yield
        return
    max_id = session.execute(text(f"SELECT COALESCE(MAX(rowid), 0) FROM {table}")).scalar_one()
    for name, *_rest in deferred:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _name, sql, target, cols, vals in deferred:
        session.execute(text(f"INSERT INTO {target}({cols}) SELECT {vals} FROM {table} WHERE rowid > :m"),
                        {"m": max_id})
        session.execute(text(sql))


@contextmanager
def bigger_page_cache(session: Session, kib: int = 65536) -> Iterator[None]:
    """A larger SQLite page cache for this connection while a bulk write runs (restored after)."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = -{int(kib)}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {int(before)}"))


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Core executemany of ``rows`` (dicts with the same keys, modified in place) with the per-row work trimmed.

    ``session.execute(table.insert(), rows)`` builds and type-processes every row's parameters
    in Python, which costs as much as SQLite's own work at 100,000 rows. Here the statement is
    compiled once, a column whose value is the same object in every row (a batch's timestamp)
    is processed once, and the driver's executemany gets plain tuples (or dicts).
    """
    if not rows:
        return
    from operator import itemgetter

    conn = session.connection()
    dialect = conn.dialect
    keys = list(rows[0])
    compiled = table.insert().compile(dialect=dialect, column_keys=keys)
    for k in keys:
        proc = table.c[k].type._cached_bind_processor(dialect)
        if proc is None:
            continue
        first = rows[0][k]
        if all(r[k] is first for r in rows):
            value = proc(first) if first is not None else None
            for r in rows:
                r[k] = value
        else:
            for r in rows:
                v = r[k]
                if v is not None:
                    r[k] = proc(v)
    if compiled.positiontup is not None:  # qmark / format drivers (SQLite)
        getter = itemgetter(*compiled.positiontup)
        conn.exec_driver_sql(compiled.string, [getter(r) for r in rows])
    else:  # named parameters (psycopg: %(name)s)
        conn.exec_driver_sql(compiled.string, rows)
