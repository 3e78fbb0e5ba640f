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
