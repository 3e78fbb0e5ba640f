"""Core commands: init, demo, info."""

from __future__ import annotations

import json

from nsdesk.commands._common import EXIT_OK, open_db


def add_parsers(sub) -> None:
    s = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu, nạp dữ liệu tham chiếu, đặt đơn vị")
    s.add_argument("--province", help="tỉnh/thành phố: tên hoặc mã (ví dụ \"Quảng Ngãi\" hoặc 51)")
    s.add_argument("--commune", help="xã/phường/đặc khu: tên hoặc mã")
    s.add_argument("--unit-name", help="tên đơn vị cũ (thành phố/huyện trước 2025), nếu có")
    s.add_argument("--officer", help="họ tên cán bộ (dùng trong lịch sử thay đổi và chữ ký báo cáo)")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_init)

    s = sub.add_parser("demo", help="tạo bộ dữ liệu mẫu")
    s.add_argument("--enterprises", type=int, default=3000, help="số doanh nghiệp (mặc định 3000)")
    s.add_argument("--seed", type=int, default=36)
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_demo)

    s = sub.add_parser("info", help="phiên bản lược đồ, số bản ghi, vị trí cơ sở dữ liệu")
    s.add_argument("--json", action="store_true")
    s.set_defaults(func=cmd_info)


def cmd_init(args) -> int:
    from nsdesk.services.common import office as office_svc
    from nsdesk.services.common import reference

    db = open_db(args, create=True)
    try:
        with db.sessions.begin() as s:
            added = reference.load_all(s)
            office = office_svc.set_office(
                s, province=args.province, commune=args.commune, officer=args.officer, unit_name=args.unit_name
            )
            result = {
                "database": db.describe(),
                "reference_added": added,
                "office": {
                    "province_code": office.province_code, "province": office.province_name,
                    "commune_code": office.commune_code, "commune": office.commune_name,
                    "unit_name": office.unit_name, "officer": office.officer_name,
                },
            }
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(f"Cơ sở dữ liệu: {result['database']}")
        print(f"Đơn vị: {office.label() or '(chưa chọn — dùng --province/--commune)'}")
    return EXIT_OK


def cmd_demo(args) -> int:
    from nsdesk.services.demo import generate as demo

    db = open_db(args)
    try:
        with db.sessions.begin() as s:
            result = demo.generate(s, enterprises=args.enterprises, seed=args.seed)
    finally:
        db.dispose()
    print(json.dumps(result, ensure_ascii=False) if args.json else f"Đã tạo {result['enterprises']} doanh nghiệp mẫu.")
    return EXIT_OK


def cmd_info(args) -> int:
    from nsdesk.services.common import info

    db = open_db(args, read_only=True)
    try:
        with db.sessions() as s:
            result = info.describe(db, s)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        from nsdesk import __version__

        print(f"nsdesk {__version__}")
        print(f"Cơ sở dữ liệu: {result['database']} ({result['backend']})")
        print(f"Phiên bản lược đồ: {result['schema_revision']}")
        for table, n in result["counts"].items():
            print(f"  {table}: {n}")
    return EXIT_OK
