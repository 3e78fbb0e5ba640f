"""The field checks of the pilot forms (project, support, tool, measurement): their wording.

Forms (GUI) and the CLI pass plain dicts; services validate them field by field and raise
:class:`nsdesk.services.common.forms.FormError`, whose ``errors`` maps each
field name to a Vietnamese message that says what to fix. Nothing is written when validation fails.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from nsdesk.i18n import tr
from nsdesk.services.common import formats
from nsdesk.services.common.forms import FieldChecks, parse_date, parse_number
from nsdesk.services.common.text import clean

__all__ = ["Checker"]


class Checker(FieldChecks):
    """Reads a pilot form's fields (the form's dict passed to each reader), in the pilot wording."""

    # --- field parsers: return the clean value, or None after recording an error -----------

    def text(self, data: Mapping[str, Any], field: str, label: str, *, required: bool = False,
             max_len: int | None = None) -> str | None:
        value = clean(data.get(field)) or None
        if value is None and required:
            self.error(field, tr("validation", "Hãy nhập {label}.").format(label=label))
        elif value is not None and max_len is not None and len(value) > max_len:
            self.error(field, tr("validation", "{label} dài quá {n} ký tự; hãy rút gọn.").format(
                label=label.capitalize(), n=max_len))
        return value

    def day(self, data: Mapping[str, Any], field: str, label: str, *, required: bool = False) -> date | None:
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

    def amount(self, data: Mapping[str, Any], field: str, label: str, *, minimum: float | None = 0.0,
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
                label=label.capitalize(), min=formats.number(minimum, empty="")))
        return value

    def choice(self, data: Mapping[str, Any], field: str, label: str, allowed: Mapping[str, str],
               default: str | None = None) -> str | None:
        value = clean(data.get(field)) or default
        if value not in allowed:
            self.error(field, tr("validation", "{label} \"{value}\" không hợp lệ; chọn một trong: {choices}.")
                       .format(label=label.capitalize(), value=value or "",
                               choices=", ".join(tr("labels", t) for t in allowed.values())))
            return None
        return value
