"""What an import keeps of its rejected rows is held compressed past a few thousand rows (a sheet
whose every row is refused must not take gigabytes), and reads back exactly as it was written:
the --json report, the file of rejected rows and the wizard's counts are those of a plain list."""

from __future__ import annotations

import io
import json
import tracemalloc

import pytest
import python_calamine as pc
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from test_import_supports import SUPPORT_HEADER, world  # noqa: F401 (the fixture)

from nsdesk.cli import main
from nsdesk.commands._common import print_json
from nsdesk.services.common import packed
from nsdesk.services.common.packed import PackedList
from nsdesk.services.register.importing.problems import Problem, problem_list


def test_packed_list_reads_back_what_was_appended_across_batches():
    items = [(i, f"dòng {i}", [i, None, "Lỗi"]) for i in range(23)]
    p: PackedList = PackedList(batch=5)
    p.extend(items[:10])
    for item in items[10:]:
        p.append(item)
    assert len(p) == 23 and bool(p)
    assert list(p) == items and p == items
    assert p[0] == items[0] and p[7] == items[7] and p[21] == items[21] and p[-1] == items[-1]
    assert p[3:12] == items[3:12] and p[::7] == items[::7]
    with pytest.raises(IndexError):
        p[23]
    twin = p.copy()
    twin.append((99, "thêm", []))
    assert len(p) == 23 and len(twin) == 24 and list(twin)[:23] == items
    assert not PackedList() and list(PackedList()) == []


def test_problems_round_trip_through_packing():
    problems = [Problem(r, "MST", "tax_code" if r % 2 else None, f"Mã số thuế \"{r}\" sai.", "tax_code")
                for r in range(5, 10_005)]
    held = problem_list(problems)
    assert list(held) == problems
    assert held[4321] == problems[4321]


def test_a_whole_sheet_of_rejected_rows_is_held_in_a_fraction_of_the_memory():
    def rows(n):  # a register's rejected row: distinct texts, as a real list has
        return [(r, [r, f"ABC43{r:08d}", f"Công ty TNHH Thương mại Hưng Thịnh {r}", "Công ty TNHH",
                     f"{r % 400} Quang Trung, Phường Đăk Cấm", "Phường Đăk Cấm", r % 300, r * 1.5,
                     "Nguyễn Văn An", 912345678 + r, f"lienhe{r}@congty.vn", ""],
                 [f"Mã số thuế \"ABC43{r:08d}\" chỉ được gồm chữ số."]) for r in range(n)]

    def held_bytes(make):
        tracemalloc.start()
        try:
            kept = make()
            size = tracemalloc.get_traced_memory()[0]
            del kept
            return size
        finally:
            tracemalloc.stop()

    plain = held_bytes(lambda: list(rows(50_000)))
    compact = held_bytes(lambda: PackedList(rows(50_000)))
    assert compact * 6 < plain, (compact, plain)


def test_print_json_writes_what_json_dumps_would():
    def obj(lazy):
        gen = (lambda xs: (x for x in xs)) if lazy else list
        return {"created": 2, "name": "Phường Đăk Cấm", "merged": [7, 9], "rejected": gen([
            {"row": 4, "message": "Mã số thuế \"1\" sai."}, {"row": 6, "message": "thiếu tên"}]),
            "warnings": gen([]), "nested": {"a": [1, {"b": None}]}}

    out = io.StringIO()
    print_json(obj(True), out)
    assert out.getvalue() == json.dumps(obj(False), ensure_ascii=False) + "\n"
    out = io.StringIO()
    print_json([{"a": 1}] * 5000, out)  # longer than one write
    assert json.loads(out.getvalue()) == [{"a": 1}] * 5000


def _cli(capsys, *args):
    code = main([str(a) for a in args])
    out, _err = capsys.readouterr()
    return code, out


def _sheet(path):
    return pc.CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0).to_python()


