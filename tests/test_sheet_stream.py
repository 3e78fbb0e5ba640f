"""The row-by-row reader gives the same rows as the whole-sheet reader, column A at index 0."""

from __future__ import annotations

import openpyxl
import pytest

from nsdesk.errors import InputError
from nsdesk.xlsx import open_sheet, read_sheet


@pytest.mark.parametrize("cells", [["C3"], ["A1", "C3"], ["B4", "E2"], ["D5", "C3"]])
def test_stream_matches_whole_sheet(tmp_path, cells):
    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    for ref in cells:
        wb.active[ref] = ref
    wb.save(path)
    with open_sheet(path) as stream:
        streamed = list(stream.iter_rows())
        head = stream.head(2)
    whole = read_sheet(path).rows
    assert streamed == whole
    assert head == whole[:2]
    for ref in cells:
        col = ord(ref[0]) - ord("A")
        row = int(ref[1:]) - 1
        assert whole[row][col] == ref


def test_stream_from_start_index_and_missing_sheet(tmp_path):
    path = tmp_path / "t.xlsx"
    wb = openpyxl.Workbook()
    for i in range(1, 11):
        wb.active.cell(row=i, column=1, value=i)
    wb.save(path)
    with open_sheet(path) as stream:
        assert [r[0] for r in stream.iter_rows(7)] == [8, 9, 10]
    with pytest.raises(InputError, match="không có trang tính"):
        open_sheet(path, "Không có")


# -- the streaming .xlsx parser against calamine ------------------------------------------------------

import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import python_calamine as pc  # noqa: E402
import xlsxwriter  # noqa: E402
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from nsdesk.xlsx import reader  # noqa: E402
from nsdesk.xlsx.stream import SharedStrings, XlsxStream, format_kind  # noqa: E402


def _trimmed(rows):
    rows = [list(r) for r in rows]
    for r in rows:
        while r and r[-1] == "":
            r.pop()
    while rows and not rows[-1]:
        rows.pop()
    return rows


def _calamine(path):
    book = pc.CalamineWorkbook.from_path(str(path))
    sheet = book.get_sheet_by_name(book.sheet_names[0])
    pad = [""] * (sheet.start or (0, 0))[1]
    return _trimmed(pad + list(r) for r in sheet.iter_rows()), sorted(sheet.merged_cell_ranges or [])


def _streamed(path):
    with XlsxStream(Path(path)) as s:
        return _trimmed(s.iter_rows()), sorted(s.merged)


_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12).filter(
    lambda s: s.strip() == s and not s.startswith("="))
_value = st.one_of(
    _text,
    st.sampled_from(["Công ty TNHH Thủy sản Sa Huỳnh", "a & b <c>", "_x000D_ x", "Cộng", "  "]),
    st.integers(-10**9, 10**9),
    st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(datetime.date(1901, 1, 1), datetime.date(2100, 1, 1)),
    st.datetimes(datetime.datetime(1901, 1, 1), datetime.datetime(2100, 1, 1)).map(lambda d: d.replace(microsecond=0)),
)
_cells = st.dictionaries(st.tuples(st.integers(0, 12), st.integers(0, 6)), _value, min_size=1, max_size=25)


def _write_openpyxl(path, origin, cells, merge):
    wb = openpyxl.Workbook()
    ws = wb.active
    for (r, c), v in cells.items():
        cell = ws.cell(row=origin[0] + r + 1, column=origin[1] + c + 1, value=v)
        if isinstance(v, datetime.date):
            cell.number_format = "dd/mm/yyyy" if not isinstance(v, datetime.datetime) else "dd/mm/yyyy hh:mm:ss"
    if merge:
        ws.merge_cells(start_row=origin[0] + 1, start_column=origin[1] + 1, end_row=origin[0] + 3,
                       end_column=origin[1] + 2)
    wb.save(path)


