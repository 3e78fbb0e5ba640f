"""Personal data under control: left out of exports on request, erased everywhere, files for the owner only."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest
import python_calamine as pc
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx

from nsdesk.cli import main
from nsdesk.services.common import backups


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def register(sqlite_file, tmp_path, capsys):
    c = codes(2)
    src = write_xlsx(tmp_path / "in.xlsx", [STANDARD_HEADER,
                                            row(c[0], "Công ty An Phát", representative="Trần Thị Bình",
                                                phone="0905123456", email="binh@example.vn"),
                                            row(c[1], "Công ty Bảo Long")])
    assert cli(capsys, "--db", sqlite_file, "import", "enterprises", src)[0] == 0
    return sqlite_file, c


def test_export_can_leave_out_the_representatives_data(register, tmp_path, capsys):
    db, _c = register
    out = tmp_path / "so.xlsx"
    assert cli(capsys, "--db", db, "export", "enterprises", "--out", out, "--omit-personal-data")[0] == 0
    rows = pc.CalamineWorkbook.from_path(str(out)).get_sheet_by_index(0).to_python()
    header = rows[0]
    assert "Người đại diện" not in header and "Điện thoại" not in header and "Email" not in header
    flat = " ".join(str(v) for r in rows for v in r)
    assert "Trần Thị Bình" not in flat and "0905123456" not in flat and "binh@example.vn" not in flat
    code, text, _err = cli(capsys, "--db", db, "import", "enterprises", out, "--json")
    assert code == 0 and json.loads(text)["unchanged"] == 2  # re-importing it erases nothing


def test_erase_clears_the_values_the_history_and_the_backups(register, capsys):
    db, c = register
    assert cli(capsys, "--db", db, "backup")[0] == 0
    code, out, _err = cli(capsys, "--db", db, "erase-personal-data", c[0], "--json")
    assert code == 0
    result = json.loads(out)
    assert sorted(result["fields"]) == ["email", "phone", "representative"] and result["backups"] >= 1
    for path in [db, *(b.path for b in backups.list_backups(db))]:
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT representative, phone, email FROM enterprises WHERE tax_code = ?",
                                (c[0],)).fetchone() in (None, (None, None, None))
            dump = "\n".join(conn.iterdump())
        assert "0905123456" not in dump and "Trần Thị Bình" not in dump
        assert b"0905123456" not in path.read_bytes()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM changes WHERE action = 'erase' AND old_value IS NULL "
                            "AND new_value IS NULL").fetchone()[0] == 1


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_new_database_and_its_folder_are_for_the_owner_only(tmp_path, capsys):
    db = tmp_path / "moi" / "nsdesk.sqlite"
    db.parent.mkdir(mode=0o755)
    os.umask(0o022)
    assert cli(capsys, "--db", db, "init")[0] == 0
    assert db.stat().st_mode & 0o777 == 0o600
    for extra in ("-wal", "-shm"):
        p = db.with_name(db.name + extra)
        if p.exists():
            assert p.stat().st_mode & 0o077 == 0
