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
    """Core executemany of ``rows`` (dicts with the same keys) with the per-row work trimmed:
    :func:`bulk_insert_rows` of their values."""
    if not rows:
        return
    from operator import itemgetter

    keys = list(rows[0])
    getter = itemgetter(*keys)
    bulk_insert_rows(session, table, keys, [getter(r) for r in rows] if len(keys) > 1 else [(r[keys[0]],) for r in rows])


def bulk_insert_rows(session: Session, table: Table, keys: list[str], rows: list[tuple[Any, ...]]) -> None:
    """Core executemany of ``rows`` (tuples of the values of ``keys``, in that order).

    ``session.execute(table.insert(), rows)`` builds and type-processes every row's parameters
    in Python, which costs as much as the database's own work at 100,000 rows. Here the statement
    is compiled once, each column is type-processed as a whole — once per distinct value when its
    values repeat (a batch's timestamp, measurement dates) — and the driver's executemany gets
    plain tuples (or dicts, for drivers with named parameters).
    """
    if not rows:
        return
    conn = session.connection()
    dialect = conn.dialect
    compiled = table.insert().compile(dialect=dialect, column_keys=keys)
    columns: list[Any] | None = None
    for n, k in enumerate(keys):
        proc = table.c[k].type._cached_bind_processor(dialect)
        if proc is None:
            continue
        if columns is None:
            columns = list(zip(*rows))
        columns[n] = _processed(columns[n], proc)
    if columns is not None:
        rows = list(zip(*columns))
    if compiled.positiontup is not None:  # qmark / format drivers (SQLite)
        position = {k: i for i, k in enumerate(keys)}
        order = [position[k] for k in compiled.positiontup]
        if order != list(range(len(keys))):
            from operator import itemgetter

            getter = itemgetter(*order)
            rows = [getter(r) if len(order) > 1 else (r[order[0]],) for r in rows]
        conn.exec_driver_sql(compiled.string, rows)
    else:  # named parameters (psycopg: %(name)s)
        conn.exec_driver_sql(compiled.string, [dict(zip(keys, r)) for r in rows])


def _processed(values: tuple[Any, ...], proc: Any) -> list[Any]:
    """``proc`` of each value (None stays None), once per distinct value when they repeat."""
    try:
        distinct = set(values)
    except TypeError:  # unhashable values (JSON lists)
        distinct = None
    if distinct is not None and len(distinct) * 4 <= len(values):
        table = {v: (None if v is None else proc(v)) for v in distinct}
        return list(map(table.__getitem__, values))
    return [None if v is None else proc(v) for v in values]


class OverlappedInserts:
    """:func:`bulk_insert_rows` calls run one at a time in a worker thread, so that building the
    next chunk's rows (Python) overlaps the database's work on the previous one (SQLite and psycopg
    release the GIL while they work): about a third off a large import on two cores.

    Between :meth:`insert` and the next :meth:`wait` (which :meth:`insert` and leaving the block
    do) the caller must not use the session: the worker has its connection. Leaving the block,
    normally or by an exception, waits for the last insert first; its exception, if any, is raised.
    """

    def __init__(self, session: Session) -> None:
        from concurrent.futures import Future, ThreadPoolExecutor

        self.session = session
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="nsdesk-insert")
        self._pending: Future[None] | None = None

    def insert(self, table: Table, keys: list[str], rows: list[tuple[Any, ...]]) -> None:
        self.wait()
        self._pending = self._pool.submit(bulk_insert_rows, self.session, table, keys, rows)

    def wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def __enter__(self) -> OverlappedInserts:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        try:
            if kind is None:
                self.wait()
            elif self._pending is not None:  # already failing: let the insert finish, keep the first error
                self._pending.exception()
                self._pending = None
        finally:
            self._pool.shutdown(wait=True)
