"""The "Báo cáo" page driven through its widgets: the plan report written to a real xlsx."""

from __future__ import annotations

from datetime import date

import python_calamine as pc
from pilot_helpers import make_enterprise, make_support
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from nsdesk.services.plans import plans
from nsdesk.services.plans import progress as engine


def open_reports(make_app, idle, path):
    from nsdesk.ui.pages import PAGES

    app = make_app(str(path))
    app.window.nav.setCurrentRow([p.key for p in PAGES].index("reports"))
    page = app.window.page("reports")
    idle(app)
    return app, page


def boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_the_report_is_written_for_the_chosen_plan_and_date(make_app, idle, sqlite_file, read_db, tmp_path,
                                                            monkeypatch, qtbot):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        plans.create_from_template(s, "QN-138-2025")
        a = make_enterprise(s, "5100000011", name="Công ty TNHH Hạt điều Đăk Cấm")
        make_support(s, a, tools=["LEAN"], start_date="2025-03-01", end_date="2025-09-30")
        make_support(s, a, tools=["KAIZEN"], start_date="2026-03-01", end_date="2026-09-30")
        s.commit()
    app, page = open_reports(make_app, idle, sqlite_file)
    # The office's own plan (its ward's) is offered first; every plan can be chosen.
    assert page.plan_combo.currentData() == "DAKCAM-2025"
    assert {page.plan_combo.itemData(i) for i in range(page.plan_combo.count())} == {"DAKCAM-2025", "QN-138-2025"}
    assert page.export_button.isEnabled() and not page.empty.isVisible()

    page.plan_combo.setCurrentIndex(page.plan_combo.findData("QN-138-2025"))
    page.as_of.setDate(QDate(2025, 12, 31))  # the second lượt starts later: not in this report
    out = tmp_path / "gui-report.xlsx"
    asked = {}

    def save_dialog(parent, caption, start, filters):
        asked.update(caption=caption, start=start, filters=filters)
        return str(tmp_path / "gui-report"), filters  # the user typed no extension

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    with qtbot.waitSignal(page.written, timeout=15000):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked["caption"] == "Lưu báo cáo Excel"
    assert asked["start"].endswith("bao-cao-QN-138-2025-20251231.xlsx")
    assert out.is_file()
    assert "QN-138-2025" in page.result.text() and "31/12/2025" in page.result.text()
    assert "1 lượt hỗ trợ" in page.result.text() and str(out) in page.result.text()
    assert page.open_folder.isVisible()

    book = pc.CalamineWorkbook.from_path(str(out))
    assert book.sheet_names[0] == "Chỉ tiêu"
    supports = book.get_sheet_by_name("Lượt hỗ trợ").to_python()
    assert [r[1] for r in supports if r and r[1] == "5100000011"] == ["5100000011"]
    targets = book.get_sheet_by_name("Chỉ tiêu").to_python()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        codes = [t.code for t in engine.progress(s, "QN-138-2025", date(2025, 12, 31)).targets]
    assert [r[1] for r in targets if r and r[1] in codes] == codes
    assert "Số liệu tính đến ngày 31/12/2025" in [r[0] for r in targets[:5]]


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
