"""Benchmark: improvement summaries (Chỉ số năng suất → Tổng hợp) vs reading the measurements raw.

Over demo registers of 100,000 and 1,000 enterprises (about one lượt per ten enterprises and their
before/after values), for each grouping (tool, sector, commune, project):

summary = ``summaries.summarize(session, by)`` in a fresh session: exactly what
          ``nsdesk metrics summary --by X`` runs and what the metrics page shows in its table;
page op = ``pilot_data.load_summaries(by, None, "labour_productivity")`` in a fresh session: the whole
          op the metrics page runs on the worker whenever data changes (the summary, the distribution
          of improvement per tool, adoption per tool and per sector);
floor   = a raw ``sqlite3`` query fetching the measurement columns any summary must read (id, enterprise,
          lượt, metric, phase, value, date, flag of every stored value): the minimum, no pairing at all.

Every figure is checked against a straightforward reference computed here from those raw rows (pairs
per enterprise + lượt + metric, group mapping read with plain SQL): the rows must be identical, in the
same order, and so must the distribution chart's values.

Goal: summary ≤ 4 × floor per grouping on the 100,000 register. The floor only reads; the summary also
pairs and groups every value in Python, which costs about as much again as reading it (measured ≈ 3 ×;
the ORM version before was 7–12 ×).
Run: ``.venv/bin/python benchmarks/bench_summaries.py [--repeat 7] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOAL = 4.0
GROUPINGS = ("tool", "sector", "commune", "project")
CHART_METRIC = "labour_productivity"  # metric_dialogs.COMPUTED: the chart's metric when none is chosen
FLOOR_SQL = """SELECT id, enterprise_id, support_id, metric_id, phase, value, measured_on, flagged
               FROM measurements ORDER BY id"""


def interleaved(fns: dict, repeat: int) -> tuple[dict[str, list[float]], dict[str, object]]:
    """Times of each function over ``repeat`` rounds, the functions taking turns within a round (so a busy
    machine slows the floor as much as the rest), after one warm-up round; and each one's last result."""
    out = {name: fn() for name, fn in fns.items()}  # warm-up (statement caches, pages in the OS cache)
    times: dict[str, list[float]] = {name: [] for name in fns}
    for _ in range(repeat):
        for name, fn in fns.items():
            t = time.perf_counter()
            out[name] = fn()
            times[name].append(time.perf_counter() - t)
    return times, out


# --- the reference: plain Python over the raw rows ---------------------------------------------

def _group_map(conn: sqlite3.Connection, by: str):
    """(key of (enterprise, support) → group keys, labels)."""
    from nsdesk.services.pilots.summaries import _NONE_LABELS

    labels: dict = {None: _NONE_LABELS[by]}
    if by == "tool":
        tools: dict[int, list[str]] = {}
        for sid, code in conn.execute("SELECT st.support_id, t.code FROM support_tools st "
                                      "JOIN tools t ON t.id = st.tool_id ORDER BY t.code"):
            tools.setdefault(sid, []).append(code)
        labels.update(conn.execute("SELECT code, name FROM tools"))
        return (lambda eid, sid: tools.get(sid) or [None]), labels
    if by == "project":
        project = {}
        for sid, code, name in conn.execute("SELECT s.id, p.code, p.name FROM supports s "
                                            "JOIN pilot_projects p ON p.id = s.project_id"):
            project[sid] = code
            labels[code] = f"{code} — {name}"
        return (lambda eid, sid: [project.get(sid)]), labels
    if by == "sector":
        sectors = {code: (level, parent, name) for code, level, parent, name in
                   conn.execute("SELECT code, level, parent_code, name FROM sectors")}
        section = {}
        for eid, code in conn.execute("SELECT id, sector_code FROM enterprises"):
            s = sectors.get(code)
            section[eid] = None if s is None else (code if s[0] == "section" else s[1])
        for code, (level, _parent, name) in sectors.items():
            if level == "section":
                labels[code] = f"{code} — {name}"
        return (lambda eid, sid: [section.get(eid)]), labels
    commune = dict(conn.execute("SELECT id, commune_code FROM enterprises"))
    labels.update(conn.execute("SELECT code, name FROM admin_units"))
    return (lambda eid, sid: [commune.get(eid)]), labels


