"""The register export: one enterprise per row, in a layout the importer reads back, printable as a document."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Table, func, select
from sqlalchemy.orm import Session

from nsdesk.db import session_path
from nsdesk.files import atomic_output, check_output_path
from nsdesk.i18n import tr
from nsdesk.models import AdminUnit, Enterprise, Sector
from nsdesk.services.common.formats import sector_label
from nsdesk.services.common.office import get_office
from nsdesk.services.register import search
from nsdesk.services.register.importing.fields import kind_label
from nsdesk.services.register.search import EnterpriseQuery
from nsdesk.xlsx.layout import PrintLayout
from nsdesk.xlsx.measure import digits_width, number_width
from nsdesk.xlsx.table import write_table

# The export's columns: the importer's header names first (so the file reads back), then
# columns the importer ignores (shown for reference only). Widths are in Excel's character units,
# chosen so that all columns fit one landscape A4 page width at a readable size: long text
# (names, addresses, people, notes) wraps onto more lines instead of widening the page. Number and
# code columns are minimums, widened to the widest value exported (see _export_widths).
EXPORT_COLUMNS: tuple[tuple[str, str, int], ...] = (
    ("_row", "STT", 5),
    ("tax_code", "Mã số thuế", 10),
    ("name", "Tên doanh nghiệp", 26),
    ("kind", "Loại hình", 12),
    ("address", "Địa chỉ", 25),
    ("commune", "Phường/Xã", 13),
    ("employees", "Số lao động", 6),
    ("revenue", "Doanh thu (triệu đồng)", 9),
    ("representative", "Người đại diện", 13),
    ("phone", "Điện thoại", 11),
    ("email", "Email", 19),
    ("note", "Ghi chú", 9),
    ("sector_code", "Ngành (VSIC)", 10),  # "10 – Sản xuất chế biến thực phẩm": the importer reads the code
    ("capital", "Tổng nguồn vốn (triệu đồng)", 9),
    ("founded_year", "Năm thành lập", 6),
    ("size_class", "Quy mô (NĐ 80/2021/NĐ-CP)", 14),
    ("association", "Hiệp hội", 15),
    ("archived", "Đã lưu trữ", 7),
)
WRAP_FIELDS = frozenset({"name", "kind", "address", "commune", "representative", "phone", "email", "note",
                         "size_class", "association", "sector_code"})
CENTER_FIELDS = frozenset({"_row", "founded_year", "archived"})
# Thousands grouped (shown with the reader's separators); "_)" keeps a gap before the next column's text.
NUMBER_FORMATS = {"employees": "#,##0_)", "revenue": "#,##0.0##_)", "capital": "#,##0.0##_)"}
SIZE_LABELS = {"micro": "Siêu nhỏ", "small": "Nhỏ", "medium": "Vừa", "not_sme": "Không phải DNNVV",
               "household": "Hộ kinh doanh", "unknown": "Chưa xác định"}


PERSONAL_FIELDS = frozenset({"representative", "phone", "email"})  # a person's data (Law 91/2025/QH15)


def export_enterprises(session: Session, path: str | Path, include_archived: bool = False,
                       omit_personal_data: bool = False, query: EnterpriseQuery | None = None) -> int:
    """Write the register, one enterprise per row, tax code and commune name as text cells.

    With ``query`` (the list as filtered and sorted on screen) only its enterprises are written, in
    its order; without, the whole register (archived ones only with ``include_archived``) by name.
    ``omit_personal_data`` leaves out the representative's name, phone and email (their columns).

    The layout is one the importer reads back unchanged, and it prints as a document: A4 landscape,
    all columns on one page width, the header row repeated on every page, the office and title in the
    page header and "Trang x / y" in the footer. Returns the number of enterprises.
    """
    communes = dict(session.execute(select(AdminUnit.code, AdminUnit.name).where(AdminUnit.level == "commune")).all())
    sectors = {code: sector_label(code, name) for code, name in session.execute(select(Sector.code, Sector.name))}
    t = Enterprise.__table__
    chosen: list[ColumnElement[bool]] = [] if include_archived else [t.c.archived.is_(False)]
    q = select(t).where(*chosen).order_by(t.c.name_key)  # Vietnamese alphabetical order (name_sort)
    columns = [c for c in EXPORT_COLUMNS if not (omit_personal_data and c[0] in PERSONAL_FIELDS)]
    fields = [f for f, _h, _w in columns]
    text_cols = [fields.index(f) for f in ("tax_code", "commune", "phone", "sector_code") if f in fields]
    layout = PrintLayout(
        title=tr("export", "DANH SÁCH DOANH NGHIỆP"),
        office=get_office(session).label() or None,
        wrap_columns=frozenset(fields.index(f) for f in WRAP_FIELDS if f in fields),
        center_columns=frozenset(fields.index(f) for f in CENTER_FIELDS),
        number_formats={fields.index(f): fmt for f, fmt in NUMBER_FORMATS.items()},
        freeze_columns=fields.index("name") + 1,
    )

    # Plain rows in column order (no per-row mapping: this loop runs 100,000 times), then the few
    # columns shown as labels are replaced in place.
    q = q.with_only_columns(*(t.c["commune_code" if f == "commune" else f] for f in fields[1:]))
    kind, commune, size, archived, sector = (fields.index(f) for f in ("kind", "commune", "size_class", "archived",
                                                                       "sector_code"))

    def selected() -> Iterator[Any]:
        if query is None:
            yield from session.execute(q.execution_options(yield_per=2000))
            return
        order = search.ids(session, query)
        for start in range(0, len(order), 2000):
            chunk = order[start:start + 2000]
            found = {r[-1]: r[:-1] for r in session.execute(q.add_columns(t.c.id).where(t.c.id.in_(chunk)))}
            yield from (found[i] for i in chunk if i in found)

    def rows() -> Iterator[list[object]]:
        for n, r in enumerate(selected(), start=1):
            row = [n, *r]
            row[kind] = kind_label(row[kind])
            row[commune] = communes.get(row[commune] or "")
            row[size] = SIZE_LABELS.get(row[size], row[size])
            row[sector] = sectors.get(row[sector], row[sector])
            row[archived] = "Có" if row[archived] else None
            yield row

    widths = _export_widths(session, t, chosen, layout.font_size, columns)
    with atomic_output(check_output_path(path, database=session_path(session))) as tmp:
        return write_table(tmp, "Doanh nghiệp", [h for _f, h, _w in columns], rows(),
                           text_columns=text_cols, widths=widths, layout=layout)


def _export_widths(session: Session, t: Table, chosen: list[ColumnElement[bool]], font_size: float,
                   columns: Sequence[tuple[str, str, int]] = EXPORT_COLUMNS) -> list[float]:
    """EXPORT_COLUMNS' widths, widened where the data needs it (row count, codes, large amounts)."""
    count, code_len, *extremes = session.execute(select(
        func.count(), func.max(func.length(t.c.tax_code)),
        func.max(t.c.employees), func.max(t.c.revenue), func.min(t.c.revenue),
        func.max(t.c.capital), func.min(t.c.capital)).where(*chosen)).one()
    employees, *amounts = extremes
    need = {
        "_row": digits_width(len(str(count)), font_size),
        "tax_code": digits_width(code_len or 10, font_size),
        "employees": number_width(employees, False, font_size),
        "revenue": max(number_width(v, True, font_size) for v in amounts[:2]),
        "capital": max(number_width(v, True, font_size) for v in amounts[2:]),
    }
    return [max(w, need.get(f, 0)) for f, _h, w in columns]
