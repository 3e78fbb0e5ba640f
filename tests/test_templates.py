"""Every shipped plan template held against the facts of the plan it was read from.

The facts (``fixtures/plan_facts.py``) were written by hand from the five seed plans: each target's
figures, comparator, milestone and counting window, each task row's number, lead unit and time
frame. They live in the repository, so these tests run on any clone; ``test_templates_seed_texts.py``
cross-checks the facts and the templates against the full seed texts when those are present.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from fixtures.plan_facts import SEED_PLANS, TARGETS, TASKS, norm

from nsdesk.models import ACTIVITY_KINDS, SUPPORT_TYPES
from nsdesk.services.plans import templates


def expected_comparator(fragment: str) -> tuple[str, str | None]:
    """What the wording says: (comparator, bound for yearly rates)."""
    f = fragment.lower()
    if "%/năm" in f or "bình quân hàng năm" in f:
        return "yearly_rate", ("more_than" if re.search(r"trên \d", f) else "at_least")
    if re.search(r"\d+ (?:đến|-) \d+", f):
        return "range", None
    if "tối thiểu" in f or "ít nhất" in f:
        return "at_least", None
    if re.search(r"trên \d", f):
        return "more_than", None
    if "khoảng" in f:
        return "about", None
    return "at_least", None


def expected_kind(fragment: str) -> tuple[str, dict]:
    f = fragment.lower()
    if "tfp" in f:
        return "statistic", {"indicator": "tfp_contribution"}
    if "năng suất lao động" in f:
        return "statistic", {"indicator": "labour_productivity_growth"}
    if "lượt" in f:
        return "supports", {}
    if "câu lạc bộ" in f:
        return "activities", {"activity_kind": "student_club" if "sinh viên" in f else "productivity_club"}
    if "chuyên gia" in f:
        return "activities", {"activity_kind": "certified_expert"}
    if "chương trình đào tạo" in f:
        return "activities", {"activity_kind": "training_programme"}
    if "doanh nghiệp" in f and "dự án" in f:
        return "distinct_enterprises", {"requires_project": True, "sme_only": "nhỏ và vừa" in f}
    raise AssertionError(f"unrecognised target wording: {fragment}")


def all_targets():
    for code in SEED_PLANS:
        for t in templates.get_template(code)["targets"]:
            yield pytest.param(code, t, id=f"{code}/{t['code']}")


@pytest.mark.parametrize("code", SEED_PLANS)
def test_targets_match_the_plan_facts(code):
    tpl = templates.get_template(code)
    found = {
        t["code"]: (t["kind"], t["milestone"], t["comparator"], t["min"], t["max"], t["window"],
                    t["rule"].get("bound") if t["comparator"] == "yearly_rate" else None)
        for t in tpl["targets"]
    }
    assert found == TARGETS[code]
    assert [t["code"] for t in tpl["targets"]] == list(TARGETS[code])  # in the plan's order


@pytest.mark.parametrize("code", SEED_PLANS)
def test_tasks_match_the_plan_facts(code):
    rows = templates.task_rows(templates.get_template(code))
    assert [(t["number"], t["lead_unit"], t["time_frame"]) for t in rows] == TASKS[code]
    for t in rows:
        assert t["due_date"] == templates.due_date_for(t["time_frame"]), (code, t["number"])


@pytest.mark.parametrize(("code", "target"), list(all_targets()))
def test_target_wording_agrees_with_its_fields(code, target):
    """The template's own quotation of the plan implies its comparator, kind and counting rule."""
    fragment = norm(target["text_as_written"])
    milestone = str(target["milestone"])
    assert milestone in fragment or milestone in norm(target["milestone_as_written"])
    comparator, bound = expected_comparator(fragment)
    assert target["comparator"] == comparator
    if bound:
        assert target["rule"]["bound"] == bound
    kind, rule = expected_kind(fragment)
    assert target["kind"] == kind
    for key, value in rule.items():
        assert target["rule"].get(key) == value, key
    if "góp phần" in fragment.lower():
        assert target["contributes"] is True and target["contributes_note"]
    assert target["rule_text"], "every target states its counting rule in words"


