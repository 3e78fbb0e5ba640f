"""``nsdesk progress --plan CODE [--as-of YYYY-MM-DD] [--members TARGET] [--json]``."""

from __future__ import annotations

import argparse
import json
from datetime import date

from nsdesk.commands._common import EXIT_OK, open_db
from nsdesk.services.common import formats


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ngày «{text}» không hợp lệ; hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-12-31"
        ) from None


def add_parsers(sub) -> None:
    p = sub.add_parser("progress", help="tiến độ thực hiện các chỉ tiêu của một kế hoạch tại một ngày")
    p.add_argument("--plan", required=True, metavar="MÃ", help="mã kế hoạch")
    p.add_argument("--as-of", dest="as_of", type=_day, metavar="YYYY-MM-DD", help="tính đến ngày (mặc định: hôm nay)")
    p.add_argument("--members", metavar="MÃ_CHỈ_TIÊU", help="liệt kê doanh nghiệp / lượt / hoạt động tạo nên số đếm")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_progress)


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


def cmd_progress(args) -> int:
    from nsdesk.services.plans import progress as engine

    as_of = args.as_of or date.today()
    db = open_db(args)
    try:
        with db.sessions() as s:
            if args.members:
                rows = engine.members(s, args.plan, args.members, as_of)
                plan = engine.find_plan(s, args.plan).code
                listed = {"plan": plan, "target": args.members, "as_of": as_of.isoformat(),
                          "members": [m.as_json() for m in rows]}
            else:
                result = engine.progress(s, args.plan, as_of)
    finally:
        db.dispose()
    if args.members:
        if args.json:
            print(json.dumps(listed, ensure_ascii=False))
        else:
            for m in listed["members"]:
                print("\t".join(str(x) for x in (m["on"] or "", m["kind"], m["tax_code"] or "", m["label"])))
        return EXIT_OK
    if args.json:
        print(json.dumps(result.as_json(), ensure_ascii=False))
        return EXIT_OK
    print(f"{result.plan} — {result.title}")
    print(f"Tính đến ngày {formats.day(as_of)}")
    for t in result.targets:
        required = _fmt(t.min) + (f"–{_fmt(t.max)}" if t.max is not None else "")
        flag = " (vượt chỉ tiêu)" if t.exceeded else ""
        print(f"  {t.code}\t{t.milestone}\t{_fmt(t.achieved)} / {required}\t{engine.status_label(t.status)}{flag}\t{t.title}")
    print(engine.pace_rule_text())
    return EXIT_OK
