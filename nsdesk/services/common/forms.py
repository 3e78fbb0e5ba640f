"""What every form-backed service shares: the validation error, value parsers, the history writer.

Forms (GUI) and the CLI pass plain dicts; services check every field, collect one Vietnamese
message per wrong field and raise :class:`FormError` (``errors``: field → message) before writing
anything. Changes are recorded in the change history signed by the office's officer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import Change, utcnow
from nsdesk.services.common import limits
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import clean

limits.install()  # every form-backed service refuses text over its column's length


class FormError(InputError):
    """One or more fields are wrong: the one validation error of every form-backed service.

    ``errors``: field name → Vietnamese message. The message shown is every field's message in turn
    with a hint that nothing was saved, unless the service words it itself (``message``/``hint``).
    """

    def __init__(self, errors: Mapping[str, str], *, message: str | None = None, hint: str | None = None):
        self.errors = dict(errors)
        if message is None:
            message = " ".join(self.errors.values())
            hint = tr("validation", "Sửa các trường được nêu rồi lưu lại; chưa có gì được ghi.")
        super().__init__(message, hint=hint)


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


def as_text(value: Any) -> str | None:
    """How a value is written into the change history (``True`` → ``1``, ``12.0`` → ``12``)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return ", ".join(str(v) for v in value)
    return str(value)


def record_changes(session: Session, entity: str, entity_uuid: str, action: str,
                   fields: Iterable[tuple[str | None, Any, Any]]) -> int:
    """Append change-history rows, one per (field, old, new), signed by the office's officer.

    The one history writer of every service: all rows of one call share one time and go in as
    one executemany. Returns how many rows were written (nothing is written for no fields).
    """
    rows = [(field, as_text(old), as_text(new)) for field, old, new in fields]
    if not rows:
        return 0
    officer = get_office(session).officer_name
    now = utcnow()
    session.execute(insert(Change), [
        {"at": now, "officer": officer, "entity": entity, "entity_uuid": entity_uuid, "action": action,
         "field": field, "old_value": old, "new_value": new}
        for field, old, new in rows
    ])
    return len(rows)


def apply_fields(obj: Any, values: Mapping[str, Any]) -> list[tuple[str, Any, Any]]:
    """Set attributes that differ; return (field, old, new) for each change."""
    changed = []
    for field, new in values.items():
        old = getattr(obj, field)
        if old != new:
            setattr(obj, field, new)
            changed.append((field, old, new))
    return changed


class FieldChecks:
    """Collects one message per wrong field while a service reads a form; :meth:`check` raises them.

    The domains' checkers (:class:`nsdesk.services.pilots.checks.Checker`,
    :class:`nsdesk.services.plans.checks.Fields`) add their field readers and wording on top.
    """

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def error(self, field: str, message: str) -> None:
        """Remember ``message`` for ``field`` unless the field already has one."""
        self.errors.setdefault(field, message)

    def check(self) -> None:
        """Raise :class:`FormError` with every remembered message; nothing when all fields are right."""
        if self.errors:
            raise FormError(self.errors)

    def date_order(self, start: date | None, end: date | None, end_field: str, message: str) -> None:
        if start is not None and end is not None and end < start:
            self.error(end_field, message)
