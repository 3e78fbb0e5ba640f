"""``nsdesk report plan --plan CODE [--as-of YYYY-MM-DD] --out FILE.xlsx [--json]``."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from nsdesk.commands._common import EXIT_OK, open_db
from nsdesk.commands.progress import _day
from nsdesk.files import check_output_path
from nsdesk.services.common import formats


def add_parsers(sub) -> None:
    p = sub.add_parser("report", help="báo cáo Excel gửi Sở Khoa học và Công nghệ")
    what = p.add_subparsers(dest="what", required=True, metavar="LOẠI")
    plan = what.add_parser("plan", help="kết quả thực hiện một kế hoạch: chỉ tiêu, lượt hỗ trợ, dự án điểm, "
                                        "công cụ, cải thiện năng suất")
    plan.add_argument("--plan", required=True, metavar="MÃ", help="mã kế hoạch")
    plan.add_argument("--as-of", dest="as_of", type=_day, metavar="YYYY-MM-DD", help="tính đến ngày (mặc định: hôm nay)")
    plan.add_argument("--out", required=True, type=Path, metavar="TỆP.xlsx", help="tệp Excel sẽ ghi")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(func=cmd_report_plan)


def cmd_report_plan(args) -> int:
    from nsdesk.reports.plan_report import write_plan_report

    db = open_db(args, read_only=True)
    try:
        check_output_path(args.out, database=db.path)
        with db.sessions() as s:
            result = write_plan_report(s, args.plan, args.as_of or date.today(), args.out)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
    else:
        print(f"Đã ghi báo cáo kế hoạch {result.plan} (tính đến {formats.day(result.as_of)}) vào {result.path}: "
              f"{result.rows['targets']} chỉ tiêu, {result.rows['supports']} lượt hỗ trợ, "
              f"{result.rows['projects']} dự án điểm.")
    return EXIT_OK
