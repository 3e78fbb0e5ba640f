"""Wards send their packages, the province consolidates: figures checked against ones computed here."""

from __future__ import annotations

import json
from datetime import date

import openpyxl
import pytest
from consolidation_helpers import (
    CAM_THANH,
    DAK_CAM,
    PERIOD,
    PLAN,
    add_enterprise,
    add_measurement,
    add_support,
    export,
    new_database,
    province_targets,
    setup_office,
    tax,
    tx,
)
from sqlalchemy import func, select

from nsdesk.cli import main
from nsdesk.errors import InputError
from nsdesk.models import (
    Change,
    Enterprise,
    Measurement,
    RecordSource,
    Submission,
    SubmissionConflict,
    Support,
)
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.consolidation.importing import import_submission
from nsdesk.services.consolidation.overview import (
    commune_breakdown,
    list_conflicts,
    list_submissions,
    missing_offices,
    resolve_conflict,
    set_status,
)
from nsdesk.services.pilots import supports
from nsdesk.services.plans.progress import progress
from nsdesk.services.register import taxcode
from nsdesk.xlsx import read_text_sheets

AS_OF = date(2025, 12, 31)


@pytest.fixture
def make_db(backend, tmp_path, request, _templates):
    made = []

    def make(name: str):
        db = new_database(backend, tmp_path, request, _templates, name)
        made.append(db)
        return db

    yield make
    for db in made:
        db.dispose()


def _import(db, path, **kw):
    with db.sessions() as s:
        result = import_submission(s, path, **kw)
        if result.written:
            s.commit()
        else:
            s.rollback()
    return result


def _counts(db) -> dict[str, int]:
    with db.sessions() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m))
                for m in (Enterprise, Support, Measurement, Submission, RecordSource, SubmissionConflict)}


# Ward A (Phường Đăk Cấm) and ward B (Phường Cẩm Thành); enterprise 1 is supported by both.
A_SUPPORTS = [(1, "2025-03-01", "completed"), (2, "2025-04-01", "in_progress"), (3, "2025-05-01", "planned")]
B_SUPPORTS = [(1, "2025-06-01", "completed"), (4, "2025-07-01", "completed"), (5, "2025-08-01", "completed")]


def _wards(make_db, tmp_path):
    a = make_db("ward_a")
    setup_office(a, "Phường Đăk Cấm", officer="Cán bộ Đăk Cấm")
    for n in (1, 2, 3):
        add_enterprise(a, n, DAK_CAM)
    a_luot = {n: add_support(a, n, start, status) for n, start, status in A_SUPPORTS}
    add_measurement(a, a_luot[1], "before", 100, "2025-02-01")
    add_measurement(a, a_luot[1], "after", 130, "2025-11-01")
    b = make_db("ward_b")
    setup_office(b, "Phường Cẩm Thành", officer="Cán bộ Cẩm Thành")
    add_enterprise(b, 1, DAK_CAM)  # the same enterprise, registered in ward A's territory
    for n in (4, 5):
        add_enterprise(b, n, CAM_THANH)
    for n, start, status in B_SUPPORTS:
        add_support(b, n, start, status)
    return a, b, export(a, tmp_path / "a.xlsx"), export(b, tmp_path / "b.xlsx")


def _province(make_db):
    p = make_db("province")
    setup_office(p, None, officer="Cán bộ Sở")
    province_targets(p)
    return p


