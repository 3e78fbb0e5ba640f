"""Register commands: ``import enterprises FILE`` and ``export enterprises --out FILE.xlsx``."""

from __future__ import annotations

import json
import sys

from nsdesk.commands._common import EXIT_DATA_ERRORS, EXIT_OK, open_db, print_json
from nsdesk.files import check_output_path


def group(sub, name: str, help_text: str):
    """The nested sub-command set of ``nsdesk <name> …``, shared by every module that adds to it."""
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text)
        parser._nsdesk_sub = parser.add_subparsers(dest=f"{name}_what", required=True, parser_class=type(parser))
    return parser._nsdesk_sub


def add_parsers(sub) -> None:
    imp = group(sub, "import", "nhập dữ liệu từ tệp Excel")
    s = imp.add_parser("enterprises", help="nhập danh sách doanh nghiệp (Excel của hiệp hội)")
    s.add_argument("file", help="tệp .xlsx (hoặc .xls, .ods)")
    s.add_argument("--sheet", help="tên trang tính (mặc định: trang đầu tiên)")
    s.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì vào cơ sở dữ liệu")
    s.add_argument("--strict", action="store_true", help="không ghi gì nếu có dòng bị từ chối")
    s.add_argument("--only-empty", action="store_true",
                   help="chỉ điền các trường đang trống của doanh nghiệp đã có, không thay giá trị đã lưu")
    s.add_argument("--accept-moves", action="store_true",
                   help="cho phép chuyển phường/xã: chuyển doanh nghiệp đã có lượt hỗ trợ được tính sang phường/xã tệp ghi "
                        "(mặc định: giữ nguyên, báo lưu ý)")
    s.add_argument("--rejected-out", metavar="FILE.xlsx",
                   help="lưu các dòng bị từ chối kèm cột \"Lỗi\" để gửi lại hiệp hội sửa")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import_enterprises)

    exp = group(sub, "export", "xuất dữ liệu ra tệp Excel")
    s = exp.add_parser("enterprises", help="xuất sổ doanh nghiệp ra Excel (nhập lại được)")
    s.add_argument("--out", required=True, metavar="FILE.xlsx")
    s.add_argument("--include-archived", action="store_true", help="kèm cả doanh nghiệp đã lưu trữ")
    s.add_argument("--omit-personal-data", action="store_true",
                   help="bỏ họ tên, điện thoại, email của người đại diện (dữ liệu cá nhân)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_export_enterprises)


def _progress_printer(enabled: bool):
    if not enabled:
        return None
    state = {"last": -1}

    def report(done: int, total: int) -> None:
        pct = 100 if total == 0 else done * 100 // total
        if pct // 10 != state["last"] // 10:
            state["last"] = pct
            print(f"… {pct}%", file=sys.stderr)

    return report


def save_rejected_rows(pv, args) -> None:
    """Write the rejected rows of any import to ``--rejected-out``, showing progress on a terminal:
    a million rows take minutes."""
    from nsdesk.services.register.importing.problems import save_rejected

    shown = not args.json and sys.stderr.isatty()
    if shown:
        print(f"Đang lưu {len(pv.rejected_rows)} dòng bị từ chối vào {args.rejected_out}…", file=sys.stderr)
    save_rejected(pv, args.rejected_out, progress=_progress_printer(shown))


def cmd_import_enterprises(args) -> int:
    from sqlalchemy.exc import OperationalError

    from nsdesk.services.common import schema
    from nsdesk.services.register.importing import pipeline as importer

    db = open_db(args, read_only=args.dry_run)
    try:
        if args.rejected_out:  # refused before anything is read or written
            check_output_path(args.rejected_out, database=db.path)
        with db.sessions.begin() as s:
            pv = importer.preview_file(s, args.file, args.sheet, only_empty=args.only_empty)
            pv.check_mapping()
            result = importer.apply(s, pv, dry_run=args.dry_run, strict=args.strict, accept_moves=args.accept_moves,
                                    progress=_progress_printer(not args.json and sys.stderr.isatty()))
        if args.rejected_out and pv.rejected_rows:
            save_rejected_rows(pv, args)
    except OperationalError as exc:  # locked, read-only, disk full: one line saying what to do
        backup = getattr(locals().get("result"), "backup", None)
        if backup is not None:  # the import did not land: its backup would only take room
            backup.unlink(missing_ok=True)
        raise schema.friendly_error(db, exc) from exc
    finally:
        db.dispose()
    if args.json:
        print_json(result.to_json(lazy=True))
    else:
        _print_summary(args, result, pv)
    return EXIT_DATA_ERRORS if result.rejected else EXIT_OK


def summary_head(args, result) -> str:
    """The first words of an import's summary line: what was (or would have been) done."""
    if result.written:
        return "Đã nhập"
    if args.dry_run:
        return "Chạy thử (không ghi gì)"
    if args.strict and result.rejected:
        return "Không ghi gì vì có dòng bị từ chối (--strict); nếu nhập sẽ là"
    return "Không có gì thay đổi"


def _print_summary(args, result, pv) -> None:
    head = summary_head(args, result)
    print(f"{head}: {result.created} mới, {result.updated} cập nhật, {result.unchanged} không đổi "
          f"(trang \"{pv.sheet.name}\", tiêu đề ở dòng {pv.header_row}).")
    if result.merged_duplicate_rows:
        rows = ", ".join(map(str, result.merged_duplicate_rows))
        print(f"Mã số thuế trùng trong tệp, lấy dòng sau: dòng {rows}.")
    for d in result.diffs:
        print(f"Dòng {d.row}, {d.tax_code} {d.name}:")
        for c in d.fields:
            print(f"  {c.label}: \"{c.old or ''}\" → \"{c.new or ''}\"")
    for p in result.rejected:
        print(f"Từ chối dòng {p.row}, cột \"{p.column}\": {p.message}")
    for p in result.warnings:
        print(f"Lưu ý dòng {p.row}, cột \"{p.column}\": {p.message}")
    if result.backup:
        print(f"Đã sao lưu cơ sở dữ liệu trước khi nhập: {result.backup}", file=sys.stderr)
    if args.rejected_out and pv.rejected_rows:
        print(f"Đã lưu {len(pv.rejected_rows)} dòng bị từ chối vào {args.rejected_out}.")


def cmd_export_enterprises(args) -> int:
    from nsdesk.reports import register_export

    db = open_db(args, read_only=True)
    try:
        check_output_path(args.out, database=db.path)
        with db.sessions() as s:
            n = register_export.export_enterprises(s, args.out, include_archived=args.include_archived,
                                                   omit_personal_data=args.omit_personal_data)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({"exported": n, "out": str(args.out)}, ensure_ascii=False))
    else:
        print(f"Đã xuất {n} doanh nghiệp vào {args.out}.")
    return EXIT_OK
