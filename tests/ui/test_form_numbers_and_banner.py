"""Forms write numbers as the tables do ("3.847,3") and take what is typed by hand; the red
"Chưa lưu: hãy sửa…" line goes away once every marked field is fixed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from nsdesk.models import Enterprise

from . import test_register_table as table
from .test_pilots_page import open_page
from .test_register_form import dialog_of, no_dialog, open_row, type_into
from .test_register_table import valid_codes

register = table.register

BANNER = "Chưa lưu: hãy sửa các ô được đánh dấu đỏ."


def leave(qtbot, dlg, field: str) -> None:
    """Tab out of the field, as a user does."""
    qtbot.keyClick(dlg.inputs[field], Qt.Key.Key_Tab)


def test_enterprise_numbers_show_and_take_the_vietnamese_format(register, qtbot, read_db, sqlite_file):
    app, page = register()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    code = valid_codes(41, prefix="51")[-1]
    type_into(qtbot, dlg, "tax_code", code)
    type_into(qtbot, dlg, "name", "Công ty TNHH Số Liệu")
    type_into(qtbot, dlg, "employees", "1200")
    leave(qtbot, dlg, "employees")
    assert dlg.inputs["employees"].text() == "1.200"
    type_into(qtbot, dlg, "revenue", "3847.3")  # typed by hand with a point: unambiguous
    leave(qtbot, dlg, "revenue")
    assert dlg.inputs["revenue"].text() == "3.847,3"
    type_into(qtbot, dlg, "capital", "12.500,25")  # the Vietnamese way stays as it is
    leave(qtbot, dlg, "capital")
    assert dlg.inputs["capital"].text() == "12.500,25"
    type_into(qtbot, dlg, "founded_year", "2015")
    leave(qtbot, dlg, "founded_year")
    assert dlg.inputs["founded_year"].text() == "2015"  # a year is not a quantity
    dlg.save_button.click()
    qtbot.waitUntil(lambda: no_dialog(page))
    with read_db(f"sqlite:///{sqlite_file}") as s:
        e = s.scalar(select(Enterprise).where(Enterprise.tax_code == code))
        assert (e.employees, e.revenue, e.capital, e.founded_year) == (1200, 3847.3, 12500.25, 2015)
    table.settle(qtbot, app, page)
    again = open_row(qtbot, page, "Công ty TNHH Số Liệu")
    assert [again.inputs[f].text() for f in ("employees", "revenue", "capital")] == ["1.200", "3.847,3", "12.500,25"]
    assert not again.has_changes()


def test_enterprise_banner_goes_once_every_marked_field_is_fixed(register, qtbot):
    app, page = register()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dlg = dialog_of(qtbot, page)
    type_into(qtbot, dlg, "tax_code", "0312345678")  # wrong check digit
    type_into(qtbot, dlg, "name", "Công ty TNHH Sửa Lỗi")
    type_into(qtbot, dlg, "email", "lienhe@")
    dlg.save_button.click()
    assert set(dlg.shown_errors()) == {"tax_code", "email"}
    assert dlg.status.text() == BANNER
    type_into(qtbot, dlg, "email", "lienhe@suiloi.vn")  # one fixed, one still wrong: the banner stays
    assert set(dlg.shown_errors()) == {"tax_code"} and dlg.status.text() == BANNER
    type_into(qtbot, dlg, "tax_code", valid_codes(42, prefix="51")[-1])
    assert dlg.shown_errors() == {}
    assert dlg.status.text() == ""


def test_project_banner_goes_when_the_date_is_fixed_and_funding_reads_vietnamese(make_app, idle, qtbot, sqlite_file):
    from .test_pilots_page import fill_project

    app, page = open_page(make_app, idle, sqlite_file, "pilots")
    page.add_button.click()
    idle(app)
    dlg = page.dialog
    fill_project(dlg, code="DA-BANNER", name="Dự án thử thông báo", start="01/06/2026", end="01/03/2026")
    dlg.save_button.click()
    idle(app)
    assert set(dlg.shown_errors()) == {"end_date"} and dlg.status.text() == BANNER
    dlg.end.setFocus()
    dlg.end.selectAll()
    qtbot.keyClicks(dlg.end, "31/12/2026")
    assert dlg.shown_errors() == {} and dlg.status.text() == ""
    dlg.f_state.setFocus()
    qtbot.keyClicks(dlg.f_state, "1234.5")
    qtbot.keyClick(dlg.f_state, Qt.Key.Key_Tab)
    assert dlg.f_state.text() == "1.234,5"
