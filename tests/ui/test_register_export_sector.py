"""The register export, as written from the page: the sector as "code – name" (which the importer
reads back as the code) and names in Vietnamese alphabetical order."""

from __future__ import annotations

import openpyxl

from nsdesk.services.common.text import sort_key

from . import test_register_table as table

register = table.register


def test_export_shows_sector_code_and_name_in_vietnamese_order(register, qtbot, tmp_path):
    app, page = register()
    path = tmp_path / "so.xlsx"
    page.export_to(str(path))
    qtbot.waitUntil(lambda: path.exists() and bool(page.last_export_note), timeout=10000)
    ws = openpyxl.load_workbook(path).active
    header = [c.value for c in ws[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in ws.iter_rows(min_row=2) if r[1].value]
    by_name = {r["Tên doanh nghiệp"]: r["Ngành (VSIC)"] for r in rows}
    assert by_name["Hợp tác xã Nông nghiệp Sao Mai"] == "01 – Nông nghiệp và hoạt động dịch vụ có liên quan"
    assert by_name["Công ty TNHH Đức Thành"].startswith("10 – ")
    assert by_name["Tổ hợp tác Rau sạch Nghĩa Lộ"] is None
    names = [r["Tên doanh nghiệp"] for r in rows]
    assert names == sorted(names, key=sort_key) and names.index("Công ty TNHH Đức Thành") > names.index(
        "Công ty Cổ phần Hợp Tiến")


def test_exported_sector_reads_back_as_its_code(session, tmp_path):
    from nsdesk.reports import register_export
    from nsdesk.services.register import enterprises
    from nsdesk.services.register.importing import pipeline as importer

    code = table.valid_codes(1, prefix="45")[0]
    e = enterprises.create(session, {"name": "Công ty TNHH Chế Biến Hạt Điều", "tax_code": code, "kind": "llc",
                                     "sector_code": "10"})
    session.commit()
    path = tmp_path / "so.xlsx"
    register_export.export_enterprises(session, path)
    result = importer.import_file(session, path, backup=False)
    session.commit()
    session.refresh(e)
    assert (result.updated, e.sector_code) == (0, "10")