def test_two_wards_make_one_provincial_picture_and_a_second_import_changes_nothing(make_db, tmp_path):
    a, b, a_file, b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    first = _import(p, a_file)
    assert first.created == {"enterprises": 3, "supports": 3, "measurements": 2, "projects": 0, "activities": 0}
    second = _import(p, b_file)
    assert second.created["enterprises"] == 2 and second.unchanged["enterprises"] == 1  # enterprise 1 by tax code
    assert second.conflicts == []

    counted = [(n, s) for n, s, status in A_SUPPORTS + B_SUPPORTS if status in ("completed", "in_progress")]
    with p.sessions() as s:
        got = {t.code: t.achieved for t in progress(s, PLAN, AS_OF).targets}
        assert got["LUOT-X"] == len(counted) == 5
        assert got["DN-X"] == len({n for n, _ in counted}) == 4
        ent1 = s.scalar(select(Enterprise.uuid).where(Enterprise.tax_code == tax(1)))
        offices = set(s.scalars(select(RecordSource.office_key).where(RecordSource.record_uuid == ent1)))
        assert offices == {f"51/{DAK_CAM}", f"51/{CAM_THANH}"}
        breakdown = {t.code: t for t in commune_breakdown(s, PLAN, PERIOD)}
        luot = {r.commune_code: (r.period, r.cumulative) for r in breakdown["LUOT-X"].rows}
        assert luot == {DAK_CAM: (3, 3), CAM_THANH: (2, 2)}  # by the enterprise's commune
        assert sum(r.period for r in breakdown["LUOT-X"].rows) == got["LUOT-X"]
        missing = {o.code for o in missing_offices(s, PLAN, PERIOD)}
        assert DAK_CAM not in missing and CAM_THANH not in missing and len(missing) > 10
        register = list_submissions(s, PLAN)
        assert {r.office for r in register} == {"Phường Đăk Cấm, Quảng Ngãi", "Phường Cẩm Thành, Quảng Ngãi"}
        claimed_a = next(r for r in register if r.office.startswith("Phường Đăk Cấm"))
        assert claimed_a.claimed == claimed_a.computed == {"supports": 2, "enterprises": 2}

    before = _counts(p)
    again = _import(p, a_file)
    assert sum(again.created.values()) == sum(again.updated.values()) == 0
    assert again.unchanged == {"enterprises": 3, "supports": 3, "measurements": 2, "projects": 0, "activities": 0}
    assert again.replaces is None
    assert _counts(p) == before


def test_a_newer_submission_replaces_the_earlier_and_marks_what_it_lacks_withdrawn(make_db, tmp_path):
    a, _b, a_file, _b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    _import(p, a_file)
    with tx(a) as s:
        luot = {r.tax_code: r for r in supports.list_supports(s)}
        supports.delete_support(s, luot[tax(2)].uuid)
        supports.update_support(s, luot[tax(3)].uuid, {"status": "completed"})
    newer = export(a, tmp_path / "a2.xlsx")
    result = _import(p, newer)
    with p.sessions() as s:
        first = s.scalar(select(Submission).where(Submission.file_name == "a.xlsx"))
        assert result.replaces == first.uuid and first.status == "replaced"
        assert result.withdrawn["supports"] == 1 and result.updated["supports"] == 1
        withdrawn = s.scalar(select(Support).join(Enterprise).where(Enterprise.tax_code == tax(2)))
        assert withdrawn is not None and withdrawn.status == "cancelled"  # kept, no longer counted
        assert s.scalar(select(RecordSource.withdrawn).where(RecordSource.record_uuid == withdrawn.uuid)) is True
        got = {t.code: t.achieved for t in progress(s, PLAN, AS_OF).targets}
        assert got["LUOT-X"] == 2  # lượt of enterprises 1 and 3
    with pytest.raises(InputError, match="cũ hơn"):  # the older file cannot come back over the newer
        _import(p, a_file)


def test_the_province_accepts_or_returns_a_submission_with_a_reason(make_db, tmp_path):
    a, _b, a_file, b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    _import(p, a_file)
    _import(p, b_file)
    with p.sessions() as s:
        by_office = {r.office: r for r in list_submissions(s)}
    a_sub, b_sub = by_office["Phường Đăk Cấm, Quảng Ngãi"], by_office["Phường Cẩm Thành, Quảng Ngãi"]
    assert a_sub.status == b_sub.status == "received"
    with tx(p) as s:
        with pytest.raises(InputError, match="lý do"):
            set_status(s, b_sub.uuid, "returned", "   ")
        set_status(s, a_sub.uuid, "accepted")
        set_status(s, b_sub.uuid, "returned", " Thiếu số đo sau hỗ trợ ")
    with p.sessions() as s:
        got = {r.uuid: (r.status, r.reason) for r in list_submissions(s)}
        assert got[a_sub.uuid] == ("accepted", None)
        assert got[b_sub.uuid] == ("returned", "Thiếu số đo sau hỗ trợ")
        assert {o.code for o in missing_offices(s, PLAN, PERIOD)} >= {CAM_THANH}  # returned: still to send
        assert DAK_CAM not in {o.code for o in missing_offices(s, PLAN, PERIOD)}
        history = s.execute(select(Change.field, Change.old_value, Change.new_value).where(
            Change.entity == "submission", Change.entity_uuid == b_sub.uuid)).all()
        assert set(history) == {("status", "received", "returned"), ("reason", None, "Thiếu số đo sau hỗ trợ")}
    with tx(a) as s:
        supports.update_support(s, next(iter(supports.list_supports(s))).uuid, {"note": "sửa"})
    _import(p, export(a, tmp_path / "a2.xlsx"))  # a newer report replaces the accepted one
    with tx(p) as s, pytest.raises(InputError, match="thay bằng"):
        set_status(s, a_sub.uuid, "accepted")


