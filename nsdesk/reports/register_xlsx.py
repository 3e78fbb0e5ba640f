"""Reading register spreadsheets (python-calamine) and writing the register / rejected rows (xlsxwriter)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..i18n import tr

REJECT_COLUMN = "Lỗi"


@dataclass
class SheetData:
    """One sheet as python-calamine reads it: ``rows[0]`` is sheet row 1, column A is index 0."""

    path: Path
    name: str
    sheet_names: list[str]
    rows: list[list]
    merged: list = field(default_factory=list)


def read_sheet(path: str | Path, sheet: str | None = None) -> SheetData:
    """Read a whole sheet (the first one unless ``sheet`` names another).

    Raises InputError (CLI exit 2) when the file is missing or not a spreadsheet, or the sheet
    does not exist.
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


def _workbook(path: Path):
    import xlsxwriter

    return xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_urls": False, "strings_to_formulas": False,
                    "strings_to_numbers": False},
    )


def _save(wb, path: Path) -> None:
    try:
        wb.close()
    except OSError as exc:
        raise InputError(tr("export", "Không ghi được tệp {path}: {error}").format(path=path, error=exc),
                         hint=tr("export", "Đóng tệp nếu đang mở trong Excel, hoặc chọn thư mục khác.")) from exc


def write_table(path: str | Path, sheet_name: str, header: Sequence[str], rows: Iterable[Sequence[object]],
                text_columns: Iterable[int] = (), widths: Sequence[int] | None = None) -> int:
    """Write one header row and the rows; ``text_columns`` are written as text cells. Returns the row count."""
    path = Path(path)
    if not path.parent.exists():
        raise InputError(tr("export", "Thư mục {folder} không tồn tại.").format(folder=path.parent))
    wb = _workbook(path)
    ws = wb.add_worksheet(sheet_name[:31])
    head = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#DDEBF7", "border": 1})
    text = wb.add_format({"num_format": "@"})
    text_cols = set(text_columns)
    for c, width in enumerate(widths or []):
        ws.set_column(c, c, width, text if c in text_cols else None)
    for c, title in enumerate(header):
        ws.write_string(0, c, title, head)
    ws.freeze_panes(1, 0)
    n = 0
    for n, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if c in text_cols or isinstance(value, str):
                ws.write_string(n, c, str(value), text if c in text_cols else None)
            elif isinstance(value, bool):
                ws.write_boolean(n, c, value)
            elif isinstance(value, (int, float)):
                ws.write_number(n, c, value)
            else:
                ws.write(n, c, value)
    ws.autofilter(0, 0, max(n, 1), max(len(header) - 1, 0))
    _save(wb, path)
    return n


def write_rejected(path: str | Path, header: Sequence[str], rows: Iterable[tuple[Sequence[object], str]],
                   text_columns: Iterable[int] = ()) -> int:
    """The rejected rows as they were, with an extra "Lỗi" column saying what to fix."""
    header = list(header)
    width = len(header)

    def body():
        for cells, error in rows:
            cells = list(cells)[:width] + [""] * max(0, width - len(cells))
            yield [c if not isinstance(c, float) or not c.is_integer() else int(c) for c in cells] + [error]

    return write_table(path, "Dòng bị từ chối", header + [REJECT_COLUMN], body(), text_columns=text_columns,
                       widths=[18] * width + [60])


# The export's columns: the importer's header names first (so the file reads back), then
# columns the importer ignores (shown for reference only).
EXPORT_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("_row", "STT", 6),
    ("tax_code", "Mã số thuế", 16),
    ("name", "Tên doanh nghiệp", 45),
    ("kind", "Loại hình", 20),
    ("address", "Địa chỉ", 40),
    ("commune", "Phường/Xã", 22),
    ("employees", "Số lao động", 10),
    ("revenue", "Doanh thu (triệu đồng)", 14),
    ("representative", "Người đại diện", 24),
    ("phone", "Điện thoại", 14),
    ("email", "Email", 26),
    ("note", "Ghi chú", 30),
    ("sector_code", "Ngành (VSIC)", 10),
    ("capital", "Tổng nguồn vốn (triệu đồng)", 14),
    ("founded_year", "Năm thành lập", 10),
    ("size_class", "Quy mô (NĐ 80/2021/NĐ-CP)", 14),
    ("association", "Hiệp hội", 24),
    ("archived", "Đã lưu trữ", 10),
)
SIZE_LABELS = {"micro": "Siêu nhỏ", "small": "Nhỏ", "medium": "Vừa", "not_sme": "Không phải DNNVV",
               "household": "Hộ kinh doanh", "unknown": "Chưa xác định"}


def export_enterprises(session, path: str | Path, include_archived: bool = False) -> int:
    """Write the register, one enterprise per row, tax code and commune name as text cells.

    The layout is one the importer reads back unchanged. Returns the number of enterprises.
    """
    from sqlalchemy import select

    from ..models import AdminUnit, Enterprise
    from ..services.import_fields import kind_label

    communes = dict(session.execute(select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "commune")).all())
    t = Enterprise.__table__
    q = select(t).order_by(t.c.name_folded, t.c.id)
    if not include_archived:
        q = q.where(t.c.archived.is_(False))
    fields = [f for f, _h, _w in EXPORT_COLUMNS]
    text_cols = [fields.index(f) for f in ("tax_code", "commune", "phone", "sector_code")]

    def rows():
        for n, e in enumerate(session.execute(q.execution_options(yield_per=2000)).mappings(), start=1):
            values = {
                "_row": n, "kind": kind_label(e["kind"]), "commune": communes.get(e["commune_code"] or ""),
                "size_class": SIZE_LABELS.get(e["size_class"], e["size_class"]),
                "archived": "Có" if e["archived"] else None,
            }
            yield [values[f] if f in values else e[f] for f in fields]

    return write_table(path, "Doanh nghiệp", [h for _f, h, _w in EXPORT_COLUMNS], rows(), text_columns=text_cols,
                       widths=[w for _f, _h, w in EXPORT_COLUMNS])
