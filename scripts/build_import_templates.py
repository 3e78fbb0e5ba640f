"""Write the blank import templates in resources/import_templates/ (the wizard's "Tải mẫu" button).

The first sheet of each has a header row the importers recognise and one example row in grey italics
(an example row is imported like any other: delete it before filling the sheet). The lượt and
measurement templates have a second sheet, "Danh mục", listing what their coded columns take (support
types, statuses, tools, metrics, before/after), from the reference data the app loads; the importers
read the first sheet.

    .venv/bin/python scripts/build_import_templates.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import xlsxwriter

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "import_templates"

TEMPLATES = {
    "mau-doanh-nghiep.xlsx": (
        "Doanh nghiệp",
        ["Mã số thuế", "Tên doanh nghiệp", "Loại hình", "Ngành (VSIC)", "Năm thành lập", "Địa chỉ", "Phường/Xã",
         "Số lao động", "Doanh thu (triệu đồng)", "Tổng nguồn vốn (triệu đồng)", "Người đại diện", "Điện thoại",
         "Email", "Hiệp hội", "Người đăng ký", "Ghi chú"],
        ["4300000015", "Công ty TNHH Thủy sản Sa Huỳnh", "Công ty TNHH", "10", 2015, "Thôn Long Thạnh 1",
         "Phường Sa Huỳnh", 30, 25000, 12000, "Nguyễn Thị Hoa", "0905123456", "sahuynh@example.vn",
         "Hiệp hội Doanh nghiệp tỉnh", "Trần Văn Bình", ""],
    ),
    "mau-luot-ho-tro.xlsx": (
        "Lượt hỗ trợ",
        ["Mã số thuế", "Tên doanh nghiệp", "Dự án điểm", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu", "Ngày kết thúc",
         "Trạng thái", "Kinh phí nhà nước", "Kinh phí doanh nghiệp", "Kinh phí khác", "Số giấy chứng nhận",
         "Tổ chức chứng nhận", "Ngày cấp", "Ngày hết hạn", "Ghi chú"],
        ["4300000015", "Công ty TNHH Thủy sản Sa Huỳnh", "", "Đào tạo; Tư vấn", "5S; KAIZEN", "15/03/2025",
         "30/06/2025", "Hoàn thành", 50, 20, "", "", "", "", "", ""],
    ),
    "mau-so-lieu-do.xlsx": (
        "Số liệu đo",
        ["Mã số thuế", "Tên doanh nghiệp", "Dự án điểm", "Công cụ", "Ngày bắt đầu hỗ trợ", "Chỉ tiêu", "Trước/Sau",
         "Ngày đo", "Giá trị", "Kỳ số liệu", "Nguồn"],
        ["4300000015", "Công ty TNHH Thủy sản Sa Huỳnh", "", "5S", "15/03/2025", "workers", "Trước", "01/03/2025",
         30, "2024", "Báo cáo của doanh nghiệp"],
    ),
}


CATALOGUE_SHEET = "Danh mục"
CATALOGUE_HEADER = ["Cột", "Ghi trong cột (mã hoặc tên)", "Tên đầy đủ", "Đơn vị"]


def _reference(name: str) -> list[dict]:
    return json.loads((ROOT / "resources" / "reference" / name).read_text(encoding="utf-8"))


def catalogue_rows(template: str) -> list[list[str]]:
    """What the coded columns of a template take: (column, what to write, full name, unit)."""
    sys.path.insert(0, str(ROOT))
    from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS

    tools = [["Công cụ", t["code"], t["name_vi"], ""] for t in _reference("tools.json")]
    if template == "mau-luot-ho-tro.xlsx":
        return ([["Loại hỗ trợ", label, "", ""] for label in SUPPORT_TYPE_LABELS.values()]
                + [["Trạng thái", label, "", ""] for label in SUPPORT_STATUS_LABELS.values()] + tools)
    if template == "mau-so-lieu-do.xlsx":
        metrics = [["Chỉ tiêu", m["code"], m["name_vi"], m["unit"]] for m in _reference("metrics.json")
                   if not m["computed_from"]]  # computed ones (năng suất lao động…) are not entered
        return (metrics + [["Trước/Sau", "Trước", "Số liệu cơ sở, trước khi hỗ trợ", ""],
                           ["Trước/Sau", "Sau", "Số liệu sau khi hỗ trợ", ""]] + tools)
    return []


def printable(ws) -> None:
    """A4 landscape, one page wide, the header row on every page."""
    ws.set_landscape()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    ws.repeat_rows(0)


def add_catalogue(wb: xlsxwriter.Workbook, rows: list[list[str]], head: object) -> None:
    ws = wb.add_worksheet(CATALOGUE_SHEET)
    printable(ws)
    ws.write_row(0, 0, CATALOGUE_HEADER, head)
    for r, row in enumerate(rows, start=1):
        ws.write_row(r, 0, row)
    ws.set_column(0, 0, 14)
    ws.set_column(1, 1, 28)
    ws.set_column(2, 2, 80)
    ws.set_column(3, 3, 24)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(rows), len(CATALOGUE_HEADER) - 1)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (sheet, header, example) in TEMPLATES.items():
        wb = xlsxwriter.Workbook(str(OUT / name))
        ws = wb.add_worksheet(sheet)
        printable(ws)
        head = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True, "valign": "top"})
        ex = wb.add_format({"italic": True, "font_color": "#808080", "num_format": "@"})
        ws.write_row(0, 0, header, head)
        for c, value in enumerate(example):
            if isinstance(value, (int, float)):
                ws.write_number(1, c, value, wb.add_format({"italic": True, "font_color": "#808080"}))
            else:
                ws.write_string(1, c, value, ex)
        ws.set_column(0, len(header) - 1, 18)
        ws.set_column(0, 0, 14, wb.add_format({"num_format": "@"}))  # tax codes stay text (leading zeros)
        ws.freeze_panes(1, 0)
        catalogue = catalogue_rows(name)
        if catalogue:
            add_catalogue(wb, catalogue, head)
        wb.close()
        print(OUT.relative_to(ROOT) / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
