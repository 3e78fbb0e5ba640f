"""Lượt and measurements read from the file row by row: where the data ends, cells merged over
several rows, a large sheet previewed without holding its rows, and all-or-nothing writing."""

from __future__ import annotations

import pytest
from fixtures.register_files import codes, write_xlsx
from pilot_helpers import make_enterprise, registered
from sqlalchemy import func, select

from nsdesk.models import Change, Measurement, Support
from nsdesk.services.pilots import importing

pytestmark = pytest.mark.db

HEADER = ["MST", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị"]


@pytest.fixture
def two(db):
    return registered(db, 2)


def count(db, model) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_data_end_at_the_total_row_and_the_signature_lines(db, two, tmp_path):
    c = two
    path = write_xlsx(tmp_path / "so-lieu.xlsx", [
        HEADER,
        [c[0], "workers", "Trước", "01/01/2024", 10],
        [c[0], "workers", "Sau", "31/12/2024", 12],
        ["Tổng cộng", None, None, None, 22],
        [c[1], "workers", "Trước", "01/01/2024", "không phải số"],  # under the total: not data
    ])
    with db.sessions.begin() as s:
        result = importing.import_file(s, "measurements", path)
    assert (result.created, result.rejected) == (2, [])
    signed = write_xlsx(tmp_path / "ky.xlsx", [
        HEADER,
        [c[1], "workers", "Trước", "01/01/2024", 5],
        [None, "Quảng Ngãi, ngày 05 tháng 01 năm 2025"],
        [None, "Người lập biểu"],
    ])
    with db.sessions.begin() as s:
        result = importing.import_file(s, "measurements", signed)
    assert (result.created, result.rejected) == (1, [])


def test_a_name_or_a_note_reading_cong_or_tong_does_not_end_the_data(db, two, tmp_path):
    """Only a row whose first filled cell is "Tổng"/"Cộng" (and with no tax code) is the totals line:
    an enterprise named "Cộng", or a note "Tổng", is data, and the rows under it are read."""
    c = two
    path = write_xlsx(tmp_path / "ten-cong.xlsx", [
        ["MST", "Tên doanh nghiệp", "Chỉ tiêu", "Trước/Sau", "Ngày đo", "Giá trị", "Ghi chú"],
        [c[0], "Cộng", "workers", "Trước", "01/01/2024", 10, None],
        [c[0], "Cộng", "workers", "Sau", "31/12/2024", 12, "Tổng"],
        [c[1], "Tổng", "workers", "Trước", "01/01/2024", 7, None],
        ["Cộng", None, None, None, None, 29, None],
        [c[1], "Công ty dưới dòng cộng", "workers", "Sau", "31/12/2024", 8, None],
    ])
    with db.sessions.begin() as s:
        result = importing.import_file(s, "measurements", path)
    assert (result.created, result.rejected) == (3, [])


def test_a_tax_code_merged_over_two_rows_belongs_to_both(db, two, tmp_path):
    c = two
    path = write_xlsx(tmp_path / "gop.xlsx", [
        HEADER,
        [c[0], "workers", "Trước", "01/01/2024", 10],
        [None, "workers", "Sau", "31/12/2024", 12],
    ], merges=("A2:A3",))
    with db.sessions.begin() as s:
        pv = importing.preview_file(s, "measurements", path)
    assert [r[0] for r in pv.sheet.rows[1:3]] == [c[0], c[0]]  # the wizard's sample shows it on both rows
    with db.sessions.begin() as s:
        result = importing.import_file(s, "measurements", path)
    assert (result.created, result.rejected) == (2, [])


def test_a_large_sheet_is_previewed_without_its_rows_and_imported_once(db, two, tmp_path):
    c = two
    rows = [HEADER] + [[c[i % 2], "workers", "Trước" if i % 4 < 2 else "Sau", f"{1 + i // 4 % 28:02d}/{1 + i // 112 % 12:02d}/"
                        f"{2020 + i // 1344}", i] for i in range(3000)]
    rows.append([c[0], "không có chỉ tiêu này", "Sau", "01/01/2024", 1])
    path = write_xlsx(tmp_path / "lon.xlsx", rows)
    with db.sessions.begin() as s:
        pv = importing.preview_file(s, "measurements", path)
        assert len(pv.sheet.rows) < 100  # the header and a sample, not 3,000 rows
        assert (pv.created, pv.updated, pv.unchanged) == (3000, 0, 0)
        assert [(p.row, p.column) for p in pv.rejected] == [(3002, "Chỉ tiêu")]
        result = importing.apply(s, pv, backup=False)
    assert result.created == 3000 and count(db, Measurement) >= 3000
    with db.sessions.begin() as s:
        again = importing.import_file(s, "measurements", path, backup=False)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 3000)