def _target(code, tcode):
    return next(t for t in templates.get_template(code)["targets"] if t["code"] == tcode)


def test_number_of_targets_per_plan():
    counts = {code: len(templates.get_template(code)["targets"]) for code in SEED_PLANS}
    assert counts == {"DAKCAM-2025": 3, "THUANAN-2021": 8, "DAKLAK-2021": 7, "VINHLONG-3064-2023": 6, "QN-138-2025": 5}


def test_counting_rules_as_designed():
    # Thuận An / Đắk Lắk: SMEs that built and ran a pilot project.
    for code, tcode in [("THUANAN-2021", "SME-PILOT-2025"), ("DAKLAK-2021", "SME-PILOT-2025")]:
        rule = _target(code, tcode)["rule"]
        assert rule["sme_only"] is True and rule["requires_project"] is True
    # Quảng Ngãi counts enterprises of any size.
    assert _target("QN-138-2025", "ENT-PILOT-2030")["rule"]["sme_only"] is False
    # Vĩnh Long lượt: systems/tools, certification, IP.
    rule = _target("VINHLONG-3064-2023", "SUPPORT-2025")["rule"]
    assert sorted(rule["support_types"]) == ["certification", "ip", "system_tool"]
    assert set(rule["support_types"]) <= set(SUPPORT_TYPES)
    # Counted statuses: completed + in progress, never cancelled.
    for code in SEED_PLANS:
        for t in templates.get_template(code)["targets"]:
            if t["kind"] in ("distinct_enterprises", "supports"):
                assert sorted(t["rule"]["statuses"]) == ["completed", "in_progress"]
            if t["kind"] == "activities":
                assert t["rule"]["activity_kind"] in ACTIVITY_KINDS
    # Ward and city figures of GRDP/TFP are contributions to the province's.
    for tcode in ("LP-2030", "TFP-2030"):
        assert _target("DAKCAM-2025", tcode)["contributes"] is True
    assert all(t["contributes"] for t in templates.get_template("THUANAN-2021")["targets"] if t["kind"] == "statistic")
    assert not any(t["contributes"] for t in templates.get_template("QN-138-2025")["targets"])


def test_thuan_an_iso9001_is_a_task_not_a_target():
    tpl = templates.get_template("THUANAN-2021")
    assert not any("ISO 9001" in t["text_as_written"] for t in tpl["targets"])
    task = next(t for t in tpl["tasks"] if "ISO 9001:2015" in t["content"])
    assert task["time_frame"] == "Hàng năm"


# --- plan headers --------------------------------------------------------------------------------

HEADERS = {
    "DAKCAM-2025": ("commune", (2025, 2030), None, None, "QN-138-2025"),
    "THUANAN-2021": ("district", (2021, 2030), None, date(2021, 11, 18), "BINHDUONG-2109-2021"),
    "DAKLAK-2021": ("province", (2021, 2030), None, None, "VN-36-2021"),
    "VINHLONG-3064-2023": ("province", (2021, 2030), "3064/QĐ-UBND", date(2023, 12, 29), "VN-36-2021"),
    "QN-138-2025": ("province", (2025, 2030), None, None, "VN-36-2021"),
}


@pytest.mark.parametrize("code", SEED_PLANS)
def test_plan_header_as_written(code):
    tpl = templates.get_template(code)
    level, period, number, when, parent = HEADERS[code]
    assert tpl["level"] == level and (tpl["start_year"], tpl["end_year"]) == period
    assert tpl["doc_number"] == number
    assert (date.fromisoformat(tpl["doc_date"]) if tpl["doc_date"] else None) == when
    assert tpl["parent"] == parent


def test_parents_and_national_plan_invent_nothing():
    national = templates.get_template("VN-36-2021")
    assert (national["doc_number"], national["doc_date"], national["level"]) == ("36/QĐ-TTg", "2021-01-11", "national")
    assert (national["start_year"], national["end_year"]) == (2021, 2030)
    assert national["targets"] == [] and national["tasks"] == [] and national["parent"] is None
    bd = templates.get_template("BINHDUONG-2109-2021")
    assert bd["targets"] == [] and bd["parent"] == "VN-36-2021"
    assert bd["doc_number"] == "2109/QĐ-UBND" and bd["doc_date"] == "2021-09-01"
    summaries = {s.code: s for s in templates.list_templates()}
    assert set(summaries) == {"VN-36-2021", "BINHDUONG-2109-2021", *SEED_PLANS}
    assert templates.list_templates()[0].code == "VN-36-2021"


