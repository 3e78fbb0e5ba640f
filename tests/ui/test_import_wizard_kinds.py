"""The import wizard for the three kinds of file, driven through its widgets: lượt from the
"Hỗ trợ & công cụ" page, measurements from the "Chỉ số năng suất" page, and an enterprise list
whose preview shows old → new and can fill only empty fields; "Tải mẫu"; undo from the last page."""

from __future__ import annotations

import openpyxl
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from pilot_helpers import make_enterprise
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from nsdesk.models import Enterprise, Measurement, Support
from nsdesk.ui.register.import_wizard import ImportWizard

from .test_pilots_page import open_page


def seed(read_db, path, n=2) -> list[str]:
    c = codes(n)
    with read_db(f"sqlite:///{path}") as s:
        for i, code in enumerate(c):
            make_enterprise(s, code, name=f"Công ty TNHH Số {i + 1}")
        s.commit()
    return c


def count(read_db, path, model) -> int:
    with read_db(f"sqlite:///{path}") as s:
        return s.scalar(select(func.count()).select_from(model))


def open_wizard(make_app, idle, sqlite_file, qtbot, page_key: str):
    """The app on ``page_key`` with its import wizard open (by its "Nhập từ Excel…" button)."""
    app, page = open_page(make_app, idle, sqlite_file, page_key)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    wiz = page.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wiz.isVisible())
    return app, wiz


def to_mapping(qtbot, wiz, path) -> None:
    wiz.file_page.load(str(path), None)
    qtbot.waitUntil(lambda: wiz.file_page.isComplete())
    wiz.next()
    assert wiz.currentPage() is wiz.mapping_page


def run_wizard(qtbot, wiz, path) -> None:
    to_mapping(qtbot, wiz, path)
    wiz.next()
    qtbot.waitUntil(lambda: wiz.preview_page.isComplete())


