"""Importing messy association lists: every rule of issue 3's import section, through the services."""

from __future__ import annotations

import unicodedata

import pytest
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx, zero_codes
from sqlalchemy import func, select

from nsdesk.models import Change, Enterprise
from nsdesk.services.register.importing import pipeline as importer

CAM_THANH, DAK_CAM = "21025", "23284"


def run(db, path, **kwargs):
    with db.sessions.begin() as s:
        return importer.import_file(s, path, **kwargs)


def stored(db) -> dict[str, Enterprise]:
    with db.sessions() as s:
        return {e.tax_code: e for e in s.scalars(select(Enterprise))}


def count(db, model=Enterprise) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_header_after_title_rows_and_merged_cells(db, tmp_path):
    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["DANH SÁCH HỘI VIÊN HIỆP HỘI DOANH NGHIỆP TỈNH QUẢNG NGÃI"],
        ["(Kèm theo Công văn số 15/HHDN ngày 01/3/2025)"],
        [],
        ["STT", "Mã số thuế", "Tên doanh nghiệp", "Thông tin liên hệ", None],
        [None, None, None, "SĐT", "Email"],
        ["(1)", "(2)", "(3)", "(4)", "(5)"],
        [1, c[0], "Công ty TNHH An Phát", "0905123456", "anphat@gmail.com"],
        [2, c[1], "Công ty Cổ phần Minh Long", None, None],
    ], merges=("A1:E1", "A2:E2", "D4:E4", "A4:A5", "B4:B5", "C4:C5"))
    result = run(db, path)
    assert (result.created, result.rejected, result.warnings) == (2, [], [])
    ents = stored(db)
    assert ents[c[0]].phone == "0905123456" and ents[c[0]].email == "anphat@gmail.com"


def test_text_is_nfc_trimmed_and_collapsed_and_case_is_kept(db, tmp_path):
    c = codes(1)
    nfd_name = unicodedata.normalize("NFD", "  Công ty TNHH\u00a0\u00a0Đại   PHÁT  ")
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], nfd_name, address=" 12\u00a0 Quang Trung ", email="   ", representative="\u00a0"),
    ])
    result = run(db, path)
    assert result.created == 1 and not result.rejected
    e = stored(db)[c[0]]
    assert e.name == "Công ty TNHH Đại PHÁT" and unicodedata.is_normalized("NFC", e.name)
    assert e.address == "12 Quang Trung"
    assert e.email is None and e.representative is None  # a cell holding only spaces is empty
    assert e.name_folded == "cong ty tnhh dai phat"
    assert e.search_folded.startswith("cong ty tnhh dai phat " + c[0] + " 12 quang trung")


def test_tax_codes_however_written(db, tmp_path):
    z = zero_codes(6)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(f"{z[0][:4]} {z[0][4:7]} {z[0][7:]}", "Công ty A"),
        row(f"{z[1][:4]}\u00a0{z[1][4:]}", "Công ty B"),
        row(f"{z[2][:2]}.{z[2][2:5]}.{z[2][5:]}", "Công ty C"),
        row(int(z[3]), "Công ty D"),  # Excel number: 9 digits, the leading zero lost
        row("0312687878 - 001", "Chi nhánh Công ty E"),
        row(312687878002, "Chi nhánh Công ty F"),  # a branch typed as a number
        row("001085001234", "Hộ kinh doanh Nguyễn Văn G"),  # household by its name
        row("036190000123", "Tiệm may Hạnh", kind="Hộ kinh doanh"),  # household by its kind
        row("001085001299", "Công ty TNHH H"),  # a personal ID for a company: rejected
        row(100233489, "Công ty I"),  # padded code fails the check digit: rejected
    ])
    result = run(db, path)
    codes_in_db = set(stored(db))
    assert {z[0], z[1], z[2], z[3], "0312687878-001", "0312687878-002", "001085001234", "036190000123"} == codes_in_db
    assert [(p.row, p.reason) for p in result.rejected] == [(10, "tax_code"), (11, "tax_code")]
    assert all(p.column == "MST" for p in result.rejected)


def test_later_duplicate_row_wins(db, tmp_path):
    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty A (cũ)", employees=5),
        row(c[1], "Công ty B"),
        row(f"{c[0][:4]} {c[0][4:]}", "Công ty A (mới)", employees=7),  # same code written differently
        row(int(c[1]), "Công ty B mới nhất"),
    ])
    result = run(db, path)
    assert result.created == 2 and result.merged_duplicate_rows == [4, 5]
    ents = stored(db)
    assert ents[c[0]].name == "Công ty A (mới)" and ents[c[0]].employees == 7
    assert ents[c[1]].name == "Công ty B mới nhất"


