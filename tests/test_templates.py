"""Every shipped plan template held against the seed text it was read from.

The seeds are the five real plans in ``../shared/seeds`` (next to the repository). Each target's
sentence must occur in its plan, carry the target's numbers and milestone, and its wording must
agree with the comparator, kind and counting rule; every task row of the Quảng Ngãi appendix must
be in the template, counted here independently from the seed text.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from nsdesk.models import ACTIVITY_KINDS, SUPPORT_TYPES
from nsdesk.services.plans import templates

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
SEED_PLANS = ["DAKCAM-2025", "THUANAN-2021", "DAKLAK-2021", "VINHLONG-3064-2023", "QN-138-2025"]


def norm(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def seed_raw(code: str) -> str:
    if not SEEDS.is_dir():
        pytest.skip(f"seed texts not found at {SEEDS} (they live next to the repository, in shared/seeds)")
    tpl = templates.get_template(code)
    return (SEEDS / tpl["source"]).read_text(encoding="utf-8")


def seed(code: str) -> str:
    return norm(seed_raw(code))


def number_in(value: float, text: str) -> bool:
    """The number as a plan writes it: 7 as "7" or "07", 6.5 as "6,5"."""
    written = f"{value:g}".replace(".", ",")
    return re.search(rf"(?<![\d,]){'0?' if value < 10 else ''}{re.escape(written)}(?![\d,]*\d)", text) is not None


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


@pytest.mark.parametrize(("code", "target"), list(all_targets()))
def test_target_is_in_the_plan_as_written(code, target):
    text = seed(code)
    fragment = norm(target["text_as_written"])
    assert fragment in text
    assert number_in(target["min"], fragment), (target["min"], fragment)
    if target["max"] is not None:
        assert number_in(target["max"], fragment), (target["max"], fragment)
    milestone = str(target["milestone"])
    if milestone not in fragment:
        heading = norm(target["milestone_as_written"])
        assert heading in text and milestone in heading
        if "Mục tiêu đến năm" in heading:  # the fragment sits under that heading, before the next one
            start = text.index(heading)
            nxt = text.find("Mục tiêu đến năm", start + len(heading))
            pos = text.find(fragment, start)
            assert pos > start and (nxt == -1 or pos < nxt), f"{target['code']} is not under {heading!r}"

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


def test_every_numeric_goal_of_each_plan_has_a_target():
    """Sentences under "Mục tiêu cụ thể" that carry a figure are all templated (none forgotten)."""
    for code in SEED_PLANS:
        text = seed(code)
        section = text[text.index("Mục tiêu cụ thể"): text.index("NHIỆM VỤ VÀ GIẢI PHÁP")]
        figures = re.findall(r"\d+(?:,\d+)?\s?%|\b0?\d{1,2}\b(?= (?:doanh nghiệp|lượt|câu lạc bộ|chuyên gia|trường))", section)
        written = " ".join(norm(t["text_as_written"]) for t in templates.get_template(code)["targets"])
        for fig in figures:
            assert fig in written, f"{code}: figure {fig!r} of the goals has no target"


HAND_CHECKED = {
    # (plan, target): (kind, milestone, comparator, min, max)
    ("DAKLAK-2021", "SME-PILOT-2025"): ("distinct_enterprises", 2025, "range", 7, 10),
    ("DAKLAK-2021", "SME-PILOT-2030"): ("distinct_enterprises", 2030, "range", 10, 15),
    ("DAKLAK-2021", "STUDENT-CLUB-2030"): ("activities", 2030, "range", 1, 2),
    ("DAKLAK-2021", "TFP-2025"): ("statistic", 2025, "about", 30, None),
    ("DAKLAK-2021", "TFP-2030"): ("statistic", 2030, "more_than", 35, None),
    ("VINHLONG-3064-2023", "SUPPORT-2025"): ("supports", 2025, "at_least", 30, None),
    ("VINHLONG-3064-2023", "SUPPORT-2030"): ("supports", 2030, "at_least", 40, None),
    ("VINHLONG-3064-2023", "LP-2025"): ("statistic", 2025, "yearly_rate", 8.3, None),
    ("THUANAN-2021", "SME-PILOT-2025"): ("distinct_enterprises", 2025, "at_least", 1, None),
    ("THUANAN-2021", "CLUB-2025"): ("activities", 2025, "at_least", 1, None),
    ("THUANAN-2021", "EXPERT-2025"): ("activities", 2025, "about", 1, None),
    ("THUANAN-2021", "SME-PILOT-2030"): ("distinct_enterprises", 2030, "at_least", 2, None),
    ("THUANAN-2021", "LP-2030"): ("statistic", 2030, "yearly_rate", 7.5, None),
    ("QN-138-2025", "ENT-PILOT-2030"): ("distinct_enterprises", 2030, "range", 5, 10),
    ("QN-138-2025", "LP-2030"): ("statistic", 2030, "yearly_rate", 7.5, None),
    ("QN-138-2025", "TFP-2030"): ("statistic", 2030, "about", 55, None),
    ("QN-138-2025", "TRAINING-2030"): ("activities", 2030, "range", 1, 2),
    ("DAKCAM-2025", "LP-2030"): ("statistic", 2030, "yearly_rate", 6.5, None),
    ("DAKCAM-2025", "TFP-2030"): ("statistic", 2030, "about", 45, None),
}


def _target(code, tcode):
    return next(t for t in templates.get_template(code)["targets"] if t["code"] == tcode)


def test_hand_checked_expectations():
    for (code, tcode), (kind, milestone, comparator, lo, hi) in HAND_CHECKED.items():
        t = _target(code, tcode)
        assert (t["kind"], t["milestone"], t["comparator"], t["min"], t["max"]) == (kind, milestone, comparator, lo, hi), tcode
    counts = {code: len(templates.get_template(code)["targets"]) for code in SEED_PLANS}
    assert counts == {"DAKCAM-2025": 2, "THUANAN-2021": 8, "DAKLAK-2021": 7, "VINHLONG-3064-2023": 6, "QN-138-2025": 5}


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
    assert norm(task["content"]) in seed("THUANAN-2021")


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
    text = seed(code)
    title = tpl["title"].removeprefix("Kế hoạch ")
    assert title.lower() in text.lower()
    if number is None and "Số:" in text:
        assert re.search(r"Số:\s*/KH-UBND", text), "the template leaves the number blank only where the plan does"
    if number:
        assert number in text


def test_parents_and_national_plan_invent_nothing():
    national = templates.get_template("VN-36-2021")
    assert (national["doc_number"], national["doc_date"], national["level"]) == ("36/QĐ-TTg", "2021-01-11", "national")
    assert (national["start_year"], national["end_year"]) == (2021, 2030)
    assert national["targets"] == [] and national["tasks"] == [] and national["parent"] is None
    bd = templates.get_template("BINHDUONG-2109-2021")
    assert bd["targets"] == [] and bd["parent"] == "VN-36-2021"
    cited = f"Quyết định số {bd['doc_number']} ngày 01/9/2021 của UBND tỉnh Bình Dương"
    assert cited in seed("THUANAN-2021")
    assert "Kế hoạch số 138/KH-UBND ngày 20 tháng 6 năm 2025" in seed("DAKCAM-2025")
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

_ROW = re.compile(r"^\s*(?:((?:IV|V|I{1,3})(?:\.\d{1,2})?)(?:\s+\S.*)?|(\d{1,2}(?:\.\d{1,2})?))\s*$")


def appendix_numbers(raw: str) -> list[str]:
    """Row numbers of the appendix table, in order, read from the seed (page numbers skipped)."""
    lines = raw[raw.index("PHỤ LỤC"):].splitlines()
    numbers = []
    for i, line in enumerate(lines):
        m = _ROW.match(line)
        if not m:
            continue
        following = next((x for x in lines[i + 1:] if x.strip()), "")
        if m.group(2) and following.strip().startswith("STT"):
            continue  # a page number above the repeated table header
        numbers.append(m.group(1) or m.group(2))
    return numbers


def occurs(piece: str, text: str, max_parts: int = 2, max_gap: int = 400) -> bool:
    """``piece`` occurs in ``text`` whole, or in two consecutive parts split by a page break."""
    if piece in text:
        return True
    words = piece.split(" ")
    for cut in range(3, len(words) - 2):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        start = text.find(head)
        while start != -1:
            after = start + len(head)
            pos = text.find(tail, after)
            if pos != -1 and pos - after <= max_gap:
                return True
            start = text.find(head, start + 1)
    return False


def test_quang_ngai_tasks_match_every_appendix_row():
    raw = seed_raw("QN-138-2025")
    text = norm(raw)
    appendix = text[text.index("PHỤ LỤC"):]
    numbers = appendix_numbers(raw)
    tasks = templates.task_rows(templates.get_template("QN-138-2025"))
    assert len(numbers) == 27  # the parser itself, against a count made by hand
    assert len(tasks) == len(numbers)
    assert [t["number"] for t in tasks] == numbers
    squashed = re.sub(r"\s*-\s*", "-", appendix)
    for t in tasks:
        assert occurs(norm(t["content"]), appendix), t["number"]
        for field in ("lead_unit", "partner_units", "note"):
            if t[field]:
                assert norm(t[field]) in appendix, (t["number"], field)
        if t["time_frame"]:
            assert re.sub(r"\s*-\s*", "-", t["time_frame"]) in squashed, t["number"]
    sections = [t for t in tasks if re.fullmatch(r"(?:IV|V|I{1,3})(?:\.\d+)?", t["number"])]
    assert [t["number"] for t in sections] == ["I", "II", "II.1", "II.2", "II.3", "III", "IV"]
    assert all(t["lead_unit"] is None for t in sections)
    by = {(t["number"], t["content"][:20]): t for t in tasks}
    first = by[("1.1", "Xây dựng Kế hoạch tr")]
    assert first["time_frame"] == "Tháng 12/2025" and first["due_date"] == date(2025, 12, 31)
    assert first["lead_unit"] == "Sở Khoa học và Công nghệ"
    assert tasks[3]["note"] == "Sau khi được Bộ Khoa học và Công nghệ công hướng dẫn"
    frames = {t["time_frame"] for t in tasks}
    assert frames == {None, "Tháng 12/2025", "Thường xuyên", "2026-2030", "2025-2030", "Hàng năm"}
    for t in tasks:
        if t["time_frame"] in ("2026-2030", "2025-2030"):
            assert t["due_date"] == date(2030, 12, 31)
        elif t["time_frame"] != "Tháng 12/2025":
            assert t["due_date"] is None


def test_other_plans_tasks_are_in_their_text():
    for code in ("DAKCAM-2025", "THUANAN-2021", "VINHLONG-3064-2023"):
        text = seed(code)
        for t in templates.get_template(code)["tasks"]:
            assert norm(t["content"]) in text, (code, t["number"])
            for field in ("lead_unit", "partner_units"):
                if t[field]:
                    assert norm(t[field]).lower() in text.lower(), (code, t["number"], field)


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
