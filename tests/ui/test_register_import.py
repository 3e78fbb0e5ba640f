"""The import wizard on a messy association list: header found, mapping corrected, preview, import, cancel."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from nsdesk.models import Enterprise
from nsdesk.ui.ops import Op
from nsdesk.ui.register.import_wizard import ImportWizard

from . import test_register_table as table
from .test_register_table import REGISTER, names, settle, valid_codes

register = table.register  # the fixture: the app on a small register, on the Doanh nghiệp page
NBSP = "\u00a0"


def messy_file(path) -> list[str]:
    """An association's list as they really come: title rows, merged cells, abbreviations, a total
    row and a signature block; returns the tax codes it holds (valid ones)."""
    codes = valid_codes(6, prefix="51")
    zero = valid_codes(1, prefix="03")[0]  # Excel will store it as a number and drop the 0
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "DS hoi vien"
    ws.append(["DANH SÁCH HỘI VIÊN HIỆP HỘI DOANH NGHIỆP TỈNH QUẢNG NGÃI"])
    ws.merge_cells("A1:J1")
    ws.append(["(Kèm theo Công văn số 12/HHDN ngày 05/3/2026)"])
    ws.append([])
    ws.append(["STT", "MST", "Tên DN", "Loại hình", "Địa chỉ", "Xã/Phường", "Số LĐ", "SĐT", "Email",
               "Người liên hệ"])
    c0 = f"{codes[0][:4]}{NBSP}{codes[0][4:7]} {codes[0][7:]}"
    ws.append([1, c0, "Hợp tác xã  Nông nghiệp Phú Thịnh", "HTX", "Thôn 1", "Đăk Cấm", 25, "0905123456",
               "htx@phuthinh.vn", "Lê Văn Bảy"])
    ws.append([2, int(zero), "Công ty TNHH Cơ khí Sao Việt", "Cty TNHH", "5 Lê Lợi", "P. Cẩm Thành", "40",
               905777888, None, "Trần Thị Chín"])
    ws.append([3, "12345", "Công ty Sai Mã", "Công ty TNHH", None, "Đăk Cấm", 3, None, None, None])
    ws.append([4, codes[2], "   ", "Công ty TNHH", None, None, 4, None, None, None])
    ws.append([None] * 10)
    ws.append([5, codes[3], "Công ty TNHH Bao Bì Sông Trà", "Công ty TNHH", None, "Xã Không Tồn Tại", 12, None,
               None, None])
    ws.append([6, codes[4], "Công ty CP Thép Miền Trung", "CP", None, None, "mười", None, None, None])
    ws.append([7, codes[5], "DNTN Ánh Hồng", "DNTN", None, None, 2, None, "anhhong@", None])
    ws.append([8, f"{codes[0][:3]}.{codes[0][3:6]}.{codes[0][6:]}", "Hợp tác xã Nông nghiệp Phú Thịnh",
               "HTX", "Thôn 2", "Phường Đăk Cấm", 27, None, None, "Lê Văn Bảy"])
    ws.append(["Tổng cộng", None, None, None, None, None, 113])
    ws.append([None, None, "Người lập biểu", None, None, None, "Chủ tịch Hiệp hội"])
    ws.append([None, None, "Nguyễn Văn A", None, None, None, "Quảng Ngãi, ngày 05 tháng 3 năm 2026"])
    ws2 = wb.create_sheet("Ghi chu")
    ws2.append(["Tệp do hiệp hội gửi"])
    wb.save(path)
    return [codes[0], zero, codes[3]]


def wizard_of(qtbot, page) -> ImportWizard:
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wiz = page.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wiz.isVisible())
    return wiz


def load_file(qtbot, wiz, path) -> None:
    wiz.file_page.load(str(path), None)
    qtbot.waitUntil(lambda: wiz.file_page.isComplete())


def go_to_preview(qtbot, wiz) -> None:
    wiz.next()
    assert wiz.currentPage() is wiz.mapping_page
    wiz.mapping_page.boxes["representative"].setCurrentIndex(
        wiz.mapping_page.boxes["representative"].findData(9))  # "Người liên hệ" (J): the user corrects it
    wiz.next()
    assert wiz.currentPage() is wiz.preview_page
    qtbot.waitUntil(lambda: wiz.preview_page.isComplete())


def db_count(read_db, sqlite_file) -> int:
    with read_db(f"sqlite:///{sqlite_file}") as s:
        return s.scalar(select(func.count()).select_from(Enterprise))


def test_wizard_imports_a_messy_list_and_the_rows_appear(register, qtbot, tmp_path, read_db, sqlite_file):
    app, page = register()
    path = tmp_path / "hoi-vien.xlsx"
    created = messy_file(path)
    wiz = wizard_of(qtbot, page)
    assert wiz.windowTitle() == "Nhập danh sách doanh nghiệp từ Excel"
    assert not wiz.file_page.isComplete()
    load_file(qtbot, wiz, path)
    fp = wiz.file_page
    assert [fp.sheet.itemText(i) for i in range(fp.sheet.count())] == ["DS hoi vien", "Ghi chu"]
    assert "dòng tiêu đề là dòng 4" in fp.status.text()

    wiz.next()
    mp = wiz.mapping_page
    assert "dòng tiêu đề là dòng 4" in mp.header_label.text()
    assert mp.boxes["tax_code"].currentText() == "B – MST"
    assert mp.boxes["name"].currentText() == "C – Tên DN"
    assert mp.boxes["employees"].currentText() == "G – Số LĐ"
    assert mp.boxes["commune"].currentText() == "F – Xã/Phường"
    assert mp.boxes["phone"].currentText() == "H – SĐT"
    assert mp.boxes["representative"].currentText() == "(không lấy)"  # "Người liên hệ" is not a known header
    assert mp.sample.rowCount() == 5 and mp.sample.item(0, 2).text() == "Hợp tác xã  Nông nghiệp Phú Thịnh"
    # Leaving out a required column is pointed out and blocks the next step.
    mp.boxes["name"].setCurrentIndex(0)
    assert not mp.isComplete() and "Tên doanh nghiệp" in mp.problem.text()
    mp.boxes["name"].setCurrentIndex(mp.boxes["name"].findData(2))
    mp.boxes["representative"].setCurrentIndex(mp.boxes["representative"].findData(9))
    assert mp.isComplete()
    wiz.next()
    pp = wiz.preview_page
    qtbot.waitUntil(lambda: pp.isComplete())
    assert "Sẽ thêm mới <b>3</b>, cập nhật <b>0</b>, không đổi <b>0</b>" in pp.summary.text()
    assert "Bị từ chối: <b>4</b> dòng · Cảnh báo: <b>1</b>" in pp.summary.text()
    assert "lấy dòng sau): dòng 13" in pp.summary.text()
    problems = [[pp.problems.item(r, c).text() for c in range(3)] for r in range(pp.problems.rowCount())]
    assert problems == [["7", "MST", "Từ chối"], ["8", "Tên DN", "Từ chối"], ["11", "Số LĐ", "Từ chối"],
                        ["12", "Email", "Từ chối"], ["10", "Xã/Phường", "Cảnh báo"]]
    assert db_count(read_db, sqlite_file) == len(REGISTER)  # nothing written by the preview

    assert wiz.button(QWizard.WizardButton.CommitButton).text() == "&Nhập"
    wiz.next()
    rp = wiz.run_page
    qtbot.waitUntil(lambda: rp.isComplete(), timeout=10000)
    assert rp.summary.text().startswith("Đã nhập xong: thêm mới 3, cập nhật 0, không đổi 0 doanh nghiệp. "
                                        "4 dòng bị từ chối")
    assert rp.bar.value() == rp.bar.maximum()
    assert rp.save_rejected.isVisible()

    out = tmp_path / "hoi-vien-loi.xlsx"
    rp.save_rejected_to(str(out))
    qtbot.waitUntil(lambda: "Đã lưu 4 dòng bị từ chối" in rp.summary.text())
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][-1] == "Lỗi" and rows[0][1] == "MST"
    assert len(rows) == 5 and all(r[-1] for r in rows[1:])

    wiz.button(QWizard.WizardButton.FinishButton).click()
    settle(qtbot, app, page)
    assert {"Hợp tác xã Nông nghiệp Phú Thịnh", "Công ty TNHH Cơ khí Sao Việt",
            "Công ty TNHH Bao Bì Sông Trà"} <= set(names(page))
    assert page.count_label.text() == "10 doanh nghiệp"
    with read_db(f"sqlite:///{sqlite_file}") as s:
        got = dict(s.execute(select(Enterprise.tax_code, Enterprise.representative)
                             .where(Enterprise.tax_code.in_(created))).all())
    assert got == {created[0]: "Lê Văn Bảy", created[1]: "Trần Thị Chín", created[2]: None}


def test_a_file_without_a_header_row_is_explained_on_the_first_page(register, qtbot, tmp_path):
    app, page = register()
    path = tmp_path / "khong-tieu-de.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["chỉ có một dòng ghi chú"])
    wb.save(path)
    wiz = wizard_of(qtbot, page)
    wiz.file_page.load(str(path), None)
    qtbot.waitUntil(lambda: "Không tìm thấy dòng tiêu đề" in wiz.file_page.status.text())
    assert not wiz.file_page.isComplete()
    # Another sheet can be chosen: the association's list has a notes sheet too.
    listed = tmp_path / "hai-trang.xlsx"
    messy_file(listed)
    load_file(qtbot, wiz, listed)
    fp = wiz.file_page
    assert fp.sheet.isEnabled() and fp.sheet.currentText() == "DS hoi vien"
    fp.sheet.setFocus()
    qtbot.keyClick(fp.sheet, Qt.Key.Key_Down)  # the notes sheet has no header row
    qtbot.waitUntil(lambda: "Không tìm thấy dòng tiêu đề trong trang \"Ghi chu\"" in fp.status.text())
    assert not fp.isComplete()
    qtbot.keyClick(fp.sheet, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: fp.isComplete())
    assert "dòng tiêu đề là dòng 4" in fp.status.text()
    with qtbot.waitSignal(wiz.destroyed):
        wiz.reject()


@pytest.mark.parametrize("when", ["before the first write", "between two chunks"])
def test_cancel_mid_import_leaves_the_database_unchanged(register, qtbot, tmp_path, read_db, sqlite_file,
                                                         monkeypatch, when):
    from nsdesk.services.register.importing import pipeline as importer

    app, page = register()
    path = tmp_path / "hoi-vien.xlsx"
    messy_file(path)
    wiz = wizard_of(qtbot, page)
    load_file(qtbot, wiz, path)
    go_to_preview(qtbot, wiz)
    rp = wiz.run_page
    gate = threading.Event()
    if when == "before the first write":
        Op(app.window, lambda s, p, c: gate.wait(10)).run()  # keep the worker busy for a moment
    else:
        monkeypatch.setattr(importer, "CHUNK", 2)  # 3 new rows: written in two chunks
        # The user presses "Dừng nhập" right after the first chunk was written.
        rp.relay.progress.connect(lambda done, total: done > 0 and rp.cancel_event.set(),
                                  Qt.ConnectionType.DirectConnection)
    wiz.next()  # Nhập
    if when == "before the first write":
        qtbot.mouseClick(rp.cancel_button, Qt.MouseButton.LeftButton)
        wiz.reject()  # closing the window while importing only stops the import
        assert wiz.isVisible()
        gate.set()
    qtbot.waitUntil(lambda: rp.isComplete(), timeout=10000)
    assert rp.summary.text() == "Đã dừng nhập. Cơ sở dữ liệu không thay đổi gì."
    assert db_count(read_db, sqlite_file) == len(REGISTER)
    wiz.button(QWizard.WizardButton.FinishButton).click()
    settle(qtbot, app, page)
    assert page.count_label.text() == "7 doanh nghiệp"


def test_export_then_import_the_same_file_changes_nothing(register, qtbot, tmp_path):
    app, page = register()
    out = tmp_path / "so-doanh-nghiep.xlsx"
    page.export_to(str(out))
    qtbot.waitUntil(lambda: app.window.statusBar().currentMessage().startswith("Đã xuất 7 doanh nghiệp"))
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 1 + 7  # a header and the active enterprises
    wiz = wizard_of(qtbot, page)
    load_file(qtbot, wiz, out)
    wiz.next()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.preview_page.isComplete())
    assert "Sẽ thêm mới <b>0</b>, cập nhật <b>0</b>, không đổi <b>7</b>" in wiz.preview_page.summary.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.run_page.isComplete())
    assert wiz.run_page.summary.text().startswith("Không có gì cần ghi")
    assert not wiz.run_page.save_rejected.isVisible()
    wiz.button(QWizard.WizardButton.FinishButton).click()


def test_a_large_file_is_previewed_and_imported_without_holding_its_rows(register, qtbot, tmp_path, read_db,
                                                                         sqlite_file, monkeypatch):
    """Past the streaming threshold the wizard reads the file row by row, as the command line does:
    the preview holds only the sheet's first rows, and the outcome is the same as for a small file."""
    from nsdesk.services.register.importing import streaming
    from nsdesk.xlsx import reader

    monkeypatch.setattr(reader, "STREAM_FROM_BYTES", 1)  # every .xlsx counts as large
    app, page = register()
    path = tmp_path / "hoi-vien.xlsx"
    messy_file(path)
    wiz = wizard_of(qtbot, page)
    load_file(qtbot, wiz, path)
    go_to_preview(qtbot, wiz)
    pv = wiz.preview
    assert isinstance(pv.source, streaming.Source) and len(pv.sheet.rows) <= streaming.HEAD_ROWS
    assert pv.records == []  # nothing held row by row: the import reads the file again
    assert "Sẽ thêm mới <b>3</b>, cập nhật <b>0</b>, không đổi <b>0</b>" in wiz.preview_page.summary.text()
    wiz.next()
    qtbot.waitUntil(lambda: wiz.run_page.isComplete(), timeout=10000)
    assert wiz.run_page.summary.text().startswith("Đã nhập xong: thêm mới 3, cập nhật 0, không đổi 0 doanh nghiệp.")
    assert db_count(read_db, sqlite_file) == len(REGISTER) + 3
