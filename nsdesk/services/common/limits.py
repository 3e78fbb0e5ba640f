"""Maximum lengths of text: a value longer than its column allows is refused, never cut.

A column's limit is its declared length (``String(300)``); long-text columns (``Text``) take
:data:`LONG_TEXT_LIMIT`, far above any real note and far below Excel's 32,767 characters per cell,
so everything stored exports and re-imports unchanged. Derived columns (``*_folded``) follow their
sources and are not checked.

:func:`install` adds a ``before_flush`` check to every ORM session: a form that saves a value over
its limit gets a :class:`~nsdesk.services.common.forms.FormError` naming the field, before anything
is written. The register importer checks its rows itself (:func:`too_long`), as it writes in bulk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column, String, event, inspect
from sqlalchemy.orm import Session

from nsdesk.i18n import tr

LONG_TEXT_LIMIT = 4000
_installed = False


def limit_of(column: Column[Any]) -> int | None:
    if column.key.endswith("_folded") or not isinstance(column.type, String):
        return None
    return column.type.length or LONG_TEXT_LIMIT


def limits_of(model: Any) -> dict[str, int]:
    """Field name → maximum characters for every text column of ``model``."""
    out: dict[str, int] = {}
    for column in model.__table__.columns:
        limit = limit_of(column)
        if limit is not None:
            out[column.key] = limit
    return out


def too_long(value: object, limit: int) -> str | None:
    """The refusal message when ``value`` is text longer than ``limit`` characters, else None."""
    if isinstance(value, str) and len(value) > limit:
        return tr("limits", "Quá dài: {n} ký tự, tối đa {limit} ký tự; hãy rút gọn.").format(
            n=f"{len(value):,}".replace(",", "."), limit=f"{limit:,}".replace(",", "."))
    return None


def check_object(obj: object, only_changed: bool) -> dict[str, str]:
    state = inspect(obj)
    errors: dict[str, str] = {}
    for column in state.mapper.columns:
        limit = limit_of(column)
        if limit is None:
            continue
        attr = state.attrs.get(column.key) if column.key in state.attrs else None
        if attr is None:
            continue
        values = attr.history.added if only_changed else [attr.value]
        for value in values:
            message = too_long(value, limit)
            if message:
                errors[column.key] = message
    return errors


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    from nsdesk.services.common.forms import FormError

    errors: dict[str, str] = {}
    for obj in session.new:
        errors.update(check_object(obj, only_changed=False))
    for obj in session.dirty:
        errors.update(check_object(obj, only_changed=True))
    if errors:
        raise FormError(errors)


def install() -> None:
    """Check text lengths at every flush of every ORM session (idempotent)."""
    global _installed
    if not _installed:
        event.listen(Session, "before_flush", _before_flush)
        _installed = True
