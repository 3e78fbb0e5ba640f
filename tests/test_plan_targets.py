"""Editing and adding plan targets: what changes, what is refused, and how progress then counts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from nsdesk.models import Change, IndicatorValue, Target
from nsdesk.services.common.forms import FormError
from nsdesk.services.plans import plans, progress
from nsdesk.services.plans import targets as plan_targets


def test_update_a_target_and_refuse_a_wrong_range(session):
    plans.create_from_template(session, "QN-138-2025")
    changed = plan_targets.update_target(session, "QN-138-2025", "ENT-PILOT-2030",
                                         {"title": "Doanh nghiệp làm mô hình điểm", "min": "6", "max": "12,0"})
    assert sorted(changed) == ["max_value", "min_value", "title"]
    t = {t.code: t for t in progress.progress(session, "QN-138-2025", date(2026, 6, 30)).targets}["ENT-PILOT-2030"]
    assert (t.title, t.min, t.max) == ("Doanh nghiệp làm mô hình điểm", 6, 12)
    assert session.scalar(select(func.count()).select_from(Change).where(Change.entity == "target")) == 3

    with pytest.raises(FormError) as err:
        plan_targets.update_target(session, "QN-138-2025", "ENT-PILOT-2030", {"min": "9", "max": "8"})
    assert "Mức tối đa 8 nhỏ hơn mức tối thiểu 9" in err.value.errors["max"]
    with pytest.raises(FormError) as err:
        plan_targets.update_target(session, "QN-138-2025", "LP-2030", {"comparator": "range", "milestone": "20xx"})
    assert set(err.value.errors) == {"milestone"}
    t = {t.code: t for t in progress.progress(session, "QN-138-2025", date(2026, 6, 30)).targets}["ENT-PILOT-2030"]
    assert (t.min, t.max) == (6, 12)  # unchanged


def test_a_statistic_target_milestone_moves_its_last_year(session):
    plans.create_from_template(session, "DAKCAM-2025")
    plan_targets.update_target(session, "DAKCAM-2025", "LP-2030", {"milestone": 2028})
    t = {t.code: t for t in progress.progress(session, "DAKCAM-2025", date(2026, 6, 30)).targets}["LP-2030"]
    assert t.milestone == 2028 and t.window_end == date(2028, 12, 31)


def test_add_targets_to_the_national_plan_and_count_them(session):
    plans.create_from_template(session, "VN-36-2021")
    assert progress.progress(session, "VN-36-2021", date(2026, 6, 30)).targets == []
    plan_targets.create_target(session, "VN-36-2021", {
        "code": "LP-2030", "title": "Tăng năng suất lao động bình quân", "kind": "statistic", "milestone": 2030,
        "comparator": "yearly_rate", "min": "6,5", "unit": "%/năm", "indicator": "labour_productivity_growth"})
    plan_targets.create_target(session, "VN-36-2021", {
        "code": "CLUB", "title": "Câu lạc bộ năng suất", "kind": "activities", "milestone": 2030,
        "comparator": "at_least", "min": "3", "activity_kind": "productivity_club"})
    session.add(IndicatorValue(indicator="labour_productivity_growth", territory_code=None, year=2022, value=7.0,
                               source="Tổng cục Thống kê"))
    session.flush()
    result = {t.code: t for t in progress.progress(session, "VN-36-2021", date(2026, 6, 30)).targets}
    assert list(result) == ["LP-2030", "CLUB"]
    assert result["CLUB"].achieved == 0 and result["CLUB"].min == 3
    assert result["LP-2030"].window_start == date(2021, 1, 1) and result["LP-2030"].achieved == 7.0
    assert "Câu lạc bộ năng suất" in session.scalar(select(Target.rule_text).where(Target.code == "CLUB"))

    with pytest.raises(FormError) as err:
        plan_targets.create_target(session, "VN-36-2021", {
            "code": "club", "title": "", "kind": "activities", "milestone": 2030, "comparator": "at_least",
            "activity_kind": "nothing"})
    assert {"code", "title", "activity_kind"} <= set(err.value.errors)
    assert session.scalar(select(func.count()).select_from(Target)) == 2
