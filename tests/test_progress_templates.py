"""Every shipped plan template, created on a demo database, gets a status for each target."""

from __future__ import annotations

from datetime import date

from nsdesk.models import IndicatorValue
from nsdesk.services.demo import generate as demo
from nsdesk.services.demo import plans as demo_plans
from nsdesk.services.plans import plans, templates
from nsdesk.services.plans.progress import STATUSES, members, progress, timeline

AS_OF = date(2026, 11, 22)


def test_every_template_on_demo_data(session):
    demo.generate(session, enterprises=800)
    demo_plans.clear(session)  # this test makes every plan itself and enters its own statistics
    session.add(IndicatorValue(indicator="labour_productivity_growth", territory_code="51", year=2025, value=8.1,
                               source="Cục Thống kê tỉnh Quảng Ngãi"))
    session.flush()
    codes = [t.code for t in templates.list_templates()]  # parents come first
    for code in codes:
        plans.create_from_template(session, code)
    counted_something = False
    for code in codes:
        result = progress(session, code, AS_OF)
        assert result.plan == code
        for t in result.targets:
            assert t.status in STATUSES, (code, t.code, t.status)
            if t.kind == "statistic":
                continue
            assert isinstance(t.achieved, int) and t.achieved >= 0
            counted_something |= t.achieved > 0
            if t.kind in ("distinct_enterprises", "supports"):
                assert len(members(session, code, t.code, AS_OF)) == t.achieved
            points = timeline(session, code, t.code, AS_OF).points
            assert points and points[-1].achieved == t.achieved
    assert counted_something  # the demo data of Quảng Ngãi counts toward its plan
    qn = {t.code: t for t in progress(session, "QN-138-2025", AS_OF).targets}
    assert qn["LP-2030"].achieved == 8.1 and qn["LP-2030"].status == "on_track"
    dak_cam = {t.code: t for t in progress(session, "DAKCAM-2025", AS_OF).targets}
    assert dak_cam["LP-2030"].achieved == 8.1  # a ward reads its province's rate
