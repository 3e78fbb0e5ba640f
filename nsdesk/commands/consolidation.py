"""``nsdesk import submission FILE.xlsx`` (the province receives an office's data package) and
``nsdesk export submission --plan CODE --from D --to D --out FILE.xlsx`` (an office writes one)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from nsdesk.commands._common import EXIT_DATA_ERRORS, EXIT_OK, open_db
from nsdesk.commands.progress import _day
from nsdesk.commands.register import _progress_printer, group


def add_parsers(sub: Any) -> None:
    imp = group(sub, "import", "nhập dữ liệu từ tệp Excel")
    s = imp.add_parser("submission", help="nhận báo cáo (gói dữ liệu) của một đơn vị để tổng hợp")
    s.add_argument("file", help="tệp .xlsx do nsdesk của đơn vị xuất ra")
    s.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi gì vào cơ sở dữ liệu")
    s.add_argument("--strict", action="store_true", help="không ghi gì nếu có dòng bị từ chối")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_import_submission)

    exp = group(sub, "export", "xuất dữ liệu ra tệp Excel")
    s = exp.add_parser("submission", help="xuất gói dữ liệu báo cáo của đơn vị (các trang \"Dữ liệu\")")
    s.add_argument("--plan", required=True, metavar="MÃ", help="mã kế hoạch")
    s.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD", help="đầu kỳ báo cáo")
    s.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD", help="cuối kỳ báo cáo")
    s.add_argument("--out", required=True, type=Path, metavar="TỆP.xlsx")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_export_submission)


def cmd_import_submission(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import OperationalError

    from nsdesk.services.common import schema
    from nsdesk.services.consolidation.importing import import_submission

    db = open_db(args)
    try:
        with db.sessions() as s:
            try:
                result = import_submission(s, args.file, dry_run=args.dry_run, strict=args.strict,
                                           progress=_progress_printer(not args.json and sys.stderr.isatty()))
                if result.written:
                    s.commit()
                else:
                    s.rollback()
            except BaseException:
                s.rollback()
                raise
    except OperationalError as exc:
        raise schema.friendly_error(db, exc) from exc
    finally:
        db.dispose()
    if not result.checksum_ok:
        print("nsdesk: lưu ý: các trang \"Dữ liệu\" đã bị sửa sau khi xuất (tổng kiểm không khớp); "
              "mọi dòng đã được kiểm tra lại.", file=sys.stderr)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        _print_summary(args, result)
    return EXIT_DATA_ERRORS if result.rejected else EXIT_OK


def _line(counts: dict[str, int]) -> str:
    names = {"enterprises": "doanh nghiệp", "supports": "lượt", "measurements": "số đo", "projects": "dự án",
             "activities": "hoạt động"}
    return ", ".join(f"{n} {names[k]}" for k, n in counts.items())


def _print_summary(args: argparse.Namespace, result: Any) -> None:
    office = ", ".join(p for p in (result.office.get("commune"), result.office.get("province")) if p)
    head = "Đã nhận" if result.written else ("Chạy thử (không ghi gì)" if args.dry_run else "Không ghi gì")
    print(f"{head} báo cáo của {office}, kế hoạch {result.plan}, kỳ {result.period.start:%d/%m/%Y}–"
          f"{result.period.end:%d/%m/%Y}.")
    if result.replaces:
        print("Báo cáo này thay báo cáo đơn vị gửi trước cho cùng kỳ.")
    print(f"Mới: {_line(result.created)}.")
    print(f"Cập nhật: {_line(result.updated)}.")
    print(f"Không đổi: {_line(result.unchanged)}.")
    if any(result.withdrawn.values()):
        print(f"Đơn vị đã rút: {_line(result.withdrawn)}.")
    for c in result.conflicts:
        print(f"Khác biệt ({c.entity} {c.tax_code or c.uuid}, {c.field}): giữ \"{c.kept}\", "
              f"giá trị kia \"{c.other}\" (từ {c.from_office}).")
    for p in result.rejected:
        print(f"Từ chối trang \"{p.sheet}\" dòng {p.row}, cột \"{p.column}\": {p.reason}")


def cmd_export_submission(args: argparse.Namespace) -> int:
    from nsdesk.reports.submission import write_submission
    from nsdesk.services.reporting import periods

    db = open_db(args)
    try:
        with db.sessions() as s:
            package = write_submission(s, args.plan, periods.custom(args.start, args.end), args.out)
    finally:
        db.dispose()
    counts = {k.split(":", 1)[1]: int(v) for k, v, _d in package.manifest[1:] if k.startswith("count:")}
    if args.json:
        print(json.dumps({"out": str(args.out), "counts": counts, "checksum": package.checksum}, ensure_ascii=False))
    else:
        print(f"Đã ghi gói dữ liệu báo cáo vào {args.out}: " + ", ".join(f"{k} {v}" for k, v in counts.items()) + ".")
    return EXIT_OK
