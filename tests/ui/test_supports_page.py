"""The "Hỗ trợ & công cụ" page driven through its widgets: lượt, the tool catalogue, certificates."""

from __future__ import annotations

from datetime import date, timedelta

from pilot_helpers import make_enterprise, make_support
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from nsdesk.models import Tool
from nsdesk.services.pilots import projects, supports, tools
from nsdesk.services.register.importing.fields import search_text

from .test_pilots_page import cells, closed, open_page

HAT_DIEU = ("5100000021", "Công ty TNHH Hạt điều Đăk Cấm")
MAY_TRE = ("5100000022", "Hợp tác xã Mây tre Bình Minh")


def enterprise(s, tax_code: str, name: str):
    """An enterprise the pickers' search can find (its search text filled like the register does)."""
    ent = make_enterprise(s, tax_code, name=name)
    ent.search_folded = search_text(name, tax_code)
    s.flush()
    return ent


def pick_enterprise(qtbot, app, idle, picker, typed: str) -> None:
    """Type into the picker, wait for the matches, click the first one."""
    picker.edit.setFocus()
    qtbot.keyClicks(picker.edit, typed)
    qtbot.waitUntil(lambda: picker.results.isVisible() and picker.results.count() > 0, timeout=5000)
    idle(app)
    item = picker.results.item(0)
    qtbot.mouseClick(picker.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=picker.results.visualItemRect(item).center())


def visible_boxes(name: str | None = None) -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible() and (name is None or w.objectName() == name)]


def click_box_button(box: QMessageBox, text: str) -> None:
    [b] = [b for b in box.buttons() if b.text() == text]
    b.click()


def tool_item(page, code: str):
    for i in range(page.tool_tree.topLevelItemCount()):
        head = page.tool_tree.topLevelItem(i)
        for j in range(head.childCount()):
            if head.child(j).text(1) == code:
                return head.child(j)
    return None


def test_supporting_the_same_enterprise_twice_makes_two_lượt(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        enterprise(s, *HAT_DIEU)
        enterprise(s, *MAY_TRE)
        projects.create_project(s, {"code": "DA-1", "name": "Dự án điểm Lean"})
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "supports")
    assert page.table.rowCount() == 0

    for tool, status, start in (("LEAN", "completed", "10/01/2025"), ("5S", "in_progress", "01/03/2026")):
        page.add_button.click()
        idle(app)
        dlg = page.dialog
        assert dlg.windowTitle() == "Thêm lượt hỗ trợ"
        pick_enterprise(qtbot, app, idle, dlg.picker, HAT_DIEU[0])
        assert dlg.picker.picked.text() == f"Đã chọn: <b>{HAT_DIEU[0]} · {HAT_DIEU[1]}</b>"
        dlg.project.setCurrentIndex(dlg.project.findData("DA-1"))
        dlg.types.set_checked("system_tool")
        dlg.types.set_checked("training")
        dlg.tools.set_checked(tool)
        dlg.status_box.setCurrentIndex(dlg.status_box.findData(status))
        dlg.start.setText(start)
        dlg.save_button.click()
        idle(app)
        assert closed(dlg)

    names = {"LEAN": "Sản xuất tinh gọn (Lean)", "5S": "Công cụ 5S (Sàng lọc, Sắp xếp, Sạch sẽ, Săn sóc, Sẵn sàng)"}
    assert cells(page.table, 8) == [
        [HAT_DIEU[1], HAT_DIEU[0], "DA-1", "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến; Đào tạo",
         names["LEAN"], "Hoàn thành", "10/01/2025", ""],
        [HAT_DIEU[1], HAT_DIEU[0], "DA-1", "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến; Đào tạo",
         names["5S"], "Đang thực hiện", "01/03/2026", ""],
    ]
    assert page.count.text() == "2 lượt hỗ trợ · 1 doanh nghiệp"
    with read_db(f"sqlite:///{sqlite_file}") as s:
        rows = supports.list_supports(s, enterprise=HAT_DIEU[0])
        assert [(r.tools, r.status, r.project_code) for r in rows] == [
            (["LEAN"], "completed", "DA-1"), (["5S"], "in_progress", "DA-1")]
        assert supports.list_supports(s, enterprise=MAY_TRE[0]) == []
    pilots = open_page_again(app, idle, "pilots")
    assert cells(pilots.table, 1) == [["DA-1"]]
    assert pilots.table.item(0, 8).text() == "1" and pilots.table.item(0, 9).text() == "2"  # 1 enterprise, 2 lượt


def open_page_again(app, idle, key: str):
    from nsdesk.ui.pages import PAGES

    app.window.nav.setCurrentRow([p.key for p in PAGES].index(key))
    idle(app)
    return app.window.page(key)


