"""Statistic targets (yearly values with their source) and activity targets."""

from __future__ import annotations

from datetime import date

from test_progress_helpers import OTHER_QN, TAN_LAP, activity, plan, target

from nsdesk.models import IndicatorValue
from nsdesk.services.plans.progress import members, progress, timeline


def by_code(result):
    return {t.code: t for t in result.targets}


def lp_rule(bound="more_than", **extra):
    return {"indicator": "labour_productivity_growth", "aggregate": "yearly_average", "from_year": 2021,
            "to_year": 2025, "territory": "province", "bound": bound, **extra}


def values(s, indicator, territory, pairs):
    for year, value in pairs:
        s.add(IndicatorValue(indicator=indicator, territory_code=territory, year=year, value=value, source="Cục Thống kê"))
    s.flush()


def test_yearly_average_against_more_than_seven_percent(session):
    p = plan(session, start=2021, end=2030)  # a ward plan: the rate is the province's (51)
    target(session, p, "LP", "statistic", milestone=2025, comparator="yearly_rate", min=7, rule=lp_rule())
    assert by_code(progress(session, "P1", date(2026, 3, 1)))["LP"].status == "no_data"
    assert by_code(progress(session, "P1", date(2026, 3, 1)))["LP"].achieved is None
    values(session, "labour_productivity_growth", "51", [(2021, 6.5), (2022, 7.7)])
    values(session, "labour_productivity_growth", "66", [(2021, 1.0)])  # another province: ignored
    r = by_code(progress(session, "P1", date(2022, 12, 31)))["LP"]
    assert (r.achieved, r.status) == (7.1, "on_track")  # met, but the period is not over
    values(session, "labour_productivity_growth", "51", [(2023, 6.8)])
    r = by_code(progress(session, "P1", date(2023, 12, 31)))["LP"]
    assert (r.achieved, r.status) == (7.0, "at_risk")  # exactly 7 is not "more than 7"
    assert by_code(progress(session, "P1", date(2022, 6, 1)))["LP"].achieved == 7.1  # 2023 not yet in
    values(session, "labour_productivity_growth", "51", [(2024, 7.5), (2025, 7.5)])
    r = by_code(progress(session, "P1", date(2026, 1, 1)))["LP"]
    assert (r.achieved, r.status) == (7.2, "achieved")
    assert [m.label for m in members(session, "P1", "LP", date(2026, 1, 1))] == ["2021", "2022", "2023", "2024", "2025"]
    assert members(session, "P1", "LP", date(2026, 1, 1))[0].source == "Cục Thống kê"


def test_yearly_rate_at_least_and_far_below(session):
    p = plan(session, start=2021, end=2030)
    target(session, p, "LP", "statistic", milestone=2025, comparator="yearly_rate", min=7, rule=lp_rule("at_least"))
    values(session, "labour_productivity_growth", "51", [(2021, 7.0)])
    assert by_code(progress(session, "P1", date(2021, 12, 31)))["LP"].status == "on_track"
    values(session, "labour_productivity_growth", "51", [(2022, 1.0)])  # average 4 < 0.7 × 7
    assert by_code(progress(session, "P1", date(2022, 12, 31)))["LP"].status == "behind"


def test_share_takes_the_latest_value_with_tolerance(session):
    p = plan(session, start=2025, end=2030)
    rule = {"indicator": "tfp_contribution", "aggregate": "latest", "from_year": 2025, "to_year": 2030,
            "territory": "province"}
    target(session, p, "TFP", "statistic", milestone=2030, comparator="about", min=45, tolerance=2, rule=rule)
    values(session, "tfp_contribution", "51", [(2025, 50.0), (2026, 42.0)])
    r = by_code(progress(session, "P1", date(2026, 12, 31)))["TFP"]
    assert (r.achieved, r.status) == (42.0, "at_risk")
    values(session, "tfp_contribution", "51", [(2027, 43.5)])  # within "khoảng 45" ± 2
    r = by_code(progress(session, "P1", date(2031, 1, 1)))["TFP"]
    assert (r.achieved, r.status) == (43.5, "achieved")
    tl = timeline(session, "P1", "TFP", date(2027, 12, 31))
    assert tl.points[0].achieved == 50.0 and tl.points[-1].achieved == 43.5


