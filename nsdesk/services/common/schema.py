"""Create, check and upgrade the database schema (Alembic), taking a backup first."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import as_file, files
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from nsdesk.services.common.office import Office

from nsdesk.db import Database
from nsdesk.errors import DatabaseError
from nsdesk.i18n import tr


def _migrations_dir() -> Path:
    """The migrations shipped inside the package (``nsdesk.migrations``)."""
    res = files("nsdesk.migrations")
    with as_file(res) as path:  # a real folder for both source checkouts and wheels
        return Path(path)


# Objects the app creates by hand in migrations and that the models do not declare
# (SQLite FTS5 search tables and their triggers, PostgreSQL expression indexes).
UNMODELLED_PREFIXES = ("enterprises_fts", "ix_enterprises_search_tsv")


def include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    """Autogenerate filter: ignore the hand-made search objects."""
    return not (name and name.startswith(UNMODELLED_PREFIXES))


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(_migrations_dir()))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    heads = script_directory().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migration chain must have exactly one head, found {heads}")
    return heads[0]


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except (OperationalError, SADatabaseError) as exc:
        raise friendly_error(db, exc) from exc


def friendly_error(db: Database, exc: Exception) -> DatabaseError:
    return friendly_error_at(db.describe(), db.path, exc)


def is_damage(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "not a database" in text or "malformed" in text or "file is encrypted" in text


def damaged_error(where: str, database: Path | None) -> DatabaseError:
    """The damaged-file message, naming the latest backup when there is one."""
    from nsdesk.services.common.backups import latest

    last = latest(database)
    if last is not None:
        hint = tr("db", "Bản sao lưu gần nhất: {backup} — khôi phục bằng \"nsdesk restore {backup}\".").format(backup=last)
    else:
        hint = tr("db", "Mở một bản sao lưu (thư mục backups bên cạnh tệp) hoặc chọn tệp khác.")
    return DatabaseError(
        tr("db", "Tệp không phải là cơ sở dữ liệu nsdesk hoặc đã bị hỏng: {where}.").format(where=where), hint=hint)


@overload
def friendly_error_at(where: str, database: Path | None, exc: BaseException, *,
                      generic: Literal[True] = ...) -> DatabaseError: ...


@overload
def friendly_error_at(where: str, database: Path | None, exc: BaseException, *,
                      generic: bool) -> DatabaseError | None: ...


def friendly_error_at(where: str, database: Path | None, exc: BaseException, *,
                      generic: bool = True) -> DatabaseError | None:
    """One line for a database fault (locked, damaged, read-only, full disk, unreachable); never the
    SQL statement or its parameters. Another fault: a generic line, or None unless ``generic``."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseError(
            tr("db", "Cơ sở dữ liệu đang bị khóa bởi một chương trình khác: {where}.").format(where=where),
            hint=tr("db", "Đóng các cửa sổ nsdesk khác rồi thử lại."),
        )
    if is_damage(exc):
        return damaged_error(where, database)
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return DatabaseError(
            tr("db", "Ổ đĩa đã đầy, không ghi được vào cơ sở dữ liệu {where}; dữ liệu giữ nguyên như trước.").format(where=where),
            hint=tr("db", "Giải phóng dung lượng ổ đĩa rồi thử lại."),
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return DatabaseError(
            tr("db", "Không ghi được vào cơ sở dữ liệu (chỉ đọc): {where}.").format(where=where),
            hint=tr("db", "Chép tệp sang một thư mục bạn có quyền ghi."),
        )
    if "unable to open" in text:
        return DatabaseError(
            tr("db", "Không mở được tệp cơ sở dữ liệu: {where}.").format(where=where),
            hint=tr("db", "Kiểm tra đường dẫn và quyền truy cập thư mục."),
        )
    if "connection" in text or "could not connect" in text or "password" in text:
        return DatabaseError(
            tr("db", "Không kết nối được máy chủ PostgreSQL: {where}.").format(where=where),
            hint=tr("db", "Kiểm tra địa chỉ máy chủ, tên đăng nhập và mật khẩu."),
        )
    if not generic:
        return None
    first = text.splitlines()[0][:200] if text else type(exc).__name__
    return DatabaseError(tr("db", "Không dùng được cơ sở dữ liệu {where}: {error}").format(where=where, error=first))


def backup(db: Database, reason: str = "backup") -> Path | None:
    """Back up an SQLite database file into ``backups/`` beside it (see :mod:`backups`).

    Returns the copy's path, or None when there is nothing to copy (a new file, or a server).
    """
    from nsdesk.services.common import backups

    path = db.path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return None
    return backups.create(path, reason)


def require_sound(db: Database) -> None:
    """The damaged-file DatabaseError when SQLite's quick_check finds damage (nothing for a server)."""
    if not db.is_sqlite:
        return
    try:
        with db.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check(1)")]
    except (OperationalError, SADatabaseError) as exc:
        raise friendly_error(db, exc) from exc
    if rows != ["ok"]:
        raise damaged_error(db.describe(), db.path)


def require_head(db: Database) -> None:
    """DatabaseError unless the database is at the head revision (a read-only one cannot be upgraded)."""
    current = current_revision(db)
    if current != head_revision():
        raise DatabaseError(
            tr("db", "Cơ sở dữ liệu {where} cần nâng cấp nhưng chỉ mở được ở chế độ chỉ đọc.").format(where=db.describe()),
            hint=tr("db", "Chép tệp sang một thư mục bạn có quyền ghi rồi mở lại."))


def _looks_foreign(db: Database) -> bool:
    """A database that has tables but no alembic_version is not ours: refuse to touch it."""
    with db.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
    return bool(names) and "alembic_version" not in names


@contextmanager
def migration_connection(engine: Engine) -> Iterator[Connection]:
    """A connection in one transaction for running migrations: all of them land, or none.

    On SQLite, batch migrations rebuild a table (SQLite's documented ALTER TABLE procedure),
    which needs foreign keys off while the old table is dropped; they are checked before the
    commit and switched back on afterwards.
    """
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection if conn.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, where it takes effect
        try:
            with conn.begin():
                yield conn
                if raw is not None and conn.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise DatabaseError(
                        tr("db", "Cơ sở dữ liệu có bản ghi tham chiếu tới dữ liệu không còn tồn tại; "
                                 "chưa nâng cấp, dữ liệu giữ nguyên."),
                        hint=tr("db", "Mở bản sao lưu gần nhất trong thư mục backups hoặc liên hệ bộ phận kỹ thuật."))
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")


def upgrade(db: Database) -> Path | None:
    """Bring the database to the head revision. Backs up an existing file first.

    Returns the backup path (None when no backup was needed). Raises DatabaseError with a
    message for the user when the database cannot be used.
    """
    path = db.path
    if path is not None and not path.exists():  # a new file: readable by its owner only
        import os

        from nsdesk.files import FILE_MODE, private_folder

        private_folder(path.parent)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    head = head_revision()
    current = current_revision(db)
    if current == head:
        return None
    if current is not None and current not in {s.revision for s in script_directory().walk_revisions()}:
        raise DatabaseError(
            tr("db", "Cơ sở dữ liệu được tạo bởi phiên bản nsdesk mới hơn (phiên bản lược đồ {rev}).").format(rev=current),
            hint=tr("db", "Hãy cập nhật nsdesk lên phiên bản mới nhất."),
        )
    try:
        if current is None and _looks_foreign(db):
            raise DatabaseError(
                tr("db", "Tệp này không phải cơ sở dữ liệu nsdesk: {where}.").format(where=db.describe()),
                hint=tr("db", "Chọn một tệp khác hoặc một tệp mới."),
            )
        backup_path = backup(db, f"before-{head[:8]}") if current is not None else None
        from alembic import command

        cfg = alembic_config()
        with migration_connection(db.engine) as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except (OperationalError, SADatabaseError) as exc:
        raise friendly_error(db, exc) from exc
    return backup_path


def load_reference(db: Database, created: bool) -> Office:
    """After :func:`upgrade`: load the reference data into a new (or empty) database; the office.

    A database fault becomes the friendly :class:`DatabaseError` of :func:`friendly_error`.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from nsdesk.services.common import admin_units, office, reference

    try:
        with db.sessions.begin() as s:
            if created or not admin_units.has_units(s):
                reference.load_all(s)
            return office.get_office(s)
    except SQLAlchemyError as exc:
        raise friendly_error(db, exc) from exc
