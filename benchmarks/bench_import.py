"""Benchmark: importing a 100,000-row association list vs the floor, measured in the same run.

floor  = read the file with python-calamine + insert the same rows with raw sqlite3.executemany
         into a fresh table of similar shape: the register's own table in a fresh database at head
         (same columns, keys and indexes; its FTS5 search index filled the fastest way, by one
         INSERT … SELECT after the rows; ordered ids, rows in name order, a 64 MiB page cache — the
         same tricks nsdesk uses), the cells put in as they are — no validation, no normalisation,
         no change history.
nsdesk = full import with validation (header detection, normalisation, tax-code check digits,
         commune matching, duplicate merging, upsert plan, backup, Core executemany inserts of
         enterprises and their change-history entries) into a fresh nsdesk database at head.

Also printed, for reference: a "bare" floor into a 12-column table with only a unique tax code
(no secondary indexes, no search index) — the cost of the register's indexes shows in the gap.

Goal (issue 3): nsdesk ≤ 3 × floor.  Run: ``.venv/bin/python benchmarks/bench_import.py [rows]``.

Peak memory (issue 15): ``bench_import.py --rows 1000000 --memory`` writes a valid register of that
many rows twice — with inline strings (xlsxwriter constant_memory) and with a shared-strings table
as Excel writes it — and imports each with ``nsdesk import enterprises`` in a child process into a
fresh database, printing the child's peak RSS (``/usr/bin/time``) against the 500 MB budget.
``--layouts all_rejected`` measures the same with every tax code refused: the import keeps every row's
cells and problems for the rejected-rows file and the ``--json`` report (held compressed).
"""

from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

GOAL = 3.0
HEADER = ["STT", "MST", "Tên DN", "Loại hình", "Địa chỉ", "Xã/Phường", "Số LĐ", "Doanh thu (triệu đồng)",
          "Người đại diện", "SĐT", "E-mail", "Ghi chú"]
KINDS = [("Công ty TNHH", "Công ty TNHH"), ("TNHH", "Công ty TNHH"), ("CP", "Công ty Cổ phần"),
         ("Hợp tác xã", "Hợp tác xã"), ("Hộ kinh doanh", "Hộ kinh doanh"), ("DNTN", "Doanh nghiệp tư nhân")]
WORDS = ["An Phát", "Minh Long", "Hoàng Gia", "Phú Thịnh", "Thành Công", "Việt Tiến", "Đại Phát", "Tân Tiến",
         "Sao Mai", "Hưng Thịnh", "Trường Sơn", "Bình Minh", "Phương Nam", "Kim Ngân", "Đức Thành"]
TRADES = ["Thương mại", "Xây dựng", "Chế biến Nông sản", "Vận tải", "Du lịch", "Cơ khí", "Thủy sản"]
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Đức Cường", "Phạm Minh Dũng", "Huỳnh Thu Hà"]
STREETS = ["Quang Trung", "Lê Lợi", "Hùng Vương", "Trần Hưng Đạo", "Nguyễn Huệ"]


def _codes(rng: random.Random, n: int) -> list[str]:
    from stdnum.vn import mst

    out: list[str] = []
    seen: set[str] = set()
    while len(out) < n:
        body = f"{rng.choice(['01', '03', '43', '61'])}{rng.randrange(1, 10_000_000):07d}"
        check = mst.calc_check_digit(body)
        if len(check) == 1 and body not in seen:
            seen.add(body)
            out.append(body + check)
    return out


