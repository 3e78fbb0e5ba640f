"""Which lượt count, seen where a user sees it: the progress engine, the plan report, the dashboard.

One ward with lượt of every status side by side (and a lượt of a cancelled project): only lượt in
progress or completed count; a planned lượt counts only for a target whose rule lists ``planned``;
a cancelled lượt never counts, and its certificate is not warned about. On both backends.
"""

from __future__ import annotations

from datetime import date

import pytest
import python_calamine as pc
from test_progress_helpers import enterprise, plan, project, support, target

from nsdesk.reports.plan_report import write_plan_report
from nsdesk.services.common import counting
from nsdesk.services.plans.progress import members, progress
from nsdesk.ui.overview.data import load_dashboard

AS_OF = date(2026, 6, 30)


@pytest.fixture
def ward(session):
    """Plan P1 (Phường Đăk Cấm) and five enterprises, one lượt each:

    A completed, project PRJ-1, Lean, certificate expiring in 30 days · B in progress, Kaizen ·
    C cancelled, project PRJ-1, Lean + Kaizen, certificate expiring in 46 days · D planned (started),
    Kaizen, certificate expiring in 32 days · E completed, Lean, project PRJ-X which is cancelled.
    """
    p = plan(session)
    target(session, p, "LUOT", "supports", min=10)
    target(session, p, "DN", "distinct_enterprises", min=10)
    target(session, p, "WITH_PLANNED", "supports", min=10,
           rule={"statuses": ["planned", "in_progress", "completed"]})
    target(session, p, "IN_PROJECT", "distinct_enterprises", min=10, rule={"requires_project": True})
    live, dead = project(session, "PRJ-1", "in_progress", p), project(session, "PRJ-X", "cancelled", p)
    a, b, c, d, e = (enterprise(session, name=f"Công ty TNHH {n}") for n in "ABCDE")
    s = {
        "A": support(session, a, date(2025, 3, 1), "completed", tools=("LEAN",), project=live),
        "B": support(session, b, date(2025, 6, 1), "in_progress", tools=("KAIZEN",)),
        "C": support(session, c, date(2025, 4, 1), "cancelled", tools=("LEAN", "KAIZEN"), project=live),
        "D": support(session, d, date(2025, 5, 1), "planned", tools=("KAIZEN",)),
        "E": support(session, e, date(2025, 7, 1), "completed", tools=("LEAN",), project=dead),
    }
    for key, expires in (("A", date(2026, 7, 30)), ("C", date(2026, 8, 15)), ("D", date(2026, 8, 1))):
        s[key].cert_number, s[key].cert_body, s[key].cert_expires = f"GCN-{key}", "Quacert", expires
    session.commit()
    return s


def test_the_rule_itself():
    assert [st for st in ("planned", "in_progress", "completed", "cancelled") if counting.counts(st)] == [
        "in_progress", "completed"]
    assert counting.counts("planned", include_planned=True) and not counting.counts("cancelled", True)
    assert counting.rule_statuses(["completed", "cancelled", "planned"]) == ["completed", "planned"]
    assert counting.rule_statuses([]) == ["in_progress", "completed"]


def test_progress_counts_in_progress_and_completed_planned_when_asked_never_cancelled(session, ward):
    got = {t.code: t.achieved for t in progress(session, "P1", AS_OF).targets}
    assert got == {"LUOT": 3, "DN": 3, "WITH_PLANNED": 4, "IN_PROJECT": 1}
    assert sorted(m.id for m in members(session, "P1", "LUOT", AS_OF)) == sorted(
        ward[k].id for k in "ABE")
    assert sorted(m.id for m in members(session, "P1", "WITH_PLANNED", AS_OF)) == sorted(
        ward[k].id for k in "ABDE")


def read(path) -> dict[str, list[list]]:
    wb = pc.CalamineWorkbook.from_path(str(path))
    return {name: wb.get_sheet_by_name(name).to_python(skip_empty_area=False) for name in wb.sheet_names}


def body(rows: list[list]) -> list[list]:
    """The rows under the table's header (column A "STT"), up to the first blank row."""
    at = next(i for i, r in enumerate(rows) if r and r[0] == "STT")
    out = []
    for r in rows[at + 1:]:
        if all(c in ("", None) for c in r) or r[0] in ("", None):  # the end, or the totals row
            break
        out.append(r)
    return out


def test_the_plan_report_counts_the_same_lượt(session, ward, tmp_path):
    out = tmp_path / "bao-cao.xlsx"
    write_plan_report(session, "P1", AS_OF, out)
    book = read(out)
    # Cumulative column of the targets appendix: the engine's figures, in the targets' order.
    assert [r[4] for r in body(book["PL I - Chỉ tiêu"])] == [3, 3, 4, 1]
    # Pilot projects counted from the lượt that count: PRJ-1 has A (C was cancelled).
    assert [(r[6], r[7]) for r in body(book["PL III - Dự án điểm"])][:1] == [(1, 1)]
    # Every lượt is listed, with its status.
    assert sorted(r[12] for r in body(book["PL II - Lượt hỗ trợ"])) == sorted(
        ["Hoàn thành", "Đang thực hiện", "Đã hủy", "Kế hoạch", "Hoàn thành"])


def test_the_dashboard_shows_the_same_figures_and_no_cancelled_certificate(session, ward):
    data = load_dashboard("P1", AS_OF)(session, None, None)
    assert data.plan_code == "P1"
    assert {t.code: t.achieved for t in data.progress.targets} == {
        "LUOT": 3, "DN": 3, "WITH_PLANNED": 4, "IN_PROJECT": 1}
    # Certificates expiring within 90 days: A's and the planned D's, never the cancelled C's.
    assert [(c.number, c.expires) for c in data.certificates] == [
        ("GCN-A", date(2026, 7, 30)), ("GCN-D", date(2026, 8, 1))]
    assert [c.enterprise for c in data.certificates] == ["Công ty TNHH A", "Công ty TNHH D"]
