"""The plan report (xlsx for the provincial DOST), read back with python-calamine."""

from __future__ import annotations

import json
from datetime import date

import pytest
import python_calamine as pc
from pilot_helpers import CAM_THANH, make_enterprise, make_support, measure

from nsdesk.errors import InputError
from nsdesk.reports.plan_report import ReportFields, write_plan_report
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.pilots import projects
from nsdesk.services.plans import plans
from nsdesk.services.plans import progress as engine
from nsdesk.services.reporting import periods

SHEETS = ["Báo cáo", "PL I - Chỉ tiêu", "PL II - Lượt hỗ trợ", "PL III - Dự án điểm", "PL IV - Hoạt động",
          "PL V - Nhiệm vụ", "PL VI - Kinh phí", "PL VII - Năng suất"]
# After the document, the data an office sends with it (read by ``nsdesk import submission``).
WITH_DATA = SHEETS + [*fmt.DATA_SHEETS, fmt.MANIFEST]
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
        if blank(r) or r[0] in ("", None):  # the end, or the totals row
            break
        body.append(r)
    return rows[at], body


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


FIELDS = ReportFields(
    number="15/BC-UBND", signed_on=date(2026, 6, 16),
    addressees=("Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",), results="Các doanh nghiệp được hỗ trợ áp dụng Lean.",
    difficulties="Thiếu chuyên gia tư vấn.", proposals="Đề nghị Sở hỗ trợ chuyên gia.", next_tasks="Mở rộng mô hình.",
    signer_authority=("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"), signer_title="PHÓ CHỦ TỊCH",
    signer_name="Nguyễn Văn An", recipients=("Như trên;", "Lưu: VT, VHXH."))
CODES = ("DAKCAM-2025", "QN-138-2025", "ENT-PILOT-2030", "DA-LEAN", "nsdesk")


def texts(book: dict[str, list[list]]) -> list[str]:
    """The text a reader sees: the document and its appendices (the data sheets are for nsdesk)."""
    return [c for name, rows in book.items() if name in SHEETS for r in rows for c in r if isinstance(c, str) and c]


