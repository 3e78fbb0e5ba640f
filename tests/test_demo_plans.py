"""The demo data set gives the dashboard plans, activities, statistics and task progress to show."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from nsdesk.models import Activity, IndicatorValue, Plan, PlanTask, Target, TaskNote
from nsdesk.services.common import office
from nsdesk.services.demo import generate as demo
from nsdesk.services.demo import plans as demo_plans
from nsdesk.services.plans import plans, progress, tasks


def _snapshot(s):
    return (
        sorted((p.code, p.parent_id is not None) for p in s.scalars(select(Plan))),
        sorted((a.kind, a.title, a.held_on, a.quantity, a.commune_code) for a in s.scalars(select(Activity))),
        sorted((v.indicator, v.territory_code, v.year, v.value) for v in s.scalars(select(IndicatorValue))),
        sorted((t.number, t.status) for t in s.scalars(select(PlanTask))),
    )


def test_demo_makes_the_office_plans_with_activities_and_statistics(session):
    demo.generate(session, enterprises=300, seed=5)
    codes = {p.code: p for p in session.scalars(select(Plan))}
    # Office Quảng Ngãi / Phường Đăk Cấm: the ward plan, the province plan it implements, and 36/QĐ-TTg.
    assert set(codes) == {"VN-36-2021", "QN-138-2025", "DAKCAM-2025"}
    assert codes["DAKCAM-2025"].parent_id == codes["QN-138-2025"].id
    assert codes["QN-138-2025"].parent_id == codes["VN-36-2021"].id

    kinds = {a.kind for a in session.scalars(select(Activity))}
    assert {"productivity_club", "training_programme", "communication"} <= kinds
    values = list(session.scalars(select(IndicatorValue)))
    assert {v.indicator for v in values} == {"labour_productivity_growth", "tfp_contribution"}
    assert all(v.source and v.territory_code == "51" and v.year < date.today().year for v in values)

    # The dashboard has something to show: counted activities, statistics with a value, overdue tasks.
    result = {t.code: t for t in progress.progress(session, "QN-138-2025", date.today()).targets}
    assert result["TRAINING-2030"].achieved >= 1
    assert result["LP-2030"].achieved is not None and result["LP-2030"].status != "no_data"
    assert tasks.overdue_tasks(session, date.today(), "QN-138-2025")
    assert session.scalar(select(func.count()).select_from(TaskNote)) >= 1


def test_demo_plans_are_deterministic_and_replaced(db):
    snaps = []
    for _ in range(2):
        with db.sessions.begin() as s:
            demo.generate(s, enterprises=300, seed=9)
        with db.sessions() as s:
            snaps.append(_snapshot(s))
    assert snaps[0] == snaps[1]
    assert len(snaps[0][0]) == 3  # generated twice, still one of each plan

    with db.sessions.begin() as s:
        demo.clear_demo(s)
    with db.sessions() as s:
        for model in (Plan, Target, PlanTask, TaskNote, Activity, IndicatorValue):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model


def test_a_plan_of_the_user_is_kept_and_reused(db):
    with db.sessions.begin() as s:
        mine = plans.create_from_template(s, "QN-138-2025")
        mine.title = "Kế hoạch của tôi"
    with db.sessions.begin() as s:
        demo.generate(s, enterprises=100, seed=2)
    with db.sessions() as s:
        qn = plans.find_plan(s, "QN-138-2025")
        assert qn.title == "Kế hoạch của tôi"
        assert plans.find_plan(s, "DAKCAM-2025").parent_id == qn.id
    with db.sessions.begin() as s:
        demo.clear_demo(s)
    with db.sessions() as s:
        assert [p.code for p in s.scalars(select(Plan))] == ["QN-138-2025"]
        assert s.scalar(select(func.count()).select_from(Target)) == 5


def test_an_office_without_a_template_gets_the_quang_ngai_plans():
    hanoi = demo_plans._fitting_templates(office.Office(province_code="01", commune_code=None))
    assert hanoi == ["VN-36-2021", "QN-138-2025", "DAKCAM-2025"]
    vinh_long = demo_plans._fitting_templates(office.Office(province_code="86"))
    assert vinh_long == ["VN-36-2021", "VINHLONG-3064-2023"]
