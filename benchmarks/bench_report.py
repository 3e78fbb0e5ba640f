"""Benchmark: the province plan's report workbook (``write_plan_report``) vs SQL + xlsxwriter writing its cells.

Over a province database of 100,000 enterprises, 10,000 lượt and 1,000,000 measurements (built with
bulk inserts, not the demo), the report of plan QN-138-2025 for the Decree 09 year 2026:

report = ``write_plan_report(session, "QN-138-2025", …, period=decree_year(2026))`` in a fresh
         process and session: the document, its seven appendices and the "Dữ liệu" sheets it carries;
floor  = the raw ``sqlite3`` queries fetching the rows those sheets show (the period's lượt with their
         enterprise, sector, commune and project; the measurements of the province's lượt; the
         enterprises, lượt and measurements of the data sheets) **plus** xlsxwriter (constant_memory)
         writing exactly the report's cells — read back from the report with python-calamine, so
         the same values in the same places — from rows already in memory.

Times are the process's CPU time (``time.process_time``; SQLite runs in the process), so that other
work on a shared machine does not tilt the ratio; the wall time of the report is printed beside it.

Peak memory: the peak RSS of the process that writes the report (``ru_maxrss`` of a subprocess), at
10,000 and 100,000 enterprises with the same lượt and measurements: it must stay flat.

Goals (issue 11): report ≤ 1.5 × floor; peak RSS at 100,000 enterprises ≤ 1.2 × at 10,000.
Run: ``.venv/bin/python benchmarks/bench_report.py [--scale 0.05] [--repeat 1] [--keep DIR]``
(``--scale`` multiplies every count, for development).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLAN = "QN-138-2025"
GOAL = 1.5
GOAL_MEMORY = 1.2
STAMP = "2025-06-01 00:00:00.000000"
STATUSES = ("completed",) * 5 + ("in_progress",) * 3 + ("planned", "cancelled")
METRICS = ("defect_rate", "scrap_rate", "workers", "value_added", "lead_time", "on_time_delivery")
TOOLS = ("LEAN", "KAIZEN", "5S", "TPM", "ISO9001")
FLOOR_SQL = (
    # PL II: the lượt of the period with their enterprise, sector, commune and project
    """SELECT s.id, s.start_date, s.end_date, s.status, s.funding_state, s.funding_enterprise, s.funding_other,
              e.name, e.tax_code, e.kind, e.size_class, sec.name, au.name, p.name
       FROM supports s JOIN enterprises e ON e.id = s.enterprise_id
       LEFT JOIN sectors sec ON sec.code = e.sector_code LEFT JOIN admin_units au ON au.code = e.commune_code
       LEFT JOIN pilot_projects p ON p.id = s.project_id
       WHERE e.province_code = '51' AND s.start_date BETWEEN :start AND :end""",
    """SELECT st.support_id, st.type FROM support_types st""",
    """SELECT t.support_id, tl.code, tl.name FROM support_tools t JOIN tools tl ON tl.id = t.tool_id""",
    # PL VII: the measurements of the province's lượt dated by the end
    """SELECT m.support_id, m.metric_id, m.phase, m.value, m.measured_on FROM measurements m
       JOIN enterprises e ON e.id = m.enterprise_id
       WHERE e.province_code = '51' AND m.measured_on <= :end""",
    # Data sheets: enterprises of the territory, lượt and measurements by the end
    """SELECT uuid, modified_at, tax_code, name, kind, sector_code, province_code, commune_code, address,
              representative, founded_year, employees, revenue, capital, archived FROM enterprises""",
    """SELECT s.uuid, s.modified_at, e.uuid, e.tax_code, s.project_id, s.start_date, s.end_date, s.status,
              s.funding_state, s.funding_enterprise, s.funding_other, s.cert_number, s.cert_body, s.cert_issued,
              s.cert_expires, s.note FROM supports s JOIN enterprises e ON e.id = s.enterprise_id
       WHERE s.start_date <= :end""",
    """SELECT m.uuid, m.modified_at, e.uuid, s.uuid, m.metric_id, m.phase, m.value, m.measured_on, m.period,
              m.source FROM measurements m JOIN enterprises e ON e.id = m.enterprise_id
       LEFT JOIN supports s ON s.id = m.support_id WHERE m.measured_on <= :end""",
)


# --- the database ---------------------------------------------------------------------------

def build(path: Path, n_ent: int, n_sup: int, n_meas: int) -> float:
    """A province database: the app's schema, reference data, office and plan, then bulk rows."""
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema
    from nsdesk.services.pilots import projects
    from nsdesk.services.plans import plans

    t = time.perf_counter()
    db = open_database(f"sqlite:///{path}")
    try:
        schema.upgrade(db)
        with db.sessions.begin() as s:
            reference.load_all(s)
            office.set_office(s, province="51", officer="Benchmark")
            plans.create_from_template(s, PLAN)
            for i in range(8):
                projects.create_project(s, {"code": f"DA-{i:02d}", "name": f"Mô hình điểm cải tiến năng suất số {i}",
                                            "status": "in_progress" if i % 4 else "completed", "plan_code": PLAN,
                                            "start_date": "2025-01-01", "lead_unit": "Sở Khoa học và Công nghệ"})
    finally:
        db.dispose()
    rng = random.Random(36)
    conn = sqlite3.connect(path)
    try:
        q = conn.execute
        communes = [r[0] for r in q("SELECT code FROM admin_units WHERE province_code = '51' AND level = 'commune'")]
        sectors = [r[0] for r in q("SELECT code FROM sectors ORDER BY code")]
        tool_ids = [r[0] for r in q(f"SELECT id FROM tools WHERE code IN {TOOLS!r}")]
        metric_ids = [r[0] for r in q(f"SELECT id FROM metrics WHERE code IN {METRICS!r}")]
        project_ids = [r[0] for r in q("SELECT id FROM pilot_projects")]
        kinds = ("llc", "jsc", "private", "cooperative", "household")
        sizes = ("micro", "small", "medium", "not_sme")
        names = [(f"cong ty tnhh so {i:06d}", i) for i in range(1, n_ent + 1)]
        key = {i: k << 32 for k, (_n, i) in enumerate(sorted(names), start=1)}
        q("DROP TRIGGER IF EXISTS enterprises_fts_ai")  # the search index is not what is measured
        conn.executemany(
            "INSERT INTO enterprises (id, uuid, created_at, modified_at, tax_code, name, kind, sector_code,"
            " province_code, commune_code, employees, size_class, archived, search_folded, name_folded, name_key)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '51', ?, ?, ?, 0, ?, ?, ?)",
            ((i, str(uuid.UUID(int=rng.getrandbits(128))), STAMP, STAMP, f"51{i:08d}", f"Công ty TNHH Số {i:06d}",
              kinds[i % 5], sectors[i % len(sectors)], communes[i % len(communes)], 5 + i % 200, sizes[i % 4],
              f"cong ty tnhh so {i:06d} 51{i:08d}", f"cong ty tnhh so {i:06d}", key[i])
             for i in range(1, n_ent + 1)))
        first = date(2025, 1, 1)
        sup_rows, sup_dates = [], {}
        for i in range(1, n_sup + 1):
            start = first + timedelta(days=rng.randrange(730))
            status = STATUSES[i % len(STATUSES)]
            end = start + timedelta(days=rng.randrange(30, 240)) if status != "planned" else None
            sup_dates[i] = (start, end or start + timedelta(days=120))
            sup_rows.append((i, str(uuid.UUID(int=rng.getrandbits(128))), STAMP, STAMP, rng.randrange(1, n_ent + 1),
                             project_ids[i % len(project_ids)] if i % 3 == 0 else None, start.isoformat(),
                             end.isoformat() if end else None, status, float(10 + i % 90), float(i % 20), None))
        conn.executemany(
            "INSERT INTO supports (id, uuid, created_at, modified_at, enterprise_id, project_id, start_date,"
            " end_date, status, funding_state, funding_enterprise, funding_other) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            sup_rows)
        conn.executemany("INSERT INTO support_types (support_id, type) VALUES (?, ?)",
                         ((i, ("system_tool", "training", "consulting")[i % 3]) for i in range(1, n_sup + 1)))
        conn.executemany("INSERT INTO support_tools (support_id, tool_id) VALUES (?, ?)",
                         ((i, tool_ids[i % len(tool_ids)]) for i in range(1, n_sup + 1)))
        enterprise_of = {r[0]: r[4] for r in sup_rows}

        def measurements():
            for i in range(1, n_meas + 1):
                sid = 1 + i % n_sup
                start, end = sup_dates[sid]
                before = (i // n_sup) % 2 == 0
                on = start - timedelta(days=10) if before else end + timedelta(days=5)
                yield (i, str(uuid.UUID(int=rng.getrandbits(128))), STAMP, STAMP, enterprise_of[sid], sid,
                       metric_ids[(i // (2 * n_sup)) % len(metric_ids)], "before" if before else "after",
                       float(50 + rng.randrange(100)), on.isoformat())

        conn.executemany(
            "INSERT INTO measurements (id, uuid, created_at, modified_at, enterprise_id, support_id, metric_id,"
            " phase, value, measured_on, flagged) VALUES (?,?,?,?,?,?,?,?,?,?,0)", measurements())
        conn.commit()
        q("ANALYZE")
    finally:
        conn.close()
    return time.perf_counter() - t


# --- one report in a fresh process ----------------------------------------------------------

def child(path: str, out: str) -> None:
    from nsdesk.db import open_database
    from nsdesk.reports import plan_report, submission
    from nsdesk.reports.plan_report import write_plan_report
    from nsdesk.services.reporting import periods

    spent = {"figures": 0.0, "package": 0.0}

    def timed(name, fn):
        def run(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.process_time() - t
        return run

    # Where the time goes: the figures (services/reporting) and the data package (services/consolidation).
    plan_report.report_data = timed("figures", plan_report.report_data)
    submission.collect = timed("package", submission.collect)
    period = periods.decree_year(2026)
    db = open_database(f"sqlite:///{path}")
    t, wall = time.process_time(), time.perf_counter()
    with db.sessions() as s:
        result = write_plan_report(s, PLAN, period.end, out, period=period)
    seconds, wall = time.process_time() - t, time.perf_counter() - wall
    db.dispose()
    print(json.dumps({"seconds": seconds, "wall": wall, "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "rows": result.rows, **spent}))


def run_report(path: Path, out: Path) -> dict:
    done = subprocess.run([sys.executable, __file__, "--child", str(path), str(out)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


# --- the floor ------------------------------------------------------------------------------

def floor_sql(path: Path) -> float:
    from nsdesk.services.reporting import periods

    period = periods.decree_year(2026)
    args = {"start": period.start.isoformat(), "end": period.end.isoformat()}
    conn = sqlite3.connect(path)
    try:
        t = time.process_time()
        for sql in FLOOR_SQL:
            conn.execute(sql, {k: v for k, v in args.items() if f":{k}" in sql}).fetchall()
        return time.process_time() - t
    finally:
        conn.close()


def floor_write(report: Path) -> tuple[float, int]:
    """xlsxwriter (constant_memory) writing the report's cells, read back, from memory; (seconds, cells)."""
    import python_calamine as pc
    import xlsxwriter

    book = pc.CalamineWorkbook.from_path(str(report))
    sheets = [(name, book.get_sheet_by_name(name).to_python()) for name in book.sheet_names]
    cells = sum(len(r) for _n, rows in sheets for r in rows)
    t = time.process_time()
    wb = xlsxwriter.Workbook(io.BytesIO(), {"constant_memory": True})
    for name, rows in sheets:
        ws = wb.add_worksheet(name)
        for r, row in enumerate(rows):
            ws.write_row(r, 0, row)
    wb.close()
    return time.process_time() - t, cells


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=float, default=1.0, help="multiplies every count (development)")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--keep", help="folder for the databases (reused when present)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(*args.child)
        return 0
    tmp = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="nsdesk-bench-report-")
        folder = Path(tmp.name)
    os.environ.setdefault("XDG_DATA_HOME", str(folder / "data"))
    n_sup, n_meas = max(int(10_000 * args.scale), 10), max(int(1_000_000 * args.scale), 20)
    peaks = {}
    try:
        for n_ent in (int(10_000 * args.scale), int(100_000 * args.scale)):
            path = folder / f"province-{n_ent}-{n_sup}-{n_meas}.sqlite"
            if not path.exists():
                print(f"built {n_ent:,} enterprises, {n_sup:,} lượt, {n_meas:,} measurements in "
                      f"{build(path, n_ent, n_sup, n_meas):.1f} s", flush=True)
            out = folder / f"report-{n_ent}.xlsx"
            runs = [run_report(path, out) for _ in range(args.repeat)]
            report = min(r["seconds"] for r in runs)
            peaks[n_ent] = max(r["peak_kb"] for r in runs) / 1024
            sql = min(floor_sql(path) for _ in range(args.repeat))
            write, cells = min(floor_write(out) for _ in range(args.repeat))
            floor = sql + write
            best = min(runs, key=lambda r: r["seconds"])
            print(f"report {n_ent:,} enterprises: {report:.2f} s CPU ({best['wall']:.0f} s wall; of which figures {best['figures']:.2f} s, data "
                  f"package {best['package']:.2f} s; {cells:,} cells, lượt {best['rows']['supports']:,}); floor sql "
                  f"{sql:.2f} s + xlsxwriter {write:.2f} s = {floor:.2f} s; peak RSS {peaks[n_ent]:.0f} MB;"
                  f" ratio {report / floor:.2f} (goal ≤ {GOAL})", flush=True)
        small, big = sorted(peaks)
        print(f"peak RSS {small:,} enterprises {peaks[small]:.0f} MB, {big:,} enterprises {peaks[big]:.0f} MB; "
              f"ratio {peaks[big] / peaks[small]:.2f} (goal ≤ {GOAL_MEMORY})")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
