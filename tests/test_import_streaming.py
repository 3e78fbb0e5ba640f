"""A register too large to hold is imported in chunks with the same result as the whole-sheet path (issue 15)."""

from __future__ import annotations

import json

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from sqlalchemy import select

from nsdesk.models import Enterprise, name_order
from nsdesk.services.common.text import sort_key
from nsdesk.services.register import enterprises, search
from nsdesk.services.register.importing import pipeline as importer
from nsdesk.services.register.importing import streaming
from nsdesk.services.register.search import EnterpriseQuery
from nsdesk.xlsx import reader


def _messy(tmp_path):
    c = codes(12)
    rows = [
        ["DANH SÁCH HỘI VIÊN"],
        STANDARD_HEADER,
        row(c[0], "Công ty TNHH Thủy sản Sa Huỳnh", commune="Đăk Cấm", employees=12, stt=1),
        row(c[1], "Công ty B", employees="12.5", stt=2),  # rejected
        row(c[2], "Cộng", commune="Phường Không Có", stt=3),  # a name that reads like a total
        row(c[3], "Công ty D (cũ)", stt=4),
        row(c[4], "Công ty E", commune="Cẩm Thành", stt=5),
        row(c[5], "Công ty F", stt=6),
        row(c[6], "Công ty G cũ", representative="Lê Văn Bình", stt=7),
        row(c[3], "Công ty D", stt=8),  # the later row wins, across chunks
        row(c[7], "Hộ kinh doanh H", stt=9),
        ["", "Người lập biểu"],  # a signature line with data after it, then a total row: data goes on
        row(c[8], "Công ty I", stt=10),
        row(c[0], "Cong ty TNHH Thuy san Sa Huynh", stt=11),  # an accent-stripped twin: kept with a warning
        ["Tổng cộng", "", "", "", "", "", 24],
        row(c[9], "Công ty dưới dòng tổng", stt=12),
    ]
    return c, write_xlsx(tmp_path / "hoi_vien.xlsx", rows, merges=("F6:F8",))


def _state(session):
    return sorted((e.tax_code, e.name, e.commune_code, e.employees, e.kind, e.representative)
                  for e in session.scalars(select(Enterprise)))


def _import(db, path, **kwargs):
    with db.sessions() as s:
        enterprises.create(s, {"tax_code": codes(12)[0], "name": "Công ty TNHH Thủy sản Sa Huỳnh"})
        enterprises.create(s, {"tax_code": codes(12)[6], "name": "Công ty G cũ", "representative": "Lê Văn An"})
        s.flush()
        pv = importer.preview_file(s, path)
        result = importer.apply(s, pv, backup=False, **kwargs)
        state = _state(s)
        assert name_order.check(s) == []
        # every imported name sorts in the Vietnamese order, whichever path wrote it
        assert all(e.name_sort == sort_key(e.name) for e in s.scalars(select(Enterprise)))
        found = [r.name for r in search.page(s, EnterpriseQuery(text="cong ty"), 0, 50)]
        s.rollback()
    return pv, result.to_json(), state, found


@pytest.mark.parametrize("dry_run", [False, True])
def test_chunks_give_what_the_whole_sheet_gives(db, tmp_path, monkeypatch, dry_run):
    _c, path = _messy(tmp_path)
    whole_pv, whole, whole_state, whole_found = _import(db, path, dry_run=dry_run)
    assert whole_pv.source is None
    monkeypatch.setattr(reader, "STREAM_FROM_BYTES", 1)
    monkeypatch.setattr(importer, "CHUNK", 3)
    pv, streamed, state, found = _import(db, path, dry_run=dry_run)
    assert isinstance(pv.source, streaming.Source) and len(pv.sheet.rows) <= streaming.HEAD_ROWS
    assert streamed == whole
    assert state == whole_state and found == whole_found
    assert (whole["created"], whole["updated"], whole["unchanged"]) == (6, 1, 1)
    assert [(c["row"], [f["new"] for f in c["fields"]]) for c in whole["changes"]] == [(9, ["Lê Văn Bình"])]
    assert whole["merged_duplicate_rows"] == [10, 14]  # c[3] and c[0] again: the later rows win
    assert [r["row"] for r in whole["rejected"]] == [4, 12, 12]  # the signature line was data: a total follows
    assert "Giữ nguyên Tên doanh nghiệp" in json.dumps(whole, ensure_ascii=False)
    assert pv.data_end_row == whole_pv.data_end_row == 15
    assert pv.rejected_rows == whole_pv.rejected_rows


def test_the_rejected_rows_file_is_the_same(db, tmp_path, monkeypatch):
    _c, path = _messy(tmp_path)
    monkeypatch.setattr(reader, "STREAM_FROM_BYTES", 1)
    with db.sessions() as s:
        pv = importer.preview_file(s, path)
        assert pv.source is not None
        assert importer.save_rejected(pv, tmp_path / "loi.xlsx") == 2
    rows = reader.read_sheet(tmp_path / "loi.xlsx").rows
    assert rows[1][2] == "Công ty B" and "Lỗi" in rows[0]


def test_a_million_row_register_does_not_go_through_calamine(tmp_path, monkeypatch):
    """Past the threshold, open_sheet never loads the sheet whole (calamine is not called)."""
    import python_calamine

    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(codes(1)[0], "Công ty A")])
    monkeypatch.setattr(reader, "STREAM_FROM_BYTES", 1)

    def refuse(*_a, **_k):
        raise AssertionError("calamine read the whole sheet")

    monkeypatch.setattr(python_calamine.CalamineWorkbook, "from_path", refuse)
    with reader.open_sheet(path) as stream:
        assert stream.head(2)[1][:3] == ["", codes(1)[0], "Công ty A"]


def test_the_sample_of_a_streamed_sheet_shows_a_merged_commune_on_every_row(db, tmp_path, monkeypatch):
    c = codes(3)
    path = write_xlsx(tmp_path / "gop.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A", commune="Phường Đăk Cấm"),
                                              row(c[1], "Công ty B"), row(c[2], "Công ty C")], merges=("F2:F3",))
    monkeypatch.setattr(reader, "STREAM_FROM_BYTES", 1)
    with db.sessions() as s:
        pv = importer.preview_file(s, path)
    assert isinstance(pv.source, streaming.Source)
    assert [r[5] for r in pv.sheet.rows[1:4]] == ["Phường Đăk Cấm", "Phường Đăk Cấm", ""]
