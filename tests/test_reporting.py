"""Figures and records behind the report an office signs: periods, scope, period vs cumulative, records.

Every expected figure is worked out in the test from the rows it creates.
"""

from __future__ import annotations

from datetime import date

import pytest
from pilot_helpers import CAM_THANH, make_enterprise, make_support, measure

from nsdesk.errors import InputError
from nsdesk.models import Activity, IndicatorValue, PlanTask, Target
from nsdesk.services.common import office
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import projects
from nsdesk.services.plans import plans, tasks
from nsdesk.services.reporting import budgets, data, drafts, periods, records
from nsdesk.services.reporting.figures import report_data

WARD = "DAKCAM-2025"
HALF = periods.decree_half_year(2026)  # 15/12/2025 – 14/06/2026
TO = HALF.end


# --- periods (no database) ------------------------------------------------------------------

def test_presets_have_the_decree_09_cut_off_days_and_vietnamese_labels():
    assert (HALF.start, HALF.end, HALF.label) == (date(2025, 12, 15), date(2026, 6, 14), "6 tháng đầu năm 2026")
    year = periods.decree_year(2026)
    assert (year.start, year.end, year.label) == (date(2025, 12, 15), date(2026, 12, 14), "Năm 2026")
    first, second = periods.calendar_half(2026), periods.calendar_half(2026, second=True)
    assert (first.start, first.end) == (date(2026, 1, 1), date(2026, 6, 30))
    assert (second.start, second.end, second.label) == (date(2026, 7, 1), date(2026, 12, 31), "6 tháng cuối năm 2026")
    cal = periods.calendar_year(2026)
    assert (cal.start, cal.end, cal.label) == (date(2026, 1, 1), date(2026, 12, 31), "Năm 2026")


def test_reviews_run_from_the_plan_start_to_each_milestone_and_the_end():
    mid, final = periods.plan_reviews(2025, 2030, (2025, 2027, 2030))[1:]
    assert (mid.start, mid.end, mid.kind) == (date(2025, 1, 1), date(2027, 12, 31), "midterm")
    assert mid.label == "Sơ kết giai đoạn 2025-2027"
    assert (final.start, final.end, final.kind, final.label) == (
        date(2025, 1, 1), date(2030, 12, 31), "final", "Tổng kết giai đoạn 2025-2030")
    kinds = [p.kind for p in periods.presets(2026, 2025, 2030, (2025, 2030))]
    assert kinds == ["decree_half", "decree_year", "half", "second_half", "year", "midterm", "final"]


def test_a_custom_range_must_not_end_before_it_starts():
    assert periods.custom(date(2026, 3, 1), date(2026, 3, 31)).label == "Từ ngày 01/03/2026 đến ngày 31/03/2026"
    with pytest.raises(InputError, match="sau ngày kết thúc"):
        periods.custom(date(2026, 4, 1), date(2026, 3, 31))


# --- figures --------------------------------------------------------------------------------

