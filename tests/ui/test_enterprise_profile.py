"""The enterprise form's "Hỗ trợ & chỉ số" tab: its lượt, tools adopted (by name), certificates,
measurements and the before/after chart, opened from the register like a user does.
"""

from __future__ import annotations

from datetime import date, timedelta

from pilot_helpers import make_support, measure
from PySide6.QtCore import Qt

from nsdesk.services.pilots import projects
from nsdesk.ui.widgets.charts import tick_labels

from .test_pilots_page import cells
from .test_register_form import dialog_of
from .test_register_table import names, settle
from .test_supports_page import enterprise

TAX, NAME = "5100000041", "Công ty TNHH Chế biến Hải sản Sa Kỳ"
TOOLS = {"LEAN": "Sản xuất tinh gọn (Lean)", "5S": "Công cụ 5S (Sàng lọc, Sắp xếp, Sạch sẽ, Săn sóc, Sẵn sàng)",
         "ISO9001": "Hệ thống quản lý chất lượng theo TCVN ISO 9001 (bộ tiêu chuẩn ISO 9000)",
         "KAIZEN": "Cải tiến liên tục (Kaizen)"}
# Labour productivity per lượt, from value added ÷ workers: (VA before, VA after, workers before, after)
LP = {"S1": (1000.0, 1300.0, 10, 10), "S2": (800.0, 760.0, 8, 8)}
DATES = {"S1": ("2024-01-05", "2024-12-20"), "S2": ("2025-01-05", "2025-09-30")}


def open_profile(make_app, idle, qtbot, path):
    app = make_app(str(path))
    from nsdesk.ui.pages import PAGES

    app.window.nav.setCurrentRow([p.key for p in PAGES].index("enterprises"))
    page = app.window.page("enterprises")
    settle(qtbot, app, page)
    row = names(page).index(NAME)
    rect = page.table.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dlg = dialog_of(qtbot, page)
    tabs = [dlg.tabs.tabText(i) for i in range(dlg.tabs.count())]
    dlg.tabs.setCurrentIndex(tabs.index("Hỗ trợ && chỉ số"))
    idle(app)
    qtbot.waitUntil(lambda: dlg.profile.profile is not None)
    return app, dlg, dlg.profile