def test_a_retired_tool_is_no_longer_offered_but_stays_on_old_lượt(make_app, idle, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        make_support(s, enterprise(s, *HAT_DIEU), tools=["LEAN", "KAIZEN"])
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "supports")
    page.tabs.setCurrentIndex(1)
    lean = tool_item(page, "LEAN")
    assert lean.text(3) == "Đang dùng" and lean.text(2) == "1"
    page.tool_tree.setCurrentItem(lean)
    assert page.retire_button.text() == "Ngừng sử dụng"
    page.retire_button.click()
    idle(app)
    lean = tool_item(page, "LEAN")
    assert lean.text(3) == "Ngừng sử dụng" and lean.foreground(0).color().name() == "#777777"
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(Tool.retired).where(Tool.code == "LEAN")) is True

    # A new lượt: Lean is not offered any more; Kaizen still is.
    page.tabs.setCurrentIndex(0)
    page.add_button.click()
    idle(app)
    dlg = page.dialog
    offered = dlg.tools.keys()
    assert "LEAN" not in offered and "KAIZEN" in offered
    dlg.reject()

    # The old lượt keeps it, marked as retired, still ticked.
    page.table.selectRow(0)
    page.edit_button.click()
    idle(app)
    dlg = page.dialog
    assert dlg.windowTitle() == "Sửa lượt hỗ trợ"
    assert sorted(dlg.tools.checked()) == ["KAIZEN", "LEAN"]
    labels = [dlg.tools.item(i).text().strip() for i in range(dlg.tools.count())
              if dlg.tools.item(i).data(Qt.ItemDataRole.UserRole) == "LEAN"]
    assert labels == ["Sản xuất tinh gọn (Lean) (ngừng sử dụng)"]
    dlg.reject()


def test_a_tool_in_use_cannot_be_deleted_an_unused_one_can(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        make_support(s, enterprise(s, *HAT_DIEU), tools=["LEAN"])
        tools.add_tool(s, {"code": "KAIZEN-2", "name": "Kaizen mở rộng (thử)", "category": "productivity_tool"})
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "supports")
    page.tabs.setCurrentIndex(1)

    page.tool_tree.setCurrentItem(tool_item(page, "LEAN"))
    page.delete_tool_button.click()
    [ask] = visible_boxes("deleteToolBox")
    assert ask.text() == "Xóa công cụ «Sản xuất tinh gọn (Lean)» khỏi danh mục?"
    click_box_button(ask, "Xóa")
    idle(app)
    qtbot.waitUntil(lambda: bool(visible_boxes()))
    [refused] = visible_boxes()
    assert refused.text() == "Không thể xóa công cụ \"Sản xuất tinh gọn (Lean)\": đang được dùng trong 1 lượt hỗ trợ."
    assert refused.informativeText() == "Hãy cho công cụ ngừng sử dụng thay vì xóa."
    refused.close()
    assert tool_item(page, "LEAN") is not None
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert tools.find_tool(s, "LEAN") is not None

    page.tool_tree.setCurrentItem(tool_item(page, "KAIZEN-2"))
    page.delete_tool_button.click()
    [ask] = visible_boxes("deleteToolBox")
    click_box_button(ask, "Xóa")
    idle(app)
    assert not visible_boxes()
    assert tool_item(page, "KAIZEN-2") is None
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert tools.find_tool(s, "KAIZEN-2") is None


def test_certificates_expiring_within_90_days_are_flagged_and_cancelled_lượt_greyed(
        make_app, idle, sqlite_file, read_db):
    today = date.today()
    cert = {"types": ["system_tool", "certification"], "tools": ["ISO9001"], "cert_body": "QUACERT"}
    certs = {  # certificate number: (expires in days, status)
        "CN-SAP-HET": (30, "completed"),
        "CN-CON-HAN": (400, "completed"),
        "CN-DA-HET": (-10, "completed"),
        "CN-DA-HUY": (20, "cancelled"),  # a cancelled lượt's certificate is not watched
    }
    with read_db(f"sqlite:///{sqlite_file}") as s:
        ent = enterprise(s, *HAT_DIEU)
        for number, (days, status) in certs.items():
            expires = today + timedelta(days=days)
            make_support(s, ent, status=status, cert_number=number, cert_issued=expires - timedelta(days=3 * 365),
                         cert_expires=expires, **cert)
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "supports")
    rows = {page.table.item(r, 8).text(): r for r in range(page.table.rowCount())}
    assert set(rows) == set(certs)

    def cell(number: str, col: int):
        return page.table.item(rows[number], col)

    def day(days: int) -> str:
        return f"{today + timedelta(days=days):%d/%m/%Y}"

    soon = cell("CN-SAP-HET", 9)
    assert soon.text() == f"⚠ {day(30)} (còn 30 ngày)"
    assert soon.background().color().name() == "#fff3cd"  # amber
    assert soon.toolTip() == "Giấy chứng nhận hết hạn trong vòng 90 ngày"
    assert cell("CN-CON-HAN", 9).text() == day(400)
    assert cell("CN-CON-HAN", 9).background().style() == Qt.BrushStyle.NoBrush
    assert cell("CN-DA-HET", 9).text() == f"{day(-10)} (đã hết hạn)"
    assert cell("CN-DA-HET", 9).background().color().name() == "#f8d7da"  # red
    cancelled = cell("CN-DA-HUY", 9)
    assert cancelled.text() == day(20) and cancelled.background().style() == Qt.BrushStyle.NoBrush
    assert cell("CN-DA-HUY", 5).text() == "Đã hủy"
    assert all(cell("CN-DA-HUY", c).foreground().color().name() == "#777777" for c in range(10))
    assert cell("CN-SAP-HET", 5).foreground().style() == Qt.BrushStyle.NoBrush
    assert "⚠ 1 giấy chứng nhận hết hạn trong 90 ngày" in page.count.text()

    page.f_status.setCurrentIndex(page.f_status.findData("cancelled"))  # the filter shows the cancelled one only
    idle(app)
    assert [page.table.item(r, 8).text() for r in range(page.table.rowCount())] == ["CN-DA-HUY"]
