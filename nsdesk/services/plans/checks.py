"""The field checks of the plan forms (activity, task, indicator, target): their wording.

Forms (GUI) and the CLI pass plain dicts; a service checks every field, collects one Vietnamese
message per wrong field and raises :class:`FormError` (``errors``: field name → message) before
writing anything. The error, parsers and history writer live in :mod:`nsdesk.services.common.forms`.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from nsdesk.i18n import tr
from nsdesk.services.common.forms import FieldChecks, parse_date, parse_number
from nsdesk.services.common.text import clean

__all__ = ["Fields"]


class Fields(FieldChecks):
    """Reads the fields of one plan form, in the plan wording, remembering a message for each wrong one."""

    def __init__(self, data: Mapping[str, Any]):
        super().__init__()
        self.data = data

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
