"""The plan report (xlsx for the provincial DOST), read back with python-calamine."""

from __future__ import annotations

import json
from datetime import date

import pytest
import python_calamine as pc
from pilot_helpers import CAM_THANH, make_enterprise, make_support, measure

from nsdesk.errors import InputError
from nsdesk.reports.plan_report import write_plan_report
from nsdesk.services.common.formats import required_text
from nsdesk.services.pilots import projects, summaries
from nsdesk.services.plans import plans
from nsdesk.services.plans import progress as engine

SHEETS = ["Chỉ tiêu", "Lượt hỗ trợ", "Dự án điểm", "Công cụ áp dụng", "Cải thiện năng suất"]
LEAN, KAIZEN = "Sản xuất tinh gọn (Lean)", "Cải tiến liên tục (Kaizen)"


def read(path) -> dict[str, list[list]]:
    wb = pc.CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in wb.sheet_names}


def blank(row: list) -> bool:
    return all(c in ("", None) for c in row)


def table(rows: list[list], first_header: str = "STT") -> tuple[list, list[list]]:
    """The header row (the first whose column A reads ``first_header``) and the rows below it, up to
    the first blank row."""
    at = next(i for i, r in enumerate(rows) if r and r[0] == first_header)
    body = []
    for r in rows[at + 1:]:
        if blank(r):
            break
        body.append(r)
    return rows[at], body


def after_table(rows: list[list]) -> list[str]:
    """The texts under the table (the signature block), row by row."""
    at = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    end = next(i for i in range(at + 1, len(rows)) if blank(rows[i]))
    return [" | ".join(str(c) for c in r if c not in ("", None)) for r in rows[end:] if not blank(r)]


@pytest.fixture
def pilot_data(session):
    """Two enterprises in Phường Đăk Cấm, one in Phường Cẩm Thành; a pilot project of the ward plan."""
    plans.create_from_template(session, "DAKCAM-2025")
    plans.create_from_template(session, "QN-138-2025")
    ward = plans.find_plan(session, "DAKCAM-2025")
    projects.create_project(session, {"code": "DA-LEAN", "name": "Mô hình điểm Lean", "status": "in_progress",
                                      "plan_code": ward.code, "funding_state": 300, "funding_enterprise": 50.5})
    projects.create_project(session, {"code": "DA-KHAC", "name": "Dự án của kế hoạch khác", "status": "approved"})
    a = make_enterprise(session, "5100000011", name="Công ty TNHH Hạt điều Đăk Cấm")
    b = make_enterprise(session, "5100000012", name="Hợp tác xã Mây tre Bình Minh", kind="cooperative")
    far = make_enterprise(session, "5100000013", name="Công ty Cẩm Thành", commune_code=CAM_THANH)
    s1 = make_support(session, a, tools=["LEAN"], project="DA-LEAN", start_date="2025-03-01", end_date="2025-09-30",
                      cert_number="GCN-01/2025", cert_expires="2028-03-01", types=["system_tool", "certification"])
    make_support(session, a, tools=["KAIZEN", "LEAN"], status="in_progress", start_date="2026-01-05", end_date=None)
    make_support(session, b, tools=["KAIZEN"], project="DA-LEAN", status="cancelled", start_date="2025-04-01",
                 end_date=None)
    make_support(session, b, tools=["LEAN"], status="planned", start_date="2027-02-01", end_date="2027-06-30")
    s_far = make_support(session, far, tools=["LEAN"], start_date="2025-05-01", end_date="2025-11-30")
    measure(session, metric="defect_rate", phase="before", value=8.0, on="2025-02-15", support=s1)
    measure(session, metric="defect_rate", phase="after", value=6.0, on="2025-10-15", support=s1)
    measure(session, metric="defect_rate", phase="before", value=10.0, on="2025-04-20", support=s_far)
    measure(session, metric="defect_rate", phase="after", value=9.0, on="2025-12-01", support=s_far)
    session.commit()
    return session