def test_blank_rows_skipped_and_rows_below_the_total_ignored(db, tmp_path):
    c = codes(3)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty A", stt=1),
        [],
        [None, "   ", "\u00a0"],
        row(c[1], "Công ty B", stt=2),
        ["Tổng cộng", None, None, None, None, None, 25],
        row(c[2], "Công ty C", stt=3),  # below the total: never imported, never reported
        ["", "Người lập biểu", "", "", "", "", "", "", "Giám đốc"],
        ["", "bad code", "", "", "", "", "mười"],
        ["", "", "", "", "", "", "", "", "Nguyễn Văn A"],
    ])
    result = run(db, path)
    assert result.created == 2 and result.rejected == [] and result.warnings == []
    assert set(stored(db)) == {c[0], c[1]}


def test_without_a_total_the_signature_or_date_line_ends_the_data(db, tmp_path):
    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty A"),
        [None, None, None, None, None, None, None, None, "Quảng Ngãi, ngày 15 tháng 3 năm 2025"],
        [None, "Người lập biểu", None, None, None, None, None, None, "CHỦ TỊCH"],
        [None, "(Ký, ghi rõ họ tên)"],
        [None, "Trần Thị B"],
        row(c[1], "Công ty sau chữ ký"),
    ])
    result = run(db, path)
    assert result.created == 1 and not result.rejected and set(stored(db)) == {c[0]}


def test_rejections_have_row_column_and_reason_and_valid_rows_still_import(db, tmp_path):
    c = codes(12)
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["DANH SÁCH"],
        STANDARD_HEADER,
        row(c[0], "Công ty ổn", employees=12.0),
        row(c[1], "Công ty số lao động dạng chữ", employees="12"),
        row(c[2], "Công ty không ghi lao động", employees=None),
        row(c[3], "Lẻ", employees="12.5"),
        row(c[4], "Âm", employees="-3"),
        row(c[5], "Chữ", employees="mười"),
        row(c[6], "Số thực", employees=12.5),
        row(c[7], None),
        row(c[8], "Thư sai", email="lienhe@"),
        row("0100233480", "Sai số kiểm tra"),
        row(c[9], "Thư đúng", email="lien.he+01@cong-ty.com.vn"),
        row(None, "Không có mã"),
        row(c[10], "Doanh thu lạ", revenue="nhiều"),  # not a rejection: a warning, value ignored
    ])
    result = run(db, path)
    got = [(p.row, p.column, p.reason) for p in result.rejected]
    assert got == [
        (6, "Số LĐ", "employees"), (7, "Số LĐ", "employees"), (8, "Số LĐ", "employees"), (9, "Số LĐ", "employees"),
        (10, "Tên DN", "name"), (11, "E-mail", "email"), (12, "MST", "tax_code"), (14, "MST", "tax_code"),
    ]
    assert all(p.message for p in result.rejected)
    assert result.created == 5
    ents = stored(db)
    assert ents[c[0]].employees == 12 and ents[c[1]].employees == 12 and ents[c[2]].employees is None
    assert [(w.row, w.column) for w in result.warnings] == [(15, "Doanh thu (triệu đồng)")]
    assert ents[c[10]].revenue is None


def test_commune_matching(db, tmp_path):
    c = codes(9)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "A", commune="Phường Đăk Cấm"),
        row(c[1], "B", commune="đăk cấm"),
        row(c[2], "C", commune="P. Cẩm Thành"),
        row(c[3], "D", commune="Dak Cam"),  # accent-free, one unit folds to it
        row(c[4], "E", commune="Xã Sơn Tây"),  # not "Sơn Tây Thượng"
        row(c[5], "F", commune="Ba To"),  # Ba Tô and Ba Tơ both fold to it: ambiguous
        row(c[6], "G", commune="Phường Không Có"),
        row(c[7], "H", commune="Sơn Tây Thượng"),
        row(c[8], "I", commune="Phường Đăk"),  # no prefix matching
    ])
    result = run(db, path)
    ents = stored(db)
    assert result.created == 9 and not result.rejected
    assert [ents[x].commune_code for x in c] == [DAK_CAM, DAK_CAM, CAM_THANH, DAK_CAM, "21340", None, None, "21334",
                                                 None]
    assert [(w.row, w.column) for w in result.warnings] == [(7, "Xã/Phường"), (8, "Xã/Phường"), (10, "Xã/Phường")]
    assert "Không Có" in result.warnings[1].message
    assert ents[c[0]].search_folded.endswith("phuong dak cam")