def _write_xlsxwriter(path, origin, cells, merge, constant_memory):
    wb = xlsxwriter.Workbook(str(path), {"constant_memory": constant_memory, "strings_to_numbers": False,
                                         "strings_to_formulas": False, "strings_to_urls": False})
    ws = wb.add_worksheet("Danh sách")
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    moment = wb.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
    for (r, c), v in sorted(cells.items()):  # constant_memory writes row by row
        row, col = origin[0] + r, origin[1] + c
        if isinstance(v, datetime.datetime):
            ws.write_datetime(row, col, v, moment)
        elif isinstance(v, datetime.date):
            ws.write_datetime(row, col, datetime.datetime.combine(v, datetime.time()), day)
        else:
            ws.write(row, col, v)
    if merge and not constant_memory:
        ws.merge_range(origin[0] + 20, origin[1], origin[0] + 22, origin[1] + 1, "Gộp")
    wb.close()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=_cells, origin=st.sampled_from([(0, 0), (2, 2), (5, 1)]), writer=st.sampled_from(
    ["openpyxl", "xlsxwriter", "xlsxwriter-constant-memory"]), merge=st.booleans())
def test_streaming_parser_gives_what_calamine_gives(tmp_path, cells, origin, writer, merge):
    """Shared and inline strings, numbers, booleans, dates, empty cells, a sheet starting at C3, merged cells."""
    path = tmp_path / "t.xlsx"
    if writer == "openpyxl":
        _write_openpyxl(path, origin, cells, merge)
    else:
        _write_xlsxwriter(path, origin, cells, merge, writer.endswith("memory"))
    assert _streamed(path) == _calamine(path)


def test_open_sheet_streams_a_large_file_with_the_same_rows(tmp_path, monkeypatch):
    path = tmp_path / "big.xlsx"
    cells = {(r, c): f"{r}-{c}" if c else r for r in range(50) for c in range(4)}
    _write_xlsxwriter(path, (2, 2), cells, True, False)
    whole = read_sheet(path)
    monkeypatch.setattr(reader, "STREAM_FROM_BYTES", 1)
    with open_sheet(path) as stream:
        assert isinstance(stream, XlsxStream)
        assert stream.name == "Danh sách" and stream.row_count_hint == 52
        assert _trimmed(stream.iter_rows()) == _trimmed(whole.rows)
        assert stream.head(3)[2][2:4] == [0.0, "0-1"]
        assert [r[2] for r in stream.iter_rows(51)][:1] == [49.0]
        assert sorted(stream.merged) == sorted(whole.merged)
    with pytest.raises(InputError, match="không có trang tính"):
        open_sheet(path, "Không có")


def test_shared_strings_held_in_one_buffer():
    strings = SharedStrings()
    for i in range(1000):
        strings.append(f"Công ty số {i}")
    assert len(strings) == 1000 and strings[0] == "Công ty số 0" and strings[999] == "Công ty số 999"


@pytest.mark.parametrize(("code", "kind"), [("dd/mm/yyyy", 1), ("0.00", 0), ("General", 0), ('"ngày" 0', 0),
                                            ("[h]:mm:ss", 2), ("[Red]0.0", 0), ("[$-409]mmm yy", 1), ("@", 0)])
def test_date_formats_read_as_calamine_reads_them(code, kind):
    assert format_kind(code) == kind


from fixtures import hostile_workbooks as hw  # noqa: E402

_ODD_SHEETS = {
    # tags with a namespace prefix: read by the general (expat) parser
    "prefixed": '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>MST</x:t></x:is></x:c>'
                '<x:c r="C1" t="s"><x:v>0</x:v></x:c></x:row>'
                '<x:row r="3"><x:c r="B3"><x:v>12.5</x:v></x:c><x:c r="C3" t="b"><x:v>1</x:v></x:c></x:row>',
    # cells without references, a cell without attributes, rich text, phonetic runs, entities, a formula
    "no_refs": '<row r="2"><c t="inlineStr"><is><t>a &amp; b</t></is></c><c/><c><v>3</v></c></row>'
               '<row><c r="B3" t="inlineStr"><is><r><t>Công </t></r><r><rPr><b/></rPr><t>ty</t></r>'
               '<rPh sb="0" eb="1"><t>x</t></rPh></is></c><c r="C3" t="str"><f>A1&amp;"x"</f><v>a_x000D_b</v></c></row>',
    "spaces": '<row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve">  a </t></is></c>'
              '<c r="B1" t="inlineStr"><is><t>   </t></is></c><c r="C1" t="e"><v>#DIV/0!</v></c></row>',
}


@pytest.mark.parametrize("name", sorted(_ODD_SHEETS))
def test_odd_but_valid_sheets_read_as_calamine_reads_them(tmp_path, name):
    path = hw.xlsx(tmp_path / f"{name}.xlsx", _ODD_SHEETS[name], shared='<si><t>Tên DN</t></si>')
    assert _streamed(path) == _calamine(path)
