"""Import commands for the pilots: ``import supports FILE``, ``import measurements FILE`` and ``import undo``."""

from __future__ import annotations

import json
import sys

from nsdesk.commands._common import EXIT_DATA_ERRORS, EXIT_OK, open_db, print_json
from nsdesk.commands.register import _progress_printer, group, save_rejected_rows, summary_head

_KIND_HELP = {
    "supports": "nhập các lượt hỗ trợ từ Excel (mỗi dòng một lượt của một doanh nghiệp)",
    "measurements": "nhập số liệu đo trước/sau hỗ trợ từ Excel (mỗi dòng một giá trị)",
}


def add_parsers(sub) -> None:
    imp = group(sub, "import", "nhập dữ liệu từ tệp Excel")
    for kind, help_text in _KIND_HELP.items():
        s = imp.add_parser(kind, help=help_text)
        s.add_argument("file", help="tệp .xlsx (hoặc .xls, .ods)")
        s.add_argument("--sheet", help="tên trang tính (mặc định: trang đầu tiên)")
        s.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì vào cơ sở dữ liệu")
        s.add_argument("--strict", action="store_true", help="không ghi gì nếu có dòng bị từ chối")
        s.add_argument("--rejected-out", metavar="FILE.xlsx", help="lưu các dòng bị từ chối kèm cột \"Lỗi\"")
        s.add_argument("--json", action="store_true")
        s.set_defaults(func=cmd_import_sheet, kind=kind)
    s = imp.add_parser("undo", help="hoàn tác lần nhập gần nhất (nếu chưa có thay đổi nào sau đó trên cùng bản ghi)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import_undo)


def cmd_import_sheet(args) -> int:
    from sqlalchemy.exc import OperationalError

    from nsdesk.services.common import schema
    from nsdesk.services.pilots import importing

    db = open_db(args)
    try:
        with db.sessions.begin() as s:
            pv = importing.preview_file(s, args.kind, args.file, args.sheet)
            pv.check_mapping()
            result = importing.apply(s, pv, dry_run=args.dry_run, strict=args.strict,
                                     progress=_progress_printer(not args.json and sys.stderr.isatty()))
        if args.rejected_out and pv.rejected_rows:
            save_rejected_rows(pv, args)
    except OperationalError as exc:
        raise schema.friendly_error(db, exc) from exc
    finally:
        db.dispose()
    if args.json:
        print_json(result.to_json(lazy=True))
    else:
        head = summary_head(args, result)
        what = "lượt hỗ trợ" if args.kind == "supports" else "số liệu đo"
        print(f"{head}: {result.created} mới, {result.updated} cập nhật, {result.unchanged} không đổi ({what}; "
              f"trang \"{pv.sheet.name}\", tiêu đề ở dòng {pv.header_row}).")
        if pv.wide:
            print("Bảng dạng ngang, mỗi cột một chỉ tiêu: " + "; ".join(
                f"\"{w.header}\" → {w.metric_name} ({'trước' if w.phase == 'before' else 'sau'})" for w in pv.wide) + ".")
        if result.merged_duplicate_rows:
            same = ("doanh nghiệp, dự án, công cụ, ngày bắt đầu" if args.kind == "supports"
                    else "doanh nghiệp, lượt, chỉ số, trước/sau, ngày")
            print(f"{'Lượt' if args.kind == 'supports' else 'Số liệu'} lặp lại trong tệp (cùng {same}), lấy dòng sau: "
                  f"dòng {', '.join(map(str, result.merged_duplicate_rows))}.")
        for p in result.rejected:
            print(f"Từ chối dòng {p.row}, cột \"{p.column}\": {p.message}")
        for p in result.warnings:
            print(f"Lưu ý dòng {p.row}, cột \"{p.column}\": {p.message}")
        if args.rejected_out and pv.rejected_rows:
            print(f"Đã lưu {len(pv.rejected_rows)} dòng bị từ chối vào {args.rejected_out}.")
    return EXIT_DATA_ERRORS if result.rejected else EXIT_OK


def cmd_import_undo(args) -> int:
    from nsdesk.services.pilots import undo

    db = open_db(args)
    try:
        with db.sessions.begin() as s:
            done = undo.undo_last_import(s)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(done.to_json(), ensure_ascii=False))
    else:
        print(done.summary())
    return EXIT_OK