def test_an_enterprise_sent_by_two_wards_in_different_communes_is_a_conflict(make_db, tmp_path):
    a = make_db("ward_a")
    setup_office(a, "Phường Đăk Cấm")
    add_enterprise(a, 9, DAK_CAM)
    add_support(a, 9, "2025-03-01")
    b = make_db("ward_b")
    setup_office(b, "Phường Cẩm Thành")
    add_enterprise(b, 9, CAM_THANH)  # entered later: the newer modification
    add_support(b, 9, "2025-04-01")
    p = _province(make_db)
    _import(p, export(a, tmp_path / "a.xlsx"))
    result = _import(p, export(b, tmp_path / "b.xlsx"))
    cases = [c for c in result.conflicts if c.field == "commune_code"]
    assert [(c.tax_code, c.kept, c.other, c.from_office) for c in cases] == [
        (tax(9), CAM_THANH, DAK_CAM, "Phường Cẩm Thành, Quảng Ngãi")]
    with p.sessions() as s:
        assert s.scalar(select(Enterprise.commune_code).where(Enterprise.tax_code == tax(9))) == CAM_THANH
        [row] = [c for c in list_conflicts(s) if c.field == "commune_code"]
        resolve_conflict(s, row.id, "other")
        s.commit()
    with p.sessions() as s:
        assert s.scalar(select(Enterprise.commune_code).where(Enterprise.tax_code == tax(9))) == DAK_CAM
        assert [c for c in list_conflicts(s) if c.field == "commune_code"] == []
        assert {t.code: t.achieved for t in progress(s, PLAN, AS_OF).targets}["LUOT-X"] == 2


def test_export_import_into_an_empty_database_and_export_again_gives_the_same_data_sheets(make_db, tmp_path):
    a, _b, a_file, _b_file = _wards(make_db, tmp_path)
    empty = make_db("empty")
    with tx(empty) as s:
        from nsdesk.services.common import office

        office.set_office(s, province="51", commune="Phường Đăk Cấm", officer="Cán bộ Đăk Cấm")
    assert not _import(empty, a_file).rejected
    again = export(empty, tmp_path / "again.xlsx")
    first = read_text_sheets(a_file, fmt.PREFIX).sheets
    second = read_text_sheets(again, fmt.PREFIX).sheets
    for name in fmt.DATA_SHEETS:
        assert first[name] == second[name], name
    manifest = [dict((r[0], r[1]) for r in book[fmt.MANIFEST][1:]) for book in (first, second)]
    assert manifest[0]["checksum"] == manifest[1]["checksum"]


def _edit(path, sheet, row, column, value):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    col = fmt.header(sheet).index(column) + 1 if sheet != fmt.MANIFEST else column
    ws.cell(row=row, column=col, value=value)
    wb.save(path)


def _cli(db, *args):
    return main(["--db", db.url, "import", "submission", *map(str, args)])


def test_a_hand_edited_data_sheet_is_flagged_and_every_row_checked(make_db, tmp_path, capsys):
    _a, _b, a_file, _b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    rows = read_text_sheets(a_file, fmt.PREFIX).sheets[fmt.ENTERPRISES]
    bad_row = next(i for i, r in enumerate(rows, start=1) if tax(2) in r)
    _edit(a_file, fmt.ENTERPRISES, bad_row, "Mã số thuế", "12345")
    capsys.readouterr()
    assert _cli(p, a_file, "--json") == 1
    out = capsys.readouterr()
    assert "tổng kiểm" in out.err
    data = json.loads(out.out)
    expected = taxcode.normalize("12345").error
    assert {"sheet": fmt.ENTERPRISES, "row": bad_row, "column": "Mã số thuế", "reason": expected} in data["rejected"]
    assert any(r["sheet"] == fmt.SUPPORTS and r["column"] == "UUID doanh nghiệp" for r in data["rejected"])
    assert data["created"]["enterprises"] == 2 and data["created"]["supports"] == 2  # the rest imported
    with p.sessions() as s:
        assert s.scalar(select(Submission.checksum_ok)) is False


