"""Editing a plan's targets after it was created from a template: title, figures, milestone, comparator.

A form passes a plain dict with the fields it changes (``title``, ``min``, ``max``, ``tolerance``,
``milestone``, ``comparator``, ``unit``); every wrong field gets a Vietnamese message
(:class:`~nsdesk.services.progress_forms.FormError`) and nothing is written. The counting rule
(``rule``) is not edited here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import Session

from ..i18n import tr
from ..models import COMPARATORS, Target
from .progress import find_plan, find_target
from .progress_forms import Fields, apply, record_changes

COMPARATOR_LABELS = {
    "at_least": "Ít nhất (≥)",
    "more_than": "Trên (>)",
    "about": "Khoảng (≈)",
    "range": "Từ … đến …",
    "yearly_rate": "Bình quân hằng năm",
}
assert set(COMPARATOR_LABELS) == set(COMPARATORS)


def _read(data: Mapping[str, Any], target: Target) -> dict[str, Any]:
    f = Fields(data)
    values: dict[str, Any] = {}
    if "title" in data:
        values["title"] = f.text("title", tr("targets", "tên chỉ tiêu"), required=True, max_len=2000)
    if "min" in data:
        values["min_value"] = f.number("min", tr("targets", "mức tối thiểu"), minimum=0, maximum=1e9)
    if "max" in data:
        values["max_value"] = f.number("max", tr("targets", "mức tối đa"), minimum=0, maximum=1e9)
    if "tolerance" in data:
        values["tolerance"] = f.number("tolerance", tr("targets", "sai số cho phép"), minimum=0, maximum=1e9)
    if "milestone" in data:
        values["milestone"] = f.whole("milestone", tr("targets", "năm mốc"), minimum=2000, maximum=2100, required=True)
    if "comparator" in data:
        values["comparator"] = f.choice("comparator", tr("targets", "cách so sánh"), COMPARATOR_LABELS)
    if "unit" in data:
        values["unit"] = f.text("unit", tr("targets", "đơn vị tính"), max_len=60)
    comparator = values.get("comparator", target.comparator)
    low = values.get("min_value", target.min_value)
    high = values.get("max_value", target.max_value)
    if not f.errors:
        if comparator == "range" and high is None:
            f.error("max", tr("targets", "Chỉ tiêu dạng «từ … đến …» cần cả mức tối đa; hãy nhập mức tối đa."))
        elif high is not None and low is not None and high < low:
            f.error("max", tr("targets", "Mức tối đa {hi:g} nhỏ hơn mức tối thiểu {lo:g}; hãy sửa lại.").format(hi=high, lo=low))
        elif high is not None and low is None:
            f.error("min", tr("targets", "Đã có mức tối đa thì cần nhập cả mức tối thiểu."))
    f.check()
    return values


def update_target(session: Session, plan_code: str, target_code: str, data: Mapping[str, Any]) -> list[str]:
    """Change the fields present in ``data``; the names of the fields that changed."""
    plan = find_plan(session, plan_code)
    target = find_target(session, plan, target_code)
    changed = apply(target, _read(data, target))
    if changed:
        record_changes(session, "target", target.uuid, "update", changed)
    session.flush()
    return [c[0] for c in changed]
