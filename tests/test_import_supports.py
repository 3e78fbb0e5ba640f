"""`nsdesk import supports` and `nsdesk import measurements`: messy files, every rejection reason,
idempotent re-import, the JSON contract."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from fixtures.register_files import codes, write_xlsx
from pilot_helpers import make_enterprise, make_support
from sqlalchemy import func, select

from nsdesk.cli import main
from nsdesk.models import Measurement, Metric, PilotProject, Support, Tool
from nsdesk.services.pilots import importing, supports

pytestmark = pytest.mark.db

SUPPORT_HEADER = ["STT", "MST", "Tên doanh nghiệp", "Dự án", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu", "Ngày kết thúc",
                  "Trạng thái", "Kinh phí nhà nước", "Kinh phí doanh nghiệp", "Số giấy chứng nhận", "Ngày cấp",
                  "Ngày hết hạn"]
MEASURE_HEADER = ["MST", "Dự án", "Công cụ", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị", "Nguồn"]


@pytest.fixture
def world(db):
    """Three enterprises, a project, a retired tool."""
    c = codes(4)
    with db.sessions.begin() as s:
        for i, code in enumerate(c[:3]):
            make_enterprise(s, code, name=f"Công ty TNHH Số {i + 1}")
        s.add(PilotProject(code="DA-5S-2025", name="Áp dụng 5S cho doanh nghiệp chế biến", status="approved"))
        s.execute(Tool.__table__.update().where(Tool.code == "OHSAS18001").values(retired=True))
    return c


def run(db, kind, path, **kwargs):
    with db.sessions.begin() as s:
        return importing.import_file(s, kind, path, **kwargs)


def count(db, model) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_supports_from_a_messy_file(db, world, tmp_path):
    c = world
    path = write_xlsx(tmp_path / "luot.xlsx", [
        ["DANH SÁCH DOANH NGHIỆP ĐƯỢC HỖ TRỢ NĂM 2024"],
        SUPPORT_HEADER,
        [1, c[0], "Công ty TNHH Số 1", "DA-5S-2025", "Đào tạo; Tư vấn", "5S, Kaizen", "15/03/2024", datetime(2024, 6, 30),
         "Hoàn thành", "50", "1.234,5", None, None, None],
        [2, f"{c[1][:4]} {c[1][4:]}", "Công ty TNHH Số 2", "Áp dụng 5S cho doanh nghiệp chế biến", None, "ISO 9001",
         date(2024, 4, 1), None, None, 30.0, None, "GCN-123", "01/07/2024", "01/07/2027"],
        [3, c[2], None, None, "chuyen doi so", None, "2024-05-02", None, "Đang thực hiện", None, None, None, None, None],
        ["Tổng cộng"],
    ])
    result = run(db, "supports", path)
    assert (result.created, result.updated, result.unchanged, result.rejected) == (3, 0, 0, [])
    with db.sessions() as s:
        rows = {r.tax_code: r for r in supports.list_supports(s)}
    a, b, d = rows[c[0]], rows[c[1]], rows[c[2]]
    assert (a.project_code, a.types, a.tools, a.start, a.end, a.status) == (
        "DA-5S-2025", ["training", "consulting"], ["5S", "KAIZEN"], date(2024, 3, 15), date(2024, 6, 30), "completed")
    assert (a.funding_state, a.funding_enterprise) == (50, 1234.5)
    assert (b.project_code, b.types, b.tools, b.cert_number, b.cert_expires) == (
        "DA-5S-2025", ["system_tool"], ["ISO9001"], "GCN-123", date(2027, 7, 1))
    assert b.status == "in_progress"  # no status: started, not ended
    assert (d.types, d.tools, d.status) == (["digital"], [], "in_progress")
    assert {(w.row, w.column) for w in result.warnings} == {(3, "Kinh phí doanh nghiệp"), (4, "Loại hỗ trợ")}

    again = run(db, "supports", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3)
    assert count(db, Support) == 3


def test_a_row_matching_a_lượt_updates_its_other_fields(db, world, tmp_path):
    c = world
    with db.sessions.begin() as s:
        ent = s.scalars(select(supports.Enterprise).where(supports.Enterprise.tax_code == c[0])).one()
        make_support(s, ent, tools=["LEAN"], start_date="2024-01-10", end_date=None, status="in_progress")
    result = run(db, "supports", write_xlsx(tmp_path / "a.xlsx", [
        ["MST", "Công cụ", "Ngày bắt đầu", "Ngày kết thúc", "Trạng thái"],
        [c[0], "LEAN", "10/01/2024", "30/06/2024", "Hoàn thành"],
    ]))
    assert (result.created, result.updated) == (0, 1)
    with db.sessions() as s:
        (row,) = supports.list_supports(s)
    assert (row.end, row.status) == (date(2024, 6, 30), "completed")


def test_every_support_rejection_reason(db, world, tmp_path):
    c = world
    path = write_xlsx(tmp_path / "a.xlsx", [
        SUPPORT_HEADER,
        [1, None, "Không mã", None, "Đào tạo", None, "01/02/2024", None, None, None, None, None, None, None],
        [2, "123", "Mã sai", None, "Đào tạo", None, "01/02/2024", None, None, None, None, None, None, None],
        [3, codes(1, start=431_000_001)[0], "Chưa có trong sổ", None, "Đào tạo", None, "01/02/2024", None, None, None,
         None, None, None, None],
        [4, c[0], None, "DA-KHONG-CO", "Đào tạo", None, "01/02/2024", None, None, None, None, None, None, None],
        [5, c[0], None, None, "Đào tạo", "Công cụ lạ", "01/02/2024", None, None, None, None, None, None, None],
        [6, c[0], None, None, "Đào tạo", "OHSAS18001", "01/02/2024", None, None, None, None, None, None, None],
        [7, c[0], None, None, "Nấu ăn", None, "01/02/2024", None, None, None, None, None, None, None],
        [8, c[0], None, None, None, None, "01/02/2024", None, None, None, None, None, None, None],
        [9, c[0], None, None, "Đào tạo", None, "32/13/2024", None, None, None, None, None, None, None],
        [10, c[0], None, None, "Đào tạo", None, "01/02/2024", "01/01/2024", None, None, None, None, None, None],
        [11, c[0], None, None, "Đào tạo", None, "01/02/2024", None, "Tạm dừng", None, None, None, None, None],
        [12, c[0], None, None, "Đào tạo", None, "01/02/2024", None, None, "nhiều", None, None, None, None],
        [13, c[0], None, None, "Đào tạo", None, "01/02/2024", None, None, None, None, None, "01/03/2024", None],
        [14, c[0], None, None, "Đào tạo", None, "01/02/2024", None, None, None, None, "G-1", "01/03/2024",
         "01/03/2024"],
        [15, c[0], None, None, "Đào tạo", None, None, None, "Hoàn thành", None, None, None, None, None],
        [16, c[1], None, None, "Đào tạo", None, "01/02/2024", None, None, None, None, None, None, None],
    ])
    result = run(db, "supports", path)
    assert result.created == 1
    assert [(p.row, p.column, p.reason) for p in result.rejected] == [
        (2, "MST", "tax_code"), (3, "MST", "tax_code"), (4, "MST", "enterprise"),
        (5, "Dự án", "project"), (6, "Công cụ", "tools"), (7, "Công cụ", "tools"), (8, "Loại hỗ trợ", "types"),
        (9, "Loại hỗ trợ", "types"), (10, "Ngày bắt đầu", "start_date"), (11, "Ngày kết thúc", "end_date"),
        (12, "Trạng thái", "status"), (13, "Kinh phí nhà nước", "funding_state"),
        (14, "Số giấy chứng nhận", "cert_number"), (15, "Ngày hết hạn", "cert_expires"),
        (16, "Ngày bắt đầu", "start_date"),
    ]
    assert all(p.message for p in result.rejected)
    assert "chưa có trong sổ" in result.rejected[2].message
    out = tmp_path / "loi.xlsx"
    with db.sessions() as s:
        pv = importing.preview_file(s, "supports", path)
    assert importing.save_rejected(pv, out) == 15


def test_measurements_by_enterprise_and_lượt(db, world, tmp_path):
    c = world
    with db.sessions.begin() as s:
        ent = s.scalars(select(supports.Enterprise).where(supports.Enterprise.tax_code == c[0])).one()
        make_support(s, ent, tools=["5S"], start_date="2024-01-10", project="DA-5S-2025")
        make_support(s, ent, tools=["LEAN"], start_date="2024-03-01")
    path = write_xlsx(tmp_path / "so_lieu.xlsx", [
        ["SỐ LIỆU ĐO TRƯỚC/SAU"],
        MEASURE_HEADER,
        [c[0], "DA-5S-2025", None, "workers", "Trước", "01/01/2024", "30 người", "Báo cáo DN"],
        [c[0], "DA-5S-2025", None, "Giá trị tăng thêm", "truoc", "01/01/2024", 3000, None],
        [c[0], None, "LEAN", "Tỷ lệ sản phẩm lỗi", "Sau", date(2024, 12, 31), "2,5", None],
        [c[1], None, None, "value_added", "Sau", "31/12/2024", "1.234,5", None],
        # every rejection reason
        [None, None, None, "workers", "Trước", None, 1, None],
        [codes(1, start=431_000_001)[0], None, None, "workers", "Trước", None, 1, None],
        [c[0], None, None, "chỉ tiêu lạ", "Trước", None, 1, None],
        [c[0], None, None, "labour_productivity", "Trước", None, 1, None],
        [c[0], None, None, "workers", "giữa kỳ", None, 1, None],
        [c[0], None, None, "workers", "Trước", None, "mười", None],
        [c[0], None, None, "workers", "Trước", None, None, None],
        [c[0], None, None, "workers", "Trước", "hôm qua", 1, None],
        [c[0], None, "KAIZEN", "workers", "Trước", None, 1, None],  # no lượt with that tool
        [c[0], "DA-KHONG-CO", None, "workers", "Trước", None, 1, None],
        [c[0], None, "Công cụ lạ", "workers", "Trước", None, 1, None],
    ])
    result = run(db, "measurements", path)
    assert [(p.row, p.reason) for p in result.rejected] == [
        (7, "tax_code"), (8, "enterprise"), (9, "metric"), (10, "metric"), (11, "phase"), (12, "value"),
        (13, "value"), (14, "measured_on"), (15, "support"), (16, "project"), (17, "tool"),
    ]
    assert result.created == 4
    with db.sessions() as s:
        rows = s.execute(select(Metric.code, Measurement.phase, Measurement.value, Measurement.support_id,
                                Measurement.source).join(Metric, Metric.id == Measurement.metric_id)
                         .order_by(Measurement.id)).all()
    by_code = {r.code: r for r in rows}
    assert by_code["workers"].value == 30 and by_code["workers"].support_id is not None
    assert by_code["defect_rate"].value == 2.5 and by_code["value_added"].value in (3000, 1234.5)
    assert by_code["labour_productivity"].value == 100  # computed: 3000 ÷ 30, in the same slot
    assert {(w.row, w.column) for w in result.warnings} >= {(3, "Giá trị")}

    again = run(db, "measurements", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 4)
    n = count(db, Measurement)
    changed = write_xlsx(tmp_path / "b.xlsx", [MEASURE_HEADER, [c[0], "DA-5S-2025", None, "workers", "Trước",
                                                                "01/01/2024", 40, "Khảo sát lại"]])
    upd = run(db, "measurements", changed)
    assert (upd.created, upd.updated) == (0, 1) and count(db, Measurement) == n
    with db.sessions() as s:
        lp = s.execute(select(Measurement.value).join(Metric, Metric.id == Measurement.metric_id)
                       .where(Metric.code == "labour_productivity")).scalar_one()
    assert lp == 75  # recomputed: 3000 ÷ 40


def test_cli_json_contract(sqlite_file, tmp_path, capsys):
    from nsdesk.db import open_database

    db = open_database(f"sqlite:///{sqlite_file}")
    c = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c[0])
    db.dispose()
    path = write_xlsx(tmp_path / "a.xlsx", [["MST", "Loại hỗ trợ", "Ngày bắt đầu"], [c[0], "Đào tạo", "01/02/2024"],
                                            ["999", "Đào tạo", "01/02/2024"]])
    code = main(["--db", str(sqlite_file), "import", "supports", str(path), "--dry-run", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and list(out) == ["created", "updated", "unchanged", "rejected", "warnings"]
    assert (out["created"], out["rejected"][0]["row"], out["rejected"][0]["column"], out["rejected"][0]["reason"]) == (
        1, 3, "MST", "tax_code")
    code = main(["--db", str(sqlite_file), "import", "supports", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["created"] == 1
    code = main(["--db", str(sqlite_file), "import", "supports", str(path), "--json"])
    assert json.loads(capsys.readouterr().out)["unchanged"] == 1


def test_cli_text_names_a_repeated_lượt_not_a_repeated_tax_code(sqlite_file, tmp_path, capsys):
    """Two rows of one enterprise are two lượt; only a row repeating a whole lượt (same enterprise,
    project, tools, start date) is folded into the later one — and the text says which rows."""
    from nsdesk.db import open_database

    db = open_database(f"sqlite:///{sqlite_file}")
    c = codes(1)
    with db.sessions.begin() as s:
        make_enterprise(s, c[0])
    db.dispose()
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["MST", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu", "Ghi chú"],
        [c[0], "Đào tạo", "5S", "01/02/2024", "lần đầu"],
        [c[0], "Đào tạo", "5S", "01/03/2024", None],
        [c[0], "Đào tạo", "5S", "01/02/2024", "ghi lại"],
    ])
    assert main(["--db", str(sqlite_file), "import", "supports", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 mới" in out
    assert ("Lượt lặp lại trong tệp (cùng doanh nghiệp, dự án, công cụ, ngày bắt đầu), lấy dòng sau: dòng 4."
            in out.splitlines())
    assert "Mã số thuế" not in out
    path = write_xlsx(tmp_path / "m.xlsx", [
        ["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"],
        [c[0], "Doanh thu thuần", "Trước", "01/01/2024", 100],
        [c[0], "Doanh thu thuần", "Sau", "01/01/2025", 120],
        [c[0], "Doanh thu thuần", "Trước", "01/01/2024", 110],
    ])
    assert main(["--db", str(sqlite_file), "import", "measurements", str(path)]) == 0
    out = capsys.readouterr().out
    assert "2 mới" in out
    assert ("Số liệu lặp lại trong tệp (cùng doanh nghiệp, lượt, chỉ số, trước/sau, ngày), lấy dòng sau: dòng 4."
            in out.splitlines())


def test_standards_cited_with_their_edition_and_dates_known_only_to_the_month(db, world, tmp_path):
    """How officers write them: "ISO 9001:2015", "TCVN ISO 22000:2018", "ISO/IEC 27001:2013",
    "03/2024", "Tháng 4 năm 2024" — read, each with a warning saying how; a year alone still refused."""
    c = world
    path = write_xlsx(tmp_path / "luot.xlsx", [
        ["MST", "Nội dung hỗ trợ", "Công cụ áp dụng", "Ngày bắt đầu", "Ngày kết thúc"],
        [c[0], "Tư vấn áp dụng", "ISO 9001:2015", "03/2024", "Tháng 4 năm 2024"],
        [c[1], "Bồi dưỡng", "TCVN ISO 22000:2018; HACCP", "15/3/2024", "02/2024"],  # ends 29/02, before it began
        [c[2], "Tư vấn", "ISO/IEC 27001:2013, ISO9001-2015", "1/4/2024", None],
        [c[2], "Tư vấn", "ISO 9001:2015", "2024", None],
        [c[2], "Tư vấn", "ISO 9999:2015", "2/4/2024", None],  # not in the catalogue, edition or not
    ])
    result = run(db, "supports", path)
    assert [(p.row, p.reason) for p in result.rejected] == [(3, "end_date"), (5, "start_date"), (6, "tools")]
    assert "hoặc ít nhất tháng/năm (03/2025)" in result.rejected[1].message
    warnings = [(p.row, p.message) for p in result.warnings]
    assert (2, 'Đã đọc "ISO 9001:2015" là công cụ ISO9001.') in warnings
    assert (2, 'Ngày bắt đầu "03/2024" chỉ có tháng và năm; đã đọc là 01/03/2024.') in warnings
    assert (2, 'Ngày kết thúc "Tháng 4 năm 2024" chỉ có tháng và năm; đã đọc là 30/04/2024.') in warnings
    assert (3, 'Đã đọc "TCVN ISO 22000:2018" là công cụ ISO22000.') in warnings
    assert (4, 'Đã đọc "ISO/IEC 27001:2013" là công cụ ISO27001.') in warnings
    assert result.created == 2
    with db.sessions() as s:
        rows = {r.tax_code: r for r in supports.list_supports(s)}
    first = rows[c[0]]
    assert (first.start, first.end, first.types, first.tools) == (
        date(2024, 3, 1), date(2024, 4, 30), ["consulting"], ["ISO9001"])
    assert sorted(rows[c[2]].tools) == ["ISO27001", "ISO9001"]