def test_register_import_with_packed_rejections_reports_every_row(sqlite_file, tmp_path, capsys, monkeypatch):
    good = codes(3)
    body = [row(good[i % 3], f"Công ty Tốt {i}") if i % 10 == 0 else
            row(f"ABC{i:07d}", f"Công ty Mã Sai {i}", address=f"{i} Hùng Vương") for i in range(30)]
    path = write_xlsx(tmp_path / "hoi_vien.xlsx", [STANDARD_HEADER, *body])

    runs = {}
    for batch in (packed.BATCH, 4):  # plain lists, then packed every 4 rows
        monkeypatch.setattr(packed, "BATCH", batch)
        db = tmp_path / f"b{batch}.sqlite"
        db.write_bytes(sqlite_file.read_bytes())
        out = tmp_path / f"loi{batch}.xlsx"
        code, text = _cli(capsys, "--db", db, "import", "enterprises", path, "--json", "--dry-run",
                          "--rejected-out", out)
        runs[batch] = (code, json.loads(text), _sheet(out))
    assert runs[4] == runs[packed.BATCH]
    code, result, sheet = runs[4]
    assert code == 1 and result["created"] == 3
    assert [r["row"] for r in result["rejected"]] == [i + 2 for i in range(30) if i % 10]  # every row, in order
    assert all("ABC" in r["message"] for r in result["rejected"])
    assert len(sheet) == 1 + 27 and sheet[0][-1] == "Lỗi"
    assert sheet[1][2] == "Công ty Mã Sai 1" and sheet[-1][2] == "Công ty Mã Sai 29" and "ABC" in sheet[-1][-1]


def test_supports_import_with_packed_rejections_reports_every_row(db, world, tmp_path, capsys, monkeypatch):  # noqa: F811
    unknown = codes(12, start=431_000_001)
    body = [[i, unknown[i], f"Chưa có {i}", None, "Đào tạo", None, "01/02/2024"] + [None] * 7 for i in range(12)]
    path = write_xlsx(tmp_path / "luot.xlsx", [SUPPORT_HEADER, *body])
    runs = {}
    for batch in (packed.BATCH, 5):
        monkeypatch.setattr(packed, "BATCH", batch)
        out = tmp_path / f"loi{batch}.xlsx"
        code, text = _cli(capsys, "--db", db.url, "import", "supports", path, "--json", "--dry-run",
                          "--rejected-out", out)
        runs[batch] = (code, json.loads(text), _sheet(out))
    assert runs[5] == runs[packed.BATCH]
    code, result, sheet = runs[5]
    assert code == 1 and result["created"] == 0
    assert [(r["row"], r["reason"]) for r in result["rejected"]] == [(i + 2, "enterprise") for i in range(12)]
    assert [r[2] for r in sheet[1:]] == [f"Chưa có {i}" for i in range(12)]


def test_saving_rejected_rows_reports_progress_and_a_cancel_writes_nothing(db, tmp_path, monkeypatch):
    from nsdesk.services.register.importing import pipeline as importer
    from nsdesk.services.register.importing import problems

    monkeypatch.setattr(problems, "SAVE_STEP", 4)
    body = [row(f"ABC{i:07d}", f"Công ty Mã Sai {i}") for i in range(10)]
    path = write_xlsx(tmp_path / "hoi_vien.xlsx", [STANDARD_HEADER, *body])
    with db.sessions() as s:
        pv = importer.preview_file(s, path)
    assert len(pv.rejected_rows) == 10

    seen: list[tuple[int, int]] = []
    out = tmp_path / "loi.xlsx"
    assert problems.save_rejected(pv, out, progress=lambda done, total: seen.append((done, total))) == 10
    assert seen == [(4, 10), (8, 10), (10, 10)]
    assert len(_sheet(out)) == 11

    kept = tmp_path / "loi_cu.xlsx"
    kept.write_bytes(out.read_bytes())
    with pytest.raises(problems.SaveCancelled, match="không có tệp nào được ghi"):
        problems.save_rejected(pv, kept, cancel=lambda: True)
    assert kept.read_bytes() == out.read_bytes()  # the earlier file as it was
    with pytest.raises(problems.SaveCancelled):
        problems.save_rejected(pv, tmp_path / "moi.xlsx", cancel=lambda: True)
    assert not (tmp_path / "moi.xlsx").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" not in p.name) == ["hoi_vien.xlsx", "loi.xlsx",
                                                                                    "loi_cu.xlsx"]
