"""Reading a large .xlsx sheet row by row, in bounded memory (expat over the zip entry).

python-calamine loads a whole sheet into memory (about 1.7 GB for a register of a million rows);
:class:`XlsxStream` parses the sheet's XML as it decompresses it and yields one row at a time,
with the values calamine gives: str, float, bool, ``date``/``datetime``/``time``/``timedelta`` for
numbers in a date or duration format (read from ``styles.xml``), ``""`` for an empty cell, column
A at index 0 and row 1 at index 0. Shared strings are held in one UTF-8 buffer plus an array of
offsets, decoded on access, so a million distinct names take tens of megabytes, not hundreds.

expat was measured against the alternatives available without new dependencies; lxml is not a
dependency of nsdesk. The caller (:func:`nsdesk.xlsx.reader.open_sheet`) has run the workbook guard
first, so sizes, compression and text lengths are within budget; the guard leaves a streamed sheet's
cells to this reader (``check_workbook(streamed=True)``), which refuses, with the guard's one-line
messages, a row or column beyond Excel's grid, an area over the guard's budget, a sparse sheet and a
row with no end, before it pads or holds anything for them. The guard's pass also collects the merged
ranges, which the importers need before the rows (they follow the rows in the file).
"""

from __future__ import annotations

import codecs
import datetime
import posixpath
import re
import zipfile
import zlib
from array import array
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO
from xml.parsers import expat

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.xlsx.guard import (
    MAX_CELLS,
    MAX_ROW_BYTES,
    check_sheet_area,
    refuse_long_row,
)
from nsdesk.xlsx.reader import CellValue, SheetStream

CHUNK = 1 << 20
_REF = re.compile(r"([A-Za-z]{1,4})(\d+)")
_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="([^"]*)"')
_END_DATA = re.compile(rb"</(?:\w+:)?sheetData>")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([^"]*)"')
_EPOCH_1900 = datetime.datetime(1899, 12, 30)
_EPOCH_1904 = datetime.datetime(1904, 1, 1)
# Built-in number formats calamine reads as dates (14–22, 45, 47) and as a duration (46).
_BUILTIN_DATES = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 47})
_BUILTIN_DURATIONS = frozenset({46})
_DURATION_BRACKET = re.compile(r"^\[(?:h+|m+|s+)\]$", re.IGNORECASE)

_DATE, _DURATION = 1, 2
_XML_SPACE = frozenset(" \t\r\n")


def column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


def parse_ref(ref: str) -> tuple[int, int]:
    """(0-based row, 0-based column) of "C3"."""
    m = _REF.fullmatch(ref.replace("$", ""))
    if not m:
        raise ValueError(f"bad cell reference {ref!r}")
    return int(m.group(2)) - 1, column_index(m.group(1))


def format_kind(code: str) -> int:
    """_DATE, _DURATION or 0 for a custom number format, as calamine classifies it."""
    out = []
    i, n = 0, len(code)
    while i < n:
        ch = code[i]
        if ch in "\\_*":  # an escaped or padding character
            i += 2
            continue
        if ch == '"':
            j = code.find('"', i + 1)
            i = n if j < 0 else j + 1
            continue
        if ch == ";":
            break
        if ch == "[":
            j = code.find("]", i)
            j = n - 1 if j < 0 else j
            if _DURATION_BRACKET.match(code[i:j + 1]):
                return _DURATION
            i = j + 1
            continue
        out.append(ch)
        i += 1
    return _DATE if any(c in "dmhysDMHYS" for c in out) else 0


def _local(name: str) -> str:
    return name.rpartition(":")[2]


def _unescape(text: str) -> str:
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


