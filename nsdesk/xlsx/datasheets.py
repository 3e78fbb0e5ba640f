"""Data sheets: tables of plain text cells that travel inside a workbook and are read back exactly.

Every cell is written as a string (a number or date is written as its canonical text), so what
python-calamine reads back is what was written, and a checksum over the cell values tells whether
anyone edited a sheet by hand.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Table = list[list[str]]


def add_text_sheet(wb: Any, name: str, header: Sequence[str], rows: Iterable[Sequence[str]],
                   hidden: bool = False) -> int:
    """Add a sheet to an xlsxwriter workbook: a bold header, then ``rows`` as text. Returns the row count.

    ``hidden`` for data that travels behind a document (printing the workbook then gives the
    document, not thousands of rows of data); Excel refuses a workbook with no visible sheet."""
    ws = wb.add_worksheet(name)
    if hidden:
        ws.hide()
    bold = wb.add_format({"bold": True})
    for c, text in enumerate(header):
        ws.write_string(0, c, text, bold)
        ws.set_column(c, c, max(10, min(40, len(text) + 4)))
    n = 0
    for n, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value:
                ws.write_string(n, c, value)
    ws.freeze_panes(1, 0)
    return n


def checksum(sheets: Mapping[str, Sequence[Sequence[str]]]) -> str:
    """SHA-256 of the sheets' cell values (header included), in the order of the sheet names."""
    h = hashlib.sha256()
    for name in sorted(sheets):
        h.update(b"\x1esheet\x1f" + name.encode("utf-8"))
        for row in sheets[name]:
            h.update(b"\x1e" + "\x1f".join(_trimmed(row)).encode("utf-8"))
    return h.hexdigest()


def _trimmed(row: Sequence[str]) -> list[str]:
    cells = list(row)
    while cells and cells[-1] == "":
        cells.pop()
    return cells


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a cell retyped as a number
    return str(value)


@dataclass(frozen=True)
class Workbook:
    path: Path
    sheet_names: list[str]
    sheets: dict[str, Table]  # the sheets whose names start with the prefix, empty rows dropped


def read_text_sheets(path: str | Path, prefix: str) -> Workbook:
    """Read every sheet whose name starts with ``prefix`` as text rows, through the shared reader
    (:func:`nsdesk.xlsx.reader.open_sheet`: the same refusals and the same guard as every import).

    Raises InputError when the file is missing, is not a workbook or is refused by the guard.
    """
    from nsdesk.xlsx.reader import open_sheet

    with open_sheet(path) as first:
        sheets: dict[str, Table] = {}
        for name in first.sheet_names:
            if name.startswith(prefix):
                # every cell of a data sheet is text: the str test spares a call per cell
                table = [_trimmed([v if v.__class__ is str else _cell_text(v) for v in row])
                         for row in first.sibling(name).iter_rows(0)]
                sheets[name] = [r for r in table if r]
        return Workbook(path=first.path, sheet_names=list(first.sheet_names), sheets=sheets)
