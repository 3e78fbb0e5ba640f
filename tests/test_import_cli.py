"""`nsdesk import enterprises` and `nsdesk export enterprises`: the JSON contract, exit codes, files."""

from __future__ import annotations

import json
import sqlite3

import python_calamine as pc
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx, zero_codes

from nsdesk.cli import main


def cli(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def db_count(path, table="enterprises") -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def messy(tmp_path):
    c = codes(4)
    return c, write_xlsx(tmp_path / "hoi_vien.xlsx", [
        ["DANH SÁCH HỘI VIÊN"],
        STANDARD_HEADER,
        row(c[0], "Công ty TNHH An Phát", commune="Đăk Cấm", employees=12),
        row(c[1], "Công ty B", employees="12.5"),
        row(c[2], "Công ty C", commune="Phường Không Có"),
        row(c[3], "Công ty D (cũ)"),
        row(c[3], "Công ty D"),
        ["Tổng cộng"],
    ])


def test_json_contract_and_exit_1_when_rows_were_rejected(sqlite_file, tmp_path, capsys):
    c, path = messy(tmp_path)
    code, out, err = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--json")
    assert code == 1 and err == ""
    result = json.loads(out)
    assert list(result) == ["created", "updated", "unchanged", "merged_duplicate_rows", "rejected", "warnings",
                            "changes"]
    assert (result["created"], result["updated"], result["unchanged"]) == (3, 0, 0)
    assert result["merged_duplicate_rows"] == [7]
    assert [(r["row"], r["column"], r["reason"]) for r in result["rejected"]] == [(4, "Số LĐ", "employees")]
    assert result["rejected"][0]["message"]
    assert [(w["row"], w["column"]) for w in result["warnings"]] == [(5, "Xã/Phường")]
    assert db_count(sqlite_file) == 3

    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--json")
    again = json.loads(out)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 3) and code == 1


def test_clean_file_exits_0(sqlite_file, tmp_path, capsys):
    c = codes(1)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A")])
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path))
    assert code == 0 and "1 mới" in out


def test_dry_run_writes_nothing(sqlite_file, tmp_path, capsys):
    _c, path = messy(tmp_path)
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--dry-run", "--json")
    assert json.loads(out)["created"] == 3 and code == 1
    assert db_count(sqlite_file) == 0 and db_count(sqlite_file, "changes") == 0
    assert not (sqlite_file.parent / "backups").exists()


def test_strict_writes_nothing_when_a_row_is_rejected(sqlite_file, tmp_path, capsys):
    _c, path = messy(tmp_path)
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--strict", "--json")
    assert code == 1 and len(json.loads(out)["rejected"]) == 1
    assert db_count(sqlite_file) == 0


def test_strict_imports_a_clean_file(sqlite_file, tmp_path, capsys):
    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "A"), row(c[1], "B")])
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--strict", "--json")
    assert code == 0 and json.loads(out)["created"] == 2 and db_count(sqlite_file) == 2


def test_sheet_option_and_missing_sheet(sqlite_file, tmp_path, capsys):
    c = codes(1)
    path = write_xlsx(tmp_path / "a.xlsx", [["Ghi chú chung"]], other_sheets={"DN 2025": [STANDARD_HEADER,
                                                                                        row(c[0], "Công ty A")]})
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--sheet", "DN 2025",
                       "--json")
    assert code == 0 and json.loads(out)["created"] == 1
    code, out, err = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--sheet", "Khác")
    assert code == 2 and out == "" and err.count("\n") == 1 and "Khác" in err and "DN 2025" in err


def test_unreadable_or_missing_file_is_exit_2_with_one_line(sqlite_file, tmp_path, capsys):
    bad = tmp_path / "not_excel.xlsx"
    bad.write_text("đây không phải tệp Excel")
    for path in (bad, tmp_path / "missing.xlsx"):
        code, out, err = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--json")
        assert code == 2 and out == "" and err.startswith("nsdesk: ") and err.count("\n") == 1
    no_header = write_xlsx(tmp_path / "b.xlsx", [["Báo cáo tháng"], ["abc", "def"]])
    code, _out, err = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(no_header))
    assert code == 2 and "tiêu đề" in err
    assert db_count(sqlite_file) == 0


def test_rejected_rows_saved_with_an_error_column(sqlite_file, tmp_path, capsys):
    z = zero_codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(z[0], "Công ty tốt"),
        row(z[1], "Công ty lỗi", employees="mười", email="abc"),
    ])
    out_file = tmp_path / "loi.xlsx"
    code, _out, _err = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path),
                           "--rejected-out", str(out_file))
    assert code == 1
    rows = pc.CalamineWorkbook.from_path(str(out_file)).get_sheet_by_index(0).to_python()
    assert rows[0] == STANDARD_HEADER + ["Lỗi"]
    assert len(rows) == 2
    assert rows[1][1] == z[1] and rows[1][2] == "Công ty lỗi"  # the code kept as text, leading zero included
    assert "Số lao động" in rows[1][-1] and "Email" in rows[1][-1]


