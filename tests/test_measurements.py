"""Measurements: direction-aware improvement, computed labour productivity, plausibility flags."""

from __future__ import annotations

from datetime import date

import pytest
from pilot_helpers import make_enterprise, make_support, measure
from sqlalchemy import func, select

from nsdesk.models import Measurement, Metric
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import measurements as ms


def _values(session, enterprise, code):
    metric = session.scalar(select(Metric).where(Metric.code == code))
    return {(m.phase, m.measured_on): m.value for m in session.scalars(
        select(Measurement).where(Measurement.enterprise_id == enterprise.id, Measurement.metric_id == metric.id))}


def test_improvement_honours_direction():
    up = ms.improvement(100.0, 120.0, higher_is_better=True)
    assert (up.absolute, up.percent, up.improved) == (20.0, 20.0, True)
    fewer_defects = ms.improvement(5.0, 3.0, higher_is_better=False)  # a falling defect rate is better
    assert fewer_defects.change == -2.0
    assert fewer_defects.absolute == 2.0 and fewer_defects.percent == pytest.approx(40.0)
    assert fewer_defects.improved is True
    more_defects = ms.improvement(2.0, 2.5, higher_is_better=False)
    assert more_defects.absolute == -0.5 and more_defects.percent == pytest.approx(-25.0)
    assert more_defects.improved is False
    assert ms.improvement(0.0, 4.0).percent is None
    assert ms.improvement(3.0, 3.0).improved is None


def test_pairs_use_earliest_baseline_and_latest_follow_up(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent)
    measure(session, support=s, metric="lead_time", phase="before", value=30, on="2024-01-05")
    measure(session, support=s, metric="lead_time", phase="before", value=28, on="2024-01-20")
    measure(session, support=s, metric="lead_time", phase="after", value=24, on="2024-07-01")
    measure(session, support=s, metric="lead_time", phase="after", value=21, on="2024-12-01")
    [pair] = ms.pairs(session, enterprise_ids=[ent.id])
    assert (pair.before.value, pair.after.value) == (30, 21)
    assert pair.improvement.percent == pytest.approx(30.0)  # lead time fell 9 of 30 days


def test_labour_productivity_is_computed_from_value_added_and_workers(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent)
    measure(session, support=s, metric="value_added", phase="before", value="1.500,0", on="2024-01-01")
    assert _values(session, ent, "labour_productivity") == {}  # workers not entered yet
    w = measure(session, support=s, metric="workers", phase="before", value=12, on="2024-01-01")
    assert _values(session, ent, "labour_productivity") == {("before", date(2024, 1, 1)): pytest.approx(125.0)}
    ms.update_measurement(session, w, {"value": 10})
    assert _values(session, ent, "labour_productivity") == {("before", date(2024, 1, 1)): pytest.approx(150.0)}
    # A different date is another reading: nothing to divide by there.
    measure(session, support=s, metric="value_added", phase="after", value=2000, on="2024-09-01")
    measure(session, support=s, metric="workers", phase="after", value=0, on="2024-09-01")
    assert ("after", date(2024, 9, 1)) not in _values(session, ent, "labour_productivity")
    ms.delete_measurement(session, w)
    assert _values(session, ent, "labour_productivity") == {}
    # Typed values are in the change history; computed ones are not typed by anyone.
    from nsdesk.models import Change

    logged = session.execute(select(Change.action, Change.field, Change.old_value, Change.new_value)
                             .where(Change.entity_uuid == w.uuid).order_by(Change.id)).all()
    assert logged == [("create", None, None, "workers before 12 2024-01-01"), ("update", "value", "12", "10"),
                      ("delete", None, "workers before 10 2024-01-01", None)]


def test_labour_productivity_cannot_be_typed(session):
    ent = make_enterprise(session, "5100000001")
    n = session.scalar(select(func.count()).select_from(Measurement))
    with pytest.raises(FormError) as exc:
        measure(session, enterprise=ent, metric="labour_productivity", phase="before", value=100, on="2024-01-01")
    assert "được tính tự động" in exc.value.errors["metric"]
    assert "Giá trị tăng thêm" in exc.value.errors["metric"] and "Số lao động" in exc.value.errors["metric"]
    assert session.scalar(select(func.count()).select_from(Measurement)) == n
    typed = {m.code for m in ms.typed_metrics(session)}
    assert {"value_added", "workers", "defect_rate"} <= typed
    assert not typed & {"labour_productivity", "revenue_per_worker"}