class SharedStrings:
    """The workbook's shared strings in one UTF-8 buffer plus offsets; ``strings[i]`` decodes one."""

    def __init__(self) -> None:
        self._buf = bytearray()
        self._offsets = array("I", [0])  # 4 bytes each: the guard keeps the part under 4 GB

    def append(self, text: str) -> None:
        self._buf += text.encode("utf-8")
        self._offsets.append(len(self._buf))

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, i: int) -> str:
        off = self._offsets
        return self._buf[off[i]:off[i + 1]].decode("utf-8")

    @classmethod
    def read(cls, fh: IO[bytes]) -> SharedStrings:
        """The strings of a ``sharedStrings.xml`` part. A plain string (``<si><t>…</t></si>``, the form of
        nearly all) is split out with string operations; any other item (rich text, phonetic runs,
        entities, an empty ``<si/>``) is read by expat, as is a part whose tags carry a prefix."""
        out = cls()
        try:
            out._read_plain(fh)
        except _Prefixed:  # read it all again, with expat
            fh.seek(0)
            out = cls()
            out._expat().ParseFile(fh)
        return out

    def _read_plain(self, fh: IO[bytes]) -> None:
        decoder = codecs.getincrementaldecoder("utf-8")()
        plain = _PLAIN_SI.fullmatch
        append = self.append
        carry = ""
        tail = b""
        while True:
            chunk = fh.read(CHUNK)
            if _SI_PREFIXED.search(tail + chunk):
                raise _Prefixed
            tail = chunk[-16:]
            items = (carry + decoder.decode(chunk, not chunk)).split("</si>")
            carry = items.pop()  # an item not ended yet, or the part's end
            for item in items:
                at = item.find("<si")
                m = plain(item, at) if at >= 0 else None
                if m is None:  # expat reads it (and says what is wrong with it)
                    self._expat().Parse("<sst>" + item[max(at, 0):] + "</si></sst>", True)
                    continue
                text = m.group(2)
                if "&" in text:  # entities first, then the edges' whitespace: as expat reads it
                    text = _xml_text(text)
                if not m.group(1):
                    text = text.strip(" \t\r\n")
                append(_unescape(text) if "_x" in text else text)
            if not chunk:
                break
            if len(carry) > MAX_ROW_BYTES:
                raise ValueError("a shared string with no end")
        if "<si" in carry:  # an item with no end: expat says what is wrong
            self._expat().Parse("<sst>" + carry[carry.find("<si"):], True)

    def _expat(self) -> expat.XMLParserType:
        """An expat parser that appends each ``<si>`` it reads to these strings."""
        parts: list[str] = []
        state: dict[str, int | bool] = {"t": False, "rph": 0, "preserve": False}

        def start(name: str, attrs: dict[str, str]) -> None:
            tag = _local(name)
            if tag == "t" and not state["rph"]:
                state["t"] = True
                state["preserve"] = attrs.get("xml:space") == "preserve"
                parts.append("")
            elif tag == "rPh":
                state["rph"] += 1
            elif tag == "si":
                parts.clear()

        def end(name: str) -> None:
            tag = _local(name)
            if tag == "t" and state["t"]:
                state["t"] = False
                parts[-1] = _kept(parts[-1], bool(state["preserve"]))
            elif tag == "rPh":
                state["rph"] -= 1
            elif tag == "si":
                self.append(_unescape("".join(parts)))

        def chars(data: str) -> None:
            if state["t"]:
                parts[-1] += data

        p = expat.ParserCreate()
        p.buffer_text = True
        p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
        return p


#: A shared string's part as nearly every writer writes it: one plain text run (no carriage return:
#: expat's reading of a line end is kept), with or without xml:space="preserve".
_PLAIN_SI = re.compile(r'<si><t(?: xml:space="(preserve)")?>([^<\r]*)</t>')
_SI_PREFIXED = re.compile(rb"<[\w.-]+:(?:si|sst)\b")


class _Prefixed(Exception):  # noqa: N818 (a signal: the shared strings' tags carry a prefix)
    pass


