"""The bulk-write helpers the imports share: time-ordered UUIDs made in a batch, and executemany of
plain tuples with each column type-processed once per distinct value."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from fixtures.register_files import codes
from pilot_helpers import make_enterprise
from sqlalchemy import select

from nsdesk.models import Measurement, Metric
from nsdesk.services.register.importing.bulk import bulk_insert, bulk_insert_rows
from nsdesk.services.register.importing.rows import next_uuid, next_uuids


def test_uuids_made_in_a_batch_are_version_7_unique_and_follow_the_single_ones():
    made = [next_uuid(), *next_uuids(3000), next_uuid(), *next_uuids(1), *next_uuids(0)]
    assert len(made) == 3003 and len(set(made)) == 3003
    assert made == sorted(made)  # new rows land at the end of the uuid indexes
    for text in made[:5] + made[-5:]:
        u = uuid.UUID(text)
        assert (u.version, u.variant, str(u)) == (7, uuid.RFC_4122, text)


@pytest.mark.db
def test_tuples_are_written_with_their_types_whatever_the_column_order(db):
    with db.sessions.begin() as s:
        eid = make_enterprise(s, codes(1)[0]).id
        metric = s.scalars(select(Metric.id).where(Metric.code == "workers")).one()
        now = datetime(2026, 12, 3, 20, 30, 5, 123456)
        days = [date(2024, 1, 1), date(2024, 12, 31)]
        keys = ["value", "measured_on", "uuid", "phase", "enterprise_id", "metric_id", "flagged", "created_at",
                "modified_at", "source"]
        rows = [(float(i), days[i % 2], next_uuid(), ("before", "after")[i % 2], eid, metric, i == 3, now, now,
                 None if i % 3 else "Khảo sát") for i in range(12)]
        bulk_insert_rows(s, Measurement.__table__, keys, rows)
        bulk_insert(s, Measurement.__table__, [dict(zip(keys, (99.5, None, next_uuid(), "after", eid, metric, False,
                                                                now, now, "Tay")))])
    with db.sessions() as s:
        got = s.execute(select(Measurement.value, Measurement.measured_on, Measurement.phase, Measurement.flagged,
                               Measurement.created_at, Measurement.source).order_by(Measurement.id)).all()
    assert len(got) == 13
    for i, (value, day, phase, flagged, created, source) in enumerate(got[:12]):
        assert (value, day, phase, flagged) == (float(i), days[i % 2], ("before", "after")[i % 2], i == 3)
        assert created.replace(tzinfo=None) == now and source == (None if i % 3 else "Khảo sát")
    assert tuple(got[12][:4]) == (99.5, None, "after", False) and got[12][5] == "Tay"
