"""Reading a spreadsheet sheet whole with python-calamine (.xlsx, .xls, .ods)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from nsdesk.errors import InputError
from nsdesk.i18n import tr

#: A cell's value as python-calamine gives it (an empty cell is "").
CellValue = int | float | str | bool | datetime.time | datetime.date | datetime.datetime | datetime.timedelta


@dataclass
class SheetData:
    """One sheet as python-calamine reads it: ``rows[0]`` is sheet row 1, column A is index 0."""

    path: Path
    name: str
    sheet_names: list[str]
    rows: list[list[CellValue]]
    #: Merged ranges: ((first row, first column), (last row, last column)), 0-based.
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """Read a whole sheet (the first one unless ``sheet`` names another).

    Raises InputError (CLI exit 2) when the file is missing, not a spreadsheet, over the guard's
    budgets (:mod:`nsdesk.xlsx.guard`), or the sheet does not exist. Every import reads through here.
    """
    import python_calamine as pc

    path = Path(path)
    if not path.is_file():
        raise InputError(tr("import", "Không tìm thấy tệp {path}.").format(path=path),
                         hint=tr("import", "Kiểm tra lại đường dẫn và tên tệp."))
    # A hostile file is refused in one line before calamine, which could abort the process, sees it.
    from nsdesk.xlsx.guard import check_workbook

    check_workbook(path)
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
        if sheet is None:
            visible = [m.name for m in getattr(wb, "sheets_metadata", [])
                       if str(m.visible).lower().endswith(".visible") and "worksheet" in str(m.typ).lower()]
            name = visible[0] if visible else (names[0] if names else None)
            if name is None:
                raise InputError(tr("import", "Tệp {path} không có trang tính nào.").format(path=path.name))
        else:
            matches = [n for n in names if n == sheet] or [n for n in names if n.strip().lower() == sheet.strip().lower()]
            if not matches:
                raise InputError(
                    tr("import", "Tệp {path} không có trang tính \"{sheet}\".").format(path=path.name, sheet=sheet),
                    hint=tr("import", "Các trang tính có trong tệp: {names}.").format(names=", ".join(names)),
                )
            name = matches[0]
        ws = wb.get_sheet_by_name(name)
        rows = ws.to_python(skip_empty_area=False)
        merged = list(ws.merged_cell_ranges or [])
    except InputError:
        raise
    except Exception as exc:
        raise InputError(
            tr("import", "Không đọc được trang tính trong tệp {path}: {error}").format(path=path.name, error=exc),
            hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
        ) from exc
    finally:
        close = getattr(wb, "close", None)
        if close:
            close()
    return SheetData(path=path, name=name, sheet_names=names, rows=rows, merged=merged)
