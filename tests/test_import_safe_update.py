"""An import never degrades a record: accent-stripped twins, truncated and empty cells are kept
with a warning; the preview and ``--dry-run --json`` list the old → new of each update; "only
fill empty fields"."""

from __future__ import annotations

import json

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from sqlalchemy import select

from nsdesk.cli import main
from nsdesk.models import Enterprise
from nsdesk.services.register.importing import pipeline as importer

pytestmark = pytest.mark.db

NAME = "Công ty TNHH Thủy sản Sa Huỳnh"
REP = "Nguyễn Thị Hoa"
ADDRESS = "Thôn Long Thạnh 1, Sa Huỳnh"


def run(db, path, **kwargs):
    with db.sessions.begin() as s:
        pv = importer.preview_file(s, path, only_empty=kwargs.pop("only_empty", False))
        return importer.apply(s, pv, **kwargs)


def stored(db, code) -> Enterprise:
    with db.sessions() as s:
        return s.scalars(select(Enterprise).where(Enterprise.tax_code == code)).one()


def registered(db, tmp_path, code):
    result = run(db, write_xlsx(tmp_path / "first.xlsx", [
        STANDARD_HEADER,
        row(code, NAME, address=ADDRESS, representative=REP, employees=12, phone="0905123456", note="Hội viên 2024"),
    ]))
    assert result.created == 1


def test_accent_stripped_twin_is_kept_with_a_warning(db, tmp_path):
    c = codes(1)
    registered(db, tmp_path, c[0])
    result = run(db, write_xlsx(tmp_path / "hoi.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Cong ty TNHH Thuy san Sa Huynh", address="Thon Long Thanh 1, Sa Huynh",
            representative="Nguyen Thi Hoa", employees=15, phone="0905123456", note="Hội viên 2024"),
    ]))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 0)
    e = stored(db, c[0])
    assert (e.name, e.address, e.representative, e.employees) == (NAME, ADDRESS, REP, 15)
    kept = {w.column: w.message for w in result.warnings}
    assert set(kept) == {"Tên DN", "Địa chỉ", "Người đại diện"}
    assert NAME in kept["Tên DN"] and "mất dấu" in kept["Tên DN"]
    assert [(d.row, [(f.field, f.old, f.new) for f in d.fields]) for d in result.diffs] == [
        (2, [("employees", "12", "15")])]


def test_adding_accents_or_correcting_a_name_still_updates(db, tmp_path):
    c = codes(2)
    run(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Cong ty TNHH Sa Huynh"),
                                             row(c[1], "Công ty TNHH Hải Nam")]))
    result = run(db, write_xlsx(tmp_path / "b.xlsx", [STANDARD_HEADER, row(c[0], "Công ty TNHH Sa Huỳnh"),
                                                      row(c[1], "Công ty TNHH Hải Nam Quảng Ngãi")]))
    assert result.updated == 2 and result.warnings == []
    assert stored(db, c[0]).name == "Công ty TNHH Sa Huỳnh"
    assert stored(db, c[1]).name == "Công ty TNHH Hải Nam Quảng Ngãi"


def test_truncated_and_empty_cells_are_kept_with_warnings(db, tmp_path):
    c = codes(1)
    registered(db, tmp_path, c[0])
    result = run(db, write_xlsx(tmp_path / "b.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty TNHH Thủy sản Sa", address=ADDRESS, representative="", employees=12,
            phone="0905123456", note="Hội viên 2024"),
    ]))
    assert (result.updated, result.unchanged) == (0, 1)
    e = stored(db, c[0])
    assert (e.name, e.representative) == (NAME, REP)
    messages = {w.column: w.message for w in result.warnings}
    assert "cắt ngắn" in messages["Tên DN"] and "để trống" in messages["Người đại diện"]
    assert all(w.row == 2 for w in result.warnings)


def test_only_fill_empty_fields(db, tmp_path):
    c = codes(1)
    registered(db, tmp_path, c[0])
    path = write_xlsx(tmp_path / "b.xlsx", [
        STANDARD_HEADER,
        row(c[0], NAME + " Quảng Ngãi", address=ADDRESS, representative=REP, employees=40, phone="0905123456",
            note="Hội viên 2024", email="sahuynh@gmail.com"),
    ])
    result = run(db, path, only_empty=True)
    assert result.updated == 1
    assert [(f.field, f.old, f.new) for f in result.diffs[0].fields] == [("email", None, "sahuynh@gmail.com")]
    e = stored(db, c[0])
    assert (e.name, e.employees, e.email) == (NAME, 12, "sahuynh@gmail.com")


def test_dry_run_json_lists_old_and_new_per_updated_enterprise(sqlite_file, tmp_path, capsys):
    c = codes(2)
    main(["--db", str(sqlite_file), "import", "enterprises", str(write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER, row(c[0], NAME, employees=12, commune="Phường Đăk Cấm"), row(c[1], "Công ty B")]))])
    capsys.readouterr()
    path = write_xlsx(tmp_path / "b.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Cong ty TNHH Thuy san Sa Huynh", employees="30 người", commune="Phường Cẩm Thành"),
        row(c[1], "Công ty B"),
    ])
    code = main(["--db", str(sqlite_file), "import", "enterprises", str(path), "--dry-run", "--json"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0
    assert (out["created"], out["updated"], out["unchanged"]) == (0, 1, 1)
    assert out["changes"] == [{"row": 2, "tax_code": c[0], "name": NAME, "fields": [
        {"field": "employees", "label": "Số lao động", "old": "12", "new": "30"},
        {"field": "commune_code", "label": "Phường/Xã", "old": "Phường Đăk Cấm", "new": "Phường Cẩm Thành"},
    ]}]
    assert [(w["row"], w["column"]) for w in out["warnings"]] == [(2, "Số LĐ"), (2, "Tên DN")]
    # nothing written
    main(["--db", str(sqlite_file), "import", "enterprises", str(path), "--dry-run", "--json"])
    assert json.loads(capsys.readouterr().out)["updated"] == 1
