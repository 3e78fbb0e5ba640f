"""The province report's per-commune appendix (issue 12): each count target with communes in rows,
in the period and cumulatively, with a totals row, and the communes that have not sent their
report for the period. Read back with python-calamine against figures worked out from the rows
the test creates."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest
import python_calamine as pc
from pilot_helpers import CAM_THANH, DAK_CAM, make_enterprise, make_support
from sqlalchemy import func, select

from nsdesk.models import Activity, AdminUnit, Submission
from nsdesk.reports.plan_report import write_plan_report
from nsdesk.services.pilots import projects
from nsdesk.services.plans import plans
from nsdesk.services.reporting import periods

PLAN = "QN-138-2025"
PERIOD = periods.calendar_half(2026)  # 01/01/2026 – 30/06/2026
SHEET = "PL VIII - Theo xã, phường"
NAMES = {DAK_CAM: "Phường Đăk Cấm", CAM_THANH: "Phường Cẩm Thành"}
# (tax code, commune, start, status, project): the province's lượt
LOTS = [
    ("5100000031", DAK_CAM, "2025-03-01", "completed", "DA-LEAN"),  # before the period: cumulative only
    ("5100000031", DAK_CAM, "2026-02-01", "in_progress", "DA-LEAN"),
    ("5100000032", DAK_CAM, "2026-03-01", "completed", "DA-LEAN"),
    ("5100000032", DAK_CAM, "2026-03-05", "completed", None),  # no pilot project: not counted
    ("5100000033", CAM_THANH, "2026-04-01", "completed", "DA-LEAN"),
    ("5100000034", CAM_THANH, "2026-05-01", "cancelled", "DA-LEAN"),  # cancelled: never counted
    ("5100000034", CAM_THANH, "2026-08-01", "in_progress", "DA-LEAN"),  # after the period
]
# (commune, held on, unit in charge): training programmes, counted by distinct unit in charge
# (the same school's second programme in Đăk Cấm counts once: the target counts schools)
TRAININGS = [(DAK_CAM, date(2026, 3, 10), "Trường Cao đẳng A"), (DAK_CAM, date(2026, 4, 20), "Trường Cao đẳng A"),
             (CAM_THANH, date(2025, 5, 1), "Trường Đại học B"),
             (CAM_THANH, date(2026, 6, 1), "Trường Đại học C")]


@pytest.fixture
def province(session):
    plans.create_from_template(session, PLAN)
    projects.create_project(session, {"code": "DA-LEAN", "name": "Mô hình điểm Lean", "status": "in_progress",
                                      "plan_code": PLAN, "start_date": "2025-01-01"})
    made = {}
    for tax, commune, start, status, project in LOTS:
        if tax not in made:
            made[tax] = make_enterprise(session, tax, name=f"Doanh nghiệp {tax}", commune_code=commune)
        make_support(session, made[tax], tools=["LEAN"], project=project, status=status, start_date=start,
                     end_date=None)
    session.add_all([Activity(kind="training_programme", title="Đào tạo năng suất", held_on=on, commune_code=c,
                              unit_in_charge=unit) for c, on, unit in TRAININGS])
    # Phường Đăk Cấm has sent its report for the period; the others have not.
    session.add(Submission(office_key=f"51/{DAK_CAM}", province_code="51", commune_code=DAK_CAM, plan_code=PLAN,
                           period_from=PERIOD.start, period_to=PERIOD.end, checksum="0" * 64, status="received"))
    session.commit()
    return session


def expected_enterprises() -> dict[str, tuple[int, int]]:
    """Distinct enterprises with a counted lượt of a pilot project, by commune: (period, cumulative)."""
    period, cumulative = defaultdict(set), defaultdict(set)
    for tax, commune, start, status, project in LOTS:
        on = date.fromisoformat(start)
        if project is None or status not in ("in_progress", "completed") or on > PERIOD.end:
            continue
        cumulative[commune].add(tax)
        if on >= PERIOD.start:
            period[commune].add(tax)
    return {NAMES[c]: (len(period[c]), len(cumulative[c])) for c in cumulative}


def expected_trainings() -> dict[str, tuple[int, int]]:
    period, cumulative = defaultdict(set), defaultdict(set)
    for commune, on, unit in TRAININGS:
        if on <= PERIOD.end:
            cumulative[commune].add(unit)
            if on >= PERIOD.start:
                period[commune].add(unit)
    return {NAMES[c]: (len(period[c]), len(cumulative[c])) for c in cumulative}


def sections(rows: list[list]) -> dict[str, list[list]]:
    """Heading ("1. …") → the rows under it, header and totals included, up to the next heading."""
    out: dict[str, list[list]] = {}
    current = None
    for r in rows:
        first = r[0] if r else ""
        if isinstance(first, str) and first[:1].isdigit() and ". " in first:
            current = first
            out[current] = []
        elif current is not None and any(c not in ("", None) for c in r):
            out[current].append(r)
    return out


def by_commune(section: list[list]) -> tuple[dict[str, tuple], list]:
    assert section[0][:4] == ["STT", "Xã, phường", "Trong kỳ", "Lũy kế"]
    body = [r for r in section[1:] if r[1] != "Tổng cộng"]
    total = next(r for r in section if r[1] == "Tổng cộng")
    return {r[1]: (r[2], r[3]) for r in body}, total


@pytest.mark.db
def test_the_province_report_has_each_target_by_commune_and_the_communes_not_yet_sent(province, tmp_path):
    out = tmp_path / "tinh.xlsx"
    result = write_plan_report(province, PLAN, PERIOD.end, out, period=PERIOD)
    book = pc.CalamineWorkbook.from_path(str(out))
    assert SHEET in book.sheet_names and book.sheet_names.index(SHEET) == 8  # after PL VII, before the data
    rows = book.get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
    assert rows[0][0] == "Phụ lục VIII"
    found = sections(rows)
    titles = list(found)
    assert titles == [  # the count targets (not the statistics), then the communes not yet sent
        "1. Doanh nghiệp xây dựng, triển khai dự án, mô hình điểm áp dụng giải pháp cải tiến năng suất"
        " (đơn vị: doanh nghiệp)",
        "2. Trường đại học, cơ sở giáo dục nghề nghiệp triển khai chương trình đào tạo về năng suất (đơn vị: trường)",
        "3. Câu lạc bộ cải tiến năng suất cho sinh viên (đơn vị: câu lạc bộ)",
        "4. Các xã, phường chưa gửi báo cáo kỳ này"]
    # Enterprises with pilot projects: numeric cells per commune, totals adding up.
    enterprises, total = by_commune(found[titles[0]])
    assert enterprises == expected_enterprises()
    assert all(isinstance(v, float | int) for pair in enterprises.values() for v in pair)
    assert total[2:4] == [sum(p for p, _ in enterprises.values()), sum(c for _, c in enterprises.values())] == [3, 3]
    trainings, total = by_commune(found[titles[1]])
    assert trainings == expected_trainings() and total[2:4] == [2, 3]
    # No student club anywhere: the table says so.
    assert found[titles[2]][1][0] == "Không có"
    # The communes that have not sent: every current commune of the province but Đăk Cấm.
    missing = found[titles[3]]
    assert missing[0][:2] == ["STT", "Xã, phường"]
    names = [r[1] for r in missing[1:]]
    communes = province.scalar(select(func.count()).select_from(AdminUnit).where(
        AdminUnit.province_code == "51", AdminUnit.level == "commune", AdminUnit.is_current.is_(True)))
    assert len(names) == communes - 1 and "Phường Đăk Cấm" not in names and "Phường Cẩm Thành" in names
    assert result.rows["communes"] == sum(len(v) for v in (enterprises, trainings))


@pytest.mark.db
def test_when_every_commune_has_sent_the_list_says_none(province, tmp_path):
    codes = province.scalars(select(AdminUnit.code).where(
        AdminUnit.province_code == "51", AdminUnit.level == "commune", AdminUnit.is_current.is_(True),
        AdminUnit.code != DAK_CAM)).all()
    province.add_all([Submission(office_key=f"51/{c}", province_code="51", commune_code=c, plan_code=PLAN,
                                 period_from=PERIOD.start, period_to=PERIOD.end, checksum="0" * 64,
                                 status="accepted") for c in codes])
    province.commit()
    out = tmp_path / "tinh.xlsx"
    write_plan_report(province, PLAN, PERIOD.end, out, period=PERIOD)
    rows = pc.CalamineWorkbook.from_path(str(out)).get_sheet_by_name(SHEET).to_python(skip_empty_area=False)
    last = list(sections(rows).values())[-1]
    assert last[0][:2] == ["STT", "Xã, phường"] and last[1][0] == "Không có"


@pytest.mark.db
def test_the_province_s_own_report_is_the_dost_s_to_the_ministry(province, tmp_path):
    """With no commune set, the office is the province's: its report is issued by the Sở Khoa học và
    Công nghệ under the province's People's Committee, to the Ministry and the Committee."""
    from nsdesk.services.common import office

    office.set_office(province, province="01")  # another province first: the commune is cleared
    office.set_office(province, province="51")
    province.commit()
    out = tmp_path / "so.xlsx"
    write_plan_report(province, PLAN, PERIOD.end, out, period=PERIOD)
    doc = pc.CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Báo cáo").to_python(skip_empty_area=False)
    assert [c for c in doc[0] if c] == ["ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert [c for c in doc[1] if c] == ["SỞ KHOA HỌC VÀ CÔNG NGHỆ", "Độc lập - Tự do - Hạnh phúc"]
    assert [c for c in doc[3] if c][0] == "Số:       /BC-SKHCN"
    cells = [c for r in doc for c in r if isinstance(c, str) and c]
    assert "Kính gửi:\n- Bộ Khoa học và Công nghệ;\n- Ủy ban nhân dân tỉnh Quảng Ngãi;" in cells
    assert "GIÁM ĐỐC" in cells and "TM. ỦY BAN NHÂN DÂN" not in cells
