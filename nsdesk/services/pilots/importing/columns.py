"""The columns of a sheet of lượt or measurements: fields, their synonyms and labels, and the words
read in the type, status and before/after cells. Header detection is the register import's
(:func:`nsdesk.services.register.importing.columns.find_header`) with these column sets."""

from __future__ import annotations

import re
from collections.abc import Callable

from nsdesk.models import SUPPORT_TYPES
from nsdesk.services.common.text import fold
from nsdesk.services.pilots.supports import SUPPORT_STATUS_LABELS, SUPPORT_TYPE_LABELS
from nsdesk.services.register.importing.columns import ColumnSet, aliases_of, field_for_header

KINDS = ("supports", "measurements")


_ENTERPRISE_ALIASES = {"tax_code": aliases_of("tax_code"), "name": aliases_of("name")}
_SUPPORT_ALIASES: dict[str, tuple[str, ...]] = {
    **_ENTERPRISE_ALIASES,
    "project": ("du an", "ma du an", "du an diem", "ten du an", "thuoc du an", "ma du an diem", "ten du an diem"),
    "types": ("loai ho tro", "hinh thuc ho tro", "noi dung ho tro", "loai hinh ho tro", "linh vuc ho tro",
              "loai"),
    "tools": ("cong cu", "cong cu ap dung", "cong cu cai tien", "ma cong cu", "he thong cong cu",
              "he thong quan ly cong cu", "cong cu he thong", "he thong quan ly", "ten cong cu"),
    "start_date": ("ngay bat dau", "bat dau", "tu ngay", "ngay ho tro", "thoi gian bat dau", "ngay bd"),
    "end_date": ("ngay ket thuc", "ket thuc", "den ngay", "ngay kt", "thoi gian ket thuc", "ngay hoan thanh"),
    "status": ("trang thai", "tinh trang", "tinh trang thuc hien", "trang thai thuc hien"),
    "funding_state": ("kinh phi nha nuoc", "ngan sach nha nuoc", "kinh phi ngan sach", "nsnn", "kinh phi nsnn",
                      "ngan sach", "kinh phi ngan sach nha nuoc", "kinh phi ho tro"),
    "funding_enterprise": ("kinh phi doanh nghiep", "doanh nghiep doi ung", "doi ung", "kinh phi dn",
                           "kinh phi doi ung", "von doanh nghiep", "dn doi ung"),
    "funding_other": ("kinh phi khac", "nguon khac", "kinh phi nguon khac", "nguon von khac"),
    "cert_number": ("so giay chung nhan", "so chung nhan", "so gcn", "giay chung nhan", "gcn"),
    "cert_body": ("to chuc chung nhan", "don vi chung nhan", "co quan cap", "to chuc cap", "noi cap"),
    "cert_issued": ("ngay cap", "ngay cap giay chung nhan", "ngay cap gcn", "ngay chung nhan"),
    "cert_expires": ("ngay het han", "het han", "hieu luc den", "ngay het hieu luc", "ngay het han gcn"),
    "note": ("ghi chu", "ghi chu khac"),
}
_MEASUREMENT_ALIASES: dict[str, tuple[str, ...]] = {
    **_ENTERPRISE_ALIASES,
    "project": _SUPPORT_ALIASES["project"],
    "tool": ("cong cu", "cong cu ap dung", "ma cong cu", "ten cong cu"),
    "support_start": ("ngay bat dau ho tro", "ngay bat dau luot", "ngay bat dau", "bat dau ho tro",
                      "luot ho tro ngay bat dau"),
    "metric": ("chi tieu", "ma chi tieu", "ten chi tieu", "chi so", "chi tieu do"),
    "phase": ("truoc sau", "thoi diem", "thoi diem do", "giai doan", "truoc hay sau", "loai so lieu",
              "truoc hoac sau", "do truoc sau"),
    "value": ("gia tri", "so lieu", "gia tri do", "ket qua do", "gia tri chi tieu"),
    "measured_on": ("ngay do", "ngay", "thoi gian do", "ngay lay so lieu", "ngay do luong"),
    "period": ("ky", "ky so lieu", "ky bao cao", "nam so lieu"),
    "source": ("nguon", "nguon so lieu", "minh chung", "nguon minh chung", "nguon du lieu"),
}