def test_the_document_has_the_administrative_form_and_the_written_sections(pilot_data, tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 14), out, fields=FIELDS,
                      period=periods.decree_half_year(2026))
    book = read(out)
    assert list(book) == WITH_DATA
    doc = book["Báo cáo"]
    first = [c for c in doc[0] if c]
    assert first == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert [c for c in doc[1] if c] == ["ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM", "Độc lập - Tự do - Hạnh phúc"]
    assert [c for c in doc[3] if c] == ["Số: 15/BC-UBND", "Đăk Cấm, ngày 16 tháng 6 năm 2026"]
    lines = [r[0] for r in doc if r and isinstance(r[0], str) and r[0]]
    assert "BÁO CÁO" in lines
    plan = plans.find_plan(pilot_data, "DAKCAM-2025")
    summary = next(t for t in lines if t.startswith("Kết quả thực hiện "))
    assert summary.endswith("6 tháng đầu năm 2026")
    if plan.doc_number:
        assert f"Kế hoạch số {plan.doc_number}" in summary
    assert "Kính gửi: Sở Khoa học và Công nghệ tỉnh Quảng Ngãi." in lines
    order = [lines.index(x) for x in ("I. KẾT QUẢ THỰC HIỆN", "     Các doanh nghiệp được hỗ trợ áp dụng Lean.",
                                      "II. KHÓ KHĂN, VƯỚNG MẮC", "     Thiếu chuyên gia tư vấn.",
                                      "III. ĐỀ XUẤT, KIẾN NGHỊ", "     Đề nghị Sở hỗ trợ chuyên gia.",
                                      "IV. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "     Mở rộng mô hình.")]
    assert order == sorted(order)
    # The closing: "Nơi nhận" bottom left, the signer bottom right.
    closing = [[c for c in r if c] for r in doc if any(c for c in r)]
    at = next(i for i, r in enumerate(closing) if r and r[0] == "Nơi nhận:")
    assert closing[at] == ["Nơi nhận:", "TM. ỦY BAN NHÂN DÂN"]
    assert closing[at + 1] == ["- Như trên;", "KT. CHỦ TỊCH"]
    assert closing[at + 2] == ["- Lưu: VT, VHXH.", "PHÓ CHỦ TỊCH"]
    assert closing[-1] == ["Nguyễn Văn An"]
    # The summary table of targets: numbers are numeric cells.
    header, rows = table(doc)
    assert header == ["STT", "Chỉ tiêu", "Yêu cầu", "Trong kỳ", "Lũy kế", "Tình trạng"]
    expected = engine.progress(pilot_data, "DAKCAM-2025", date(2026, 6, 14))
    assert [r[1] for r in rows] == [t.title for t in expected.targets]
    for r, t in zip(rows, expected.targets, strict=True):
        assert r[4] == (t.achieved if t.achieved is not None else "")
        if t.min is None:  # the objective the plan states without a number
            assert (r[2], r[5]) == ("không có chỉ tiêu định lượng", "Không có chỉ tiêu định lượng")
            continue
        assert r[2] == t.min and isinstance(r[2], float | int)
        assert r[5].startswith(engine.status_label(t.status))
    # Appendices titled with the report's number and date; no internal code anywhere.
    for name in SHEETS[1:]:
        assert book[name][2][0].startswith("(Kèm theo Báo cáo số 15/BC-UBND ngày 16/6/2026")
    assert book["PL I - Chỉ tiêu"][0][0] == "Phụ lục I"
    for text in texts(book):
        for code in CODES:
            assert code not in text, (code, text)


def test_every_appendix_is_in_scope_with_totals_and_an_empty_list_says_so(pilot_data, tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    result = write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 30), out, start=date(2025, 1, 1))
    book = read(out)
    # Lượt: the ward's enterprises only (not Cẩm Thành), started by the date (not the 2027 one).
    header, rows = table(book["PL II - Lượt hỗ trợ"])
    assert header[:3] == ["STT", "Doanh nghiệp", "Mã số thuế"]
    assert [(r[2], r[7], r[10], r[12]) for r in rows] == [
        ("5100000011", "Mô hình điểm Lean", "01/03/2025", "Hoàn thành"),
        ("5100000012", "Mô hình điểm Lean", "01/04/2025", "Đã hủy"),
        ("5100000011", "", "05/01/2026", "Đang thực hiện"),
    ]
    assert result.rows["supports"] == 3
    total = next(r for r in book["PL II - Lượt hỗ trợ"] if str(r[1]).startswith("Tổng cộng: 3 lượt, 2 doanh nghiệp"))
    assert total[13:16] == [sum(r[c] or 0 for r in rows) for c in (13, 14, 15)]
    # Projects: the plan's, counted from the ward's lượt in progress or completed.
    _h, rows = table(book["PL III - Dự án điểm"])
    assert [(r[1], r[5], r[6], r[7]) for r in rows] == [("Mô hình điểm Lean", "Đang thực hiện", 1, 1)]
    # No activity in the period: "Không có" under the header.
    sheet = book["PL IV - Hoạt động"]
    at = next(i for i, r in enumerate(sheet) if r[0] == "STT")
    assert sheet[at + 1][0] == "Không có"
    # Improvement: only rows with pairs; defect rate 8 → 6 % is 25 %.
    _h, rows = table(book["PL VII - Năng suất"])
    assert rows and all(r[5] >= 1 for r in rows)
    assert all(r[6] + r[7] + r[8] == r[5] for r in rows if r[6] != "")  # improved + unchanged + worse = pairs
    assert [r[4:10] for r in rows if r[1] == LEAN and r[2] == "Tỷ lệ sản phẩm lỗi"] == [[1, 1, 1, 0, 0, 25.0]]


def test_a_report_lượt_completed_after_the_end_reads_in_progress(pilot_data, tmp_path):
    out = tmp_path / "r.xlsx"
    write_plan_report(pilot_data, "DAKCAM-2025", date(2025, 6, 30), out, start=date(2025, 1, 1))
    _h, rows = table(read(out)["PL II - Lượt hỗ trợ"])
    # The Lean lượt ends 30/09/2025: on 30/06/2025 it was in progress.
    assert [(r[10], r[12]) for r in rows] == [("01/03/2025", "Đang thực hiện"), ("01/04/2025", "Đã hủy")]


def test_with_the_english_ui_the_document_stays_vietnamese(pilot_data, tmp_path):
    from nsdesk import i18n

    i18n.set_translator(lambda _context, text: "EN " + text)
    try:
        out = tmp_path / "r.xlsx"
        write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 30), out, fields=FIELDS)
        assert i18n.tr("x", "Đã hủy") == "EN Đã hủy"
    finally:
        i18n.set_translator(None)
    assert not [t for t in texts(read(out)) if "EN " in t]


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
    assert seen == [(n, 8) for n in range(9)]


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
         "status": "no_data"},
        {"code": "ENT-MODEL-2030", "kind": "objective", "achieved_period": 0, "achieved_cumulative": 0,
         "status": "no_quantity"}]}
    assert list(read(out)) == WITH_DATA
    # The number given is the document's.
    code, _out, stderr = run_cli(capsys, "--db", str(sqlite_file), "report", "plan", "--plan", "DAKCAM-2025",
                                 "--from", "2025-12-15", "--to", "2026-06-14", "--number", "15/BC-UBND",
                                 "--out", str(out))
    assert code == 0, stderr
    doc = read(out)["Báo cáo"]
    assert "Số: 15/BC-UBND" in [c for r in doc for c in r]
    assert list(read(out)) == WITH_DATA
    code, _out, stderr = run_cli(capsys, "--db", str(sqlite_file), "report", "plan", "--plan", "XYZ", "--to",
                                 "2026-06-30", "--out", str(out))
    assert code == 2 and "Không có kế hoạch mã «XYZ»" in stderr
    code, _out, stderr = run_cli(capsys, "--db", str(sqlite_file), "report", "plan", "--plan", "DAKCAM-2025",
                                 "--as-of", "30/06/2026", "--out", str(out))
    assert code == 2 and "YYYY-MM-DD" in stderr