def test_the_ward_report_holds_its_territory_lượt_projects_tools_and_targets(pilot_data, tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    result = write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 30), out)
    book = read(out)
    assert list(book) == SHEETS
    for name in SHEETS:  # every sheet opens with the plan, the office and the date
        head = [r[0] for r in book[name][:4]]
        assert head[0] == "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NÂNG CAO NĂNG SUẤT"
        assert head[1].startswith("DAKCAM-2025 — ")
        assert head[2] == "Đơn vị báo cáo: Phường Đăk Cấm, Quảng Ngãi"
        assert head[3] == "Số liệu tính đến ngày 30/06/2026"

    # Lượt: the ward's enterprises only (not Cẩm Thành), started by the date (not the 2027 one),
    # cancelled ones listed with their status; tax codes as text.
    header, rows = table(book["Lượt hỗ trợ"])
    assert header[:3] == ["STT", "Mã số thuế", "Doanh nghiệp"]
    listed = [(r[1], r[3], r[6], r[8]) for r in rows]
    assert listed == [
        ("5100000011", "DA-LEAN", "01/03/2025", "Hoàn thành"),
        ("5100000012", "DA-LEAN", "01/04/2025", "Đã hủy"),
        ("5100000011", "", "05/01/2026", "Đang thực hiện"),
    ]
    assert [r[0] for r in rows] == [1, 2, 3]
    first = rows[0]
    assert first[5] == LEAN and first[9] == "GCN-01/2025" and first[10] == "01/03/2028"
    assert "Chứng nhận" in first[4]
    assert rows[2][5] == f"{KAIZEN}; {LEAN}" or rows[2][5] == f"{LEAN}; {KAIZEN}"
    assert result.rows["supports"] == 3

    # Projects of the plan only, with their lượt and funding.
    _h, rows = table(book["Dự án điểm"])
    assert [(r[1], r[2], r[3], r[6], r[7], r[8]) for r in rows] == [
        ("DA-LEAN", "Mô hình điểm Lean", "Đang thực hiện", 2, 2, 350.5)]

    # Tools: lượt in progress or completed (the cancelled Kaizen lượt adopts nothing).
    _h, rows = table(book["Công cụ áp dụng"])
    assert [(r[1], r[2], r[3]) for r in rows] == [(LEAN, 1, 2), (KAIZEN, 1, 1)]

    # Improvement: the ward's enterprises only — defect rate 8 → 6 % is a 25 % improvement (a
    # falling rate is better); Cẩm Thành's 10 → 9 % is not in the ward's report.
    _h, rows = table(book["Cải thiện năng suất"])
    assert [r[4:10] for r in rows if r[1] == LEAN and r[2] == "Tỷ lệ sản phẩm lỗi"] == [[1, 1, 1, 0, 25.0, 25.0]]

    # Targets: the engine's own figures, one row per target, requirement as the app shows it.
    expected = engine.progress(pilot_data, "DAKCAM-2025", date(2026, 6, 30))
    header, rows = table(book["Chỉ tiêu"])
    assert header[:4] == ["STT", "Mã", "Chỉ tiêu", "Mốc"]
    assert [r[1] for r in rows] == [t.code for t in expected.targets]
    for r, t in zip(rows, expected.targets):
        assert (r[2], r[3]) == (t.title, t.milestone)
        assert r[5] == required_text(t.comparator, t.min, t.max, t.tolerance, t.unit)
        assert r[8].startswith(engine.status_label(t.status))
    # Under the targets: place and date of signing, the preparer (the office's officer) and the head.
    today = date.today()
    assert after_table(book["Chỉ tiêu"]) == [
        f"Đăk Cấm, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}",
        "NGƯỜI LẬP BIỂU | THỦ TRƯỞNG ĐƠN VỊ",
        "(Ký, ghi rõ họ tên) | (Ký tên, đóng dấu)",
        "Cán bộ Kiểm thử",
    ]


