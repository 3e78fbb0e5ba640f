"""Restore an SQLite database from a backup copy: check the copy, back up the current file, swap.

A minimal service for the GUI's "Khôi phục từ bản sao lưu…": the copy is checked before use
(``PRAGMA quick_check``, an nsdesk schema this version knows), the current database is backed up
first (``schema.backup``), and the restored file is written beside the target under a temporary
name and renamed over it, so a failure leaves the current database as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path

from nsdesk.errors import DatabaseError
from nsdesk.i18n import tr

log = logging.getLogger(__name__)


def check_backup(path: Path) -> str:
    """Raise :class:`DatabaseError` unless ``path`` is a sound nsdesk database; return its revision."""
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(tr("restore", "Tệp sao lưu \"{name}\" không có hoặc rỗng.").format(name=path.name),
                            hint=tr("restore", "Chọn một tệp khác trong thư mục backups."))
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (con.execute("SELECT version_num FROM alembic_version").fetchone() or [None])[0] \
                if "alembic_version" in tables else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        log.warning("backup %s unreadable: %s", path.name, exc)
        raise DatabaseError(tr("restore", "Tệp \"{name}\" bị hỏng hoặc không phải cơ sở dữ liệu nsdesk.")
                            .format(name=path.name),
                            hint=tr("restore", "Chọn một bản sao lưu khác; cơ sở dữ liệu hiện tại giữ nguyên.")) from exc
    if not ok or ok[0] != "ok":
        raise DatabaseError(tr("restore", "Tệp \"{name}\" bị hỏng (kiểm tra toàn vẹn không đạt).").format(name=path.name),
                            hint=tr("restore", "Chọn một bản sao lưu khác; cơ sở dữ liệu hiện tại giữ nguyên."))
    if revision is None or "enterprises" not in tables:
        raise DatabaseError(tr("restore", "Tệp \"{name}\" không phải cơ sở dữ liệu nsdesk.").format(name=path.name),
                            hint=tr("restore", "Chọn một bản sao lưu khác; cơ sở dữ liệu hiện tại giữ nguyên."))
    if revision not in _known_revisions():
        raise DatabaseError(tr("restore", "Tệp \"{name}\" do phiên bản nsdesk mới hơn tạo ra.").format(name=path.name),
                            hint=tr("restore", "Cập nhật nsdesk rồi khôi phục lại."))
    return str(revision)


def _known_revisions() -> set[str]:
    from nsdesk.services.common import schema

    return {s.revision for s in schema.script_directory().walk_revisions()}


def restore(target: Path, backup_file: Path) -> Path | None:
    """Replace the database file ``target`` (closed) by a checked copy of ``backup_file``.

    Returns the backup taken of the current file first (None when there was no current file).
    """
    from nsdesk.db import open_database
    from nsdesk.services.common import schema

    check_backup(backup_file)
    saved = None
    if target.exists() and target.stat().st_size > 0:
        current = open_database(f"sqlite:///{target}")
        try:
            saved = schema.backup(current, "before-restore")
        finally:
            current.dispose()
    temporary = target.with_name(f".{target.name}.restoring")
    try:
        src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True, timeout=5)
        try:
            dst = sqlite3.connect(temporary)
            with dst:
                src.backup(dst)
            dst.close()
        finally:
            src.close()
        check_backup(temporary)
        for extra in ("-wal", "-shm"):  # the old file's write-ahead log must not replay onto the new one
            Path(f"{target}{extra}").unlink(missing_ok=True)
        os.replace(temporary, target)
    except (OSError, sqlite3.DatabaseError) as exc:
        temporary.unlink(missing_ok=True)
        raise DatabaseError(tr("restore", "Không khôi phục được: {reason}").format(reason=exc.__class__.__name__),
                            hint=tr("restore", "Cơ sở dữ liệu hiện tại giữ nguyên; kiểm tra quyền ghi thư mục.")) from exc
    log.info("restored the database from a backup")
    return saved