def test_export_round_trip_changes_nothing(sqlite_file, tmp_path, capsys):
    c = codes(3)
    z = zero_codes(1)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(z[0], "Công ty TNHH Hưng Thịnh", kind="TNHH", address="12 Lê Lợi", commune="cẩm thành", employees=12,
            revenue=1500.5, representative="Nguyễn Văn An", phone=905123456, email="a@b.vn", note="Hội viên"),
        row("0312687878-001", "Chi nhánh Công ty Minh Long", commune="Đăk Cấm"),
        row("001085001234", "Hộ kinh doanh Lê Thị Hoa", employees="3"),
        row(c[0], "Công ty Cổ phần Sao Mai", kind="CP", commune="Xã Sơn Tây Thượng"),
        row(c[1], "HTX Nông nghiệp Ba Tơ", commune="Xã Ba Tơ"),
        row(c[2], "Tập đoàn Lạ", kind="Khác"),
    ])
    assert cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path))[0] == 0
    out_file = tmp_path / "so_dang_ky.xlsx"
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "export", "enterprises", "--out", str(out_file), "--json")
    assert code == 0 and json.loads(out)["exported"] == 6

    rows = pc.CalamineWorkbook.from_path(str(out_file)).get_sheet_by_index(0).to_python()
    header = rows[0]
    by_code = {r[header.index("Mã số thuế")]: dict(zip(header, r)) for r in rows[1:]}
    assert set(by_code) == {z[0], "0312687878-001", "001085001234", c[0], c[1], c[2]}  # text, zeros kept
    hung = by_code[z[0]]
    assert hung["Phường/Xã"] == "Phường Cẩm Thành" and hung["Loại hình"] == "Công ty TNHH"
    assert hung["Điện thoại"] == "0905123456" and hung["Số lao động"] == 12
    assert by_code[c[0]]["Phường/Xã"] == "Xã Sơn Tây Thượng"

    changes = db_count(sqlite_file, "changes")
    code, out, _ = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(out_file), "--json")
    result = json.loads(out)
    assert code == 0
    assert (result["created"], result["updated"], result["unchanged"]) == (0, 0, 6)
    assert result["rejected"] == [] and result["warnings"] == [] and result["merged_duplicate_rows"] == []
    assert db_count(sqlite_file, "changes") == changes


def test_export_to_a_missing_folder_is_exit_2(sqlite_file, tmp_path, capsys):
    code, out, err = cli(capsys, "--db", str(sqlite_file), "export", "enterprises", "--out",
                         str(tmp_path / "khong_co" / "x.xlsx"))
    assert code == 2 and err.count("\n") == 1


def test_locked_database_is_one_friendly_line_and_nothing_changes(sqlite_file, tmp_path, capsys):
    c = codes(1)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A")])
    other = sqlite3.connect(sqlite_file, timeout=0)
    other.execute("BEGIN EXCLUSIVE")  # another window is writing
    try:
        code, out, err = cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path), "--json")
    finally:
        other.rollback()
        other.close()
    assert code == 2 and out == "" and err.count("\n") == 1 and "khóa" in err
    assert db_count(sqlite_file) == 0


def test_export_leaves_archived_enterprises_out_unless_asked(sqlite_file, tmp_path, capsys):
    from nsdesk.db import open_database
    from nsdesk.services.register import enterprises

    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A"), row(c[1], "Công ty B")])
    assert cli(capsys, "--db", str(sqlite_file), "import", "enterprises", str(path))[0] == 0
    db = open_database(str(sqlite_file))
    with db.sessions.begin() as s:
        from sqlalchemy import select

        from nsdesk.models import Enterprise

        enterprises.archive(s, s.scalar(select(Enterprise).where(Enterprise.tax_code == c[1])))
    db.dispose()
    out_file = tmp_path / "e.xlsx"
    cli(capsys, "--db", str(sqlite_file), "export", "enterprises", "--out", str(out_file))
    rows = pc.CalamineWorkbook.from_path(str(out_file)).get_sheet_by_index(0).to_python()
    assert [r[1] for r in rows[1:]] == [c[0]]
    cli(capsys, "--db", str(sqlite_file), "export", "enterprises", "--out", str(out_file), "--include-archived")
    rows = pc.CalamineWorkbook.from_path(str(out_file)).get_sheet_by_index(0).to_python()
    archived_col = rows[0].index("Đã lưu trữ")
    assert {r[1]: r[archived_col] for r in rows[1:]} == {c[0]: "", c[1]: "Có"}
