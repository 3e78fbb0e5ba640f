"""Field checks shared by the activity, task and indicator services.

Forms (GUI) and the CLI pass plain dicts; a service checks every field, collects one Vietnamese
message per wrong field and raises :class:`FormError` (``errors``: field → message) before
writing anything.
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


class FormError(InputError):
    """One or more fields are wrong; nothing was written. ``errors``: field name → message."""

    def __init__(self, errors: Mapping[str, str]):
        self.errors = dict(errors)
        super().__init__(
            " ".join(self.errors.values()),
            hint=tr("forms", "Sửa các trường được nêu rồi lưu lại; chưa có gì được ghi."),
        )


_VN_DATE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")


def parse_date(value: Any) -> date | None:
    """``date``, ISO ``yyyy-mm-dd`` or ``dd/mm/yyyy``; blank → None; anything else → ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean(value)
    if not text:
        return None
    if m := _VN_DATE.match(text):
        return date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    return date.fromisoformat(text)


def parse_number(value: Any) -> float | None:
    """A number from int/float or text (``7,5`` or ``7.5``); blank → None; else ValueError."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        result = float(value)
    else:
        text = clean(value).replace(" ", "").replace("%", "")
        if not text:
            return None
        if "," in text:
            text = text.replace(".", "").replace(",", ".")
        result = float(text)
    if result != result or result in (float("inf"), float("-inf")):
        raise ValueError(value)
    return result


class Fields:
    """Reads the fields of one form, remembering a message for each wrong one."""

    def __init__(self, data: Mapping[str, Any]):
        self.data = data
        self.errors: dict[str, str] = {}

    def error(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def check(self) -> None:
        if self.errors:
            raise FormError(self.errors)

    def text(self, name: str, label: str, *, required: bool = False, max_len: int | None = None) -> str | None:
        value = clean(self.data.get(name)) or None
        if value is None and required:
            self.error(name, tr("forms", "Hãy nhập {label}.").format(label=label))
        elif value is not None and max_len is not None and len(value) > max_len:
            self.error(name, tr("forms", "{label} dài quá {n} ký tự; hãy rút gọn.").format(label=label.capitalize(), n=max_len))
        return value

    def day(self, name: str, label: str, *, required: bool = False) -> date | None:
        raw = self.data.get(name)
        try:
            value = parse_date(raw)
        except ValueError:
            self.error(name, tr("forms", "{label} «{value}» không phải là ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy.")
                       .format(label=label.capitalize(), value=clean(raw)))
            return None
        if value is None and required:
            self.error(name, tr("forms", "Hãy nhập {label} (dd/mm/yyyy).").format(label=label))
        return value

    def whole(self, name: str, label: str, *, minimum: int = 0, maximum: int | None = None,
              required: bool = False) -> int | None:
        raw = self.data.get(name)
        try:
            value = parse_number(raw)
        except ValueError:
            value = float("nan")
        if value is None:
            if required:
                self.error(name, tr("forms", "Hãy nhập {label}.").format(label=label))
            return None
        if value != value or not value.is_integer() or value < minimum or (maximum is not None and value > maximum):
            limits = f"{minimum}–{maximum}" if maximum is not None else tr("forms", "từ {n} trở lên").format(n=minimum)
            self.error(name, tr("forms", "{label} «{value}» phải là số nguyên {limits}.").format(
                label=label.capitalize(), value=clean(raw), limits=limits))
            return None
        return int(value)

    def number(self, name: str, label: str, *, minimum: float | None = None, maximum: float | None = None,
               required: bool = False) -> float | None:
        raw = self.data.get(name)
        try:
            value = parse_number(raw)
        except ValueError:
            self.error(name, tr("forms", "{label} «{value}» không phải là số; hãy nhập ví dụ 7,5.").format(
                label=label.capitalize(), value=clean(raw)))
            return None
        if value is None:
            if required:
                self.error(name, tr("forms", "Hãy nhập {label}.").format(label=label))
            return None
        if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
            lo = "…" if minimum is None else f"{minimum:g}"
            hi = "…" if maximum is None else f"{maximum:g}"
            self.error(name, tr("forms", "{label} {value:g} nằm ngoài khoảng cho phép {lo} đến {hi}.").format(
                label=label.capitalize(), value=value, lo=lo, hi=hi))
            return None
        return value

    def choice(self, name: str, label: str, labels: Mapping[str, str], *, default: str | None = None) -> str | None:
        """A code, or its Vietnamese label written out (case and accents must match the label)."""
        raw = clean(self.data.get(name)) or default
        if raw in labels:
            return raw
        by_label = {clean(tr("labels", v)).lower(): k for k, v in labels.items()}
        if raw and raw.lower() in by_label:
            return by_label[raw.lower()]
        self.error(name, tr("forms", "{label} «{value}» không hợp lệ; chọn một trong: {choices}.").format(
            label=label.capitalize(), value=raw or "", choices=", ".join(tr("labels", v) for v in labels.values())))
        return None


def as_text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    return str(value)


def record_changes(session: Session, entity: str, entity_uuid: str, action: str,
                   fields: Iterable[tuple[str | None, Any, Any]]) -> None:
    """Change-history rows (one per field), signed by the office's officer."""
    officer = get_office(session).officer_name
    for name, old, new in fields:
        session.add(Change(officer=officer, entity=entity, entity_uuid=entity_uuid, action=action, field=name,
                           old_value=as_text(old), new_value=as_text(new)))


def apply(obj: Any, values: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """Set the attributes that differ; (field, old, new) for each change."""
    changed = []
    for name, new in values.items():
        old = getattr(obj, name)
        if old != new:
            setattr(obj, name, new)
            changed.append((name, old, new))
    return changed
