"""A wide survey sheet of measurements — one row per enterprise, one column per metric and
before/after — is read as the long form would be: each filled cell one measurement, a wrong cell
rejecting only itself (its row once in the rejected-rows file), a wrong tax code said once per row,
a computed metric's column left out with one warning, and re-importing creates nothing."""

from __future__ import annotations

import json

import pytest
from fixtures.register_files import write_xlsx
from pilot_helpers import registered
from sqlalchemy import select

from nsdesk.cli import main
from nsdesk.models import Measurement, Metric
from nsdesk.services.pilots import importing

pytestmark = pytest.mark.db


@pytest.fixture
def three(db):
    return registered(db, 3, "Công ty TNHH Khảo sát {i}")


def stored(db) -> list[tuple[str, str, str, float]]:
    """The values entered (not those worked out from them)."""
    from nsdesk.models import Enterprise

    with db.sessions() as s:
        return sorted(s.execute(select(Enterprise.tax_code, Metric.code, Measurement.phase, Measurement.value)
                                .join(Metric, Metric.id == Measurement.metric_id)
                                .join(Enterprise, Enterprise.id == Measurement.enterprise_id)
                                .where(Metric.computed_from.is_(None))).all())


def test_a_wide_survey_sheet(db, three, tmp_path):
    c = three
    path = write_xlsx(tmp_path / "khao_sat.xlsx", [
        ["PHIẾU KHẢO SÁT NĂNG SUẤT NĂM 2025"],
        ["STT", "Mã số thuế", "Tên doanh nghiệp", "Số lao động trước", "Số lao động sau",
         "Doanh thu trước (triệu đồng)", "Doanh thu (sau)", "Năng suất lao động trước", "Ngày đo"],
        [1, c[0], "A", 20, 25, "1.234,5", 1500, 61.7, "31/12/2024"],
        [2, c[1], "B", 30, None, 800, 900, None, "31/12/2024"],
        [3, c[2], "C", "mười", 12, "nhiều", 120, None, "31/12/2024"],
        [4, "999", "D", 5, 6, None, None, None, None],
    ])
    with db.sessions.begin() as s:
        pv = importing.preview_file(s, "measurements", path)
        assert [(w.header, w.metric, w.phase) for w in pv.wide] == [
            ("Số lao động trước", "workers", "before"), ("Số lao động sau", "workers", "after"),
            ("Doanh thu trước (triệu đồng)", "revenue", "before"), ("Doanh thu (sau)", "revenue", "after")]
        assert not pv.missing_fields
        result = importing.apply(s, pv)
    assert result.created == 4 + 3 + 2
    assert [(p.row, p.column, p.reason) for p in result.rejected] == [
        (5, "Số lao động trước", "value"), (5, "Doanh thu trước (triệu đồng)", "value"), (6, "Mã số thuế", "tax_code")]
    assert [r[0] for r in pv.rejected_rows] == [5, 6]  # each sheet row once in the rejected-rows file
    assert any(p.row == 2 and p.column == "Năng suất lao động trước" and "được tính tự động" in p.message
               for p in result.warnings)
    got = stored(db)
    assert (c[0], "revenue", "before", 1234.5) in got and (c[0], "workers", "after", 25) in got
    assert (c[1], "workers", "after") not in {r[:3] for r in got}  # an empty cell is no measurement
    assert {r[:3] for r in got if r[0] == c[2]} == {(c[2], "workers", "after"), (c[2], "revenue", "after")}
    with db.sessions.begin() as s:  # the same file again: nothing new
        again = importing.import_file(s, "measurements", path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 9)


def test_a_metric_name_merged_over_before_and_after_sub_headers(db, three, tmp_path, capsys):
    c = three
    path = write_xlsx(tmp_path / "khao_sat.xlsx", [
        ["STT", "Mã số thuế", "Số lao động bình quân", None, "Tỷ lệ sản phẩm lỗi", None],
        [None, None, "Trước", "Sau", "Trước", "Sau"],
        [1, c[0], 20, 22, 5, 3],
        [2, c[1], 10, 11, None, None],
    ], merges=("C1:D1", "E1:F1"))
    code = main(["--db", db.url, "import", "measurements", str(path), "--json"])
    out = json.loads(capsys.readouterr().out)
    assert (code, out["created"], out["rejected"]) == (0, 6, [])
    assert stored(db)[:4] == sorted([(c[0], "defect_rate", "after", 3), (c[0], "defect_rate", "before", 5),
                                     (c[0], "workers", "after", 22), (c[0], "workers", "before", 20)])
    assert main(["--db", db.url, "import", "measurements", str(path), "--dry-run"]) == 0
    text = capsys.readouterr().out
    assert ('"Số lao động bình quân – Trước" → Số lao động bình quân (trước)' in text
            and "không đổi" in text.splitlines()[0])


def test_a_long_sheet_is_not_taken_for_a_wide_one(db, three, tmp_path):
    c = three
    path = write_xlsx(tmp_path / "dai.xlsx", [
        ["MST", "Chỉ tiêu", "Trước/Sau", "Giá trị", "Số lao động sau"],  # a heading a wide sheet would have
        [c[0], "workers", "Trước", 20, 99],
    ])
    with db.sessions() as s:
        pv = importing.preview_file(s, "measurements", path)
    assert pv.wide == [] and pv.created == 1


@pytest.mark.parametrize("header, expected", [
    ("Số lao động trước", ("before", "so lao dong")), ("Doanh thu (sau)", ("after", "doanh thu")),
    ("Doanh thu thuần sau hỗ trợ (triệu đồng)", ("after", "doanh thu thuan")),
    ("Trước hỗ trợ - OEE (%)", ("before", "oee")), ("Tỷ lệ sản phẩm lỗi, ban đầu", ("before", "ty le san pham loi")),
    ("Số lao động", (None, "so lao dong")), ("Sau", (None, "sau")), ("Ghi chú sau cùng", (None, "ghi chu sau cung")),
])
def test_a_header_says_its_phase(header, expected):
    from nsdesk.services.pilots.importing.wide import split_phase

    assert split_phase(header) == expected
