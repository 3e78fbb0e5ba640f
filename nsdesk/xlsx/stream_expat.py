"""The general worksheet parser of :mod:`nsdesk.xlsx.stream` (expat callbacks): for sheets whose tags
carry a namespace prefix (``<x:row>``) and rows the fast string parser leaves to it."""

from __future__ import annotations

import datetime
from xml.parsers import expat

from nsdesk.xlsx.guard import EXCEL_COLUMNS, EXCEL_ROWS
from nsdesk.xlsx.reader import CellValue
from nsdesk.xlsx.stream import (
    _REF,
    OutOfSheet,
    SharedStrings,
    _as_date,
    _iso,
    _kept,
    _local,
    _unescape,
    column_index,
)


class ExpatParser:
    """expat handlers for a worksheet, for tags with a namespace prefix (``<x:row>``) and odd rows:
    slower than :class:`~nsdesk.xlsx.stream_rows.SheetParser`, and general."""

    def __init__(self, strings: SharedStrings, styles: list[int], epoch: datetime.datetime) -> None:
        self.strings, self.styles, self.epoch = strings, styles, epoch
        self.done: list[tuple[int, list[CellValue]]] = []
        self.row = -1
        self.cells: list[CellValue] | None = None
        self.col = -1
        self.t = "n"
        self.s = 0
        self.text: list[str] | None = None
        self.value: str | None = None
        self.in_is = False
        self.preserve = False
        self.rph = 0
        self.ended = False  # read to the end of the part: there is no sooner end to tell
        p = self.p = expat.ParserCreate()
        p.buffer_text = True
        p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = self.start, self.end, self.chars

    def feed(self, data: bytes, final: bool) -> None:
        self.p.Parse(data, final)

    def take(self) -> list[tuple[int, list[CellValue]]]:
        out, self.done = self.done, []
        return out

    def start(self, name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        if tag == "c":
            ref = attrs.get("r")
            m = _REF.fullmatch(ref.replace("$", "")) if ref else None
            self.col = column_index(m.group(1)) if m else self.col + 1
            if self.col >= EXCEL_COLUMNS:
                raise OutOfSheet(0, self.col + 1)
            self.t = attrs.get("t", "n")
            s = attrs.get("s")
            self.s = int(s) if s else 0
            self.value = None
        elif tag == "v":
            self.text = []
        elif tag == "row":
            r = attrs.get("r")
            self.row = int(r) - 1 if r else self.row + 1
            if self.row >= EXCEL_ROWS:
                raise OutOfSheet(self.row + 1, 0)
            self.cells, self.col = [], -1
        elif tag == "t" and self.in_is and not self.rph:
            if self.text is None:
                self.text = []
            self.preserve = attrs.get("xml:space") == "preserve"
            self.text.append("")
        elif tag == "is":
            self.in_is, self.text = True, None
        elif tag == "rPh":
            self.rph += 1

    def chars(self, data: str) -> None:
        if self.text is not None and not self.rph:
            if self.text:
                self.text[-1] += data
            else:
                self.text.append(data)

    def end(self, name: str) -> None:
        tag = _local(name)
        if tag == "v":
            self.value = "".join(self.text) if self.text is not None else ""
            self.text = None
        elif tag == "c":
            value = self._value()
            if value is not None:
                if self.cells is None:
                    self.cells = []
                cells, col = self.cells, self.col
                if col >= len(cells):
                    cells.extend([""] * (col - len(cells)))
                    cells.append(value)
                else:
                    cells[col] = value
        elif tag == "row":
            if self.cells:
                self.done.append((self.row, self.cells))
            self.cells = None
        elif tag == "t" and self.in_is and not self.rph and self.text:
            self.text[-1] = _kept(self.text[-1], self.preserve)
        elif tag == "is":
            self.in_is = False
            self.value = _unescape("".join(self.text)) if self.text is not None else ""
            self.text = None
        elif tag == "rPh":
            self.rph -= 1

    def _value(self) -> CellValue | None:
        v, t = self.value, self.t
        if v is None:
            return None
        if t == "n":
            if v == "":
                return None
            try:
                f = float(v)
            except ValueError:
                return v
            s = self.s
            if s and s < len(self.styles) and (kind := self.styles[s]):
                return _as_date(f, kind, self.epoch)
            return f
        if t == "s":
            try:
                return self.strings[int(v)]
            except (ValueError, IndexError):
                return ""
        if t in ("inlineStr", "str"):
            return _unescape(v) if t == "str" else v
        if t == "b":
            return v.strip() in ("1", "true")
        if t == "d":
            return _iso(v)
        if t == "e":
            return None
        return v
