"""Benchmark: loading the Tổng quan dashboard (one op) on a large register vs a small one.

nsdesk = ``dashboard_data.load_dashboard(plan, today)`` in a fresh session: exactly what the
         dashboard's op runs (plans, the plan's progress, overdue tasks, expiring certificates),
         then ``load_timeline`` of its first counted target (the chart's op);
floor  = the same calls on a 1,000-enterprise register built the same way.

Also reported: ``services.pilots.supports.expiring_certificates`` alone (the one query the
dashboard and the CLI share: a range on the certificate's expiry date).

Goal: a 50,000-enterprise register ≤ 5 × the 1,000 one (the dashboard stays interactive).
Run: ``.venv/bin/python benchmarks/bench_dashboard.py [--large 50000] [--repeat 5]``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

GOAL = 5.0
PLAN = "QN-138-2025"


def build(path: Path, n: int) -> None:
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema
    from nsdesk.services.demo import generate as demo

    db = open_database(f"sqlite:///{path}")
    try:
        schema.upgrade(db)
        with db.sessions.begin() as s:
            reference.load_all(s)
            office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Benchmark")
        with db.sessions.begin() as s:
            demo.generate(s, enterprises=n, seed=36)
    finally:
        db.dispose()


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times) * 1000, statistics.median(times) * 1000


def measure(path: Path, repeat: int) -> dict:
    from nsdesk.db import open_database
    from nsdesk.services.pilots import supports
    from nsdesk.ui.overview.data import load_dashboard, load_timeline

    db = open_database(f"sqlite:///{path}")
    today = date.today()
    out = {}
    try:
        def dashboard():
            with db.sessions() as s:
                data = load_dashboard(PLAN, today)(s, None, None)
                target = next(t.code for t in data.progress.targets if t.kind != "statistic")
                load_timeline(PLAN, target, today)(s, None, None)

        dashboard()  # warm the imports and the page cache
        out["dashboard"] = best(dashboard, repeat)
        with db.sessions() as s:
            out["certs_rows"] = len(supports.expiring_certificates(s, today))

        def fresh(fn):  # each call in its own session, like each op
            def run():
                with db.sessions() as s:
                    fn(s)
            return run

        out["certs_service"] = best(fresh(lambda s: supports.expiring_certificates(s, today)), repeat)
    finally:
        db.dispose()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--large", type=int, default=50_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        results = {}
        for n in (args.small, args.large):
            path = Path(tmp) / f"dash{n}.sqlite"
            t = time.perf_counter()
            build(path, n)
            print(f"built {n:,} enterprises in {time.perf_counter() - t:.1f} s")
            results[n] = measure(path, args.repeat)
    small, large = results[args.small], results[args.large]
    ratio = large["dashboard"][0] / small["dashboard"][0]
    print(f"dashboard load {args.large:,}: {large['dashboard'][0]:.1f} ms (median {large['dashboard'][1]:.1f}); "
          f"floor {args.small:,} {small['dashboard'][0]:.1f} ms; ratio {ratio:.2f} (goal ≤ {GOAL})")
    print(f"expiring certificates {args.large:,} ({large['certs_rows']} rows): "
          f"{large['certs_service'][0]:.1f} ms (median {large['certs_service'][1]:.1f})")


if __name__ == "__main__":
    main()
