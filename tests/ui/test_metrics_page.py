"""The "Chỉ số năng suất" page driven through its widgets: entry with computed labour productivity,
summaries checked against figures computed here from the raw readings, charts, PNG export, refresh.
"""

from __future__ import annotations

import statistics
from datetime import date

import pytest
from pilot_helpers import CAM_THANH, DAK_CAM, make_support, measure
from PySide6.QtGui import QImage
from sqlalchemy import select

from nsdesk.models import Measurement, Metric
from nsdesk.services.pilots import projects
from nsdesk.ui.widgets.charts import heights, tick_labels

from .test_pilots_page import cells, closed, open_page
from .test_supports_page import enterprise, open_page_again, pick_enterprise

ENTERPRISES = {  # key: (tax code, name, VSIC as stored, its section, commune)
    "E1": ("5100000031", "Công ty TNHH Cơ khí Trà Khúc", "10", "C", DAK_CAM),
    "E2": ("5100000032", "Công ty CP Thương mại Cẩm Thành", "47", "G", CAM_THANH),
    "E3": ("5100000033", "Công ty TNHH Thực phẩm Sa Huỳnh", "10", "C", CAM_THANH),
}
SUPPORTS = {  # key: (enterprise, tools, project, status)
    "S1": ("E1", ["LEAN", "5S"], "DA-1", "completed"),
    "S2": ("E1", ["ISO9001"], None, "completed"),  # the same enterprise again: a second lượt
    "S3": ("E2", ["LEAN"], "DA-1", "completed"),
    "S4": ("E3", ["KAIZEN"], "DA-2", "in_progress"),
    "S5": ("E3", ["LEAN"], None, "cancelled"),
}
HIGHER_IS_BETTER = {"defect_rate": False, "value_added": True, "lead_time": False}
RAW = [  # (enterprise, support or None, metric, phase, value, date, flagged for review?)
    ("E1", "S1", "defect_rate", "before", 6.0, "2024-01-01", False),
    ("E1", "S1", "defect_rate", "before", 5.0, "2024-02-01", False),
    ("E1", "S1", "defect_rate", "after", 4.5, "2024-06-01", False),
    ("E1", "S1", "defect_rate", "after", 3.0, "2024-09-01", False),
    ("E1", "S1", "value_added", "before", 1000.0, "2024-01-01", False),
    ("E1", "S1", "value_added", "after", 1200.0, "2024-09-01", False),
    ("E1", "S2", "defect_rate", "before", 4.0, "2025-01-01", False),
    ("E1", "S2", "defect_rate", "after", 4.4, "2025-07-01", False),
    ("E1", "S2", "value_added", "before", 800.0, "2025-01-01", False),
    ("E1", "S2", "value_added", "after", 700.0, "2025-07-01", False),
    ("E2", "S3", "defect_rate", "before", 8.0, "2024-03-01", False),
    ("E2", "S3", "defect_rate", "after", 6.0, "2024-10-01", False),
    ("E2", "S3", "value_added", "before", 500.0, "2024-03-01", False),
    ("E2", "S3", "value_added", "after", 9000.0, "2024-10-01", True),  # an 18× jump: held for review
    ("E3", "S4", "lead_time", "before", 20.0, "2024-05-01", False),
    ("E3", "S4", "lead_time", "after", 15.0, "2025-05-01", False),
    ("E3", "S4", "defect_rate", "before", 3.0, "2024-05-01", False),
    ("E3", "S4", "defect_rate", "after", 2.7, "2025-05-01", False),
    ("E3", "S5", "defect_rate", "before", 2.0, "2024-03-01", False),  # no follow-up: no pair
    ("E2", None, "defect_rate", "before", 10.0, "2024-01-01", False),  # enterprise-level values
    ("E2", None, "defect_rate", "after", 9.0, "2024-12-01", False),
]


