"""The demo data set exercises pilots: projects, repeat lượt, cancelled ones, certificates, metrics."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from nsdesk.models import Change, Measurement, Metric, PilotProject, Support, SupportTool, SupportType
from nsdesk.services.demo import generate as demo
from nsdesk.services.pilots import measurements, projects, supports


@pytest.fixture
def demo_session(db):
    with db.sessions() as s:
        demo.generate(s, enterprises=800, seed=7)
        s.commit()
        yield s


def test_demo_800_has_the_lượt_the_issue_asks_for(demo_session):
    s = demo_session
    rows = supports.list_supports(s)
    assert len(rows) >= 50
    per_enterprise = Counter(r.enterprise_uuid for r in rows)
    assert max(per_enterprise.values()) >= 2
    statuses = Counter(r.status for r in rows)
    assert statuses["cancelled"] >= 1 and statuses["completed"] >= 1
    assert statuses["planned"] + statuses["in_progress"] >= 1
    assert all(r.types and r.tools for r in rows)
    # 3–8 projects, each with lượt linked to it.
    project_codes = s.scalars(select(PilotProject.code)).all()
    assert 3 <= len(project_codes) <= 8
    assert {r.project_code for r in rows if r.project_code} == set(project_codes)


def test_demo_certificates_some_expiring_soon(demo_session):
    rows = [r for r in supports.list_supports(demo_session) if r.cert_number]
    assert rows and all(r.cert_body and r.cert_issued and r.cert_expires > r.cert_issued for r in rows)
    soon = supports.expiring_certificates(demo_session, as_of=date.today())
    assert soon and all(date.today() <= r.cert_expires <= date.today() + timedelta(days=90) for r in soon)


def test_demo_measurements_go_both_ways_and_productivity_is_computed(demo_session):
    s = demo_session
    pairs = measurements.pairs(s)
    assert any(p.improvement.improved is True for p in pairs)
    assert any(p.improvement.improved is False for p in pairs)
    falling_defects = [p for p in pairs if p.metric_code == "defect_rate" and p.improvement.change < 0]
    assert falling_defects and all(p.improvement.absolute > 0 for p in falling_defects)
    codes = dict(s.execute(select(Metric.id, Metric.code)).all())
    slots: dict[tuple, dict[str, float]] = {}
    for m in s.scalars(select(Measurement)):
        slots.setdefault((m.support_id, m.phase, m.measured_on), {})[codes[m.metric_id]] = m.value
    with_lp = [v for v in slots.values() if "labour_productivity" in v]
    assert with_lp
    for v in slots.values():
        if "value_added" in v:
            assert v["labour_productivity"] == pytest.approx(v["value_added"] / v["workers"])
        if "revenue" in v and "workers" in v:
            assert v["revenue_per_worker"] == pytest.approx(v["revenue"] / v["workers"])
        if "revenue_per_worker" in v:
            assert "revenue" in v and "workers" in v


def test_demo_is_deterministic_and_replaces_itself(db):
    def snapshot():
        with db.sessions() as s:
            return (
                [(r.uuid, r.status, r.tools, r.start, r.cert_number) for r in supports.list_supports(s)],
                s.scalar(select(func.count()).select_from(Measurement)),
            )

    for _ in range(2):
        with db.sessions.begin() as s:
            demo.generate(s, enterprises=300, seed=11)
        if _ == 0:
            first = snapshot()
    assert snapshot() == first
    # Edits an officer made to demo records go with them.
    with db.sessions.begin() as s:
        row = supports.list_supports(s)[0]
        supports.update_support(s, row.uuid, {"note": "Đã gọi điện"})
        m = s.scalars(select(Measurement).where(Measurement.source.not_like("Tính tự động%"))).first()
        measurements.update_measurement(s, m, {"period": "Quý 3 (sửa tay)"})
        p = projects.update_project(s, row.project_code or "DEMO-DA-01", {"lead_unit": "Phòng Kinh tế (sửa tay)"})
        edited = [row.uuid, m.uuid, p.uuid]
        assert s.scalar(select(func.count()).select_from(Change).where(Change.entity_uuid.in_(edited))) == 3
    with db.sessions.begin() as s:
        demo.clear_demo(s)
    with db.sessions() as s:
        for model in (Support, SupportType, SupportTool, Measurement, PilotProject):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model
        assert s.scalar(select(func.count()).select_from(Change).where(Change.entity_uuid.in_(edited))) == 0
