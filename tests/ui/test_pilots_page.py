"""The "Dự án điểm" page driven through its widgets, checked against the database."""

from __future__ import annotations

from datetime import date

import shiboken6
from pilot_helpers import make_enterprise, make_support, measure
from sqlalchemy import func, select

from nsdesk.models import PilotProject
from nsdesk.services.pilots import projects
from nsdesk.services.plans import plans


def open_page(make_app, idle, path, key: str):
    """The app on ``path``, showing the page ``key`` (clicked in the navigation like a user would)."""
    from nsdesk.ui.pages import PAGES

    app = make_app(str(path))
    app.window.nav.setCurrentRow([p.key for p in PAGES].index(key))
    page = app.window.page(key)
    idle(app)
    return app, page


TOOL_NAMES = {"LEAN": "Sản xuất tinh gọn (Lean)", "KAIZEN": "Cải tiến liên tục (Kaizen)",
              "5S": "Công cụ 5S (Sàng lọc, Sắp xếp, Sạch sẽ, Săn sóc, Sẵn sàng)"}


def cells(table, columns: int | None = None) -> list[list[str]]:
    n = table.columnCount() if columns is None else columns
    return [[table.item(r, c).text() for c in range(n)] for r in range(table.rowCount())]


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def n_projects(read_db, path) -> int:
    with read_db(f"sqlite:///{path}") as s:
        return s.scalar(select(func.count()).select_from(PilotProject))


def fill_project(dlg, **values) -> None:
    for name, text in values.items():
        getattr(dlg, name).setText(text)


def test_a_new_project_is_saved_with_what_was_entered_and_listed(make_app, idle, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        plans.create_from_template(s, "DAKCAM-2025")
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "pilots")
    assert page.table.isHidden() and page.empty.isVisibleTo(page)  # nothing yet: the hint instead

    page.add_button.click()
    idle(app)
    dlg = page.dialog
    assert dlg.isVisible() and dlg.windowTitle() == "Thêm dự án điểm"
    fill_project(dlg, code="DA-LEAN-2026", name="Mô hình điểm Lean cho cơ sở chế biến hạt điều",
                 lead="UBND phường Đăk Cấm", partners="Hội Doanh nghiệp phường, HTX Đăk Cấm",
                 provider="Viện Năng suất Việt Nam", start="15/01/2026", end="31/12/2026",
                 f_state="350,5", f_ent="120", f_other="")
    dlg.plan.setCurrentIndex(dlg.plan.findData("DAKCAM-2025"))
    dlg.status_box.setCurrentIndex(dlg.status_box.findData("approved"))
    dlg.description.setPlainText("Áp dụng 5S và Lean tại 5 cơ sở.")
    dlg.evidence.add_paths(["/tmp/quyet-dinh-phe-duyet.pdf"])
    dlg.save_button.click()
    idle(app)
    assert closed(dlg)

    assert cells(page.table, 5) == [["DA-LEAN-2026", "Mô hình điểm Lean cho cơ sở chế biến hạt điều", "DAKCAM-2025",
                                     "UBND phường Đăk Cấm", "Đã phê duyệt"]]
    assert page.table.item(0, 7).text() == "470,5"  # 350,5 + 120 million VND
    assert "DA-LEAN-2026" in page.header.text() and "Doanh nghiệp tham gia: 0" in page.header.text()
    with read_db(f"sqlite:///{sqlite_file}") as s:
        p = projects.find_project(s, "DA-LEAN-2026")
        plan = plans.find_plan(s, "DAKCAM-2025")
        assert (p.name, p.plan_id, p.lead_unit, p.partner_units, p.provider) == (
            "Mô hình điểm Lean cho cơ sở chế biến hạt điều", plan.id, "UBND phường Đăk Cấm",
            "Hội Doanh nghiệp phường, HTX Đăk Cấm", "Viện Năng suất Việt Nam")
        assert (p.start_date, p.end_date, p.status) == (date(2026, 1, 15), date(2026, 12, 31), "approved")
        assert (p.funding_state, p.funding_enterprise, p.funding_other) == (350.5, 120.0, None)
        assert p.description == "Áp dụng 5S và Lean tại 5 cơ sở."
        assert p.evidence_paths == ["/tmp/quyet-dinh-phe-duyet.pdf"]


