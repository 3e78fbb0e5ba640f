"""The file of rejected rows: each as it was in the sheet, plus a "Lỗi" column saying what to fix."""

from __future__ import annotations

from pathlib import Path

from nsdesk.services.pilots.importing.result import SheetImport
from nsdesk.xlsx import write_rejected


def save_rejected(pv: SheetImport, path: str | Path) -> int:
    """The rejected rows as they were in the file, plus a "Lỗi" column; returns the row count."""
    header = [c.header or c.letter for c in pv.header.columns]
    rows = [(cells, "; ".join(msgs)) for _row, cells, msgs in pv.rejected_rows]
    text_cols = [pv.mapping["tax_code"]] if "tax_code" in pv.mapping else []
    return write_rejected(path, header, rows, text_columns=text_cols)
