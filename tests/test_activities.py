"""The activities register: create, edit, delete, validation in Vietnamese, and what targets count."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from test_progress_helpers import DAK_CAM, enterprise, plan, target

from nsdesk.models import Activity, ActivityEnterprise, Change
from nsdesk.services.common.forms import FormError
from nsdesk.services.plans import activities
from nsdesk.services.plans.progress import progress


def _count(session, model):
    return session.scalar(select(func.count()).select_from(model))


def test_create_edit_delete_and_count_toward_a_target(session):
    p = plan(session, "KH-DC")
    target(session, p, "CLB", "activities", rule={"activity_kind": "productivity_club"}, min=1)
    e1, e2 = enterprise(session), enterprise(session)
    a = activities.create_activity(session, {
        "kind": "Câu lạc bộ năng suất", "title": "  Ra mắt CLB  năng suất phường ", "held_on": "15/03/2025",
        "unit_in_charge": "UBND phường Đăk Cấm", "quantity": "25", "commune": "Đăk Cấm", "plan": "kh-dc",
        "enterprise_ids": [e1.id, e2.id, e1.id],
    })
    assert (a.kind, a.title, a.held_on, a.quantity, a.commune_code, a.plan_id) == (
        "productivity_club", "Ra mắt CLB năng suất phường", date(2025, 3, 15), 25, DAK_CAM, p.id)
    assert activities.enterprise_ids(session, a.id) == sorted([e1.id, e2.id])
    assert {t.code: t.achieved for t in progress(session, "KH-DC", date(2025, 12, 31)).targets} == {"CLB": 1}

    changed = activities.update_activity(session, a.id, {"quantity": 30, "enterprise_ids": [e2.id], "title": "Ra mắt CLB năng suất phường"})
    assert sorted(changed) == ["enterprises", "quantity"]
    assert activities.enterprise_ids(session, a.id) == [e2.id]
    rows = activities.list_activities(session, plan_code="KH-DC")
    assert [(r.activity.id, r.enterprise_ids, r.plan_code) for r in rows] == [(a.id, [e2.id], "KH-DC")]
    assert session.scalar(select(func.count()).select_from(Change).where(Change.entity_uuid == a.uuid)) > 0

    activities.delete_activity(session, a.id)
    assert _count(session, Activity) == 0 and _count(session, ActivityEnterprise) == 0
    assert progress(session, "KH-DC", date(2025, 12, 31)).targets[0].achieved == 0


def test_bad_input_names_each_field_and_writes_nothing(session):
    with pytest.raises(FormError) as err:
        activities.create_activity(session, {
            "kind": "hội chợ", "title": " ", "held_on": "31/02/2025", "quantity": "-3",
            "commune": "Không Có Phường Này", "plan": "KHONG-CO", "enterprise_ids": [999999],
        })
    errors = err.value.errors
    assert set(errors) == {"kind", "title", "held_on", "quantity", "commune_code", "plan_id", "enterprise_ids"}
    assert "Câu lạc bộ năng suất" in errors["kind"]  # lists the kinds to choose from
    assert "Hãy nhập tên hoạt động" in errors["title"]
    assert "dd/mm/yyyy" in errors["held_on"]
    assert "số nguyên" in errors["quantity"]
    assert "999999" in errors["enterprise_ids"]
    assert _count(session, Activity) == 0
    with pytest.raises(FormError) as err:
        activities.create_activity(session, {"kind": "workshop", "title": "Hội thảo"})
    assert set(err.value.errors) == {"held_on"}  # undated activities could never be counted


def test_edit_keeps_untouched_fields_and_validates(session):
    a = activities.create_activity(session, {"kind": "certified_expert", "title": "Chuyên gia năng suất",
                                             "held_on": date(2025, 5, 1), "quantity": 2})
    with pytest.raises(FormError):
        activities.update_activity(session, a.id, {"quantity": "hai"})
    assert session.get(Activity, a.id).quantity == 2
    assert activities.update_activity(session, a.id, {"held_on": "2025-06-01"}) == ["held_on"]
    assert (a.quantity, a.title, a.held_on) == (2, "Chuyên gia năng suất", date(2025, 6, 1))
    with pytest.raises(Exception, match="Không tìm thấy hoạt động số 424242"):
        activities.delete_activity(session, 424242)
