"""Finding the header row, mapping its columns and finding where the data ends in a register sheet."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from nsdesk.services.common.text import clean, fold
from nsdesk.xlsx.reader import CellValue

# Fields the importer reads, in the order the preview shows them.
IMPORT_FIELDS = (
    "tax_code", "name", "kind", "address", "commune", "employees", "revenue", "representative", "phone", "email",
    "note", "sector", "founded_year", "capital", "association", "registered_by",
)
REQUIRED_FIELDS = ("tax_code", "name")

IMPORT_FIELD_LABELS = {
    "tax_code": "Mã số thuế",
    "name": "Tên doanh nghiệp",
    "kind": "Loại hình",
    "address": "Địa chỉ",
    "commune": "Phường/Xã",
    "employees": "Số lao động",
    "revenue": "Doanh thu (triệu đồng)",
    "representative": "Người đại diện",
    "phone": "Điện thoại",
    "email": "Email",
    "note": "Ghi chú",
    "sector": "Ngành (VSIC)",
    "founded_year": "Năm thành lập",
    "capital": "Tổng nguồn vốn (triệu đồng)",
    "association": "Hiệp hội",
    "registered_by": "Người đăng ký",
}

# Header spellings, written as :func:`header_key` leaves them (folded, punctuation → space,
# parentheses and years dropped): "Số LĐ" → "so ld", "Xã/Phường" → "xa phuong".
_ALIASES: dict[str, tuple[str, ...]] = {
    "tax_code": (
        "ma so thue", "mst", "ma so", "ma so doanh nghiep", "ma so dn", "msdn", "ma dn", "ma so thue doanh nghiep",
        "ma so thue dn", "ma so thue ma so doanh nghiep", "ma so doanh nghiep ma so thue", "ma so thue so dinh danh",
        "mst so dinh danh", "mst cccd", "ma so thue cccd", "so dinh danh", "ma so thue hoac so dinh danh",
        "ma so thue ca nhan", "mst dn",
    ),
    "name": (
        "ten doanh nghiep", "ten dn", "ten", "ten don vi", "ten co so", "ten cong ty", "ten to chuc", "ten htx",
        "ten hop tac xa", "ten doanh nghiep htx", "ten dn htx", "doanh nghiep", "ten ho kinh doanh", "ten hkd",
        "ten co so san xuat kinh doanh", "ten doanh nghiep hop tac xa", "ten doanh nghiep ho kinh doanh",
        "ten doanh nghiep co so", "ten dn co so", "ho ten ten doanh nghiep", "ten hoi vien", "hoi vien",
    ),
    "kind": (
        "loai hinh", "loai hinh doanh nghiep", "loai hinh dn", "hinh thuc", "loai hinh to chuc", "loai",
        "loai hinh kinh doanh", "hinh thuc to chuc", "loai hinh hoat dong",
    ),
    "address": (
        "dia chi", "dia chi tru so", "dia chi tru so chinh", "tru so", "tru so chinh", "dia chi kinh doanh",
        "dia chi dn", "dia chi doanh nghiep", "dia chi lien he",
    ),
    "commune": (
        "phuong xa", "xa phuong", "xa", "phuong", "don vi hanh chinh", "dia ban", "xa phuong dac khu",
        "phuong xa dac khu", "xa phuong thi tran", "phuong xa thi tran", "dia ban xa phuong", "dia ban phuong xa",
        "xa phuong noi dat tru so", "cap xa",
    ),
    "employees": (
        "so lao dong", "so ld", "lao dong", "so lao dong binh quan", "so lao dong tham gia bhxh",
        "tong so lao dong", "so nguoi lao dong", "lao dong nguoi", "so lao dong dong bhxh", "ld",
        "so lao dong co bhxh", "lao dong binh quan",
    ),
    "revenue": ("doanh thu", "doanh thu nam", "tong doanh thu", "doanh thu trieu dong", "dt nam", "doanh thu thuan"),
    "representative": (
        "nguoi dai dien", "dai dien", "nguoi dai dien phap luat", "nguoi dai dien theo phap luat", "giam doc",
        "chu doanh nghiep", "chu ho", "chu co so", "ho ten nguoi dai dien", "ho va ten nguoi dai dien",
        "nguoi dai dien dn", "chu ho kinh doanh", "nguoi dung dau", "giam doc chu doanh nghiep",
    ),
    "phone": (
        "dien thoai", "sdt", "so dien thoai", "dt", "dtdd", "so dt", "di dong", "dien thoai lien he",
        "so dien thoai lien he", "dt lien he", "sdt lien he",
    ),
    "email": ("email", "e mail", "thu dien tu", "mail", "dia chi email", "dia chi thu dien tu", "hop thu"),
    "note": ("ghi chu", "ghi chu khac", "ghi chu them"),
    "sector": (
        "nganh", "nganh nghe", "nganh nghe kinh doanh", "nganh nghe kinh doanh chinh", "nganh kinh doanh",
        "nganh kinh doanh chinh", "nganh kinh te", "nganh nghe chinh", "ma nganh", "ma nganh vsic", "vsic",
        "ma vsic", "nganh vsic", "linh vuc", "linh vuc hoat dong", "linh vuc kinh doanh", "nganh nghe san xuat",
    ),
    "founded_year": (
        "nam thanh lap", "nam tl", "thanh lap", "ngay thanh lap", "nam thanh lap dn", "nam thanh lap doanh nghiep",
        "nam bat dau hoat dong", "ngay cap dkkd", "ngay cap giay dkkd", "ngay dang ky kinh doanh",
    ),
    "capital": (
        "von", "tong nguon von", "nguon von", "tong von", "von dieu le", "von kinh doanh", "von dang ky",
        "von dieu le trieu dong", "tong nguon von trieu dong", "von dau tu",
    ),
    "association": (
        "hiep hoi", "hoi", "thuoc hiep hoi", "hiep hoi nganh nghe", "to chuc hiep hoi", "hiep hoi hoi",
        "hoi vien hiep hoi", "la hoi vien cua",
    ),
    "registered_by": (
        "nguoi dang ky", "can bo dang ky", "nguoi nhap lieu", "can bo phu trach", "nguoi cap nhat", "nguoi nhap",
    ),
}
FIELD_BY_HEADER: dict[str, str] = {alias: f for f, aliases in _ALIASES.items() for alias in aliases}
_EXACT_ONLY = frozenset({"ma so", "so dt", "dt nam", "hoi vien", "cap xa"})  # too short to match a longer header


@dataclass(frozen=True)
class ColumnSet:
    """The fields a kind of sheet has: header spellings (as :func:`header_key` leaves them) → field,
    the fields a header row must name one of, and aliases too short to match a longer header."""

    by_header: dict[str, str]
    required: tuple[str, ...]
    exact_only: frozenset[str] = frozenset()

    @classmethod
    def of(cls, aliases: dict[str, tuple[str, ...]], required: tuple[str, ...],
           exact_only: frozenset[str] = frozenset()) -> ColumnSet:
        return cls({a: f for f, names in aliases.items() for a in names}, required, exact_only)


def aliases_of(field: str) -> tuple[str, ...]:
    """The register's header spellings of ``field`` (tax code, name …), for other sheets' column sets."""
    return _ALIASES[field]

_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_YEAR = re.compile(r"\b(?:nam )?(?:19|20)\d\d\b")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_COLUMN_NUMBER = re.compile(r"^\(?\d{1,2}\)?$")

TOTAL_WORDS = frozenset({"tổng cộng", "tổng số", "tổng", "cộng"})
# Cheap pre-check: one or two short words starting with T or C (NFD input still passes).
_TOTAL_HINT = re.compile(r"\s*[TtCc]\S{0,10}(?:\s+\S{1,6})?\s*:?\s*").fullmatch
_SIGNATURE = re.compile(
    r"^(?:nguoi lap(?: bieu| bang| danh sach)?|nguoi ky|ky ten|ky ghi ro ho ten|\(ky|thu truong(?: don vi)?|"
    r"ke toan truong|xac nhan cua|tm[. ]|kt[. ]|chu tich|truong phong|nguoi tong hop)\b"
)
_DATE_LINE = re.compile(r"^(?:[^,]{0,60},\s*)?ngay\b.{0,20}\bthang\b.{0,20}\bnam\b")


def header_key(text: object) -> str:
    """Folded header text without punctuation, parentheses or years: "Số LĐ (người)" → "so ld"."""
    f = fold(text)
    f = _PARENS.sub(" ", f)
    f = _NON_WORD.sub(" ", f)
    f = _YEAR.sub(" ", f)
    return " ".join(f.split())


def field_for_header(text: object, columns: ColumnSet | None = None) -> str | None:
    by_header, exact_only = (FIELD_BY_HEADER, _EXACT_ONLY) if columns is None else (columns.by_header,
                                                                                     columns.exact_only)
    key = header_key(text)
    if not key:
        return None
    if key in by_header:
        return by_header[key]
    # "Tên doanh nghiệp hội viên", "Địa chỉ trụ sở chính của doanh nghiệp": the longest alias
    # that the header starts with, when it is at least two words long.
    best = None
    for alias, f in by_header.items():
        if " " in alias and alias not in exact_only and (key + " ").startswith(alias + " ") and (
                best is None or len(alias) > len(best[0])):
            best = (alias, f)
    return best[1] if best else None


@dataclass(frozen=True)
class Column:
    index: int  # 0-based
    letter: str  # "A", "B" … as Excel shows it
    header: str  # the header text as written (cleaned), "" when the column has none
    field: str | None  # the import field it maps to, None when ignored


@dataclass(frozen=True)
class HeaderInfo:
    first_row: int  # 0-based index of the header's first row
    last_row: int  # 0-based index of its last row (a second row of sub-headers under merged cells)
    columns: tuple[Column, ...]

    @property
    def mapping(self) -> dict[str, int]:
        return {c.field: c.index for c in self.columns if c.field}


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _mapped(row: Sequence[CellValue | None], columns: ColumnSet | None = None) -> dict[int, str]:
    return {i: f for i, v in enumerate(row) if isinstance(v, str) and (f := field_for_header(v, columns))}


def find_header(rows: Sequence[Sequence[CellValue | None]], scan: int = 50, columns: ColumnSet | None = None) -> HeaderInfo | None:
    """The row (within the first ``scan`` rows) that names the most import fields.

    It must name the tax code or the name column and at least two fields (or one, among at least
    three headings, so the user can map the other columns by hand). A row of sub-headers
    under merged cells ("Liên hệ" over "Điện thoại" | "Email") is merged into it. ``columns``: another
    kind of sheet's fields (lượt, measurements); the register's by default.
    """
    required = set(REQUIRED_FIELDS if columns is None else columns.required)
    best: tuple[int, int] | None = None  # (score, row index)
    for r, row in enumerate(rows[:scan]):
        fields = set(_mapped(row, columns).values())
        score = len(fields)
        if not fields & required or (best is not None and score <= best[0]):
            continue
        # Two fields at least; or one, in a row of several headings (the GUI lets the user map the rest).
        if score >= 2 or sum(1 for v in row if isinstance(v, str) and v.strip()) >= 3:
            best = (score, r)
    if best is None:
        return None
    r = best[1]
    header = [clean(v) if isinstance(v, str) else (clean(v) if v not in (None, "") else "") for v in rows[r]]
    last = r
    width = max(len(rows[r]), len(rows[r + 1]) if r + 1 < len(rows) else 0)
    header += [""] * (width - len(header))
    if r + 1 < len(rows):
        below = rows[r + 1]
        sub = _mapped(below, columns)
        non_empty = [v for v in below if clean(v)]
        if sub and len(sub) * 2 >= len(non_empty) and not set(sub.values()) & set(_mapped(rows[r], columns).values()):
            last = r + 1
            for i, _f in sub.items():
                header[i] = clean(below[i])
    found: list[Column] = []
    used: set[str] = set()
    for i, text in enumerate(header):
        f = field_for_header(text, columns) if text else None
        if f in used:  # the first column of a field wins; the GUI can change it
            f = None
        if f:
            used.add(f)
        found.append(Column(i, column_letter(i), text, f))
    return HeaderInfo(r, last, tuple(found))


def is_column_number_row(row: Sequence[CellValue | None]) -> bool:
    """A row of column numbers under the header: "1 2 3 …" or "(1) (2) (3) …"."""
    cells = [clean(v) if not isinstance(v, float) else str(int(v)) if v.is_integer() else "x" for v in row]
    cells = [c for c in cells if c]
    return len(cells) >= 3 and all(_COLUMN_NUMBER.match(c) for c in cells) and \
        [int(c.strip("()")) for c in cells] == list(range(int(cells[0].strip("()")), int(cells[0].strip("()")) + len(cells)))


@lru_cache(maxsize=4096)
def _is_total_word(v: str) -> bool:
    return bool(_TOTAL_HINT(v)) and clean(v).lower().rstrip(":").strip() in TOTAL_WORDS


_CODE_LIKE = re.compile(r"\s*\d{8,}(?:\s*-\s*\d{3})?\s*").fullmatch  # a tax code written as text


def _is_empty(v: object) -> bool:
    return v is None or v == "" or (v.__class__ is str and v.isspace())


def is_total_row(row: Sequence[CellValue | None], tax_col: int | None = None) -> bool:
    """A totals line: its first non-empty cell reads exactly "Tổng cộng", "Tổng số", "Tổng" or "Cộng"
    (any case, a trailing colon allowed), and nothing in the row says it is an enterprise.

    An enterprise named "Cộng" is not a total: its row has a sequence number before the name, or a
    tax code (in ``tax_col`` when the caller knows it, else any cell of eight digits or more).
    """
    first = -1
    for i, v in enumerate(row):
        if not _is_empty(v):
            first = i
            break
    if first < 0:
        return False
    v = row[first]
    if not (v.__class__ is str and 0 < len(v) < 30 and _is_total_word(v)):
        return False
    if tax_col is not None:
        return first == tax_col or tax_col >= len(row) or _is_empty(row[tax_col])
    return not any(c.__class__ is str and _CODE_LIKE(c) for c in row[first + 1:])


def is_signature_or_date_row(row: Sequence[CellValue | None], tax_col: int | None = None) -> bool:
    """A signature-block or "…, ngày … tháng … năm …" line: few cells, one of them such a phrase, and
    no tax code in ``tax_col`` (when the caller knows the column: a row with a tax code is data)."""
    if tax_col is not None and tax_col < len(row) and not _is_empty(row[tax_col]):
        return False
    cells = []
    for v in row:
        if v is None or v == "" or (v.__class__ is str and v.isspace()):
            continue
        cells.append(v)
        if len(cells) > 3:
            return False
    if not cells:
        return False
    for v in cells:
        if isinstance(v, str):
            f = fold(v)
            if _SIGNATURE.match(f) or _DATE_LINE.match(f):
                return True
    return False


def find_data_end(rows: list[list[CellValue]], start: int, tax_col: int | None = None) -> int:
    """Index of the first row that ends the data (a total row, else a signature/date line), or len(rows)."""
    for r in range(start, len(rows)):
        if is_total_row(rows[r], tax_col):
            return r
    for r in range(start, len(rows)):
        if is_signature_or_date_row(rows[r], tax_col):
            return r
    return len(rows)
