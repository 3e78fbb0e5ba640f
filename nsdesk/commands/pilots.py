"""Pilot commands: supports (lượt), pilot projects, improvement summaries."""

from __future__ import annotations

import json

from nsdesk.commands._common import EXIT_OK, open_db


def add_parsers(sub) -> None:
    s = sub.add_parser("supports", help="các lượt hỗ trợ doanh nghiệp")
    ssub = s.add_subparsers(dest="supports_command", required=True)
    p = ssub.add_parser("list", help="liệt kê các lượt hỗ trợ (kể cả lượt đã hủy)")
    p.add_argument("--status", choices=["planned", "in_progress", "completed", "cancelled"])
    p.add_argument("--enterprise", help="mã số thuế hoặc mã định danh của doanh nghiệp")
    p.add_argument("--project", help="mã dự án điểm")
    p.add_argument("--tool", help="mã công cụ (ví dụ LEAN, ISO9001)")
    p.add_argument("--json", action="store_true", help="in một mảng JSON, mỗi phần tử một lượt")
    p.set_defaults(func=cmd_supports_list)
    p = ssub.add_parser("expiring", help="giấy chứng nhận sắp hết hạn")
    p.add_argument("--days", type=int, default=90, help="trong bao nhiêu ngày tới (mặc định 90)")
    p.add_argument("--as-of", help="tính từ ngày (yyyy-mm-dd hoặc dd/mm/yyyy; mặc định hôm nay)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_supports_expiring)

    s = sub.add_parser("projects", help="các dự án điểm, mô hình điểm")
    psub = s.add_subparsers(dest="projects_command", required=True)
    p = psub.add_parser("list", help="liệt kê dự án điểm")
    p.add_argument("--all", action="store_true", help="kể cả dự án đã lưu trữ")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_projects_list)

    s = sub.add_parser("metrics", help="chỉ số năng suất trước/sau hỗ trợ")
    msub = s.add_subparsers(dest="metrics_command", required=True)
    p = msub.add_parser("summary", help="mức cải thiện theo công cụ, ngành, xã/phường hoặc dự án")
    p.add_argument("--by", choices=["tool", "sector", "commune", "project"], default="tool")
    p.add_argument("--metric", action="append", help="chỉ tính chỉ tiêu này (có thể lặp lại)")
    p.add_argument("--include-flagged", action="store_true", help="tính cả số liệu bị đánh dấu cần kiểm tra")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_metrics_summary)


def _num(value, decimals: int = 1) -> str:
    from nsdesk.services.common import formats

    return formats.number(value, decimals)


def cmd_supports_list(args) -> int:
    from nsdesk.services.pilots import supports

    db = open_db(args)
    try:
        with db.sessions() as s:
            rows = supports.list_supports(s, status=args.status, enterprise=args.enterprise, project=args.project,
                                          tool=args.tool)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return EXIT_OK
    from nsdesk.services.common import formats

    for r in rows:
        print(" | ".join([
            r.tax_code or "", r.enterprise_name, r.project_code or "—", ", ".join(r.types), ", ".join(r.tools),
            supports.status_label(r.status), formats.day(r.start) or "—", formats.day(r.end) or "—",
        ]))
    print(f"Tổng: {len(rows)} lượt, {len({r.enterprise_uuid for r in rows})} doanh nghiệp.")
    return EXIT_OK


def cmd_supports_expiring(args) -> int:
    from nsdesk.errors import InputError
    from nsdesk.services.common import formats
    from nsdesk.services.common.forms import parse_date
    from nsdesk.services.pilots import supports

    try:
        as_of = parse_date(args.as_of)
    except ValueError as exc:
        raise InputError(f"Ngày \"{args.as_of}\" không hợp lệ; hãy nhập dạng dd/mm/yyyy.") from exc
    if args.days < 0:
        raise InputError("Số ngày phải lớn hơn hoặc bằng 0.")
    db = open_db(args)
    try:
        with db.sessions() as s:
            rows = supports.expiring_certificates(s, as_of=as_of, days=args.days)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        print(f"{formats.day(r.cert_expires)} | {r.cert_number} | {r.cert_body or ''} | {r.tax_code or ''} "
              f"{r.enterprise_name}")
    print(f"Tổng: {len(rows)} giấy chứng nhận sắp hết hạn.")
    return EXIT_OK


def cmd_projects_list(args) -> int:
    from nsdesk.services.pilots import projects

    db = open_db(args)
    try:
        with db.sessions() as s:
            rows = projects.list_projects(s, include_archived=args.all)
    finally:
        db.dispose()
    if args.json:
        out = []
        for r in rows:
            d = dict(vars(r))
            d["start_date"] = r.start_date.isoformat() if r.start_date else None
            d["end_date"] = r.end_date.isoformat() if r.end_date else None
            out.append(d)
        print(json.dumps(out, ensure_ascii=False))
        return EXIT_OK
    for r in rows:
        print(f"{r.code} | {r.name} | {projects.status_label(r.status)} | {r.enterprises} doanh nghiệp, "
              f"{r.supports} lượt | {_num(r.funding_total)} triệu đồng")
    return EXIT_OK


def cmd_metrics_summary(args) -> int:
    from nsdesk.services.pilots import summaries

    db = open_db(args)
    try:
        with db.sessions() as s:
            rows = summaries.summarize(s, args.by, include_flagged=args.include_flagged, metrics=args.metric)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps([r.as_json() for r in rows], ensure_ascii=False))
        return EXIT_OK
    print(f"Nhóm theo: {summaries.GROUPINGS[args.by]}. Cặp số liệu: giá trị trước sớm nhất và giá trị sau "
          "muộn nhất của mỗi lượt; % cải thiện tính theo chiều tốt của chỉ tiêu.")
    print("Nhóm | Chỉ tiêu | Số DN | Số cặp | Trung vị % | Trung bình % | Số lần đo | Cần kiểm tra")
    for r in rows:
        print(f"{r.group_label} | {r.metric_name} | {r.enterprises} | {r.n_pairs} | {_num(r.median_pct)} | "
              f"{_num(r.mean_pct)} | {r.n_measurements} | {r.n_flagged}")
    return EXIT_OK
