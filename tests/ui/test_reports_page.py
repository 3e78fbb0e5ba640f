"""The "Báo cáo" page driven through its widgets: the plan report written to a real xlsx."""

from __future__ import annotations

import python_calamine as pc
from pilot_helpers import make_enterprise, make_support
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from nsdesk.services.plans import plans
from nsdesk.ui.widgets import files


def open_reports(make_app, idle, path):
    from nsdesk.ui.pages import PAGES

    app = make_app(str(path))
    app.window.nav.setCurrentRow([p.key for p in PAGES].index("reports"))
    page = app.window.page("reports")
    idle(app)
    return app, page


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_report_is_written_reopened_made_again_and_marked_sent(make_app, idle, sqlite_file, read_db, tmp_path,
                                                                monkeypatch, qtbot):
    from nsdesk.services.common.office import set_report_defaults

    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        plans.create_from_template(s, "QN-138-2025")
        a = make_enterprise(s, "5100000011", name="Công ty TNHH Hạt điều Đăk Cấm")
        make_support(s, a, tools=["LEAN"], start_date="2026-01-05", end_date="2026-05-30")
        make_support(s, a, tools=["KAIZEN"], start_date="2026-07-01", end_date="2026-09-30")
        set_report_defaults(s, signer_authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], signer_title="PHÓ CHỦ TỊCH",
                            signer_name="Nguyễn Văn An", recipients=["Như trên;", "Lưu: VT, VHXH."],
                            addressees=["Sở Khoa học và Công nghệ tỉnh Quảng Ngãi"])
        s.commit()
    app, page = open_reports(make_app, idle, sqlite_file)
    # The office's own plan (its ward's) is offered first; the defaults fill the signer and recipients.
    assert page.plan_combo.currentData() == "DAKCAM-2025"
    assert page.signer_name.text() == "Nguyễn Văn An" and page.place.text() == "Đăk Cấm"
    assert page.recipients.toPlainText() == "Như trên;\nLưu: VT, VHXH."

    # A preset period: the 6-month report of Decree 09 (15/12/2025 – 14/06/2026).
    page.year.setValue(2026)
    page.choose_preset("decree_half")
    assert (page.date_from.date(), page.date_to.date()) == (QDate(2025, 12, 15), QDate(2026, 6, 14))
    assert not page.date_to.isEnabled()
    # The draft of the results, from the figures; then the written sections.
    qtbot.mouseClick(page.draft_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.results.toPlainText() != "", timeout=15000)
    assert "6 tháng đầu năm 2026" in page.results.toPlainText()
    qtbot.keyClicks(page.number, "15/BC-UBND")
    page.difficulties.setPlainText("Thiếu chuyên gia tư vấn.")
    page.tabs.setCurrentIndex(1)
    page.difficulties.setFocus()
    page.difficulties.moveCursor(QTextCursor.MoveOperation.End)
    page.difficulties.insertPlainText(" Cần thêm kinh phí.")  # QTest types ASCII only
    page.proposals.setPlainText("Đề nghị Sở hỗ trợ chuyên gia.")
    page.report_date.setDate(QDate(2026, 6, 16))

    out = tmp_path / "gui-report.xlsx"
    asked = {}

    def save_dialog(parent, caption, start, filters, mode, name=""):
        asked.update(caption=caption, name=name, mode=mode)
        return [str(tmp_path / "gui-report")]  # the user typed no extension

    monkeypatch.setattr(files, "ask", save_dialog)
    with qtbot.waitSignal(page.written, timeout=20000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked == {"caption": "Lưu báo cáo Excel", "mode": "save", "name": "Bao-cao-DAKCAM-2025-2026-06-14.xlsx"}
    assert out.is_file() and str(out) in page.result.text()
    book = pc.CalamineWorkbook.from_path(str(out))
    doc = book.get_sheet_by_name("Báo cáo").to_python()
    cells = [c for r in doc for c in r if isinstance(c, str) and c]
    assert "Số: 15/BC-UBND" in cells and "Đăk Cấm, ngày 16 tháng 6 năm 2026" in cells
    assert "     Thiếu chuyên gia tư vấn. Cần thêm kinh phí." in cells
    assert "Nguyễn Văn An" in cells and "PHÓ CHỦ TỊCH" in cells
    supports = book.get_sheet_by_name("PL II - Lượt hỗ trợ").to_python()
    assert [r[2] for r in supports if len(r) > 2 and r[2] == "5100000011"] == ["5100000011"]  # not the July one

    # Listed; reopened into the form after starting a new one; edited and made again.
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    assert page.table.item(0, 2).text() == "15/BC-UBND" and page.table.item(0, 3).text() == "Dự thảo"
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.number.text() == "" and page.difficulties.toPlainText() == ""
    page.table.selectRow(0)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    assert page.number.text() == "15/BC-UBND"
    assert page.difficulties.toPlainText() == "Thiếu chuyên gia tư vấn. Cần thêm kinh phí."
    assert page.preset.currentData().kind == "decree_half"
    page.next_tasks.setPlainText("Mở rộng mô hình điểm.")
    again = tmp_path / "lan-2.xlsx"
    with qtbot.waitSignal(page.written, timeout=20000):
        page.export_to(str(again))
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and page.reports[0].next_tasks == "Mở rộng mô hình điểm.")

    # Marked as sent with its date: no longer editable, the sent date listed.
    page.table.selectRow(0)
    page.sent_on.setDate(QDate(2026, 6, 17))
    with qtbot.waitSignal(page.saved, timeout=20000):
        qtbot.mouseClick(page.mark_sent_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "Đã gửi")
    assert page.table.item(0, 4).text() == "17/06/2026"
    page.table.selectRow(0)
    assert not page.reopen_button.isEnabled() and page.regenerate_button.isEnabled()
    # A lượt of the period entered after sending: the sent report printed again does not show it.
    with read_db(f"sqlite:///{sqlite_file}") as s:
        late = make_enterprise(s, "5100000017", name="Công ty TNHH Nhập Sau")
        make_support(s, late, tools=["LEAN"], start_date="2026-03-01", end_date="2026-04-30")
        s.commit()
    third = tmp_path / "da-gui.xlsx"
    monkeypatch.setattr(files, "ask", lambda *a, **k: [str(third)])
    with qtbot.waitSignal(page.written, timeout=20000):
        qtbot.mouseClick(page.regenerate_button, Qt.MouseButton.LeftButton)
    assert third.is_file() and "như khi gửi ngày 17/06/2026" in page.result.text()
    sent, printed = (pc.CalamineWorkbook.from_path(str(f)) for f in (again, third))
    for name in ("PL II - Lượt hỗ trợ", "Dữ liệu - Doanh nghiệp", "Dữ liệu - Lượt hỗ trợ"):
        assert printed.get_sheet_by_name(name).to_python() == sent.get_sheet_by_name(name).to_python(), name


