"""The register import's further columns (sector, year founded, capital, association, registered by)
and numbers written with a unit or Vietnamese separators."""

from __future__ import annotations

import pytest
from fixtures.register_files import codes, write_xlsx
from sqlalchemy import select

from nsdesk.models import Enterprise
from nsdesk.services.register.importing import pipeline as importer

pytestmark = pytest.mark.db

HEADER = ["Mã số thuế", "Tên doanh nghiệp", "Ngành nghề", "Năm thành lập", "Số lao động", "Doanh thu",
          "Tổng nguồn vốn", "Hiệp hội", "Người đăng ký"]


def run(db, path):
    with db.sessions.begin() as s:
        return importer.import_file(s, path)


def stored(db) -> dict[str, Enterprise]:
    with db.sessions() as s:
        return {e.tax_code: e for e in s.scalars(select(Enterprise))}


def test_sector_year_capital_association_and_registered_by(db, tmp_path):
    c = codes(6)
    result = run(db, write_xlsx(tmp_path / "a.xlsx", [
        HEADER,
        [c[0], "Công ty TNHH Thủy sản Sa Huỳnh", "10", 2015, 30, 25000, 12000, "Hiệp hội Thủy sản", "Trần Văn Bình"],
        [c[1], "Công ty CP May Quảng Ngãi", "C", "05/03/2012", "250 người", "1.234,5", "2 tỷ", None, None],
        [c[2], "Công ty TNHH Thương mại An", "Bán buôn (trừ ô tô, mô tô, xe máy và xe có động cơ khác)", None, 8,
         900, None, None, None],
        [c[3], "Công ty TNHH Chế biến Gỗ", 1621.0, None, 12, None, None, None, None],
        [c[4], "Công ty TNHH Ngành Lạ", "Ngành gì đó", 1850, None, None, None, None, None],
        [c[5], "Công ty TNHH Lao Động", None, None, "30 - 40 người", None, None, None, None],
    ]))
    assert result.created == 5
    assert [(r.row, r.reason) for r in result.rejected] == [(7, "employees")]
    e = stored(db)
    a, b, t, w, x = (e[k] for k in c[:5])
    assert (a.sector_code, a.founded_year, a.capital, a.association, a.registered_by) == (
        "10", 2015, 12000, "Hiệp hội Thủy sản", "Trần Văn Bình")
    assert a.size_class == "small"  # manufacturing, 30 workers, 25 billion revenue
    assert (b.sector_code, b.founded_year, b.employees, b.revenue, b.capital) == ("C", 2012, 250, 1234.5, 2000)
    assert t.sector_code == "46" and t.size_class == "micro"
    assert w.sector_code == "16"  # 1621 read as the division 16
    assert x.sector_code is None and x.founded_year is None
    warned = {(w_.row, w_.column) for w_ in result.warnings}
    assert warned == {(3, "Năm thành lập"), (3, "Số lao động"), (3, "Doanh thu"), (3, "Tổng nguồn vốn"),
                      (6, "Ngành nghề"), (6, "Năm thành lập")}
    notes = {w_.column: w_.message for w_ in result.warnings if w_.row == 3}
    assert "\"250 người\" là 250" in notes["Số lao động"] and "\"2 tỷ\" là 2000" in notes["Tổng nguồn vốn"]


def test_a_new_sector_recomputes_the_size_class_on_update(db, tmp_path):
    c = codes(1)
    run(db, write_xlsx(tmp_path / "a.xlsx", [HEADER[:2] + ["Số lao động", "Doanh thu"],
                                             [c[0], "Công ty TNHH An", 60, 60000]]))
    before = stored(db)[c[0]].size_class
    result = run(db, write_xlsx(tmp_path / "b.xlsx", [HEADER[:3], [c[0], "Công ty TNHH An", "G"]]))
    assert result.updated == 1
    e = stored(db)[c[0]]
    assert e.sector_code == "G" and before == "unknown" and e.size_class == "medium"  # trade: 60 workers is medium


@pytest.mark.parametrize("text, expected", [
    ("ISO 9001:2015", "ISO9001"), ("TCVN ISO 9001:2015", "ISO9001"), ("iso 22000 : 2018", "ISO22000"),
    ("ISO/IEC 27001:2013", "ISO27001"), ("ISO9001-2015", "ISO9001"), ("ISO 14001", "ISO14001"),
    ("ISO 9001:15", None), ("HACCP", None), ("ISO", None), ("Lean 2015", None), ("ISO 9001 và 5S", None),
])
def test_a_standard_cited_with_its_edition_is_the_standard(text, expected):
    from nsdesk.services.pilots.importing.columns import standard_code

    assert standard_code(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("03/2024", (3, 2024)), ("3-2024", (3, 2024)), ("Tháng 3/2024", (3, 2024)), ("tháng 12 năm 2024", (12, 2024)),
    ("13/2024", None), ("2024", None), ("15/03/2024", None), ("03/24", None),
])
def test_a_date_known_only_to_its_month(text, expected):
    from nsdesk.services.pilots.importing.columns import month_year

    assert month_year(text) == expected