def _reference_pairs(rows: list[tuple], metrics: dict[int, tuple]):
    """Per enterprise + lượt + metric (in order of its first value): its rows and its pair's (absolute, %)."""
    slots: dict[tuple, list] = {}
    for r in rows:
        slots.setdefault((r[1], r[2], r[3]), []).append(r)
    for (eid, sid, mid), values in slots.items():
        before = [r for r in values if r[4] == "before"]
        after = [r for r in values if r[4] == "after"]
        pair = None
        if before and after:
            # earliest baseline (undated last), latest follow-up (undated counted oldest); ties: entry order
            b = min(before, key=lambda r: (r[6] is None, r[6] or "", r[0]))
            a = max(after, key=lambda r: (r[6] is not None, r[6] or "", r[0]))
            change = a[5] - b[5]
            absolute = change if metrics[mid][3] else -change
            pair = (absolute, absolute / abs(b[5]) * 100.0 if b[5] != 0 else None, bool(b[7] or a[7]))
        yield eid, sid, mid, values, pair


def reference(conn: sqlite3.Connection, rows: list[tuple], by: str) -> list[dict]:
    metrics = {mid: (code, name, unit, bool(hib)) for mid, code, name, unit, hib in
               conn.execute("SELECT id, code, name, unit, higher_is_better FROM metrics")}
    keys_of, labels = _group_map(conn, by)
    groups: dict[tuple, dict] = {}
    for eid, sid, mid, values, pair in _reference_pairs(rows, metrics):
        for key in keys_of(eid, sid):
            g = groups.setdefault((key, mid), {"first": values[0][0], "values": [], "pairs": []})
            g["values"] += values
            if pair is not None and not pair[2]:
                g["pairs"].append((eid, pair))
    out = []
    for (key, mid), g in groups.items():
        absolute = [p[0] for _e, p in g["pairs"]]
        pct = [p[1] for _e, p in g["pairs"] if p[1] is not None]
        label = labels.get(key, key or "")
        code, name, unit, hib = metrics[mid]
        out.append(((key is None, label, mid, g["first"], key or ""), {
            "by": by, "group": key, "group_label": label, "metric": code, "metric_name": name, "unit": unit,
            "higher_is_better": hib, "enterprises": len({e for e, _p in g["pairs"]}), "n_pairs": len(absolute),
            "n_measurements": len(g["values"]), "n_flagged": sum(1 for r in g["values"] if r[7]),
            "n_improved": sum(1 for x in absolute if x > 0), "n_worse": sum(1 for x in absolute if x < 0),
            "median_pct": statistics.median(pct) if pct else None, "mean_pct": statistics.fmean(pct) if pct else None,
            "median_abs": statistics.median(absolute) if absolute else None,
            "mean_abs": statistics.fmean(absolute) if absolute else None,
        }))
    out.sort(key=lambda t: t[0])
    return [d for _k, d in out]


def reference_distribution(conn: sqlite3.Connection, rows: list[tuple]) -> dict[str, list[float]]:
    metrics = {mid: (code, name, unit, bool(hib)) for mid, code, name, unit, hib in
               conn.execute("SELECT id, code, name, unit, higher_is_better FROM metrics")}
    keys_of, labels = _group_map(conn, "tool")
    mine = [r for r in rows if metrics[r[3]][0] == CHART_METRIC]
    out: dict[str, list[float]] = {}
    for eid, sid, _mid, _values, pair in _reference_pairs(mine, metrics):
        if pair is None or pair[2] or pair[1] is None:
            continue
        for key in keys_of(eid, sid):
            out.setdefault(labels.get(key, key or ""), []).append(pair[1])
    return out


# --- measuring ---------------------------------------------------------------------------------

