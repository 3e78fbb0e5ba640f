"""Field-level rules of an enterprise record, shared by the importer, the service and the form.

No database access here: kinds and their Vietnamese labels, parsing of counts, amounts and
email addresses, the folded search text. Messages are Vietnamese and say what to fix.
"""

from __future__ import annotations

import re
from datetime import date

from nsdesk.i18n import tr
from nsdesk.services.common.text import clean, fold, fold_cleaned

# Code → label shown to users (the GUI's kind combo box and the export use these).
KIND_LABELS: dict[str, str] = {
    "llc": "Công ty TNHH",
    "jsc": "Công ty cổ phần",
    "private": "Doanh nghiệp tư nhân",
    "partnership": "Công ty hợp danh",
    "cooperative": "Hợp tác xã",
    "coop_group": "Tổ hợp tác",
    "household": "Hộ kinh doanh",
    "branch": "Chi nhánh",
    "other": "Khác",
}

# Folded spellings seen in association lists → code (labels themselves are added below).
_KIND_ALIASES: dict[str, str] = {
    "tnhh": "llc", "cty tnhh": "llc", "cong ty trach nhiem huu han": "llc", "tnhh mtv": "llc",
    "cong ty tnhh mtv": "llc", "cong ty tnhh mot thanh vien": "llc", "cong ty tnhh 1 thanh vien": "llc",
    "cong ty tnhh hai thanh vien tro len": "llc", "cong ty tnhh 2 thanh vien tro len": "llc",
    "cong ty tnhh 2tv": "llc", "cong ty tnhh 2 tv tro len": "llc", "trach nhiem huu han": "llc",
    "cp": "jsc", "co phan": "jsc", "ctcp": "jsc", "cty cp": "jsc", "cty co phan": "jsc", "cong ty cp": "jsc",
    "dntn": "private", "tu nhan": "private", "doanh nghiep tn": "private",
    "hop danh": "partnership", "cty hop danh": "partnership",
    "htx": "cooperative", "hop tac xa nong nghiep": "cooperative",
    "tht": "coop_group", "to hop tac": "coop_group",
    "hkd": "household", "ho kinh doanh ca the": "household", "ho ca the": "household", "ca the": "household",
    "ho kd": "household",
    "cn": "branch", "chi nhanh cong ty": "branch", "van phong dai dien": "other", "vpdd": "other",
    "khac": "other",
}
KIND_BY_FOLDED: dict[str, str] = {**_KIND_ALIASES, **{fold(label): code for code, label in KIND_LABELS.items()}}

# Name prefixes that reveal the kind, longest first ("Chi nhánh Công ty TNHH …" is a branch).
_NAME_PREFIXES: tuple[tuple[str, str], ...] = (
    ("chi nhanh", "branch"),
    ("ho kinh doanh", "household"),
    ("hkd ", "household"),
    ("hop tac xa", "cooperative"),
    ("htx ", "cooperative"),
    ("to hop tac", "coop_group"),
    ("doanh nghiep tu nhan", "private"),
    ("dntn ", "private"),
    ("cong ty hop danh", "partnership"),
    ("cong ty co phan", "jsc"),
    ("cong ty cp ", "jsc"),
    ("cty cp ", "jsc"),
    ("ctcp ", "jsc"),
    ("cong ty tnhh", "llc"),
    ("cty tnhh", "llc"),
    ("cong ty trach nhiem huu han", "llc"),
)

# Labels of the fields, for messages and column headers.
FIELD_LABELS: dict[str, str] = {
    "tax_code": "Mã số thuế",
    "name": "Tên doanh nghiệp",
    "kind": "Loại hình",
    "sector_code": "Ngành (VSIC)",
    "province_code": "Tỉnh/thành phố",
    "commune_code": "Phường/Xã",
    "address": "Địa chỉ",
    "representative": "Người đại diện",
    "phone": "Điện thoại",
    "email": "Email",
    "founded_year": "Năm thành lập",
    "association": "Hiệp hội",
    "registered_by": "Người đăng ký",
    "employees": "Số lao động",
    "revenue": "Doanh thu (triệu đồng)",
    "capital": "Tổng nguồn vốn (triệu đồng)",
    "note": "Ghi chú",
}

_EMAIL_RE = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")
_GROUPED_INT = re.compile(r"^\d{1,3}(?:([.,  ])\d{3})(?:\1\d{3})*$")
_PHONE_SPLIT = re.compile(r"[^\d+]+")


def kind_label(code: str | None) -> str:
    return KIND_LABELS.get(code or "", code or "")


def kind_from_text(text: object) -> str | None:
    """A kind code from a label or abbreviation ("Công ty TNHH", "HTX", "llc" …); None if unknown."""
    t = clean(text)
    if not t:
        return None
    if t in KIND_LABELS:
        return t
    f = fold(t).rstrip(".")
    if f in KIND_BY_FOLDED:
        return KIND_BY_FOLDED[f]
    for prefix, code in _NAME_PREFIXES:  # "Công ty TNHH một thành viên" and other long forms
        if (f + " ").startswith(prefix):
            return code
    return None


