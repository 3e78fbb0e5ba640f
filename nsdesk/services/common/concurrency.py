"""Two officers saving the same record: the second save is refused, never silently lost.

The versioned records (enterprises, lượt, pilot projects, targets: ``VersionedMixin``) carry a
version number that every update checks and increments. :func:`saving` turns a failed check into
a :class:`ConflictError` naming both versions; :func:`check_version` refuses a save based on a
form opened at an older version (the form carries the version it showed).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from nsdesk.errors import KnownError
from nsdesk.i18n import tr


class ConflictError(KnownError):
    """Someone else saved the record first. ``mine``: the version this save was based on;
    ``theirs``: the version now stored (None when the record was deleted)."""

    def __init__(self, what: str, mine: int | None, theirs: int | None):
        self.mine, self.theirs = mine, theirs
        if theirs is None:
            message = tr("conflict", "{what} đã bị người khác xóa trong lúc bạn sửa; thay đổi của bạn chưa được lưu.") \
                .format(what=what)
        else:
            message = tr("conflict", "{what} vừa được người khác lưu (phiên bản {theirs}) trong lúc bạn sửa phiên bản "
                                     "{mine}; thay đổi của bạn chưa được lưu.").format(what=what, mine=mine, theirs=theirs)
        super().__init__(message, hint=tr("conflict", "Mở lại để xem bản mới nhất rồi sửa lại."))


def stored_version(session: Session, cls: type[Any], ident: int) -> int | None:
    """The version committed now, read on a connection of its own (this session's transaction may
    be unusable after the failed statement); None when the row is gone."""
    table = cls.__table__
    bind = session.get_bind()
    assert isinstance(bind, Engine), "a session bound to an engine"
    with bind.connect() as conn:
        return conn.execute(select(table.c.version).where(table.c.id == ident)).scalar()


def check_version(obj: Any, expected: int | None, what: str) -> None:
    """ConflictError when a form opened at version ``expected`` would save over a newer one."""
    if expected is not None and obj.version != expected:
        raise ConflictError(what, expected, obj.version)


@contextmanager
def saving(session: Session, obj: Any, what: str) -> Iterator[None]:
    """Around a flush of ``obj``: a lost version check becomes a ConflictError with both versions."""
    mine, cls, ident = obj.version, type(obj), obj.id
    try:
        yield
    except StaleDataError as exc:
        try:
            theirs = stored_version(session, cls, ident)
        except Exception:  # noqa: BLE001 - the refusal matters more than the figure
            theirs = None
        raise ConflictError(what, mine, theirs) from exc
