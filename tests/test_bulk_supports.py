"""One support recorded for many enterprises at once (one lượt each), and the measurement grid."""

from __future__ import annotations

import pytest
from fixtures.register_files import codes
from pilot_helpers import make_enterprise
from sqlalchemy import func, select

from nsdesk.errors import InputError
from nsdesk.models import Measurement, Metric, Support
from nsdesk.services.common.forms import FormError
from nsdesk.services.pilots import bulk, supports

pytestmark = pytest.mark.db

TRAINING = {"types": ["training"], "tools": ["5S"], "start_date": "2025-03-15", "end_date": "2025-03-16",
            "status": "completed", "note": "Lớp tập huấn 5S ngày 15/3"}


@pytest.fixture
def enterprises(db):
    c = codes(25)
    with db.sessions.begin() as s:
        ids = [make_enterprise(s, code, name=f"Công ty TNHH Học viên {i + 1}").id for i, code in enumerate(c)]
    return c, ids


def count(db, model) -> int:
    with db.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_one_training_for_25_enterprises_makes_25_lượt_once(db, enterprises):
    c, ids = enterprises
    with db.sessions() as s:
        plan = bulk.plan_support_for_many(s, ids, TRAINING)
    assert plan.creates == 25 and plan.already == [] and count(db, Support) == 0  # a preview writes nothing
    with db.sessions.begin() as s:
        assert bulk.create_support_for_many(s, ids, TRAINING).creates == 25
    with db.sessions() as s:
        rows = supports.list_supports(s)
    assert len(rows) == 25 and {(r.types[0], r.tools[0], r.status) for r in rows} == {("training", "5S", "completed")}
    assert {r.tax_code for r in rows} == set(c)
    with db.sessions.begin() as s:
        again = bulk.create_support_for_many(s, ids, TRAINING)
    assert (again.creates, len(again.already)) == (0, 25) and count(db, Support) == 25


def test_pasted_tax_codes_and_bad_input(db, enterprises):
    c, ids = enterprises
    pasted = f"{c[0]}\n{c[1][:4]} {c[1][4:]} ; {c[2]}, 0000000000\n{c[0]}"
    with db.sessions() as s:
        plan = bulk.plan_support_for_many(s, pasted, TRAINING)
        assert plan.enterprise_ids == ids[:3]
        assert plan.unknown == ["0000000000"]
        with pytest.raises(FormError) as err:
            bulk.plan_support_for_many(s, ids, {**TRAINING, "tools": ["KHONG_CO"]})
        assert "tools" in err.value.errors
        with pytest.raises(InputError):
            bulk.plan_support_for_many(s, "", TRAINING)
    assert count(db, Support) == 0


def test_measurement_grid_before_and_after_for_many(db, enterprises):
    _c, ids = enterprises
    with db.sessions.begin() as s:
        r = bulk.save_grid(s, "workers", [(ids[0], 20, 25), (ids[1], "30", None), (ids[2], None, None)],
                           before_on="01/01/2025", after_on="31/12/2025", source="Khảo sát")
    assert (r.created, r.updated) == (3, 0) and count(db, Measurement) == 3
    with db.sessions.begin() as s:
        r = bulk.save_grid(s, "workers", [(ids[0], 20, 27)], before_on="01/01/2025", after_on="31/12/2025")
    assert (r.created, r.updated, r.unchanged) == (0, 1, 1) and count(db, Measurement) == 3
    with db.sessions() as s:
        after = s.execute(select(Measurement.value).join(Metric, Metric.id == Measurement.metric_id).where(
            Measurement.enterprise_id == ids[0], Measurement.phase == "after")).scalar_one()
    assert after == 27
    with db.sessions.begin() as s, pytest.raises(InputError):
        bulk.save_grid(s, "labour_productivity", [(ids[0], 1, 2)])


def test_a_wrong_value_in_the_grid_names_its_row_and_column_and_saves_nothing(db, enterprises):
    _c, ids = enterprises
    s = db.sessions()
    try:
        with pytest.raises(bulk.GridCellError) as err:
            bulk.save_grid(s, "workers", [(ids[0], 20, 25), (ids[1], 30, None), (ids[2], 12, "mười")])
        s.rollback()
    finally:
        s.close()
    assert (err.value.row, err.value.phase) == (2, "after")
    assert err.value.message.startswith("Dòng 3, cột Sau: ")
    assert count(db, Measurement) == 0


@pytest.mark.parametrize("start, end, expected", [
    ("2025-03-15", "2025-03-16", "completed"),  # a training recorded after it took place
    ("2025-03-15", None, "in_progress"),
    ("2999-01-10", "2999-01-12", "planned"),
])
def test_without_a_status_the_dates_give_it_as_for_an_imported_row(db, enterprises, start, end, expected):
    _c, ids = enterprises
    data = {**TRAINING, "status": None, "start_date": start, "end_date": end}
    with db.sessions() as s:
        plan = bulk.plan_support_for_many(s, ids[:3], data)
    assert (plan.status, plan.status_by_dates) == (expected, True)
    with db.sessions.begin() as s:
        bulk.create_support_for_many(s, ids[:3], data)
    with db.sessions() as s:
        assert {r.status for r in supports.list_supports(s)} == {expected}
    with db.sessions() as s:  # a status given stays as given
        plan = bulk.plan_support_for_many(s, ids[3:4], {**data, "status": "cancelled"})
    assert (plan.status, plan.status_by_dates) == ("cancelled", False)