def test_reimport_changes_nothing_and_equivalent_spellings_do_not_differ(db, tmp_path):
    c = codes(3)
    z = zero_codes(1)
    first = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty TNHH Hưng Thịnh", kind="Công ty TNHH", address="12 Lê Lợi", commune="Phường Cẩm Thành",
            employees=12, revenue=1500.5, representative="Nguyễn Văn An", phone="0905123456", email="a@b.vn",
            note="Hội viên"),
        row(z[0], "Hợp tác xã Nông nghiệp Sơn Tây", kind="HTX", commune="Xã Sơn Tây", employees=30),
        row(c[1], "Hộ kinh doanh Lê Thị Hoa", employees="3"),
    ])
    r1 = run(db, first)
    assert (r1.created, r1.updated, r1.unchanged) == (3, 0, 0)
    changes_before = count(db, Change)
    r2 = run(db, first)
    assert (r2.created, r2.updated, r2.unchanged) == (0, 0, 3) and count(db, Change) == changes_before

    nfd = lambda s: unicodedata.normalize("NFD", s)  # noqa: E731
    variant = write_xlsx(tmp_path / "b.xlsx", [
        ["Mã số thuế", "Tên doanh nghiệp", "Loại hình doanh nghiệp", "Địa chỉ", "Phường/Xã", "Số lao động",
         "Doanh thu", "Người đại diện", "Điện thoại", "Email", "Ghi chú"],
        [f"{c[0][:4]} {c[0][4:]}", nfd("Công  ty TNHH Hưng\u00a0Thịnh "), "TNHH", " 12 Lê Lợi", "cẩm thành", "12",
         "1.500,5", nfd("Nguyễn Văn An"), 905123456, "a@b.vn", "Hội viên"],
        [int(z[0]), "Hợp tác xã Nông nghiệp Sơn Tây", "Hợp tác xã", None, "Sơn Tây", 30.0, None, None, None, None,
         None],
        [c[1], "Hộ kinh doanh Lê Thị Hoa", None, None, None, 3, None, None, None, None, None],
    ])
    r3 = run(db, variant)
    assert (r3.created, r3.updated, r3.unchanged) == (0, 0, 3) and count(db, Change) == changes_before


def test_update_only_the_differing_fields_with_history(db, tmp_path):
    c = codes(2)
    run(db, write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty A", employees=10, phone="0905000111", commune="Phường Đăk Cấm"),
        row(c[1], "Công ty B", employees=5),
    ]))
    result = run(db, write_xlsx(tmp_path / "b.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty A", employees=25, phone=None, commune="Phường Cẩm Thành"),  # empty phone keeps it
        row(c[1], "Công ty B", employees=5),
    ]))
    assert (result.created, result.updated, result.unchanged) == (0, 1, 1)
    e = stored(db)[c[0]]
    assert (e.employees, e.phone, e.commune_code) == (25, "0905000111", CAM_THANH)
    assert "cam thanh" in e.search_folded
    with db.sessions() as s:
        hist = s.scalars(select(Change).where(Change.entity_uuid == e.uuid, Change.field.is_not(None))
                         .order_by(Change.field)).all()
    assert [(h.field, h.old_value, h.new_value, h.officer, h.action) for h in hist] == [
        ("commune_code", DAK_CAM, CAM_THANH, "Cán bộ Kiểm thử", "import"),
        ("employees", "10", "25", "Cán bộ Kiểm thử", "import"),
    ]


def test_kinds_from_labels_abbreviations_and_names(db, tmp_path):
    c = codes(8)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "An Phát", kind="Công ty TNHH"),
        row(c[1], "Minh Long", kind="CTCP"),
        row(c[2], "Sơn Tây", kind="HTX"),
        row(c[3], "Công ty Cổ phần Đại Phát"),
        row(c[4], "Chi nhánh Công ty TNHH Việt Tiến"),
        row(c[5], "Tổ hợp tác Mây tre"),
        row(c[6], "Hoàng Gia", kind="Doanh nghiệp tư nhân"),
        row(c[7], "Sao Mai", kind="Tập đoàn"),  # unknown: a warning, kind "other"
    ])
    result = run(db, path)
    ents = stored(db)
    assert [ents[x].kind for x in c] == ["llc", "jsc", "cooperative", "jsc", "branch", "coop_group", "private",
                                         "other"]
    assert [(w.row, w.column) for w in result.warnings] == [(9, "Loại hình")]
    assert ents[c[0]].size_class == "unknown"


