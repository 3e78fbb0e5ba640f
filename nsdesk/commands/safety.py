"""Safety commands: ``backup [--out FILE]``, ``restore FILE``, ``check``."""

from __future__ import annotations

import json
from pathlib import Path

from nsdesk.commands._common import EXIT_DATA_ERRORS, EXIT_OK, open_db


def add_parsers(sub) -> None:
    s = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (vào thư mục backups bên cạnh tệp, hoặc --out)")
    s.add_argument("--out", type=Path, metavar="TỆP", help="tệp sao lưu sẽ ghi (mặc định: thư mục backups)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_backup)

    s = sub.add_parser("restore", help="khôi phục cơ sở dữ liệu từ một bản sao lưu (sao lưu bản hiện tại trước)")
    s.add_argument("file", type=Path, help="tệp sao lưu (.sqlite)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_restore)

    s = sub.add_parser("erase-personal-data", help="xóa dữ liệu cá nhân (họ tên, điện thoại, email người đại diện) "
                                                   "của một doanh nghiệp, cả trong lịch sử và các bản sao lưu")
    s.add_argument("tax_code", metavar="MST", help="mã số thuế của doanh nghiệp")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_erase_personal_data)

    s = sub.add_parser("check", help="kiểm tra tính toàn vẹn và các tham chiếu của cơ sở dữ liệu")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_check)


def _sqlite_only(args) -> Path:
    from nsdesk.db import resolve_url, sqlite_path
    from nsdesk.errors import DatabaseError
    from nsdesk.i18n import tr

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise DatabaseError(tr("backup", "Chỉ sao lưu, khôi phục được cơ sở dữ liệu dạng tệp (SQLite)."),
                            hint=tr("backup", "Với máy chủ PostgreSQL, hãy dùng pg_dump / pg_restore."))
    if not path.is_file():
        raise DatabaseError(tr("cli", "Chưa có cơ sở dữ liệu tại {path}.").format(path=path),
                            hint=tr("cli", "Chạy \"nsdesk init\" trước."))
    return path


def cmd_backup(args) -> int:
    from nsdesk.errors import InputError
    from nsdesk.files import is_sqlite_file
    from nsdesk.i18n import tr
    from nsdesk.services.common import backups

    path = _sqlite_only(args)
    out = args.out
    if out is not None:
        if out.is_dir() or (out.exists() and not is_sqlite_file(out)) or not out.parent.is_dir():
            raise InputError(tr("backup", "Không ghi bản sao lưu vào {path}: chỉ ghi vào một tệp mới hoặc một "
                                          "bản sao lưu cũ, trong một thư mục có thật.").format(path=out))
        if out.exists() and out.resolve() == path.resolve():
            raise InputError(tr("backup", "Tệp sao lưu không được trùng với cơ sở dữ liệu: {path}.").format(path=out))
    db = open_db(args, read_only=True)  # a damaged or foreign file is refused here, untouched
    db.dispose()
    target = backups.create(path, "manual", out=out)
    if args.json:
        print(json.dumps({"backup": str(target)}, ensure_ascii=False))
    else:
        print(tr("backup", "Đã sao lưu vào {path}.").format(path=target))
    return EXIT_OK


def cmd_restore(args) -> int:
    from nsdesk.i18n import tr
    from nsdesk.services.common import backups

    path = _sqlite_only(args)
    before = backups.restore(path, args.file)
    db = open_db(args)  # an older backup is brought to the current schema (after its own backup)
    db.dispose()
    if args.json:
        print(json.dumps({"restored": str(args.file), "previous_saved_to": str(before) if before else None},
                         ensure_ascii=False))
    else:
        print(tr("backup", "Đã khôi phục từ {file}; bản trước khi khôi phục được lưu ở {before}.")
              .format(file=args.file, before=before))
    return EXIT_OK


def cmd_check(args) -> int:
    from sqlalchemy.exc import DBAPIError

    from nsdesk.db import open_database
    from nsdesk.i18n import tr
    from nsdesk.services.common import backups, schema

    db = open_database(args.db, read_only=True)
    try:
        try:
            verdict = backups.check_database(db.engine)
        except DBAPIError as exc:
            if not schema.is_damage(exc):
                raise schema.friendly_error(db, exc) from exc
            verdict = backups.Verdict(ok=False, integrity=[str(exc.orig)], foreign_keys=[])
    finally:
        db.dispose()
    last = backups.latest(db.path)
    if args.json:
        print(json.dumps(verdict.as_json() | {"latest_backup": str(last) if last else None}, ensure_ascii=False))
    elif verdict.ok:
        print(tr("backup", "Cơ sở dữ liệu {where} nguyên vẹn: không có trang hỏng, mọi tham chiếu đều hợp lệ.")
              .format(where=db.describe()))
    else:
        print(tr("backup", "Cơ sở dữ liệu {where} BỊ HỎNG:").format(where=db.describe()))
        for line in verdict.integrity[:10] + verdict.foreign_keys[:10]:
            print(f"  {line}")
        if last:
            print(tr("backup", "Bản sao lưu gần nhất: {path} — khôi phục bằng \"nsdesk restore {path}\".").format(path=last))
    return EXIT_OK if verdict.ok else EXIT_DATA_ERRORS


def cmd_erase_personal_data(args) -> int:
    from nsdesk.i18n import tr
    from nsdesk.services.register import personal

    db = open_db(args)
    try:
        with db.sessions.begin() as s:
            result = personal.erase(s, args.tax_code)
        if db.is_sqlite:  # the old page images leave the write-ahead log too
            with db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.dispose()
    result["backups"] = personal.erase_in_backups(db.path, result["uuid"]) if db.path else 0
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(tr("personal", "Đã xóa dữ liệu cá nhân của doanh nghiệp {code}: {fields} trường, {history} mục lịch sử, "
                             "{backups} bản sao lưu.").format(code=args.tax_code, fields=len(result["fields"]),
                                                              history=result["history_entries"],
                                                              backups=result["backups"]))
    return EXIT_OK