def measure(path: Path, repeat: int) -> dict[str, float]:
    """Median times by grouping (``by``, ``by page``), the floor's median, and per grouping the median of
    the ratios to the floor run just before it (``by ratio``, ``by page ratio``)."""
    from nsdesk.db import open_database
    from nsdesk.services.pilots import summaries
    from nsdesk.ui.pilots.data import load_summaries

    db = open_database(f"sqlite:///{path}")
    conn = sqlite3.connect(str(path))
    out: dict[str, float] = {}
    floors: list[float] = []
    try:
        rows = conn.execute(FLOOR_SQL).fetchall()
        out["rows"] = len(rows)
        for by in GROUPINGS:
            def summary(by=by):
                with db.sessions() as s:
                    return summaries.summarize(s, by)

            def page_op(by=by):
                with db.sessions() as s:
                    return load_summaries(by, None, CHART_METRIC)(s, None, None)

            times, last = interleaved({"floor": lambda: conn.execute(FLOOR_SQL).fetchall(), "summary": summary,
                                       "page": page_op}, repeat)
            floors += times["floor"]
            out[by] = statistics.median(times["summary"])
            out[f"{by} page"] = statistics.median(times["page"])
            out[f"{by} ratio"] = statistics.median(s / f for s, f in zip(times["summary"], times["floor"]))
            out[f"{by} page ratio"] = statistics.median(p / f for p, f in zip(times["page"], times["floor"]))
            found, page = last["summary"], last["page"]
            expected = reference(conn, rows, by)
            for name, got in (("summarize", found), ("page op", page.rows)):
                if [r.as_json() for r in got] != expected:
                    raise SystemExit(f"bench_summaries: {name} by {by} differs from the reference ({path.name})")
            if page.distribution != reference_distribution(conn, rows):
                raise SystemExit(f"bench_summaries: the distribution chart differs from the reference ({path.name})")
            out[f"{by} groups"] = len(found)
        out["floor"] = statistics.median(floors)
    finally:
        conn.close()
        db.dispose()
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(HERE))
    from bench_search import build

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--big", type=int, default=100_000)
    ap.add_argument("--small", type=int, default=1_000)
    ap.add_argument("--keep", help="folder for the databases (reused when present)")
    args = ap.parse_args(argv)

    tmp = None
    if args.keep:
        folder = Path(args.keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="nsdesk-bench-summaries-")
        folder = Path(tmp.name)
    os.environ.setdefault("XDG_DATA_HOME", str(folder / "data"))
    results = {}
    for n in (args.big, args.small):
        path = folder / f"register-{n}.sqlite"
        if not path.exists():
            print(f"built a demo register of {n:,} enterprises in {build(path, n):.1f} s")
        results[n] = measure(path, args.repeat)

    def ms(t: float) -> str:
        return f"{t * 1000:8.1f}"

    print(f"\nmedian of {args.repeat} runs, milliseconds (ratios: median of each run vs the floor run just before "
          "it); every figure checked against the reference")
    print(f"{'register':>9} {'grouping':>8} {'rows':>5} {'summary':>8} {'page op':>8} {'floor':>8} "
          f"{'sum/fl':>6} {'page/fl':>7}")
    for n, r in results.items():
        for by in GROUPINGS:
            print(f"{n:>9,} {by:>8} {r[f'{by} groups']:>5} {ms(r[by])} {ms(r[f'{by} page'])} {ms(r['floor'])} "
                  f"{r[f'{by} ratio']:6.2f} {r[f'{by} page ratio']:7.2f}")
    big = results[args.big]
    print(f"\nfloor: {big['rows']:,} measurement rows read raw at {args.big:,} enterprises")
    for by in GROUPINGS:
        ratio = big[f"{by} ratio"]
        print(f"summary by {by}: {big[by] * 1000:.1f} ms; floor raw measurement rows {big['floor'] * 1000:.1f} ms; "
              f"ratio {ratio:.2f} (goal ≤ {GOAL:g})")
    if tmp is not None:
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