def test_count_targets_and_improvements_match_figures_computed_from_the_records(pilot_data, tmp_path):
    out = tmp_path / "tinh.xlsx"
    write_plan_report(pilot_data, "QN-138-2025", date(2026, 6, 30), out)
    book = read(out)
    _h, rows = table(book["Lượt hỗ trợ"])
    assert {r[1] for r in rows} == {"5100000011", "5100000012", "5100000013"}  # the whole province
    _h, rows = table(book["Chỉ tiêu"])
    by_code = {r[1]: r for r in rows}
    # "5–10 enterprises run pilot models": distinct enterprises with a lượt in a pilot project that is
    # in progress or completed — only Hạt điều (the cooperative's pilot lượt was cancelled).
    pilot = by_code["ENT-PILOT-2030"]
    assert pilot[6] == 1 and pilot[5] == "5–10 doanh nghiệp"
    # Improvement over the province: 25 % (8 → 6) and 10 % (10 → 9): median and mean 17.5 %.
    _h, rows = table(book["Cải thiện năng suất"])
    lean_defects = [r for r in rows if r[1] == LEAN and r[2] == "Tỷ lệ sản phẩm lỗi"]
    assert len(lean_defects) == 1
    assert lean_defects[0][4:8] == [2, 2, 2, 0]
    assert lean_defects[0][8:10] == [pytest.approx(17.5), pytest.approx(17.5)]
    assert len(rows) == len(summaries.summarize(pilot_data, "tool"))  # every measurement is in the province


def test_an_unknown_plan_or_missing_folder_writes_nothing(pilot_data, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    out = folder / "khong-co.xlsx"
    with pytest.raises(InputError, match="Không có kế hoạch mã «KHONG-CO»"):
        write_plan_report(pilot_data, "KHONG-CO", date(2026, 6, 30), out)
    assert not out.exists()
    with pytest.raises(InputError, match="không tồn tại"):
        write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 30), folder / "khong" / "co.xlsx")
    assert list(folder.iterdir()) == []


def test_progress_is_reported_sheet_by_sheet(pilot_data, tmp_path):
    seen = []
    write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 30), tmp_path / "r.xlsx",
                      progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(6)]


def run_cli(capsys, *args):
    from nsdesk.cli import main

    try:
        code = main(list(args))
    except SystemExit as exc:  # argparse's own usage errors
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_report_plan(sqlite_file, tmp_path, capsys):
    from nsdesk.db import open_database

    db = open_database(f"sqlite:///{sqlite_file}")
    with db.sessions() as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    db.dispose()
    out = tmp_path / "bc.xlsx"
    code, stdout, stderr = run_cli(capsys, "--db", str(sqlite_file), "report", "plan", "--plan", "DAKCAM-2025",
                                   "--as-of", "2026-06-30", "--out", str(out), "--json")
    assert code == 0, stderr
    assert json.loads(stdout) == {"file": str(out), "period": {"from": "2025-01-01", "to": "2026-06-30"}, "targets": [
        {"code": "LP-2030", "kind": "statistic", "achieved_period": None, "achieved_cumulative": None,
         "status": "no_data"},
        {"code": "TFP-2030", "kind": "statistic", "achieved_period": None, "achieved_cumulative": None,
         "status": "no_data"}]}
    assert list(read(out)) == SHEETS
    code, _out, stderr = run_cli(capsys, "--db", str(sqlite_file), "report", "plan", "--plan", "XYZ", "--to",
                                 "2026-06-30", "--out", str(out))
    assert code == 2 and "Không có kế hoạch mã «XYZ»" in stderr
    code, _out, stderr = run_cli(capsys, "--db", str(sqlite_file), "report", "plan", "--plan", "DAKCAM-2025",
                                 "--as-of", "30/06/2026", "--out", str(out))
    assert code == 2 and "YYYY-MM-DD" in stderr
