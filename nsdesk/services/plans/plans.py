"""Plans created from the shipped templates (see :mod:`nsdesk.services.plans.templates`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, aliased

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import (
    Activity,
    AdminUnit,
    PilotProject,
    Plan,
    PlanTask,
    PlanTerritoryUnit,
    Target,
    TaskNote,
)
from nsdesk.services.common.forms import FormError, apply_fields, record_changes
from nsdesk.services.common.text import clean
from nsdesk.services.plans import templates
from nsdesk.services.plans.checks import Fields

CODE_MAX = 60


def list_templates() -> list[templates.TemplateSummary]:
    return templates.list_templates()


def _plan_code(new_code: str | None, default: str) -> str:
    if new_code is None:
        return default
    code = clean(new_code)
    if not code:
        raise InputError(tr("plans", "Mã kế hoạch mới đang để trống."), hint=tr("plans", "Nhập mã, ví dụ QN-138-2025-PHUONG."))
    if len(code) > CODE_MAX:
        raise InputError(
            tr("plans", "Mã kế hoạch «{code}» dài quá {n} ký tự.").format(code=code, n=CODE_MAX),
            hint=tr("plans", "Chọn mã ngắn hơn."),
        )
    return code


def find_plan(session: Session, code: str) -> Plan | None:
    """A plan by code, ignoring case."""
    return session.scalars(select(Plan).where(func.lower(Plan.code) == clean(code).lower())).first()


def _parent(session: Session, parent_template: str | None) -> Plan | None:
    """The plan made from the parent template, if one exists.

    Several may exist (one database holding several plans made from one template): the one still
    carrying the template's own code wins, else the oldest.
    """
    if not parent_template:
        return None
    candidates = list(
        session.scalars(
            select(Plan)
            .where(Plan.template_code == parent_template, Plan.is_template.is_(False))
            .order_by(Plan.id)
        )
    )
    for plan in candidates:
        if plan.code == parent_template:
            return plan
    return candidates[0] if candidates else None


def _note(tpl: dict[str, Any]) -> str:
    parts = [tpl.get("note") or ""]
    source = tpl.get("source") or ""
    if source and not source.endswith(".txt"):  # seed file names mean nothing to a user
        parts.append(tr("plans", "Nguồn: {source}").format(source=source))
    return "\n".join(p for p in parts if p)


def create_from_template(session: Session, template_code: str, new_code: str | None = None) -> Plan:
    """Copy a template (plan, targets, tasks, territory units) into the database as a new plan.

    The new plan keeps ``template_code`` and is linked to the plan made from the parent template
    when there is one. A plan code already in use (ignoring case) is refused and nothing changes.
    """
    tpl = templates.get_template(template_code)
    if tpl is None:
        raise InputError(
            tr("plans", "Không có mẫu kế hoạch «{code}».").format(code=clean(template_code)),
            hint=tr("plans", "Các mẫu có sẵn: {codes}.").format(codes=", ".join(templates.template_codes())),
        )
    code = _plan_code(new_code, tpl["code"])
    if find_plan(session, code) is not None:
        raise InputError(
            tr("plans", "Đã có kế hoạch mã «{code}».").format(code=code),
            hint=tr("plans", "Chọn một mã chưa dùng, ví dụ «{free}».").format(free=free_code(session, code)),
        )
    unit_codes = list(dict.fromkeys(tpl["territory_units"]))
    wanted = set(unit_codes) | ({tpl["territory_code"]} if tpl.get("territory_code") else set())
    if wanted:
        known = set(session.scalars(select(AdminUnit.code).where(AdminUnit.code.in_(wanted))))
        missing = sorted(wanted - known)
        if missing:
            raise InputError(
                tr("plans", "Cơ sở dữ liệu chưa có đơn vị hành chính {codes} mà mẫu «{tpl}» cần.").format(
                    codes=", ".join(missing[:5]) + ("…" if len(missing) > 5 else ""), tpl=tpl["code"]
                ),
                hint=tr("plans", "Chạy \"nsdesk init\" để nạp dữ liệu tham chiếu."),
            )
    parent = _parent(session, tpl.get("parent"))
    plan = Plan(
        code=code,
        title=tpl["title"],
        issuer=tpl.get("issuer"),
        doc_number=tpl.get("doc_number"),
        doc_date=date.fromisoformat(tpl["doc_date"]) if tpl.get("doc_date") else None,
        level=tpl["level"],
        territory_name=tpl.get("territory_name"),
        territory_code=tpl.get("territory_code"),
        start_year=tpl["start_year"],
        end_year=tpl["end_year"],
        parent_id=parent.id if parent is not None else None,
        template_code=tpl["code"],
        is_template=False,
        note=_note(tpl),
    )
    session.add(plan)
    session.flush()

    if tpl["targets"]:
        session.execute(
            Target.__table__.insert(),
            [
                {
                    "plan_id": plan.id,
                    "code": t["code"],
                    "title": t["title"],
                    "kind": t["kind"],
                    "milestone": t["milestone"],
                    "comparator": t["comparator"],
                    "min_value": t.get("min"),
                    "max_value": t.get("max"),
                    "tolerance": t.get("tolerance"),
                    "unit": t.get("unit"),
                    "window": t["window"],
                    "rule": t.get("rule") or {},
                    "contributes": bool(t.get("contributes")),
                    "contributes_note": t.get("contributes_note"),
                    "text_as_written": t.get("text_as_written"),
                    "rule_text": t.get("rule_text"),
                    "sort_order": i,
                }
                for i, t in enumerate(tpl["targets"])
            ],
        )
    tasks = templates.task_rows(tpl)
    if tasks:
        session.execute(
            PlanTask.__table__.insert(),
            [
                {
                    "plan_id": plan.id,
                    "number": t["number"],
                    "content": t["content"],
                    "lead_unit": t.get("lead_unit"),
                    "partner_units": t.get("partner_units"),
                    "time_frame": t.get("time_frame"),
                    "due_date": t["due_date"],
                    "status": "not_started",
                    "note": t.get("note"),
                    "sort_order": i,
                }
                for i, t in enumerate(tasks)
            ],
        )
    if unit_codes:
        session.execute(
            PlanTerritoryUnit.__table__.insert(), [{"plan_id": plan.id, "unit_code": c} for c in unit_codes]
        )
    session.flush()
    return plan


def target_json(t: Target) -> dict[str, Any]:
    return {
        "code": t.code,
        "title": t.title,
        "kind": t.kind,
        "milestone": t.milestone,
        "comparator": t.comparator,
        "min": t.min_value,
        "max": t.max_value,
        "tolerance": t.tolerance,
        "unit": t.unit,
        "window": t.window,
        "rule": t.rule,
        "contributes": t.contributes,
        "text_as_written": t.text_as_written,
    }


def plan_json(session: Session, plan: Plan) -> dict[str, Any]:
    """What ``plan create --json`` prints: the plan's code, its links and its targets."""
    targets = session.scalars(select(Target).where(Target.plan_id == plan.id).order_by(Target.sort_order))
    parent = session.get(Plan, plan.parent_id) if plan.parent_id else None
    n_tasks = session.scalar(select(func.count()).select_from(PlanTask).where(PlanTask.plan_id == plan.id))
    units = session.scalars(
        select(PlanTerritoryUnit.unit_code).where(PlanTerritoryUnit.plan_id == plan.id).order_by(PlanTerritoryUnit.unit_code)
    )
    return {
        "code": plan.code,
        "title": plan.title,
        "template": plan.template_code,
        "level": plan.level,
        "period": [plan.start_year, plan.end_year],
        "parent": parent.code if parent is not None else None,
        "territory_name": plan.territory_name,
        "territory_code": plan.territory_code,
        "territory_units": list(units),
        "tasks": n_tasks,
        "targets": [target_json(t) for t in targets],
    }