@pytest.fixture
def ward(session):
    """The ward plan with three counting targets and an objective without a number; raw rows around TO."""
    plans.create_from_template(session, WARD)
    plan = plans.find_plan(session, WARD)
    for n, (code, kind, minimum, rule) in enumerate([
        ("ENT", "distinct_enterprises", 5, {}),
        ("LOTS", "supports", 10, {}),
        ("DONE", "supports", 4, {"statuses": ["completed"]}),
        ("MODEL", "distinct_enterprises", None, {"requires_project": True}),
    ]):
        session.add(Target(plan_id=plan.id, code=code, title=f"Chỉ tiêu {code}", kind=kind, milestone=2030,
                           comparator="at_least", min_value=minimum, unit="doanh nghiệp", window="plan_start",
                           rule=rule, sort_order=100 + n))
    session.add_all([IndicatorValue(indicator="labour_productivity_growth", territory_code="51", year=2025, value=7.1,
                                    source="Cục Thống kê 2025"),
                     IndicatorValue(indicator="labour_productivity_growth", territory_code="51", year=2026, value=6.0,
                                    source="Ước tính 2026")])
    projects.create_project(session, {"code": "DA-LEAN", "name": "Mô hình điểm Lean", "status": "in_progress",
                                      "plan_code": WARD, "start_date": "2025-01-01"})
    projects.create_project(session, {"code": "DA-KHAC", "name": "Dự án tỉnh", "status": "completed",
                                      "start_date": "2025-06-01", "end_date": "2026-10-31"})
    projects.create_project(session, {"code": "DA-XA", "name": "Dự án phường khác", "status": "in_progress",
                                      "start_date": "2025-06-01"})
    projects.create_project(session, {"code": "DA-MUON", "name": "Dự án bắt đầu muộn", "status": "in_progress",
                                      "plan_code": WARD, "start_date": "2026-09-01"})
    a = make_enterprise(session, "5100000021", name="Công ty TNHH An Phát")
    b = make_enterprise(session, "5100000022", name="Hợp tác xã Bình Minh", kind="cooperative")
    c = make_enterprise(session, "5100000023", name="Công ty TNHH Cường Thịnh")
    far = make_enterprise(session, "5100000024", name="Công ty Cẩm Thành", commune_code=CAM_THANH)
    lots = {
        # before the period: cumulative only
        "old": make_support(session, a, tools=["KAIZEN"], project="DA-LEAN", start_date="2025-05-01",
                            end_date="2025-09-30", funding_state=60),
        # in the period
        "s1": make_support(session, a, tools=["LEAN"], project="DA-LEAN", start_date="2026-01-10",
                           end_date="2026-03-31", funding_state=100, funding_enterprise=20, funding_other=5),
        "late_end": make_support(session, b, tools=["KAIZEN"], project="DA-KHAC", start_date="2026-02-01",
                                 end_date="2026-08-04", funding_state=40),  # completed after TO
        "cancelled": make_support(session, c, status="cancelled", start_date="2026-03-01", end_date=None,
                                  funding_state=999),
        "planned": make_support(session, c, status="planned", start_date="2026-04-01", end_date=None,
                                funding_state=7),
        # out of scope
        "after": make_support(session, b, status="in_progress", start_date="2026-07-01", end_date=None,
                              funding_state=500),
        "far": make_support(session, far, project="DA-XA", start_date="2026-02-01", end_date="2026-03-01",
                            funding_state=800),
    }
    # improvement: LEAN on s1 (defect rate 8 → 6 improved; an "after" dated past TO is ignored)
    measure(session, metric="defect_rate", phase="before", value=8.0, on="2026-01-05", support=lots["s1"])
    measure(session, metric="defect_rate", phase="after", value=6.0, on="2026-05-01", support=lots["s1"])
    measure(session, metric="defect_rate", phase="after", value=9.5, on="2026-07-01", support=lots["s1"])
    # KAIZEN: defect rate unchanged on late_end, headcount up on old (a change, not an improvement)
    measure(session, metric="defect_rate", phase="before", value=5.0, on="2026-02-01", support=lots["late_end"])
    measure(session, metric="defect_rate", phase="after", value=5.0, on="2026-06-01", support=lots["late_end"])
    measure(session, metric="workers", phase="before", value=10, on="2025-05-01", support=lots["old"])
    measure(session, metric="workers", phase="after", value=12, on="2025-09-30", support=lots["old"])
    # a pair whose after falls past TO: no row at all
    measure(session, metric="scrap_rate", phase="before", value=3.0, on="2026-01-05", support=lots["s1"])
    measure(session, metric="scrap_rate", phase="after", value=2.0, on="2026-08-01", support=lots["s1"])
    # the far enterprise's pair is outside the territory
    measure(session, metric="defect_rate", phase="before", value=9.0, on="2026-02-01", support=lots["far"])
    measure(session, metric="defect_rate", phase="after", value=1.0, on="2026-03-01", support=lots["far"])
    session.add_all([
        Activity(kind="workshop", title="Hội thảo năng suất", held_on=date(2026, 3, 10), commune_code="23284"),
        Activity(kind="communication", title="Tin bài sau kỳ", held_on=date(2026, 7, 10), commune_code="23284"),
        Activity(kind="workshop", title="Hội thảo phường khác", held_on=date(2026, 3, 10), commune_code=CAM_THANH),
    ])
    session.flush()
    task = session.query(PlanTask).filter_by(plan_id=plan.id).order_by(PlanTask.sort_order, PlanTask.id).first()
    tasks.add_note(session, task.id, {"noted_on": "2026-05-20", "text": "Đã tổ chức hội nghị triển khai"})
    tasks.add_note(session, task.id, {"noted_on": "2026-09-01", "text": "Ghi chú sau kỳ báo cáo"})
    budgets.set_budget(session, WARD, {"state_budget": 300, "enterprise": 50}, year=2026)
    budgets.set_budget(session, WARD, {"state_budget": 200}, year=2025)
    session.commit()
    return session


