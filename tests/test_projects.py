"""Pilot projects: create, edit, archive, validation messages, history, participants."""

from __future__ import annotations

from datetime import date

import pytest
from pilot_helpers import make_enterprise, make_support, measure
from sqlalchemy import func, select

from nsdesk.models import Change, PilotProject
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import projects

GOOD = {
    "code": "DA-2025-01", "name": "Mô hình điểm áp dụng Lean tại doanh nghiệp chế biến",
    "lead_unit": "UBND phường Đăk Cấm", "partner_units": "Hội Doanh nghiệp phường",
    "provider": "Viện Năng suất Việt Nam", "start_date": "01/03/2025", "end_date": "2026-02-28",
    "status": "approved", "funding_state": "1.234,5", "funding_enterprise": 300, "funding_other": "",
    "description": "Áp dụng Lean, 5S", "evidence_paths": ["/tmp/qd-phe-duyet.pdf"],
}


def _count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def test_create_stores_every_field_and_records_who_created_it(session):
    p = projects.create_project(session, GOOD)
    session.commit()
    got = session.scalar(select(PilotProject).where(PilotProject.code == "DA-2025-01"))
    assert got.name == GOOD["name"]
    assert (got.start_date, got.end_date) == (date(2025, 3, 1), date(2026, 2, 28))
    assert got.funding_state == 1234.5 and got.funding_enterprise == 300 and got.funding_other is None
    assert got.status == "approved" and got.archived is False
    assert got.evidence_paths == ["/tmp/qd-phe-duyet.pdf"]
    change = session.scalar(select(Change).where(Change.entity_uuid == p.uuid))
    assert (change.entity, change.action, change.officer) == ("pilot_project", "create", "Cán bộ Kiểm thử")


def test_bad_input_names_each_field_in_vietnamese_and_writes_nothing(session):
    projects.create_project(session, GOOD)
    before = (_count(session, PilotProject), _count(session, Change))
    bad = {"code": "DA-2025-01", "name": "  ", "start_date": "01/06/2025", "end_date": "31/05/2025",
           "status": "done", "funding_state": "-5", "funding_other": "nhiều"}
    with pytest.raises(FormError) as exc:
        projects.create_project(session, bad)
    errors = exc.value.errors
    assert set(errors) == {"code", "name", "end_date", "status", "funding_state", "funding_other"}
    assert "đã được dùng" in errors["code"]
    assert errors["name"] == "Hãy nhập tên dự án."
    assert "sau ngày bắt đầu" in errors["end_date"]
    assert "Đang thực hiện" in errors["status"]  # lists the allowed choices by their Vietnamese labels
    assert "không được nhỏ hơn 0" in errors["funding_state"]
    assert "không phải là số" in errors["funding_other"]
    assert (_count(session, PilotProject), _count(session, Change)) == before
    # The same messages are available for live form validation, without raising.
    assert projects.project_errors(session, bad) == errors
    assert projects.project_errors(session, {**GOOD, "code": "DA-2025-02"}) == {}


def test_update_changes_only_given_fields_and_logs_old_and_new(session):
    p = projects.create_project(session, GOOD)
    projects.update_project(session, "DA-2025-01", {"status": "in_progress", "name": GOOD["name"],
                                                    "funding_state": 2000})
    rows = session.scalars(select(Change).where(Change.entity_uuid == p.uuid, Change.action == "update")
                           .order_by(Change.field)).all()
    assert [(c.field, c.old_value, c.new_value) for c in rows] == [
        ("funding_state", "1234.5", "2000"), ("status", "approved", "in_progress")]
    assert p.lead_unit == GOOD["lead_unit"]  # untouched
    # Editing the end date before the stored start is refused and keeps the stored value.
    with pytest.raises(FormError) as exc:
        projects.update_project(session, p.uuid, {"end_date": "2024-12-31"})
    assert set(exc.value.errors) == {"end_date"}
    assert p.end_date == date(2026, 2, 28)
    # Keeping its own code is not a clash.
    projects.update_project(session, p, {"code": "DA-2025-01"})


def test_archive_hides_from_list_and_restores(session):
    projects.create_project(session, GOOD)
    projects.create_project(session, {**GOOD, "code": "DA-2025-02", "name": "Dự án thứ hai"})
    p = projects.archive_project(session, "DA-2025-01")
    assert [r.code for r in projects.list_projects(session)] == ["DA-2025-02"]
    assert [r.code for r in projects.list_projects(session, include_archived=True)] == ["DA-2025-01", "DA-2025-02"]
    actions = session.scalars(select(Change.action).where(Change.entity_uuid == p.uuid)).all()
    assert "archive" in actions
    projects.archive_project(session, p, archived=False)
    assert len(projects.list_projects(session)) == 2


def test_an_archived_project_takes_no_new_support(session):
    projects.create_project(session, GOOD)
    projects.archive_project(session, "DA-2025-01")
    ent = make_enterprise(session, "5100000001")
    with pytest.raises(FormError) as exc:
        make_support(session, ent, project="DA-2025-01")
    assert "đã lưu trữ" in exc.value.errors["project"]


def test_participants_list_tools_statuses_and_mean_improvement(session):
    projects.create_project(session, GOOD)
    a = make_enterprise(session, "5100000001", name="Công ty A")
    b = make_enterprise(session, "5100000002", name="Công ty B")
    s1 = make_support(session, a, project="DA-2025-01", tools=["LEAN"])
    s2 = make_support(session, a, project="DA-2025-01", tools=["5S"], status="in_progress", end_date=None)
    make_support(session, b, project="DA-2025-01", tools=["KAIZEN"], status="cancelled")
    make_support(session, b, tools=["ISO9001"])  # not in the project
    for s, before, after in ((s1, 8.0, 6.0), (s2, 5.0, 4.5)):
        measure(session, support=s, metric="defect_rate", phase="before", value=before, on="2024-01-01")
        measure(session, support=s, metric="defect_rate", phase="after", value=after, on="2024-08-01")
    got = {p.name: p for p in projects.project_participants(session, "DA-2025-01")}
    assert set(got) == {"Công ty A", "Công ty B"}
    assert got["Công ty A"].supports == 2 and got["Công ty A"].tools == ["LEAN", "5S"]
    assert sorted(got["Công ty A"].statuses) == ["completed", "in_progress"]
    # Defect rate falling is an improvement: (8−6)/8 = 25 %, (5−4.5)/5 = 10 %; mean 17.5 %.
    assert got["Công ty A"].improvements["defect_rate"] == pytest.approx(17.5)
    assert got["Công ty B"].tools == ["KAIZEN"] and got["Công ty B"].statuses == ["cancelled"]
    rows = {r.code: r for r in projects.list_projects(session)}
    # The list counts by the one rule: B's cancelled lượt is listed among participants but not counted.
    assert (rows["DA-2025-01"].supports, rows["DA-2025-01"].enterprises) == (2, 1)


def test_project_belongs_to_a_plan_named_by_code(session):
    from nsdesk.models import Plan

    plan = Plan(code="KH-DAKCAM-2025", title="Kế hoạch nâng cao năng suất phường Đăk Cấm", level="commune",
                start_year=2025, end_year=2030)
    session.add(plan)
    session.flush()
    p = projects.create_project(session, {**GOOD, "plan_code": "KH-DAKCAM-2025"})
    assert p.plan_id == plan.id
    with pytest.raises(FormError) as exc:
        projects.update_project(session, p, {"plan_code": "KH-KHONG-CO"})
    assert "Không tìm thấy kế hoạch" in exc.value.errors["plan_code"]
    projects.update_project(session, p, {"plan_code": ""})
    assert p.plan_id is None