def make_file(path: Path, rows: int, communes: list[str], seed: int = 36, *, bad_codes: bool = False) -> None:
    """A realistic, messy-ish but valid list written with xlsxwriter constant_memory (with ``bad_codes``
    every tax code is refused: the whole sheet comes back as rejected rows)."""
    import xlsxwriter

    rng = random.Random(seed)
    codes = _codes(rng, rows)
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_urls": False})
    ws = wb.add_worksheet("Danh sách")
    ws.write_string(0, 0, "DANH SÁCH DOANH NGHIỆP HỘI VIÊN NĂM 2025")
    ws.write_string(1, 0, "(Kèm theo Công văn số 12/HH ngày 01/3/2025)")
    for c, h in enumerate(HEADER):
        ws.write_string(3, c, h)
    for i in range(rows):
        r = i + 4
        code = codes[i]
        label, prefix = rng.choice(KINDS)
        name = f"{prefix} {rng.choice(TRADES)} {rng.choice(WORDS)} {i}"
        if i % 7 == 0:
            name = name.replace(" ", "  ", 1)  # double space
        if i % 11 == 0:
            name = name.replace(" ", "\u00a0", 1)  # no-break space
        commune = rng.choice(communes)
        if i % 5 == 0:
            commune = commune.split(" ", 1)[1]  # without its prefix
        ws.write_number(r, 0, i + 1)
        if bad_codes:
            ws.write_string(r, 1, f"ABC{code}")
        elif code.startswith("0") and i % 3 == 0:
            ws.write_number(r, 1, int(code))  # Excel dropped the leading zero
        elif i % 4 == 0:
            ws.write_string(r, 1, f"{code[:4]} {code[4:7]} {code[7:]}")
        elif i % 9 == 0:
            ws.write_string(r, 1, f"{code[:2]}.{code[2:5]}.{code[5:]}")
        else:
            ws.write_string(r, 1, code)
        ws.write_string(r, 2, name)
        ws.write_string(r, 3, label)
        ws.write_string(r, 4, f"{rng.randint(1, 400)} {rng.choice(STREETS)}, {commune}")
        ws.write_string(r, 5, commune)
        employees = rng.randint(0, 300)
        if i % 6 == 0:
            ws.write_string(r, 6, str(employees))
        else:
            ws.write_number(r, 6, employees)
        ws.write_number(r, 7, round(rng.uniform(100, 90_000), 1))
        ws.write_string(r, 8, rng.choice(PEOPLE))
        ws.write_number(r, 9, rng.randint(900_000_000, 999_999_999))
        ws.write_string(r, 10, f"lienhe{i}@congty{i % 97}.vn")
        if i % 10 == 0:
            ws.write_string(r, 11, "Hội viên mới")
    end = rows + 4
    ws.write_string(end, 0, "Tổng cộng")
    ws.write_string(end + 2, 1, "Người lập biểu")
    ws.write_string(end + 2, 8, "Quảng Ngãi, ngày 01 tháng 3 năm 2025")
    wb.close()


def _read_rows(path: Path) -> list[list]:
    import python_calamine as pc

    ws = pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Danh sách")
    return ws.to_python(skip_empty_area=False)


