"""Communes as association lists write them: prefixes without accents, and names from before the
July 2025 reorganisation mapped to the commune that took them over (or left blank when several did)."""

from __future__ import annotations

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from sqlalchemy import select

from nsdesk.models import AdminUnit, Enterprise
from nsdesk.services.common import admin_units
from nsdesk.services.register.importing import pipeline as importer

pytestmark = pytest.mark.db


def run(db, path):
    with db.sessions.begin() as s:
        return importer.import_file(s, path)


def communes_of(db, codes_) -> list[str | None]:
    with db.sessions() as s:
        by_code = {e.tax_code: e for e in s.scalars(select(Enterprise))}
        names = dict(s.execute(select(AdminUnit.code, AdminUnit.name)).all())
        return [names.get(by_code[c].commune_code) for c in codes_]


def test_prefixes_typed_without_accents(db, tmp_path):
    c = codes(8)
    result = run(db, write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "A", commune="phuong dak cam"),
        row(c[1], "B", commune="Phuong Sa Huynh"),
        row(c[2], "C", commune="xa ngoc linh"),
        row(c[3], "D", commune="X. Son Tay"),
        row(c[4], "E", commune="XA SON TAY"),  # still not "Sơn Tây Thượng"
        row(c[5], "F", commune="Phường Cẩm Thành"),
        row(c[6], "G", commune="phuong dak"),  # no prefix-substring match
        row(c[7], "H", commune="xa ba to"),  # Ba Tô and Ba Tơ: ambiguous
    ]))
    assert result.created == 8 and not result.rejected
    assert communes_of(db, c) == ["Phường Đăk Cấm", "Phường Sa Huỳnh", "Xã Ngọc Linh", "Xã Sơn Tây", "Xã Sơn Tây",
                                  "Phường Cẩm Thành", None, None]
    assert [w.row for w in result.warnings] == [8, 9]


def test_old_commune_names_map_to_their_successor(db, tmp_path):
    c = codes(5)
    result = run(db, write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "A", commune="Xã Tịnh Ấn Tây"),
        row(c[1], "B", commune="Thị trấn Châu Ổ"),
        row(c[2], "C", commune="phuong le hong phong"),
        row(c[3], "D", commune="Phuong Tran Hung Dao"),  # two old wards of that name, two successors
        row(c[4], "E", commune="Xã Đăk Long"),  # a current name wins over an old one
    ]))
    assert result.created == 5 and not result.rejected
    assert communes_of(db, c) == ["Phường Trương Quang Trọng", "Xã Bình Sơn", "Phường Nghĩa Lộ", None,
                                  "Xã Đăk Long"]
    messages = {w.row: w.message for w in result.warnings}
    assert set(messages) == {2, 3, 4, 5}
    assert messages[2].startswith("Xã Tịnh Ấn Tây (cũ) → Phường Trương Quang Trọng")
    assert messages[4].startswith("Phường Lê Hồng Phong (cũ) → Phường Nghĩa Lộ")
    assert "Phường Trần Hưng Đạo" in messages[5]
    assert "Phường Cẩm Thành" in messages[5] and "Phường Đăk BLa" in messages[5]
    assert "để trống" in messages[5]


def test_successor_table_agrees_with_the_conversion_package():
    """The shipped table is what vietnamadminunits' converter says, for a sample of Quảng Ngãi wards."""
    vau = pytest.importorskip("vietnamadminunits")
    for old, district in (("Xã Tịnh Ấn Tây", "Thành phố Quảng Ngãi"), ("Thị trấn Châu Ổ", "Huyện Bình Sơn"),
                          ("Xã Nghĩa Hà", "Thành phố Quảng Ngãi")):
        new = vau.convert_address(f"{old}, {district}, Tỉnh Quảng Ngãi")
        found = admin_units.find_successors(old, "51")
        assert found is not None and len(found.codes) == 1
        assert found.codes[0] == new.ward_code.zfill(5)
