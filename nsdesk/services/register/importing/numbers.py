"""Numbers as people type them in lists: "30 người", "1.234,5", "2 tỷ", a founding date for a year.

Each reader returns ``(value, note, error)``: ``note`` is a warning when the value was read from
text that needed interpreting (a unit, thousands or decimal separators), so the user can check
it; ``error`` is the message when nothing unambiguous could be read. No database access.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from nsdesk.i18n import tr
from nsdesk.services.common.text import clean, fold
from nsdesk.services.register.importing.fields import _plain_number, parse_amount, parse_whole, parse_year

# A number, then optionally a unit with no digits in it: "30 người", "1.234,5 triệu đồng", "2 tỷ".
_NUMBER_UNIT = re.compile(r"^(?P<num>\d[\d.,\s]*?)\s*(?P<unit>[^\d\s.,][^\d]*)?$")
# Amount units, folded, in million VND.
_AMOUNT_UNITS = {"trieu": 1.0, "tr": 1.0, "trd": 1.0, "trieu dong": 1.0, "tr dong": 1.0, "trieu vnd": 1.0,
                 "ty": 1000.0, "ti": 1000.0, "ty dong": 1000.0, "ti dong": 1000.0, "ty vnd": 1000.0}
_YEAR_IN_TEXT = re.compile(r"^(?:\d{1,2}[/.-]\d{1,2}[/.-])?((?:19|20)\d\d)$")


def _read_note(text: str, value: object) -> str:
    shown = f"{value:g}" if isinstance(value, float) else str(value)
    return tr("import", "Đã đọc \"{text}\" là {value}; hãy kiểm tra lại nếu chưa đúng.").format(text=text, value=shown)


def _split(value: object) -> tuple[str, str, str] | None:
    """(text, number part, folded unit) of a text cell holding a number and maybe a unit."""
    if not isinstance(value, str):
        return None
    text = clean(value)
    m = _NUMBER_UNIT.match(text)
    if not m:
        return None
    unit = fold(m.group("unit") or "").strip(" .:")
    return text, re.sub(r"\s+", "", m.group("num")), unit


def read_count(value: object, label: str) -> tuple[int | None, str | None, str | None]:
    """A whole number ≥ 0: 12, "12", "1.200"; "30 người" / "30 lao động" are read with a note."""
    number, error = parse_whole(value, label)
    if error is None:
        return number, None, None
    parts = _split(value)
    if parts is None:
        return None, None, error
    text, num, _unit = parts
    whole, err = parse_whole(num, label)
    if err is not None or whole is None:
        return None, None, error
    return whole, _read_note(text, whole), None


def read_amount(value: object, label: str) -> tuple[float | None, str | None, str | None]:
    """A money amount in million VND: 1234.5, "1.234,5" (read with a note), "2 tỷ" → 2000 (noted)."""
    parts = _split(value)
    if parts is not None:
        text, num, unit = parts
        factor = _AMOUNT_UNITS.get(unit, 1.0 if not unit else None)
        if factor is not None:
            try:
                number = round(float(_plain_number(num)) * factor, 2)
            except ValueError:
                number = None
            if number is not None and number >= 0:
                plain = num.isdigit() and not unit
                return number, None if plain else _read_note(text, number), None
    number, error = parse_amount(value, label)
    return number, None, error


def read_year(value: object) -> tuple[int | None, str | None, str | None]:
    """A founding year: 2015, "2015", a date (Excel or "05/03/2015") → its year (noted when a date)."""
    if isinstance(value, (datetime, date)):
        return read_year(value.year)[0], None, None
    if isinstance(value, str):
        text = clean(value)
        m = _YEAR_IN_TEXT.match(text)
        if m and m.group(1) != text:
            year, err = parse_year(m.group(1))
            return (year, _read_note(text, year), None) if err is None else (None, None, err)
    year, err = parse_year(value)
    return year, None, err


def read_number(value: object, label: str) -> tuple[float | None, str | None, str | None]:
    """Any number (negative allowed), with or without a unit ("30 người", "2,5 %", "-1.234,5"): a
    measured value. Text that needed interpreting is noted; an empty cell is (None, None, None)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value), None, None
    text = clean(value)
    if not text:
        return None, None, None
    sign = -1.0 if text.startswith("-") else 1.0
    parts = _split(text.lstrip("-").strip())
    if parts is not None:
        _text, num, unit = parts
        try:
            number = sign * float(_plain_number(num))
        except ValueError:
            number = None
        if number is not None:
            return number, None if (num.isdigit() and not unit) else _read_note(text, number), None
    return None, None, tr("import", "{label} phải là một số (đang là \"{value}\").").format(label=label, value=text)