def test_enterprise_level_values_pair_separately_from_a_lượt(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent)
    measure(session, enterprise=ent, metric="revenue", phase="before", value=1000, on="2024-01-01")
    measure(session, enterprise=ent, metric="revenue", phase="after", value=1100, on="2025-01-01")
    measure(session, support=s, metric="revenue", phase="before", value=500, on="2024-01-01")
    measure(session, support=s, metric="revenue", phase="after", value=400, on="2025-01-01")
    got = {p.support_id: p.improvement.percent for p in ms.pairs(session, enterprise_ids=[ent.id])}
    assert got == {None: pytest.approx(10.0), s.id: pytest.approx(-20.0)}

@pytest.mark.parametrize("metric, before, after, after_on, words", [
    ("revenue", 1000, 12000, "2024-09-01", "gấp hơn 10 lần"),
    ("revenue", 1000, 90, "2024-09-01", "dưới 1/10"),
    ("defect_rate", 4, 3, "2023-12-01", "sớm hơn ngày đo trước"),
    ("defect_rate", 4, 130, "2024-09-01", "vượt mức tối đa 100"),
    ("workers", 10, -3, "2024-09-01", "Giá trị âm"),
])
def test_implausible_follow_ups_are_flagged_not_rejected(session, metric, before, after, after_on, words):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent)
    b = measure(session, support=s, metric=metric, phase="before", value=before, on="2024-01-01")
    a = measure(session, support=s, metric=metric, phase="after", value=after, on=after_on)
    assert a.id is not None and a.value == after  # kept as typed
    assert a.flagged is True and words in a.flag_reason
    assert b.flagged is False
    # Flagged pairs stay out of the figures unless asked for.
    assert ms.pairs(session, enterprise_ids=[ent.id]) == []
    assert len(ms.pairs(session, enterprise_ids=[ent.id], include_flagged=True)) == 1
    # Correcting the value clears the flag.
    ms.update_measurement(session, a, {"value": before, "measured_on": "2024-09-01"})
    assert a.flagged is False and a.flag_reason is None


def test_a_plausible_change_is_not_flagged_and_a_late_baseline_re_checks_follow_ups(session):
    ent = make_enterprise(session, "5100000001")
    s = make_support(session, ent)
    a = measure(session, support=s, metric="oee", phase="after", value=66, on="2024-09-01")
    assert a.flagged is False
    measure(session, support=s, metric="oee", phase="before", value=55, on="2024-01-01")
    assert a.flagged is False
    c = measure(session, support=s, metric="customer_complaints", phase="after", value=50, on="2024-09-01")
    assert c.flagged is False
    measure(session, support=s, metric="customer_complaints", phase="before", value=4, on="2024-01-01")
    session.refresh(c)
    assert c.flagged is True and "gấp hơn 10 lần" in c.flag_reason


@pytest.mark.parametrize("data, field", [
    ({"metric": "no_such", "phase": "before", "value": 1}, "metric"),
    ({"metric": "oee", "phase": "during", "value": 1}, "phase"),
    ({"metric": "oee", "phase": "before", "value": None}, "value"),
    ({"metric": "oee", "phase": "before", "value": "abc"}, "value"),
    ({"metric": "oee", "phase": "before", "value": 1, "measured_on": "2024-13-01"}, "measured_on"),
])
def test_bad_measurement_is_refused_per_field(session, data, field):
    ent = make_enterprise(session, "5100000001")
    with pytest.raises(FormError) as exc:
        ms.add_measurement(session, {"enterprise": ent.tax_code, **data})
    assert field in exc.value.errors
    assert session.scalar(select(func.count()).select_from(Measurement)) == 0


def test_support_of_another_enterprise_is_refused(session):
    a = make_enterprise(session, "5100000001")
    b = make_enterprise(session, "5100000002")
    s = make_support(session, a)
    with pytest.raises(FormError) as exc:
        ms.add_measurement(session, {"enterprise": b.tax_code, "support": s.uuid, "metric": "oee",
                                     "phase": "before", "value": 50})
    assert "doanh nghiệp khác" in exc.value.errors["support"]
    with pytest.raises(FormError) as exc:
        ms.add_measurement(session, {"metric": "oee", "phase": "before", "value": 50})
    assert "enterprise" in exc.value.errors
