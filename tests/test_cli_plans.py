"""`nsdesk plan templates` and `nsdesk plan create --from-template`."""

from __future__ import annotations

import json
import sqlite3

from nsdesk.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_templates_json_lists_every_template_without_a_database(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / "none.sqlite"), "plan", "templates", "--json")
    assert code == 0, err
    items = json.loads(out)
    assert [i["code"] for i in items][0] == "VN-36-2021"
    by = {i["code"]: i for i in items}
    assert set(by) == {"VN-36-2021", "BINHDUONG-2109-2021", "QN-138-2025", "DAKLAK-2021",
                       "VINHLONG-3064-2023", "THUANAN-2021", "DAKCAM-2025"}
    assert by["DAKCAM-2025"] == {
        "code": "DAKCAM-2025",
        "title": "Kế hoạch tổng thể nâng cao năng suất dựa trên nền tảng khoa học, công nghệ và đổi mới sáng tạo "
                 "trên địa bàn phường Đăk Cấm đến năm 2030",
        "level": "commune",
        "period": [2025, 2030],
    }
    assert by["THUANAN-2021"]["level"] == "district" and by["VN-36-2021"]["level"] == "national"
    assert all(isinstance(p, int) for i in items for p in i["period"])
    assert not (tmp_path / "none.sqlite").exists()


def test_create_from_template_prints_code_and_targets(sqlite_file, capsys):
    code, out, err = run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "VINHLONG-3064-2023", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["code"] == "VINHLONG-3064-2023" and result["template"] == "VINHLONG-3064-2023"
    targets = {t["code"]: t for t in result["targets"]}
    assert set(targets) == {"LP-2025", "TFP-2025", "SUPPORT-2025", "LP-2030", "TFP-2030", "SUPPORT-2030"}
    s25 = targets["SUPPORT-2025"]
    assert (s25["kind"], s25["milestone"], s25["comparator"], s25["min"], s25["max"]) == ("supports", 2025, "at_least", 30, None)
    assert targets["SUPPORT-2030"]["min"] == 40
    assert sorted(s25["rule"]["support_types"]) == ["certification", "ip", "system_tool"]
    assert targets["LP-2025"]["comparator"] == "yearly_rate" and targets["LP-2025"]["min"] == 8.3

    with sqlite3.connect(sqlite_file) as conn:
        assert conn.execute("select count(*) from plans where code = 'VINHLONG-3064-2023'").fetchone() == (1,)
        assert conn.execute("select count(*) from targets").fetchone() == (6,)


def test_create_with_new_code_and_parent(sqlite_file, capsys):
    assert run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "QN-138-2025")[0] == 0
    code, out, err = run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "DAKCAM-2025",
                         "--code", "DAKCAM-KH-2025", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert (result["code"], result["parent"], result["territory_units"]) == ("DAKCAM-KH-2025", "QN-138-2025", ["23284"])
    code, out, _ = run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "DAKCAM-2025")
    assert code == 0 and "DAKCAM-2025" in out and "QN-138-2025" in out


def test_duplicate_and_unknown_template_exit_2_with_one_line(sqlite_file, capsys):
    assert run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "QN-138-2025")[0] == 0
    code, out, err = run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "QN-138-2025", "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Đã có kế hoạch mã «QN-138-2025»" in err
    code, _, err = run(capsys, "--db", str(sqlite_file), "plan", "create", "--from-template", "HA-NOI-1")
    assert code == 2 and "Không có mẫu kế hoạch «HA-NOI-1»" in err and "QN-138-2025" in err
    with sqlite3.connect(sqlite_file) as conn:
        assert conn.execute("select count(*) from plans").fetchone() == (1,)
