"""Counting supports and enterprises toward a plan's targets: hand-built cases on both backends."""

from __future__ import annotations

from datetime import date

import pytest
from test_progress_helpers import DAK_CAM, OTHER_QN, TAN_LAP, enterprise, plan, project, support, target

from nsdesk.errors import InputError
from nsdesk.services.plans.progress import members, progress, timeline

AS_OF = date(2026, 6, 30)


def by_code(result):
    return {t.code: t for t in result.targets}


def test_enterprise_supported_twice_is_one_distinct_and_two_luot(session):
    p = plan(session)
    target(session, p, "DN", "distinct_enterprises", min=1)
    target(session, p, "LUOT", "supports", min=1)
    e = enterprise(session)
    support(session, e, date(2025, 3, 1))
    support(session, e, date(2025, 9, 1), status="in_progress")
    got = by_code(progress(session, "P1", AS_OF))
    assert got["DN"].achieved == 1
    assert got["LUOT"].achieved == 2
    assert [m.enterprise_id for m in members(session, "P1", "DN", AS_OF)] == [e.id]
    assert members(session, "P1", "DN", AS_OF)[0].supports == 2
    assert len(members(session, "P1", "LUOT", AS_OF)) == 2


def test_cancelled_never_counts_and_planned_only_when_the_rule_says(session):
    p = plan(session)
    target(session, p, "DEFAULT", "supports")
    target(session, p, "LISTS_CANCELLED", "supports", rule={"statuses": ["completed", "cancelled", "planned"]})
    e = enterprise(session)
    support(session, e, date(2025, 3, 1), status="cancelled")
    support(session, e, date(2025, 4, 1), status="planned")
    done = support(session, e, date(2025, 5, 1), status="completed")
    got = by_code(progress(session, "p1", AS_OF))  # plan code ignores case
    assert got["DEFAULT"].achieved == 1
    assert [m.id for m in members(session, "P1", "DEFAULT", AS_OF)] == [done.id]
    assert got["LISTS_CANCELLED"].achieved == 2  # planned listed: counts; cancelled listed: still never
    assert {m.status for m in members(session, "P1", "LISTS_CANCELLED", AS_OF)} == {"planned", "completed"}


def test_range_below_within_and_above(session):
    p = plan(session, end=2025)
    target(session, p, "R", "distinct_enterprises", milestone=2025, comparator="range", min=2, max=3)
    after = date(2026, 1, 15)
    ents = [enterprise(session) for _ in range(4)]
    support(session, ents[0], date(2025, 2, 1))
    r = by_code(progress(session, "P1", after))["R"]
    assert (r.achieved, r.status, r.exceeded) == (1, "behind", False)  # below the minimum: not achieved
    support(session, ents[1], date(2025, 2, 2))
    r = by_code(progress(session, "P1", after))["R"]
    assert (r.achieved, r.status, r.exceeded) == (2, "achieved", False)
    support(session, ents[2], date(2025, 2, 3))
    support(session, ents[3], date(2025, 2, 4))
    r = by_code(progress(session, "P1", after))["R"]
    assert (r.achieved, r.status, r.exceeded) == (4, "achieved", True)  # vượt chỉ tiêu
    assert r.as_json()["required"] == {"min": 2, "max": 3, "comparator": "range"}


def test_non_sme_does_not_count_toward_an_sme_target(session):
    p = plan(session)
    target(session, p, "SME", "distinct_enterprises", rule={"sme_only": True})
    target(session, p, "ALL", "distinct_enterprises")
    ids = {}
    for size in ("micro", "medium", "not_sme", "household", "unknown"):
        e = enterprise(session, size=size)
        ids[size] = e.id
        support(session, e, date(2025, 6, 1))
    got = by_code(progress(session, "P1", AS_OF))
    assert got["SME"].achieved == 2
    assert got["ALL"].achieved == 5
    assert {m.enterprise_id for m in members(session, "P1", "SME", AS_OF)} == {ids["micro"], ids["medium"]}