# --- territory -----------------------------------------------------------------------------------

def _current_units():
    from vietnam_provinces import Province, Ward

    units = {f"{int(p.code):02d}": (p.name, None) for p in Province.iter_all()}
    units.update({f"{int(w.code):05d}": (w.name, f"{int(w.province_code):02d}") for w in Ward.iter_all()})
    return units


def test_territory_units_are_current_units_of_the_plan_province():
    units = _current_units()
    for s in templates.list_templates():
        tpl = templates.get_template(s.code)
        if tpl["territory_code"] is None:
            assert tpl["territory_units"] == [] and s.level == "national"
            continue
        home = tpl["territory_code"] if len(tpl["territory_code"]) == 2 else units[tpl["territory_code"]][1]
        for code in tpl["territory_units"]:
            assert code in units, f"{s.code}: {code} is not a current unit"
            assert (code if len(code) == 2 else units[code][1]) == home, (s.code, code)
    assert templates.get_template("DAKCAM-2025")["territory_units"] == ["23284"]
    assert units["23284"] == ("Phường Đăk Cấm", "51")
    for code, province in [("QN-138-2025", "51"), ("DAKLAK-2021", "66"), ("VINHLONG-3064-2023", "86"),
                           ("THUANAN-2021", "79"), ("BINHDUONG-2109-2021", "79")]:
        assert templates.get_template(code)["territory_code"] == province
    ta = templates.get_template("THUANAN-2021")
    assert ta["territory_name"] == "Thành phố Thuận An, tỉnh Bình Dương"
    assert {units[c][0] for c in ta["territory_units"]} == {
        "Phường An Phú", "Phường Bình Hòa", "Phường Lái Thiêu", "Phường Thuận An", "Phường Thuận Giao"}


@pytest.mark.parametrize(
    ("code", "where"),
    [
        ("THUANAN-2021", "districtCode='725'"),
        ("BINHDUONG-2109-2021", "provinceCode='74'"),
        ("DAKLAK-2021", "provinceCode='66'"),
        ("VINHLONG-3064-2023", "provinceCode='86'"),
    ],
)
def test_old_wards_land_in_the_mapped_units(code, where):
    """Every pre-2025 ward of the plan's territory converts (vietnamadminunits) into a mapped unit."""
    vau = pytest.importorskip("vietnamadminunits")
    from vietnamadminunits.database import query

    def name(text: str) -> str:  # the two packages spell a few names differently (’ vs ', spaces, case)
        return norm(text.replace("’", "'")).lower()

    units = _current_units()
    mapped = set(templates.get_template(code)["territory_units"])
    mapped_names = {name(units[c][0]) for c in mapped}
    old = query(f"select province, district, ward from admin_units_legacy where {where}")
    assert old
    for row in old:
        new = vau.convert_address(f"{row['ward']}, {row['district']}, {row['province']}")
        # Codes agree between the packages except for a few wards; the name within the province decides then.
        assert new.ward_code.zfill(5) in mapped or name(new.ward) in mapped_names, (code, row["ward"], new.ward)


# --- Quảng Ngãi appendix -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("frame", "due"),
    [
        ("Tháng 12/2025", date(2025, 12, 31)),
        ("tháng 2/2028", date(2028, 2, 29)),
        ("2026-2030", date(2030, 12, 31)),
        ("2026 – 2030", date(2030, 12, 31)),
        ("Năm 2027", date(2027, 12, 31)),
        ("Quý II/2026", date(2026, 6, 30)),
        ("Thường xuyên", None),
        ("Hàng năm", None),
        ("Hằng năm", None),
        ("", None),
        (None, None),
        ("Tháng 13/2025", None),
    ],
)
def test_due_date_from_time_frame(frame, due):
    assert templates.due_date_for(frame) == due