def test_a_repeated_uuid_and_an_over_long_name_are_rejected_rows_not_a_failed_import(make_db, tmp_path, capsys):
    from nsdesk.services.common.limits import limits_of, too_long

    _a, _b, a_file, _b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    rows = read_text_sheets(a_file, fmt.PREFIX).sheets[fmt.ENTERPRISES]
    row_of = {n: next(i for i, r in enumerate(rows, start=1) if tax(n) in r) for n in (1, 2, 3)}
    first, second = sorted((row_of[2], row_of[3]))
    _edit(a_file, fmt.ENTERPRISES, second, "Mã định danh (UUID)", rows[first - 1][0])
    _edit(a_file, fmt.ENTERPRISES, row_of[1], "Tên doanh nghiệp", "Công ty " + "x" * 400)
    capsys.readouterr()
    assert _cli(p, a_file, "--json") == 1
    data = json.loads(capsys.readouterr().out)
    rejected = {(r["row"], r["column"]): r["reason"] for r in data["rejected"] if r["sheet"] == fmt.ENTERPRISES}
    assert rejected[(second, "Mã định danh (UUID)")].startswith(f"Trùng với dòng {first}:")
    limit = limits_of(Enterprise)["name"]
    assert rejected[(row_of[1], "Tên doanh nghiệp")] == too_long("Công ty " + "x" * 400, limit)
    assert data["created"]["enterprises"] == 1  # only the row that is neither repeated nor too long
    with p.sessions() as s:
        assert s.scalar(select(func.max(func.length(Enterprise.name)))) <= limit


def test_many_new_enterprises_take_their_place_in_name_order(make_db, tmp_path):
    from nsdesk.models import name_order
    from nsdesk.services.register import enterprises

    a = make_db("ward_a")
    setup_office(a, "Phường Đăk Cấm")
    numbers = [n for n in range(10, 200) if taxcode.make_code(f"{4000000 + n:09d}")][:80]
    with tx(a) as s:
        for n in numbers:  # more than name_order.FEW: the import's own placement
            enterprises.create(s, {"name": f"Công ty TNHH Năng Suất Số {n}", "tax_code": tax(n), "kind": "llc",
                                   "commune_code": DAK_CAM, "province_code": "51"})
    a_file = export(a, tmp_path / "a.xlsx")
    p = _province(make_db)
    for n in [n for n in range(200, 300) if taxcode.make_code(f"{4000000 + n:09d}")][:3]:  # the province's own enterprises, whose names fall between the ward's
        add_enterprise(p, n, CAM_THANH)
    assert not _import(p, a_file).rejected
    with p.sessions() as s:
        assert name_order.check(s) == [] and s.scalar(select(func.count()).select_from(Enterprise)) == 83
        by_key = list(s.scalars(select(Enterprise.name_sort).order_by(Enterprise.name_key)))
        assert by_key == sorted(by_key)  # the register's name order


def test_the_json_contract(make_db, tmp_path, capsys):
    _a, _b, a_file, _b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    capsys.readouterr()
    assert _cli(p, a_file, "--dry-run", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["office", "plan", "period", "replaces", "created", "updated", "unchanged", "withdrawn",
                          "conflicts", "rejected"]
    assert data["office"] == {"province": "Quảng Ngãi", "commune": "Phường Đăk Cấm"}
    assert data["period"] == {"from": "2025-01-01", "to": "2025-12-31"} and data["plan"] == PLAN
    assert _counts(p)["Enterprise"] == 0  # dry run: nothing written


def test_a_foreign_workbook_and_a_newer_format_are_refused_in_one_line(make_db, tmp_path, capsys):
    _a, _b, a_file, _b_file = _wards(make_db, tmp_path)
    p = _province(make_db)
    foreign = tmp_path / "danh-sach.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Mã số thuế", "Tên doanh nghiệp"])
    wb.save(foreign)
    garbage = tmp_path / "hong.xlsx"
    garbage.write_bytes(b"not a workbook")
    from fixtures import hostile_workbooks

    hostile = hostile_workbooks.CORPUS["cell_XFD1048576"](tmp_path / "o-cuoi.xlsx")  # would abort the reader
    _edit(a_file, fmt.MANIFEST, 3, 2, "99")  # format_version row
    before = _counts(p)
    for path, words in ((foreign, "không phải gói dữ liệu"), (garbage, "không phải tệp Excel"),
                        (hostile, "25.165.824 ô"), (a_file, "phiên bản 99")):
        capsys.readouterr()
        assert _cli(p, path, "--json") == 2
        out = capsys.readouterr()
        assert out.out == "" and len(out.err.strip().splitlines()) == 1 and words in out.err
    assert _counts(p) == before