def test_a_failure_while_writing_leaves_nothing(db, two, tmp_path):
    c = two
    path = write_xlsx(tmp_path / "luot.xlsx", [["MST", "Loại hỗ trợ", "Ngày bắt đầu"]] + [
        [c[i % 2], "Đào tạo", f"{1 + i % 28:02d}/{1 + i // 28 % 12:02d}/{2020 + i // 336}"] for i in range(12000)])
    before = (count(db, Support), count(db, Change))
    seen = []

    def progress(done, total):
        seen.append(done)
        if done >= 10000:
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError), db.sessions.begin() as s:
        importing.import_file(s, "supports", path, backup=False, progress=progress)
    assert seen[-1] >= 10000  # written in chunks, the failure after several of them
    assert (count(db, Support), count(db, Change)) == before


def _readings(db):
    with db.sessions() as s:
        return sorted(s.execute(select(Measurement.enterprise_id, Measurement.metric_id, Measurement.phase,
                                       Measurement.measured_on, Measurement.value, Measurement.source,
                                       Measurement.flagged, Measurement.flag_reason)).all())


def test_flags_and_computed_values_worked_out_from_the_rows_match_the_refresh(db, two, tmp_path):
    from nsdesk.services.pilots.measurements import refresh_after_import

    c = codes(3)
    with db.sessions.begin() as s:
        make_enterprise(s, c[2], name="Công ty TNHH Số 3")
    first = write_xlsx(tmp_path / "truoc.xlsx", [
        HEADER,
        [c[2], "workers", "Trước", "01/01/2024", 10],  # stored before: this enterprise takes the refresh path
    ])
    with db.sessions.begin() as s:
        importing.import_file(s, "measurements", first, backup=False)
    rows = [HEADER]
    for code in c:
        rows += [[code, "value_added", "Trước", "01/01/2024", 500], [code, "workers", "Trước", "01/01/2024", 10],
                 [code, "value_added", "Sau", "31/12/2024", 9000], [code, "workers", "Sau", "31/12/2024", 0],
                 [code, "revenue", "Sau", "31/12/2024", 800], [code, "workers", "Sau", "30/06/2025", 20],
                 [code, "value_added", "Sau", "30/06/2025", 70000], [code, "defect_rate", "Sau", "30/06/2025", 120],
                 [code, "defect_rate", "Trước", "01/01/2024", -1]]
    path = write_xlsx(tmp_path / "so-lieu.xlsx", rows)
    with db.sessions.begin() as s:
        result = importing.import_file(s, "measurements", path, backup=False)
    assert (result.created, result.unchanged, result.rejected) == (26, 1, [])
    imported = _readings(db)
    computed = [r for r in imported if r.source and r.source.startswith("Tính tự động")]
    assert len(computed) == 2 * 3  # productivity before and mid-2025 (workers 0 at year end: none)
    assert {r.flagged for r in computed} == {True, False}  # 50 → 3,500: more than 10 times
    # each: value added ×18 and ×140, workers 10 → 0, defect rate 120 % and −1, productivity ×70
    assert sum(r.flagged for r in imported) == 3 * 6
    with db.sessions.begin() as s:
        keys = [tuple(k) for k in s.execute(select(Measurement.enterprise_id, Measurement.support_id,
                                                   Measurement.metric_id, Measurement.phase, Measurement.measured_on))]
        refresh_after_import(s, keys)
    assert _readings(db) == imported


def test_measurements_cancelled_or_failing_while_their_inserts_run_leave_nothing(db, two, tmp_path, monkeypatch):
    """The inserts of one chunk run while the next chunk is built: a cancel or a failed insert
    still leaves the database as it was, and the next import works."""
    from nsdesk.services.register.importing import bulk

    c = two
    path = write_xlsx(tmp_path / "nhieu.xlsx", [HEADER] + [
        [c[i % 2], "workers", "Trước", f"{1 + i // 2 % 28:02d}/{1 + i // 56 % 12:02d}/{1995 + i // 672}", i]
        for i in range(12000)])
    before = (count(db, Measurement), count(db, Change))
    stop = []

    def progress(done, total):
        if done >= 5000:
            stop.append(done)

    with pytest.raises(importing.ImportCancelled), db.sessions.begin() as s:
        importing.import_file(s, "measurements", path, backup=False, progress=progress, cancel=lambda: bool(stop))
    assert (count(db, Measurement), count(db, Change)) == before

    real, calls = bulk.bulk_insert_rows, []

    def failing(session, table, keys, rows):
        calls.append(len(rows))
        if len(calls) == 2:
            raise RuntimeError("disk full")
        real(session, table, keys, rows)

    monkeypatch.setattr(bulk, "bulk_insert_rows", failing)
    with pytest.raises(RuntimeError, match="disk full"), db.sessions.begin() as s:
        importing.import_file(s, "measurements", path, backup=False)
    assert (count(db, Measurement), count(db, Change)) == before
    monkeypatch.setattr(bulk, "bulk_insert_rows", real)
    with db.sessions.begin() as s:
        assert importing.import_file(s, "measurements", path, backup=False).created == 12000
    assert count(db, Measurement) == before[0] + 12000
