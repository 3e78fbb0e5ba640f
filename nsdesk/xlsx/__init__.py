"""Spreadsheet files without a database: the sheet reader, the table writer, the print layout, the
rejected-rows file and the guard that checks a workbook before it is parsed (``guard``). Used by the importers (services) and the documents (reports); it imports no
services, models, SQLAlchemy or Qt (contracts in pyproject.toml ``[tool.importlinter]``)."""

from nsdesk.xlsx.datasheets import add_text_sheet, checksum, read_text_sheets
from nsdesk.xlsx.document import DocumentSheet, Line
from nsdesk.xlsx.layout import PrintLayout, Signature
from nsdesk.xlsx.reader import SheetData, SheetStream, open_sheet, read_sheet
from nsdesk.xlsx.rejected import REJECT_COLUMN, write_rejected
from nsdesk.xlsx.table import add_table, save, workbook_for, write_table

__all__ = ["REJECT_COLUMN", "DocumentSheet", "Line", "PrintLayout", "SheetData", "SheetStream", "Signature", "add_table", "add_text_sheet",
           "checksum", "open_sheet", "read_sheet", "read_text_sheets", "save",
           "workbook_for", "write_rejected", "write_table"]