def test_a_reopened_report_takes_another_preset(make_app, idle, sqlite_file, read_db, tmp_path, qtbot):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    app, page = open_reports(make_app, idle, sqlite_file)
    page.year.setValue(2026)
    page.choose_preset("decree_half")
    with qtbot.waitSignal(page.written, timeout=20000):
        page.export_to(str(tmp_path / "a.xlsx"))
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    page.choose_preset("decree_year")
    with qtbot.waitSignal(page.written, timeout=20000):
        page.export_to(str(tmp_path / "b.xlsx"))
    qtbot.waitUntil(lambda: page.reports and page.reports[0].period.kind == "decree_year")
    assert page.table.item(0, 1).text() == "Năm 2026" and page.table.rowCount() == 1


def test_the_page_fits_a_small_laptop_screen(make_app, idle, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    app, page = open_reports(make_app, idle, sqlite_file)
    app.window.resize(1366, 768)
    assert page.minimumSizeHint().width() <= 1366 - 220 and page.minimumSizeHint().height() <= 700


def test_without_a_plan_the_page_says_where_to_make_one(make_app, idle, sqlite_file):
    app, page = open_reports(make_app, idle, sqlite_file)
    assert page.empty.isVisible()
    assert "Kế hoạch & chỉ tiêu" in page.empty.text()
    assert not page.export_button.isEnabled()


def test_a_plan_made_elsewhere_appears_without_reopening(make_app, idle, sqlite_file, qtbot):
    from nsdesk.ui.ops import Changes, Op

    app, page = open_reports(make_app, idle, sqlite_file)
    assert page.plan_combo.count() == 0

    def create(session, _p, _c):
        plans.create_from_template(session, "DAKCAM-2025")
        return Changes.of("plans")

    Op(app.window, create).run()
    qtbot.waitUntil(lambda: page.plan_combo.count() == 1)
    assert page.export_button.isEnabled() and not page.empty.isVisible()


def test_a_folder_that_is_gone_gets_a_message_and_no_file(make_app, idle, sqlite_file, read_db, tmp_path, qtbot):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    app, page = open_reports(make_app, idle, sqlite_file)
    page.export_to(str(tmp_path / "da-xoa" / "bao-cao.xlsx"))
    qtbot.waitUntil(lambda: len(boxes()) == 1)
    box = boxes()[0]
    assert "không tồn tại" in box.text()
    assert not (tmp_path / "da-xoa").exists() and page.result.text() == ""
    with qtbot.waitSignal(box.destroyed):
        box.button(QMessageBox.StandardButton.Ok).click()