def _target(d: data.ReportData, code: str) -> data.TargetFigure:
    return next(t for t in d.targets if t.code == code)


@pytest.mark.db
def test_targets_show_the_period_and_the_cumulative_figures(ward):
    d = report_data(ward, WARD, HALF)
    ent, lots, done = _target(d, "ENT"), _target(d, "LOTS"), _target(d, "DONE")
    # in the period: s1 (a) and late_end (b) count; cancelled and planned do not
    assert (ent.achieved_period, ent.achieved_cumulative) == (2, 2)
    assert (lots.achieved_period, lots.achieved_cumulative) == (2, 3)  # + old
    # "completed" only: late_end was still in progress on TO
    assert (done.achieved_period, done.achieved_cumulative) == (1, 2)
    assert ent.requirement == "≥ 5 doanh nghiệp" and ent.required_min == 5.0
    assert ent.status == "on_track"  # expected by the pace at TO: floor(5 × 529/2190) = 1


@pytest.mark.db
def test_an_objective_without_a_number_shows_what_was_done(ward):
    model = _target(report_data(ward, WARD, HALF), "MODEL")
    assert model.kind == "objective" and model.requirement == data.NO_QUANTITY
    assert model.status_label == "Không có chỉ tiêu định lượng"
    assert (model.achieved_period, model.achieved_cumulative) == (2, 2)  # a (DA-LEAN), b (DA-KHAC)


@pytest.mark.db
def test_statistics_keep_their_years_and_sources(ward):
    lp = _target(report_data(ward, WARD, HALF), "LP-2030")
    assert [(v.year, v.value, v.source) for v in lp.statistics] == [
        (2025, 7.1, "Cục Thống kê 2025"), (2026, 6.0, "Ước tính 2026")]
    assert lp.achieved_period == 6.0  # the period's year: 2026
    assert lp.achieved_cumulative == pytest.approx((7.1 + 6.0) / 2)


@pytest.mark.db
def test_the_lượt_list_holds_the_territory_s_lượt_of_the_period_with_status_on_to(ward):
    d = report_data(ward, WARD, HALF)
    rows = [(r.enterprise_name, r.start, r.status) for r in d.supports]
    assert rows == [
        ("Công ty TNHH An Phát", date(2026, 1, 10), "completed"),
        ("Hợp tác xã Bình Minh", date(2026, 2, 1), "in_progress"),  # completed after TO
        ("Công ty TNHH Cường Thịnh", date(2026, 3, 1), "cancelled"),
        ("Công ty TNHH Cường Thịnh", date(2026, 4, 1), "planned"),
    ]
    first = d.supports[0]
    assert (first.tax_code, first.kind, first.size_class, first.commune, first.project, first.tools) == (
        "5100000021", "Công ty TNHH", "Nhỏ", "Phường Đăk Cấm", "Mô hình điểm Lean", ("Sản xuất tinh gọn (Lean)",))
    assert d.supports[1].status_label == "Đang thực hiện"
    t = d.support_totals
    assert (t.supports, t.enterprises, t.counted) == (4, 3, 2)
    # funding of the lượt that count: s1 + late_end
    assert (t.funding_state, t.funding_enterprise, t.funding_other) == (140, 20, 5)