def test_supports_wizard_from_the_supports_page(make_app, idle, sqlite_file, read_db, qtbot, tmp_path):
    c = seed(read_db, sqlite_file)
    path = write_xlsx(tmp_path / "luot.xlsx", [
        ["DANH SÁCH LƯỢT HỖ TRỢ"],
        ["STT", "MST", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu", "Trạng thái"],
        [1, c[0], "Đào tạo", "5S", "15/03/2024", "Hoàn thành"],
        [2, c[1], "Tư vấn", "Kaizen; Lean", "01/04/2024", "Đang thực hiện"],
        [3, "999", "Tư vấn", None, "01/04/2024", None],
    ])
    app, wiz = open_wizard(make_app, idle, sqlite_file, qtbot, "supports")
    assert wiz.windowTitle() == "Nhập lượt hỗ trợ từ Excel"
    # the blank template
    template = tmp_path / "mau.xlsx"
    wiz.file_page.save_template_to(str(template))
    qtbot.waitUntil(lambda: "Đã lưu tệp mẫu" in wiz.file_page.status.text())
    header = next(openpyxl.load_workbook(template).active.iter_rows(values_only=True))
    assert header[:5] == ("Mã số thuế", "Tên doanh nghiệp", "Dự án điểm", "Loại hỗ trợ", "Công cụ")

    wiz.file_page.load(str(path), None)
    qtbot.waitUntil(lambda: wiz.file_page.isComplete())
    assert "dòng tiêu đề là dòng 2" in wiz.file_page.status.text()
    wiz.next()
    mp = wiz.mapping_page
    assert mp.boxes["tools"].currentText() == "D – Công cụ" and not mp.only_empty.isVisibleTo(mp)
    wiz.next()
    pp = wiz.preview_page
    qtbot.waitUntil(lambda: pp.isComplete())
    assert "Sẽ thêm mới <b>2</b>, cập nhật <b>0</b>, không đổi <b>0</b> lượt hỗ trợ" in pp.summary.text()
    assert [[pp.problems.item(r, c_).text() for c_ in range(3)] for r in range(pp.problems.rowCount())] == [
        ["5", "MST", "Từ chối"]]
    wiz.next()
    rp = wiz.run_page
    qtbot.waitUntil(lambda: rp.isComplete(), timeout=10000)
    assert rp.summary.text().startswith("Đã nhập xong: thêm mới 2, cập nhật 0, không đổi 0 lượt hỗ trợ.")
    assert count(read_db, sqlite_file, Support) == 2
    assert rp.undo_button.isVisible()
    qtbot.mouseClick(rp.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Đã hoàn tác" in rp.summary.text())
    assert count(read_db, sqlite_file, Support) == 0 and not rp.undo_button.isVisible()
    wiz.button(QWizard.WizardButton.FinishButton).click()
    idle(app)


def test_measurements_wizard_from_the_metrics_page(make_app, idle, sqlite_file, read_db, qtbot, tmp_path):
    c = seed(read_db, sqlite_file)
    path = write_xlsx(tmp_path / "so-lieu.xlsx", [
        ["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"],
        [c[0], "workers", "Trước", "01/01/2024", "20 người"],
        [c[0], "workers", "Sau", "31/12/2024", 25],
        [c[1], "chỉ tiêu lạ", "Sau", "31/12/2024", 1],
    ])
    app, wiz = open_wizard(make_app, idle, sqlite_file, qtbot, "metrics")
    assert wiz.windowTitle() == "Nhập số liệu đo trước/sau từ Excel"
    run_wizard(qtbot, wiz, path)
    pp = wiz.preview_page
    assert "Sẽ thêm mới <b>2</b>" in pp.summary.text() and "số liệu" in pp.summary.text()
    kinds = [pp.problems.item(r, 2).text() for r in range(pp.problems.rowCount())]
    assert kinds == ["Từ chối", "Cảnh báo"]
    wiz.next()
    qtbot.waitUntil(lambda: wiz.run_page.isComplete(), timeout=10000)
    assert count(read_db, sqlite_file, Measurement) == 2
    wiz.button(QWizard.WizardButton.FinishButton).click()
    idle(app)


def test_enterprise_wizard_shows_old_and_new_and_can_fill_only_empty_fields(make_app, idle, sqlite_file, read_db,
                                                                             qtbot, tmp_path):
    c = seed(read_db, sqlite_file, 1)
    path = write_xlsx(tmp_path / "hoi-vien.xlsx", [
        STANDARD_HEADER, row(c[0], "Cong ty TNHH So 1", employees=40, phone="0905123456")])
    app, wiz = open_wizard(make_app, idle, sqlite_file, qtbot, "enterprises")
    run_wizard(qtbot, wiz, path)
    pp = wiz.preview_page
    changes = [[pp.changes.item(r, k).text() for k in range(5)] for r in range(pp.changes.rowCount())]
    assert changes == [["2", f"{c[0]} · Công ty TNHH Số 1", "Điện thoại", "", "0905123456"],
                       ["2", f"{c[0]} · Công ty TNHH Số 1", "Số lao động", "", "40"]]
    problems = [pp.problems.item(r, 3).text() for r in range(pp.problems.rowCount())]
    assert any("mất dấu" in p for p in problems)  # the accent-stripped name is kept
    # only empty fields: the same here (both were empty); then import
    wiz.back()
    wiz.mapping_page.only_empty.setChecked(True)
    wiz.next()
    qtbot.waitUntil(lambda: pp.isComplete())
    assert pp.changes.rowCount() == 2
    wiz.next()
    qtbot.waitUntil(lambda: wiz.run_page.isComplete(), timeout=10000)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        e = s.scalars(select(Enterprise)).one()
    assert (e.name, e.employees, e.phone) == ("Công ty TNHH Số 1", 40, "0905123456")
    wiz.button(QWizard.WizardButton.FinishButton).click()
    idle(app)


def test_the_mapping_page_sample_shows_a_merged_tax_code_on_every_row(make_app, idle, sqlite_file, read_db, qtbot,
                                                                      tmp_path):
    c = seed(read_db, sqlite_file)
    path = write_xlsx(tmp_path / "gop.xlsx", [
        ["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"],
        [c[0], "workers", "Trước", "01/01/2024", 20],
        [None, "workers", "Sau", "31/12/2024", 25],
    ], merges=("A2:A3",))
    app, wiz = open_wizard(make_app, idle, sqlite_file, qtbot, "metrics")
    to_mapping(qtbot, wiz, path)
    sample = wiz.mapping_page.sample
    assert sample.rowCount() == 2
    assert [sample.item(r, 0).text() for r in range(2)] == [c[0], c[0]]
    wiz.reject()
    idle(app)


def test_the_supports_preview_names_a_repeated_lượt_not_a_repeated_tax_code(make_app, idle, sqlite_file, read_db,
                                                                              qtbot, tmp_path):
    c = seed(read_db, sqlite_file, 1)
    path = write_xlsx(tmp_path / "luot.xlsx", [
        ["MST", "Loại hỗ trợ", "Công cụ", "Ngày bắt đầu"],
        [c[0], "Đào tạo", "5S", "15/03/2024"],
        [c[0], "Đào tạo", "5S", "15/04/2024"],
        [c[0], "Đào tạo", "5S", "15/03/2024"],
    ])
    app, wiz = open_wizard(make_app, idle, sqlite_file, qtbot, "supports")
    run_wizard(qtbot, wiz, path)
    text = wiz.preview_page.summary.text()
    assert "Sẽ thêm mới <b>2</b>" in text
    assert ("Lượt lặp lại trong tệp (cùng doanh nghiệp, dự án, công cụ, ngày bắt đầu; lấy dòng sau): dòng 4"
            in text)
    assert "Mã số thuế lặp lại" not in text
    wiz.reject()
    idle(app)


def test_the_template_is_written_whole_and_never_over_a_database(sqlite_file, tmp_path):
    import pytest

    from nsdesk.errors import KnownError
    from nsdesk.ui.register.import_ops import save_template

    before = sqlite_file.read_bytes()
    with pytest.raises(KnownError):
        save_template("supports", str(sqlite_file))
    assert sqlite_file.read_bytes() == before
    out = tmp_path / "mau.xlsx"
    save_template("measurements", str(out))
    assert openpyxl.load_workbook(out).sheetnames == ["Số liệu đo", "Danh mục"]
    assert [p.name for p in tmp_path.iterdir() if p.name != sqlite_file.name and "sqlite" not in p.name] == ["mau.xlsx"]


def test_the_measurements_wizard_reads_a_wide_survey_sheet(make_app, idle, sqlite_file, read_db, qtbot, tmp_path):
    c = seed(read_db, sqlite_file)
    path = write_xlsx(tmp_path / "khao-sat.xlsx", [
        ["STT", "Mã số thuế", "Tên doanh nghiệp", "Số lao động trước", "Số lao động sau", "Doanh thu (sau)"],
        [1, c[0], "A", 20, 25, 1500],
        [2, c[1], "B", 30, "ba mươi", None],
    ])
    app, wiz = open_wizard(make_app, idle, sqlite_file, qtbot, "metrics")
    to_mapping(qtbot, wiz, path)
    mp = wiz.mapping_page
    assert mp.wide.isVisibleTo(mp)
    assert mp.wide.text().startswith("Bảng dạng ngang, mỗi cột một chỉ tiêu")
    assert "D – Số lao động trước → Số lao động bình quân (trước)" in mp.wide.text()
    assert "F – Doanh thu (sau) → Doanh thu thuần (sau)" in mp.wide.text()
    assert mp.problem.text() == "" and mp.isComplete()  # no metric, phase or value column asked for
    assert mp.labels["metric"].text() == "Chỉ tiêu:" and mp.labels["tax_code"].text() == "Mã số thuế *:"
    wiz.next()
    pp = wiz.preview_page
    qtbot.waitUntil(lambda: pp.isComplete())
    assert "Sẽ thêm mới <b>4</b>" in pp.summary.text()
    assert [[pp.problems.item(0, k).text() for k in range(3)]] == [["3", "Số lao động sau", "Từ chối"]]
    wiz.next()
    qtbot.waitUntil(lambda: wiz.run_page.isComplete(), timeout=10000)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        from nsdesk.models import Metric

        entered = s.scalar(select(func.count()).select_from(Measurement).join(Metric, Metric.id == Measurement.metric_id)
                           .where(Metric.computed_from.is_(None)))
    assert entered == 4
    wiz.button(QWizard.WizardButton.FinishButton).click()
    idle(app)
