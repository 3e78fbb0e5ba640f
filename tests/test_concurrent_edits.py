"""Two officers saving the same record: the second save is refused with both versions, never lost.

Each test opens two real sessions (two connections) on the database; on PostgreSQL the second
UPDATE waits for the first to commit, then finds a newer version.
"""

from __future__ import annotations

import pytest
from fixtures.register_files import codes

from nsdesk.models import Enterprise
from nsdesk.services.common.concurrency import ConflictError
from nsdesk.services.register import enterprises

pytestmark = pytest.mark.db


@pytest.fixture
def enterprise_id(db):
    with db.sessions.begin() as s:
        return enterprises.create(s, {"tax_code": codes(1)[0], "name": "Công ty An Phát", "employees": 10}).id


def test_the_second_of_two_concurrent_saves_is_refused_with_both_versions(db, enterprise_id, backend):
    first, second = db.sessions(), db.sessions()
    try:
        a = first.get(Enterprise, enterprise_id)
        b = second.get(Enterprise, enterprise_id)  # both officers read version 1
        assert a.version == b.version == 1
        enterprises.update(first, a, {"employees": 20})
        first.commit()
        if backend == "sqlite":  # SQLite itself refuses a writer whose snapshot is stale ("locked")
            from sqlalchemy.exc import OperationalError

            with pytest.raises(OperationalError, match="locked"):
                enterprises.update(second, b, {"employees": 30})
        else:
            with pytest.raises(ConflictError) as info:
                enterprises.update(second, b, {"employees": 30})
            assert (info.value.mine, info.value.theirs) == (1, 2)
            assert "phiên bản 2" in str(info.value) and "phiên bản 1" in str(info.value)
        second.rollback()
    finally:
        first.close()
        second.close()
    with db.sessions() as s:
        ent = s.get(Enterprise, enterprise_id)
        assert (ent.employees, ent.version) == (20, 2)  # the first save stands


def test_a_form_opened_before_someone_elses_save_is_refused(db, enterprise_id):
    with db.sessions.begin() as s:
        shown = s.get(Enterprise, enterprise_id).version  # the form shows version 1
    with db.sessions.begin() as s:
        enterprises.update(s, enterprise_id, {"employees": 20})  # another officer saves
    with db.sessions() as s, pytest.raises(ConflictError) as info:
        enterprises.update(s, enterprise_id, {"employees": 30, "version": shown})
    assert (info.value.mine, info.value.theirs) == (1, 2)
    with db.sessions.begin() as s:  # opened again at the new version, the save goes through
        enterprises.update(s, enterprise_id, {"employees": 30, "version": 2})
    with db.sessions() as s:
        assert s.get(Enterprise, enterprise_id).employees == 30


def test_supports_projects_and_targets_carry_a_version(db):
    from nsdesk.models import PilotProject, Support, Target

    for model in (Support, PilotProject, Target):
        assert "version" in model.__table__.c and model.__mapper__.version_id_col is not None