# --- listing -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PlanListing:
    """A plan as pickers and lists show it (templates' own rows left out)."""

    code: str
    title: str
    level: str
    start_year: int
    end_year: int
    parent_code: str | None
    territory_name: str | None
    territory_code: str | None
    issuer: str | None
    doc_number: str | None
    doc_date: date | None
    template_code: str | None
    targets: int = 0


def list_plans(session: Session) -> tuple[PlanListing, ...]:
    """Every plan (not the template rows), oldest period first, with its parent's code and target count."""
    parent = aliased(Plan)
    counts = dict(session.execute(select(Target.plan_id, func.count()).group_by(Target.plan_id)).all())
    rows = session.execute(
        select(Plan, parent.code).outerjoin(parent, parent.id == Plan.parent_id)
        .where(Plan.is_template.is_(False)).order_by(Plan.start_year, Plan.id)
    ).all()
    return tuple(PlanListing(p.code, p.title, p.level, p.start_year, p.end_year, pc, p.territory_name,
                             p.territory_code, p.issuer, p.doc_number, p.doc_date, p.template_code,
                             counts.get(p.id, 0)) for p, pc in rows)


def plan_titles(session: Session) -> tuple[tuple[str, str], ...]:
    """(code, title) of every plan, by code: a project's "kế hoạch" picker."""
    return tuple((code, title) for code, title in session.execute(select(Plan.code, Plan.title).order_by(Plan.code)))


# --- a free code, editing and deleting a plan ------------------------------------------------------

def free_code(session: Session, base: str) -> str:
    """``base`` when no plan uses it (ignoring case), else the first free ``base-2``, ``base-3`` …"""
    return next_free_code(base, session.scalars(select(Plan.code)))


def next_free_code(base: str, codes: Iterable[str]) -> str:
    """:func:`free_code` among ``codes`` (the codes in use): the rule, without a database."""
    base = clean(base)[:CODE_MAX] or "KH"
    taken = {c.lower() for c in codes}
    if base.lower() not in taken:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        code = base[: CODE_MAX - len(suffix)] + suffix
        if code.lower() not in taken:
            return code
        n += 1