def test_the_blank_example_file_is_the_current_format(tmp_path):
    from pathlib import Path

    from nsdesk.reports.submission import write_blank

    committed = Path(__file__).resolve().parent.parent / "resources" / "submission" / "goi-du-lieu-mau.xlsx"
    write_blank(tmp_path / "blank.xlsx")
    fresh = read_text_sheets(tmp_path / "blank.xlsx", fmt.PREFIX).sheets
    shipped = read_text_sheets(committed, fmt.PREFIX).sheets
    assert list(shipped) == list(fresh) == [*fmt.DATA_SHEETS, fmt.MANIFEST]
    for name in fmt.DATA_SHEETS:
        assert shipped[name] == fresh[name], name
    assert [r[0] for r in shipped[fmt.MANIFEST]] == [r[0] for r in fresh[fmt.MANIFEST]]


def test_the_report_an_office_makes_with_report_plan_imports_as_its_submission(make_db, tmp_path, capsys):
    a = make_db("ward_a")
    setup_office(a, "Phường Đăk Cấm", officer="Cán bộ Đăk Cấm")
    for n in (1, 2, 3):
        add_enterprise(a, n, DAK_CAM)
    luot = {n: add_support(a, n, start, status) for n, start, status in A_SUPPORTS}
    add_measurement(a, luot[1], "before", 100, "2025-02-01")
    add_measurement(a, luot[1], "after", 130, "2025-11-01")
    report = tmp_path / "bao-cao.xlsx"
    assert main(["--db", a.url, "report", "plan", "--plan", PLAN, "--from", "2025-01-01", "--to", "2025-12-31",
                 "--number", "15/BC-UBND", "--out", str(report)]) == 0
    book = openpyxl.load_workbook(report)
    sheets = book.sheetnames
    assert sheets[0] == "Báo cáo" and fmt.ENTERPRISES in sheets and fmt.MANIFEST in sheets  # the document, then its data
    # Printing the workbook gives the document and its appendices; the data travels hidden.
    hidden = [ws.title for ws in book.worksheets if ws.sheet_state == "hidden"]
    assert hidden == [n for n in sheets if n.startswith(fmt.PREFIX)] and fmt.MANIFEST in hidden
    assert all(not n.startswith(fmt.PREFIX) for n in sheets if n not in hidden)

    p = _province(make_db)
    capsys.readouterr()
    assert _cli(p, report, "--json") == 0
    out = capsys.readouterr()
    assert "tổng kiểm" not in out.err  # the data sheets are as the report writer made them
    data = json.loads(out.out)
    assert data["office"] == {"province": "Quảng Ngãi", "commune": "Phường Đăk Cấm"} and data["plan"] == PLAN
    assert data["period"] == {"from": "2025-01-01", "to": "2025-12-31"} and data["rejected"] == []
    assert data["created"] == {"enterprises": 3, "supports": 3, "measurements": 2, "projects": 0, "activities": 0}
    with p.sessions() as s:
        assert s.scalar(select(Submission.checksum_ok)) is True
        got = {t.code: t.achieved for t in progress(s, PLAN, AS_OF).targets}
        assert got["LUOT-X"] == 2 and got["DN-X"] == 2  # completed and in progress count, planned does not


def test_a_data_only_submission_keeps_its_sheets_visible(make_db, tmp_path):
    """Excel refuses a workbook whose every sheet is hidden: the data-only file shows its sheets."""
    a = make_db("ward_a")
    setup_office(a, "Phường Đăk Cấm", officer="Cán bộ Đăk Cấm")
    add_enterprise(a, 1, DAK_CAM)
    book = openpyxl.load_workbook(export(a, tmp_path / "a.xlsx"))
    assert [ws.sheet_state for ws in book.worksheets] == ["visible"] * len(book.worksheets)
    assert fmt.MANIFEST in book.sheetnames
