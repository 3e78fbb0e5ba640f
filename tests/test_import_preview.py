"""The preview API the import wizard builds on: parse + validate without writing, mapping corrections."""

from __future__ import annotations

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from sqlalchemy import func, select

from nsdesk.errors import InputError
from nsdesk.models import Enterprise
from nsdesk.services.register.importing import pipeline as importer


def n_enterprises(db) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(Enterprise))


def test_preview_shows_mapping_problems_and_plan_without_writing(db, tmp_path):
    c = codes(3)
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["DANH SÁCH"],
        STANDARD_HEADER,
        row(c[0], "Công ty A", commune="Phường Không Có"),
        row(c[1], None),
        row(c[2], "Công ty C", employees="mười"),
    ])
    with db.sessions() as s:
        pv = importer.preview_file(s, path)
    assert pv.header_row == 2 and pv.sheet.name == "Danh sách"
    cols = {c.letter: (c.header, c.field) for c in pv.columns}
    assert cols["A"] == ("STT", None) and cols["B"] == ("MST", "tax_code") and cols["F"] == ("Xã/Phường", "commune")
    assert pv.mapping == {"tax_code": 1, "name": 2, "kind": 3, "address": 4, "commune": 5, "employees": 6,
                          "revenue": 7, "representative": 8, "phone": 9, "email": 10, "note": 11}
    assert (pv.created, pv.updated, pv.unchanged) == (1, 0, 0)
    problems = pv.problems_by_row()
    assert sorted(problems) == [3, 4, 5]
    assert [p.reason for p in problems[3]] == [None]  # a warning
    assert [p.reason for p in problems[4]] == ["name"] and [p.reason for p in problems[5]] == ["employees"]
    assert n_enterprises(db) == 0


def test_user_corrects_the_mapping_and_passes_it_back(db, tmp_path):
    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["Số hiệu", "Tên doanh nghiệp", "Liên lạc", "Nhân sự"],  # code, phone and staff columns not recognised
        [c[0], "Công ty A", "0905123456", 12],
        [c[1], "Công ty B", "0905999888", 3],
    ])
    with db.sessions() as s:
        pv = importer.preview_file(s, path)
        assert pv.missing_fields == ["tax_code"] and pv.records == []
        with pytest.raises(InputError):
            pv.check_mapping()
        fixed = importer.preview(s, pv.sheet, mapping={**pv.mapping, "tax_code": 0, "phone": 2, "employees": 3})
        assert fixed.missing_fields == [] and fixed.created == 2
        assert {c.field for c in fixed.columns} == {"tax_code", "name", "phone", "employees"}
    with db.sessions.begin() as s:
        result = importer.apply(s, fixed)
    assert result.created == 2
    with db.sessions() as s:
        a = s.scalar(select(Enterprise).where(Enterprise.tax_code == c[0]))
        assert (a.phone, a.employees) == ("0905123456", 12)


def test_forced_header_row_and_unknown_fields(db, tmp_path):
    c = codes(1)
    path = write_xlsx(tmp_path / "a.xlsx", [["x"], ["MST", "Tên DN"], [c[0], "Công ty A"]])
    with db.sessions() as s:
        pv = importer.preview_file(s, path)
        forced = importer.preview(s, pv.sheet, header_row=2)
        assert forced.created == 1 and forced.header_row == 2
        with pytest.raises(ValueError):
            importer.preview(s, pv.sheet, mapping={"size": 0})


def test_progress_during_preview_and_apply(db, tmp_path):
    c = codes(3)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER] + [row(x, f"Công ty {x}") for x in c])
    seen = []
    with db.sessions.begin() as s:
        pv = importer.preview_file(s, path, progress=lambda d, t: seen.append(("read", d, t)))
        importer.apply(s, pv, progress=lambda d, t: seen.append(("write", d, t)))
    assert seen[-1] == ("write", 3, 3) and ("read", 3, 3) in seen
