"""Nothing lost: output paths that would destroy something are refused, files land whole or not at all."""

from __future__ import annotations

import errno
import os
import sqlite3
import zipfile

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx

from nsdesk.cli import main
from nsdesk.files import TEMP_PREFIX, atomic_output, check_output_path, sweep_stale


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def count(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM enterprises").fetchone()[0]


@pytest.fixture
def register(sqlite_file, tmp_path, capsys):
    c = codes(3)
    src = write_xlsx(tmp_path / "in.xlsx", [STANDARD_HEADER, *(row(x, f"Công ty {i}") for i, x in enumerate(c))])
    assert cli(capsys, "--db", sqlite_file, "import", "enterprises", src)[0] == 0
    return sqlite_file


def test_export_onto_the_open_database_is_refused_and_the_database_kept(register, capsys):
    before = register.read_bytes()
    code, out, err = cli(capsys, "--db", register, "export", "enterprises", "--out", register)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "cơ sở dữ liệu" in err
    assert register.read_bytes() == before and count(register) == 3


def test_report_and_rejected_rows_onto_a_database_file_are_refused(register, tmp_path, capsys):
    other = tmp_path / "khac.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    before = other.read_bytes()
    code, _out, err = cli(capsys, "--db", register, "report", "plan", "--plan", "X", "--to", "2026-06-30",
                           "--out", other)
    assert code == 2 and "cơ sở dữ liệu" in err and other.read_bytes() == before
    bad = write_xlsx(tmp_path / "bad.xlsx", [STANDARD_HEADER, row("123", "Công ty sai")])
    db_before = count(register)
    code, _out, err = cli(capsys, "--db", register, "import", "enterprises", bad, "--rejected-out", register)
    assert code == 2 and count(register) == db_before
    assert zipfile.is_zipfile(bad) and not zipfile.is_zipfile(register)


def test_a_folder_or_a_file_that_is_not_a_workbook_is_refused(register, tmp_path, capsys):
    code, _out, err = cli(capsys, "--db", register, "export", "enterprises", "--out", tmp_path)
    assert code == 2 and "thư mục" in err and "FileCreateError" not in err
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("quan trọng")
    code, _out, err = cli(capsys, "--db", register, "export", "enterprises", "--out", notes)
    assert code == 2 and notes.read_text() == "quan trọng"
    code, _out, err = cli(capsys, "--db", register, "export", "enterprises", "--out", tmp_path / "khong" / "a.xlsx")
    assert code == 2 and "không tồn tại" in err


def test_an_earlier_export_is_replaced_whole_and_is_readable_by_the_owner_only(register, tmp_path, capsys):
    out = tmp_path / "so.xlsx"
    assert cli(capsys, "--db", register, "export", "enterprises", "--out", out)[0] == 0
    assert zipfile.is_zipfile(out)
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    assert cli(capsys, "--db", register, "export", "enterprises", "--out", out)[0] == 0
    assert zipfile.is_zipfile(out)
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_full_disk_keeps_the_earlier_file_and_prints_one_line(register, tmp_path, capsys, monkeypatch):
    out = tmp_path / "so.xlsx"
    assert cli(capsys, "--db", register, "export", "enterprises", "--out", out)[0] == 0
    good = out.read_bytes()
    import xlsxwriter.workbook

    def full(self, *a, **k):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    code, _out, err = cli(capsys, "--db", register, "export", "enterprises", "--out", out)
    assert code == 2 and len(err.strip().splitlines()) == 1 and "đầy" in err and "Traceback" not in err
    assert out.read_bytes() == good
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_the_writers_temporary_files_stay_in_the_destination_folder(register, tmp_path, capsys, monkeypatch):
    import tempfile

    seen = []
    real = tempfile.mkstemp

    def spy(*a, **k):
        fd, name = real(*a, **k)
        seen.append(name)
        return fd, name

    monkeypatch.setattr(tempfile, "mkstemp", spy)
    out = tmp_path / "so.xlsx"
    assert cli(capsys, "--db", register, "export", "enterprises", "--out", out)[0] == 0
    assert seen and all(os.path.dirname(os.path.dirname(n)) == str(tmp_path) for n in seen)
    assert not any(os.path.exists(n) for n in seen)


def test_atomic_output_leaves_nothing_on_failure_and_sweeps_what_a_killed_process_left(tmp_path):
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_output(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("boom")
    assert target.read_bytes() == b"old" and os.listdir(tmp_path) == ["a.xlsx"]
    stale = tmp_path / f"{TEMP_PREFIX}999999999-x"
    stale.mkdir()
    (stale / "sheet1.xml").write_text("0901234567")
    assert sweep_stale(tmp_path) == 1 and not stale.exists()


def test_check_output_path_accepts_a_new_file_and_an_earlier_workbook(tmp_path):
    assert check_output_path(tmp_path / "new.xlsx") == tmp_path / "new.xlsx"
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(tmp_path / "old.xlsx"))
    wb.add_worksheet()
    wb.close()
    assert check_output_path(tmp_path / "old.xlsx") == tmp_path / "old.xlsx"