def test_numbers_are_numeric_cells_with_the_requirement_in_their_format(pilot_data, tmp_path):
    import openpyxl

    out = tmp_path / "r.xlsx"
    write_plan_report(pilot_data, "QN-138-2025", date(2026, 6, 30), out, fields=FIELDS)
    ws = openpyxl.load_workbook(out)["PL I - Chỉ tiêu"]
    at = next(r for r in range(1, 20) if ws.cell(r, 1).value == "STT")
    expected = engine.progress(pilot_data, "QN-138-2025", date(2026, 6, 30)).targets
    for i, t in enumerate(expected, start=1):
        requirement = ws.cell(at + i, 3)
        if t.min is not None:
            assert requirement.data_type == "n" and requirement.value == t.min
            assert requirement.number_format.startswith(('"≥ "', '"> "', '"≈ "', "#,##0"))
            if t.unit:
                assert t.unit in requirement.number_format
        if t.kind != "statistic":
            assert ws.cell(at + i, 5).data_type == "n" and ws.cell(at + i, 5).number_format == "#,##0"
    money = openpyxl.load_workbook(out)["PL VI - Kinh phí"]
    at = next(r for r in range(1, 20) if money.cell(r, 1).value == "STT")
    assert money.cell(at + 1, 3).number_format == "#,##0.00" and money.cell(at + 1, 3).data_type == "n"


def test_an_empty_period_lists_nothing_and_says_so(pilot_data, tmp_path):
    out = tmp_path / "r.xlsx"
    write_plan_report(pilot_data, "DAKCAM-2025", date(2024, 6, 30), out,
                      period=periods.custom(date(2024, 1, 1), date(2024, 6, 30)))
    book = read(out)
    for name in ("PL II - Lượt hỗ trợ", "PL IV - Hoạt động", "PL VII - Năng suất"):
        sheet = book[name]
        at = next(i for i, r in enumerate(sheet) if r[0] == "STT")
        assert sheet[at + 1][0] == "Không có", name


def test_the_ward_plan_s_objective_without_a_number_is_in_the_targets_appendix(pilot_data, tmp_path):
    """The Đăk Cấm plan's "hỗ trợ các doanh nghiệp địa phương xây dựng và triển khai các dự án, mô hình …"
    has no number: the appendix shows what was done and says so, and it is neither met nor unmet."""
    out = tmp_path / "r.xlsx"
    write_plan_report(pilot_data, "DAKCAM-2025", date(2026, 6, 30), out, period=periods.calendar_year(2025))
    _h, rows = table(read(out)["PL I - Chỉ tiêu"])
    objective = [r for r in rows if r[1].startswith("Hỗ trợ doanh nghiệp địa phương xây dựng")]
    # In 2025 enterprise a's Lean lượt of the ward's pilot project counted (b's was cancelled; the
    # Cẩm Thành enterprise is outside the ward): one enterprise, in the year and cumulatively.
    assert [r[2:6] for r in objective] == [["không có chỉ tiêu định lượng", 1, 1, "Không có chỉ tiêu định lượng"]]
    assert "dự án, mô hình điểm" in objective[0][7]
    found = next(t for t in engine.progress(pilot_data, "DAKCAM-2025", date(2026, 6, 30)).targets
                 if t.min is None)
    assert (found.achieved, found.status) == (1, "no_quantity")  # counted, never judged met or unmet


