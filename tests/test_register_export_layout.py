"""The register export prints as a document (A4 landscape, one page wide, header row on every page)
and still reads back unchanged.

Content is read back with python-calamine and print settings with openpyxl: both independent of
xlsxwriter, which writes the file.
"""

from __future__ import annotations

import math

import openpyxl
import pytest
import python_calamine as pc
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx, zero_codes
from openpyxl.utils import get_column_letter

from nsdesk.reports import register_export
from nsdesk.reports.register_export import EXPORT_COLUMNS
from nsdesk.services.register.importing import pipeline as importer
from nsdesk.xlsx import PrintLayout, write_rejected, write_table

HEADER = [h for _f, h, _w in EXPORT_COLUMNS]
LONG_NAME = "Công ty Trách nhiệm hữu hạn Một thành viên Chế biến Nông sản Xuất khẩu Đăk Cấm Quảng Ngãi"
LONG_ADDRESS = "Tổ dân phố 3, 125 đường Phan Đình Phùng, Phường Đăk Cấm, tỉnh Quảng Ngãi"


@pytest.fixture
def register(session, tmp_path):
    """Six enterprises imported from an association list (leading-zero code, branch, personal ID…)."""
    c = codes(3)
    z = zero_codes(1)
    src = write_xlsx(tmp_path / "hoi_vien.xlsx", [
        STANDARD_HEADER,
        row(z[0], "Công ty TNHH Hưng Thịnh", kind="TNHH", address="12 Lê Lợi", commune="cẩm thành", employees=12,
            revenue=1500.5, representative="Nguyễn Văn An", phone=905123456, email="a@b.vn", note="Hội viên"),
        row("0312687878-001", "Chi nhánh Công ty Minh Long", commune="Đăk Cấm"),
        row("001085001234", "Hộ kinh doanh Lê Thị Hoa", employees="3"),
        row(c[0], LONG_NAME, kind="CP", address=LONG_ADDRESS, commune="Xã Sơn Tây Thượng", revenue=2345678.25),
        row(c[1], "HTX Nông nghiệp Ba Tơ", commune="Xã Ba Tơ"),
        row(c[2], "Tập đoàn Lạ", kind="Khác", employees=5, revenue=150_000_000.5),  # a refinery-size revenue
    ])
    result = importer.import_file(session, src)
    assert (result.created, result.rejected) == (6, [])
    session.commit()
    return {"zero": z[0], "codes": c}


def export(session, path):
    n = register_export.export_enterprises(session, path)
    return n, openpyxl.load_workbook(path).active, pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)


