"""Benchmark: the figures of the province plan's report (``reporting.figures.report_data``) vs the raw SQL.

Over demo registers of 100,000 and 10,000 enterprises (about one lượt per ten enterprises and their
before/after values), the province plan QN-138-2025 for the Decree 09 year 2026 report:

figures = ``report_data(session, "QN-138-2025", decree_year(2026))`` in a fresh session: every list and
          figure the document writer turns into sheets;
floor   = raw ``sqlite3`` queries fetching the columns those lists must read: every lượt of the province
          with its enterprise, sector, commune and project, and every measurement of the province's
          enterprises (no pairing, no counting).

Peak memory: ``tracemalloc`` peak of one ``report_data`` call (Python allocations) at each size; it grows
with the rows of the report (lượt of the period, pairs), not with the register.

The document's own goal (≤ 1.5 × xlsxwriter writing the same cells + this SQL) is measured with the
document writer; this benchmark keeps the data side honest.
Run: ``.venv/bin/python benchmarks/bench_report_figures.py [--repeat 5] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

HERE = Path(__file__).resolve().parent
PLAN = "QN-138-2025"
FLOOR_SQL = (
    """SELECT s.id, s.start_date, s.end_date, s.status, s.funding_state, s.funding_enterprise, s.funding_other,
              e.name, e.tax_code, e.kind, e.size_class, sec.name, au.name, p.name
       FROM supports s JOIN enterprises e ON e.id = s.enterprise_id
       LEFT JOIN sectors sec ON sec.code = e.sector_code LEFT JOIN admin_units au ON au.code = e.commune_code
       LEFT JOIN pilot_projects p ON p.id = s.project_id
       WHERE e.commune_code IN (SELECT code FROM admin_units WHERE province_code = '51')""",
    """SELECT m.id, m.enterprise_id, m.support_id, m.metric_id, m.phase, m.value, m.measured_on
       FROM measurements m JOIN enterprises e ON e.id = m.enterprise_id
       WHERE e.commune_code IN (SELECT code FROM admin_units WHERE province_code = '51')""",
)


def measure(path: Path, repeat: int) -> dict[str, float]:
    from nsdesk.db import open_database
    from nsdesk.services.reporting import periods
    from nsdesk.services.reporting.figures import report_data

    period = periods.decree_year(2026)
    db = open_database(f"sqlite:///{path}")
    conn = sqlite3.connect(path)

    def figures():
        with db.sessions() as s:
            return report_data(s, PLAN, period)

    def floor():
        return [conn.execute(sql).fetchall() for sql in FLOOR_SQL]

    try:
        data = figures()  # warm-up
        floor()
        t_fig, t_floor = [], []
        for _ in range(repeat):
            t = time.perf_counter()
            floor()
            t_floor.append(time.perf_counter() - t)
            t = time.perf_counter()
            figures()
            t_fig.append(time.perf_counter() - t)
        tracemalloc.start()
        figures()
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        conn.close()
        db.dispose()
    return {"figures": statistics.median(t_fig), "floor": statistics.median(t_floor), "peak": peak,
            "supports": len(data.supports), "pairs": sum(r.pairs for r in data.improvement)}


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(HERE))
    from bench_search import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--keep", help="folder for the databases (reused when present)")
    args = ap.parse_args(argv)
    tmp = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="nsdesk-bench-report-")
        folder = Path(tmp.name)
    os.environ.setdefault("XDG_DATA_HOME", str(folder / "data"))
    results = {}
    for n in args.sizes:
        path = folder / f"register-{n}.sqlite"
        if not path.exists():
            print(f"built a demo register of {n:,} enterprises in {build(path, n):.1f} s")
        results[n] = measure(path, args.repeat)
    print(f"\nmedian of {args.repeat} runs")
    print(f"{'register':>9} {'lượt':>6} {'pairs':>6} {'figures ms':>10} {'floor ms':>9} {'ratio':>6} {'peak MB':>8}")
    for n, r in results.items():
        print(f"{n:>9,} {r['supports']:>6} {r['pairs']:>6} {r['figures'] * 1000:10.1f} {r['floor'] * 1000:9.1f} "
              f"{r['figures'] / r['floor']:6.2f} {r['peak'] / 1e6:8.1f}")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