def test_the_profile_tab_shows_lượt_tools_by_name_certificates_and_before_after(make_app, idle, qtbot, sqlite_file,
                                                                                   read_db):
    today = date.today()
    expires = today + timedelta(days=45)
    with read_db(f"sqlite:///{sqlite_file}") as s:
        projects.create_project(s, {"code": "DA-1", "name": "Dự án điểm Lean"})
        ent = enterprise(s, TAX, NAME)
        other = enterprise(s, "5100000042", "Công ty khác")
        sups = {
            "S1": make_support(s, ent, tools=["LEAN", "5S"], project="DA-1", status="completed"),
            "S2": make_support(s, ent, types=["system_tool", "certification"], tools=["ISO9001"], status="completed",
                               start_date="2025-01-10", end_date="2025-06-30", cert_number="1234/2025/CN",
                               cert_body="QUACERT", cert_issued=expires - timedelta(days=3 * 365), cert_expires=expires),
            "S3": make_support(s, ent, tools=["KAIZEN"], status="cancelled", start_date="2025-09-01",
                               end_date="2025-12-01"),
        }
        make_support(s, other, tools=["KAIZEN"])  # someone else's lượt: not on this page
        for key, (va0, va1, w0, w1) in LP.items():
            for phase, va, w, on in (("before", va0, w0, DATES[key][0]), ("after", va1, w1, DATES[key][1])):
                measure(s, metric="value_added", phase=phase, value=va, on=on, support=sups[key])
                measure(s, metric="workers", phase=phase, value=w, on=on, support=sups[key])
        measure(s, metric="defect_rate", phase="before", value=5.0, on="2024-01-05", support=sups["S1"])
        measure(s, metric="defect_rate", phase="after", value=4.0, on="2024-12-20", support=sups["S1"])
        s.commit()

    app, dlg, prof = open_profile(make_app, idle, qtbot, sqlite_file)
    adopted = ", ".join(TOOLS[c] for c in ("5S", "ISO9001", "LEAN"))  # not the cancelled Kaizen
    assert prof.summary.text().startswith(f"<b>3 lượt hỗ trợ</b> · công cụ đã áp dụng: {adopted}")
    assert "⚠ 1 giấy chứng nhận sắp hết hạn" in prof.summary.text()

    assert [r[:4] for r in cells(prof.supports)] == [
        ["DA-1", "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến", f"{TOOLS['5S']}, {TOOLS['LEAN']}",  # by code
         "Hoàn thành"],
        ["", "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến; Chứng nhận sản phẩm, hàng hóa, hệ thống",
         TOOLS["ISO9001"], "Hoàn thành"],
        ["", "Xây dựng, áp dụng hệ thống quản lý, công cụ cải tiến", TOOLS["KAIZEN"], "Đã hủy"],
    ]
    assert prof.supports.item(2, 0).foreground().color().name() == "#777777"  # cancelled: grey
    assert not any(code in " ".join(sum(cells(prof.supports), [])) for code in ("ISO9001", "KAIZEN"))  # names only

    assert cells(prof.certificates) == [[
        "1234/2025/CN", "QUACERT", f"{expires - timedelta(days=3 * 365):%d/%m/%Y}",
        f"⚠ {expires:%d/%m/%Y} (còn 45 ngày)", TOOLS["ISO9001"]]]
    assert prof.certificates.item(0, 3).background().color().name() == "#fff3cd"

    shown = cells(prof.measurements)
    assert len(shown) == 4 * 2 + 2 * 2 + 2  # VA, workers and labour productivity of two lượt, defect rate of one
    lp_name = "Năng suất lao động (giá trị tăng thêm bình quân một lao động)"
    assert sorted(r[2] for r in shown if r[0] == lp_name) == sorted(["100", "130", "100", "95"])

    # The before/after chart: labour productivity first, one pair of bars per lượt.
    assert prof.metric_box.currentData() == "labour_productivity"
    before = [va0 / w0 for va0, _v, w0, _w in LP.values()]
    after = [va1 / w1 for _v, va1, _w, w1 in LP.values()]
    assert prof.chart.series == {"before": before, "after": after}
    assert prof.chart.labels == [
        f"Lượt {i}: {date.fromisoformat(d0):%d/%m/%Y} → {date.fromisoformat(d1):%d/%m/%Y}"
        for i, (d0, d1) in enumerate(DATES.values(), 1)]
    assert tick_labels(prof.chart, "bottom") == prof.chart.labels
    pct = [(a - b) / b * 100 for b, a in zip(before, after)]
    assert [round(p) for p in pct] == [30, -5]
    assert prof.chart.title.text().endswith("cải thiện +30 %, -5 %")
    colours = [b.color().name() for b in prof.chart._items["after"].opts["brushes"]]
    assert colours == ["#2e7d32", "#c62828"]  # better: green, worse: red
    assert prof.chart.save_button.isEnabled()

    # Another metric: a falling defect rate is drawn as an improvement.
    prof.metric_box.setCurrentIndex(prof.metric_box.findData("defect_rate"))
    assert prof.chart.series == {"before": [5.0], "after": [4.0]}
    assert prof.chart.title.text().endswith("cải thiện +20 %")
    assert [b.color().name() for b in prof.chart._items["after"].opts["brushes"]] == ["#2e7d32"]
    dlg.reject()


def test_an_enterprise_without_lượt_says_so(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        enterprise(s, TAX, NAME)
        s.commit()
    app, dlg, prof = open_profile(make_app, idle, qtbot, sqlite_file)
    assert prof.summary.text() == "<b>0 lượt hỗ trợ</b> · công cụ đã áp dụng: chưa có"
    assert prof.supports.rowCount() == prof.certificates.rowCount() == prof.measurements.rowCount() == 0
    assert prof.chart.title.text() == "Chưa có cặp số liệu trước/sau để so sánh."
    assert not prof.chart.save_button.isEnabled()
    dlg.reject()