def test_prints_landscape_a4_one_page_wide_with_the_header_row_on_every_page(session, register, tmp_path):
    n, ws, _ = export(session, tmp_path / "so.xlsx")
    assert n == 6
    setup = ws.page_setup
    assert setup.orientation == "landscape"
    assert int(setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    # One page wide (fitToWidth 1 is the default, so it may be left out), as many pages tall as needed.
    assert setup.fitToWidth in (1, None) and setup.fitToHeight == 0
    assert ws.print_title_rows == "$1:$1"
    assert ws.freeze_panes == "D2"  # header row, and STT / Mã số thuế / Tên doanh nghiệp stay in view
    assert ws.auto_filter.ref == f"A1:R{n + 1}"
    assert [c.value for c in ws[1]] == HEADER


def test_page_header_names_the_office_and_the_footer_numbers_the_pages(session, register, tmp_path):
    _, ws, _ = export(session, tmp_path / "so.xlsx")
    assert "Phường Đăk Cấm, Quảng Ngãi" in ws.oddHeader.left.text
    assert ws.oddHeader.center.text == "DANH SÁCH DOANH NGHIỆP"
    assert ws.oddHeader.right.text.startswith("Ngày xuất: ")
    assert ws.oddFooter.center.text == "Trang &P / &N"


def test_all_columns_fit_one_page_width_at_a_readable_size(session, register, tmp_path):
    """Fit-to-width shrinks the sheet; the body text must still print at 7 pt or more (11 pt × the scale)."""
    _, ws, _ = export(session, tmp_path / "so.xlsx")
    pixels = sum(int(ws.column_dimensions[get_column_letter(c)].width * 7 + 0.5)
                 for c in range(1, len(HEADER) + 1))
    margins = ws.page_margins
    printable = (11.69 - margins.left - margins.right) * 96  # A4 landscape, inches → pixels at 96 dpi
    font = ws["C2"].font
    assert font.name == "Times New Roman"
    assert font.sz * min(1.0, printable / pixels) >= 7
    widths = {h: ws.column_dimensions[get_column_letter(i)].width for i, h in enumerate(HEADER, 1)}
    assert widths["Tên doanh nghiệp"] == max(widths.values())


def test_long_names_and_addresses_wrap_in_a_row_tall_enough_for_them(session, register, tmp_path):
    _, ws, sheet = export(session, tmp_path / "so.xlsx")
    rows = sheet.to_python()
    by_name = {r[2]: i + 1 for i, r in enumerate(rows)}  # sheet row numbers
    long_row, short_row = by_name[LONG_NAME], by_name["Tập đoàn Lạ"]
    name_col, address_col = HEADER.index("Tên doanh nghiệp") + 1, HEADER.index("Địa chỉ") + 1
    for col in (name_col, address_col):
        cell = ws.cell(long_row, col)
        assert cell.alignment.wrap_text and cell.alignment.vertical == "top"
        assert (cell.font.name, cell.font.sz) == ("Times New Roman", 11)

    def height(r):  # a row without a height of its own has the sheet's default one
        return ws.row_dimensions[r].height or ws.sheet_format.defaultRowHeight

    def lines_needed(text, col):  # at least: a letter of 11 pt Times New Roman is 6.8 px on average
        return math.ceil(len(text or "") * 6.5 / (ws.column_dimensions[get_column_letter(col)].width * 7))

    assert lines_needed(LONG_NAME, name_col) >= 3
    for r, values in enumerate(rows[1:], start=2):  # each line is 11 pt × 1.15 of line spacing tall
        need = max(lines_needed(values[name_col - 1], name_col), lines_needed(values[address_col - 1], address_col))
        assert height(r) >= need * 11 * 1.15, values[name_col - 1]
    assert height(short_row) == 15  # every cell on one line: Excel's usual height
    assert height(1) >= 3 * 11 * 1.15  # the header's three lines (bold 11 pt)


def test_the_largest_amount_and_the_longest_code_fit_their_columns(session, register, tmp_path):
    """A grouped number wider than its column prints as "####"; a cut tax code is unreadable."""
    _, ws, _ = export(session, tmp_path / "so.xlsx")

    def column_px(header):
        return ws.column_dimensions[get_column_letter(HEADER.index(header) + 1)].width * 7

    # "150,000,000.5": 10 digits (7.33 px at 11 pt) and 3 separators (3.67 px), plus cell padding.
    assert column_px("Doanh thu (triệu đồng)") >= 10 * 7.33 + 3 * 3.67 + 6
    assert column_px("Mã số thuế") >= 14 * 7.33 + 6  # the branch code 0312687878-001


def test_codes_and_communes_are_text_cells_and_numbers_stay_numbers(session, register, tmp_path):
    _, ws, sheet = export(session, tmp_path / "so.xlsx")
    rows = sheet.to_python()
    assert rows[0] == HEADER
    by_code = {r[1]: dict(zip(HEADER, r)) for r in rows[1:]}
    assert set(by_code) >= {register["zero"], "0312687878-001", "001085001234"}
    hung = by_code[register["zero"]]
    assert hung["Phường/Xã"] == "Phường Cẩm Thành" and hung["Điện thoại"] == "0905123456"
    assert hung["Số lao động"] == 12 and hung["Doanh thu (triệu đồng)"] == 1500.5
    assert by_code[register["codes"][0]]["Doanh thu (triệu đồng)"] == 2345678.25  # shown grouped, kept exact
    r = next(r for r in ws.iter_rows(min_row=2) if r[1].value == register["zero"])
    cells = dict(zip(HEADER, r))
    for column in ("Mã số thuế", "Phường/Xã", "Điện thoại"):
        assert cells[column].data_type == "s" and cells[column].number_format == "@"
    assert cells["Số lao động"].data_type == "n" and cells["Doanh thu (triệu đồng)"].data_type == "n"


def test_round_trip_changes_nothing_and_exports_the_same_again(session, register, tmp_path):
    first = tmp_path / "lan1.xlsx"
    export(session, first)
    result = importer.import_file(session, first)
    session.commit()
    assert (result.created, result.updated, result.unchanged) == (0, 0, 6)
    assert result.rejected == [] and result.warnings == [] and result.merged_duplicate_rows == []
    second = tmp_path / "lan2.xlsx"
    export(session, second)
    read = [pc.CalamineWorkbook.from_path(str(p)).get_sheet_by_index(0).to_python() for p in (first, second)]
    assert read[0] == read[1]


def test_ampersands_in_page_header_text_are_printed_as_written(tmp_path):
    path = tmp_path / "t.xlsx"
    layout = PrintLayout(title="Danh sách A & B", office="Sở Khoa học & Công nghệ")
    assert write_table(path, "Trang 1", ["STT", "Tên"], [[1, "X"]], widths=[6, 20], layout=layout) == 1
    ws = openpyxl.load_workbook(path).active
    assert ws.oddHeader.center.text == "Danh sách A && B"  # "&&" is how Excel writes a literal "&"
    assert ws.oddHeader.left.text == "Sở Khoa học && Công nghệ"


def test_rejected_rows_file_keeps_its_plain_layout(tmp_path):
    path = tmp_path / "loi.xlsx"
    write_rejected(path, ["MST", "Tên DN"], [(["123", "Công ty A"], "Mã số thuế sai")],
                                 text_columns=[0])
    ws = openpyxl.load_workbook(path).active
    assert ws.page_setup.orientation is None and ws.print_title_rows is None
    assert pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python() == [
        ["MST", "Tên DN", "Lỗi"], ["123", "Công ty A", "Mã số thuế sai"]]
