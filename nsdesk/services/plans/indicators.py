"""Yearly statistics with their source: labour-productivity growth (%/year), TFP contribution (%).

One value per indicator, territory and year: entering a value again replaces it (the change
history keeps the old one). Statistic targets read these values (see
:mod:`nsdesk.services.plans.progress`): a city or ward plan reads its province's figure when its
target says ``territory: province``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import AdminUnit, IndicatorValue
from nsdesk.services.common import admin_units
from nsdesk.services.common.forms import apply_fields, record_changes
from nsdesk.services.common.text import clean
from nsdesk.services.plans.checks import Fields

INDICATOR_LABELS = {
    "labour_productivity_growth": "Tốc độ tăng năng suất lao động (%/năm)",
    "tfp_contribution": "Tỷ trọng đóng góp của TFP vào tăng trưởng (%)",
}
# Plausible bounds of each indicator, in percent.
BOUNDS = {"labour_productivity_growth": (-50.0, 100.0), "tfp_contribution": (-100.0, 100.0)}
YEARS = (1990, 2100)


def indicator_label(code: str) -> str:
    return tr("labels", INDICATOR_LABELS.get(code, code))


def _territory(session: Session, f: Fields) -> str | None:
    raw = clean(f.data.get("territory_code") if "territory_code" in f.data else f.data.get("territory"))
    if not raw:
        f.error("territory_code", tr("indicators", "Hãy chọn tỉnh/thành phố (hoặc xã/phường) của số liệu."))
        return None
    if raw.isdigit() and len(raw) <= 2:
        raw = f"{int(raw):02d}"
    if session.get(AdminUnit, raw) is not None:
        return raw
    unit = admin_units.find_province(session, raw).unit
    if unit is None:
        f.error("territory_code", tr("indicators", "Không tìm thấy tỉnh/thành phố «{value}»; hãy nhập đúng tên "
                                     "(ví dụ Quảng Ngãi) hoặc mã.").format(value=raw))
        return None
    return unit.code


def _read(session: Session, data: Mapping[str, Any]) -> dict[str, Any]:
    f = Fields(data)
    indicator = f.choice("indicator", tr("indicators", "chỉ số"), INDICATOR_LABELS)
    territory = _territory(session, f)
    year = f.whole("year", tr("indicators", "năm"), minimum=YEARS[0], maximum=YEARS[1], required=True)
    lo, hi = BOUNDS.get(indicator or "", (-1e6, 1e6))
    value = f.number("value", tr("indicators", "giá trị"), minimum=lo, maximum=hi, required=True)
    source = f.text("source", tr("indicators", "nguồn số liệu (ví dụ Niên giám thống kê 2024, Cục Thống kê)"),
                    required=True, max_len=1000)
    f.check()
    return {"indicator": indicator, "territory_code": territory, "year": year, "value": value, "source": source}


def find_value(session: Session, indicator: str, territory_code: str | None, year: int) -> IndicatorValue | None:
    q = select(IndicatorValue).where(IndicatorValue.indicator == indicator, IndicatorValue.year == year)
    q = q.where(IndicatorValue.territory_code.is_(None) if territory_code is None else IndicatorValue.territory_code == territory_code)
    return session.scalars(q).first()


def set_value(session: Session, data: Mapping[str, Any]) -> IndicatorValue:
    """Enter (or replace) one yearly value: indicator, territory, year, value, source."""
    values = _read(session, data)
    row = find_value(session, values["indicator"], values["territory_code"], values["year"])
    if row is None:
        row = IndicatorValue(**values)
        session.add(row)
        session.flush()
        record_changes(session, "indicator_value", row.uuid, "create", [(k, None, v) for k, v in values.items()])
    else:
        changed = apply_fields(row, {"value": values["value"], "source": values["source"]})
        if changed:
            record_changes(session, "indicator_value", row.uuid, "update", changed)
    session.flush()
    return row


def list_values(session: Session, indicator: str | None = None, territory_code: str | None = None) -> list[IndicatorValue]:
    q = select(IndicatorValue)
    if indicator:
        q = q.where(IndicatorValue.indicator == indicator)
    if territory_code:
        q = q.where(IndicatorValue.territory_code == territory_code)
    return list(session.scalars(q.order_by(IndicatorValue.indicator, IndicatorValue.territory_code, IndicatorValue.year)))


def delete_value(session: Session, value_id: int) -> None:
    row = session.get(IndicatorValue, value_id)
    if row is None:
        raise InputError(tr("indicators", "Không tìm thấy số liệu số {id}; có thể nó đã bị xóa.").format(id=value_id))
    record_changes(session, "indicator_value", row.uuid, "delete",
                   [(None, f"{row.indicator} {row.territory_code} {row.year} = {row.value}", None)])
    session.delete(row)
    session.flush()
