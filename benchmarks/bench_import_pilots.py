"""Benchmark: importing 100,000 lượt and 1,000,000 measurements vs the floor, measured in the same run.

floor  = read the file with python-calamine + insert the same rows with raw sqlite3.executemany into
         the same tables of a fresh database at head (lượt: supports + their types and tools;
         measurements: the measurements table), the enterprise and metric ids looked up in dicts
         given for free — no validation, no identity check, no change history, no flags.
nsdesk = the full import (header detection, tax-code normalisation, lookups, dates and numbers read,
         identity plan against the database, backup, Core executemany of the rows and their
         change-history entries; for measurements the computed metrics and the flags of every
         group touched) into a copy of the same database.

Peak memory of each nsdesk import is measured in a child process (its VmHWM: the whole
process, interpreter and libraries included).
Goals (issue 13): each ≤ 3 × floor; peak memory of the 1,000,000 measurements < 1 GB.

    .venv/bin/python benchmarks/bench_import_pilots.py             # 100,000 lượt, 1,000,000 measurements
    .venv/bin/python benchmarks/bench_import_pilots.py --scale 0.1 # development: a tenth of each
    .venv/bin/python benchmarks/bench_import_pilots.py --rejected  # also: every measurement row rejected

``--rejected`` imports the measurements file again into a database without its enterprises, so every
row is rejected and kept for the rejected-rows file: its peak memory against the same 1 GB budget.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

GOAL = 3.0
MEMORY_GOAL_MB = 1024
TOOLS = ["5S", "KAIZEN", "LEAN", "ISO9001", "TPM", "KPI", "HACCP", "VIETGAP"]
TYPES = ["Đào tạo", "Tư vấn", "Đào tạo; Tư vấn", "Chuyển đổi số", "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến"]
STATUSES = ["Hoàn thành", "Đang thực hiện", "Kế hoạch"]
METRICS = ["workers", "value_added", "revenue", "defect_rate", "on_time_delivery", "lead_time", "cost_saving",
           "customer_complaints", "energy_per_unit", "inventory_days"]


def _codes(n: int) -> list[str]:
    from nsdesk.services.register.taxcode import make_code

    out, body = [], 430_000_001
    while len(out) < n:
        code = make_code(f"{body:09d}")
        if code:
            out.append(code)
        body += 1
    return out


def prepare(db_path: Path, enterprises: int) -> list[str]:
    """A fresh database at head with reference data, an office and ``enterprises`` enterprises."""
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema
    from nsdesk.services.register.importing.rows import next_uuid

    db = open_database(f"sqlite:///{db_path}")
    schema.upgrade(db)
    codes = _codes(enterprises)
    with db.sessions.begin() as s:
        reference.load_all(s)
        office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Cán bộ đo")
        from nsdesk.models import Enterprise, utcnow

        now = utcnow()
        rows = [
            {"uuid": next_uuid(), "created_at": now, "modified_at": now, "tax_code": c, "name": f"Công ty {i}",
             "kind": "llc", "size_class": "unknown", "archived": False, "search_folded": f"cong ty {i}",
             "name_folded": f"cong ty {i}", "name_key": (i + 1) << 32} for i, c in enumerate(codes)]
        if rows:
            s.execute(Enterprise.__table__.insert(), rows)
    db.dispose()
    return codes


def make_supports_file(path: Path, rows: int, codes: list[str]) -> None:
    import xlsxwriter

    rng = random.Random(13)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Lượt")
    ws.write_row(0, 0, ["DANH SÁCH LƯỢT HỖ TRỢ"])
    header = ["STT", "Mã số thuế", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu", "Ngày kết thúc", "Trạng thái",
              "Kinh phí nhà nước", "Kinh phí doanh nghiệp"]
    ws.write_row(2, 0, header)
    start = date(2021, 1, 1)
    for i in range(rows):
        r = i + 3
        code = codes[i % len(codes)]
        day = start + timedelta(days=i // len(codes) * 30 + rng.randrange(25))
        ws.write_number(r, 0, i + 1)
        ws.write_string(r, 1, code if i % 4 else f"{code[:4]} {code[4:]}")
        ws.write_string(r, 2, rng.choice(TYPES))
        ws.write_string(r, 3, ", ".join(rng.sample(TOOLS, rng.randint(1, 2))))
        ws.write_string(r, 4, day.strftime("%d/%m/%Y"))
        ws.write_string(r, 5, (day + timedelta(days=90)).strftime("%d/%m/%Y"))
        ws.write_string(r, 6, rng.choice(STATUSES))
        ws.write_number(r, 7, rng.randint(0, 200))
        ws.write_string(r, 8, f"{rng.randint(1, 99)},5")
    wb.close()


def make_measurements_file(path: Path, rows: int, codes: list[str]) -> None:
    import xlsxwriter

    rng = random.Random(14)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Số liệu")
    ws.write_row(0, 0, ["Mã số thuế", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị", "Nguồn"])
    per = 2 * len(METRICS)
    for i in range(rows):
        code = codes[(i // per) % len(codes)]
        k = i % per
        metric, phase = METRICS[k // 2], ("Trước", "Sau")[k % 2]
        year = 2023 + (i // (per * len(codes)))  # a later round of the same enterprises: new dates
        ws.write_string(i + 1, 0, code)
        ws.write_string(i + 1, 1, metric)
        ws.write_string(i + 1, 2, phase)
        ws.write_string(i + 1, 3, f"{'01/01' if phase == 'Trước' else '31/12'}/{year}")
        ws.write_number(i + 1, 4, round(rng.uniform(1, 1000), 1))
        ws.write_string(i + 1, 5, "Khảo sát")
    wb.close()


def _read(path: Path, sheet: str) -> list[list]:
    import python_calamine as pc

    return pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name(sheet).to_python(skip_empty_area=False)


def _connect(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA cache_size = -65536")
    return conn


def floor_supports(path: Path, db_path: Path) -> float:
    conn = _connect(db_path)
    ids = {code: i for i, code in conn.execute("SELECT id, tax_code FROM enterprises")}
    tools = {code: i for i, code in conn.execute("SELECT id, code FROM tools")}
    t0 = time.perf_counter()
    rows = _read(path, "Lượt")[3:]
    now = "2026-12-03 00:00:00.000000"
    base = time.time_ns() << 16
    first = (conn.execute("SELECT COALESCE(MAX(id), 0) FROM supports").fetchone()[0]) + 1
    supports, types, links = [], [], []
    for n, r in enumerate(rows):
        sid = first + n
        supports.append((sid, f"{base + n:032x}", now, now, ids.get(str(r[1]).replace(" ", "")), r[4], r[5], "completed",
                         r[7], r[8]))
        types.append((sid, "training"))
        links.extend((sid, tools[t.strip().upper()]) for t in str(r[3]).split(","))
    with conn:
        conn.executemany("INSERT INTO supports (id, uuid, created_at, modified_at, enterprise_id, start_date, end_date,"
                         " status, funding_state, funding_enterprise) VALUES (?,?,?,?,?,?,?,?,?,?)", supports)
        conn.executemany("INSERT INTO support_types (support_id, type) VALUES (?,?)", types)
        conn.executemany("INSERT OR IGNORE INTO support_tools (support_id, tool_id) VALUES (?,?)", links)
    conn.close()
    return time.perf_counter() - t0


def floor_measurements(path: Path, db_path: Path) -> float:
    conn = _connect(db_path)
    ids = {code: i for i, code in conn.execute("SELECT id, tax_code FROM enterprises")}
    metrics = {code: i for i, code in conn.execute("SELECT id, code FROM metrics")}
    t0 = time.perf_counter()
    rows = _read(path, "Số liệu")[1:]
    now = "2026-12-03 00:00:00.000000"
    base = time.time_ns() << 16
    data = [(f"{base + n:032x}", now, now, ids[r[0]], metrics[r[1]], "before" if r[2] == "Trước" else "after", r[4],
             r[3], r[5], 0) for n, r in enumerate(rows)]
    with conn:
        conn.executemany("INSERT INTO measurements (uuid, created_at, modified_at, enterprise_id, metric_id, phase, value,"
                         " measured_on, source, flagged) VALUES (?,?,?,?,?,?,?,?,?,?)", data)
    conn.close()
    return time.perf_counter() - t0


def _nsdesk_child(kind: str, db_path: str, path: str, out) -> None:
    from nsdesk.db import open_database
    from nsdesk.services.pilots import importing

    db = open_database(f"sqlite:///{db_path}")
    t0 = time.perf_counter()
    with db.sessions.begin() as s:
        result = importing.import_file(s, kind, path, backup=False)
    elapsed = time.perf_counter() - t0
    db.dispose()
    out.send((elapsed, result.created, len(result.rejected), _peak_kb()))


def _peak_kb() -> int:
    """This process's peak resident memory in KiB: VmHWM, which starts again at exec. (ru_maxrss
    of a spawned child keeps the high-water mark of the parent it was forked from — here the
    parent that just read the whole file for the floor.)"""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def nsdesk_import(kind: str, db_path: Path, path: Path) -> tuple[float, int, int, float]:
    ctx = multiprocessing.get_context("spawn")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_nsdesk_child, args=(kind, str(db_path), str(path), child))
    proc.start()
    elapsed, created, rejected, rss_kb = parent.recv()
    proc.join()
    return elapsed, created, rejected, rss_kb / 1024


def main(support_rows: int = 100_000, measurement_rows: int = 1_000_000, all_rejected: bool = False) -> dict:
    out: dict[str, float] = {}
    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        codes = prepare(tmp / "base.sqlite", max(2_000, min(50_000, measurement_rows // 20)))
        for kind, rows, make, floor, sheet_rows in (
                ("supports", support_rows, make_supports_file, floor_supports, support_rows),
                ("measurements", measurement_rows, make_measurements_file, floor_measurements, measurement_rows)):
            path = tmp / f"{kind}.xlsx"
            t0 = time.perf_counter()
            make(path, rows, codes)
            print(f"generated {rows} {kind} rows in {time.perf_counter() - t0:.1f} s "
                  f"({path.stat().st_size / 1e6:.1f} MB)", flush=True)
            shutil.copyfile(tmp / "base.sqlite", tmp / f"floor_{kind}.sqlite")
            shutil.copyfile(tmp / "base.sqlite", tmp / f"nsdesk_{kind}.sqlite")
            t_floor = floor(path, tmp / f"floor_{kind}.sqlite")
            t_ns, created, rejected, peak_mb = nsdesk_import(kind, tmp / f"nsdesk_{kind}.sqlite", path)
            assert created == sheet_rows and rejected == 0, (kind, created, rejected)
            ratio = t_ns / t_floor
            name = f"import_{kind}_{rows // 1000}k"
            print(f"{name}: {t_ns:.2f} s (full import); floor calamine read + raw sqlite3.executemany "
                  f"{t_floor:.2f} s; ratio {ratio:.2f} (goal ≤ {GOAL:g})", flush=True)
            print(f"{name}_peak_memory: {peak_mb:.0f} MB (goal < {MEMORY_GOAL_MB} MB)", flush=True)
            out[f"{name}_vs_floor"] = ratio
            lines.append(f"{name}: ratio {ratio:.2f} {'≤' if ratio <= GOAL else '>'} {GOAL:g}"
                         + (f"; peak memory {peak_mb:.0f} MB {'<' if peak_mb < MEMORY_GOAL_MB else '≥'} "
                            f"{MEMORY_GOAL_MB} MB" if kind == "measurements" else ""))
            out[f"{name}_peak_mb"] = peak_mb
            if all_rejected and kind == "measurements":
                empty = tmp / "empty.sqlite"
                prepare(empty, 0)
                t_rej, created, n_rejected, rej_mb = nsdesk_import(kind, empty, path)
                assert created == 0 and n_rejected == sheet_rows, (created, n_rejected)
                print(f"{name}_all_rejected: {t_rej:.2f} s; peak memory {rej_mb:.0f} MB (goal < {MEMORY_GOAL_MB} MB)",
                      flush=True)
                lines.append(f"{name} all rejected: peak memory {rej_mb:.0f} MB "
                             f"{'<' if rej_mb < MEMORY_GOAL_MB else '≥'} {MEMORY_GOAL_MB} MB")
    print("summary: " + " | ".join(lines), flush=True)
    return {k: v for k, v in out.items() if k.endswith("_vs_floor")}


def run() -> dict:
    """Entry point for benchmarks/run.py: {name: ratio}."""
    return main()


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of 100,000 lượt and 1,000,000 measurements")
    parser.add_argument("--rejected", action="store_true", help="also import the measurements with every row rejected")
    opts = parser.parse_args()
    main(max(100, int(100_000 * opts.scale)), max(1000, int(1_000_000 * opts.scale)), opts.rejected)
