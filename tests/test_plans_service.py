"""Creating plans from the shipped templates, on every database backend."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from nsdesk.errors import InputError
from nsdesk.models import Plan, PlanTask, PlanTerritoryUnit, Target
from nsdesk.services.plans import plans, templates


def _count(session, model, **where):
    stmt = select(func.count()).select_from(model)
    for key, value in where.items():
        stmt = stmt.where(getattr(model, key) == value)
    return session.scalar(stmt)


def test_quang_ngai_plan_with_targets_tasks_and_territory(session):
    plan = plans.create_from_template(session, "QN-138-2025")
    session.commit()
    plan = session.get(Plan, plan.id)
    assert (plan.code, plan.template_code, plan.is_template) == ("QN-138-2025", "QN-138-2025", False)
    assert (plan.level, plan.start_year, plan.end_year, plan.territory_code) == ("province", 2025, 2030, "51")
    assert plan.doc_number is None and plan.doc_date is None  # blank in the document
    assert "138/KH-UBND" in plan.note and ".txt" not in plan.note
    assert plan.parent_id is None  # no national plan in this database yet

    targets = list(session.scalars(select(Target).where(Target.plan_id == plan.id).order_by(Target.sort_order)))
    assert [t.code for t in targets] == ["LP-2030", "TFP-2030", "ENT-PILOT-2030", "TRAINING-2030", "STUDENT-CLUB-2030"]
    pilot = targets[2]
    assert (pilot.kind, pilot.milestone, pilot.comparator, pilot.min_value, pilot.max_value) == (
        "distinct_enterprises", 2030, "range", 5, 10)
    assert pilot.rule["requires_project"] is True and pilot.rule["statuses"] == ["in_progress", "completed"]
    assert pilot.text_as_written.startswith("Có khoảng 05 - 10 doanh nghiệp")
    assert pilot.rule_text and "hủy" in pilot.rule_text

    tasks = list(session.scalars(select(PlanTask).where(PlanTask.plan_id == plan.id).order_by(PlanTask.sort_order)))
    assert len(tasks) == 27
    assert [t.number for t in tasks[:5]] == ["I", "1", "1.1", "2", "3"]
    assert (tasks[2].time_frame, tasks[2].due_date) == ("Tháng 12/2025", date(2025, 12, 31))
    assert (tasks[3].time_frame, tasks[3].due_date, tasks[3].note) == (
        "Thường xuyên", None, "Sau khi được Bộ Khoa học và Công nghệ công hướng dẫn")
    assert all(t.status == "not_started" for t in tasks)
    units = session.scalars(select(PlanTerritoryUnit.unit_code).where(PlanTerritoryUnit.plan_id == plan.id))
    assert list(units) == ["51"]


def test_old_city_plan_maps_to_current_wards_and_says_it_contributes(session):
    plan = plans.create_from_template(session, "THUANAN-2021")
    session.flush()
    assert plan.territory_name == "Thành phố Thuận An, tỉnh Bình Dương" and plan.territory_code == "79"
    assert plan.doc_date == date(2021, 11, 18)
    units = set(session.scalars(select(PlanTerritoryUnit.unit_code).where(PlanTerritoryUnit.plan_id == plan.id)))
    assert units == {"25966", "25969", "25975", "25978", "25987"}
    tfp = session.scalars(select(Target).where(Target.plan_id == plan.id, Target.code == "TFP-2025")).one()
    assert tfp.contributes is True and "Bình Dương" in tfp.contributes_note
    expert = session.scalars(select(Target).where(Target.plan_id == plan.id, Target.code == "EXPERT-2025")).one()
    assert (expert.comparator, expert.min_value, expert.tolerance, expert.rule["activity_kind"]) == (
        "about", 1, 0, "certified_expert")
    iso = session.scalars(select(PlanTask).where(PlanTask.plan_id == plan.id, PlanTask.content.like("%ISO 9001%"))).one()
    assert iso.time_frame == "Hàng năm" and iso.due_date is None


def test_parent_links_follow_the_templates(session):
    national = plans.create_from_template(session, "VN-36-2021")
    province = plans.create_from_template(session, "QN-138-2025", "QN-KH-TINH")
    ward = plans.create_from_template(session, "DAKCAM-2025")
    session.flush()
    assert province.parent_id == national.id
    assert ward.parent_id == province.id  # found by template, whatever code the user gave it
    assert _count(session, Target, plan_id=national.id) == 0  # national figures are the user's to enter
    result = plans.plan_json(session, ward)
    assert result["parent"] == "QN-KH-TINH" and result["template"] == "DAKCAM-2025"
    assert [t["code"] for t in result["targets"]] == ["LP-2030", "TFP-2030", "ENT-MODEL-2030"]
    assert result["targets"][0]["contributes"] is True


def test_city_plan_links_to_its_provincial_parent_when_present(session):
    bd = plans.create_from_template(session, "BINHDUONG-2109-2021")
    ta = plans.create_from_template(session, "THUANAN-2021")
    session.flush()
    assert ta.parent_id == bd.id and bd.doc_number == "2109/QĐ-UBND"
    assert _count(session, Target, plan_id=bd.id) == 0


def test_every_template_can_be_created_in_one_database(session):
    for summary in templates.list_templates():
        plans.create_from_template(session, summary.code)
    session.flush()
    assert _count(session, Plan) == 7
    assert _count(session, Target) == 3 + 8 + 7 + 6 + 5
    assert _count(session, PlanTask) == 27 + 11 + 3 + 2


def test_duplicate_code_is_refused_and_changes_nothing(session):
    plans.create_from_template(session, "DAKCAM-2025")
    session.commit()
    before = (_count(session, Plan), _count(session, Target), _count(session, PlanTask), _count(session, PlanTerritoryUnit))
    for code in (None, "dakcam-2025", "  DAKCAM-2025 "):
        with pytest.raises(InputError) as err:
            plans.create_from_template(session, "DAKCAM-2025", code)
        assert "Đã có kế hoạch mã" in err.value.message and "«dakcam-2025-2»" in err.value.hint.lower()
        assert "--" not in err.value.hint  # no command-line flag in a message the app shows
    session.rollback()
    after = (_count(session, Plan), _count(session, Target), _count(session, PlanTask), _count(session, PlanTerritoryUnit))
    assert after == before
    second = plans.create_from_template(session, "dakcam-2025", "DAKCAM-2025-B")  # template code ignores case
    assert second.code == "DAKCAM-2025-B" and second.template_code == "DAKCAM-2025"


@pytest.mark.parametrize(
    ("template", "code", "message"),
    [
        ("KHONG-CO", None, "Không có mẫu kế hoạch «KHONG-CO»"),
        ("QN-138-2025", "   ", "Mã kế hoạch mới đang để trống"),
        ("QN-138-2025", "X" * 61, "dài quá 60 ký tự"),
    ],
)
def test_bad_input_says_what_to_fix(session, template, code, message):
    with pytest.raises(InputError) as err:
        plans.create_from_template(session, template, code)
    assert message in err.value.message
    assert err.value.hint
    assert _count(session, Plan) == 0


def test_database_without_reference_units_is_refused(db_url):
    from nsdesk.db import open_database
    from nsdesk.services.common import schema

    db = open_database(db_url)
    try:
        schema.upgrade(db)
        with db.sessions() as s:
            with pytest.raises(InputError) as err:
                plans.create_from_template(s, "THUANAN-2021")
            assert "nsdesk init" in err.value.hint
            s.rollback()
            assert _count(s, Plan) == 0
            # The national plan names no unit, so it needs none.
            assert plans.create_from_template(s, "VN-36-2021").territory_code is None
    finally:
        db.dispose()
