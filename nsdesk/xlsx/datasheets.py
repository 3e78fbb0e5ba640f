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

from nsdesk.errors import InputError
from nsdesk.i18n import tr

Table = list[list[str]]


def add_text_sheet(wb: Any, name: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Add a sheet to an xlsxwriter workbook: a bold header, then ``rows`` as text. Returns the row count."""
    ws = wb.add_worksheet(name)
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
    """Read every sheet whose name starts with ``prefix`` as text rows.

    Raises InputError when the file is missing or is not a workbook.
    """
    import python_calamine as pc

    path = Path(path)
    if not path.is_file():
        raise InputError(tr("import", "Không tìm thấy tệp {path}.").format(path=path),
                         hint=tr("import", "Kiểm tra lại đường dẫn và tên tệp."))
    try:
        wb = pc.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # zip/xml/format errors of a file that is not a workbook
        raise InputError(
            tr("import", "Không đọc được tệp {path}: không phải tệp Excel (.xlsx, .xls, .ods) hoặc tệp bị hỏng.")
            .format(path=path.name),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    try:
        names = list(wb.sheet_names)
        sheets: dict[str, Table] = {}
        for name in names:
            if not name.startswith(prefix):
                continue
            rows = wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
            table = [_trimmed([_cell_text(v) for v in row]) for row in rows]
            sheets[name] = [r for r in table if r]
    except Exception as exc:
        raise InputError(
            tr("import", "Không đọc được trang tính trong tệp {path}: {error}").format(path=path.name, error=exc),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    finally:
        close = getattr(wb, "close", None)
        if close:
            close()
    return Workbook(path=path, sheet_names=names, sheets=sheets)
