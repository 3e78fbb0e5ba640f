"""The scriptable entry point: init, demo, info, exit codes and one-line errors."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from nsdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_info_round(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    code, out, _ = run(capsys, "--db", db, "init", "--province", "Quảng Ngãi", "--commune", "Đăk Cấm",
                       "--officer", "Nguyễn Văn A", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["office"]["province_code"] == "51"
    assert result["office"]["commune"] == "Phường Đăk Cấm"
    assert result["reference_added"]["admin_units"] == 34 + 3321

    code, out, _ = run(capsys, "--db", db, "demo", "--enterprises", "2000", "--json")
    assert code == 0 and json.loads(out)["enterprises"] == 2000

    code, out, _ = run(capsys, "--db", db, "info", "--json")
    info = json.loads(out)
    assert code == 0
    assert info["counts"]["enterprises"] == 2000
    assert info["counts"]["tools"] >= 22 and info["counts"]["metrics"] >= 8
    assert info["counts"]["sectors"] == 21 + 88
    assert info["schema_revision"] == info["head_revision"]
    assert info["database"].endswith("x.sqlite")
    assert info["office"]["officer"] == "Nguyễn Văn A"


def test_init_again_changes_nothing_and_loses_nothing(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    assert run(capsys, "--db", db, "init", "--province", "51", "--officer", "A")[0] == 0
    assert run(capsys, "--db", db, "demo", "--enterprises", "300")[0] == 0
    before = json.loads(run(capsys, "--db", db, "info", "--json")[1])
    code, out, _ = run(capsys, "--db", db, "init", "--json")
    assert code == 0
    assert json.loads(out)["reference_added"] == {"admin_units": 0, "sectors": 0, "tools": 0, "metrics": 0}
    after = json.loads(run(capsys, "--db", db, "info", "--json")[1])
    assert after["counts"] == before["counts"]
    assert after["office"] == before["office"]  # init without options keeps the office


def test_demo_is_deterministic_for_a_seed(tmp_path, capsys):
    rows = []
    for name in ("a", "b"):
        db = str(tmp_path / f"{name}.sqlite")
        run(capsys, "--db", db, "init", "--province", "86")
        run(capsys, "--db", db, "demo", "--enterprises", "150", "--seed", "7")
        with sqlite3.connect(db) as conn:
            rows.append(conn.execute(
                "SELECT uuid, tax_code, name, kind, commune_code, employees, size_class FROM enterprises ORDER BY tax_code"
            ).fetchall())
    assert rows[0] == rows[1] and len(rows[0]) == 150
    # Real communes of the office's province, valid tax codes, several kinds and sizes.
    from stdnum.vn import mst

    assert all(mst.is_valid(r[1]) for r in rows[0])
    assert len({r[3] for r in rows[0]}) >= 4
    assert len({r[6] for r in rows[0]}) >= 3


def test_demo_refuses_a_register_with_real_enterprises(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    run(capsys, "--db", db, "init", "--province", "51")
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO enterprises (uuid, created_at, modified_at, name, kind, size_class, archived, "
                     "search_folded, name_folded, name_key) VALUES ('u1', '2025-01-01', '2025-01-01', 'Công ty A', 'llc', "
                     "'unknown', 0, '', '', 1)")
    code, _, err = run(capsys, "--db", db, "demo", "--enterprises", "10")
    assert code == 2
    assert err.count("\n") == 1 and "doanh nghiệp thật" in err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM enterprises").fetchone()[0] == 1


@pytest.mark.parametrize(
    "args, needle",
    [
        (["init", "--province", "Atlantis"], "Không tìm thấy tỉnh"),
        (["init", "--province", "51", "--commune", "Xã Không Có"], "Không tìm thấy xã/phường"),
        (["nonsense"], "invalid choice"),
        (["demo", "--enterprises", "abc"], "invalid int value"),
    ],
)
def test_bad_usage_exits_2_with_one_line(tmp_path, capsys, args, needle):
    db = str(tmp_path / "x.sqlite")
    if args[0] == "demo":
        run(capsys, "--db", db, "init", "--province", "51")
    with pytest.raises(SystemExit) if args[0] in ("nonsense",) or "abc" in args else _noop():
        code, _, err = run(capsys, "--db", db, *args)
        assert code == 2
        assert err.startswith("nsdesk: ") and err.count("\n") == 1 and needle in err
    if args[0] in ("nonsense",) or "abc" in args:
        err = capsys.readouterr().err
        assert needle in err and "Traceback" not in err


class _noop:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_init_with_an_unknown_province_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "x.sqlite")
    run(capsys, "--db", db, "init", "--province", "51", "--commune", "Đăk Cấm")
    code, _, _ = run(capsys, "--db", db, "init", "--province", "Không Có", "--officer", "B")
    assert code == 2
    info = json.loads(run(capsys, "--db", db, "info", "--json")[1])
    assert info["office"]["province_code"] == "51" and info["office"]["commune"] == "Phường Đăk Cấm"
    assert info["office"]["officer"] is None


@pytest.mark.parametrize("content", [b"garbage" * 500, b""])
def test_unusable_database_exits_2_without_traceback(tmp_path, content):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(content)
    cmd = [sys.executable, "-m", "nsdesk", "--db", str(path), "info", "--json"]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if content:
        assert out.returncode == 2
        assert out.stderr.startswith("nsdesk: ") and out.stderr.count("\n") == 1
        assert "Traceback" not in out.stderr
        assert path.read_bytes() == content
    else:  # an empty file is a new database: it is created and works
        assert out.returncode == 0, out.stderr


def test_missing_database_for_info_says_to_run_init(tmp_path):
    out = subprocess.run([sys.executable, "-m", "nsdesk", "--db", str(tmp_path / "none.sqlite"), "info"],
                         capture_output=True, text=True)
    assert out.returncode == 2 and "nsdesk init" in out.stderr
    assert not (tmp_path / "none.sqlite").exists()


def test_db_from_environment_variable(tmp_path, monkeypatch, capsys):
    db = tmp_path / "env.sqlite"
    monkeypatch.setenv("NSDESK_DB", str(db))
    assert run(capsys, "init", "--province", "51")[0] == 0
    assert db.exists()
    assert json.loads(run(capsys, "info", "--json")[1])["database"] == str(db)


def test_default_database_lives_in_the_user_data_folder(capsys, tmp_path):
    # tests/conftest.py points XDG_DATA_HOME at a temporary folder
    assert run(capsys, "init", "--province", "51")[0] == 0
    info = json.loads(run(capsys, "info", "--json")[1])
    import os

    assert info["database"].startswith(os.environ["XDG_DATA_HOME"])
    assert info["database"].endswith("nsdesk.sqlite")
