"""Run every benchmarks/bench_*.py and print their result lines.

    .venv/bin/python benchmarks/run.py [name-filter]

Each benchmark prints lines like
    name: value unit; floor <what> value unit; ratio X.XX (goal ≤ Y)
measured against a floor taken in the same run (absolute times drift between machines and
runs; ratios do not). Exit code 1 if a benchmark crashed; a missed goal is reported, not fatal.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
RATIO = re.compile(r"ratio ([0-9.]+) \(goal ≤ ([0-9.]+)\)")


def main(argv: list[str]) -> int:
    wanted = argv[0] if argv else ""
    crashed, missed = [], []
    for bench in sorted(HERE.glob("bench_*.py")):
        if wanted not in bench.stem:
            continue
        print(f"== {bench.stem}", flush=True)
        started = time.perf_counter()
        out = subprocess.run([sys.executable, str(bench)], capture_output=True, text=True)
        for line in out.stdout.splitlines():
            print(f"  {line}")
            m = RATIO.search(line)
            if m and float(m.group(1)) > float(m.group(2)):
                missed.append(line)
        if out.returncode != 0:
            crashed.append(bench.stem)
            print(out.stderr[-3000:], file=sys.stderr)
        print(f"  ({time.perf_counter() - started:.1f} s)", flush=True)
    for line in missed:
        print(f"ABOVE GOAL: {line}")
    for name in crashed:
        print(f"CRASHED: {name}")
    return 1 if crashed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
