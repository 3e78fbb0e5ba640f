"""Plan commands: plan templates, plan create --from-template."""

from __future__ import annotations

import json

from nsdesk.commands._common import EXIT_OK, open_db


def add_parsers(sub) -> None:
    p = sub.add_parser("plan", help="kế hoạch: mẫu có sẵn, tạo kế hoạch từ mẫu")
    psub = p.add_subparsers(dest="plan_command", required=True, parser_class=type(p))

    s = psub.add_parser("templates", help="liệt kê các mẫu kế hoạch có sẵn")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_templates)

    s = psub.add_parser("create", help="tạo kế hoạch mới từ một mẫu")
    s.add_argument("--from-template", dest="template", required=True, metavar="MÃ_MẪU", help="mã mẫu (xem \"plan templates\")")
    s.add_argument("--code", help="mã kế hoạch mới (mặc định: mã của mẫu)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_create)


def cmd_templates(args) -> int:
    from nsdesk.services.plans import templates

    items = templates.list_templates()
    if args.json:
        print(json.dumps([t.as_json() for t in items], ensure_ascii=False))
    else:
        for t in items:
            print(f"{t.code}\t{t.level}\t{t.period[0]}–{t.period[1]}\t{t.title}")
    return EXIT_OK


def cmd_create(args) -> int:
    from nsdesk.services.plans import plans

    db = open_db(args)
    try:
        with db.sessions.begin() as s:
            plan = plans.create_from_template(s, args.template, args.code)
            result = plans.plan_json(s, plan)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Đã tạo kế hoạch {result['code']}: {result['title']}")
        print(f"  {len(result['targets'])} chỉ tiêu, {result['tasks']} nhiệm vụ"
              + (f"; thực hiện kế hoạch {result['parent']}" if result["parent"] else ""))
    return EXIT_OK
