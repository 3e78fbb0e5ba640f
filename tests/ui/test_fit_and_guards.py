"""Everyday safety on a small laptop screen: dialogs fit a 1366×768 and a 1093×614 (125 %) screen in
every state, the wheel changes nothing the user has not clicked into, a changed form asks before it
is thrown away, plans can be edited and deleted, and the template dialog proposes a free code."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QDate, QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from nsdesk.models import Enterprise, Plan, Support
from nsdesk.services.plans import plans
from nsdesk.ui.widgets import screen, wheel

from .test_pilots_page import open_page
from .test_plans_page import open_plans

TASKBAR = 40
SCREENS = {"1366x768": QRect(0, 0, 1366, 768 - TASKBAR), "1093x614": QRect(0, 0, 1093, 614 - TASKBAR)}


@pytest.fixture(params=sorted(SCREENS))
def small_screen(request):
    """The screen's free area pinned to a laptop's (offscreen has no real screen to ask)."""
    screen.set_available(SCREENS[request.param])
    yield SCREENS[request.param]
    screen.set_available(None)


def global_rect(w: QWidget) -> QRect:
    return QRect(w.mapToGlobal(QPoint(0, 0)), w.size())


def assert_fits(qtbot, dialog: QDialog, area: QRect) -> None:
    """The dialog (title bar included) and every visible button of it are on screen."""
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: area.contains(dialog.frameGeometry()))  # refitted once the frame is known
    inner = global_rect(dialog)
    assert area.contains(inner), (inner, area)
    assert area.contains(dialog.frameGeometry()), (dialog.frameGeometry(), area)  # title bar included
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()
               and isinstance(b.parentWidget(), QDialogButtonBox)]
    assert buttons
    for b in buttons:
        assert area.contains(global_rect(b)), (b.text(), global_rect(b), area)
        assert inner.contains(global_rect(b)), (b.text(), global_rect(b), inner)


def wheel_over(widget: QWidget, *, ctrl: bool = False, steps: int = -3) -> None:
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def box_named(qtbot, parent: QWidget, name: str) -> QMessageBox:
    def shown():
        box = parent.findChild(QMessageBox, name)
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown)
    return parent.findChild(QMessageBox, name)


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


# --- dialogs fit ---------------------------------------------------------------------------------

def test_support_dialog_fits_with_and_without_the_certification_fields(make_app, idle, qtbot, sqlite_file,
                                                                       small_screen):
    app, page = open_page(make_app, idle, sqlite_file, "supports")
    page.add_button.click()
    idle(app)
    dlg = page.dialog
    qtbot.waitExposed(dlg)
    assert_fits(qtbot, dlg, small_screen)
    assert dlg.width() >= min(1000, small_screen.width() - 20)  # wide: the tool names have room
    dlg.types.set_checked("certification")
    qtbot.waitUntil(lambda: dlg.cert_number.isVisible())
    QApplication.processEvents()
    assert_fits(qtbot, dlg, small_screen)  # the certificate's fields scroll; Lưu/Hủy stay on screen
    scroll = dlg.findChild(QScrollArea, "formScroll")
    scroll.ensureWidgetVisible(dlg.cert_expires)
    assert dlg.cert_expires.visibleRegion().boundingRect().height() > 0
    # Every tool is offered with its whole name, findable by typing.
    assert all(dlg.tools.label(k) and "…" not in dlg.tools.label(k) for k in dlg.tools.keys())
    dlg.tools.search.setText("kaizen")
    assert dlg.tools.visible_keys() == ["KAIZEN"]
    dlg.tools.set_checked("KAIZEN")
    dlg.tools.search.setText("iso")
    assert "KAIZEN" in dlg.tools.visible_keys()  # what is ticked stays in sight
    dlg.done(0)


def test_enterprise_and_plan_dialogs_fit(make_app, idle, qtbot, sqlite_file, read_db, small_screen):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "enterprises")
    page.add_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() and getattr(d, "loaded", False)
                                for d in page.findChildren(QDialog, "enterpriseDialog")))
    dlg = page.findChild(QDialog, "enterpriseDialog")
    assert_fits(qtbot, dlg, small_screen)
    dlg.done(0)

    app.window.show_page([app.window.nav.item(i).text() for i in range(app.window.nav.count())]
                         .index("Kế hoạch & chỉ tiêu"))
    plans_page = app.window.page("plans")
    idle(app)
    for button in (plans_page.create_button, plans_page.edit_plan_button):
        button.click()
        dlg = plans_page.dialog
        qtbot.waitExposed(dlg)
        assert_fits(qtbot, dlg, small_screen)
        dlg.done(0)
    app.window.nav.setCurrentRow(2)
    idle(app)
    projects = app.window.page("pilots")
    projects.add_button.click()
    idle(app)
    dlg = projects.dialog
    qtbot.waitExposed(dlg)
    assert_fits(qtbot, dlg, small_screen)
    dlg.done(0)


def test_main_window_fits_the_small_screen(make_app, small_screen):
    app = make_app(None)
    hint = app.window.minimumSizeHint()
    w, h = screen.room(app.window)
    assert hint.width() <= w and hint.height() <= h


# --- the wheel -----------------------------------------------------------------------------------

def test_wheel_over_an_unfocused_combo_spin_or_date_changes_nothing(qtbot, qapp):
    wheel.install(qapp)
    holder = QWidget()
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    inner = QWidget()
    layout = QVBoxLayout(inner)
    combo, spin, day = QComboBox(), QSpinBox(), QDateEdit(QDate(2025, 3, 15))
    combo.addItems(["10 – Sản xuất chế biến thực phẩm", "11 – Sản xuất đồ uống", "13 – Dệt"])
    spin.setRange(2000, 2100)
    spin.setValue(2025)
    for w in (combo, spin, day):
        layout.addWidget(w)
    layout.addSpacing(2000)  # something to scroll
    scroll.setWidget(inner)
    QVBoxLayout(holder).addWidget(scroll)
    holder.resize(400, 300)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    for w in (combo, spin, day):
        assert w.focusPolicy() == Qt.FocusPolicy.StrongFocus  # no focus by the wheel
    before = scroll.verticalScrollBar().value()
    for w in (combo, spin, day):
        wheel_over(w, steps=-1)
    assert (combo.currentIndex(), spin.value(), day.date()) == (0, 2025, QDate(2025, 3, 15))
    assert scroll.verticalScrollBar().value() > before  # the page scrolled instead

    holder.activateWindow()
    qtbot.waitActive(holder)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    wheel_over(spin, steps=1)  # clicked into: the wheel is the user's choice
    assert spin.value() == 2026


def test_wheel_over_a_chart_changes_nothing_until_clicked_and_show_all_restores(qtbot, qapp):
    import pyqtgraph as pg

    from nsdesk.ui.widgets.charts import ChartBox, ChartZoom

    holder = QWidget()
    plot = pg.PlotWidget(holder)
    zoom = ChartZoom(plot, holder)
    layout = QVBoxLayout(holder)
    layout.addWidget(plot)
    layout.addWidget(zoom.reset_button)
    qtbot.addWidget(holder)
    holder.resize(500, 400)
    holder.show()
    qtbot.waitExposed(holder)
    plot.plot([0, 10], [0, 5])
    zoom.set_home((0.0, 10.0), (0.0, 5.0))
    home = zoom.view_range()
    assert zoom.reset_button.text() == "Xem toàn bộ"

    wheel_over(plot.viewport(), steps=-5)
    assert zoom.view_range() == home

    wheel_over(plot.viewport(), steps=3, ctrl=True)  # Ctrl + wheel zooms in
    zoomed = zoom.view_range()
    assert zoomed != home and zoomed[0][1] - zoomed[0][0] < 10
    for _ in range(10):  # zooming out stops at the whole data: never the years 500–9500
        wheel_over(plot.viewport(), steps=-10, ctrl=True)
    (x0, x1), (y0, y1) = zoom.view_range()
    assert x0 >= -1e-6 and x1 <= 10 + 1e-6 and y0 >= -1e-6 and y1 <= 5 + 1e-6
    wheel_over(plot.viewport(), steps=3, ctrl=True)
    zoom.reset_button.click()
    assert [v for r in zoom.view_range() for v in r] == pytest.approx([v for r in home for v in r])

    box = ChartBox(None, "Số doanh nghiệp theo công cụ", "toolChart")
    qtbot.addWidget(box)
    box.show()
    box.hbars(["Lean", "Kaizen"], [3, 5])
    drawn = box.plot.getViewBox().viewRange()
    wheel_over(box.plot.viewport(), steps=-5)
    assert box.plot.getViewBox().viewRange() == drawn


# --- unsaved changes -----------------------------------------------------------------------------

def test_a_changed_form_asks_before_esc_cancel_or_close_discard_it(qtbot):
    from nsdesk.ui.pilots.support_dialogs import ToolDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = ToolDialog(parent, None)
    dlg.open()
    qtbot.waitExposed(dlg)
    qtbot.keyClick(dlg, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not dlg.isVisible())

    dlg = ToolDialog(parent, None)
    dlg.open()
    qtbot.waitExposed(dlg)
    dlg.name.setText("Quản lý tinh gọn mở rộng")
    for close in (lambda: qtbot.keyClick(dlg, Qt.Key.Key_Escape),
                  lambda: dlg.buttons.buttons()[-1].click(),  # Hủy
                  dlg.close):
        close()
        box = box_named(qtbot, dlg, "discardBox")
        assert box.text() == "Bỏ các thay đổi chưa lưu?"
        box.findChild(QPushButton, "keepEditingButton").click()
        qtbot.waitUntil(lambda b=box: closed(b))
        assert dlg.isVisible() and dlg.name.text() == "Quản lý tinh gọn mở rộng"
    dlg.buttons.buttons()[-1].click()
    box_named(qtbot, dlg, "discardBox").findChild(QPushButton, "discardButton").click()
    qtbot.waitUntil(lambda: closed(dlg))


def test_edited_back_to_what_it_was_is_no_change(qtbot):
    from nsdesk.ui.pilots.support_dialogs import ToolDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    dlg = ToolDialog(parent, None)
    dlg.open()
    qtbot.waitExposed(dlg)
    dlg.category.setCurrentIndex(1)
    assert dlg.has_changes()
    dlg.category.setCurrentIndex(0)
    assert not dlg.has_changes()
    dlg.reject()
    qtbot.waitUntil(lambda: not dlg.isVisible())


# --- plans: edit, delete, a free code -----------------------------------------------------------

def test_template_dialog_proposes_a_free_code(make_app, idle, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        plans.create_from_template(s, "DAKCAM-2025", "DAKCAM-2025-2")
        s.commit()
    app, page = open_plans(make_app, idle, sqlite_file)
    page.create_button.click()
    dlg = page.dialog
    dlg.template.setCurrentIndex(dlg.template.findData("DAKCAM-2025"))
    assert dlg.code.text() == "DAKCAM-2025-3"
    dlg.template.setCurrentIndex(dlg.template.findData("QN-138-2025"))
    assert dlg.code.text() == "QN-138-2025"
    dlg.done(0)


def test_edit_then_delete_a_plan_keeping_enterprises_and_supports(make_app, idle, qtbot, sqlite_file, read_db):
    from pilot_helpers import make_enterprise, make_support

    from nsdesk.services.pilots import projects

    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        ent = make_enterprise(s, "0100109106")
        projects.create_project(s, {"code": "DA-1", "name": "Mô hình điểm Lean", "status": "approved",
                                    "plan_code": "DAKCAM-2025"})
        make_support(s, ent, project="DA-1")
        s.commit()
    app, page = open_plans(make_app, idle, sqlite_file)
    assert page.selected == "DAKCAM-2025"

    page.edit_plan_button.click()
    dlg = page.dialog
    assert dlg.code.text() == "DAKCAM-2025"
    dlg.code.setText("DAKCAM-KH")
    dlg.doc_number.setText("12/KH-UBND")
    dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    idle(app)
    qtbot.waitUntil(lambda: closed(dlg))
    idle(app)
    assert page.selected == "DAKCAM-KH" and page.plan_table.item(0, 0).text() == "DAKCAM-KH"

    page.delete_plan_button.click()
    idle(app)
    box = box_named(qtbot, page, "deletePlanBox")
    assert "«DAKCAM-KH»" in box.text() and "không hoàn tác" in box.text()
    assert "1 dự án điểm" in box.informativeText() and "không bị xóa" in box.informativeText()
    [b for b in box.buttons() if b.text() == "Không xóa"][0].click()
    idle(app)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(Plan.doc_number).where(Plan.code == "DAKCAM-KH")) == "12/KH-UBND"

    page.delete_plan_button.click()
    idle(app)
    box_named(qtbot, page, "deletePlanBox").findChild(QPushButton, "confirmDeletePlan").click()
    idle(app)
    qtbot.waitUntil(lambda: page.plan_table.rowCount() == 0)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert s.scalar(select(Plan.id).where(Plan.code == "DAKCAM-KH")) is None
        assert len(s.scalars(select(Enterprise.id)).all()) == 1
        assert len(s.scalars(select(Support.id)).all()) == 1
