"""Editing and deleting a plan, and the free code proposed for a new one, on every backend."""

from __future__ import annotations

from datetime import date

import pytest
from pilot_helpers import make_enterprise, make_support
from sqlalchemy import func, select

from nsdesk.errors import InputError
from nsdesk.models import (
    Activity,
    Change,
    Enterprise,
    Measurement,
    PilotProject,
    Plan,
    PlanTask,
    PlanTerritoryUnit,
    Support,
    Target,
    TaskNote,
)
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import projects
from nsdesk.services.plans import activities, plans, tasks

pytestmark = pytest.mark.db


def _count(session, model, **where) -> int:
    stmt = select(func.count()).select_from(model)
    for key, value in where.items():
        stmt = stmt.where(getattr(model, key) == value)
    return session.scalar(stmt)


def test_free_code_is_the_template_code_until_taken_then_numbered(session):
    assert plans.free_code(session, "DAKCAM-2025") == "DAKCAM-2025"
    plans.create_from_template(session, "DAKCAM-2025")
    assert plans.free_code(session, "DAKCAM-2025") == "DAKCAM-2025-2"
    plans.create_from_template(session, "DAKCAM-2025", "dakcam-2025-2")
    assert plans.free_code(session, "DAKCAM-2025") == "DAKCAM-2025-3"
    long = "X" * plans.CODE_MAX
    plans.create_from_template(session, "DAKCAM-2025", long)
    free = plans.free_code(session, long)
    assert len(free) <= plans.CODE_MAX and free.endswith("-2")


def test_update_plan_changes_its_own_fields_and_records_them(session):
    plans.create_from_template(session, "DAKCAM-2025")
    code = plans.update_plan(session, "dakcam-2025", {
        "code": "DAKCAM-KH-2025", "title": "  Kế hoạch năng suất phường Đăk Cấm  ", "doc_number": "12/KH-UBND",
        "doc_date": "05/03/2025", "start_year": "2025", "end_year": "2030"})
    session.commit()
    plan = plans.find_plan(session, code)
    assert (plan.code, plan.title, plan.doc_number, plan.doc_date) == (
        "DAKCAM-KH-2025", "Kế hoạch năng suất phường Đăk Cấm", "12/KH-UBND", date(2025, 3, 5))
    fields = set(session.scalars(select(Change.field).where(Change.entity == "plan", Change.action == "update")))
    assert {"code", "title", "doc_number", "doc_date"} <= fields
    assert _count(session, Target, plan_id=plan.id) == 3  # its targets followed the renamed plan


def test_update_plan_refuses_wrong_fields_and_changes_nothing(session):
    plans.create_from_template(session, "QN-138-2025")
    plans.create_from_template(session, "DAKCAM-2025")
    session.commit()
    with pytest.raises(FormError) as err:
        plans.update_plan(session, "DAKCAM-2025", {"code": "qn-138-2025", "title": " ", "doc_date": "31/02/2025",
                                                   "start_year": "2026", "end_year": "2024"})
    errors = err.value.errors
    assert "«QN-138-2025-2»" in errors["code"]
    assert "tên kế hoạch" in errors["title"]
    assert "dd/mm/yyyy" in errors["doc_date"]
    assert "trước năm bắt đầu" in errors["end_year"]
    session.rollback()
    plan = plans.find_plan(session, "DAKCAM-2025")
    assert plan.start_year == 2025 and plan.title.strip()


def test_delete_plan_removes_only_the_plan_its_targets_and_tasks(session):
    parent = plans.create_from_template(session, "QN-138-2025")
    plan = plans.create_from_template(session, "DAKCAM-2025")
    assert plan.parent_id == parent.id
    other = plans.create_from_template(session, "DAKCAM-2025", "DAKCAM-2025-B")
    ent = make_enterprise(session, "0100109106")
    project = projects.create_project(session, {"code": "DA-1", "name": "Mô hình điểm Lean", "status": "approved",
                                                "plan_code": "QN-138-2025"})
    support = make_support(session, ent, project=project.code)
    activity = activities.create_activity(session, {"kind": "Câu lạc bộ năng suất", "title": "Ra mắt CLB",
                                                    "held_on": "15/03/2025", "quantity": "1",
                                                    "plan": "QN-138-2025", "enterprise_ids": [ent.id]})
    task = session.scalars(select(PlanTask).where(PlanTask.plan_id == parent.id)).first()
    tasks.set_status(session, task.id, "in_progress", "Đang làm", date(2025, 4, 1))
    session.commit()
    before = {m: _count(session, m) for m in (Enterprise, Support, Measurement, PilotProject, Activity)}
    other_targets = _count(session, Target, plan_id=other.id)

    usage = plans.plan_usage(session, "QN-138-2025")
    assert (usage.projects, usage.activities, usage.child_plans) == (1, 1, 2) and usage.linked
    assert usage.targets == 5 and usage.tasks > 0

    gone = plans.delete_plan(session, "qn-138-2025")
    session.commit()
    assert gone == usage
    assert plans.find_plan(session, "QN-138-2025") is None
    assert _count(session, Target, plan_id=parent.id) == 0
    assert _count(session, PlanTask, plan_id=parent.id) == 0
    assert _count(session, TaskNote, task_id=task.id) == 0
    assert _count(session, PlanTerritoryUnit, plan_id=parent.id) == 0
    assert {m: _count(session, m) for m in before} == before  # enterprises, lượt, projects, activities stay
    assert session.get(PilotProject, project.id).plan_id is None
    assert session.get(Activity, activity.id).plan_id is None
    assert session.get(Support, support.id).enterprise_id == ent.id
    assert session.get(Plan, plan.id).parent_id is None  # the ward plan stays, unlinked
    assert _count(session, Target, plan_id=other.id) == other_targets
    assert session.scalar(select(func.count()).select_from(Change).where(
        Change.entity == "plan", Change.action == "delete")) == 1


def test_delete_or_edit_unknown_plan_is_a_clear_message(session):
    for call in (lambda: plans.delete_plan(session, "KHONG-CO"), lambda: plans.update_plan(session, "KHONG-CO", {})):
        with pytest.raises(InputError) as err:
            call()
        assert "Không có kế hoạch mã «KHONG-CO»" in err.value.message
