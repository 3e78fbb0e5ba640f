"""Benchmark: the province imports many ward submissions.

nsdesk  = ``import_submission`` of every ward package into one provincial SQLite database (one
          transaction per file, as the CLI does), then the same files a second time (nothing changes);
floor   = reading the same files with python-calamine plus raw ``executemany`` inserts of the same
          enterprise, lượt and measurement rows into the same schema;
progress = the province plan's progress over the consolidated database vs over one ward's database
          holding the same number of counted lượt (cost follows what is counted, not how many sent it).

Every ward package comes from its own office (past the province's communes, an office with a unit
name), so no package replaces another and the second pass really changes nothing.

Goals (issue 12): first import ≤ 3 × floor; second import ≤ first; consolidated progress ≤ 1.5 ×
the one-ward progress. The packages are written in the submission format directly (the same
writer functions), so building them costs seconds, not a ward database each.
Run: ``.venv/bin/python benchmarks/bench_consolidation.py [--wards 100] [--enterprises 1000]
[--supports 100] [--measurements 1000]``.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from datetime import date, datetime, timezone
from pathlib import Path

PLAN = "QN-138"


def _db(path: Path):
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema
    from nsdesk.services.plans import plans

    db = open_database(f"sqlite:///{path}")
    schema.upgrade(db)
    with db.sessions.begin() as s:
        reference.load_all(s)
        office.set_office(s, province="51", officer="Benchmark")
        plans.create_from_template(s, "QN-138-2025", PLAN)
    return db


def write_packages(folder: Path, wards: int, n_ent: int, n_sup: int, n_meas: int) -> list[Path]:
    from sqlalchemy import select

    from nsdesk.models import AdminUnit
    from nsdesk.services.consolidation import format as fmt
    from nsdesk.services.consolidation.package import _manifest
    from nsdesk.services.register.taxcode import make_code
    from nsdesk.xlsx import add_text_sheet, checksum
    from nsdesk.xlsx.table import new_workbook

    db = _db(folder / "codes.sqlite")
    with db.sessions() as s:
        communes = list(s.scalars(select(AdminUnit.code).where(AdminUnit.province_code == "51",
                                                               AdminUnit.level == "commune").order_by(AdminUnit.code)))
    db.dispose()
    stamp = datetime(2025, 6, 1, tzinfo=timezone.utc).isoformat(timespec="microseconds")
    paths = []
    serial = 0
    for w in range(wards):
        commune = communes[w % len(communes)]
        sheets = {name: [fmt.header(name)] for name in fmt.DATA_SHEETS}
        # One office per ward: past the province's communes, an office with a unit name (an association,
        # a department) — two packages of one office for one period would replace each other.
        sender = ({"commune_code": commune, "commune_name": f"Xã {commune}"} if w < len(communes)
                  else {"unit_name": f"Hiệp hội doanh nghiệp số {w}"})
        office = {"format": fmt.FORMAT_NAME, "province_code": "51", "province_name": "Quảng Ngãi",
                  **sender, "plan_code": PLAN,
                  "plan_title": "Kế hoạch", "plan_level": "province", "plan_start_year": "2025",
                  "plan_end_year": "2030", "period_from": "2025-01-01", "period_to": "2025-12-31"}
        sheets[fmt.OFFICE] += [[k, v] for k, v in office.items()]
        ents = []
        for _ in range(n_ent):
            serial += 1
            while make_code(f"{300000000 + serial:09d}") is None:
                serial += 1
            e = str(uuid.uuid4())
            ents.append(e)
            row = {"uuid": e, "modified_at": stamp, "tax_code": make_code(f"{300000000 + serial:09d}") or "",
                   "name": f"Công ty TNHH Số {serial}", "kind": "llc", "province_code": "51",
                   "commune_code": commune, "employees": str(10 + serial % 90), "archived": "0", "in_territory": "1"}
            sheets[fmt.ENTERPRISES].append([row.get(f, "") for f, _l in fmt.COLUMNS[fmt.ENTERPRISES]])
        sups = []
        for i in range(n_sup):
            u = str(uuid.uuid4())
            sups.append((u, ents[i % len(ents)]))
            row = {"uuid": u, "modified_at": stamp, "enterprise_uuid": ents[i % len(ents)],
                   "start_date": f"2025-{1 + i % 12:02d}-10", "status": "completed", "types": "system_tool",
                   "tools": "LEAN"}
            sheets[fmt.SUPPORTS].append([row.get(f, "") for f, _l in fmt.COLUMNS[fmt.SUPPORTS]])
        for i in range(n_meas):
            su, eu = sups[i % len(sups)]
            row = {"uuid": str(uuid.uuid4()), "modified_at": stamp, "enterprise_uuid": eu, "support_uuid": su,
                   "metric": "value_added", "phase": "before" if i % 2 else "after", "value": str(100 + i),
                   "measured_on": f"2025-{1 + i % 12:02d}-20"}
            sheets[fmt.MEASUREMENTS].append([row.get(f, "") for f, _l in fmt.COLUMNS[fmt.MEASUREMENTS]])
        for name in fmt.RECORD_SHEETS:
            sheets[name][1:] = sorted(sheets[name][1:])
        path = folder / f"ward-{w:03d}.xlsx"
        wb = new_workbook(path)
        for name in fmt.DATA_SHEETS:
            add_text_sheet(wb, name, sheets[name][0], sheets[name][1:])
        manifest = _manifest(sheets, checksum(sheets), {"supports": n_sup, "enterprises": min(n_sup, n_ent)}, stamp)
        add_text_sheet(wb, fmt.MANIFEST, manifest[0], manifest[1:])
        wb.close()
        paths.append(path)
    return paths


def nsdesk_import(db, paths: list[Path]) -> float:
    from nsdesk.services.consolidation.importing import import_submission

    t = time.perf_counter()
    for p in paths:
        with db.sessions() as s:
            result = import_submission(s, p)
            assert not result.rejected, result.rejected[:3]
            assert result.replaces is None and not result.conflicts, (p.name, result.replaces, result.conflicts[:3])
            s.commit()
    return time.perf_counter() - t


def floor(db, paths: list[Path], key: int = 10_000_000) -> float:
    import python_calamine as pc
    from sqlalchemy import insert

    from nsdesk.models import Enterprise, Measurement, Support
    from nsdesk.services.consolidation import format as fmt

    t = time.perf_counter()
    for p in paths:
        wb = pc.CalamineWorkbook.from_path(str(p))
        rows = {name: wb.get_sheet_by_name(name).to_python()[1:] for name in
                (fmt.ENTERPRISES, fmt.SUPPORTS, fmt.MEASUREMENTS)}
        with db.sessions.begin() as s:
            ids = {}
            ent_rows = []
            for r in rows[fmt.ENTERPRISES]:
                key += 1
                ent_rows.append({"uuid": r[0], "tax_code": r[2] or None, "name": r[3], "kind": r[4], "commune_code": r[7],
                                 "name_key": key, "size_class": "unknown", "archived": False, "search_folded": "",
                                 "name_folded": r[3].lower()})
            s.execute(insert(Enterprise), ent_rows)
            from sqlalchemy import select

            ids = dict(s.execute(select(Enterprise.uuid, Enterprise.id).where(
                Enterprise.uuid.in_([r["uuid"] for r in ent_rows]))).all())
            s.execute(insert(Support), [{"uuid": r[0], "enterprise_id": ids[r[2]], "status": r[7],
                                         "start_date": date.fromisoformat(r[5])} for r in rows[fmt.SUPPORTS]])
            sup = dict(s.execute(select(Support.uuid, Support.id).where(
                Support.uuid.in_([r[0] for r in rows[fmt.SUPPORTS]]))).all())
            s.execute(insert(Measurement), [{"uuid": r[0], "enterprise_id": ids[r[2]], "support_id": sup[r[3]],
                                             "metric_id": 1, "phase": r[5], "value": float(r[6])}
                                            for r in rows[fmt.MEASUREMENTS]])
    return time.perf_counter() - t


def progress_time(db, repeat: int = 3) -> float:
    from nsdesk.services.plans.progress import progress

    best = float("inf")
    for _ in range(repeat):
        with db.sessions() as s:
            t = time.perf_counter()
            progress(s, PLAN, date(2025, 12, 31))
            best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wards", type=int, default=100)
    ap.add_argument("--enterprises", type=int, default=1000)
    ap.add_argument("--supports", type=int, default=100)
    ap.add_argument("--measurements", type=int, default=1000)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        t = time.perf_counter()
        paths = write_packages(folder, a.wards, a.enterprises, a.supports, a.measurements)
        print(f"packages: {len(paths)} written in {time.perf_counter() - t:.1f} s")
        raw = _db(folder / "floor.sqlite")
        prov = _db(folder / "province.sqlite")
        f = first = 0.0
        for i, p in enumerate(paths):  # file by file, alternately: both see the same load on a shared machine
            f += floor(raw, [p], key=10_000_000 + i * 1_000_000)
            first += nsdesk_import(prov, [p])
        raw.dispose()
        second = nsdesk_import(prov, paths)
        consolidated = progress_time(prov)
        prov.dispose()
        ward = _db(folder / "ward.sqlite")
        one = write_packages_one(folder, a.wards * a.supports, a.enterprises * a.wards)
        nsdesk_import(ward, [one])
        single = progress_time(ward)
        ward.dispose()
    print(f"floor (calamine + raw inserts): {f:.2f} s")
    print(f"first import: {first:.2f} s = {first / f:.2f} × floor (goal ≤ 3)")
    print(f"second import (nothing changes): {second:.2f} s = {second / first:.2f} × first (goal ≤ 1)")
    print(f"progress, consolidated: {consolidated * 1000:.1f} ms; one ward with the same lượt: "
          f"{single * 1000:.1f} ms = {consolidated / single:.2f} × (goal ≤ 1.5)")


def write_packages_one(folder: Path, n_sup: int, n_ent: int) -> Path:
    sub = folder / "one"
    sub.mkdir()
    return write_packages(sub, 1, n_ent, n_sup, 0)[0]


if __name__ == "__main__":
    main()
