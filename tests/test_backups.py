"""Backups that restore, damage that is named, errors that leak nothing, read-only places that still read."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx

from nsdesk.cli import main, unexpected_line
from nsdesk.errors import DatabaseError
from nsdesk.services.common import backups


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def names(path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM enterprises ORDER BY name")]


@pytest.fixture
def register(sqlite_file, tmp_path, capsys):
    src = write_xlsx(tmp_path / "in.xlsx", [STANDARD_HEADER, *(row(x, f"Công ty {i}", phone="0905123456")
                                                                for i, x in enumerate(codes(40)))])
    assert cli(capsys, "--db", sqlite_file, "import", "enterprises", src)[0] == 0
    for p in (sqlite_file.parent / "backups").glob("*"):
        p.unlink()
    return sqlite_file


def test_backup_restore_round_trip_backs_up_the_current_database_first(register, tmp_path, capsys):
    code, out, _err = cli(capsys, "--db", register, "backup", "--json")
    assert code == 0
    saved = Path(json.loads(out)["backup"])
    assert saved.parent == register.parent / "backups" and names(saved) == names(register)
    if os.name == "posix":
        assert saved.stat().st_mode & 0o777 == 0o600 and saved.parent.stat().st_mode & 0o777 == 0o700
    with sqlite3.connect(register) as conn:
        conn.execute("DELETE FROM changes")
        conn.execute("DELETE FROM enterprises")
    code, out, _err = cli(capsys, "--db", register, "restore", saved, "--json")
    assert code == 0
    before = Path(json.loads(out)["previous_saved_to"])
    assert len(names(register)) == 40 and names(before) == []
    assert cli(capsys, "--db", register, "check")[0] == 0


def test_backup_to_a_chosen_file(register, tmp_path, capsys):
    out = tmp_path / "copy.sqlite"
    assert cli(capsys, "--db", register, "backup", "--out", out)[0] == 0
    assert names(out) == names(register) and backups.quick_check(out) is None
    notes = tmp_path / "notes.txt"
    notes.write_text("x")
    assert cli(capsys, "--db", register, "backup", "--out", notes)[0] == 2 and notes.read_text() == "x"


def test_a_failed_backup_leaves_no_file_that_looks_like_a_backup(register, monkeypatch):
    monkeypatch.setattr(backups, "quick_check", lambda path: "page 3: btree damaged")
    with pytest.raises(DatabaseError, match="hỏng"):
        backups.create(register, "manual")
    assert list((register.parent / "backups").iterdir()) == []


def test_a_restore_refuses_a_damaged_or_foreign_file_and_changes_nothing(register, tmp_path, capsys):
    foreign = tmp_path / "foreign.sqlite"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.close()
    before = names(register)
    code, _out, err = cli(capsys, "--db", register, "restore", foreign)
    assert code == 2 and "không phải cơ sở dữ liệu nsdesk" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    assert cli(capsys, "--db", register, "restore", junk)[0] == 2
    assert names(register) == before


def test_a_backup_from_a_newer_version_is_refused_before_anything_is_copied(register, tmp_path):
    newer = tmp_path / "newer.sqlite"
    shutil.copy(register, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = names(register)
    with pytest.raises(DatabaseError, match="mới hơn"):
        backups.restore(register, newer)
    assert names(register) == before
    assert not list((register.parent / "backups").glob("*before-restore*"))  # refused before the safety copy


def test_retention_keeps_the_last_ten_and_one_a_week_and_a_month(tmp_path):
    db = tmp_path / "x.sqlite"
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 12, 3, 12)
    for day in range(0, 400, 2):
        for k in range(2):
            when = now - timedelta(days=day, hours=k)
            (folder / f"x-{when.strftime('%Y%m%d-%H%M%S-%f')}-before-import.sqlite").write_bytes(b"x" * 10)
    backups.prune(db, now=now)
    kept = backups.list_backups(db)
    assert 10 < len(kept) <= 10 + 8 + 12
    assert kept[0].made == now  # the newest is always kept
    months = {(b.made.year, b.made.month) for b in kept}
    assert len(months) == 12


def test_ten_imports_do_not_pile_up_backups(register, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(backups, "KEEP_LAST", 3)
    for i in range(6):
        src = write_xlsx(tmp_path / f"n{i}.xlsx", [STANDARD_HEADER, row(codes(1, start=470_000_001 + 50 * i)[0], f"Mới {i}")])
        assert cli(capsys, "--db", register, "import", "enterprises", src)[0] == 0
    assert len(list((register.parent / "backups").iterdir())) <= 3 + 1 + 1


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'enterprises'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * 64)


def test_a_damaged_database_names_the_latest_backup_and_info_exits_non_zero(register, capsys):
    assert cli(capsys, "--db", register, "backup")[0] == 0
    last = backups.latest(register)
    _damage(register)
    code, out, err = cli(capsys, "--db", register, "info", "--json")
    assert code == 2 and out == "" and "hỏng" in err and str(last) in err
    code, out, err = cli(capsys, "--db", register, "export", "enterprises", "--out", register.parent / "e.xlsx")
    assert code == 2 and "lỗi không mong muốn" not in err and "hỏng" in err
    code, out, _err = cli(capsys, "--db", register, "check")
    assert code == 1 and "HỎNG" in out and str(last) in out


def test_the_unexpected_error_line_carries_no_sql_parameters():
    from sqlalchemy.exc import IntegrityError

    exc = IntegrityError("INSERT INTO enterprises (name, phone, email) VALUES (?, ?, ?)",
                         ("Nguyễn Văn A", "0905123456", "a@example.vn"),
                         sqlite3.IntegrityError("NOT NULL constraint failed: enterprises.tax_code"))
    line = unexpected_line(exc)
    assert "0905123456" not in line and "Nguyễn" not in line and "INSERT" not in line
    assert "NOT NULL constraint failed" in line


def test_a_full_disk_during_a_command_is_one_friendly_line(register, capsys, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from nsdesk.services.demo import generate

    def full(*a, **k):
        raise OperationalError("INSERT INTO enterprises (name, phone) VALUES (?, ?)", ("Trần Thị B", "0912345678"),
                               sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(generate, "generate", full)
    code, _out, err = cli(capsys, "--db", register, "demo", "--enterprises", "5")
    assert code == 2 and "đầy" in err and "0912345678" not in err and len(err) < 400


@pytest.mark.skipif(os.name != "posix" or not shutil.which("setpriv"), reason="needs POSIX and setpriv")
def test_a_read_only_folder_still_reads(register, tmp_path, capsys):
    """Run as an unprivileged user (root ignores permissions) on a copy in a folder it may not write."""
    folder = Path("/tmp") / f"nsdesk-ro-{os.getpid()}"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "out").mkdir(parents=True)
    try:
        db = folder / "ro.sqlite"
        with sqlite3.connect(register) as conn:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(register, db)
        os.chmod(folder, 0o555)
        os.chmod(db, 0o444)
        os.chmod(folder / "out", 0o777)
        src = write_xlsx(folder / "out" / "in.xlsx", [STANDARD_HEADER, row(codes(1, start=480_000_001)[0], "Công ty X")])
        os.chmod(src, 0o644)

        def run(*args):
            return subprocess.run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable,
                                   "-m", "nsdesk", "--db", str(db), *map(str, args)],
                                  capture_output=True, text=True, env=os.environ | {"HOME": "/tmp"})

        r = run("info", "--json")
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout)["counts"]["enterprises"] == 40
        r = run("export", "enterprises", "--out", folder / "out" / "e.xlsx")
        assert r.returncode == 0, r.stderr
        r = run("import", "enterprises", src, "--dry-run", "--json")
        assert r.returncode == 0, r.stderr
        r = run("import", "enterprises", src)
        assert r.returncode == 2 and "chỉ đọc" in r.stderr
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def test_an_import_that_fails_after_its_backup_leaves_no_backup_behind(register, tmp_path, capsys, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from nsdesk.services.register.importing import pipeline

    def readonly(*a, **k):
        raise OperationalError("INSERT INTO enterprises …", (), sqlite3.OperationalError("attempt to write a readonly database"))

    monkeypatch.setattr(pipeline, "_write", readonly)
    src = write_xlsx(tmp_path / "new.xlsx", [STANDARD_HEADER, row(codes(1, start=490_000_001)[0], "Công ty Mới")])
    code, _out, err = cli(capsys, "--db", register, "import", "enterprises", src)
    assert code == 2 and "chỉ đọc" in err
    assert not list((register.parent / "backups").glob("*.sqlite"))