def test_as_of_excludes_later_records_and_the_window_earlier_ones(session):
    p = plan(session, start=2025)
    target(session, p, "LUOT", "supports")
    e = enterprise(session)
    support(session, e, date(2024, 12, 31))  # before the plan's window
    support(session, e, date(2025, 5, 10))
    support(session, e, date(2025, 7, 1))
    support(session, e, None, end=date(2025, 6, 1))  # no start: dated by its end
    support(session, e, None)  # no date at all: not counted, reported
    assert by_code(progress(session, "P1", date(2025, 5, 9)))["LUOT"].achieved == 0
    assert by_code(progress(session, "P1", date(2025, 5, 10)))["LUOT"].achieved == 1
    r = by_code(progress(session, "P1", date(2025, 6, 30)))["LUOT"]
    assert (r.achieved, r.undated) == (2, 1)
    assert by_code(progress(session, "P1", date(2031, 1, 1)))["LUOT"].achieved == 3


def test_records_outside_the_plans_territory_do_not_count(session):
    ward = plan(session, "WARD")
    target(session, ward, "DN", "distinct_enterprises")
    prov = plan(session, "PROV", units=("51",), territory="51", level="province")
    target(session, prov, "DN", "distinct_enterprises")
    inside = enterprise(session, commune=DAK_CAM)
    elsewhere_qn = enterprise(session, commune=OTHER_QN)
    no_commune_qn = enterprise(session, commune=None, province="51")
    other_province = enterprise(session, commune=TAN_LAP)
    for e in (inside, elsewhere_qn, no_commune_qn, other_province):
        support(session, e, date(2025, 6, 1))
    assert {m.enterprise_id for m in members(session, "WARD", "DN", AS_OF)} == {inside.id}
    assert {m.enterprise_id for m in members(session, "PROV", "DN", AS_OF)} == {inside.id, elsewhere_qn.id, no_commune_qn.id}
    assert by_code(progress(session, "PROV", AS_OF))["DN"].achieved == 3


def test_rule_filters_type_tool_project_kind_commune(session):
    p = plan(session, units=("51",), territory="51", level="province")
    target(session, p, "TYPES", "supports", rule={"support_types": ["certification", "ip"]})
    target(session, p, "CAT", "supports", rule={"tool_categories": ["management_system"]})
    target(session, p, "TOOL", "supports", rule={"tool_codes": ["LEAN"]})
    target(session, p, "PROJ", "distinct_enterprises", rule={"requires_project": True})
    target(session, p, "NAMED", "supports", rule={"project_codes": ["prj-2"]})
    target(session, p, "COOP", "distinct_enterprises", rule={"enterprise_kinds": ["cooperative"]})
    target(session, p, "WARD", "supports", rule={"communes": [DAK_CAM]})
    running, cancelled = project(session, "PRJ-1"), project(session, "PRJ-2", status="cancelled")
    e1, coop = enterprise(session), enterprise(session, kind="cooperative", commune=OTHER_QN)
    s1 = support(session, e1, date(2025, 2, 1), types=("certification",), tools=("ISO9001",), project=running)
    s2 = support(session, e1, date(2025, 3, 1), types=("system_tool",), tools=("LEAN", "5S"))
    s3 = support(session, coop, date(2025, 4, 1), types=("ip", "training"), project=cancelled)
    ids = {code: {m.id for m in members(session, "P1", code, AS_OF)} for code in
           ("TYPES", "CAT", "TOOL", "NAMED", "WARD")}
    assert ids == {"TYPES": {s1.id, s3.id}, "CAT": {s1.id}, "TOOL": {s2.id}, "NAMED": set(), "WARD": {s1.id, s2.id}}
    got = by_code(progress(session, "P1", AS_OF))
    assert got["PROJ"].achieved == 1  # the cancelled project's support does not make a pilot
    assert got["COOP"].achieved == 1


