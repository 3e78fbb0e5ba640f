"""Engine and session factory, built by the app — never at import time."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from nsdesk.errors import DatabaseError
from nsdesk.i18n import tr

ENV_DB = "NSDESK_DB"
SQLITE_BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class Database:
    """An opened database: its engine, a session factory, and how to describe it to a user."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    read_only: bool = False  # opened read-only: the file or its folder cannot be written

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    def describe(self) -> str:
        if self.is_sqlite:
            return str(self.path)
        return make_url(self.url).render_as_string(hide_password=True)

    def dispose(self) -> None:
        self.engine.dispose()


def default_db_path() -> Path:
    from platformdirs import user_data_path

    from nsdesk import APP_AUTHOR, APP_NAME

    return user_data_path(APP_NAME, APP_AUTHOR, ensure_exists=True) / "nsdesk.sqlite"


def resolve_url(value: str | None = None) -> str:
    """``--db`` value, else ``NSDESK_DB``, else the SQLite file in the user data folder."""
    value = value or os.environ.get(ENV_DB) or str(default_db_path())
    if value.startswith("postgresql") or value.startswith("sqlite:"):
        if value.startswith("postgresql://"):
            value = "postgresql+psycopg://" + value[len("postgresql://") :]
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def session_path(session) -> Path | None:
    """The SQLite file a session works on (None for a server)."""
    return sqlite_path(session.get_bind().url.render_as_string(hide_password=False))


def _sqlite_on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    # Foreign keys on, WAL journal so readers never block the writer, and wait for a lock
    # instead of failing at once when another window or laptop process holds it.
    # WAL is switched on only for a new file or one of ours: switching rewrites the header, and
    # a file that turns out not to be an nsdesk database must be left exactly as it was.
    # The driver's own transaction handling leaves DDL outside transactions (a failed migration
    # would be half applied); SQLAlchemy emits BEGIN itself instead (see _sqlite_begin).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    names = {r[0] for r in cur.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not names or "alembic_version" in names:
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def _sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None and not path.parent.exists():
            raise DatabaseError(
                tr("db", "Thư mục chứa cơ sở dữ liệu không tồn tại: {path}").format(path=path.parent),
                hint=tr("db", "Hãy chọn một thư mục có thật."),
            )
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_begin)
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True)
        except ImportError as exc:  # driver missing
            raise DatabaseError(
                tr("db", "Chưa cài trình điều khiển PostgreSQL ({error}).").format(error=exc),
                hint=tr("db", "Cài gói nsdesk[postgresql]."),
            ) from exc
    return engine


def writable(path: Path) -> bool:
    """Whether an SQLite file and its folder (for the journal files) can be written."""
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _sqlite_read_only_on_connect(dbapi_conn: sqlite3.Connection, _record) -> None:
    dbapi_conn.isolation_level = None
    dbapi_conn.execute("PRAGMA query_only = ON")
    dbapi_conn.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")


def make_read_only_engine(url: str) -> Engine:
    """An engine that opens the SQLite file read-only (``mode=ro``). In a folder that cannot be
    written (no room for the WAL index) and with no pending WAL content, the file is opened as
    immutable, the only way SQLite reads a WAL database there."""
    from urllib.parse import quote

    path = sqlite_path(url)
    assert path is not None
    wal = path.with_name(path.name + "-wal")
    immutable = not os.access(path.parent, os.W_OK) and (not wal.exists() or wal.stat().st_size == 0)
    target = f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(target, uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    engine = create_engine(url, creator=connect)
    event.listen(engine, "connect", _sqlite_read_only_on_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def open_database(url: str | None = None, *, read_only: bool = False) -> Database:
    """Open the database at ``url``. With ``read_only`` (a caller that only reads), an SQLite file
    that cannot be written, or whose folder cannot, is opened read-only instead of failing."""
    url = resolve_url(url)
    path = sqlite_path(url)
    if read_only and path is not None and path.is_file() and not writable(path):
        engine = make_read_only_engine(url)
        return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False), read_only=True)
    engine = make_engine(url)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))
