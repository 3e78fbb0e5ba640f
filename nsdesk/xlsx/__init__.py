"""Spreadsheet files without a database: reading, writing, checking workbooks before they are parsed."""
