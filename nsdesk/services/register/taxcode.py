"""Tax codes (mã số thuế) and household personal IDs: normalising what people and Excel write.

Stored form (text): 10 digits; a branch as ``NNNNNNNNNN-NNN``; a household business's 12-digit
personal identification number (CCCD, first three digits a province code 001–096) with its
leading zeros. The check digit is verified with ``stdnum.vn.mst``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from stdnum.vn import mst

from nsdesk.i18n import tr

# Separators people type inside a code: spaces (no-break ones too), dots, dashes, slashes.
_SEPARATORS = re.compile(r"[\s.\-‐‑‒–—/_]+", re.UNICODE)
# A ten-digit code, a dash, then a branch suffix (of any length: three digits are expected).
_WITH_SUFFIX = re.compile(r"^\s*(\d[\d\s.]*)[\-‐‑‒–—/]\s*(\d+)\s*$")
PERSONAL_ID_PROVINCES = range(1, 97)  # 001–096


@dataclass(frozen=True)
class TaxCode:
    """The outcome of reading one code: ``code`` when valid, else ``error`` (Vietnamese)."""

    code: str | None
    error: str | None = None
    kind: str | None = None  # "mst" | "branch" | "personal_id"

    @property
    def ok(self) -> bool:
        return self.code is not None

    @property
    def parent(self) -> str | None:
        """The 10-digit parent code of a tax code or branch (None for a personal ID)."""
        return self.code[:10] if self.code and self.kind in ("mst", "branch") else None


def _digits_of(value: object) -> tuple[str, bool]:
    """The bare text of a cell and whether it was a number (Excel drops leading zeros)."""
    if isinstance(value, bool):
        return str(value), False
    if isinstance(value, float):
        if value.is_integer() and value >= 0:
            return str(int(value)), True
        return repr(value), True
    if isinstance(value, int):
        return str(value), True
    text = str(value).strip()
    if text.isdigit() and text.isascii():
        return text, False
    return _SEPARATORS.sub("", text), False


def is_personal_id(digits: str) -> bool:
    return len(digits) == 12 and digits.isdigit() and int(digits[:3]) in PERSONAL_ID_PROVINCES


def valid_mst(digits: str) -> bool:
    """``stdnum.vn.mst.is_valid`` for a string of digits, without its separator cleaning (hot path).

    The check digit is ``stdnum.vn.mst.calc_check_digit``'s: 10 - (Σ wᵢ·dᵢ mod 11) with weights
    31 29 23 19 17 13 7 5 3 (a test compares the two on many codes).
    """
    if len(digits) not in (10, 13) or digits[2:9] == "0000000" or (len(digits) == 13 and digits[10:] == "000"):
        return False
    b = digits.encode("ascii")
    total = 31 * b[0] + 29 * b[1] + 23 * b[2] + 19 * b[3] + 17 * b[4] + 13 * b[5] + 7 * b[6] + 5 * b[7] + 3 * b[8]
    return digits[9] == str(10 - (total - 48 * 147) % 11)  # 147 = the sum of the weights


def normalize(value: object, *, household: bool = False) -> TaxCode:
    """Read a tax code as typed or as Excel stored it.

    * spaces, no-break spaces, dots and dashes are ignored: ``0100 233.488`` → ``0100233488``;
    * 9 digits (a number that lost its leading zero) are zero-padded only when the padded code
      passes the check digit; 12 digits of a number likewise become a 13-digit branch;
    * 13 digits are a branch, stored as ``NNNNNNNNNN-NNN`` however written;
    * 12 digits are a personal ID, accepted only when ``household`` is true.
    """
    if value is None:
        return TaxCode(None, tr("taxcode", "Thiếu mã số thuế."))
    raw, numeric = _digits_of(value)
    if not raw:
        return TaxCode(None, tr("taxcode", "Thiếu mã số thuế."))
    if not raw.isdigit():
        return TaxCode(None, tr("taxcode", "Mã số thuế \"{code}\" chỉ được gồm chữ số (10 số, hoặc 10 số-3 số cho "
                                           "chi nhánh).").format(code=str(value).strip()))
    suffixed = _WITH_SUFFIX.match(str(value)) if isinstance(value, str) else None
    if suffixed and len(_SEPARATORS.sub("", suffixed.group(1))) == 10 and len(suffixed.group(2)) != 3:
        return TaxCode(None, tr("taxcode", "Mã chi nhánh \"{code}\" không hợp lệ: phần mã chi nhánh gồm ba chữ "
                                           "số sau dấu gạch (ví dụ {example}).").format(
            code=str(value).strip(),
            example=_SEPARATORS.sub("", suffixed.group(1)) + "-" + suffixed.group(2).zfill(3)[-3:]))
    candidates: list[str] = [raw]
    if numeric or len(raw) in (9, 11):
        # A number lost its leading zero: 9 → 10 digits, 12 → 13 (branch), 11 → 12 (personal ID).
        candidates.append("0" + raw)
    for digits in candidates:
        if len(digits) == 10 and valid_mst(digits):
            return TaxCode(digits, kind="mst")
        if len(digits) == 13 and valid_mst(digits):
            return TaxCode(f"{digits[:10]}-{digits[10:]}", kind="branch")
    if household:
        # A personal ID typed as a number may lose up to two leading zeros (Hà Nội is 001).
        ids = [raw] + ([raw.zfill(12)] if numeric and 10 <= len(raw) < 12 else [])
        for digits in ids:
            if is_personal_id(digits):
                return TaxCode(digits, kind="personal_id")
    shown = str(value).strip() if not isinstance(value, float) else raw
    if len(raw) == 12 and is_personal_id(raw):
        return TaxCode(None, tr("taxcode", "Số định danh cá nhân 12 số ({code}) chỉ dùng cho hộ kinh doanh; "
                                           "doanh nghiệp phải có mã số thuế 10 số.").format(code=shown))
    if len(raw) in (9, 10, 13) or (numeric and len(raw) == 12):
        if len(raw) == 13 and raw.endswith("000"):
            return TaxCode(None, tr("taxcode", "Mã chi nhánh \"{code}\" không hợp lệ: 3 số cuối phải từ 001 "
                                               "đến 999.").format(code=shown))
        return TaxCode(None, tr("taxcode", "Mã số thuế \"{code}\" sai chữ số kiểm tra; hãy đối chiếu lại với "
                                           "giấy chứng nhận đăng ký.").format(code=shown))
    if household:
        return TaxCode(None, tr("taxcode", "Mã \"{code}\" có {n} chữ số: cần mã số thuế 10 số, mã chi nhánh "
                                           "10-3 số hoặc số định danh cá nhân 12 số (3 số đầu là mã tỉnh "
                                           "001–096).").format(code=shown, n=len(raw)))
    return TaxCode(None, tr("taxcode", "Mã số thuế \"{code}\" có {n} chữ số: cần 10 số, hoặc 10 số-3 số cho "
                                       "chi nhánh.").format(code=shown, n=len(raw)))


def parent_code(code: str | None) -> str | None:
    """``0100233488-001`` → ``0100233488``; a personal ID has no parent (None)."""
    if not code:
        return None
    digits = code.replace("-", "")
    return digits[:10] if len(digits) in (10, 13) else None


def key(value: object) -> str | None:
    """The normalised code used to match records (any valid form, households allowed), or None."""
    result = normalize(value, household=True)
    return result.code


def check_digit(body: str) -> str:
    """The check digit of the first nine digits, as ``stdnum.vn.mst`` computes it ("10" = no valid code)."""
    return mst.calc_check_digit(body)


def make_code(body: str) -> str | None:
    """A valid 10-digit code from nine digits, or None when no check digit exists for them."""
    digit = check_digit(body)
    return body + digit if len(digit) == 1 else None