def test_a_sent_report_is_written_again_as_it_was_sent(pilot_data, tmp_path):
    """Re-printing a report marked sent gives the figures and the data sheets it was sent with,
    not today's data; a draft gives today's."""
    from nsdesk.reports import report_records
    from nsdesk.reports.plan_report import write_saved_report
    from nsdesk.services.reporting import records

    period = periods.calendar_year(2025)
    made = records.create_report(pilot_data, "DAKCAM-2025", period, {"number": "15/BC-UBND"})
    sent_file = tmp_path / "gui.xlsx"
    write_saved_report(pilot_data, made, records.report_figures(pilot_data, made.id), sent_file)
    report_records.mark_sent(pilot_data, made.id, date(2026, 1, 5))
    pilot_data.commit()
    # Later, a lượt of 2025 is entered late in the ward.
    late = make_enterprise(pilot_data, "5100000019", name="Công ty TNHH Nhập Muộn")
    make_support(pilot_data, late, tools=["LEAN"], start_date="2025-11-01", end_date="2025-12-01")
    pilot_data.commit()
    again = tmp_path / "in-lai.xlsx"
    report = records.get_report(pilot_data, made.id)
    result = write_saved_report(pilot_data, report, records.report_figures(pilot_data, made.id), again)
    assert result.note == ""
    before, after = read(sent_file), read(again)
    assert list(after) == WITH_DATA
    for name in [*SHEETS, *fmt.DATA_SHEETS]:
        assert after[name] == before[name], name
    _h, rows = table(after["PL II - Lượt hỗ trợ"])
    assert "5100000019" not in [r[2] for r in rows]
    assert "Công ty TNHH Nhập Muộn" not in [c for r in after[fmt.ENTERPRISES] for c in r]
    # A draft of the same period counts the late lượt.
    draft = records.create_report(pilot_data, "DAKCAM-2025", period)
    now = tmp_path / "du-thao.xlsx"
    write_saved_report(pilot_data, draft, records.report_figures(pilot_data, draft.id), now)
    _h, rows = table(read(now)["PL II - Lượt hỗ trợ"])
    assert "5100000019" in [r[2] for r in rows]
    assert "Công ty TNHH Nhập Muộn" in [c for r in read(now)[fmt.ENTERPRISES] for c in r]


def test_a_report_sent_before_packages_were_kept_is_written_without_today_s_data_sheets(pilot_data, tmp_path):
    from nsdesk.models import ReportRecord
    from nsdesk.reports.plan_report import write_saved_report
    from nsdesk.services.reporting import records

    made = records.create_report(pilot_data, "DAKCAM-2025", periods.calendar_year(2025))
    records.mark_sent(pilot_data, made.id, date(2026, 1, 5))
    record = pilot_data.get(ReportRecord, made.id)
    record.snapshot = {k: v for k, v in record.snapshot.items() if k != records.PACKAGE_KEY}  # as an older version kept it
    pilot_data.commit()
    out = tmp_path / "cu.xlsx"
    result = write_saved_report(pilot_data, records.get_report(pilot_data, made.id),
                                records.report_figures(pilot_data, made.id), out)
    assert list(read(out)) == SHEETS and "không có các trang «Dữ liệu»" in result.note


def test_landscape_appendices_fit_the_page_width_at_a_readable_scale(pilot_data, tmp_path):
    """Each appendix prints landscape, one page wide and as many tall as needed, its table header on
    every page; its columns add up to little more than the printable width, so fitting to width
    shrinks it to no less than about 78 % (10 pt text stays readable)."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    write_plan_report(pilot_data, "QN-138-2025", date(2026, 6, 30), out, fields=FIELDS)
    book = openpyxl.load_workbook(out)
    for name in [*SHEETS[1:], "PL VIII - Theo xã, phường"]:
        ws = book[name]
        setup = ws.page_setup
        assert setup.orientation == "landscape" and setup.paperSize == 9, name
        assert setup.fitToWidth in (None, 1) and setup.fitToHeight == 0, name  # 1 is the default, left out
        assert ws.sheet_properties.pageSetUpPr.fitToPage, name
        if name != "PL VIII - Theo xã, phường":  # several tables on one sheet: no single header row
            assert ws.print_title_rows, name
        # Column widths in digits of the 13 pt body font (about 8.7 px each, plus 5 px of padding)
        # against A4 landscape less the margins, at 96 dpi.
        pixels = sum(d.width * 8.7 + 5 for d in ws.column_dimensions.values() if d.width)
        printable = (11.69 - ws.page_margins.left - ws.page_margins.right) * 96
        assert printable / pixels >= 0.78, (name, round(printable / pixels, 2))