def test_household_size_class(db, tmp_path):
    c = codes(1)
    run(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Hộ kinh doanh Trần Văn B", employees=2)]))
    e = stored(db)[c[0]]
    assert e.kind == "household" and e.size_class == "household"


class Boom(Exception):
    pass


def test_crash_mid_way_leaves_the_database_exactly_as_before(db, tmp_path, monkeypatch):
    monkeypatch.setattr(importer, "CHUNK", 2)
    monkeypatch.setattr(importer, "DEFER_INDEX_MIN", 0)  # the bulk path of big files, search index filled after
    c = codes(9)
    run(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty có sẵn", employees=1)]))
    before = (count(db), count(db, Change), stored(db)[c[0]].employees)
    path = write_xlsx(tmp_path / "b.xlsx", [STANDARD_HEADER, row(c[0], "Công ty có sẵn", employees=99)]
                      + [row(x, f"Công ty mới {i}") for i, x in enumerate(c[1:])])
    calls = []

    def progress(done, total):
        calls.append((done, total))
        if done >= 4:
            raise Boom("mất điện")

    with pytest.raises(Boom):
        run(db, path, progress=progress)
    assert calls[0] == (0, 9) and calls[-1][0] >= 4
    assert (count(db), count(db, Change), stored(db)[c[0]].employees) == before
    if db.is_sqlite:
        with db.engine.connect() as conn:
            triggers = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'").scalars().all()
        assert "enterprises_fts_ai" in triggers
    # the search index triggers are intact: a later import is still found by search
    from nsdesk.services.register import search

    run(db, path)
    with db.sessions() as s:
        assert search.count(s, search.EnterpriseQuery(text="cong ty moi 7")) == 1


def test_cancel_flag_stops_and_changes_nothing(db, tmp_path, monkeypatch):
    import threading

    monkeypatch.setattr(importer, "CHUNK", 2)
    c = codes(6)
    path = write_xlsx(tmp_path / "b.xlsx", [STANDARD_HEADER] + [row(x, f"Công ty {i}") for i, x in enumerate(c)])
    cancel = threading.Event()

    def progress(done, total):
        if done >= 2:
            cancel.set()

    with pytest.raises(importer.ImportCancelled):
        run(db, path, progress=progress, cancel=cancel)
    assert count(db) == 0 and count(db, Change) == 0


@pytest.mark.backends("sqlite")  # file backups are for SQLite databases
def test_a_backup_is_taken_before_writing(db, tmp_path):
    c = codes(1)
    result = run(db, write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A")]))
    assert result.backup is not None and result.backup.exists()
    assert result.backup.parent == db.path.parent / "backups"
    import sqlite3

    with sqlite3.connect(result.backup) as conn:  # the copy is the database before the import
        assert conn.execute("SELECT count(*) FROM enterprises").fetchone() == (0,)


def test_dry_run_and_strict_write_nothing(db, tmp_path):
    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [STANDARD_HEADER, row(c[0], "Công ty A"), row(c[1], None)])
    dry = run(db, path, dry_run=True)
    assert (dry.created, dry.written, len(dry.rejected)) == (1, False, 1) and count(db) == 0
    strict = run(db, path, strict=True)
    assert strict.written is False and count(db) == 0
    normal = run(db, path)
    assert normal.written and count(db) == 1


def test_a_commune_merged_down_over_a_group_of_rows_applies_to_each(db, tmp_path):
    c = codes(4)
    path = write_xlsx(tmp_path / "a.xlsx", [
        STANDARD_HEADER,
        row(c[0], "Công ty A", commune="Phường Cẩm Thành"),
        row(c[1], "Công ty B"),
        row(c[2], "Công ty C"),
        row(c[3], "Công ty D", commune="Phường Đăk Cấm"),
    ], merges=("F2:F4",))
    result = run(db, path)
    ents = stored(db)
    assert result.created == 4 and not result.warnings
    assert [ents[x].commune_code for x in c] == [CAM_THANH, CAM_THANH, CAM_THANH, DAK_CAM]


def test_rejected_rows_file_can_be_fixed_and_imported_back(db, tmp_path):
    import openpyxl

    c = codes(2)
    path = write_xlsx(tmp_path / "a.xlsx", [
        ["DANH SÁCH"],
        STANDARD_HEADER,
        row(c[0], "Công ty A"),
        row(c[1], "Công ty B", employees="mười hai"),
    ])
    with db.sessions.begin() as s:
        pv = importer.preview_file(s, path)
        importer.apply(s, pv)
    assert importer.save_rejected(pv, tmp_path / "loi.xlsx") == 1
    wb = openpyxl.load_workbook(tmp_path / "loi.xlsx")
    ws = wb.active
    assert ws.cell(1, len(STANDARD_HEADER) + 1).value == "Lỗi"
    ws.cell(2, STANDARD_HEADER.index("Số LĐ") + 1).value = 12  # the association fixes the cell
    wb.save(tmp_path / "loi.xlsx")
    result = run(db, tmp_path / "loi.xlsx")
    assert (result.created, result.rejected) == (1, []) and stored(db)[c[1]].employees == 12