def _read_styles(fh: IO[bytes]) -> list[int]:
    """Per cell style (cellXfs index): _DATE, _DURATION or 0."""
    formats: dict[int, int] = {}
    kinds: list[int] = []
    depth = {"xfs": False}

    def start(name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        if tag == "numFmt":
            try:
                formats[int(attrs.get("numFmtId", "-1"))] = format_kind(attrs.get("formatCode", ""))
            except ValueError:
                pass
        elif tag == "cellXfs":
            depth["xfs"] = True
        elif tag == "xf" and depth["xfs"]:
            try:
                fid = int(attrs.get("numFmtId", "0"))
            except ValueError:
                fid = 0
            kind = formats.get(fid)
            if kind is None:
                kind = _DATE if fid in _BUILTIN_DATES else _DURATION if fid in _BUILTIN_DURATIONS else 0
            kinds.append(kind)

    def end(name: str) -> None:
        if _local(name) == "cellXfs":
            depth["xfs"] = False

    p = expat.ParserCreate()
    p.StartElementHandler, p.EndElementHandler = start, end
    p.ParseFile(fh)
    return kinds


def _workbook(zf: zipfile.ZipFile) -> tuple[list[tuple[str, str, bool]], bool]:
    """([(sheet name, part path, visible)] of the worksheets, the 1904 date system)."""
    rels: dict[str, str] = {}

    def rel(name: str, attrs: dict[str, str]) -> None:
        if _local(name) == "Relationship":
            target = attrs.get("Target", "")
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            rels[attrs.get("Id", "")] = target

    p = expat.ParserCreate()
    p.StartElementHandler = rel
    with zf.open("xl/_rels/workbook.xml.rels") as fh:
        p.ParseFile(fh)
    sheets: list[tuple[str, str, bool]] = []
    flags = {"1904": False}

    def wb(name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        if tag == "sheet":
            rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
            sheets.append((attrs.get("name", ""), rels.get(rid, ""), attrs.get("state", "visible") == "visible"))
        elif tag == "workbookPr":
            flags["1904"] = attrs.get("date1904", "0").lower() in ("1", "true")

    p = expat.ParserCreate()
    p.StartElementHandler = wb
    with zf.open("xl/workbook.xml") as fh:
        p.ParseFile(fh)
    return sheets, flags["1904"]


def _as_date(value: float, kind: int, epoch: datetime.datetime) -> CellValue:
    """A number in a date or duration format as calamine gives it: below 1 a time of day (a negative
    number too, from its fraction), a number past 9999-12-31 stays a number."""
    try:
        if kind == _DURATION:
            return datetime.timedelta(days=value)
        ms = round(value * 86_400_000)
        if value < 1 and epoch is _EPOCH_1900:  # a time of day
            return (datetime.datetime.min + datetime.timedelta(milliseconds=ms % 86_400_000)).time()
        moment = epoch + datetime.timedelta(milliseconds=ms)
    except OverflowError:
        return value
    if ms % 86_400_000 == 0:
        return moment.date()
    return moment


def _iso(text: str) -> CellValue:
    try:
        if "T" in text or " " in text:
            return datetime.datetime.fromisoformat(text.rstrip("Z"))
        if ":" in text:
            return datetime.time.fromisoformat(text)
        return datetime.date.fromisoformat(text)
    except ValueError:
        return text


class OutOfSheet(Exception):  # noqa: N818 (a signal to the stream, which refuses the file)
    """A row (1-based) or a column (1-based) beyond Excel's grid, met by a parser; 0 for the other."""

    def __init__(self, row: int, col: int) -> None:
        super().__init__(row, col)
        self.row, self.col = row, col


class RowTooLong(Exception):  # noqa: N818 (a signal to the stream, which refuses the file)
    """A row's XML over :data:`~nsdesk.xlsx.guard.MAX_ROW_BYTES` (the string parser holds a row whole)."""


def _merge_ranges(refs: Iterable[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """((first row, first column), (last row, last column)), 0-based, of ``<mergeCell>`` references ("A1:C2")."""
    found: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for ref in refs:
        parts = ref.split(":")
        try:
            found.append((parse_ref(parts[0]), parse_ref(parts[-1])))
        except ValueError:
            continue
    return found


class NoSuchSheet(LookupError):
    def __init__(self, names: list[str]) -> None:
        super().__init__(names)
        self.names = names


class XlsxStream(SheetStream):
    """One .xlsx worksheet read row by row; the interface of :class:`nsdesk.xlsx.reader.SheetStream`."""

    def __init__(self, path: Path, sheet: str | None = None, merges: dict[str, list[str]] | None = None) -> None:
        """``merges``: the ``<mergeCell>`` references of each worksheet part, as the workbook guard collected
        them on its pass (:class:`~nsdesk.xlsx.guard.WorkbookReport`); without them, :attr:`merged` reads
        the sheet once more to find its merged ranges."""
        self.path = path
        self._zf = zipfile.ZipFile(path)
        try:
            sheets, is_1904 = _workbook(self._zf)
            self.sheet_names = [n for n, _p, _v in sheets]
            worksheets = [(n, p, v) for n, p, v in sheets if "worksheets/" in p]
            if sheet is None:
                pick = next((s for s in worksheets if s[2]), worksheets[0] if worksheets else None)
            else:
                pick = next((s for s in sheets if s[0] == sheet), None) or next(
                    (s for s in sheets if s[0].strip().lower() == sheet.strip().lower()), None)
            if pick is None:
                raise NoSuchSheet(self.sheet_names)
            self.name, self._part = pick[0], pick[1]
            self._epoch = _EPOCH_1904 if is_1904 else _EPOCH_1900
            names = set(self._zf.namelist())
            self._styles: list[int] = []
            if "xl/styles.xml" in names:
                with self._zf.open("xl/styles.xml") as fh:
                    self._styles = _read_styles(fh)
            self._strings = SharedStrings()
            shared = next((n for n in names if n.lower() == "xl/sharedstrings.xml"), None)
            if shared:
                with self._zf.open(shared) as fh:
                    self._strings = SharedStrings.read(fh)
            self._merged: list[tuple[tuple[int, int], tuple[int, int]]] | None = None
            if merges is not None and self._part in merges:
                self._merged = _merge_ranges(merges[self._part])
            self._width = 0
            self._prefixed = False
            self.row_count_hint: int | None = None
            self._read_dimension()
        except BaseException:
            self._zf.close()
            raise

    # -- what is known before the rows --------------------------------------------------------
    def _read_dimension(self) -> None:
        with self._zf.open(self._part) as fh:
            head = fh.read(64 * 1024)
        self._prefixed = bool(re.search(rb"<[\w.-]+:(?:sheetData|row|c)\b", head))
        m = _DIMENSION.search(head)
        if m:
            last = m.group(1).decode("ascii", "replace").split(":")[-1]
            try:
                row, col = parse_ref(last)
            except ValueError:
                return
            self.row_count_hint, self._width = row + 1, col + 1

    @property
    def merged(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:  # type: ignore[override]  # lazy
        """Merged ranges ((first row, first column), (last row, last column)), 0-based. Given by the guard's
        pass when the stream was opened with its report; otherwise, as they follow the rows in the file,
        the first access decompresses the sheet once (without parsing it)."""
        if self._merged is None:
            self._merged = self._read_merges()
        return self._merged

    def _read_merges(self) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        """The sheet's merged ranges, found after its rows by decompressing it once more."""
        found: list[tuple[tuple[int, int], tuple[int, int]]] = []
        carry = b""
        after = False
        with self._zf.open(self._part) as fh:
            while True:
                chunk = fh.read(CHUNK)
                data = carry + chunk
                if not after:
                    m = _END_DATA.search(data)
                    if not m:
                        carry = data[-32:]
                        if not chunk:
                            break
                        continue
                    after, data = True, data[m.end():]
                cut = data.rfind(b"<") if chunk else len(data)
                cut = len(data) if cut < 0 else cut
                found += _merge_ranges(mm.group(1).decode("ascii", "replace")
                                       for mm in _MERGE.finditer(data, 0, cut))
                carry = data[cut:]
                if not chunk:
                    break
        return found

    # -- rows (``head`` is SheetStream's, over these) ------------------------------------------------
    def iter_rows(self, start: int = 0) -> Iterator[list[CellValue]]:
        """Rows from 0-based index ``start`` to the last row with a cell, each a fresh list padded to the
        sheet's declared width (rows may be longer when a cell lies beyond it).

        The guard left this sheet's cells to this reader (``check_workbook(streamed=True)``), so it refuses
        (:class:`~nsdesk.errors.InputError`, the guard's one-line refusals) a row or a column beyond
        Excel's grid, rows × columns over the guard's area budget, a sheet too sparse by the guard's rule
        (when the last row is read), a row's XML over :data:`~nsdesk.xlsx.guard.MAX_ROW_BYTES`, and XML it
        cannot read."""
        from nsdesk.xlsx.stream_expat import ExpatParser
        from nsdesk.xlsx.stream_rows import SheetParser

        kind: type[SheetParser] | type[ExpatParser] = ExpatParser if self._prefixed else SheetParser
        parser = kind(self._strings, self._styles, self._epoch)
        width = self._width  # the declared width: rows are padded to it
        wide = max(width, 1)  # the widest row so far
        last = MAX_CELLS // wide  # rows this wide fit the area budget up to this index
        index = filled = 0
        try:
            with self._zf.open(self._part) as fh:
                while True:
                    chunk = fh.read(CHUNK // 4)
                    parser.feed(chunk, not chunk)
                    for r, cells in parser.take():
                        n = len(cells)
                        filled += n
                        if n > wide:
                            wide = n
                            last = MAX_CELLS // wide
                        if r >= last:  # checked before the loop below pads up to r
                            raise OutOfSheet(r + 1, wide)
                        while index < r:  # rows the file leaves out are empty
                            if index >= start:
                                yield [""] * width
                            index += 1
                        if index >= start:
                            if n < width:
                                cells.extend([""] * (width - n))
                            yield cells
                        index += 1
                    if not chunk or parser.ended:
                        break
        except OutOfSheet as exc:
            check_sheet_area(self.path, self.name, max(exc.row, index), max(exc.col, wide))
            raise AssertionError("unreachable: beyond Excel's grid") from exc  # pragma: no cover
        except RowTooLong:
            raise refuse_long_row(self.path) from None
        except (ValueError, IndexError, expat.ExpatError, zlib.error, zipfile.BadZipFile, EOFError, OSError) as exc:
            raise InputError(
                tr("import", "Không đọc được tệp {path}: không phải tệp Excel (.xlsx, .xls, .ods) hoặc tệp bị hỏng.")
                .format(path=self.path.name),
                hint=tr("import", "Mở tệp bằng Excel, lưu lại dưới dạng .xlsx rồi thử lại."),
            ) from exc
        if index:  # the whole sheet read: the guard's sparseness rule, on the cells really there
            check_sheet_area(self.path, self.name, index, wide if wide > 1 or filled else 0, filled)

    def close(self) -> None:
        self._zf.close()

    def __enter__(self) -> XlsxStream:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_T = re.compile(r"<(?:[\w.-]+:)?t(\s[^>]*)?>(.*?)</(?:[\w.-]+:)?t>|<(?:[\w.-]+:)?t\s*/>", re.S)
_PHONETIC = re.compile(r"<(?:[\w.-]+:)?rPh\b.*?</(?:[\w.-]+:)?rPh>", re.S)
_ENTITY = re.compile(r"&(#x[0-9A-Fa-f]+|#\d+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}

def _entity(m: re.Match[str]) -> str:
    e = m.group(1)
    if e[0] == "#":
        return chr(int(e[2:], 16) if e[1] in "xX" else int(e[1:]))
    return _NAMED[e]


def _xml_text(text: str) -> str:
    return _ENTITY.sub(_entity, text) if "&" in text else text


def _inline(body: str) -> str:
    """The text of an inline string's ``<is>`` element (rich text runs joined, phonetic runs left out)."""
    if body.startswith("<is><t>"):
        end = body.find("</t>", 7)
        if body.startswith("</is>", end + 4):
            v = body[7:end]
            return _unescape(_xml_text(v)) if "&" in v or "_x" in v else v
    if "rPh" in body:
        body = _PHONETIC.sub("", body)
    runs = _T.findall(body[:body.find("</is>")])
    return _unescape(_xml_text("".join(_kept(text, "preserve" in attrs) for attrs, text in runs)))


def _kept(text: str, preserve: bool) -> str:
    """An XML text run as calamine keeps it: without xml:space="preserve", its surrounding XML
    whitespace is dropped (a run of only spaces is nothing)."""
    return text if preserve else text.strip(" \t\r\n")