FIELDS: dict[str, tuple[str, ...]] = {
    "supports": ("tax_code", "name", "project", "types", "tools", "start_date", "end_date", "status",
                 "funding_state", "funding_enterprise", "funding_other", "cert_number", "cert_body", "cert_issued",
                 "cert_expires", "note"),
    "measurements": ("tax_code", "name", "project", "tool", "support_start", "metric", "phase", "value",
                     "measured_on", "period", "source"),
}
REQUIRED: dict[str, tuple[str, ...]] = {
    "supports": ("tax_code",),
    "measurements": ("tax_code", "metric", "phase", "value"),
}
LABELS: dict[str, str] = {
    "tax_code": "Mã số thuế",
    "name": "Tên doanh nghiệp",
    "project": "Dự án điểm",
    "types": "Loại hỗ trợ",
    "tools": "Công cụ",
    "tool": "Công cụ của lượt",
    "start_date": "Ngày bắt đầu",
    "end_date": "Ngày kết thúc",
    "status": "Trạng thái",
    "funding_state": "Kinh phí nhà nước (triệu đồng)",
    "funding_enterprise": "Kinh phí doanh nghiệp (triệu đồng)",
    "funding_other": "Kinh phí nguồn khác (triệu đồng)",
    "cert_number": "Số giấy chứng nhận",
    "cert_body": "Tổ chức chứng nhận",
    "cert_issued": "Ngày cấp giấy chứng nhận",
    "cert_expires": "Ngày hết hạn giấy chứng nhận",
    "note": "Ghi chú",
    "support_start": "Ngày bắt đầu của lượt",
    "enterprise": "Doanh nghiệp",
    "support": "Lượt hỗ trợ",
    "metric": "Chỉ tiêu",
    "phase": "Trước/Sau",
    "value": "Giá trị",
    "measured_on": "Ngày đo",
    "period": "Kỳ số liệu",
    "source": "Nguồn, minh chứng",
}
COLUMN_SETS = {
    "supports": ColumnSet.of(_SUPPORT_ALIASES, ("tax_code",), frozenset({"loai", "gcn", "ngan sach"})),
    "measurements": ColumnSet.of(_MEASUREMENT_ALIASES, ("tax_code",), frozenset({"ky", "ngay", "nguon"})),
}

# Support types and statuses by label, code or a usual short form (folded).
TYPE_WORDS = {
    **{fold(label): code for code, label in SUPPORT_TYPE_LABELS.items()}, **{c: c for c in SUPPORT_TYPES},
    "dao tao": "training", "tap huan": "training", "dao tao tap huan": "training", "tu van": "consulting",
    "chung nhan": "certification", "chung nhan san pham": "certification", "so huu tri tue": "ip",
    "shtt": "ip", "dang ky so huu tri tue": "ip", "chuyen giao cong nghe": "technology", "cong nghe": "technology",
    "doi moi sang tao": "technology", "chuyen doi so": "digital", "cds": "digital", "khac": "other",
    "he thong quan ly": "system_tool", "cong cu": "system_tool", "ap dung cong cu": "system_tool",
    "xay dung ap dung he thong quan ly": "system_tool", "cong cu cai tien": "system_tool",
    "tu van ap dung": "consulting", "ho tro tu van": "consulting", "ho tro dao tao": "training",
    "boi duong": "training", "dao tao boi duong": "training",
}
STATUS_WORDS = {
    **{fold(label): code for code, label in SUPPORT_STATUS_LABELS.items()}, **{c: c for c in SUPPORT_STATUS_LABELS},
    "ke hoach": "planned", "du kien": "planned", "chua thuc hien": "planned", "dang thuc hien": "in_progress",
    "dang trien khai": "in_progress", "hoan thanh": "completed", "da hoan thanh": "completed", "xong": "completed",
    "da xong": "completed", "huy": "cancelled", "da huy": "cancelled", "khong thuc hien": "cancelled",
}
PHASE_WORDS = {"truoc": "before", "before": "before", "co so": "before", "ban dau": "before", "truoc ho tro": "before",
                "sau": "after", "after": "after", "sau ho tro": "after", "ket qua": "after"}
_SPLIT = re.compile(r"\s*[;\n]\s*")


def split_items(text: str, known: Callable[[str], bool]) -> list[str]:
    """The items of a cell listing several, separated by ";" or "," — a piece separated by ";"
    that is known whole stays whole (names such as "Xây dựng, áp dụng hệ thống quản lý, …" hold commas)."""
    out: list[str] = []
    for piece in _SPLIT.split(text):
        if not piece:
            continue
        if known(piece):
            out.append(piece)
        else:
            out.extend(p for p in re.split(r"\s*,\s*", piece) if p)
    return out


_CODE_NOISE = re.compile(r"[\s_.\-/]+")


def code_key(text: str) -> str:
    """A catalogue code as typed: "ISO 9001", "iso-9001", "Six Sigma" → "#ISO9001", "#SIXSIGMA"."""
    return "#" + _CODE_NOISE.sub("", text.upper())


_STANDARD = re.compile(r"^(?:TCVN\s+)?ISO(?:\s*/\s*IEC)?[\s\-]*(\d{3,5})(?:\s*[:\-–]\s*(?:19|20)\d{2})?$", re.IGNORECASE)


def standard_code(text: str) -> str | None:
    """An ISO standard as it is usually cited, with its edition or as a TCVN: "ISO 9001:2015",
    "TCVN ISO 9001:2015", "ISO/IEC 27001:2013", "ISO9001-2015" → "ISO9001" (the tool is the
    standard, whatever its edition); None for anything else."""
    m = _STANDARD.match(text.strip())
    return f"ISO{m.group(1)}" if m else None


_MONTH_YEAR = re.compile(r"^(?:thang\s*)?(\d{1,2})\s*(?:[/.\-]|\s+nam\s+)\s*(\d{4})$")


def month_year(text: str) -> tuple[int, int] | None:
    """(month, year) of a date given only to the month: "03/2024", "3-2024", "Tháng 3/2024",
    "tháng 3 năm 2024"; None for anything else."""
    m = _MONTH_YEAR.match(fold(text).strip())
    if not m or not 1 <= int(m.group(1)) <= 12:
        return None
    return int(m.group(1)), int(m.group(2))




def field_for(kind: str, header: object) -> str | None:
    """The field a header names in a sheet of ``kind`` (the wizard's mapping uses it)."""
    return field_for_header(header, COLUMN_SETS[kind])
