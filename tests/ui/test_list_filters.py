"""The lượt and measurement lists narrowed by words, commune and dates; the enterprise picker by keyboard only."""

from __future__ import annotations

from pilot_helpers import CAM_THANH, make_support, measure
from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from nsdesk.models import Measurement

from .test_pilots_page import cells, closed, open_page
from .test_supports_page import enterprise

HAT_DIEU = ("5100000021", "Công ty TNHH Hạt điều Đăk Cấm")
MAY_TRE = ("5100000022", "Hợp tác xã Mây tre Bình Minh")


def two_enterprises(s):
    a = enterprise(s, *HAT_DIEU)
    b = enterprise(s, *MAY_TRE)
    b.commune_code = CAM_THANH
    s.flush()
    return a, b


def names(table) -> list[str]:
    return [row[0] for row in cells(table, 1)]


def test_the_lượt_list_narrows_by_words_commune_and_start_date(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        a, b = two_enterprises(s)
        make_support(s, a, start_date="2024-01-10")
        make_support(s, b, start_date="2025-03-01", end_date="2025-09-30")
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "supports")
    assert sorted(names(page.table)) == sorted([HAT_DIEU[1], MAY_TRE[1]])

    qtbot.keyClicks(page.narrow.search, "may tre")  # accents optional
    qtbot.waitUntil(lambda: names(page.table) == [MAY_TRE[1]], timeout=5000)
    assert page.table.item(0, 0).toolTip() == MAY_TRE[1]  # the whole name, however narrow the column
    page.narrow.search.clear()
    qtbot.waitUntil(lambda: len(names(page.table)) == 2, timeout=5000)

    page.narrow.commune.setCurrentIndex(page.narrow.commune.findData(CAM_THANH))
    idle(app)
    assert names(page.table) == [MAY_TRE[1]]
    page.narrow.commune.setCurrentIndex(0)
    idle(app)

    page.narrow.date_from.setDate(QDate(2025, 1, 1))
    idle(app)
    assert names(page.table) == [MAY_TRE[1]]
    page.narrow.date_from.setDate(page.narrow.date_from.minimumDate())
    page.narrow.date_to.setDate(QDate(2024, 12, 31))
    idle(app)
    assert names(page.table) == [HAT_DIEU[1]]
    assert page.count.text() == "1 lượt hỗ trợ · 1 doanh nghiệp"


def test_the_measurement_list_narrows_by_words_commune_and_date(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        a, b = two_enterprises(s)
        measure(s, metric="workers", phase="before", value=10, on="2024-12-31", enterprise=a)
        measure(s, metric="workers", phase="before", value=20, on="2025-12-31", enterprise=b)
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "metrics")
    assert sorted(names(page.table)) == sorted([HAT_DIEU[1], MAY_TRE[1]])
    qtbot.keyClicks(page.narrow.search, "5100000021")
    qtbot.waitUntil(lambda: names(page.table) == [HAT_DIEU[1]], timeout=5000)
    assert page.count.text() == "1 giá trị đo"
    page.narrow.search.clear()
    qtbot.waitUntil(lambda: len(names(page.table)) == 2, timeout=5000)
    page.narrow.commune.setCurrentIndex(page.narrow.commune.findData(CAM_THANH))
    idle(app)
    assert names(page.table) == [MAY_TRE[1]]
    page.narrow.date_to.setDate(QDate(2025, 6, 30))
    idle(app)
    assert names(page.table) == [] and page.count.text() == "0 giá trị đo"


def test_the_enterprise_picker_works_by_keyboard_and_enter_never_saves(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        two_enterprises(s)
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "metrics")
    page.add_button.click()
    dlg = page.dialog
    picker = dlg.picker
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, "510000002")
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)  # Enter before the results came: picks the first, no save
    idle(app)
    qtbot.waitUntil(lambda: picker.enterprise_id is not None, timeout=5000)
    assert not closed(dlg) and dlg.status.text() == "" and dlg.shown_errors() == {}
    first = picker.enterprise_id

    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "510000002")
    qtbot.waitUntil(lambda: picker.results.isVisible() and picker.results.count() == 2, timeout=5000)
    idle(app)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Down)  # into the results
    assert picker.results.hasFocus() and picker.results.currentRow() == 0
    qtbot.keyClick(picker.results, Qt.Key.Key_Down)
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    idle(app)
    assert not closed(dlg) and dlg.status.text() == ""
    assert picker.enterprise_id is not None and picker.enterprise_id != first
    assert picker.picked.text().startswith("Đã chọn: <b>")
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(func.count()).select_from(Measurement)) == 0
