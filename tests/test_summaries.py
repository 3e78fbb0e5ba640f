"""Summary figures checked against values computed here, independently, from the raw readings."""

from __future__ import annotations

import statistics

import pytest
from pilot_helpers import CAM_THANH, DAK_CAM, make_enterprise, make_support, measure

from nsdesk.errors import InputError
from nsdesk.services.pilots import projects, summaries

ENTERPRISES = {  # key: (tax code, VSIC code as stored, its section, commune)
    "E1": ("5100000001", "10", "C", DAK_CAM),
    "E2": ("5100000002", "47", "G", CAM_THANH),
    "E3": ("5100000003", "C", "C", DAK_CAM),
    "E4": ("5100000004", None, None, CAM_THANH),
}
SUPPORTS = {  # key: (enterprise, tools, project, status)
    "S1": ("E1", ["LEAN", "5S"], "DA-1", "completed"),
    "S2": ("E1", ["ISO9001"], None, "completed"),  # the same enterprise again: a second lượt
    "S3": ("E2", ["LEAN"], "DA-1", "completed"),
    "S4": ("E3", ["KAIZEN"], "DA-1", "cancelled"),
    "S5": ("E4", ["LEAN"], None, "in_progress"),
}
HIGHER_IS_BETTER = {"defect_rate": False, "value_added": True, "lead_time": False}
RAW = [  # (enterprise, support or None, metric, phase, value, date)
    ("E1", "S1", "defect_rate", "before", 5.0, "2024-01-01"),
    ("E1", "S1", "defect_rate", "before", 6.0, "2024-02-01"),
    ("E1", "S1", "defect_rate", "after", 4.0, "2024-06-01"),
    ("E1", "S1", "defect_rate", "after", 3.0, "2024-09-01"),
    ("E1", "S1", "value_added", "before", 1000.0, "2024-01-01"),
    ("E1", "S1", "value_added", "after", 1200.0, "2024-09-01"),
    ("E1", "S2", "defect_rate", "before", 4.0, "2025-01-01"),
    ("E1", "S2", "defect_rate", "after", 4.4, "2025-07-01"),
    ("E1", "S2", "value_added", "before", 800.0, "2025-01-01"),
    ("E1", "S2", "value_added", "after", 700.0, "2025-07-01"),
    ("E2", "S3", "defect_rate", "before", 8.0, "2024-03-01"),
    ("E2", "S3", "defect_rate", "after", 6.0, "2024-10-01"),
    ("E2", "S3", "value_added", "before", 500.0, "2024-03-01"),
    ("E2", "S3", "value_added", "after", 9000.0, "2024-10-01"),  # an 18× jump: flagged
    ("E3", "S4", "defect_rate", "before", 3.0, "2024-03-01"),  # no follow-up: no pair
    ("E4", "S5", "value_added", "before", 0.0, "2024-03-01"),  # baseline 0: no %
    ("E4", "S5", "value_added", "after", 100.0, "2024-10-01"),
    ("E4", "S5", "defect_rate", "before", 2.0, "2024-03-01"),
    ("E4", "S5", "defect_rate", "after", 1.0, "2024-10-01"),
    ("E2", None, "lead_time", "before", 20.0, "2024-01-01"),
    ("E2", None, "lead_time", "after", 15.0, "2024-12-01"),
    ("E2", None, "defect_rate", "before", 10.0, "2024-01-01"),
    ("E2", None, "defect_rate", "after", 9.0, "2024-12-01"),
]


def _build(session):
    projects.create_project(session, {"code": "DA-1", "name": "Dự án điểm Lean"})
    ents = {k: make_enterprise(session, tax, sector_code=code, commune_code=commune)
            for k, (tax, code, _section, commune) in ENTERPRISES.items()}
    sups = {}
    for k, (e, tools, project, status) in SUPPORTS.items():
        sups[k] = make_support(session, ents[e], tools=tools, project=project, status=status,
                               end_date=None if status == "in_progress" else "2024-12-31",
                               start_date="2024-01-01")
    for e, s, metric, phase, value, on in RAW:
        measure(session, metric=metric, phase=phase, value=value, on=on,
                support=sups[s] if s else None, enterprise=None if s else ents[e])
    return ents, sups


def _keys(by, ent, sup):
    if by == "tool":
        return SUPPORTS[sup][1] if sup else [None]
    if by == "project":
        return [SUPPORTS[sup][2] if sup else None]
    if by == "sector":
        return [ENTERPRISES[ent][2]]
    return [ENTERPRISES[ent][3]]


