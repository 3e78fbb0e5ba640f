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


def print_json(obj, out=None) -> None:
    """Print ``obj`` as one line of JSON, as ``print(json.dumps(obj, ensure_ascii=False))`` would, but
    writing long lists — and generators, which it takes as lists — item by item: an import's report
    of a million rejected rows is never held as one string."""
    import json
    from collections.abc import Iterator

    out = out or sys.stdout
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    pending: list[str] = []

    def flush() -> None:
        out.write("".join(pending))
        pending.clear()

    def write(value) -> None:
        if isinstance(value, dict) and any(isinstance(v, Iterator | list) for v in value.values()):
            pending.append("{")
            for i, (k, v) in enumerate(value.items()):
                pending.append(("" if i == 0 else ", ") + dumps(str(k)) + ": ")
                write(v)
            pending.append("}")
        elif isinstance(value, Iterator | list) and not isinstance(value, str):
            pending.append("[")
            for i, item in enumerate(value):
                pending.append(("" if i == 0 else ", ") + dumps(item))
                if len(pending) >= 4096:
                    flush()
            pending.append("]")
        else:
            pending.append(dumps(value))

    write(obj)
    pending.append("\n")
    flush()
