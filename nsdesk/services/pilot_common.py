"""Helpers shared by the pilot-project, support, tool and measurement services.

Forms (GUI) and the CLI pass plain dicts; services validate them field by field and raise
:class:`ValidationError`, whose ``errors`` maps each field name to a Vietnamese message that says
what to fix. Nothing is written when validation fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from ..errors import InputError
from ..i18n import tr
from ..models import Change
from .office import get_office
from .text import clean


class ValidationError(InputError):
    """One or more fields are wrong. ``errors``: field name → Vietnamese message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__(
            " ".join(self.errors.values()),
            hint=tr("validation", "Sửa các trường được nêu rồi lưu lại; chưa có gì được ghi."),
        )


class Checker:
    """Collects per-field messages while cleaning a form's values."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def error(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)

    # --- field parsers: return the clean value, or None after recording an error -----------

    def text(self, data: Mapping, field: str, label: str, *, required: bool = False,
             max_len: int | None = None) -> str | None:
        value = clean(data.get(field)) or None
        if value is None and required:
            self.error(field, tr("validation", "Hãy nhập {label}.").format(label=label))
        elif value is not None and max_len is not None and len(value) > max_len:
            self.error(field, tr("validation", "{label} dài quá {n} ký tự; hãy rút gọn.").format(
                label=label.capitalize(), n=max_len))
        return value

    def day(self, data: Mapping, field: str, label: str, *, required: bool = False) -> date | None:
        raw = data.get(field)
        try:
            value = parse_date(raw)
        except ValueError:
            self.error(field, tr("validation", "{label} \"{value}\" không phải là ngày hợp lệ; "
                                 "hãy nhập theo dạng dd/mm/yyyy.").format(label=label.capitalize(), value=raw))
            return None
        if value is None and required:
            self.error(field, tr("validation", "Hãy nhập {label}.").format(label=label))
        return value

    def amount(self, data: Mapping, field: str, label: str, *, minimum: float | None = 0.0,
               required: bool = False) -> float | None:
        raw = data.get(field)
        try:
            value = parse_number(raw)
        except ValueError:
            self.error(field, tr("validation", "{label} \"{value}\" không phải là số; hãy nhập một số "
                                 "(ví dụ 1.234,5).").format(label=label.capitalize(), value=raw))
            return None
        if value is None and required:
            self.error(field, tr("validation", "Hãy nhập {label}.").format(label=label))
        elif value is not None and minimum is not None and value < minimum:
            self.error(field, tr("validation", "{label} không được nhỏ hơn {min}.").format(
                label=label.capitalize(), min=format_number(minimum)))
        return value

    def choice(self, data: Mapping, field: str, label: str, allowed: Mapping[str, str],
               default: str | None = None) -> str | None:
        value = clean(data.get(field)) or default
        if value not in allowed:
            self.error(field, tr("validation", "{label} \"{value}\" không hợp lệ; chọn một trong: {choices}.")
                       .format(label=label.capitalize(), value=value or "",
                               choices=", ".join(tr("labels", t) for t in allowed.values())))
            return None
        return value

    def date_order(self, start: date | None, end: date | None, end_field: str, message: str) -> None:
        if start is not None and end is not None and end < start:
            self.error(end_field, message)


_VN_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: Any) -> date | None:
    """A date from a ``date``, ISO ``yyyy-mm-dd`` or Vietnamese ``dd/mm/yyyy`` text; blank → None."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean(value)
    if not text:
        return None
    m = _VN_DATE.match(text)
    if m:
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(text)


def parse_number(value: Any) -> float | None:
    """A number from int/float or text written the Vietnamese way (``1.234,5``) or plainly (``1234.5``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    text = clean(value).replace(" ", "")
    if not text:
        return None
    if "," in text:
        text = text.replace(".", "").replace(",", ".")
    elif text.count(".") > 1 or re.fullmatch(r"-?\d{1,3}(\.\d{3})+", text):
        text = text.replace(".", "")  # thousands separators only
    result = float(text)
    if result != result or result in (float("inf"), float("-inf")):
        raise ValueError(value)
    return result


def format_number(value: float | None, decimals: int = 2) -> str:
    """``1234.5`` → ``1.234,5`` (trailing zeros dropped)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def as_text(value: Any) -> str | None:
    """How a value is written into the change history."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def record_changes(session: Session, entity: str, entity_uuid: str, action: str,
                   fields: Iterable[tuple[str | None, Any, Any]]) -> int:
    """Append change-history rows (one per field) signed by the office's officer."""
    officer = get_office(session).officer_name
    n = 0
    for field, old, new in fields:
        session.add(Change(officer=officer, entity=entity, entity_uuid=entity_uuid, action=action,
                           field=field, old_value=as_text(old), new_value=as_text(new)))
        n += 1
    return n


def apply_fields(obj: Any, values: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """Set attributes that differ; return (field, old, new) for each change."""
    changed = []
    for field, new in values.items():
        old = getattr(obj, field)
        if old != new:
            setattr(obj, field, new)
            changed.append((field, old, new))
    return changed