def kind_from_name(name: object) -> str | None:
    """The kind a name begins with ("Hộ kinh doanh Nguyễn Văn A" → household), or None."""
    f = fold(name) + " "
    for prefix, code in _NAME_PREFIXES:
        if f.startswith(prefix):
            return code
    return None


def is_household(kind: str | None, name: object) -> bool:
    """A household business: its kind says so or its name begins with "Hộ kinh doanh"."""
    return kind == "household" or fold(name).startswith("ho kinh doanh")


def parse_whole(value: object, label: str) -> tuple[int | None, str | None]:
    """A whole number ≥ 0 (a float 12.0 from Excel, "12", "1.200" as thousands); empty → None."""
    if value.__class__ is float and value >= 0 and value.is_integer():
        return int(value), None
    if value is None or isinstance(value, bool):
        return (None, None) if value is None else (None, _not_whole(value, label))
    if isinstance(value, int):
        return (value, None) if value >= 0 else (None, _not_whole(value, label))
    if isinstance(value, float):
        if value.is_integer() and value >= 0:
            return int(value), None
        return None, _not_whole(value, label)
    text = clean(value)
    if not text:
        return None, None
    if text.isdigit():
        return int(text), None
    if _GROUPED_INT.match(text):
        return int(re.sub(r"\D", "", text)), None
    return None, _not_whole(text, label)


def _not_whole(value: object, label: str) -> str:
    shown = value if not isinstance(value, float) else f"{value:g}"
    return tr("enterprise", "{label} phải là số nguyên không âm (đang là \"{value}\").").format(
        label=label, value=shown)


def parse_amount(value: object, label: str) -> tuple[float | None, str | None]:
    """A money amount ≥ 0 in million VND; accepts 1234.5, "1.234,5", "1,234.5", "1 234"."""
    if value.__class__ is float and 0 <= value < 1e15:
        return round(value, 2), None
    if value is None or isinstance(value, bool):
        return (None, None) if value is None else (None, _bad_amount(value, label))
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = re.sub(r"\s+", "", clean(value))
        if not text:
            return None, None
        text = _plain_number(text)
        try:
            number = float(text)
        except ValueError:
            return None, _bad_amount(value, label)
    if number != number or number < 0 or number == float("inf"):
        return None, _bad_amount(value, label)
    return round(number, 2), None


def _plain_number(text: str) -> str:
    """"1.234,5" / "1,234.5" / "1.234" (Vietnamese thousands) / "12,5" → Python float text."""
    if "," in text and "." in text:  # the later separator is the decimal one
        if text.rfind(",") > text.rfind("."):
            return text.replace(".", "").replace(",", ".")
        return text.replace(",", "")
    for sep in ",.":
        if sep in text:
            if _GROUPED_INT.match(text):
                return text.replace(sep, "")
            return text.replace(",", ".") if text.count(sep) == 1 else text
    return text


def _bad_amount(value: object, label: str) -> str:
    return tr("enterprise", "{label} phải là số không âm, tính bằng triệu đồng (đang là \"{value}\").").format(
        label=label, value=value)


def parse_email(value: object) -> tuple[str | None, str | None]:
    """One address, or several separated by ";" or ","; syntax only (nothing is sent)."""
    if value.__class__ is str and _EMAIL_RE.match(value):  # the usual case: one clean address
        return value, None
    text = clean(value)
    if not text:
        return None, None
    parts = [p.strip() for p in re.split(r"[;,]", text) if p.strip()]
    bad = [p for p in parts if not _EMAIL_RE.match(p)]
    if bad or not parts:
        return None, tr("enterprise", "Email \"{value}\" không đúng dạng địa chỉ thư (ví dụ ten@congty.vn).").format(
            value=text)
    return "; ".join(parts), None


def parse_phone(value: object) -> str | None:
    """Phone as text; a number Excel stored without its leading 0 (9 digits) gets it back."""
    if value.__class__ is str and value.isdigit():
        return value
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        digits = str(value)
        return "0" + digits if len(digits) in (9, 10) and not digits.startswith("84") else digits
    text = clean(value)
    return text or None


def parse_year(value: object) -> tuple[int | None, str | None]:
    label = FIELD_LABELS["founded_year"]
    year, err = parse_whole(value, label)
    if err or year is None:
        return None, err
    if not 1900 <= year <= date.today().year:
        return None, tr("enterprise", "Năm thành lập {year} không hợp lý: phải từ 1900 đến {now}.").format(
            year=year, now=date.today().year)
    return year, None


def search_text(name: object, tax_code: object = None, address: object = None, commune_name: object = None) -> str:
    """The folded text the register's search index covers: name, tax code, address, commune."""
    return fold_cleaned(" ".join(c for c in (clean(p) for p in (name, tax_code, address, commune_name) if p) if c))


def name_key(name: object) -> str:
    """A folded name without legal-form words, for spotting near-duplicates."""
    f = fold(name)
    for prefix, _code in _NAME_PREFIXES:
        if f.startswith(prefix.strip()):
            f = f[len(prefix.strip()):].strip()
            break
    f = re.sub(r"\b(mot thanh vien|mtv|hai thanh vien tro len|2tv|tnhh|co phan|cp)\b", " ", f)
    return " ".join(re.sub(r"[^\w\s]", " ", f).split())