@pytest.mark.db
def test_projects_in_scope_are_counted_from_the_territory_s_lượt(ward):
    d = report_data(ward, WARD, HALF)
    got = {p.code: (p.enterprises, p.supports, p.supports_period, p.status, p.funding_state) for p in d.projects}
    # DA-XA: only a lượt outside the territory; DA-MUON starts after TO
    assert got == {"DA-LEAN": (1, 2, 1, "in_progress", 160), "DA-KHAC": (1, 1, 1, "in_progress", 40)}


@pytest.mark.db
def test_activities_tasks_and_funding(ward):
    d = report_data(ward, WARD, HALF)
    assert [(a.title, a.kind) for a in d.activities] == [("Hội thảo năng suất", "Hội thảo, tập huấn")]
    first = d.tasks[0]
    assert (first.latest_note, first.latest_note_on) == ("Đã tổ chức hội nghị triển khai", date(2026, 5, 20))
    funding = {f.source: (f.period, f.cumulative, f.planned_period, f.planned_cumulative) for f in d.funding}
    assert funding == {
        "state_budget": (140, 200, 300, 500),  # cumulative adds old (60)
        "enterprise": (20, 20, 50, 50),
        "other": (5, 5, 0, 0),
        "total": (165, 225, 350, 550),
    }


@pytest.mark.db
def test_improvement_counts_pairs_dated_by_to_and_headcount_as_change(ward):
    d = report_data(ward, WARD, HALF)
    got = {(r.tool, r.metric): (r.pairs, r.improved, r.unchanged, r.worse, r.has_direction) for r in d.improvement}
    assert got == {
        ("Cải tiến liên tục (Kaizen)", "Tỷ lệ sản phẩm lỗi"): (1, 0, 1, 0, True),
        ("Cải tiến liên tục (Kaizen)", "Số lao động bình quân"): (1, None, None, None, False),
        ("Sản xuất tinh gọn (Lean)", "Tỷ lệ sản phẩm lỗi"): (1, 1, 0, 0, True),
    }
    lean = next(r for r in d.improvement if r.tool.startswith("Sản xuất"))
    assert lean.median_change_pct == 25.0
    for r in d.improvement:
        if r.has_direction:
            assert r.improved + r.unchanged + r.worse == r.pairs


@pytest.mark.db
def test_an_empty_period_has_empty_lists_and_zero_figures(ward):
    d = report_data(ward, WARD, periods.custom(date(2024, 1, 1), date(2024, 6, 30)))
    assert d.supports == () and d.activities == () and d.improvement == () and d.projects == ()
    assert (d.support_totals.supports, d.support_totals.funding_total) == (0, 0)
    assert _target(d, "ENT").achieved_period == 0


@pytest.mark.db
def test_same_data_same_figures_and_the_snapshot_round_trips(ward):
    first = report_data(ward, WARD, HALF)
    assert report_data(ward, WARD, HALF) == first
    assert data.from_json(data.to_json(first)) == first


# --- records --------------------------------------------------------------------------------

