"""Declarative base and the columns every record carries."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy import DateTime, Integer, MetaData, String, Table, text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names so Alembic batch migrations on SQLite and autogenerate on
# PostgreSQL agree on what every index and key is called.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


def new_uuid() -> str:
    return str(uuid.uuid4())


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)

    if TYPE_CHECKING:  # every model here is mapped to a Table (DeclarativeBase says only FromClause)
        __table__: ClassVar[Table]


class RecordMixin:
    """A record that can be merged between laptops: integer key for joins, UUID for identity."""

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    modified_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)


class VersionedMixin:
    """A record two officers may edit at once on a shared server: every update checks the version
    it read and adds one (``version_id_col``), so a save over someone else's newer save is refused
    (:class:`sqlalchemy.orm.exc.StaleDataError`, see nsdesk.services.common.concurrency)."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805
        # the mixin has no table itself; every class it is mixed into is a mapped model
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]
