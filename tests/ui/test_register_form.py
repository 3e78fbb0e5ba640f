"""The enterprise form: messages next to the field, saving, duplicates, history, archive, delete, size class."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import func, select, text

from nsdesk.models import Change, Enterprise
from nsdesk.ui.register.form import EnterpriseDialog

from . import test_register_table as table
from .test_register_table import REGISTER, names, settle, valid_codes

register = table.register  # the fixture: the app on a small register, on the Doanh nghiệp page


def dialog_of(qtbot, page) -> EnterpriseDialog:
    found = []

    def ready():
        found[:] = [d for d in page.findChildren(EnterpriseDialog) if d.isVisible() and d.loaded]
        return bool(found)

    qtbot.waitUntil(ready)
    return found[0]


def discard_box(qtbot, dlg) -> QMessageBox:
    """The "Bỏ các thay đổi chưa lưu?" question the dialog is asking."""
    qtbot.waitUntil(lambda: dlg.findChild(QMessageBox, "discardBox") is not None
                    and dlg.findChild(QMessageBox, "discardBox").isVisible())
    return dlg.findChild(QMessageBox, "discardBox")


def archive_box(qtbot, parent) -> QMessageBox:
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "archiveBox") is not None
                    and parent.findChild(QMessageBox, "archiveBox").isVisible())
    return parent.findChild(QMessageBox, "archiveBox")


def no_dialog(page) -> bool:
    return not [d for d in page.findChildren(EnterpriseDialog) if d.isVisible()]


def type_text(widget, value: str) -> None:
    """Type like a keyboard with Vietnamese input (QTest.keyClicks only knows ASCII)."""
    for ch in value:
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_into(qtbot, dlg, field: str, value: str) -> None:
    w = dlg.inputs[field]
    w.setFocus()
    w.selectAll()
    if value:
        type_text(w, value)
    else:
        qtbot.keyClick(w, Qt.Key.Key_Delete)


def choose(dlg, field: str, value) -> None:
    box = dlg.inputs[field]
    box.setCurrentIndex(box.findData(value))


def count(read_db, sqlite_file) -> int:
    with read_db(f"sqlite:///{sqlite_file}") as s:
        return s.scalar(select(func.count()).select_from(Enterprise))


def boxes(name: str) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]


def test_invalid_tax_code_is_explained_next_to_the_field_and_nothing_is_saved(register, qtbot, read_db,
                                                                              sqlite_file):
    app, page = register()
    before = count(read_db, sqlite_file)
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Thêm (Ctrl+N)
    dlg = dialog_of(qtbot, page)
    assert dlg.windowTitle() == "Thêm doanh nghiệp"
    assert dlg.inputs["registered_by"].text() == "Cán bộ Kiểm thử"  # the officer, by default
    type_into(qtbot, dlg, "tax_code", "0312345678")  # wrong check digit
    type_into(qtbot, dlg, "name", "Công ty TNHH Mới Mở")
    assert dlg.errors["tax_code"].isVisible()  # shown as soon as the field is left
    assert "Mã số thuế" in dlg.errors["tax_code"].text() or "mã số thuế" in dlg.errors["tax_code"].text()
    qtbot.keyClick(dlg.inputs["name"], Qt.Key.Key_Return)  # Enter saves … and is refused
    settle(qtbot, app, page)
    assert dlg.isVisible()
    assert set(dlg.shown_errors()) == {"tax_code"}
    assert dlg.errors["tax_code"].geometry().top() > dlg.inputs["tax_code"].geometry().bottom()  # right under it
    assert count(read_db, sqlite_file) == before

    # An email of the wrong form and a negative employee count are pointed out too.
    type_into(qtbot, dlg, "email", "lienhe@")
    type_into(qtbot, dlg, "employees", "-3")
    dlg.save_button.click()
    assert set(dlg.shown_errors()) == {"tax_code", "email", "employees"}

    # A code already registered is refused by the database check, next to the field.
    taken = valid_codes(len(REGISTER))[0]
    type_into(qtbot, dlg, "tax_code", taken)
    type_into(qtbot, dlg, "email", "")
    type_into(qtbot, dlg, "employees", "")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: set(dlg.shown_errors()) == {"tax_code"})
    assert "đã được đăng ký" in dlg.errors["tax_code"].text()
    assert count(read_db, sqlite_file) == before
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # a filled form asks before its input is thrown away
    box = discard_box(qtbot, dlg)
    box.findChild(QPushButton, "discardButton").click()
    qtbot.waitUntil(lambda: no_dialog(page))
    assert count(read_db, sqlite_file) == before


def test_a_valid_enterprise_is_saved_and_appears_in_the_table(register, qtbot, read_db, sqlite_file):
    app, page = register()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    code = valid_codes(40, prefix="51")[-1]
    type_into(qtbot, dlg, "tax_code", code)
    type_into(qtbot, dlg, "name", "Hợp tác xã Dịch vụ Nông nghiệp Bình Minh")
    choose(dlg, "kind", "cooperative")
    choose(dlg, "sector_code", "01")
    choose(dlg, "commune_code", "23284")
    type_into(qtbot, dlg, "employees", "25")
    type_into(qtbot, dlg, "revenue", "4.500")
    type_into(qtbot, dlg, "email", "htx.binhminh@gmail.com")
    qtbot.keyClick(dlg.inputs["email"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: no_dialog(page))
    settle(qtbot, app, page)
    assert "Hợp tác xã Dịch vụ Nông nghiệp Bình Minh" in names(page)
    assert page.count_label.text() == "8 doanh nghiệp"
    row = names(page).index("Hợp tác xã Dịch vụ Nông nghiệp Bình Minh")
    assert page.selected_row() == row  # the saved one is selected
    assert [page.model.index(row, c).data() for c in (0, 2, 3, 4, 5, 6)] == [
        code, "Hợp tác xã", "01 – Nông nghiệp và hoạt động dịch vụ có liên quan", "Phường Đăk Cấm", "25", "Nhỏ"]
    with read_db(f"sqlite:///{sqlite_file}") as s:
        e = s.scalar(select(Enterprise).where(Enterprise.tax_code == code))
        assert (e.employees, e.revenue, e.email, e.province_code) == (25, 4500.0, "htx.binhminh@gmail.com", "51")


def open_row(qtbot, page, name: str) -> EnterpriseDialog:
    row = names(page).index(name)
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Sửa (Enter)
    return dialog_of(qtbot, page)


def test_editing_records_history_visible_in_the_form(register, qtbot, read_db, sqlite_file):
    app, page = register()
    dlg = open_row(qtbot, page, "Hợp tác xã Nông nghiệp Sao Mai")
    assert dlg.windowTitle() == "Sửa thông tin doanh nghiệp"
    assert dlg.inputs["employees"].text() == "12"
    type_into(qtbot, dlg, "employees", "15")
    type_into(qtbot, dlg, "representative", "Nguyễn Văn An")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: no_dialog(page))
    settle(qtbot, app, page)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        fields = s.scalars(select(Change.field).where(Change.action == "update")).all()
        assert sorted(fields) == ["employees", "representative"]

    dlg = open_row(qtbot, page, "Hợp tác xã Nông nghiệp Sao Mai")
    assert dlg.tabs.isTabEnabled(1)
    dlg.tabs.setCurrentIndex(1)
    h = dlg.history
    rows = [[h.item(r, c).text() for c in range(h.columnCount())] for r in range(h.rowCount())]
    by_field = {r[2]: r for r in rows}
    assert by_field["Số lao động"][1] == "Cán bộ Kiểm thử"
    assert by_field["Số lao động"][3:] == ["12", "15"]
    assert by_field["Người đại diện"][3:] == ["(trống)", "Nguyễn Văn An"]
    assert all(len(r[0]) == len("22/11/2026 09:15") for r in rows)
    assert dlg.tabs.tabText(1) == "Lịch sử tha&y đổi (2)"
    dlg.reject()


def test_archiving_hides_it_from_the_default_view(register, qtbot):
    app, page = register()
    row = names(page).index("Công ty TNHH Đức Thành")
    page.table.selectRow(row)
    assert page.archive_button.text() == "&Lưu trữ"
    page.archive_button.click()
    box = archive_box(qtbot, page)  # asks first, and says how to bring it back
    assert box.text() == "Lưu trữ doanh nghiệp «Công ty TNHH Đức Thành»?"
    assert "«Cả DN đã lưu trữ»" in box.informativeText() and "«Khôi phục»" in box.informativeText()
    box.findChild(QPushButton, "confirmArchive").click()
    qtbot.waitUntil(lambda: "Công ty TNHH Đức Thành" not in names(page))
    settle(qtbot, app, page)
    assert page.count_label.text() == "6 doanh nghiệp"
    page.archived_filter.click()
    qtbot.waitUntil(lambda: "Công ty TNHH Đức Thành" in names(page))
    page.table.selectRow(names(page).index("Công ty TNHH Đức Thành"))
    assert page.archive_button.text() == "Khôi &phục"
    dlg = open_row(qtbot, page, "Công ty TNHH Đức Thành")
    assert dlg.status.text() == "Doanh nghiệp này đang được lưu trữ."
    dlg.archive_button.click()  # Khôi phục, from the form
    qtbot.waitUntil(lambda: no_dialog(page))
    page.archived_filter.click()
    qtbot.waitUntil(lambda: "Công ty TNHH Đức Thành" in names(page) and len(names(page)) == 7)


def test_size_class_follows_the_inputs_live(register, qtbot):
    app, page = register()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    assert "Chưa xác định" in dlg.size_label.text()
    choose(dlg, "sector_code", "10")  # food processing: agriculture-industry-construction group
    type_into(qtbot, dlg, "employees", "8")
    assert "Chưa xác định" in dlg.size_label.text()  # no revenue or capital yet
    type_into(qtbot, dlg, "revenue", "2500")
    assert "<b>Siêu nhỏ</b>" in dlg.size_label.text()
    type_into(qtbot, dlg, "employees", "80")
    assert "<b>Nhỏ</b>" in dlg.size_label.text()
    type_into(qtbot, dlg, "revenue", "150000")
    assert "<b>Vừa</b>" in dlg.size_label.text()
    choose(dlg, "sector_code", "47")  # retail: trade and services, 80 employees > 50 for small
    assert "<b>Vừa</b>" in dlg.size_label.text() and "thương mại" in dlg.size_label.text()
    type_into(qtbot, dlg, "employees", "350")
    assert "<b>Không phải DNNVV</b>" in dlg.size_label.text()
    choose(dlg, "kind", "household")
    assert "<b>Hộ kinh doanh</b>" in dlg.size_label.text()
    dlg.reject()


def test_possible_duplicate_is_pointed_out_before_saving(register, qtbot, read_db, sqlite_file):
    app, page = register()
    parent = valid_codes(len(REGISTER))[3]  # Công ty TNHH Đức Thành
    before = count(read_db, sqlite_file)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    type_into(qtbot, dlg, "tax_code", parent + "-001")
    type_into(qtbot, dlg, "name", "Chi nhánh Công ty TNHH Đức Thành tại Lý Sơn")
    choose(dlg, "kind", "branch")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: len(boxes("duplicatesBox")) == 1)
    box = boxes("duplicatesBox")[0]
    assert "Công ty TNHH Đức Thành" in box.informativeText()
    next(b for b in box.buttons() if b.text() == "Xem lại").click()
    assert dlg.isVisible() and count(read_db, sqlite_file) == before
    dlg.save_button.click()
    qtbot.waitUntil(lambda: len(boxes("duplicatesBox")) == 1)
    next(b for b in boxes("duplicatesBox")[0].buttons() if b.text() == "Vẫn lưu").click()
    qtbot.waitUntil(lambda: no_dialog(page))
    assert count(read_db, sqlite_file) == before + 1


def test_delete_is_refused_when_supports_exist(register, qtbot, read_db, sqlite_file):
    app, page = register()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        eid = s.scalar(select(Enterprise.id).where(Enterprise.name == "Công ty TNHH Đức Thành"))
        s.execute(text("insert into supports (uuid, enterprise_id, status, created_at, modified_at) "
                       "values ('00000000-0000-4000-8000-000000000001', :e, 'done', '2026-01-01', '2026-01-01')"),
                  {"e": eid})
        s.commit()
    dlg = open_row(qtbot, page, "Công ty TNHH Đức Thành")
    dlg.delete_button.click()
    qtbot.waitUntil(lambda: len(boxes("deleteBox")) == 1)
    next(b for b in boxes("deleteBox")[0].buttons() if b.text() == "Xóa").click()
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "Không thể xóa" in w.text()
                                for w in QApplication.topLevelWidgets()))
    refusal = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible() and "Không thể xóa" in w.text())
    assert "1 lượt hỗ trợ" in refusal.text() and "lưu trữ" in refusal.informativeText()
    refusal.close()
    assert dlg.isVisible()
    assert count(read_db, sqlite_file) == len(REGISTER)

    # One without supports can be deleted.
    dlg.reject()
    dlg = open_row(qtbot, page, "Doanh nghiệp tư nhân Ánh Dương")
    dlg.delete_button.click()
    qtbot.waitUntil(lambda: len(boxes("deleteBox")) == 1)
    next(b for b in boxes("deleteBox")[0].buttons() if b.text() == "Xóa").click()
    qtbot.waitUntil(lambda: "Doanh nghiệp tư nhân Ánh Dương" not in names(page))
    assert count(read_db, sqlite_file) == len(REGISTER) - 1


def test_keyboard_only_search_then_down_then_enter_opens_the_form(register, qtbot):
    app, page = register()
    page.search.setFocus()
    qtbot.keyClicks(page.search, "duc thanh")
    qtbot.waitUntil(lambda: names(page) == ["Công ty TNHH Đức Thành"])
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus() and page.selected_row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dlg = dialog_of(qtbot, page)
    assert dlg.inputs["name"].text() == "Công ty TNHH Đức Thành"
    dlg.tabs.setCurrentIndex(1)  # a record inserted in bulk has no history yet: said so, no empty table
    assert dlg.history_empty.isVisible() and not dlg.history.isVisible()
    assert dlg.tabs.tabText(1) == "Lịch sử tha&y đổi (0)"
    assert [dlg.labels[f].buddy() is dlg.inputs[f] for f in dlg.labels] == [True] * len(dlg.labels)
    with qtbot.waitSignal(dlg.destroyed):  # Esc cancels, and the closed form is freed
        qtbot.keyClick(dlg, Qt.Key.Key_Escape)
    assert no_dialog(page)


def test_add_then_edit_with_history_on_every_backend(make_app, db, read_db, qtbot):
    """Add, edit and read back the history over SQLite and PostgreSQL."""
    app = make_app(db.url)
    app.window.show_page(1)
    page = app.window.page("enterprises")
    settle(qtbot, app, page)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    type_into(qtbot, dlg, "tax_code", valid_codes(3, prefix="51")[-1])
    type_into(qtbot, dlg, "name", "Công ty TNHH Gốm Sa Huỳnh")
    type_into(qtbot, dlg, "employees", "9")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: no_dialog(page) and names(page) == ["Công ty TNHH Gốm Sa Huỳnh"])
    dlg = open_row(qtbot, page, "Công ty TNHH Gốm Sa Huỳnh")
    type_into(qtbot, dlg, "employees", "11")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: no_dialog(page))
    settle(qtbot, app, page)
    dlg = open_row(qtbot, page, "Công ty TNHH Gốm Sa Huỳnh")
    h = dlg.history
    rows = [[h.item(r, c).text() for c in range(h.columnCount())] for r in range(h.rowCount())]
    assert [r[2:] for r in rows] == [["Số lao động", "9", "11"], ["Tạo mới", "", "Công ty TNHH Gốm Sa Huỳnh"]]
    dlg.reject()


def test_double_click_opens_the_form_of_that_row(register, qtbot):
    app, page = register()
    row = names(page).index("Hộ kinh doanh Trần Văn Tác")
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = dialog_of(qtbot, page)
    assert dlg.inputs["name"].text() == "Hộ kinh doanh Trần Văn Tác"
    assert dlg.inputs["kind"].currentText() == "Hộ kinh doanh"
    assert "<b>Hộ kinh doanh</b>" in dlg.size_label.text()
    assert len([d for d in page.findChildren(EnterpriseDialog) if d.isVisible()]) == 1  # opened once
    dlg.reject()


def test_communes_follow_the_chosen_province(register, qtbot):
    app, page = register()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    prov, com = dlg.inputs["province_code"], dlg.inputs["commune_code"]
    assert prov.currentText() == "Quảng Ngãi"  # the office's province by default
    assert com.count() == 1 + 96 and com.findText("Phường Đăk Cấm") > 0
    choose(dlg, "province_code", "01")  # Hà Nội
    qtbot.waitUntil(lambda: com.findText("Phường Hoàn Kiếm") > 0)
    assert com.findText("Phường Đăk Cấm") < 0 and com.currentIndex() == 0
    dlg.reject()


def test_editing_far_down_the_list_keeps_the_place_and_the_selection(register, qtbot):
    rows = [(f"Công ty TNHH Thương mại số {i:04d}", "llc", 5, "micro",
             table.OTHER_COMMUNE if i == 750 else table.OFFICE_COMMUNE, False)  # no look-alike in its commune
            for i in range(900)]
    app, page = register(rows)
    target = "Công ty TNHH Thương mại số 0750"
    page.table.scrollTo(page.model.index(750, 0))
    qtbot.waitUntil(lambda: page.model.index(750, 1).data() == target)
    page.table.selectRow(750)
    top = page.table.rowAt(0)
    assert top > 600
    dlg = open_row(qtbot, page, target)
    type_into(qtbot, dlg, "employees", "7")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: no_dialog(page))
    qtbot.waitUntil(lambda: page.model.index(750, 5).data() == "7" and page.selected_row() == 750)
    settle(qtbot, app, page)
    assert page.table.rowAt(0) == top
    assert page.selected_id() is not None and page.model.index(page.selected_row(), 1).data() == target


def test_erasing_personal_data_clears_the_representative_and_the_history_values(register, qtbot, read_db, sqlite_file):
    app, page = register()
    dlg = open_row(qtbot, page, "Hợp tác xã Nông nghiệp Sao Mai")
    type_into(qtbot, dlg, "representative", "Nguyễn Văn An")
    type_into(qtbot, dlg, "phone", "0905123456")
    dlg.save_button.click()
    qtbot.waitUntil(lambda: no_dialog(page))
    settle(qtbot, app, page)
    dlg = open_row(qtbot, page, "Hợp tác xã Nông nghiệp Sao Mai")
    assert dlg.erase_button.isVisible() and dlg.erase_button.text() == "Xóa dữ liệu cá nhân…"
    dlg.erase_button.click()
    qtbot.waitUntil(lambda: len(boxes("eraseBox")) == 1)
    next(b for b in boxes("eraseBox")[0].buttons() if b.text() == "Xóa dữ liệu cá nhân").click()
    qtbot.waitUntil(lambda: no_dialog(page))
    settle(qtbot, app, page)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        e = s.scalar(select(Enterprise).where(Enterprise.name == "Hợp tác xã Nông nghiệp Sao Mai"))
        assert (e.representative, e.phone, e.email) == (None, None, None)
        values = s.execute(select(Change.old_value, Change.new_value).where(Change.entity_uuid == e.uuid)).all()
        assert not any("Nguyễn Văn An" in (v or "") or "0905123456" in (v or "") for pair in values for v in pair)
        assert s.scalar(select(func.count()).select_from(Change).where(Change.action == "erase")) == 1
    assert b"0905123456" not in sqlite_file.read_bytes()


def test_saving_over_someone_elses_newer_save_is_refused_showing_both_versions(register, qtbot, read_db,
                                                                                sqlite_file):
    app, page = register()
    dlg = open_row(qtbot, page, "Hợp tác xã Nông nghiệp Sao Mai")
    with read_db(f"sqlite:///{sqlite_file}") as s:  # another officer saves meanwhile
        from nsdesk.services.register import enterprises

        eid = s.scalar(select(Enterprise.id).where(Enterprise.name == "Hợp tác xã Nông nghiệp Sao Mai"))
        enterprises.update(s, eid, {"employees": 99})
        s.commit()
        stored = s.scalar(select(Enterprise.version).where(Enterprise.id == eid))
    type_into(qtbot, dlg, "employees", "15")
    dlg.save_button.click()

    def refusal():
        return [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible() and "người khác lưu" in w.text()]

    qtbot.waitUntil(lambda: bool(refusal()))
    box = refusal()[0]
    assert f"(phiên bản {stored})" in box.text() and "bạn sửa phiên bản 1;" in box.text()
    box.close()
    assert dlg.isVisible()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(Enterprise.employees).where(Enterprise.id == eid)) == 99
    dlg.reject()


def test_a_new_enterprise_starts_in_the_office_commune_and_a_short_branch_suffix_is_named(register, qtbot):
    app, page = register()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dlg = dialog_of(qtbot, page)
    assert dlg.inputs["commune_code"].currentData() == table.OFFICE_COMMUNE
    assert dlg.inputs["commune_code"].currentText() == "Phường Đăk Cấm"
    type_into(qtbot, dlg, "tax_code", "0100109106-01")
    type_into(qtbot, dlg, "name", "Chi nhánh Công ty Mới")
    assert "phần mã chi nhánh gồm ba chữ số" in dlg.errors["tax_code"].text()


def test_the_bulk_dialogs_ask_before_throwing_away_what_was_typed(register, qtbot):
    app, page = register()
    page.open_many_support()
    many = page.many_dialog
    qtbot.waitUntil(many.isVisible)
    type_text(many.note, "Tập huấn 5S")
    many.reject()
    next(b for b in discard_box(qtbot, many).buttons() if b.objectName() == "keepEditingButton").click()
    assert many.isVisible()
    many.reject()
    next(b for b in discard_box(qtbot, many).buttons() if b.objectName() == "discardButton").click()
    qtbot.waitUntil(lambda: not many.isVisible())

    page.table.selectRow(0)
    page.open_grid()
    qtbot.waitUntil(lambda: getattr(page, "grid_dialog", None) is not None and page.grid_dialog.isVisible())
    grid = page.grid_dialog
    assert grid.table.rowCount() == 1
    grid.table.item(0, 2).setText("12")  # a number typed in the grid counts as a change too
    grid.reject()
    next(b for b in discard_box(qtbot, grid).buttons() if b.objectName() == "discardButton").click()
    qtbot.waitUntil(lambda: not grid.isVisible())
