"""``nsdesk progress``: the JSON shape, the list behind a count, one-line errors with exit 2."""

from __future__ import annotations

import json
from datetime import date

from test_progress_helpers import enterprise, plan, support, target

from nsdesk.cli import main
from nsdesk.db import open_database


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse refuses bad arguments this way
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def _seed(path):
    db = open_database(f"sqlite:///{path}")
    try:
        with db.sessions.begin() as s:
            p = plan(s, "KH-DAKCAM")
            target(s, p, "DN", "distinct_enterprises", comparator="range", min=1, max=1)
            target(s, p, "LUOT", "supports", min=4)
            target(s, p, "LP", "statistic", comparator="yearly_rate", min=7,
                   rule={"indicator": "labour_productivity_growth", "aggregate": "yearly_average", "bound": "more_than"})
            e = enterprise(s, name="Công ty TNHH Cà phê Sao Mai")
            support(s, e, date(2025, 3, 1))
            support(s, e, date(2025, 8, 1))
    finally:
        db.dispose()


def test_progress_json_shape(sqlite_file, capsys):
    _seed(sqlite_file)
    code, out, err = run(capsys, "--db", str(sqlite_file), "progress", "--plan", "kh-dakcam", "--as-of", "2025-12-31", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["plan"] == "KH-DAKCAM" and result["as_of"] == "2025-12-31"
    targets = {t["code"]: t for t in result["targets"]}
    assert list(targets) == ["DN", "LUOT", "LP"]
    dn = targets["DN"]
    assert {k: dn[k] for k in ("title", "kind", "milestone", "required", "achieved", "status")} == {
        "title": "Chỉ tiêu DN", "kind": "distinct_enterprises", "milestone": 2030,
        "required": {"min": 1, "max": 1, "comparator": "range"}, "achieved": 1, "status": "achieved",
    }
    assert dn["exceeded"] is False
    assert targets["LUOT"]["achieved"] == 2 and targets["LUOT"]["status"] == "on_track"
    assert targets["LP"]["achieved"] is None and targets["LP"]["status"] == "no_data"
    assert "0.7" in result["pace_rule"]


def test_progress_members_and_text(sqlite_file, capsys):
    _seed(sqlite_file)
    code, out, _ = run(capsys, "--db", str(sqlite_file), "progress", "--plan", "KH-DAKCAM", "--as-of", "2025-12-31",
                       "--members", "LUOT", "--json")
    assert code == 0
    rows = json.loads(out)["members"]
    assert [r["on"] for r in rows] == ["2025-03-01", "2025-08-01"]
    assert {r["label"] for r in rows} == {"Công ty TNHH Cà phê Sao Mai"}
    code, out, _ = run(capsys, "--db", str(sqlite_file), "progress", "--plan", "KH-DAKCAM", "--as-of", "2025-12-31")
    assert code == 0
    assert "Đã đạt" in out and "Chưa có số liệu" in out and "31/12/2025" in out


def test_unknown_plan_and_bad_date_exit_2_on_one_line(sqlite_file, capsys):
    _seed(sqlite_file)
    code, out, err = run(capsys, "--db", str(sqlite_file), "progress", "--plan", "KHONG-CO", "--json")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "KHONG-CO" in err and "KH-DAKCAM" in err  # names the plans there are
    code, out, err = run(capsys, "--db", str(sqlite_file), "progress", "--plan", "KH-DAKCAM", "--as-of", "31/12/2025")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "YYYY-MM-DD" in err
    code, _, err = run(capsys, "--db", str(sqlite_file), "progress", "--plan", "KH-DAKCAM", "--members", "X")
    assert code == 2 and err.count("\n") == 1 and "DN, LUOT, LP" in err
