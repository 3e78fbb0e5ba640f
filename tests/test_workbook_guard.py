"""Hostile workbooks are refused before the reader sees them: one line, nothing written, the process stays up."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from fixtures import hostile_workbooks as hostile
from fixtures.register_files import STANDARD_HEADER, codes, row, write_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nsdesk.cli import main
from nsdesk.errors import InputError
from nsdesk.xlsx import guard


def cli(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    """The hostile files, each built once per test session."""
    folder = tmp_path_factory.mktemp("hostile")
    built: dict[str, object] = {}

    def get(name: str, where):
        if name not in built:
            built[name] = hostile.CORPUS[name](folder / f"{name}.xlsx")
        target = where / f"{name}.xlsx"
        shutil.copyfile(built[name], target)
        return target

    return get


def count(path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT count(*) FROM enterprises").fetchone()[0]


@pytest.mark.parametrize("streamed", [False, True], ids=["calamine", "streamed"])
@pytest.mark.parametrize("name", sorted(hostile.CORPUS))
def test_every_hostile_workbook_is_refused_in_one_line_and_nothing_is_written(name, streamed, sqlite_file, tmp_path,
                                                                           capsys, corpus, monkeypatch):
    """Read by calamine or, as a large .xlsx is, by the streaming parser (the guard then leaves the
    cells to it, and it refuses them itself): one line, nothing written, no backup taken."""
    if streamed:
        monkeypatch.setenv("NSDESK_STREAM_FROM_BYTES", "1")
    path = corpus(name, tmp_path)
    before = count(sqlite_file)
    code, out, err = cli(capsys, "--db", sqlite_file, "import", "enterprises", path,
                         "--rejected-out", tmp_path / "loi.xlsx")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and path.name in err
    assert "không mong muốn" not in err
    assert count(sqlite_file) == before
    assert not (tmp_path / "loi.xlsx").exists()
    assert not (sqlite_file.parent / "backups").exists() or not list((sqlite_file.parent / "backups").iterdir())


@pytest.mark.parametrize("name, limit", [
    ("cell_XFD1048576", "25.165.824 ô"), ("cell_XFD2000", "25.165.824 ô"), ("cell_Z1048576", "25.165.824 ô"),
    ("zip_bomb_sheet_300MB", "200:1"), ("cell_3_5_million_chars", "32.767 ký tự"),
    ("merged_ranges_1_1_million", "1.000.000 vùng ô gộp"),
])
def test_the_refusal_names_the_limit(name, limit, tmp_path, corpus):
    path = corpus(name, tmp_path)
    with pytest.raises(InputError) as info:
        guard.check_workbook(path)
    assert limit in str(info.value) and path.name in str(info.value)


def test_a_legitimate_register_passes_the_guard(tmp_path, sqlite_file, capsys):
    c = codes(50)
    path = write_xlsx(tmp_path / "ok.xlsx", [STANDARD_HEADER, *(row(x, f"Công ty {i} " + "Á" * 200)
                                                              for i, x in enumerate(c))])
    guard.check_workbook(path)
    assert cli(capsys, "--db", sqlite_file, "import", "enterprises", path)[0] == 0
    assert count(sqlite_file) == 50


def test_a_dense_sheet_down_to_excels_last_row_is_within_the_area_budget(tmp_path):
    """Excel's own limit of rows, twelve columns (a national register): never refused for its size."""
    def write(fh):
        fh.write(hostile.HEADER.encode())
        fh.write(hostile.row(1_048_576, "".join(hostile.cell(f"{c}1048576", "x") for c in "ABCDEFGHIJKL")).encode())

    path = hostile.xlsx(tmp_path / "last-row.xlsx", write)
    sheet = guard._Sheet(max_row=1_048_576, max_col=12, cells=1_048_576 * 12)
    guard._check_area(path, "Sheet1", sheet)  # a full register of that size: no refusal
    with pytest.raises(InputError):  # the same two rows alone are sparse: refused
        guard.check_workbook(path)


refs = st.tuples(st.integers(1, 18_000), st.integers(1, 1_100_000))
texts = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60) | \
    st.integers(0, 40_000).map(lambda n: "x" * n)


def _letters(col: int) -> str:
    out = ""
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.tuples(refs, texts), min_size=1, max_size=6))
def test_generated_cells_are_refused_or_read_without_a_crash(cells, tmp_path):
    """Any cell anywhere with any text: the guard refuses it in one line or the reader reads it."""
    body = "".join(hostile.row(r, hostile.cell(f"{_letters(c)}{r}", text)) for (c, r), text in
                   sorted(cells, key=lambda x: x[0][1]))
    path = hostile.xlsx(tmp_path / "gen.xlsx", hostile.HEADER + body)
    from nsdesk.services.register.importing.pipeline import read_sheet

    try:
        data = read_sheet(path)
    except InputError as exc:
        assert path.name in str(exc) and "\n" not in str(exc)
        return
    far = max(r for (_c, r), _t in cells)
    assert len(data.rows) <= far