def test_pace_statuses(session):
    # Window 1/1/2025 – 31/12/2030; on 1/1/2028 half of it has gone by, so 6 of 12 are expected.
    p = plan(session)
    target(session, p, "DN", "distinct_enterprises", min=12)
    ents = [enterprise(session) for _ in range(6)]
    for i, e in enumerate(ents):
        support(session, e, date(2025, 1 + i, 1))
    half = date(2028, 1, 1)
    r = by_code(progress(session, "P1", half))["DN"]
    assert (r.achieved, r.expected, r.status) == (6, 6, "on_track")
    r = by_code(progress(session, "P1", date(2026, 1, 1)))["DN"]  # a sixth of the window: 2 expected
    assert (r.achieved, r.expected, r.status) == (6, 2, "on_track")
    r = by_code(progress(session, "P1", date(2025, 1, 20)))["DN"]  # 0.1 of an enterprise expected → 0
    assert (r.achieved, r.expected, r.status) == (1, 0, "on_track")
    target(session, p, "DN14", "distinct_enterprises", min=14)  # 7 expected at half time: 6 ≥ 4.9 → at risk
    target(session, p, "DN18", "distinct_enterprises", min=18)  # 9 expected: 6 < 6.3 → behind
    got = by_code(progress(session, "P1", half))
    assert (got["DN14"].expected, got["DN14"].status) == (7, "at_risk")
    assert (got["DN18"].expected, got["DN18"].status) == (9, "behind")
    late = by_code(progress(session, "P1", date(2031, 2, 1)))
    assert late["DN14"].status == "behind"  # the milestone has passed without the target met


def test_before_the_window_starts_is_no_data(session):
    p = plan(session, start=2021, end=2030)
    target(session, p, "A25", "supports", milestone=2025, min=2)
    target(session, p, "A30", "supports", milestone=2030, min=2, window="milestone_period")
    e = enterprise(session)
    support(session, e, date(2024, 5, 1))
    support(session, e, date(2026, 5, 1))
    early = by_code(progress(session, "P1", date(2020, 6, 1)))
    assert (early["A25"].achieved, early["A25"].status, early["A25"].expected) == (0, "no_data", 0)
    mid = by_code(progress(session, "P1", date(2025, 6, 1)))
    assert mid["A30"].window_start == date(2026, 1, 1)  # after the previous milestone
    assert mid["A30"].status == "no_data"
    late = by_code(progress(session, "P1", date(2026, 12, 31)))
    assert late["A30"].achieved == 1  # the 2024 lượt belongs to the 2025 milestone's period
    assert late["A25"].achieved == 1 and late["A25"].status == "behind"


def test_members_match_the_count_and_timeline_ends_at_it(session):
    p = plan(session)
    target(session, p, "DN", "distinct_enterprises", rule={"sme_only": True}, min=4)
    counted = []
    for i in range(3):
        e = enterprise(session)
        counted.append(e.id)
        support(session, e, date(2025, 2 + i, 10))
        support(session, e, date(2025, 8, 10))
    support(session, enterprise(session, size="not_sme"), date(2025, 3, 1))
    support(session, enterprise(session), date(2025, 4, 1), status="cancelled")
    got = members(session, "P1", "DN", AS_OF)
    assert sorted(m.enterprise_id for m in got) == sorted(counted)
    assert all(m.supports == 2 for m in got)
    tl = timeline(session, "P1", "DN", date(2025, 6, 15))
    assert [p.on for p in tl.points][:2] == [date(2025, 1, 31), date(2025, 2, 28)]
    assert tl.points[-1].on == date(2025, 6, 15)
    assert [p.achieved for p in tl.points] == [0, 1, 2, 3, 3, 3]
    assert tl.points[-1].achieved == tl.target.achieved


def test_unknown_plan_or_target_is_a_clear_error(session):
    p = plan(session)
    target(session, p, "DN")
    with pytest.raises(InputError, match="Không có kế hoạch mã «NOPE»"):
        progress(session, "NOPE", AS_OF)
    with pytest.raises(InputError, match="không có chỉ tiêu mã «X»"):
        members(session, "P1", "X", AS_OF)