def floor_register(path: Path, db_path: Path) -> float:
    """calamine + raw sqlite3.executemany into the register's table (fresh database at head)."""
    from datetime import datetime, timezone

    t0 = time.perf_counter()
    rows = _read_rows(path)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S.%f")
    data = []
    base = time.time_ns() << 16  # ordered ids: appends to the uuid index (what nsdesk does too)
    for i, r in enumerate(rows[4:-3]):
        name, address, commune = str(r[2]), str(r[4]), str(r[5])
        data.append((str(r[1]), name, r[3], "51", address, r[6], r[7], r[8], str(r[9]), r[10], r[11],
                     "unknown", 0, f"{name} {r[1]} {address} {commune}", name, f"{base + i:032x}", now, now))
    data.sort(key=lambda t: t[1])  # name order, as nsdesk inserts (the name indexes grow at their ends)
    data = [t + ((n + 1) << 32,) for n, t in enumerate(data)]  # the name-order key, given for free
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")  # the same page cache nsdesk's bulk path uses
    (trigger,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'enterprises_fts_ai'").fetchone()
    with conn:
        conn.execute("DROP TRIGGER enterprises_fts_ai")
        conn.executemany(
            "INSERT INTO enterprises (tax_code, name, kind, province_code, address, employees, revenue,"
            " representative, phone, email, note, size_class, archived, search_folded, name_folded, uuid,"
            " created_at, modified_at, name_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", data)
        conn.execute("INSERT INTO enterprises_fts(rowid, search_folded) SELECT name_key, search_folded FROM enterprises")
        conn.execute(trigger)
    conn.close()
    return time.perf_counter() - t0


def floor(path: Path, db_path: Path) -> float:
    """The bare floor: calamine + raw executemany into a 12-column table with a unique tax code."""
    t0 = time.perf_counter()
    rows = _read_rows(path)
    data = [tuple(row[:12]) + ("",) * (12 - len(row)) for row in rows[4:-3]]
    conn = sqlite3.connect(db_path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(
        "CREATE TABLE list (id INTEGER PRIMARY KEY, stt INTEGER, tax_code VARCHAR(20) UNIQUE, name VARCHAR(300),"
        " kind VARCHAR(20), address VARCHAR(500), commune VARCHAR(200), employees INTEGER, revenue NUMERIC(18,2),"
        " representative VARCHAR(200), phone VARCHAR(50), email VARCHAR(200), note TEXT)"
    )
    with conn:
        conn.executemany("INSERT INTO list (stt, tax_code, name, kind, address, commune, employees, revenue,"
                         " representative, phone, email, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", data)
    conn.close()
    return time.perf_counter() - t0


def prepare_nsdesk(db_path: Path):
    from nsdesk.db import open_database
    from nsdesk.services.common import office, reference, schema

    db = open_database(f"sqlite:///{db_path}")
    schema.upgrade(db)
    with db.sessions.begin() as s:
        reference.load_all(s)
        office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Cán bộ đo")
    return db


def nsdesk_import(db, path: Path) -> tuple[float, dict]:
    from nsdesk.services.register.importing import pipeline as importer

    t0 = time.perf_counter()
    with db.sessions.begin() as s:
        result = importer.import_file(s, path)
    return time.perf_counter() - t0, result.to_json()


def main(rows: int = 100_000) -> float:
    import shutil

    from nsdesk.services.common import admin_units

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = prepare_nsdesk(tmp / "nsdesk.sqlite")
        db.dispose()
        shutil.copyfile(tmp / "nsdesk.sqlite", tmp / "floor_register.sqlite")  # the same fresh database
        with db.sessions() as s:
            communes = [u.name for u in admin_units.communes(s, "51")]
        db.dispose()
        path = tmp / "list.xlsx"
        t0 = time.perf_counter()
        make_file(path, rows, communes)
        print(f"generated {rows} rows in {time.perf_counter() - t0:.1f} s ({path.stat().st_size / 1e6:.1f} MB)")
        t_bare = floor(path, tmp / "floor_bare.sqlite")
        t_floor = floor_register(path, tmp / "floor_register.sqlite")
        t_ns, out = nsdesk_import(db, path)
        db.dispose()
    assert out["created"] == rows and not out["rejected"], (out["created"], out["rejected"][:3])
    ratio = t_ns / t_floor
    print(f"import_{rows // 1000}k: {t_ns:.2f} s (full validation); floor calamine read + raw "
          f"sqlite3.executemany into the register table {t_floor:.2f} s; ratio {ratio:.2f} (goal ≤ {GOAL:g})")
    print(f"import_{rows // 1000}k_vs_bare_table: {t_ns:.2f} s; reference: calamine read + raw executemany into a bare "
          f"12-column table {t_bare:.2f} s; {t_ns / t_bare:.2f}x (no goal: the register's indexes and search "
          f"index are not in it)")
    return ratio


MEMORY_BUDGET_MB = 500


def to_shared_strings(src: Path, dst: Path) -> None:
    """The same workbook with its inline strings moved to a shared-strings table, as Excel writes it
    (xlsxwriter's constant_memory mode only writes inline strings). Streams the sheet."""
    import re
    import zipfile

    inline = re.compile(rb'(<c r="[A-Z]+\d+")(?: s="\d+")? t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is>')
    index: dict[bytes, int] = {}
    order: list[bytes] = []

    def shared(m: re.Match) -> bytes:
        text = m.group(2)
        i = index.get(text)
        if i is None:
            i = index[text] = len(order)
            order.append(text)
        return m.group(1) + b' t="s"><v>' + str(i).encode() + b"</v>"

    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            if info.filename == "xl/worksheets/sheet1.xml":
                with zin.open(info) as fin, zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fout:
                    carry = b""
                    while chunk := fin.read(1 << 22):
                        data = carry + chunk
                        cut = data.rfind(b"</row>") + 6
                        fout.write(inline.sub(shared, data[:cut]))
                        carry = data[cut:]
                    fout.write(inline.sub(shared, carry))
                continue
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSS" Type="http://schemas.openxmlformats'
                                    b'.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                                    b"</Relationships>")
            zout.writestr(info, data)
        with zout.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.'
                     b'org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">' % (len(order), len(order)))
            for text in order:  # already XML-escaped in the sheet
                fh.write(b"<si><t>" + text + b"</t></si>")
            fh.write(b"</sst>")


def peak_memory(rows: int, layouts: tuple[str, ...] = ("shared_strings", "inline_strings")) -> dict[str, float]:
    """Peak RSS (MB) of ``nsdesk import enterprises`` in a child process, for both string layouts."""
    import os
    import shutil
    import subprocess

    from nsdesk.services.common import admin_units

    out: dict[str, float] = {}
    timer = shutil.which("time") or "/usr/bin/time"
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = prepare_nsdesk(tmp / "template.sqlite")
        with db.sessions() as s:
            communes = [u.name for u in admin_units.communes(s, "51")]
        db.dispose()
        inline = tmp / "inline.xlsx"
        t0 = time.perf_counter()
        make_file(inline, rows, communes)
        shared = tmp / "shared.xlsx"
        if "shared_strings" in layouts:
            to_shared_strings(inline, shared)
        bad = tmp / "all_rejected.xlsx"
        if "all_rejected" in layouts:
            make_file(bad, rows, communes, bad_codes=True)
        print(f"generated {rows} rows in {time.perf_counter() - t0:.0f} s (inline strings "
              f"{inline.stat().st_size / 1e6:.0f} MB)", flush=True)
        for label, path in (("shared_strings", shared), ("inline_strings", inline), ("all_rejected", bad)):
            if label not in layouts:
                continue
            target = tmp / f"{label}.sqlite"
            shutil.copyfile(tmp / "template.sqlite", target)
            t0 = time.perf_counter()
            proc = subprocess.run([timer, "-f", "peak-kb %M", sys.executable, "-m", "nsdesk", "--db", str(target),
                                   "import", "enterprises", str(path), "--json"], capture_output=True, text=True,
                                  env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
            took = time.perf_counter() - t0
            peak = int(proc.stderr.strip().splitlines()[-1].split()[1]) / 1024
            import json

            result = json.loads(proc.stdout) if proc.returncode in (0, 1) and proc.stdout else {}
            if label == "all_rejected":
                ok = result.get("created") == 0 and len({p["row"] for p in result.get("rejected", [])}) == rows
            else:
                ok = result.get("created") == rows and not result.get("rejected")
            print(f"import_{rows // 1000}k_{label}_peak_rss: {peak:.0f} MB (budget {MEMORY_BUDGET_MB} MB) "
                  f"{'within' if peak < MEMORY_BUDGET_MB else 'OVER'}; {took:.0f} s; exit {proc.returncode}; "
                  f"created {result.get('created')}, rejected rows {len({p['row'] for p in result.get('rejected', [])})}"
                  f"{'' if ok else ' — NOT WHAT THE FILE HOLDS'}", flush=True)
            if not ok:
                print(proc.stderr[-2000:])
            out[label] = peak
    return out


def run() -> dict:
    """Entry point for benchmarks/run.py: {name: ratio}."""
    return {"import_100k_vs_floor": main()}


if __name__ == "__main__":
    import argparse

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows_pos", nargs="?", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--rows", type=int, default=None)
    parser.add_argument("--memory", action="store_true", help="peak RSS of the import in a child process")
    parser.add_argument("--layouts", default="shared_strings,inline_strings",
                        help="string layouts to measure (comma-separated)")
    args = parser.parse_args()
    n = args.rows or args.rows_pos or 100_000
    if args.memory or n >= 1_000_000:
        peak_memory(n, tuple(args.layouts.split(",")))
    else:
        main(n)
