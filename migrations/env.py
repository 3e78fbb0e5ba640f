"""Alembic environment for nsdesk.

The app runs migrations programmatically (nsdesk.services.schema) and hands over an open
connection in ``config.attributes["connection"]``; the ``alembic`` command line works too
with ``-x db=PATH_OR_URL``.
"""

from __future__ import annotations

from alembic import context

from nsdesk.models import Base
from nsdesk.services.common.schema import include_object, migration_connection

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
        include_object=include_object,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    from nsdesk.db import make_engine, resolve_url

    url = context.get_x_argument(as_dictionary=True).get("db")
    engine = make_engine(resolve_url(url))
    with migration_connection(engine) as conn:
        _run(conn)
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("nsdesk migrations run online only")
run_migrations_online()
