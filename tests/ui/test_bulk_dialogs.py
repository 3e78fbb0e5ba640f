"""From the register's multi-selection: one training for many enterprises (one lượt each, with a
preview of how many), and the before/after grid of one metric."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import func, select

from nsdesk.models import Measurement, Support

from . import test_register_table as table
from .test_register_table import settle

register = table.register


def select_rows(page, rows) -> None:
    sm = page.table.selectionModel()
    sm.clearSelection()
    for r in rows:
        sm.select(page.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                  | QItemSelectionModel.SelectionFlag.Rows)


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def count(read_db, path, model) -> int:
    with read_db(f"sqlite:///{path}") as s:
        return s.scalar(select(func.count()).select_from(model))


def test_one_training_for_the_selected_enterprises(register, qtbot, read_db, sqlite_file):
    app, page = register()
    select_rows(page, [0, 1, 2])
    assert len(page.selected_ids()) == 3
    qtbot.mouseClick(page.many_support_button, Qt.MouseButton.LeftButton)
    dlg = page.many_dialog
    qtbot.waitUntil(lambda: dlg.isVisible())
    assert dlg.chosen.text() == "Đã chọn 3 doanh nghiệp trong sổ."
    qtbot.waitUntil(lambda: "Chọn ít nhất một loại hỗ trợ" in dlg.preview.text())
    assert not dlg.save_button.isEnabled()
    dlg.type_boxes["training"].setChecked(True)
    qtbot.keyClicks(dlg.tools, "5S")
    qtbot.keyClicks(dlg.start, "15/03/2025")
    qtbot.keyClicks(dlg.end, "16/03/2025")
    assert dlg.status.currentText() == "Theo ngày (tự xác định)"  # the default: the dates say
    qtbot.waitUntil(lambda: "Trạng thái theo ngày: Hoàn thành." in dlg.preview.text())
    dlg.status.setCurrentIndex(dlg.status.findData("completed"))
    qtbot.waitUntil(lambda: "Sẽ tạo <b>3</b> lượt hỗ trợ" in dlg.preview.text() and dlg.save_button.isEnabled()
                    and "theo ngày" not in dlg.preview.text())
    assert count(read_db, sqlite_file, Support) == 0  # the preview writes nothing
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    assert count(read_db, sqlite_file, Support) == 3
    # the same again: nothing new
    settle(qtbot, app, page)
    select_rows(page, [0, 1, 2, 3])
    qtbot.mouseClick(page.many_support_button, Qt.MouseButton.LeftButton)
    dlg = page.many_dialog
    qtbot.waitUntil(lambda: dlg.isVisible())
    dlg.type_boxes["training"].setChecked(True)
    qtbot.keyClicks(dlg.tools, "5S")
    qtbot.keyClicks(dlg.start, "15/03/2025")
    qtbot.waitUntil(lambda: "Sẽ tạo <b>1</b> lượt hỗ trợ" in dlg.preview.text())
    assert "3 doanh nghiệp đã có lượt này" in dlg.preview.text()
    dlg.reject()


def test_before_after_grid_for_the_selected_enterprises(register, qtbot, read_db, sqlite_file):
    app, page = register()
    select_rows(page, [0, 1])
    qtbot.mouseClick(page.grid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "grid_dialog", None) is not None and page.grid_dialog.isVisible())
    dlg = page.grid_dialog
    assert dlg.table.rowCount() == 2
    dlg.metric_box.setCurrentIndex(dlg.metric_box.findData("workers"))
    qtbot.keyClicks(dlg.before_on, "01/01/2025")
    qtbot.keyClicks(dlg.after_on, "31/12/2025")
    for r, c, text in ((0, 2, "20"), (0, 3, "25"), (1, 2, "mười")):
        dlg.table.item(r, c).setText(text)
    # marked as soon as typed, before any save
    assert dlg.table.item(1, 2).background().color().name() == "#f8d7da"
    assert "không phải là số" in dlg.table.item(1, 2).toolTip()
    assert dlg.table.item(0, 3).background().style() == Qt.BrushStyle.NoBrush
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dlg.message.text()))
    assert count(read_db, sqlite_file, Measurement) == 0  # a wrong value saves nothing
    assert dlg.message.text().startswith("Dòng 2, cột Trước: ")  # says where
    assert (dlg.table.currentRow(), dlg.table.currentColumn()) == (1, 2)  # and the cursor is on it
    assert dlg.table.item(1, 2).background().color().name() == "#f8d7da"
    assert dlg.table.item(0, 2).background().style() == Qt.BrushStyle.NoBrush
    dlg.table.item(1, 2).setText("1.234,5")
    assert dlg.table.item(1, 2).background().style() == Qt.BrushStyle.NoBrush  # the mark goes with the error
    dlg.table.item(1, 2).setText("12")
    qtbot.mouseClick(dlg.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dlg))
    assert count(read_db, sqlite_file, Measurement) == 3


def test_the_grid_shows_each_tax_code_whole_and_gives_the_name_the_room(register, qtbot):
    app, page = register()
    select_rows(page, [0, 1, 2])
    qtbot.mouseClick(page.grid_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "grid_dialog", None) is not None and page.grid_dialog.isVisible())
    dlg = page.grid_dialog
    table, fm = dlg.table, dlg.table.fontMetrics()
    codes = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert table.columnWidth(0) >= max(fm.horizontalAdvance(c) for c in codes)  # no "…" in a tax code
    assert table.columnWidth(1) > 2 * table.columnWidth(3)  # the name, not the "Sau" column, takes the room
    assert table.columnWidth(2) == table.columnWidth(3)
    assert table.item(0, 1).toolTip() == table.item(0, 1).text()
    dlg.reject()
