"""The "Kế hoạch & chỉ tiêu" page driven through its widgets, checked against the database."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from nsdesk.errors import InputError
from nsdesk.services.demo import generate as demo
from nsdesk.services.plans import plans, progress, tasks, templates


def open_plans(make_app, idle, path):
    app = make_app(str(path))
    titles = [app.window.nav.item(i).text() for i in range(app.window.nav.count())]
    app.window.show_page(titles.index("Kế hoạch & chỉ tiêu"))
    page = app.window.page("plans")
    idle(app)
    return app, page


def save(dialog, idle, app) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    idle(app)


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def close_boxes(window) -> list[str]:
    texts = []
    for box in window.findChildren(QMessageBox):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


@pytest.fixture
def demo_file(sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        demo.generate(s, enterprises=300, seed=21)
        s.commit()
    return sqlite_file


def test_create_a_plan_from_a_template_and_see_its_targets(make_app, idle, sqlite_file, read_db):
    app, page = open_plans(make_app, idle, sqlite_file)
    assert page.plan_table.rowCount() == 0 and page.empty.isVisibleTo(page)

    page.create_button.click()
    dlg = page.dialog
    offered = [dlg.template.itemData(i) for i in range(dlg.template.count())]
    assert offered == [t.code for t in templates.list_templates()]
    assert {"VN-36-2021", "QN-138-2025", "DAKCAM-2025", "VINHLONG-3064-2023", "THUANAN-2021", "DAKLAK-2021"} <= set(offered)
    dlg.template.setCurrentIndex(offered.index("VINHLONG-3064-2023"))
    assert dlg.code.text() == "VINHLONG-3064-2023"
    dlg.code.setText("VL-CUA-TOI")
    save(dlg, idle, app)

    assert page.selected == "VL-CUA-TOI"
    assert [page.plan_table.item(r, 0).text() for r in range(page.plan_table.rowCount())] == ["VL-CUA-TOI"]
    assert page.plan_table.item(0, 3).text() == "2021–2030"
    tpl = templates.get_template("VINHLONG-3064-2023")
    shown = [page.target_table.item(r, 0).text() for r in range(page.target_table.rowCount())]
    assert shown == [t["code"] for t in tpl["targets"]]
    support = shown.index("SUPPORT-2025")
    assert page.target_table.item(support, 4).text() == "≥ 30" + (f" {tpl['targets'][support]['unit']}"
                                                                   if tpl["targets"][support].get("unit") else "")
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert plans.find_plan(s, "VL-CUA-TOI").template_code == "VINHLONG-3064-2023"


def test_a_code_already_used_is_refused_and_the_dialog_stays(make_app, idle, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    app, page = open_plans(make_app, idle, sqlite_file)
    page.create_button.click()
    dlg = page.dialog
    dlg.template.setCurrentIndex(dlg.template.findData("QN-138-2025"))
    dlg.code.setText("dakcam-2025")
    save(dlg, idle, app)
    assert isinstance(dlg.error, InputError) and dlg.isVisible()
    assert any("Đã có kế hoạch mã" in t for t in close_boxes(dlg))
    dlg.reject()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        assert plans.find_plan(s, "QN-138-2025") is None


def test_edit_a_target_and_a_wrong_range_changes_nothing(make_app, idle, demo_file, read_db):
    app, page = open_plans(make_app, idle, demo_file)
    page.select_plan("QN-138-2025")
    idle(app)
    row = [t.code for t in page.details.targets].index("TRAINING-2030")
    page.open_target_dialog(row)
    dlg = page.dialog
    dlg.minimum.setText("4")
    dlg.maximum.setText("3")
    save(dlg, idle, app)
    assert dlg.isVisible() and "Mức tối đa 3 nhỏ hơn mức tối thiểu 4" in dlg.error.message
    close_boxes(dlg)
    dlg.title.setPlainText("Trường đào tạo về năng suất")
    dlg.maximum.setText("6")
    dlg.milestone.setValue(2029)
    save(dlg, idle, app)
    assert closed(dlg)
    row = [t.code for t in page.details.targets].index("TRAINING-2030")
    assert page.target_table.item(row, 1).text() == "Trường đào tạo về năng suất"
    assert page.target_table.item(row, 3).text() == "2029"
    assert page.target_table.item(row, 4).text().startswith("4–6")
    with read_db(f"sqlite:///{demo_file}") as s:
        t = {t.code: t for t in progress.progress(s, "QN-138-2025", date.today()).targets}["TRAINING-2030"]
    assert (t.min, t.max, t.milestone, t.title) == (4, 6, 2029, "Trường đào tạo về năng suất")


def test_double_click_on_achieved_opens_the_list_behind_the_count(make_app, idle, demo_file, read_db, qtbot):
    app, page = open_plans(make_app, idle, demo_file)
    page.select_plan("QN-138-2025")
    idle(app)
    row = [t.code for t in page.details.targets].index("ENT-PILOT-2030")
    table = page.target_table
    rect = table.visualItemRect(table.item(row, 5))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    idle(app)
    dlg = page.dialog
    with read_db(f"sqlite:///{demo_file}") as s:
        members = progress.members(s, "QN-138-2025", "ENT-PILOT-2030", date.today())
    assert members and dlg.table.rowCount() == len(members) == int(table.item(row, 5).text())
    assert [dlg.table.item(r, 1).text() for r in range(dlg.table.rowCount())] == [m.label for m in members]
    dlg.reject()


def test_overdue_tasks_are_red_and_a_note_closes_one(make_app, idle, demo_file, read_db):
    app, page = open_plans(make_app, idle, demo_file)
    page.select_plan("QN-138-2025")
    idle(app)
    with read_db(f"sqlite:///{demo_file}") as s:
        rows = tasks.list_tasks(s, "QN-138-2025", date.today())
    flags = [page.task_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "overdue" for r in range(page.task_table.rowCount())]
    assert flags == [r.overdue for r in rows] and any(flags)
    first = flags.index(True)
    assert page.task_table.item(first, 1).background().color().name() == "#fde2e1"
    assert "(quá hạn)" in page.task_table.item(first, 4).text()

    page.open_note_dialog(first)
    dlg = page.dialog
    dlg.status.setCurrentIndex(dlg.status.findData("done"))
    dlg.noted_on.setDate(QDate.currentDate())
    dlg.text.setPlainText("Đã trình UBND tỉnh ban hành.")
    save(dlg, idle, app)
    assert page.task_table.item(first, 0).data(Qt.ItemDataRole.UserRole) == ""
    assert page.task_table.item(first, 5).text() == "Đã hoàn thành"
    assert page.task_table.item(first, 6).text() == f"{date.today():%d/%m/%Y}: Đã trình UBND tỉnh ban hành."
    with read_db(f"sqlite:///{demo_file}") as s:
        task = tasks.get_task(s, rows[first].task.id)
        assert task.status == "done"
        assert [n.text for n in tasks.notes(s, task.id)][-1] == "Đã trình UBND tỉnh ban hành."


def test_add_an_activity_counts_toward_its_target(make_app, idle, demo_file, read_db):
    app, page = open_plans(make_app, idle, demo_file)
    page.select_plan("QN-138-2025")
    idle(app)
    before = {t.code: t.achieved for t in page.details.targets}["TRAINING-2030"]
    n = page.activity_table.rowCount()
    page.open_activity_dialog(None)
    dlg = page.dialog
    dlg.kind.setCurrentIndex(dlg.kind.findData("training_programme"))
    dlg.title.setText("Học phần Quản trị năng suất")
    dlg.held_on.setDate(QDate.currentDate().addDays(-3))
    dlg.unit.setText("Trường Đại học Mới Thành Lập")
    dlg.quantity.setText("abc")
    save(dlg, idle, app)
    assert dlg.isVisible() and "Số lượng" in dlg.error.message  # a wrong field: nothing written
    close_boxes(dlg)
    dlg.quantity.setText("45")
    save(dlg, idle, app)
    assert page.activity_table.rowCount() == n + 1
    titles = [page.activity_table.item(r, 1).text() for r in range(page.activity_table.rowCount())]
    assert "Học phần Quản trị năng suất" in titles
    assert {t.code: t.achieved for t in page.details.targets}["TRAINING-2030"] == before + 1


def test_enter_a_yearly_statistic_with_its_source(make_app, idle, demo_file, read_db):
    app, page = open_plans(make_app, idle, demo_file)
    page.select_plan("QN-138-2025")
    idle(app)
    page.open_indicator_dialog()
    dlg = page.dialog
    assert dlg.territory.text() == "51"
    dlg.indicator.setCurrentIndex(dlg.indicator.findData("tfp_contribution"))
    dlg.year.setValue(2026)
    dlg.value.setText("56,5")
    save(dlg, idle, app)
    assert dlg.isVisible() and "nguồn số liệu" in dlg.error.message.lower()  # the source is required
    close_boxes(dlg)
    dlg.source.setText("Cục Thống kê tỉnh Quảng Ngãi, ước tính 2026")
    save(dlg, idle, app)
    rows = [[page.indicator_table.item(r, c).text() for c in range(5)] for r in range(page.indicator_table.rowCount())]
    assert ["Tỷ trọng đóng góp của TFP vào tăng trưởng (%)", "Quảng Ngãi", "2026", "56,5",
            "Cục Thống kê tỉnh Quảng Ngãi, ước tính 2026"] in rows
    with read_db(f"sqlite:///{demo_file}") as s:
        tfp = {t.code: t for t in progress.progress(s, "QN-138-2025", date.today()).targets}["TFP-2030"]
    assert tfp.achieved == 56.5
    assert page.target_table.item([t.code for t in page.details.targets].index("TFP-2030"), 5).text() == "56,5"


def test_add_a_target_to_the_national_plan(make_app, idle, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "VN-36-2021")
        s.commit()
    app, page = open_plans(make_app, idle, sqlite_file)
    assert page.target_table.rowCount() == 0
    assert "chưa có chỉ tiêu" in page.header.text()
    page.add_target_button.click()
    dlg = page.dialog
    dlg.kind.setCurrentIndex(dlg.kind.findData("activities"))
    assert dlg.activity.isVisibleTo(dlg) and not dlg.indicator.isVisibleTo(dlg)
    dlg.code.setText("CLB-2030")
    dlg.title.setText("Câu lạc bộ năng suất")
    dlg.activity.setCurrentIndex(dlg.activity.findData("productivity_club"))
    dlg.comparator.setCurrentIndex(dlg.comparator.findData("at_least"))
    dlg.minimum.setText("10")
    save(dlg, idle, app)
    assert closed(dlg)
    assert [page.target_table.item(r, 0).text() for r in range(page.target_table.rowCount())] == ["CLB-2030"]
    assert page.target_table.item(0, 4).text() == "≥ 10"
    assert page.target_table.item(0, 6).text() == "Chậm tiến độ"  # none yet, five years into 2021–2030
    with read_db(f"sqlite:///{sqlite_file}") as s:
        t = progress.progress(s, "VN-36-2021", date.today()).targets[0]
    assert (t.code, t.kind, t.min, t.achieved) == ("CLB-2030", "activities", 10, 0)