def _expected(by, include_flagged=False):
    """Group × metric → (enterprises, pairs, readings, median %, mean %), computed from RAW by hand."""
    readings, pairs = {}, {}
    slots = {}
    for e, s, metric, phase, value, on in RAW:
        for key in _keys(by, e, s):
            readings[(key, metric)] = readings.get((key, metric), 0) + 1
        slots.setdefault((e, s, metric), []).append((phase, value, on))
    for (e, s, metric), values in slots.items():
        befores = sorted((on, v) for p, v, on in values if p == "before")
        afters = sorted((on, v) for p, v, on in values if p == "after")
        if not befores or not afters:
            continue
        b, a = befores[0][1], afters[-1][1]
        if not include_flagged and b > 0 and (a > 10 * b or a < b / 10):
            continue
        pct = None if b == 0 else (a - b) / abs(b) * 100 * (1 if HIGHER_IS_BETTER[metric] else -1)
        for key in _keys(by, e, s):
            pairs.setdefault((key, metric), []).append((e, pct))
    out = {}
    for gm, n in readings.items():
        got = pairs.get(gm, [])
        pct = [p for _, p in got if p is not None]
        out[gm] = (len({e for e, _ in got}), len(got), n,
                   statistics.median(pct) if pct else None, statistics.mean(pct) if pct else None)
    return out


def _actual(rows):
    return {(r.group, r.metric): (r.enterprises, r.n_pairs, r.n_measurements, r.median_pct, r.mean_pct) for r in rows}


@pytest.mark.parametrize("by", ["tool", "sector", "commune", "project"])
def test_summary_matches_figures_computed_from_raw_readings(session, by):
    _build(session)
    actual = _actual(summaries.summarize(session, by))
    expected = _expected(by)
    assert set(actual) == set(expected)
    for key, (ents, n_pairs, n, median, mean) in expected.items():
        got = actual[key]
        assert got[:3] == (ents, n_pairs, n), key
        assert got[3] == pytest.approx(median) and got[4] == pytest.approx(mean), key


def test_flagged_values_join_the_figures_only_when_asked(session):
    _build(session)
    plain = _actual(summaries.summarize(session, "tool"))
    everything = _actual(summaries.summarize(session, "tool", include_flagged=True))
    assert everything == {k: pytest.approx(v) for k, v in _expected("tool", include_flagged=True).items()}
    assert plain[("LEAN", "value_added")][1] + 1 == everything[("LEAN", "value_added")][1]


def test_some_known_figures(session):
    _build(session)
    rows = {(r.group, r.metric): r for r in summaries.summarize(session, "tool")}
    lean_defects = rows[("LEAN", "defect_rate")]
    # S1 5→3 (+40 %), S3 8→6 (+25 %), S5 2→1 (+50 %): falling defect rates are improvements.
    assert (lean_defects.enterprises, lean_defects.n_pairs) == (3, 3)
    assert lean_defects.median_pct == pytest.approx(40.0)
    assert lean_defects.mean_pct == pytest.approx((40 + 25 + 50) / 3)
    assert (lean_defects.n_improved, lean_defects.n_worse) == (3, 0)
    iso = rows[("ISO9001", "defect_rate")]
    assert iso.median_pct == pytest.approx(-10.0) and iso.n_worse == 1
    kaizen = rows[("KAIZEN", "defect_rate")]  # the cancelled lượt has a baseline only
    assert (kaizen.n_pairs, kaizen.n_measurements, kaizen.median_pct) == (0, 1, None)
    assert rows[("LEAN", "value_added")].n_flagged == 1
    assert rows[(None, "lead_time")].group_label == "Không gắn công cụ"
    sector = {(r.group, r.metric): r for r in summaries.summarize(session, "sector")}
    assert sector[("C", "defect_rate")].group_label.startswith("C — Công nghiệp chế biến")


def test_chart_figures(session):
    ents, _ = _build(session)
    adoption = {code: (n_ent, n_sup) for code, _label, n_ent, n_sup in summaries.adoption_counts(session, "tool")}
    assert adoption["LEAN"] == (3, 3) and adoption["ISO9001"] == (1, 1) and "KAIZEN" not in adoption  # cancelled
    sectors = {code: n for code, _label, n, _ in summaries.adoption_counts(session, "sector")}
    assert sectors == {"C": 1, "G": 1, None: 1}
    dist = summaries.improvement_distribution(session, "defect_rate", "tool")
    assert sorted(dist["Sản xuất tinh gọn (Lean)"]) == pytest.approx([25.0, 40.0, 50.0])
    bars = summaries.enterprise_before_after(session, ents["E1"].tax_code)
    assert sorted((b["metric"], b["before"], b["after"]) for b in bars) == [
        ("defect_rate", 4.0, 4.4), ("defect_rate", 5.0, 3.0), ("value_added", 800.0, 700.0),
        ("value_added", 1000.0, 1200.0)]


def test_unknown_grouping_is_refused(session):
    with pytest.raises(InputError):
        summaries.summarize(session, "province")