# -- OpenDocument (.ods) ------------------------------------------------------------------------------

from fixtures import hostile_ods  # noqa: E402


@pytest.mark.parametrize("name", sorted(hostile_ods.CORPUS))
def test_every_hostile_ods_is_refused_in_one_line_and_nothing_is_written(name, sqlite_file, tmp_path, capsys):
    """Issue 15: a repeat count in content.xml turns a 1 KB .ods into billions of cells (80 million
    abort the reader); the guard expands the counts itself and refuses before calamine sees the file."""
    path = hostile_ods.CORPUS[name](tmp_path / f"{name}.ods")
    before = count(sqlite_file)
    code, out, err = cli(capsys, "--db", sqlite_file, "import", "enterprises", path,
                         "--rejected-out", tmp_path / "loi.xlsx")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and path.name in err and "bị từ chối" in err
    assert count(sqlite_file) == before
    assert not (tmp_path / "loi.xlsx").exists()


@pytest.mark.parametrize("name, limit", [
    ("ods_cell_repeated_16384_columns_1048576_rows", "1.048.576 dòng × 16.384 cột"),
    ("ods_row_repeated_1_billion_times", "1.048.576 dòng"),
    ("ods_nested_repeats_80_million_cells", "2.000.000 ô tạo thêm bằng lặp lại"),
    ("ods_empty_cells_repeated_then_a_value", "25.165.824 ô"),
    ("ods_content_bomb_300MB", "200:1"),
    ("ods_cell_40000_chars", "32.767 ký tự"),
])
def test_the_ods_refusal_names_the_limit(name, limit, tmp_path):
    path = hostile_ods.CORPUS[name](tmp_path / f"{name}.ods")
    with pytest.raises(InputError) as info:
        guard.check_workbook(path)
    assert limit in str(info.value) and path.name in str(info.value)
    assert "Sheet1" in str(info.value) or "content.xml" in str(info.value) or "ký tự" in limit


def test_an_ods_as_libreoffice_writes_it_is_read(tmp_path, sqlite_file, capsys):
    """Trailing empty cells to column AMJ and empty rows down to row 1,048,576 (one repeated element
    each) hold nothing: not refused, and the list imports."""
    path = hostile_ods.libreoffice_like(30)(tmp_path / "libreoffice.ods")
    guard.check_workbook(path)
    from nsdesk.xlsx import read_sheet

    rows = read_sheet(path).rows
    assert rows[1][:2] == ["0100000000", "Công ty 0"] and len(rows) == 31


def test_repeats_within_the_budget_are_read(tmp_path):
    """A few repeated cells (identical neighbours, gaps) are ordinary: read, expanded as written."""
    o = hostile_ods
    body = o.HEADER + o.table_row(o.text_cell("0100233505") + o.empty_cell(3) + o.text_cell("x", 4), 5)
    path = o.ods(tmp_path / "ok.ods", body)
    guard.check_workbook(path)
    from nsdesk.xlsx import read_sheet

    rows = read_sheet(path).rows
    assert len(rows) == 6 and rows[5] == ["0100233505", "", "", "", "x", "x", "x", "x"]


@pytest.mark.parametrize("streamed", [False, True])
def test_a_sheet_with_more_merged_ranges_than_the_budget_is_refused(tmp_path, sqlite_file, capsys, monkeypatch,
                                                                     streamed):
    """The merged ranges the guard hands to the reader are a list held whole: a sheet of millions
    (a few bytes each in a compressed file) is refused in one line, nothing written."""
    monkeypatch.setattr(guard, "MAX_MERGES", 4)
    if streamed:
        monkeypatch.setenv("NSDESK_STREAM_FROM_BYTES", "1")
    c = codes(6)
    rows = [STANDARD_HEADER] + [row(code, f"Công ty {i}", commune="Phường Đăk Cấm") for i, code in enumerate(c)]
    few = write_xlsx(tmp_path / "it.xlsx", rows, merges=("F2:F3", "F4:F5"))
    many = write_xlsx(tmp_path / "nhieu.xlsx", rows, merges=("A8:B8", "C8:D8", "E8:F8", "G8:H8", "I8:J8"))
    code, _out, err = cli(capsys, "--db", sqlite_file, "import", "enterprises", many)
    assert code == 2 and "vùng ô gộp" in err and "4 vùng ô gộp một trang" in err
    with sqlite3.connect(sqlite_file) as conn:
        assert conn.execute("SELECT COUNT(*) FROM enterprises").fetchone()[0] == 0
    assert guard.check_workbook(few) is not None  # within the budget: read as usual
