"""The fast worksheet row parser of :mod:`nsdesk.xlsx.stream`: rows split out of the sheet's XML
with string operations and one regular expression per row, as it is decompressed (a sheet whose
tags carry a namespace prefix goes to :mod:`nsdesk.xlsx.stream_expat`)."""

from __future__ import annotations

import datetime
import re

from nsdesk.xlsx.guard import EXCEL_COLUMNS, EXCEL_ROWS, MAX_ROW_BYTES
from nsdesk.xlsx.reader import CellValue
from nsdesk.xlsx.stream import (
    _XML_SPACE,
    OutOfSheet,
    RowTooLong,
    SharedStrings,
    _as_date,
    _inline,
    _iso,
    _unescape,
    _xml_text,
    column_index,
)

_ATTR = re.compile(r"(?:^|\s)([rts])\s*=\s*\"([^\"]*)\"")
_V = re.compile(r"<(?:[\w.-]+:)?v>(.*?)</(?:[\w.-]+:)?v>", re.S)


def _other_value(t: str, v: str) -> CellValue | None:
    """The value of a cell of type ``t`` other than a number, a shared or an inline string (None: empty)."""
    if t == "b":
        return v.strip() in ("1", "true")
    if t == "str":
        return _unescape(_xml_text(v))
    if t == "d":
        return _iso(v)
    if t == "e":  # an error (#DIV/0!): calamine gives an empty cell
        return None
    return _xml_text(v)


#: A cell in the forms spreadsheet writers use for plain values: its reference's letters, the rest of its
#: attributes as written (``' s="3" t="s"'``, ``' s="2"/'`` for an empty cell), then an inline string's
#: xml:space="preserve", text and closing ``</is>`` (the mark that the string is there), or a ``<v>`` value.
_FAST_CELL = re.compile(
    r'<c r="([A-Z]{1,3})\d+"([^>]*)>(?:(?<=/>)|(?:<is><t(| xml:space="preserve")>([^<]*)</t>(</is>)|<v>([^<]*)</v>|)</c>)')
#: The attributes the fast path reads after r="…": a style, a type, and "/" for an empty cell.
_FAST_ATTRS = re.compile(r'(?: s="(\d+)")?(?: t="(\w+)")?(/?)')
# What a cell's attributes (after r="…") make of it, in the fast path.
_INLINE, _NUMBER, _DATED, _SHARED, _OTHER, _EMPTY, _UNKNOWN = range(7)


