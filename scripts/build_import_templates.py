"""Write the blank import templates in resources/import_templates/ (the wizard's "Tải mẫu" button).

One sheet each, a header row the importers recognise and one example row in grey italics (an
example row is imported like any other: delete it before filling the sheet).

    .venv/bin/python scripts/build_import_templates.py
"""

from __future__ import annotations

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


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (sheet, header, example) in TEMPLATES.items():
        wb = xlsxwriter.Workbook(str(OUT / name))
        ws = wb.add_worksheet(sheet)
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
        wb.close()
        print(OUT.relative_to(ROOT) / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
