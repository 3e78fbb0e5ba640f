"""Editing a plan's targets after it was created from a template: title, figures, milestone, comparator,
and adding a target the template leaves for the user (the national plan 36/QĐ-TTg ships without figures).

A form passes a plain dict with the fields it changes (``title``, ``min``, ``max``, ``tolerance``,
``milestone``, ``comparator``, ``unit``); every wrong field gets a Vietnamese message
(:class:`~nsdesk.services.common.forms.FormError`) and nothing is written. The counting rule
(``rule``) of an existing target is not edited here, except that a statistic target's last year
follows its milestone. A new target gets a simple rule from the form (see :func:`create_target`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from nsdesk.i18n import tr
from nsdesk.models import COMPARATORS, TARGET_KINDS, Plan, Target
from nsdesk.services.common import counting
from nsdesk.services.common.concurrency import check_version, saving
from nsdesk.services.common.forms import apply_fields, record_changes
from nsdesk.services.plans.activities import KIND_LABELS as ACTIVITY_LABELS
from nsdesk.services.plans.checks import Fields
from nsdesk.services.plans.indicators import INDICATOR_LABELS
from nsdesk.services.plans.progress import find_plan, find_target

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
    data = dict(data)
    check_version(target, data.pop("version", None), tr("conflict", "Chỉ tiêu này"))
    values = _read(data, target)
    rule = dict(target.rule or {})
    if target.kind == "statistic" and "milestone" in values and rule.get("to_year") == target.milestone:
        rule["to_year"] = values["milestone"]  # the statistic's years end with the milestone
        values["rule"] = rule
    changed = apply_fields(target, values)
    if changed:
        record_changes(session, "target", target.uuid, "update", changed)
    with saving(session, target, tr("conflict", "Chỉ tiêu này")):
        session.flush()
    return [c[0] for c in changed]


KIND_LABELS = {
    "distinct_enterprises": "Số doanh nghiệp",
    "supports": "Số lượt hỗ trợ",
    "activities": "Hoạt động",
    "statistic": "Số liệu thống kê",
}
assert set(KIND_LABELS) == set(TARGET_KINDS)


def _rule(session: Session, plan: Plan, kind: str, f: Fields, milestone: int | None, comparator: str | None) -> tuple[dict[str, Any], str]:
    """The counting rule of a new target and the same rule in words."""
    data = f.data
    if kind == "statistic":
        indicator = f.choice("indicator", tr("targets", "chỉ số thống kê"), INDICATOR_LABELS)
        rule: dict[str, Any] = {"indicator": indicator, "aggregate": "yearly_average" if comparator == "yearly_rate" else "latest",
                "from_year": plan.start_year, "to_year": milestone or plan.end_year}
        if plan.level in ("district", "commune"):
            rule["territory"] = "province"
        if comparator == "yearly_rate":
            rule["bound"] = "at_least"
        how = (tr("targets", "trung bình các năm") if rule["aggregate"] == "yearly_average"
               else tr("targets", "giá trị năm gần nhất"))
        text = tr("targets", "{label}: {how} {a}–{b}, nhập theo từng năm kèm nguồn.").format(
            label=tr("labels", INDICATOR_LABELS.get(indicator or "", "")), how=how, a=rule["from_year"], b=rule["to_year"])
        return rule, text
    if kind == "activities":
        activity = f.choice("activity_kind", tr("targets", "loại hoạt động"), ACTIVITY_LABELS)
        measure = data.get("measure") or "records"
        if measure not in ("records", "quantity", "distinct_unit_in_charge"):
            f.error("measure", tr("targets", "Cách đếm hoạt động không hợp lệ."))
        words = {"records": tr("targets", "số hoạt động"), "quantity": tr("targets", "tổng số lượng"),
                 "distinct_unit_in_charge": tr("targets", "số đơn vị chủ trì khác nhau")}
        text = tr("targets", "Đếm {what} loại «{kind}» trên địa bàn, từ đầu kế hoạch.").format(
            what=words.get(measure, ""), kind=tr("labels", ACTIVITY_LABELS.get(activity or "", "")))
        return {"activity_kind": activity, "measure": measure}, text
    sme, project = bool(data.get("sme_only")), bool(data.get("requires_project"))
    rule = {"sme_only": sme, "requires_project": project,
            "statuses": list(counting.COUNTED_SUPPORT_STATUSES)}
    if project:
        rule["project_statuses"] = list(counting.COUNTED_PROJECT_STATUSES)
    what = tr("targets", "số doanh nghiệp khác nhau") if kind == "distinct_enterprises" else tr("targets", "số lượt hỗ trợ")
    parts = [tr("targets", "Đếm {what} trên địa bàn, từ đầu kế hoạch; hỗ trợ đang thực hiện hoặc đã hoàn thành, "
                           "hỗ trợ đã hủy không tính").format(what=what)]
    if sme:
        parts.append(tr("targets", "chỉ doanh nghiệp nhỏ và vừa (Nghị định 80)"))
    if project:
        parts.append(tr("targets", "chỉ hỗ trợ thuộc dự án/mô hình điểm"))
    return rule, "; ".join(parts) + "."


def create_target(session: Session, plan_code: str, data: Mapping[str, Any]) -> Target:
    """Add a target at the end of the plan's list.

    ``data``: ``code``, ``title``, ``kind``, ``milestone``, ``comparator``, ``min``, ``max``,
    ``tolerance``, ``unit``; for a statistic ``indicator``; for activities ``activity_kind`` and
    ``measure``; for enterprises/lượt ``sme_only`` and ``requires_project`` (booleans).
    """
    plan = find_plan(session, plan_code)
    f = Fields(data)
    code = f.text("code", tr("targets", "mã chỉ tiêu (ví dụ LP-2030)"), required=True, max_len=40)
    if code and session.scalar(select(func.count()).select_from(Target).where(
            Target.plan_id == plan.id, func.lower(Target.code) == code.lower())):
        f.error("code", tr("targets", "Kế hoạch đã có chỉ tiêu mã «{code}»; chọn mã khác.").format(code=code))
    kind = f.choice("kind", tr("targets", "loại chỉ tiêu"), KIND_LABELS)
    title = f.text("title", tr("targets", "tên chỉ tiêu"), required=True, max_len=2000)
    milestone = f.whole("milestone", tr("targets", "năm mốc"), minimum=2000, maximum=2100, required=True)
    comparator = f.choice("comparator", tr("targets", "cách so sánh"), COMPARATOR_LABELS)
    unit = f.text("unit", tr("targets", "đơn vị tính"), max_len=60)
    rule, rule_text = _rule(session, plan, kind, f, milestone, comparator) if kind else ({}, "")
    draft = Target(comparator=comparator, min_value=None, max_value=None)
    figures = _read({k: data[k] for k in ("min", "max", "tolerance") if k in data}, draft) if not f.errors else {}
    f.check()
    last = session.scalar(select(func.max(Target.sort_order)).where(Target.plan_id == plan.id))
    target = Target(plan_id=plan.id, code=code, title=title, kind=kind, milestone=milestone, comparator=comparator,
                    unit=unit, window="plan_start", rule=rule, rule_text=rule_text, contributes=bool(rule.get("territory")),
                    contributes_note=(tr("targets", "Số liệu của tỉnh; địa phương góp phần.") if rule.get("territory") else None),
                    sort_order=(last + 1) if last is not None else 0, **figures)
    session.add(target)
    session.flush()
    record_changes(session, "target", target.uuid, "create",
                   [(k, None, v) for k, v in (("code", code), ("title", title), ("kind", kind), ("milestone", milestone),
                                              ("comparator", comparator), ("min", target.min_value),
                                              ("max", target.max_value)) if v is not None])
    session.flush()
    return target


@dataclass(frozen=True)
class TargetInfo:
    """A target's definition as the plan page shows it (its figures come from the progress engine)."""

    code: str
    title: str
    kind: str
    milestone: int
    comparator: str
    min_value: float | None
    max_value: float | None
    tolerance: float | None
    unit: str | None
    window: str
    rule_text: str | None
    contributes: bool
    contributes_note: str | None
    bound: str | None  # a yearly rate's "at_least" / "more_than"


def list_targets(session: Session, plan_code: str) -> tuple[TargetInfo, ...]:
    """The plan's targets in their order."""
    plan = find_plan(session, plan_code)
    if plan is None:
        return ()
    return tuple(
        TargetInfo(t.code, t.title, t.kind, t.milestone, t.comparator, t.min_value, t.max_value, t.tolerance, t.unit,
                   t.window, t.rule_text, bool(t.contributes), t.contributes_note, (t.rule or {}).get("bound"))
        for t in session.scalars(select(Target).where(Target.plan_id == plan.id).order_by(Target.sort_order, Target.id))
    )