@pytest.fixture
def readings(sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        projects.create_project(s, {"code": "DA-1", "name": "Dự án điểm Lean"})
        projects.create_project(s, {"code": "DA-2", "name": "Dự án điểm Kaizen"})
        ents = {}
        for k, (tax, name, vsic, _section, commune) in ENTERPRISES.items():
            ents[k] = enterprise(s, tax, name)
            ents[k].sector_code, ents[k].commune_code = vsic, commune
        s.flush()
        sups = {k: make_support(s, ents[e], tools=tools, project=project, status=status)
                for k, (e, tools, project, status) in SUPPORTS.items()}
        for e, sup, metric, phase, value, on, _f in RAW:
            measure(s, metric=metric, phase=phase, value=value, on=on,
                    **({"support": sups[sup]} if sup else {"enterprise": ents[e]}))
        s.commit()
    return sqlite_file


# --- the independent computation ------------------------------------------------------------------

def group_keys(by: str, ent: str, sup: str | None) -> list[str | None]:
    if by == "tool":
        return list(SUPPORTS[sup][1]) if sup else [None]
    if by == "project":
        return [SUPPORTS[sup][2]] if sup else [None]
    if by == "sector":
        return [ENTERPRISES[ent][3]]
    return [ENTERPRISES[ent][4]]


def expected_summary(by: str) -> dict[tuple, tuple]:
    """(group, metric) → (enterprises, pairs, median %, mean %, measurements, flagged), from RAW alone."""
    slots: dict[tuple, dict[str, list]] = {}
    counts: dict[tuple, list[int]] = {}
    for ent, sup, metric, phase, value, on, flagged in RAW:
        slots.setdefault((ent, sup, metric), {"before": [], "after": []})[phase].append((on, value, flagged))
        for g in group_keys(by, ent, sup):
            c = counts.setdefault((g, metric), [0, 0])
            c[0] += 1
            c[1] += flagged
    pct: dict[tuple, list[tuple[str, float]]] = {}
    for (ent, sup, metric), phases in slots.items():
        if not phases["before"] or not phases["after"]:
            continue
        _d0, before, f0 = min(phases["before"])  # earliest baseline
        _d1, after, f1 = max(phases["after"])  # latest follow-up
        if f0 or f1:
            continue
        change = (after - before) if HIGHER_IS_BETTER[metric] else (before - after)
        for g in group_keys(by, ent, sup):
            pct.setdefault((g, metric), []).append((ent, change / abs(before) * 100))
    out = {}
    for key, (n, flagged) in counts.items():
        values = [v for _e, v in pct.get(key, [])]
        out[key] = (len({e for e, _v in pct.get(key, [])}), len(values),
                    statistics.median(values) if values else None, statistics.mean(values) if values else None,
                    n, flagged)
    return out


def number(text: str) -> float | None:
    text = text.replace("%", "").strip()
    return float(text.replace(".", "").replace(",", ".")) if text else None


def shown_summary(page) -> dict[tuple, tuple]:
    t = page.summary_table
    out = {}
    for r in range(t.rowCount()):
        key = t.item(r, 0).data(0x0100)  # Qt.UserRole: (group, metric)
        c = [t.item(r, i).text() for i in range(t.columnCount())]
        out[tuple(key)] = (int(c[3]), int(c[4]), number(c[5]), number(c[6]), int(c[7]), int(c[8]))
    return out


def close_enough(shown: dict, expected: dict) -> bool:
    if shown.keys() != expected.keys():
        return False
    for key, exp in expected.items():
        got = shown[key]
        for g, e in zip(got, exp):
            if (g is None) != (e is None) or (e is not None and abs(g - e) > 0.051):  # shown with 1 decimal
                return False
    return True


# --- tests -------------------------------------------------------------------------------------------

def test_labour_productivity_is_computed_from_value_added_and_workers(make_app, idle, qtbot, sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        enterprise(s, "5100000031", "Công ty TNHH Cơ khí Trà Khúc")
        s.commit()
    app, page = open_page(make_app, idle, sqlite_file, "metrics")
    page.add_button.click()
    dlg = page.dialog
    pick_enterprise(qtbot, app, idle, dlg.picker, "5100000031")
    dlg.phase.setCurrentIndex(dlg.phase.findData("before"))
    dlg.measured_on.setText("31/12/2024")
    dlg.period.setText("năm 2024")
    dlg.source.setText("Báo cáo tài chính 2024")
    assert dlg.lp.isReadOnly() and dlg.lp.text() == ""
    qtbot.keyClicks(dlg.va, "1.350")
    assert dlg.lp.text() == ""  # workers still missing
    qtbot.keyClicks(dlg.workers, "12")
    assert dlg.lp.text() == "112,5"  # 1 350 ÷ 12
    qtbot.keyClicks(dlg.lp, "999")  # cannot be typed over
    assert dlg.lp.text() == "112,5"
    dlg.save_button.click()
    idle(app)
    assert closed(dlg)
    assert page.saved_note.text() == "Đã lưu 2 giá trị."

    rows = {r[3]: r for r in cells(page.table)}
    lp = rows["Năng suất lao động (giá trị tăng thêm bình quân một lao động)"]
    assert lp[4:8] == ["Trước hỗ trợ (cơ sở)", "112,5", "triệu đồng/người/năm", "31/12/2024"]
    assert rows["Giá trị tăng thêm"][5] == "1.350" and rows["Số lao động bình quân"][5] == "12"
    with read_db(f"sqlite:///{sqlite_file}") as s:
        stored = dict(s.execute(select(Metric.code, Measurement.value).join(Metric, Metric.id == Measurement.metric_id)).all())
    assert stored == {"value_added": 1350.0, "workers": 12.0, "labour_productivity": pytest.approx(112.5)}


def test_summary_table_equals_figures_computed_from_the_raw_readings(make_app, idle, readings):
    app, page = open_page(make_app, idle, readings, "metrics")
    page.tabs.setCurrentIndex(1)
    seen = set()
    for by in ("tool", "sector", "commune", "project"):
        page.group_by.setCurrentIndex(page.group_by.findData(by))
        idle(app)
        expected, shown = expected_summary(by), shown_summary(page)
        assert close_enough(shown, expected), (by, shown, expected)
        seen |= {k[0] for k in shown}
    # The 18× value is counted and flagged, not used: S3's value added has no pair.
    page.group_by.setCurrentIndex(page.group_by.findData("project"))
    idle(app)
    row = shown_summary(page)[("DA-1", "value_added")]
    assert row[:2] == (1, 1) and row[4:] == (4, 1)
    labels = [page.summary_table.item(r, 0).text() for r in range(page.summary_table.rowCount())]
    assert "DA-1 — Dự án điểm Lean" in labels and "Không thuộc dự án điểm" in labels
    assert {"LEAN", "5S", "ISO9001", "KAIZEN", "C", "G", DAK_CAM, CAM_THANH, "DA-1", "DA-2", None} <= seen


def adoption(statuses=("in_progress", "completed"), extra=()) -> dict[str, int]:
    ents: dict[str, set] = {}
    for e, tools, _p, status in list(SUPPORTS.values()) + list(extra):
        if status in statuses:
            for t in tools:
                ents.setdefault(t, set()).add(e)
    return {t: len(e) for t, e in ents.items()}


TOOL_NAMES = {"LEAN": "Sản xuất tinh gọn (Lean)", "5S": "Công cụ 5S (Sàng lọc, Sắp xếp, Sạch sẽ, Săn sóc, Sẵn sàng)",
              "ISO9001": "Hệ thống quản lý chất lượng theo TCVN ISO 9001 (bộ tiêu chuẩn ISO 9000)",
              "KAIZEN": "Cải tiến liên tục (Kaizen)"}


def drawn(chart) -> dict[str, float]:
    return dict(zip(chart.labels, heights(chart), strict=True))


def test_adoption_bars_match_counts_png_export_and_refresh(make_app, idle, qtbot, readings, tmp_path, monkeypatch):
    app, page = open_page(make_app, idle, readings, "metrics")
    page.tabs.setCurrentIndex(1)
    idle(app)
    want = adoption()
    assert want == {"LEAN": 2, "5S": 1, "ISO9001": 1, "KAIZEN": 1}  # S5 is cancelled: E3 has not adopted Lean
    assert drawn(page.tool_chart) == {TOOL_NAMES[t]: n for t, n in want.items()}
    assert heights(page.tool_chart) == sorted(heights(page.tool_chart), reverse=True)  # most adopted on top
    assert tick_labels(page.tool_chart) == page.tool_chart.labels  # every name drawn whole (wrapped, not cut)
    sectors = {}
    for e, _t, _p, status in SUPPORTS.values():
        if status in ("in_progress", "completed"):
            sectors.setdefault(ENTERPRISES[e][3], set()).add(e)
    assert sorted(heights(page.sector_chart), reverse=True) == sorted(len(v) for v in sectors.values())[::-1] == [2, 1]
    assert [lab[0] for lab in page.sector_chart.labels] == ["C", "G"]

    # "Lưu ảnh…" writes a PNG of the chart as shown.
    target = tmp_path / "bieu-do-ap-dung"
    from nsdesk.ui.widgets import files

    asked = []
    monkeypatch.setattr(files, "ask", lambda *a, **k: asked.append(a) or [str(target)])
    assert page.tool_chart.save_button.isEnabled()
    page.tool_chart.save_button.click()
    png = tmp_path / "bieu-do-ap-dung.png"
    assert asked[0][5].startswith("Bieu-do-")  # a proposed name without accents, with the day
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 2000
    image = QImage(str(png))
    canvas = page.tool_chart.canvas
    ratio = canvas.devicePixelRatioF()
    assert not image.isNull()
    assert (image.width(), image.height()) == (round(canvas.width() * ratio), round(canvas.height() * ratio))
    assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 4)}) > 2  # not blank

    # A new lượt with 5S for another enterprise, entered on the supports page: the 5S bar grows.
    supports_page = open_page_again(app, idle, "supports")
    supports_page.add_button.click()
    idle(app)
    dlg = supports_page.dialog
    pick_enterprise(qtbot, app, idle, dlg.picker, ENTERPRISES["E2"][0])
    dlg.types.set_checked("system_tool")
    dlg.tools.set_checked("5S")
    dlg.status_box.setCurrentIndex(dlg.status_box.findData("in_progress"))
    dlg.start.setText(f"{date.today():%d/%m/%Y}")
    dlg.save_button.click()
    idle(app)
    assert closed(dlg)
    page = open_page_again(app, idle, "metrics")
    grown = adoption(extra=[("E2", ["5S"], None, "in_progress")])
    assert grown["5S"] == want["5S"] + 1
    assert drawn(page.tool_chart) == {TOOL_NAMES[t]: n for t, n in grown.items()}
