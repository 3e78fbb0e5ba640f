"""Header detection and column mapping of association lists (no database)."""

from __future__ import annotations

import unicodedata

import pytest

from nsdesk.services.register.importing.columns import (
    field_for_header,
    find_data_end,
    find_header,
    is_column_number_row,
    is_total_row,
)


@pytest.mark.parametrize("header, field", [
    ("MST", "tax_code"), ("Mã số thuế", "tax_code"), ("MÃ SỐ THUẾ", "tax_code"), ("ma so thue", "tax_code"),
    ("Mã số thuế (MST)", "tax_code"), ("  Mã   số\u00a0thuế ", "tax_code"), ("Mã số doanh nghiệp", "tax_code"),
    ("Tên DN", "name"), ("Tên doanh nghiệp", "name"), ("TÊN DOANH NGHIỆP", "name"), ("Tên doanh nghiệp/HTX", "name"),
    ("Tên doanh nghiệp hội viên", "name"),
    ("Số LĐ", "employees"), ("Số lao động", "employees"), ("Số lao động (người)", "employees"),
    ("Số lao động năm 2024", "employees"),
    ("SĐT", "phone"), ("Điện thoại", "phone"), ("Số điện thoại", "phone"), ("ĐT", "phone"),
    ("Xã/Phường", "commune"), ("Phường/Xã", "commune"), ("Xã, phường", "commune"), ("Phường/Xã/Đặc khu", "commune"),
    ("E-mail", "email"), ("Email", "email"), ("Thư điện tử", "email"),
    ("Loại hình", "kind"), ("Loại hình doanh nghiệp", "kind"),
    ("Địa chỉ", "address"), ("Địa chỉ trụ sở chính", "address"),
    ("Doanh thu (triệu đồng)", "revenue"), ("Doanh thu năm 2024 (tr.đ)", "revenue"),
    ("Người đại diện", "representative"), ("Người đại diện theo pháp luật", "representative"),
    ("Ghi chú", "note"),
    ("Ngành nghề", "sector"), ("Mã ngành VSIC", "sector"), ("Năm thành lập", "founded_year"),
    ("Vốn điều lệ (triệu đồng)", "capital"), ("Tổng nguồn vốn", "capital"), ("Hiệp hội", "association"),
    ("Người đăng ký", "registered_by"),
    ("STT", None), ("Mã số hội viên", None), ("", None),
])
def test_headers_map_regardless_of_case_accents_spaces_and_abbreviations(header, field):
    assert field_for_header(header) == field
    assert field_for_header(unicodedata.normalize("NFD", header)) == field


def test_header_found_after_title_rows():
    rows = [
        ["DANH SÁCH DOANH NGHIỆP HỘI VIÊN", "", ""],
        ["(Kèm theo công văn số 12/HH)", "", ""],
        ["", "", ""],
        ["TT", "Mã số thuế", "Tên doanh nghiệp"],
        [1, "0100233488", "Công ty A"],
    ]
    header = find_header(rows)
    assert header.first_row == 3 and header.mapping == {"tax_code": 1, "name": 2}


def test_two_row_header_under_merged_cells():
    rows = [
        ["STT", "MST", "Tên DN", "Liên hệ", ""],
        ["", "", "", "SĐT", "Email"],
        [1, "0100233488", "Công ty A", "0905123456", "a@b.vn"],
    ]
    header = find_header(rows)
    assert (header.first_row, header.last_row) == (0, 1)
    assert header.mapping == {"tax_code": 1, "name": 2, "phone": 3, "email": 4}


def test_no_header_is_none():
    assert find_header([["Báo cáo"], ["", "abc"]]) is None


def test_first_field_column_wins_when_two_columns_map_to_it():
    header = find_header([["MST", "Tên DN", "SĐT", "Điện thoại"]])
    assert header.mapping["phone"] == 2


def test_column_number_row():
    assert is_column_number_row(["(1)", "(2)", "(3)", "(4)"])
    assert is_column_number_row([1.0, 2.0, 3.0])
    assert not is_column_number_row([1.0, "0100233488", "Công ty A"])


def test_data_ends_at_total_row_else_signature_or_date_line():
    rows = [["h"], ["a"], ["Người lập biểu"], ["b"], ["TỔNG CỘNG:"], ["c"]]
    assert find_data_end(rows, 1) == 4
    rows = [["h"], ["a"], ["", "Quảng Ngãi, ngày 15 tháng 3 năm 2025"], ["Người lập biểu"]]
    assert find_data_end(rows, 1) == 2
    rows = [["h"], ["a", "Tổng công ty X"], ["b"]]  # not exactly a total word
    assert find_data_end(rows, 1) == 3


def test_an_enterprise_named_like_a_total_is_not_the_total_row():
    """Issue 15: "Cộng", "Tổng", "Tổng cộng" as a name ended the data and dropped the rows after it."""
    header = ["STT", "MST", "Tên DN"]
    for name in ("Cộng", "Tổng", "Tổng cộng", "TỔNG CỘNG:"):
        rows = [header, [1, "0100233505", "Công ty A"], [2, "0100233512", name], [3, "0312687074", "Công ty C"],
                ["Tổng cộng", "", "", 3]]
        assert find_data_end(rows, 1, tax_col=1) == 4  # the real total row, not the enterprise
        assert find_data_end(rows, 1) == 4  # without knowing the columns: its number and tax code say so
        # written without a sequence number, the tax code still tells the enterprise from a total
        rows = [["MST", "Tên DN"], ["0100233512", name], ["0312687074", "Công ty C"]]
        assert find_data_end(rows, 1, tax_col=0) == 3
    rows = [["Tên DN", "MST"], ["Cộng", "0100233512"], ["Công ty C", "0312687074"]]
    assert find_data_end(rows, 1, tax_col=1) == 3 and find_data_end(rows, 1) == 3


def test_a_real_total_row_still_ends_the_data():
    rows = [["STT", "MST", "Tên DN", "Số LĐ"], [1, "0100233505", "Công ty A", 5], ["Tổng cộng", "", "", 5],
            [2, "0312687074", "Công ty C", 1]]
    assert find_data_end(rows, 1, tax_col=1) == 2 and find_data_end(rows, 1) == 2
    rows[2] = ["", "Cộng:", "", 5]  # the label merged over the first columns, written in the second
    assert find_data_end(rows, 1, tax_col=1) == 2 and find_data_end(rows, 1) == 2
    assert is_total_row(["", "Tổng", None, 12.0, 3.5])
    assert not is_total_row([3, "Tổng"]) and not is_total_row(["0100233512", "Tổng"], tax_col=0)
