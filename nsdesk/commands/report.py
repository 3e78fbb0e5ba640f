"""``nsdesk report plan --plan CODE [--from YYYY-MM-DD] --to YYYY-MM-DD --out FILE.xlsx [--number N] [--json]``.

``--as-of`` stays as a synonym of ``--to`` (``--from`` then defaults to the plan's start, as it
always does). Unknown plan, ``--from`` after ``--to``, or an output that is not a new or existing
.xlsx file in an existing folder: exit 2, one line, nothing written.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from nsdesk.commands._common import EXIT_OK, open_db
from nsdesk.commands.progress import _day
from nsdesk.errors import InputError
from nsdesk.files import check_output_path
from nsdesk.services.common import formats


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("report", help="báo cáo Excel gửi Sở Khoa học và Công nghệ")
    what = p.add_subparsers(dest="what", required=True, metavar="LOẠI")
    plan = what.add_parser("plan", help="kết quả thực hiện một kế hoạch trong một kỳ báo cáo: chỉ tiêu, lượt hỗ trợ, "
                                        "dự án điểm, hoạt động, nhiệm vụ, kinh phí, cải thiện năng suất")
    plan.add_argument("--plan", required=True, metavar="MÃ", help="mã kế hoạch")
    plan.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                      help="ngày đầu kỳ báo cáo (mặc định: ngày bắt đầu kế hoạch)")
    end = plan.add_mutually_exclusive_group(required=True)
    end.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD", help="ngày cuối kỳ báo cáo")
    end.add_argument("--as-of", dest="end", type=_day, metavar="YYYY-MM-DD", help="như --to")
    plan.add_argument("--out", required=True, type=Path, metavar="TỆP.xlsx", help="tệp Excel sẽ ghi")
    plan.add_argument("--number", metavar="SỐ", help="số, ký hiệu của báo cáo, ví dụ 15/BC-UBND")
    plan.add_argument("--json", action="store_true")
    plan.set_defaults(func=cmd_report_plan)


def check_output(path: Path) -> None:
    """InputError unless ``path`` is a new or existing .xlsx file in an existing folder."""
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"Tệp báo cáo phải có đuôi .xlsx: {path}.", hint="Ví dụ: --out bao-cao.xlsx")
    if path.exists() and not path.is_file():
        raise InputError(f"{path} là một thư mục, không phải tệp .xlsx.", hint="Ghi tên tệp sau --out.")
    if not path.parent.is_dir():
        raise InputError(f"Không có thư mục {path.parent}.", hint="Tạo thư mục trước hoặc chọn thư mục khác.")


def cmd_report_plan(args: argparse.Namespace) -> int:
    from nsdesk.reports.plan_report import ReportFields, write_figures
    from nsdesk.services.plans import progress as engine
    from nsdesk.services.plans.rules import plan_scope
    from nsdesk.services.reporting import periods
    from nsdesk.services.reporting.figures import report_data

    out: Path = args.out
    check_output_path(out)  # a database file or a folder is refused before the suffix is looked at
    check_output(out)
    db = open_db(args, read_only=True)
    try:
        check_output_path(out, database=db.path)
        with db.sessions() as s:
            plan = engine.find_plan(s, args.plan)
            to: date = args.end
            start: date = args.start or date(plan.start_year, 1, 1)
            milestones = plan_scope(s, plan).milestones
            period = periods.identify(start, to, plan.start_year, plan.end_year, milestones)
            figures = report_data(s, plan.code, period)
            write_figures(s, figures, ReportFields(number=args.number or ""), out)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps({
            "file": str(out),
            "period": {"from": period.start.isoformat(), "to": period.end.isoformat()},
            "targets": [{"code": t.code, "kind": t.kind, "achieved_period": engine.number(t.achieved_period),
                         "achieved_cumulative": engine.number(t.achieved_cumulative), "status": t.status}
                        for t in figures.targets],
        }, ensure_ascii=False))
    else:
        print(f"Đã ghi báo cáo kế hoạch {plan.code} ({period.label}, từ ngày {formats.day(period.start)} "
              f"đến ngày {formats.day(period.end)}) vào {out}: {len(figures.targets)} chỉ tiêu, "
              f"{figures.support_totals.supports} lượt hỗ trợ trong kỳ, {len(figures.projects)} dự án điểm.")
    return EXIT_OK