def test_an_end_date_before_the_start_is_explained_next_to_the_field_and_nothing_saved(
        make_app, idle, sqlite_file, read_db):
    app, page = open_page(make_app, idle, sqlite_file, "pilots")
    page.add_button.click()
    idle(app)
    dlg = page.dialog
    fill_project(dlg, code="DA-SAI-NGAY", name="Dự án nhập sai ngày", start="01/06/2026", end="01/03/2026")
    dlg.save_button.click()
    idle(app)
    assert dlg.isVisible()
    shown = dlg.shown_errors()
    assert set(shown) == {"end_date"}
    assert shown["end_date"] == "Ngày kết thúc dự án phải bằng hoặc sau ngày bắt đầu."
    err, field = dlg.errors["end_date"], dlg.inputs["end_date"]
    assert err.isVisible() and err.geometry().top() > field.geometry().bottom()  # right under the field
    assert "sửa các ô được đánh dấu đỏ" in dlg.status.text()
    assert n_projects(read_db, sqlite_file) == 0

    dlg.end.setText("31/12/2026")  # fixed: now it saves
    dlg.save_button.click()
    idle(app)
    assert closed(dlg) and n_projects(read_db, sqlite_file) == 1
    assert cells(page.table, 1) == [["DA-SAI-NGAY"]]


def test_the_project_lists_its_enterprises_with_tools_status_and_improvement(make_app, idle, sqlite_file, read_db):
    # Labour productivity = value added ÷ workers, computed by the service from the two readings.
    readings = {  # support: (value added before, after, workers before, after)
        "A1": (1000.0, 1300.0, 10, 10),  # 100 → 130: +30 %
        "A2": (500.0, 660.0, 5, 6),  # 100 → 110: +10 %
    }
    with read_db(f"sqlite:///{sqlite_file}") as s:
        projects.create_project(s, {"code": "DA-1", "name": "Dự án điểm Lean – Kaizen", "status": "in_progress"})
        a = make_enterprise(s, "5100000011", name="Công ty TNHH Hạt điều Đăk Cấm")
        b = make_enterprise(s, "5100000012", name="Hợp tác xã Mây tre Bình Minh")
        other = make_enterprise(s, "5100000013", name="Công ty không tham gia")
        sups = {
            "A1": make_support(s, a, tools=["LEAN"], project="DA-1", status="completed"),
            "A2": make_support(s, a, tools=["5S", "KAIZEN"], project="DA-1", status="in_progress",
                               start_date="2025-01-10", end_date="2025-08-30"),
            "B1": make_support(s, b, tools=["KAIZEN"], project="DA-1", status="cancelled"),
        }
        make_support(s, other, tools=["LEAN"])  # not in the project
        for key, (va0, va1, w0, w1) in readings.items():
            year = "2024" if key == "A1" else "2025"
            for phase, va, w, on in (("before", va0, w0, f"{year}-01-05"), ("after", va1, w1, f"{year}-12-01")):
                measure(s, metric="value_added", phase=phase, value=va, on=on, support=sups[key])
                measure(s, metric="workers", phase=phase, value=w, on=on, support=sups[key])
        measure(s, metric="defect_rate", phase="before", value=5.0, on="2024-02-01", support=sups["B1"])
        measure(s, metric="defect_rate", phase="after", value=4.0, on="2024-06-01", support=sups["B1"])
        s.commit()

    def pct(va0, va1, w0, w1):
        return (va1 / w1 - va0 / w0) / (va0 / w0) * 100

    a_mean = (pct(*readings["A1"]) + pct(*readings["A2"])) / 2  # two lượt in the project: their mean
    assert round(a_mean, 1) == 20.0
    defect = (5.0 - 4.0) / 5.0 * 100  # a falling defect rate is an improvement

    app, page = open_page(make_app, idle, sqlite_file, "pilots")
    assert cells(page.table, 1) == [["DA-1"]]
    # enterprises, lượt that count: B's cancelled lượt is listed below but not counted
    assert page.table.item(0, 8).text() == "1" and page.table.item(0, 9).text() == "2"
    rows = cells(page.people)
    assert [r[:6] for r in rows] == [
        ["5100000011", "Công ty TNHH Hạt điều Đăk Cấm", "2", ", ".join(TOOL_NAMES[t] for t in ("LEAN", "5S", "KAIZEN")),
         "Hoàn thành, Đang thực hiện", f"{a_mean:.0f} %"],
        ["5100000012", "Hợp tác xã Mây tre Bình Minh", "1", TOOL_NAMES["KAIZEN"], "Đã hủy", "—"],
    ]
    va_mean = sum((r[1] - r[0]) / r[0] * 100 for r in readings.values()) / 2  # value added itself: 30 % and 32 %
    assert f"Giá trị tăng thêm: {va_mean:.0f} %" in rows[0][6].split("; ")
    assert rows[1][6] == f"Tỷ lệ sản phẩm lỗi: {defect:.0f} %"
    assert "Doanh nghiệp tham gia: 2" in page.header.text()
    # Every column, improvement included, is in sight without scrolling sideways; a cut-off
    # tool list shows itself whole as a tooltip.
    header = page.people.horizontalHeader()
    assert header.length() <= page.people.viewport().width()
    assert page.people.horizontalScrollBar().maximum() == 0
    assert page.people.item(0, 3).toolTip() == rows[0][3]
