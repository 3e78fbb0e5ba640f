"""What every command shares: opening the database the way the app does."""

from __future__ import annotations

import sys

EXIT_OK, EXIT_DATA_ERRORS, EXIT_USAGE = 0, 1, 2


def open_db(args, *, create: bool = False, read_only: bool = False):
    """Open (and if needed upgrade, after a backup) the database named by --db / NSDESK_DB.

    ``read_only``: the command only reads, so a database that cannot be written (read-only file
    or folder) is opened read-only instead of refused; it must then be at the current schema.
    """
    from nsdesk.db import open_database
    from nsdesk.errors import DatabaseError
    from nsdesk.i18n import tr
    from nsdesk.services.common import schema

    db = open_database(args.db, read_only=read_only)
    path = db.path
    if path is not None and not create and not path.exists():
        db.dispose()
        raise DatabaseError(
            tr("cli", "Chưa có cơ sở dữ liệu tại {path}.").format(path=path),
            hint=tr("cli", "Chạy \"nsdesk init\" trước."),
        )
    if db.read_only:
        try:
            schema.require_head(db)
        except Exception:
            db.dispose()
            raise
        return db
    try:
        backup = schema.upgrade(db)
    except Exception:
        db.dispose()
        raise
    if backup is not None:
        print(tr("cli", "Đã sao lưu cơ sở dữ liệu cũ vào {path} trước khi nâng cấp.").format(path=backup), file=sys.stderr)
    return db
