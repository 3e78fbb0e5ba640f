"""Demo pilot projects belong to the office's plan (the plan of its ward), not to no plan at all."""

from __future__ import annotations

from sqlalchemy import select

from nsdesk.models import PilotProject, Plan
from nsdesk.services.common import office
from nsdesk.services.demo import generate as demo
from nsdesk.services.pilots import projects
from nsdesk.services.plans import plans


def project_plans(s) -> dict[str, str | None]:
    return dict(s.execute(select(PilotProject.code, Plan.code).outerjoin(Plan, Plan.id == PilotProject.plan_id)).all())


def test_demo_projects_are_under_the_office_ward_plan(db):
    with db.sessions.begin() as s:
        demo.generate(s, enterprises=300, seed=5)
    with db.sessions() as s:
        linked = project_plans(s)
        ward = office.get_office(s).commune_code
        assert ward == "23284"  # Phường Đăk Cấm, the test office
        [ward_plan] = [p for p in s.scalars(select(Plan)) if p.territory_code == ward]
        assert ward_plan.code == "DAKCAM-2025"
        assert len(linked) >= 3 and set(linked.values()) == {"DAKCAM-2025"}
        # The project page shows the plan it belongs to.
        p = projects.find_project(s, next(iter(linked)))
        assert s.get(Plan, p.plan_id).code == "DAKCAM-2025"


def test_a_plan_the_officer_set_is_kept_and_the_demo_can_be_made_again(db):
    with db.sessions.begin() as s:
        demo.generate(s, enterprises=300, seed=5)
    with db.sessions.begin() as s:
        first = sorted(project_plans(s))
        mine = plans.create_from_template(s, "VN-36-2021") if plans.find_plan(s, "VN-36-2021") is None else \
            plans.find_plan(s, "VN-36-2021")
        projects.update_project(s, first[0], {"plan_code": mine.code})
    with db.sessions() as s:
        linked = project_plans(s)
    assert linked[first[0]] == "VN-36-2021"
    assert {c: v for c, v in linked.items() if c != first[0]} == {c: "DAKCAM-2025" for c in first[1:]}

    with db.sessions.begin() as s:  # a new demo replaces the demo projects; they get the ward plan again
        demo.generate(s, enterprises=300, seed=6)
    with db.sessions() as s:
        again = project_plans(s)
    assert again and set(again.values()) == {"DAKCAM-2025"}