@pytest.mark.db
def test_a_report_is_kept_edited_and_sent_with_its_figures(ward):
    office.set_report_defaults(ward, governing_body="ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI",
                               agency_name="ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM",
                               signer_authority=["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], signer_title="PHÓ CHỦ TỊCH",
                               signer_name="Nguyễn Văn A", addressees="Sở Khoa học và Công nghệ tỉnh Quảng Ngãi",
                               recipients=["Như trên;", "Lưu: VT, VHXH."])
    made = records.create_report(ward, WARD, HALF, {"number": "15/BC-UBND", "report_date": "14/06/2026",
                                                    "difficulties": "Thiếu chuyên gia tư vấn."})
    assert (made.status, made.agency, made.signer_authority, made.recipients) == (
        "draft", "ỦY BAN NHÂN DÂN PHƯỜNG ĐĂK CẤM", ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"),
        ("Như trên;", "Lưu: VT, VHXH."))
    assert (made.place, made.report_date, made.period) == ("Đăk Cấm", date(2026, 6, 14), HALF)
    edited = records.update_report(ward, made.id, {"proposals": "Đề nghị Sở hỗ trợ kinh phí."})
    assert edited.proposals == "Đề nghị Sở hỗ trợ kinh phí." and edited.difficulties == "Thiếu chuyên gia tư vấn."
    ward.commit()
    sent = records.mark_sent(ward, made.id, date(2026, 6, 15))
    ward.commit()
    before = records.report_figures(ward, made.id)
    # later data does not change what was sent
    c = make_enterprise(ward, "5100000029", name="Công ty Mới")
    make_support(ward, c, start_date="2026-05-01", end_date="2026-06-01")
    ward.commit()
    assert (sent.status, sent.sent_on, sent.has_snapshot) == ("sent", date(2026, 6, 15), True)
    assert records.report_figures(ward, made.id) == before
    assert len(before.supports) == 4 and len(report_data(ward, WARD, HALF).supports) == 5
    with pytest.raises(InputError, match="đã gửi"):
        records.update_report(ward, made.id, {"results": "x"})
    with pytest.raises(InputError):
        records.mark_sent(ward, made.id, date(2026, 6, 16))
    assert [r.number for r in records.list_reports(ward, WARD)] == ["15/BC-UBND"]
    assert records.get_report(ward, made.id).sent_on == date(2026, 6, 15)


@pytest.mark.db
def test_a_wrong_field_changes_nothing(ward):
    made = records.create_report(ward, WARD, HALF, {"number": "1/BC"})
    with pytest.raises(FormError):
        records.update_report(ward, made.id, {"report_date": "31/02/2026", "number": "2/BC"})
    with pytest.raises(InputError, match="sau ngày kết thúc"):
        records.update_report(ward, made.id, {"period_start": "2026-07-01"})
    assert records.get_report(ward, made.id).number == "1/BC"


@pytest.mark.db
def test_editing_a_report_can_change_its_period_preset(ward):
    made = records.create_report(ward, WARD, HALF, {"number": "1/BC"})
    year = periods.decree_year(2026)
    edited = records.update_report(ward, made.id, {"period_start": year.start, "period_end": year.end,
                                                   "period_label": year.label, "period_kind": year.kind})
    assert edited.period == year and records.get_report(ward, made.id).period.kind == "decree_year"
    # New dates without a preset's kind are a custom range.
    mine = records.update_report(ward, made.id, {"period_start": "01/03/2026", "period_end": "31/05/2026",
                                                 "period_label": "từ ngày 01/03/2026 đến ngày 31/05/2026"})
    assert (mine.period.kind, mine.period.start) == ("custom", date(2026, 3, 1))
    with pytest.raises(FormError) as wrong:
        records.update_report(ward, made.id, {"period_kind": "quarter", "number": "2/BC"})
    assert "period_kind" in wrong.value.errors
    assert records.get_report(ward, made.id).number == "1/BC"


@pytest.mark.db
def test_the_draft_results_have_one_sentence_per_target(ward):
    d = report_data(ward, WARD, HALF)
    text = drafts.draft_results(d)
    assert "- Chỉ tiêu ENT: trong kỳ đạt 2 doanh nghiệp; lũy kế đến ngày 14/06/2026 đạt 2 doanh nghiệp, " \
           "yêu cầu ≥ 5 doanh nghiệp (đúng tiến độ)." in text
    assert "- Chỉ tiêu MODEL: không có chỉ tiêu định lượng" in text
    assert len(text.splitlines()) == 1 + len(d.targets)
    assert records.defaults(ward, WARD, HALF, d)["results"] == text


@pytest.mark.db
def test_budgets_refuse_bad_amounts(ward):
    with pytest.raises(FormError):
        budgets.set_budget(ward, WARD, {"state_budget": "nhiều"}, year=2026)
    with pytest.raises(FormError):
        budgets.set_budget(ward, WARD, {"state_budget": 5}, year=2040)
    assert [(b.year, b.state_budget) for b in budgets.list_budgets(ward, WARD)] == [(2025, 200), (2026, 300)]


# --- CLI ------------------------------------------------------------------------------------

def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    from nsdesk.cli import main

    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def ward_file(sqlite_file):
    from nsdesk.db import open_database

    db = open_database(f"sqlite:///{sqlite_file}")
    with db.sessions() as s:
        plans.create_from_template(s, WARD)
        a = make_enterprise(s, "5100000031", name="Công ty TNHH An")
        make_support(s, a, start_date="2025-03-01", end_date="2025-05-01")
        make_support(s, a, start_date="2026-01-05", end_date="2026-09-01")  # in progress on 14/06/2026
        plan = plans.find_plan(s, WARD)
        s.add(Target(plan_id=plan.id, code="LOTS", title="Lượt", kind="supports", milestone=2030,
                     comparator="at_least", min_value=10, window="plan_start", rule={}, sort_order=9))
        s.commit()
    db.dispose()
    return sqlite_file


def test_cli_reports_a_period_as_json(ward_file, tmp_path, capsys):
    out = tmp_path / "bc.xlsx"
    code, stdout, stderr = _cli(capsys, "--db", str(ward_file), "report", "plan", "--plan", WARD, "--from",
                                "2025-12-15", "--to", "2026-06-14", "--out", str(out), "--number", "15/BC-UBND",
                                "--json")
    assert code == 0, stderr
    got = __import__("json").loads(stdout)
    assert got["file"] == str(out) and got["period"] == {"from": "2025-12-15", "to": "2026-06-14"}
    assert got["targets"][-1] == {"code": "LOTS", "kind": "supports", "achieved_period": 1,
                                  "achieved_cumulative": 2, "status": "on_track"}
    assert out.is_file()
    code, stdout, _ = _cli(capsys, "--db", str(ward_file), "report", "plan", "--plan", WARD, "--as-of", "2026-06-14",
                           "--out", str(out), "--json")
    assert code == 0 and __import__("json").loads(stdout)["period"] == {"from": "2025-01-01", "to": "2026-06-14"}


@pytest.mark.parametrize("args, message", [
    (["--plan", "XYZ", "--to", "2026-06-14"], "Không có kế hoạch mã «XYZ»"),
    (["--plan", WARD, "--from", "2026-07-01", "--to", "2026-06-14"], "sau ngày kết thúc"),
])
def test_cli_refuses_bad_input_and_writes_nothing(ward_file, tmp_path, capsys, args, message):
    out = tmp_path / "bc.xlsx"
    code, stdout, stderr = _cli(capsys, "--db", str(ward_file), "report", "plan", *args, "--out", str(out))
    assert code == 2 and message in stderr and len(stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.parametrize("name", ["bc.csv", "missing-folder/bc.xlsx", "folder.xlsx"])
def test_cli_refuses_an_output_that_is_not_an_xlsx_file(ward_file, tmp_path, capsys, name):
    (tmp_path / "folder.xlsx").mkdir()
    code, _out, stderr = _cli(capsys, "--db", str(ward_file), "report", "plan", "--plan", WARD, "--to", "2026-06-14",
                              "--out", str(tmp_path / name))
    assert code == 2 and len(stderr.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "nsdesk.sqlite") == ["folder.xlsx"]


def test_identify_names_a_preset_range():
    assert periods.identify(date(2025, 12, 15), date(2026, 6, 14)).label == "6 tháng đầu năm 2026"
    assert periods.identify(date(2025, 1, 1), date(2030, 12, 31), 2025, 2030, (2030,)).kind == "final"
    assert periods.identify(date(2026, 2, 1), date(2026, 2, 28)).kind == "custom"


def test_a_lượt_completed_after_the_day_was_in_progress_on_it():
    from nsdesk.services.common.counting import status_on

    day = date(2026, 6, 14)
    assert status_on("completed", date(2026, 8, 4), day) == "in_progress"
    assert status_on("completed", date(2026, 6, 14), day) == "completed"
    assert status_on("completed", None, day) == "completed"
    assert [status_on(s, date(2026, 8, 4), day) for s in ("planned", "cancelled", "in_progress")] == [
        "planned", "cancelled", "in_progress"]


@pytest.mark.db
def test_the_plan_s_presets_include_its_reviews(session):
    plans.create_from_template(session, WARD)
    found = records.plan_periods(session, WARD, 2026)
    assert [(p.kind, p.start, p.end) for p in found][-1] == ("final", date(2025, 1, 1), date(2030, 12, 31))
    assert found[0] == HALF