def test_activities_records_quantity_and_distinct_units(session):
    p = plan(session, start=2025, end=2030)
    target(session, p, "CLUB", "activities", rule={"activity_kind": "productivity_club"}, min=2)
    target(session, p, "EXPERT", "activities", rule={"activity_kind": "certified_expert", "measure": "quantity"}, min=5)
    target(session, p, "SCHOOL", "activities", comparator="range", min=1, max=2,
           rule={"activity_kind": "training_programme", "measure": "distinct_unit_in_charge"})
    activity(session, "productivity_club", date(2025, 3, 1))
    activity(session, "productivity_club", date(2025, 9, 1), commune=TAN_LAP)  # outside the ward
    activity(session, "productivity_club", date(2026, 9, 1), commune=None, p=p)  # linked to the plan
    activity(session, "productivity_club", date(2026, 9, 2), commune=None)  # nowhere, not linked
    activity(session, "productivity_club", None)  # undated
    activity(session, "certified_expert", date(2025, 4, 1), quantity=3)
    activity(session, "certified_expert", date(2025, 5, 1))  # empty quantity counts 1
    activity(session, "certified_expert", date(2027, 5, 1), quantity=10)  # after the as-of date
    activity(session, "training_programme", date(2025, 6, 1), unit="Trường Đại học Phạm Văn Đồng")
    activity(session, "training_programme", date(2025, 7, 1), unit="trường đại học phạm văn đồng ")
    activity(session, "training_programme", date(2025, 8, 1), unit="Trường Cao đẳng Kỹ thuật Công nghệ Quảng Ngãi")
    activity(session, "training_programme", date(2025, 9, 1), unit="Trường Cao đẳng Việt Nam – Hàn Quốc")
    got = by_code(progress(session, "P1", date(2026, 12, 31)))
    assert (got["CLUB"].achieved, got["CLUB"].status, got["CLUB"].undated) == (2, "achieved", 1)
    assert got["EXPERT"].achieved == 4
    assert (got["SCHOOL"].achieved, got["SCHOOL"].status, got["SCHOOL"].exceeded) == (3, "achieved", True)
    assert len(members(session, "P1", "SCHOOL", date(2026, 12, 31))) == 4
    tl = timeline(session, "P1", "SCHOOL", date(2025, 12, 31))
    assert [pt.achieved for pt in tl.points][5:9] == [1, 1, 2, 3]


def test_province_plan_counts_activities_of_its_communes_and_its_ward_plans(session):
    prov = plan(session, "PROV", units=("51",), territory="51", level="province")
    ward = plan(session, "WARD", parent=prov)
    target(session, prov, "CLUB", "activities", rule={"activity_kind": "student_club"})
    activity(session, "student_club", date(2025, 3, 1), commune=OTHER_QN)
    activity(session, "student_club", date(2025, 3, 2), commune=None, p=ward)
    activity(session, "student_club", date(2025, 3, 3), commune=TAN_LAP)
    assert by_code(progress(session, "PROV", date(2025, 12, 31)))["CLUB"].achieved == 2


def test_without_an_aggregate_rates_are_averaged_and_shares_take_the_latest_year(session):
    p = plan(session, start=2021, end=2030, units=("51",), territory="51", level="province")
    target(session, p, "RATE", "statistic", milestone=2030, comparator="yearly_rate", min=7,
           window="milestone_period", rule={"indicator": "labour_productivity_growth"})
    target(session, p, "SHARE", "statistic", milestone=2025, comparator="more_than", min=40,
           rule={"indicator": "tfp_contribution"})
    target(session, p, "SHARE30", "statistic", milestone=2030, comparator="more_than", min=40,
           rule={"indicator": "tfp_contribution"})
    values(session, "labour_productivity_growth", "51", [(2025, 1.0), (2026, 7.0), (2027, 8.0)])
    values(session, "tfp_contribution", "51", [(2024, 45.0), (2025, 38.0)])
    got = by_code(progress(session, "P1", date(2027, 12, 31)))
    assert got["RATE"].achieved == 7.5  # 2025 belongs to the previous milestone's period
    assert got["RATE"].window_start == date(2026, 1, 1)
    assert (got["SHARE"].achieved, got["SHARE"].status) == (38.0, "behind")  # latest year, period over
    assert (got["SHARE30"].achieved, got["SHARE30"].status) == (38.0, "at_risk")
