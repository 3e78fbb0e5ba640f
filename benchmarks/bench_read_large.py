"""Benchmark: reading a large .xlsx sheet row by row (the stream path) against python-calamine.

stream   = what an import costs before its first database write: ``open_sheet`` (the zip directory, the
           workbook guard with the cell checks left to the reader, the stream's set-up), ``merged``
           (which the importers ask for before the rows), then every row of ``iter_rows``;
calamine = ``CalamineWorkbook.from_path`` + ``get_sheet_by_name`` + ``iter_rows`` over every row, the
           reading half of the import benchmarks' floor, measured in the same run on the same file.

Each side runs in its own child process, so each peak memory (ru_maxrss) is its own. The stream side
is forced onto the streaming reader whatever the file's size (NSDESK_STREAM_FROM_BYTES=1).

    .venv/bin/python benchmarks/bench_read_large.py                  # generates 1,000,000 rows × 6 cells
    .venv/bin/python benchmarks/bench_read_large.py --rows 100000    # development
    .venv/bin/python benchmarks/bench_read_large.py --file big.xlsx  # an existing file (its first sheet)
    .venv/bin/python benchmarks/bench_read_large.py --full-guard     # also the guard with its cell checks
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

#: The stream path (open + merged + every row) against calamine's whole-sheet read of the same file.
GOAL = 2.0
MEMORY_GOAL_MB = 150


def make_file(path: Path, rows: int) -> None:
    """Measurements as a pilot's survey gives them: 6 cells a row, inline strings (xlsxwriter
    constant_memory), a merged title range, a number column."""
    import xlsxwriter

    rng = random.Random(14)
    metrics = ["workers", "value_added", "revenue", "defect_rate", "on_time_delivery", "lead_time"]
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Số liệu")
    ws.merge_range(0, 0, 0, 5, "SỐ LIỆU ĐO TRƯỚC/SAU")
    ws.write_row(1, 0, ["Mã số thuế", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị", "Nguồn"])
    for i in range(rows):
        phase = ("Trước", "Sau")[i % 2]
        ws.write_string(i + 2, 0, f"{4300000015 + i // 20}")
        ws.write_string(i + 2, 1, metrics[i // 2 % len(metrics)])
        ws.write_string(i + 2, 2, phase)
        ws.write_string(i + 2, 3, "01/01/2023" if phase == "Trước" else "31/12/2023")
        ws.write_number(i + 2, 4, round(rng.uniform(1, 1000), 1))
        ws.write_string(i + 2, 5, "Khảo sát")
    wb.close()


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_stream(path: Path, full_guard: bool) -> dict:
    from nsdesk.xlsx import guard
    from nsdesk.xlsx.reader import open_sheet, streams

    out: dict = {}
    if full_guard:
        t = time.perf_counter()
        guard.check_workbook(path)
        out["guard_full"] = time.perf_counter() - t
    t = time.perf_counter()
    assert streams(path), "the stream path was not taken"
    guard.check_workbook(path, streamed=True)
    out["guard"] = time.perf_counter() - t
    t0 = time.perf_counter()
    stream = open_sheet(path)  # the guard again, as every import runs it, then the stream's set-up
    t1 = time.perf_counter()
    merged = stream.merged
    t2 = time.perf_counter()
    rows = cells = 0
    for row in stream.iter_rows(0):
        rows += 1
        cells += len(row)
    t3 = time.perf_counter()
    stream.close()
    out.update(open=t1 - t0, merged=t2 - t1, iterate=t3 - t2, total=t3 - t0, rows=rows, cells=cells,
               merges=len(merged), kind=type(stream).__name__, peak_mb=_peak_mb())
    return out


def child_calamine(path: Path) -> dict:
    import python_calamine as pc

    t0 = time.perf_counter()
    book = pc.CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_name(book.sheet_names[0])
    t1 = time.perf_counter()
    rows = sum(1 for _ in sheet.iter_rows())
    t2 = time.perf_counter()
    return {"load": t1 - t0, "iterate": t2 - t1, "total": t2 - t0, "rows": rows, "peak_mb": _peak_mb()}


def _run_child(kind: str, path: Path, full_guard: bool) -> dict:
    env = dict(os.environ, NSDESK_STREAM_FROM_BYTES="1")
    args = [sys.executable, __file__, "--child", kind, "--file", str(path)] + (["--full-guard"] if full_guard else [])
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(path: Path, repeat: int, full_guard: bool) -> dict:
    size = path.stat().st_size / 1e6
    print(f"file {path} ({size:.1f} MB)")
    best_stream: dict | None = None
    best_floor: dict | None = None
    for i in range(repeat):  # alternated, so a neighbour's load falls on both sides alike
        s = _run_child("stream", path, full_guard and i == 0)
        c = _run_child("calamine", path, False)
        print(f"  run {i + 1}: stream {s['total']:.2f} s (open {s['open']:.2f} = guard {s['guard']:.2f} + set-up; "
              f"merged {s['merged']:.2f}; iterate {s['iterate']:.2f}); calamine {c['total']:.2f} s "
              f"(load {c['load']:.2f}, iterate {c['iterate']:.2f})"
              + (f"; guard with its cell checks {s['guard_full']:.2f} s" if "guard_full" in s else ""))
        if best_stream is None or s["total"] < best_stream["total"]:
            best_stream = s
        if best_floor is None or c["total"] < best_floor["total"]:
            best_floor = c
    assert best_stream is not None and best_floor is not None
    assert best_stream["rows"] >= best_floor["rows"], (best_stream["rows"], best_floor["rows"])
    ratio = best_stream["total"] / best_floor["total"]
    print(f"read_large: stream {best_stream['total']:.2f} s for {best_stream['rows']:,} rows "
          f"({best_stream['cells']:,} cells, {best_stream['merges']} merged ranges, {best_stream['kind']}), "
          f"peak {best_stream['peak_mb']:.0f} MB; calamine {best_floor['total']:.2f} s, peak "
          f"{best_floor['peak_mb']:.0f} MB; ratio {ratio:.2f} (goal ≤ {GOAL:g}, peak ≤ {MEMORY_GOAL_MB} MB)")
    return {"stream": best_stream, "calamine": best_floor, "ratio": ratio,
            "ok": ratio <= GOAL and best_stream["peak_mb"] <= MEMORY_GOAL_MB}


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--file", type=Path, help="an .xlsx to read (default: generate one)")
    ap.add_argument("--rows", type=int, default=1_000_000, help="rows of the generated file")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each side; the best of each counts")
    ap.add_argument("--full-guard", action="store_true", help="also time the guard with its cell checks")
    ap.add_argument("--child", choices=["stream", "calamine"], help=argparse.SUPPRESS)
    ns = ap.parse_args()
    if ns.child:
        result = child_stream(ns.file, ns.full_guard) if ns.child == "stream" else child_calamine(ns.file)
        print(json.dumps(result))
        sys.exit(0)
    if ns.file:
        res = main(ns.file, ns.repeat, ns.full_guard)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / "large.xlsx"
            t = time.perf_counter()
            make_file(target, ns.rows)
            print(f"generated {ns.rows:,} rows in {time.perf_counter() - t:.1f} s")
            res = main(target, ns.repeat, ns.full_guard)
    sys.exit(0 if res["ok"] else 1)
