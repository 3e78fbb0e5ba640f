"""Nhận báo cáo: the wizard, the conflict list and the submissions register driven through their widgets."""

from __future__ import annotations

import shutil
import threading

from consolidation_helpers import (
    CAM_THANH,
    DAK_CAM,
    add_enterprise,
    add_support,
    export,
    setup_office,
)
from sqlalchemy import func, select

from nsdesk.db import open_database
from nsdesk.models import Enterprise, Submission, Support
from nsdesk.ui.ops import Op


def _ward(tmp_path, template, name, commune_name, commune, n):
    path = tmp_path / f"{name}.sqlite"
    shutil.copyfile(template, path)
    db = open_database(f"sqlite:///{path}")
    try:
        setup_office(db, commune_name)
        add_enterprise(db, n, commune)
        add_enterprise(db, 7, commune)  # the same enterprise in both wards, each in its own commune
        add_support(db, n, "2025-03-01")
        add_support(db, 7, "2025-04-01")
        return export(db, tmp_path / f"{name}.xlsx")
    finally:
        db.dispose()


def _packages(tmp_path, sqlite_file):
    template = tmp_path / "template.sqlite"
    shutil.copyfile(sqlite_file, template)
    a = _ward(tmp_path, template, "dak_cam", "Phường Đăk Cấm", DAK_CAM, 1)
    b = _ward(tmp_path, template, "cam_thanh", "Phường Cẩm Thành", CAM_THANH, 2)
    return a, b


def test_receive_two_packages_then_keep_the_other_commune_in_the_conflict_list(
        make_app, idle, sqlite_file, read_db, tmp_path, qtbot):
    a, b = _packages(tmp_path, sqlite_file)
    foreign = tmp_path / "khac.xlsx"
    foreign.write_bytes(b"not a workbook")
    app = make_app(str(sqlite_file))
    wizard = app.window.open_receive()
    qtbot.addWidget(wizard)
    assert not wizard.files_page.isComplete()
    wizard.files_page.add_files([a, b, foreign])
    assert wizard.files_page.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15000)
    table = wizard.preview_page.table
    assert table.rowCount() == 3
    assert table.item(0, 1).text() == "Phường Đăk Cấm, Quảng Ngãi" and table.item(0, 3).text() == "4"
    assert "không phải tệp Excel" in table.item(2, 8).text()
    with read_db(f"sqlite:///{sqlite_file}") as s:  # the preview wrote nothing
        assert s.scalar(select(func.count()).select_from(Submission)) == 0
    wizard.next()
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=15000)
    assert "Đã nhận 2 báo cáo" in wizard.import_page.status.text()
    assert "1 khác biệt" in wizard.import_page.status.text()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(func.count()).select_from(Support)) == 4
        assert s.scalar(select(func.count()).select_from(Enterprise)) == 3
        tax7 = s.scalar(select(Enterprise.tax_code).where(Enterprise.name.like("%Số 7")))
        assert s.scalar(select(Enterprise.commune_code).where(Enterprise.tax_code == tax7)) == CAM_THANH  # newer
    wizard.close()

    dialog = app.window.open_conflicts()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=15000)
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (2, 3, 4, 5)] == [
        "commune_code", CAM_THANH, DAK_CAM, "Phường Cẩm Thành, Quảng Ngãi"]
    dialog.table.selectRow(0)
    dialog.keep_other.click()
    qtbot.waitUntil(lambda: dialog.loaded and dialog.table.rowCount() == 0, timeout=15000)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(Enterprise.commune_code).where(Enterprise.tax_code == tax7)) == DAK_CAM
    dialog.close()

    register = app.window.open_submissions()
    qtbot.addWidget(register)
    qtbot.waitUntil(lambda: register.loaded, timeout=15000)
    offices = {register.table.item(r, 0).text() for r in range(register.table.rowCount())}
    assert offices == {"Phường Đăk Cấm, Quảng Ngãi", "Phường Cẩm Thành, Quảng Ngãi"}
    assert register.table.item(0, 5).text() == "2 / 2"
    register.close()


def test_cancel_during_the_import_changes_nothing(make_app, idle, sqlite_file, read_db, tmp_path, qtbot):
    a, b = _packages(tmp_path, sqlite_file)
    app = make_app(str(sqlite_file))
    wizard = app.window.open_receive()
    qtbot.addWidget(wizard)
    wizard.files_page.add_files([a, b])
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15000)
    release = threading.Event()
    Op(app.window, lambda _s, _p, _c: release.wait(10), ctx=app.ctx).run()  # holds the one worker
    wizard.next()  # the import waits behind it
    wizard.import_page.cancel_button.click()
    release.set()
    qtbot.waitUntil(lambda: not wizard.import_page.running, timeout=15000)
    assert "Đã hủy" in wizard.import_page.status.text()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(func.count()).select_from(Submission)) == 0


def test_accept_and_return_a_submission_from_the_register(make_app, idle, sqlite_file, read_db, tmp_path, qtbot):
    from nsdesk.services.consolidation.importing import import_submission

    a, b = _packages(tmp_path, sqlite_file)
    db = open_database(f"sqlite:///{sqlite_file}")
    try:
        for path in (a, b):
            with db.sessions.begin() as s:
                import_submission(s, path)
    finally:
        db.dispose()
    app = make_app(str(sqlite_file))
    register = app.window.open_submissions()
    qtbot.addWidget(register)
    qtbot.waitUntil(lambda: register.loaded, timeout=15000)
    assert not register.accept_button.isEnabled() and not register.return_button.isEnabled()  # nothing selected
    row_of = {register.table.item(r, 0).text(): r for r in range(register.table.rowCount())}
    assert register.table.item(row_of["Phường Đăk Cấm, Quảng Ngãi"], 5).text() == "2 / 2"  # claimed / computed

    register.table.selectRow(row_of["Phường Đăk Cấm, Quảng Ngãi"])
    assert register.accept_button.isEnabled()
    register.accept_button.click()
    qtbot.waitUntil(lambda: register.loaded, timeout=15000)
    row_of = {register.table.item(r, 0).text(): r for r in range(register.table.rowCount())}
    assert register.table.item(row_of["Phường Đăk Cấm, Quảng Ngãi"], 4).text() == "Đã chấp nhận"
    assert not register.accept_button.isEnabled()  # the same row stays selected, already accepted

    register.table.selectRow(row_of["Phường Cẩm Thành, Quảng Ngãi"])
    register.return_button.click()
    dialog = register.reason_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok.isEnabled()  # a reason is required
    dialog.text.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("Thiếu số đo sau hỗ trợ")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: register.loaded and register.table.rowCount() == 2
                    and "Trả lại" in register.table.item(row_of["Phường Cẩm Thành, Quảng Ngãi"], 4).text(),
                    timeout=15000)
    assert register.table.item(row_of["Phường Cẩm Thành, Quảng Ngãi"], 4).text() == "Trả lại: Thiếu số đo sau hỗ trợ"
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert dict(s.execute(select(Submission.office_label, Submission.status)).all()) == {
            "Phường Đăk Cấm, Quảng Ngãi": "accepted", "Phường Cẩm Thành, Quảng Ngãi": "returned"}
    register.close()
