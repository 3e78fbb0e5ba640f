"""Reliability: kill -9 during import, export, report, backup and upgrade; a corpus of hostile workbooks.

    .venv/bin/python benchmarks/reliability.py [--kills N] [--generated N]

Kills: each run starts one ``nsdesk`` command in a child process and kills it (SIGKILL) after a
random delay within the command's own duration (measured first, uninterrupted). After every kill
it checks: the database passes ``PRAGMA integrity_check`` and is at a known revision with its
rows all there or all not (no half import); the output file is absent, or a whole workbook (the
earlier export, left as it was); no finished-looking partial backup; no temporary file of ours
left in the system temp folder; the private temporary folders a kill leaves beside the target
are counted, and must all be gone after the next write there.

Corpus: every hostile workbook of tests/fixtures/hostile_workbooks.py (large ones included) plus
hypothesis-generated cells, each imported by ``nsdesk import enterprises`` in a child process:
counted are crashes (a signal or a traceback), writes (database or rejected-rows file changed), and
the peak memory (ru_maxrss) against the 500 MB budget.

Prints one line per figure and exits 1 when one of them misses its goal.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

BUDGET_MB = 500
NSDESK = [sys.executable, "-m", "nsdesk"]


def run(args, env, timeout=600):
    return subprocess.run(NSDESK + [str(a) for a in args], env=env, capture_output=True, text=True, timeout=timeout)


def run_measured(args, env) -> tuple[int, float, str]:
    """Exit code, peak memory (MB) and stderr of one child run. Measured by /usr/bin/time: a child
    forked from this (large) process would report this process's peak as its own."""
    timer = shutil.which("time") or "/usr/bin/time"
    proc = subprocess.run([timer, "-f", "peak-kb %M", *NSDESK, *map(str, args)], env=env,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines = proc.stderr.rstrip().splitlines()
    peak = 0.0
    if lines and lines[-1].startswith("peak-kb "):
        peak = int(lines.pop().split()[1]) / 1024
    code = proc.returncode
    if lines and lines[-1].startswith("Command terminated by signal"):
        code = -int(lines.pop().split()[-1])
    return code, peak, "\n".join(lines)


def kill_after(args, env, delay: float) -> int:
    proc = subprocess.Popen(NSDESK + [str(a) for a in args], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        proc.wait(timeout=delay)
        return 0  # finished before the kill
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return 1


def db_state(path: Path) -> tuple[str, str | None, int]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        check = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rev = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        n = conn.execute("SELECT count(*) FROM enterprises").fetchone()[0]
        return check, rev[0] if rev else None, n
    finally:
        conn.close()


def whole_workbook(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.testzip() is None and "[Content_Types].xml" in zf.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def temp_snapshot() -> set[str]:
    folder = Path(tempfile.gettempdir())
    return {p.name for p in folder.iterdir() if p.is_file() and p.name.startswith("tmp")}


def private_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.startswith(".nsdesk-tmp-")]


def prepare(work: Path, env, enterprises: int) -> dict:
    from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx

    db = work / "nsdesk.sqlite"
    run(["--db", db, "init", "--province", "51", "--commune", "Phường Đăk Cấm", "--officer", "Cán bộ"], env).check_returncode()
    run(["--db", db, "demo", "--enterprises", enterprises], env).check_returncode()
    plan = sqlite3.connect(db).execute("SELECT code FROM plans ORDER BY id LIMIT 1").fetchone()[0]
    c = codes(20_000, start=460_000_001)
    register = write_xlsx(work / "import.xlsx", [STANDARD_HEADER, *(
        row(x, f"Công ty Thử nghiệm {i}", address=f"{i} Lê Lợi", representative="Nguyễn Văn A",
            phone="0905123456", email=f"a{i}@example.vn", employees=i % 50) for i, x in enumerate(c))])
    old = work / "old.sqlite"  # a database one revision behind, for the upgrade kills
    shutil.copyfile(db, old)
    from nsdesk.db import open_database
    from nsdesk.services.common import schema

    odb = open_database(str(old))
    from alembic import command

    cfg = schema.alembic_config()
    with schema.migration_connection(odb.engine) as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "-1")
    odb.dispose()
    return {"db": db, "plan": plan, "register": register, "old": old}


def timed(args, env) -> float:
    """How long the command takes uninterrupted; it must succeed, or its kills would prove nothing."""
    t = time.perf_counter()
    done = run(args, env)
    if done.returncode != 0:
        raise SystemExit(f"reliability: {' '.join(map(str, args[2:4]))} failed uninterrupted "
                         f"(exit {done.returncode}): {done.stderr.strip()[:300]}")
    return time.perf_counter() - t


def kills(work: Path, env, total: int, rng: random.Random) -> dict:
    base = prepare(work, env, 3000)
    figures = {"kills": 0, "finished": 0, "corrupt": 0, "partial": 0, "damaged_earlier": 0, "stray_system_temp": 0,
               "private_left": 0, "private_after_next_write": 0, "half_imports": 0, "stray_backups": 0}
    kinds = ["import", "export", "report", "backup", "upgrade"]
    before_tmp = temp_snapshot()
    for i in range(total):
        kind = kinds[i % len(kinds)]
        case = work / f"k{i}"
        case.mkdir()
        db = case / "nsdesk.sqlite"
        shutil.copyfile(base["old"] if kind == "upgrade" else base["db"], db)
        out = case / "out.xlsx"
        if kind in ("export", "report"):  # an earlier good file the kill must not damage
            run(["--db", db, "export", "enterprises", "--out", out], env).check_returncode()
            earlier = hashlib.sha256(out.read_bytes()).hexdigest()
        args = {
            "import": ["--db", db, "import", "enterprises", base["register"]],
            "export": ["--db", db, "export", "enterprises", "--out", out],
            "report": ["--db", db, "report", "plan", "--plan", base["plan"], "--from", "2025-01-01",
                       "--to", "2026-06-30", "--out", out],
            "backup": ["--db", db, "backup"],
            "upgrade": ["--db", db, "info"],
        }[kind]
        if i < len(kinds):  # measure each command once, uninterrupted, on a scratch copy
            scratch = case / "scratch"
            scratch.mkdir()
            sdb = scratch / "nsdesk.sqlite"
            shutil.copyfile(db, sdb)
            sargs = [a if a != db else sdb for a in args]
            sargs = [scratch / "o.xlsx" if a == out else a for a in sargs]
            figures[f"duration_{kind}"] = timed(sargs, env)
            shutil.rmtree(scratch)
        n_before = db_state(db)[2]
        delay = rng.uniform(0.35, max(0.4, figures[f"duration_{kind}"] * 0.95))
        killed = kill_after(args, env, delay)
        figures["kills"] += killed
        figures["finished"] += 1 - killed
        check, rev, n_after = db_state(db)
        if check != "ok" or rev is None:
            figures["corrupt"] += 1
        if kind == "import" and n_after not in (n_before, n_before + 20_000):
            figures["half_imports"] += 1
        if kind in ("export", "report"):
            if out.exists() and not whole_workbook(out):
                figures["partial"] += 1
            if killed and out.exists() and hashlib.sha256(out.read_bytes()).hexdigest() != earlier and kind == "export":
                pass  # a finished rename: the new export is whole (checked above)
            if not out.exists():
                figures["damaged_earlier"] += 1
        folder = case / "backups"
        if folder.exists():
            for b in folder.iterdir():
                if b.name.startswith(".nsdesk-tmp-"):
                    continue
                conn = sqlite3.connect(f"file:{b}?mode=ro", uri=True)
                try:
                    ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok" and \
                        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 0
                except sqlite3.DatabaseError:
                    ok = False
                finally:
                    conn.close()
                figures["stray_backups"] += not ok
        left = private_leftovers(case) + (private_leftovers(folder) if folder.exists() else [])
        figures["private_left"] += len(left)
        if left:  # the next write into the same folder sweeps them
            run(["--db", db, "export", "enterprises", "--out", case / "next.xlsx"], env)
            run(["--db", db, "backup"], env)
            figures["private_after_next_write"] += len(private_leftovers(case)) + (
                len(private_leftovers(folder)) if folder.exists() else 0)
        shutil.rmtree(case)
    figures["stray_system_temp"] = len(temp_snapshot() - before_tmp)
    return figures


def corpus(work: Path, env, generated: int, rng: random.Random) -> dict:
    from fixtures import hostile_ods
    from fixtures import hostile_workbooks as hostile

    db = work / "corpus.sqlite"
    run(["--db", db, "init", "--province", "51"], env).check_returncode()
    files = []
    folder = work / "corpus"
    folder.mkdir()
    for name, build in {**hostile.CORPUS, **hostile.LARGE}.items():
        files.append(build(folder / f"{name}.xlsx"))
    for name, build in hostile_ods.CORPUS.items():  # OpenDocument: repeat counts, content.xml bombs
        files.append(build(folder / f"{name}.ods"))
    from hypothesis import strategies as st
    from hypothesis.errors import NonInteractiveExampleWarning

    cells = st.lists(st.tuples(st.integers(1, 17_000), st.integers(1, 1_100_000),
                               st.text(max_size=40) | st.integers(0, 60_000).map(lambda n: "x" * n)),
                     min_size=1, max_size=5)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NonInteractiveExampleWarning)
        for i in range(generated):
            body = ""
            for col, r, text in sorted(cells.example(), key=lambda x: x[1]):
                letters = ""
                while col:
                    col, rem = divmod(col - 1, 26)
                    letters = chr(65 + rem) + letters
                text = "".join(ch for ch in text if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF)
                body += hostile.row(r, hostile.cell(f"{letters}{r}", text))
            files.append(hostile.xlsx(folder / f"generated_{i:02d}.xlsx", hostile.HEADER + body))
    fig = {"files": len(files), "crashes": 0, "writes": 0, "refused": 0, "read": 0, "peak_mb": 0.0, "over_budget": 0}
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    for f in files:
        rejected = work / "loi.xlsx"
        code, peak, err = run_measured(["--db", db, "import", "enterprises", f, "--dry-run", "--rejected-out", rejected], env)
        fig["peak_mb"] = max(fig["peak_mb"], peak)
        fig["over_budget"] += peak > BUDGET_MB
        if code < 0 or code > 2 or "Traceback" in err or "không mong muốn" in err:
            fig["crashes"] += 1
            print(f"  crash: {f.name}: {code} {err[-300:]}", flush=True)
        if code == 2:
            fig["refused"] += 1
        else:
            fig["read"] += 1
        if rejected.exists():
            rejected.unlink()
            if code == 2:
                fig["writes"] += 1
    if hashlib.sha256(db.read_bytes()).hexdigest() != digest:
        fig["writes"] += 1
    return fig


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--kills", type=int, default=64)
    p.add_argument("--generated", type=int, default=20)
    p.add_argument("--seed", type=int, default=15)
    args = p.parse_args(argv)
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="nsdesk-reliability-"))
    env = os.environ | {"XDG_CONFIG_HOME": str(work / "config"), "XDG_DATA_HOME": str(work / "data"),
                        "PYTHONPATH": str(ROOT)}
    env.pop("NSDESK_DB", None)
    started = time.perf_counter()
    try:
        k = kills(work, env, args.kills, rng)
        c = corpus(work, env, args.generated, rng)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"kills: {k['kills']} killed mid-command ({k['finished']} finished before the kill) across import, export, "
          f"report, backup, upgrade")
    print("  durations uninterrupted: " + ", ".join(f"{n[9:]} {v:.1f} s" for n, v in k.items() if n.startswith("duration_")))
    print(f"  corrupt databases: {k['corrupt']}; half imports: {k['half_imports']}")
    print(f"  partial output files: {k['partial']}; damaged or lost earlier files: {k['damaged_earlier']}")
    print(f"  backups that are not whole: {k['stray_backups']}")
    print(f"  temporary files left in the system temp folder: {k['stray_system_temp']}")
    print(f"  private temporary folders left beside the target by a kill: {k['private_left']}; "
          f"still there after the next write: {k['private_after_next_write']}")
    print(f"corpus: {c['files']} hostile workbooks ({c['files'] - args.generated} built, {args.generated} "
          f"hypothesis-generated): {c['refused']} refused, {c['read']} read; crashes: {c['crashes']}; "
          f"writes: {c['writes']}; peak memory {c['peak_mb']:.0f} MB (budget {BUDGET_MB} MB, over: {c['over_budget']})")
    print(f"({time.perf_counter() - started:.0f} s)")
    bad = (k["corrupt"] + k["half_imports"] + k["partial"] + k["damaged_earlier"] + k["stray_backups"]
           + k["stray_system_temp"] + k["private_after_next_write"] + c["crashes"] + c["writes"] + c["over_budget"])
    return 1 if bad or k["kills"] < 50 else 0


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    sys.exit(main())
