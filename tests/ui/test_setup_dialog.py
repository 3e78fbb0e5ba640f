"""First-run setup: shown for an unconfigured database, validates, stores the office."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox


def _dialog(app, qtbot):
    qtbot.waitUntil(lambda: app.window.setup_dialog is not None and app.window.setup_dialog.isVisible())
    return app.window.setup_dialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# The completer popup asks the platform to raise it and grab the keyboard; the offscreen
# platform cannot and says so. Only these two notices, by name, are tolerated here.
OFFSCREEN_POPUP_NOTICES = pytest.mark.qt_log_ignore(
    r"^This plugin does not support raise\(\)$", r"^This plugin does not support grabbing the keyboard$"
)


@OFFSCREEN_POPUP_NOTICES
def test_unconfigured_database_asks_for_the_office_and_stores_it(make_app, tmp_path, qtbot, read_db, idle):
    path = tmp_path / "new.sqlite"
    app = make_app(str(path))  # a brand-new file: created, reference data loaded, no office yet
    dialog = _dialog(app, qtbot)
    assert dialog.windowTitle() == "Thông tin đơn vị"
    assert dialog.province.count() == 34
    assert app.window.office_label.text() == "Đơn vị: chưa thiết lập"

    # Empty officer: a visible message next to the field, nothing saved, dialog stays.
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.officer_error.isVisible()
    assert dialog.officer_error.text() == "Hãy nhập họ tên cán bộ phụ trách."
    assert dialog.province_error.isVisible()

    # Type to filter, accents optional.
    dialog.province.setFocus()
    qtbot.keyClicks(dialog.province.lineEdit(), "quang ngai")
    qtbot.waitUntil(lambda: dialog.province.completer().popup().isVisible())
    popup = dialog.province.completer().popup()
    assert popup.model().index(0, 0).data() == "Quảng Ngãi"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.province.currentText() == "Quảng Ngãi"
    assert dialog.commune.findText("Phường Đăk Cấm") >= 0
    dialog.commune.setCurrentIndex(dialog.commune.findText("Phường Đăk Cấm"))
    # QTest can only type ASCII; Vietnamese text arrives as an input method would insert it.
    dialog.unit_name.insert("Thành phố Kon Tum")
    dialog.officer.setFocus()
    dialog.officer.insert("  Trần Thị   Bình ")

    with qtbot.waitSignal(dialog.destroyed, timeout=10000):
        qtbot.keyClick(dialog.officer, Qt.Key.Key_Return)  # Enter = Lưu
    idle(app)
    assert not shiboken6.isValid(dialog)  # the closed dialog was freed, not just hidden

    from nsdesk.services.common.office import get_office

    with read_db(f"sqlite:///{path}") as s:
        office = get_office(s)
    assert (office.province_code, office.province_name) == ("51", "Quảng Ngãi")
    assert office.commune_name == "Phường Đăk Cấm"
    assert office.officer_name == "Trần Thị Bình"
    assert office.unit_name == "Thành phố Kon Tum"
    assert app.window.office_label.text() == "Đơn vị: Phường Đăk Cấm, Quảng Ngãi"
    assert app.window.page("overview").officer.text() == "Trần Thị Bình"


def test_unknown_province_text_is_refused(make_app, tmp_path, qtbot, read_db):
    path = tmp_path / "new.sqlite"
    app = make_app(str(path))
    dialog = _dialog(app, qtbot)
    dialog.province.setEditText("Tỉnh Không Có")
    dialog.officer.insert("Nguyễn Văn A")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.province_error.isVisible()
    assert "34 tỉnh" in dialog.province_error.text()
    assert not dialog.officer_error.isVisible()
    dialog.reject()

    from nsdesk.services.common.office import get_office

    with read_db(f"sqlite:///{path}") as s:
        assert not get_office(s).configured


def test_configured_database_does_not_ask_and_menu_prefills(make_app, sqlite_file, qtbot, idle):
    app = make_app(str(sqlite_file))
    assert app.window.setup_dialog is None
    app.window.office_action.trigger()
    dialog = _dialog(app, qtbot)
    assert dialog.province.currentText() == "Quảng Ngãi"
    assert dialog.commune.currentText() == "Phường Đăk Cấm"
    assert dialog.officer.text() == "Cán bộ Kiểm thử"
    # labels carry keyboard accelerators bound to their fields
    from PySide6.QtWidgets import QLabel

    buddies = {lbl.text(): lbl.buddy() for lbl in dialog.findChildren(QLabel) if lbl.buddy() is not None}
    assert buddies["&Họ tên cán bộ:"] is dialog.officer
    assert buddies["&Tỉnh/thành phố:"] is dialog.province
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