class SheetParser:
    """The worksheet's rows, split out of its XML with string operations as it is decompressed.

    Measured on 100,000 register rows (xlsxwriter, inline strings): expat's callbacks cost ~6×
    calamine's time, a regular expression per cell attribute ~5×. A row is split out at ``</row>``;
    when each of its cells is of the common form (``<c r="B5" s="3" t="…">`` then ``<v>…</v>``,
    ``<is><t>…</t></is>`` or nothing), one :data:`_FAST_CELL` ``findall`` reads them all and a cell's
    attributes are classified once per form (:meth:`_code`): about 1.3× calamine's time on a million
    6-cell rows, 1.3× on register rows. Any other row (a formula, rich text, a cell without a
    reference, another attribute) goes to the general string code (:meth:`_general_row`), and a sheet
    written with prefixes to :class:`~nsdesk.xlsx.stream_expat.ExpatParser`."""

    def __init__(self, strings: SharedStrings, styles: list[int], epoch: datetime.datetime) -> None:
        self.strings, self.styles, self.epoch = strings, styles, epoch
        self.done: list[tuple[int, list[CellValue]]] = []
        self.carry = b""
        self.row = -1
        self.columns: dict[str, int] = {}
        self.codes: dict[str, int] = {}  # a cell's attributes after r="…", as written → _INLINE, _NUMBER…
        self.kinds: dict[str, int] = {}  # … and for _DATED, _DATE or _DURATION
        self.types: dict[str, str] = {}  # … and for _OTHER, the type (t="b")
        self.ended = False  # </sheetData> seen

    def feed(self, data: bytes, final: bool) -> None:
        if self.ended:
            return
        data = self.carry + data if self.carry else data
        end = data.find(b"</sheetData>")
        if end >= 0:  # the rows are over (what follows, merged ranges and the like, is not read)
            data, final, self.ended = data[:end], True, True
        cut = len(data) if final else data.rfind(b"</row>") + 6
        if cut < 6:  # no row ends in what is held yet
            cut = 0
        self.carry = data[cut:]
        if len(self.carry) > MAX_ROW_BYTES:  # a row (or what precedes the rows) with no end in sight
            raise RowTooLong
        if cut:
            self._parse(data[:cut].decode("utf-8"))

    def take(self) -> list[tuple[int, list[CellValue]]]:
        out, self.done = self.done, []
        return out

    def _parse(self, text: str) -> None:
        done = self.done
        row = self.row
        columns = self.columns
        codes = self.codes
        strings, epoch = self.strings, self.epoch
        findall = _FAST_CELL.findall
        for part in text.split("</row>"):
            at = part.rfind("<row")
            if at < 0:
                continue
            gt = part.find(">", at)
            if part.startswith(' r="', at + 4):  # <row r="5" …>: the usual form
                q = part.index('"', at + 8)
                row = int(part[at + 8:q]) - 1
            else:
                row_attrs = part[at + 4:gt]
                i = row_attrs.find(' r="')
                row = int(row_attrs[i + 4:row_attrs.index('"', i + 4)]) - 1 if i >= 0 else row + 1
            if row >= EXCEL_ROWS:
                raise OutOfSheet(row + 1, 0)
            found = findall(part, gt + 1)
            if len(found) != part.count("<c", gt + 1):  # a cell of another form (formula, rich text…)
                cells = self._general_row(row, part[gt + 1:])
                if cells:
                    done.append((row, cells))
                continue
            # Every cell is of a common form: <c r="B5" [s="3"] [t="…"]> with <v>…</v>, <is><t>…</t></is>
            # or nothing. Anything unusual within that form falls back to the general code for the row.
            escaped = "&" in part or "_x" in part  # an entity or an _x000D_ escape somewhere in the row
            # a text with XML whitespace at either end, somewhere in the row (a tab, a newline: anywhere)
            edged = "<t> " in part or " </t>" in part or "\t" in part or "\n" in part or "\r" in part
            cells = []
            for letters, attrs, keep, text_, inline, v in found:
                col = columns.get(letters)
                if col is None:
                    col = self._column(letters)
                code = codes.get(attrs)
                if code is None:
                    code = self._code(attrs)
                value: CellValue
                if code == _INLINE:
                    if not inline:  # no <is> string: the general code says what it is
                        break
                    if edged and not keep:
                        text_ = text_.strip(" \t\r\n")
                    if escaped and ("&" in text_ or "_x" in text_):
                        text_ = _unescape(_xml_text(text_))
                    value = text_
                elif inline:  # an <is> string in a cell not typed so
                    break
                elif code == _NUMBER:
                    if not v:
                        continue
                    try:
                        value = float(v)
                    except ValueError:
                        value = v
                elif code == _EMPTY:
                    continue
                elif code == _DATED:
                    if not v:
                        continue
                    try:
                        value = _as_date(float(v), self.kinds[attrs], epoch)
                    except ValueError:
                        value = v
                elif not v:  # <v></v> or no value at all: rare, and they differ for a string
                    break
                elif code == _SHARED:
                    try:
                        value = strings[int(v)]
                    except (ValueError, IndexError):
                        value = ""
                elif code == _OTHER:
                    other = _other_value(self.types[attrs], v)
                    if other is None:
                        continue
                    value = other
                else:
                    break
                n = len(cells)
                if col == n:
                    cells.append(value)
                elif col > n:
                    cells.extend([""] * (col - n))
                    cells.append(value)
                else:
                    cells[col] = value
            else:
                if cells:
                    done.append((row, cells))
                continue
            cells = self._general_row(row, part[gt + 1:])
            if cells:
                done.append((row, cells))
        self.row = row

    def _column(self, letters: str) -> int:
        """The 0-based column of a reference's letters, remembered; refuses one beyond Excel's XFD."""
        c = column_index(letters.replace("$", ""))
        if c >= EXCEL_COLUMNS:
            raise OutOfSheet(0, c + 1)
        self.columns[letters] = c
        return c

    def _code(self, attrs: str) -> int:
        """What a cell's attributes after r="…" make of it (_INLINE, _NUMBER…), remembered."""
        if len(self.codes) >= 4096:  # the forms a sheet uses are few; a hostile sheet's are forgotten
            self.codes.clear()
            self.kinds.clear()
            self.types.clear()
        m = _FAST_ATTRS.fullmatch(attrs)
        code = _UNKNOWN
        if m is not None:
            s, t, closed = m.groups()
            if closed:
                code = _EMPTY
            elif t is None or t == "n":
                si = int(s) if s else 0
                kind = self.styles[si] if 0 < si < len(self.styles) else 0
                code = _DATED if kind else _NUMBER
                if kind:
                    self.kinds[attrs] = kind
            elif t == "inlineStr":
                code = _INLINE
            elif t == "s":
                code = _SHARED
            else:
                code = _OTHER
                self.types[attrs] = t
        self.codes[attrs] = code
        return code

    def _general_row(self, row: int, body_of_row: str) -> list[CellValue]:
        """The cells of one row in any form the string parser knows (rows of rarer forms go to expat)."""
        columns = self.columns
        strings, styles, epoch = self.strings, self.styles, self.epoch
        nstyles = len(styles)
        if "<c>" in body_of_row or "<c/>" in body_of_row:  # cells without attributes: rare
            self._slow_row(row, body_of_row)
            return []
        cells: list[CellValue] = []
        col = -1
        for cell in body_of_row.split("<c ")[1:]:
            gt = cell.find(">")
            attrs = cell[:gt]
            if attrs.startswith('r="'):
                q = attrs.index('"', 3)
                ref: str | None = attrs[3:q]
                rest = attrs[q + 1:]
            else:
                ref = _attr(attrs, 'r="')
                rest = " " + attrs
            if ref:
                letters = ref.rstrip("0123456789")
                c = columns.get(letters)
                if c is None:
                    c = self._column(letters)
                col = c
            else:
                col += 1
                if col >= EXCEL_COLUMNS:
                    raise OutOfSheet(0, col + 1)
            if attrs.endswith("/"):
                continue
            body = cell[gt + 1:]
            k = rest.find(' t="')
            t = rest[k + 4:rest.index('"', k + 4)] if k >= 0 else "n"
            value: CellValue
            if t == "inlineStr":
                end = body.find("</t></is>")
                if body.startswith("<is><t>") and body.find("<", 7) == end:
                    value = body[7:end]
                    if value[:1] in _XML_SPACE or value[-1:] in _XML_SPACE:
                        value = value.strip(" \t\r\n")
                    if "&" in value or "_x" in value:
                        value = _unescape(_xml_text(value))
                else:
                    value = _inline(body)
            else:
                if body.startswith("<v>"):
                    v = body[3:body.find("</v>")]
                else:
                    vm = _V.search(body)
                    if vm is None:
                        continue
                    v = vm.group(1)
                if t == "n":
                    if not v:
                        continue
                    try:
                        f = float(v)
                    except ValueError:
                        value = v
                    else:
                        k = rest.find(' s="')
                        si = int(rest[k + 4:rest.index('"', k + 4)]) if k >= 0 else 0
                        if si and si < nstyles and (kind := styles[si]):
                            value = _as_date(f, kind, epoch)
                        else:
                            value = f
                elif t == "s":
                    try:
                        value = strings[int(v)]
                    except (ValueError, IndexError):
                        value = ""
                else:
                    other = _other_value(t, v)
                    if other is None:
                        continue
                    value = other
            n = len(cells)
            if col == n:
                cells.append(value)
            elif col > n:
                cells.extend([""] * (col - n))
                cells.append(value)
            else:
                cells[col] = value
        return cells

    def _slow_row(self, row: int, body: str) -> None:
        from nsdesk.xlsx.stream_expat import ExpatParser

        p = ExpatParser(self.strings, self.styles, self.epoch)
        p.feed(f'<row r="{row + 1}">{body}</row>'.encode(), True)
        self.done.extend(p.take())


def _attr(attrs: str, key: str) -> str | None:
    """The value of attribute ``key`` ('t="') in a tag's attribute text, or None."""
    if attrs.startswith(key):
        i = len(key)
    else:
        i = attrs.find(" " + key)
        if i < 0:
            return None
        i += len(key) + 1
    return attrs[i:attrs.index('"', i)]


