"""Yearly statistics entered with their source, and what statistic targets read from them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from test_progress_helpers import plan, target

from nsdesk.models import IndicatorValue
from nsdesk.services.common.forms import FormError
from nsdesk.services.plans import indicators
from nsdesk.services.plans.progress import progress

LP = "labour_productivity_growth"


def test_enter_replace_and_read_by_a_target(session):
    p = plan(session, start=2021, end=2030)
    target(session, p, "LP", "statistic", milestone=2025, comparator="yearly_rate", min=7,
           rule={"indicator": LP, "aggregate": "yearly_average", "from_year": 2021, "to_year": 2025,
                 "territory": "province", "bound": "more_than"})
    indicators.set_value(session, {"indicator": LP, "territory": "Quảng Ngãi", "year": "2021", "value": "6,9",
                                   "source": "Niên giám thống kê 2021"})
    v = indicators.set_value(session, {"indicator": LP, "territory_code": "51", "year": 2022, "value": 7.5,
                                       "source": "Cục Thống kê tỉnh"})
    assert (v.territory_code, v.year, v.value) == ("51", 2022, 7.5)
    assert progress(session, "P1", date(2022, 12, 31)).targets[0].achieved == 7.2
    again = indicators.set_value(session, {"indicator": LP, "territory": "51", "year": 2022, "value": "8,1",
                                           "source": "Cục Thống kê tỉnh (số chính thức)"})
    assert again.id == v.id and again.value == 8.1  # one value per indicator, territory and year
    assert session.scalar(select(func.count()).select_from(IndicatorValue)) == 2
    assert progress(session, "P1", date(2022, 12, 31)).targets[0].achieved == 7.5
    assert [x.year for x in indicators.list_values(session, LP, "51")] == [2021, 2022]
    indicators.delete_value(session, v.id)
    assert [x.year for x in indicators.list_values(session, LP)] == [2021]


def test_bad_values_are_refused_with_what_to_fix(session):
    with pytest.raises(FormError) as err:
        indicators.set_value(session, {"indicator": "grdp", "territory": "Atlantis", "year": 1850, "value": "nhiều",
                                       "source": ""})
    assert set(err.value.errors) == {"indicator", "territory_code", "year", "value", "source"}
    assert "Tốc độ tăng năng suất lao động" in err.value.errors["indicator"]
    assert "1990–2100" in err.value.errors["year"]
    with pytest.raises(FormError) as err:
        indicators.set_value(session, {"indicator": LP, "territory": "51", "year": 2024, "value": 250,
                                       "source": "Cục Thống kê"})
    assert set(err.value.errors) == {"value"}  # 250 %/year is not a growth rate
    assert session.scalar(select(func.count()).select_from(IndicatorValue)) == 0