def _existing(session: Session, code: str) -> Plan:
    plan = find_plan(session, code)
    if plan is None or plan.is_template:
        raise InputError(tr("plans", "Không có kế hoạch mã «{code}».").format(code=clean(code)),
                         hint=tr("plans", "Danh sách kế hoạch có thể đã thay đổi; hãy tải lại trang."))
    return plan


@dataclass(frozen=True)
class PlanUsage:
    """What a plan holds and what points at it: what deleting it would remove or unlink."""

    code: str
    targets: int
    tasks: int
    projects: int
    activities: int
    child_plans: int

    @property
    def linked(self) -> bool:
        """Records of the register or the pilots refer to this plan (they stay, unlinked, on delete)."""
        return bool(self.projects or self.activities or self.child_plans)


def _count(session: Session, column: Any, value: int) -> int:
    return int(session.scalar(select(func.count()).where(column == value)) or 0)


def plan_usage(session: Session, code: str) -> PlanUsage:
    plan = _existing(session, code)
    return PlanUsage(plan.code, _count(session, Target.plan_id, plan.id), _count(session, PlanTask.plan_id, plan.id),
                     _count(session, PilotProject.plan_id, plan.id), _count(session, Activity.plan_id, plan.id),
                     _count(session, Plan.parent_id, plan.id))


PLAN_FIELDS = ("code", "title", "issuer", "doc_number", "doc_date", "territory_name", "start_year", "end_year", "note")


def update_plan(session: Session, code: str, data: Mapping[str, Any]) -> str:
    """Change a plan's own fields (those present in ``data``); its code after the change.

    Every wrong field gets a Vietnamese message (:class:`FormError`) and nothing is written.
    """
    plan = _existing(session, code)
    f = Fields(data)
    values: dict[str, Any] = {}
    if "code" in data:
        new = f.text("code", tr("plans", "mã kế hoạch"), required=True, max_len=CODE_MAX)
        other = find_plan(session, new) if new else None
        if new and other is not None and other.id != plan.id:
            f.error("code", tr("plans", "Đã có kế hoạch mã «{code}»; chọn một mã chưa dùng, ví dụ «{free}».")
                    .format(code=other.code, free=free_code(session, other.code)))
        values["code"] = new
    if "title" in data:
        values["title"] = f.text("title", tr("plans", "tên kế hoạch"), required=True)
    for name, label, n in (("issuer", tr("plans", "cơ quan ban hành"), 300),
                           ("doc_number", tr("plans", "số văn bản"), 100),
                           ("territory_name", tr("plans", "địa bàn"), 300)):
        if name in data:
            values[name] = f.text(name, label, max_len=n)
    if "doc_date" in data:
        values["doc_date"] = f.day("doc_date", tr("plans", "ngày ban hành"))
    for name, label in (("start_year", tr("plans", "năm bắt đầu")), ("end_year", tr("plans", "năm kết thúc"))):
        if name in data:
            values[name] = f.whole(name, label, minimum=2000, maximum=2100, required=True)
    if "note" in data:
        values["note"] = clean(data.get("note")) or None
    start = values.get("start_year", plan.start_year)
    end = values.get("end_year", plan.end_year)
    if start is not None and end is not None and end < start:
        f.error("end_year", tr("plans", "Năm kết thúc {end} trước năm bắt đầu {start}; hãy sửa một trong hai.")
                .format(end=end, start=start))
    if f.errors:
        raise FormError(f.errors)
    changed = apply_fields(plan, {k: v for k, v in values.items() if k in PLAN_FIELDS})
    if changed:
        record_changes(session, "plan", plan.uuid, "update", changed)
    session.flush()
    return plan.code


def delete_plan(session: Session, code: str) -> PlanUsage:
    """Delete a plan with its targets, tasks (and their notes) and territory units.

    Nothing else is deleted: enterprises, lượt, measurements stay; pilot projects, activities and
    plans made under it stay too and merely lose their link to it. Returns what was removed/unlinked.
    """
    usage = plan_usage(session, code)
    plan = _existing(session, code)
    task_ids = select(PlanTask.id).where(PlanTask.plan_id == plan.id)
    session.execute(delete(TaskNote).where(TaskNote.task_id.in_(task_ids)))
    session.execute(delete(PlanTask).where(PlanTask.plan_id == plan.id))
    session.execute(delete(Target).where(Target.plan_id == plan.id))
    session.execute(delete(PlanTerritoryUnit).where(PlanTerritoryUnit.plan_id == plan.id))
    session.execute(update(PilotProject).where(PilotProject.plan_id == plan.id).values(plan_id=None))
    session.execute(update(Activity).where(Activity.plan_id == plan.id).values(plan_id=None))
    session.execute(update(Plan).where(Plan.parent_id == plan.id).values(parent_id=None))
    record_changes(session, "plan", plan.uuid, "delete", [("code", plan.code, None)])
    session.delete(plan)
    session.flush()
    return usage
