"""The Tổng quan dashboard as an officer sees it, checked against the progress services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialogButtonBox

from nsdesk.services.demo import generate as demo
from nsdesk.services.pilots import supports
from nsdesk.services.plans import progress, tasks

PLAN = "QN-138-2025"


@pytest.fixture
def demo_file(sqlite_file, read_db):
    with read_db(f"sqlite:///{sqlite_file}") as s:
        demo.generate(s, enterprises=300, seed=21)
        s.commit()
    return sqlite_file


def open_dashboard(make_app, idle, path, plan: str | None = PLAN):
    app = make_app(str(path))
    dash = app.window.page("overview").dashboard
    idle(app)
    if plan is not None:
        dash.plan_combo.setCurrentIndex(dash.plan_combo.findData(plan))
        idle(app)
    return app, dash


def expected_status(t) -> str:
    return progress.status_label(t.status) + (" — vượt chỉ tiêu" if t.exceeded else "")


def test_default_plan_is_the_office_ward_plan(make_app, idle, demo_file):
    _app, dash = open_dashboard(make_app, idle, demo_file, plan=None)
    assert dash.plan_code() == "DAKCAM-2025"  # office: Phường Đăk Cấm
    assert dash.as_of_date() == date.today()
    assert dash.as_of.displayFormat() == "dd/MM/yyyy"
    assert dash.pace.text() == progress.pace_rule_text()


def test_one_bar_per_target_with_the_status_of_the_services(make_app, idle, demo_file, read_db):
    _app, dash = open_dashboard(make_app, idle, demo_file)
    with read_db(f"sqlite:///{demo_file}") as s:
        result = progress.progress(s, PLAN, date.today())
    assert list(dash.bars) == [t.code for t in result.targets]
    for t in result.targets:
        assert dash.bars[t.code].property("status") == t.status, t.code
        assert dash.statuses[t.code].text() == expected_status(t), t.code
        assert dash.values[t.code].text().startswith(
            f"{t.achieved:g}".replace(".", ",") + " / " if t.achieved is not None else "— / ")
    exceeded = [t.code for t in result.targets if t.exceeded]
    assert exceeded  # demo: more than a range target's maximum
    assert all("vượt chỉ tiêu" in dash.statuses[code].text() for code in exceeded)


def test_a_date_before_the_plan_starts_has_no_data(make_app, idle, demo_file, read_db, qtbot):
    _app, dash = open_dashboard(make_app, idle, demo_file)
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        dash.as_of.setDate(QDate(2024, 6, 30))
    with read_db(f"sqlite:///{demo_file}") as s:
        result = progress.progress(s, PLAN, date(2024, 6, 30))
    assert {t.status for t in result.targets} == {"no_data"}
    assert {dash.bars[t.code].property("status") for t in result.targets} == {"no_data"}
    assert all(dash.statuses[t.code].text() == "Chưa có số liệu" for t in result.targets)
    assert dash.overdue_table.rowCount() == 0  # nothing of the plan is due yet


def test_overdue_tasks_and_expiring_certificates_are_listed(make_app, idle, demo_file, read_db):
    _app, dash = open_dashboard(make_app, idle, demo_file)
    with read_db(f"sqlite:///{demo_file}") as s:
        overdue = tasks.overdue_tasks(s, date.today(), PLAN)
        certs = supports.expiring_certificates(s, date.today())
        expected = [(t.number, t.content) for t in overdue]
    assert expected  # the demo leaves some of the plan's tasks past their due date
    shown = [(dash.overdue_table.item(r, 0).text(), dash.overdue_table.item(r, 1).text())
             for r in range(dash.overdue_table.rowCount())]
    assert shown == expected
    assert f"({len(expected)})" in dash.overdue_box.title()
    assert certs
    shown = [(dash.cert_table.item(r, 1).text(), dash.cert_table.item(r, 2).text()) for r in range(dash.cert_table.rowCount())]
    assert sorted(shown) == sorted((c.cert_number, c.cert_expires.strftime("%d/%m/%Y")) for c in certs)
    days = [date(int(d[6:]), int(d[3:5]), int(d[:2])) for _n, d in shown]
    assert days == sorted(days)  # soonest first


def test_the_chart_draws_the_timeline_of_the_chosen_target(make_app, idle, demo_file, read_db, qtbot):
    _app, dash = open_dashboard(make_app, idle, demo_file)
    assert dash.chart_target == "ENT-PILOT-2030"  # the first counted target
    plot = dash.plot_widget
    with read_db(f"sqlite:///{demo_file}") as s:
        points = progress.timeline(s, PLAN, "ENT-PILOT-2030", date.today()).points
    xs, ys = dash.achieved_curve.getData()
    assert list(ys) == [float(p.achieved) for p in points] and len(xs) == len(points)
    assert list(dash.target_curve.getData()[1]) == [0.0, 5.0]  # linear pace from 0 to the minimum

    # Another target: the same PlotWidget, new data.
    with qtbot.waitSignal(dash.achieved_curve.sigPlotChanged, timeout=10000):
        dash.chart_combo.setCurrentIndex(dash.chart_combo.findData("TRAINING-2030"))
    idle(_app)
    with read_db(f"sqlite:///{demo_file}") as s:
        points = progress.timeline(s, PLAN, "TRAINING-2030", date.today()).points
    assert dash.plot_widget is plot
    assert list(dash.achieved_curve.getData()[1]) == [float(p.achieved) for p in points]


def test_editing_a_target_minimum_updates_the_dashboard(make_app, idle, demo_file, read_db, qtbot):
    app, dash = open_dashboard(make_app, idle, demo_file)
    with read_db(f"sqlite:///{demo_file}") as s:
        achieved = {t.code: t for t in progress.progress(s, PLAN, date.today()).targets}["ENT-PILOT-2030"].achieved
    assert achieved > 0
    assert dash.values["ENT-PILOT-2030"].text() == f"{achieved} / 5–10 doanh nghiệp"
    titles = [app.window.nav.item(i).text() for i in range(app.window.nav.count())]
    app.window.show_page(titles.index("Kế hoạch & chỉ tiêu"))
    page = app.window.page("plans")
    idle(app)
    page.select_plan(PLAN)
    idle(app)
    row = [t.code for t in page.details.targets].index("ENT-PILOT-2030")
    page.open_target_dialog(row)
    dlg = page.dialog
    dlg.minimum.setText(str(achieved + 100))
    dlg.maximum.setText(str(achieved + 200))
    with qtbot.waitSignal(dash.loaded, timeout=10000):
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    idle(app)
    assert dash.values["ENT-PILOT-2030"].text() == f"{achieved} / {achieved + 100}–{achieved + 200} doanh nghiệp"
    assert dash.bars["ENT-PILOT-2030"].property("status") in ("on_track", "at_risk", "behind")
    assert dash.statuses["ENT-PILOT-2030"].text() in ("Đúng tiến độ", "Có nguy cơ chậm", "Chậm tiến độ")


def test_without_a_plan_the_dashboard_says_where_to_make_one(make_app, idle, sqlite_file, qtbot):
    app, dash = open_dashboard(make_app, idle, sqlite_file, plan=None)
    assert dash.plan_combo.count() == 0 and dash.plan_code() is None
    assert "Kế hoạch & chỉ tiêu" in dash.message.text() and dash.message.isVisibleTo(dash)
    assert dash.bars == {} and not dash.chart_box.isVisibleTo(dash)

    # A plan made elsewhere (announced on the change bus) appears without reopening anything.
    from nsdesk.services.plans import plans
    from nsdesk.ui.ops import Changes, Op

    def write(session, _p, _c):
        plans.create_from_template(session, "DAKCAM-2025")
        return Changes.of("plans")

    with qtbot.waitSignal(dash.loaded, timeout=10000):
        Op(app.window, write).run()
    idle(app)
    assert dash.plan_code() == "DAKCAM-2025"
    assert list(dash.bars) == ["LP-2030", "TFP-2030", "ENT-MODEL-2030"]
    status = {code: b.property("status") for code, b in dash.bars.items()}
    # no statistics entered yet; the objective the plan states without a number is never judged
    assert status == {"LP-2030": "no_data", "TFP-2030": "no_data", "ENT-MODEL-2030": "no_quantity"}
