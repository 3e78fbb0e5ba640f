"""Demo plans, activities and yearly statistics, so the progress dashboard has something to show.

Called at the end of :func:`nsdesk.services.demo.generate.generate` with its random generator (deterministic
for a seed; dates are offsets from today). It creates from the shipped templates the plans that fit
the office — the templates of its commune/ward and of its province, with their parents up to
Decision 36/QĐ-TTg — or, when the office's place has no template, the Quảng Ngãi and Phường Đăk Cấm
ones. A plan that already exists under a template's code is reused, never replaced. Then:

* activities of the kinds the targets count (productivity clubs, training programmes run by
  schools, student clubs, certified experts, communication items, workshops) inside the plan's
  territory, linked to the most local plan;
* yearly values of labour-productivity growth and the TFP share for the plan's province, each with
  a source, for the years from the plans' start to last year;
* a few tasks marked done or in progress with a dated progress note (the rest stay as created, so
  some are overdue).

Demo plans carry :data:`~nsdesk.services.demo.DEMO_MARK` in their note, demo activities in their
note and demo statistics at the end of their source; :func:`clear` removes exactly those.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from nsdesk.models import (
    Activity,
    ActivityEnterprise,
    AdminUnit,
    Change,
    IndicatorValue,
    PilotProject,
    Plan,
    PlanTask,
    PlanTerritoryUnit,
    Target,
    TaskNote,
    utcnow,
)
from nsdesk.services.common import admin_units
from nsdesk.services.common.office import Office, get_office
from nsdesk.services.plans import plans, templates

FALLBACK_TEMPLATES = ("QN-138-2025", "DAKCAM-2025")

_SCHOOLS = ["Trường Đại học Phạm Văn Đồng", "Trường Cao đẳng Kỹ thuật Công nghệ Quảng Ngãi",
            "Trường Cao đẳng Việt Nam – Hàn Quốc", "Trường Đại học Tài chính – Kế toán"]
_CLUBS = ["Câu lạc bộ Năng suất doanh nghiệp", "Câu lạc bộ Năng suất xanh", "Câu lạc bộ Kaizen – 5S"]
_MEDIA = ["Chuyên mục «Năng suất và đổi mới» trên Đài Phát thanh – Truyền hình",
          "Tờ rơi giới thiệu công cụ cải tiến năng suất", "Bản tin năng suất trên cổng thông tin điện tử",
          "Phóng sự mô hình điểm áp dụng Lean, 5S", "Video hướng dẫn áp dụng Kaizen cho hộ kinh doanh"]
_WORKSHOPS = ["Hội thảo nâng cao năng suất dựa trên khoa học, công nghệ và đổi mới sáng tạo",
              "Tập huấn công cụ cải tiến năng suất cho doanh nghiệp nhỏ và vừa",
              "Tập huấn chuyển đổi số cho hợp tác xã"]
_UNITS = ["Sở Khoa học và Công nghệ", "UBND phường", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
          "Hiệp hội Doanh nghiệp tỉnh"]
_NOTES_DONE = ["Đã ban hành văn bản hướng dẫn, gửi các đơn vị liên quan.", "Đã tổ chức thực hiện, báo cáo kết quả.",
               "Hoàn thành, đã tổng hợp báo cáo gửi Sở Khoa học và Công nghệ."]
_NOTES_DOING = ["Đang khảo sát nhu cầu doanh nghiệp.", "Đang xây dựng dự thảo, lấy ý kiến các sở, ngành.",
                "Đã triển khai một phần, đang chờ kinh phí năm sau."]


def _demo_mark() -> str:
    from nsdesk.services.demo.generate import DEMO_MARK

    return DEMO_MARK


def _fitting_templates(office: Office) -> list[str]:
    """The templates of the office's commune/province (with their parents), parents first."""
    codes = templates.template_codes()
    own = []
    for code in codes:
        tpl = templates.get_template(code)
        if tpl is None:
            continue
        units = set(tpl.get("territory_units") or [])
        if tpl.get("territory_code") and tpl["territory_code"] in (office.commune_code, office.province_code):
            own.append(code)
        elif office.commune_code and office.commune_code in units:
            own.append(code)
    if not own:
        own = [c for c in FALLBACK_TEMPLATES if c in codes]
    wanted: set[str] = set()
    for code in own:
        parent: str | None = code
        while parent and parent not in wanted:
            wanted.add(parent)
            parent = (templates.get_template(parent) or {}).get("parent")
    return [c for c in codes if c in wanted]  # the template list puts parents first


def _province_of(session: Session, code: str | None) -> str | None:
    if not code:
        return None
    unit = session.get(AdminUnit, code)
    if unit is None:
        return None
    return unit.code if unit.level == "province" else unit.province_code


def generate_plans(session: Session, rng: random.Random) -> dict[str, Any]:
    """Create the demo plans, activities, statistics and task progress (see the module docstring)."""
    mark = _demo_mark()
    office = get_office(session)
    today = date.today()
    now = utcnow()
    made: list[Plan] = []
    for code in _fitting_templates(office):
        plan = plans.find_plan(session, code)
        if plan is None:
            plan = plans.create_from_template(session, code)
            plan.note = "\n".join(p for p in (plan.note, mark) if p)
        made.append(plan)
    session.flush()
    result = {"plans": len(made), "activities": 0, "indicator_values": 0, "task_notes": 0}
    local = [p for p in made if p.territory_code]
    if not local:
        return result
    leaf = local[-1]  # the most local plan (templates come parents first)
    province = _province_of(session, leaf.territory_code)
    start_year = min(p.start_year for p in local)

    # --- activities ----------------------------------------------------------------------------
    leaf_unit = session.get(AdminUnit, leaf.territory_code)
    # Code-point order of names (not reading order) keeps a seed's demo data the same.
    communes = [c.code for c in sorted(admin_units.communes(session, province), key=lambda c: c.name)] if province else []
    home: str | None
    if leaf_unit is not None and leaf_unit.level == "commune":
        home = leaf_unit.code
    elif office.commune_code and office.commune_code in communes:
        home = office.commune_code
    else:
        home = communes[0] if communes else None
    first = max(date(start_year, 1, 1), today - timedelta(days=3 * 365))
    span = max((today - first).days, 1)

    def day() -> date:
        return first + timedelta(days=rng.randrange(span))

    def commune() -> str | None:
        return home if rng.random() < 0.7 or not communes else rng.choice(communes)

    acts: list[dict[str, Any]] = []

    def add(kind: str, title: str, unit: str, quantity: int | None) -> None:
        acts.append({"uuid": _uuid(rng), "created_at": now, "modified_at": now, "kind": kind, "title": title,
                     "held_on": day(), "unit_in_charge": unit, "quantity": quantity, "commune_code": commune(),
                     "plan_id": leaf.id, "note": mark})

    for name in rng.sample(_CLUBS, 2):
        add("productivity_club", name, rng.choice(_UNITS), rng.randint(12, 45))
    for school in rng.sample(_SCHOOLS, 3):
        add("training_programme", f"Chương trình đào tạo về năng suất – {school}", school, rng.randint(30, 120))
    add("student_club", f"Câu lạc bộ Năng suất sinh viên – {rng.choice(_SCHOOLS)}", rng.choice(_SCHOOLS), rng.randint(20, 60))
    add("certified_expert", "Chuyên gia năng suất được cấp chứng nhận", "Sở Khoa học và Công nghệ", rng.randint(1, 3))
    for title in rng.sample(_MEDIA, 4):
        add("communication", title, "Sở Khoa học và Công nghệ", rng.randint(1, 12))
    for title in rng.sample(_WORKSHOPS, 2):
        add("workshop", title, rng.choice(_UNITS), rng.randint(40, 150))
    session.execute(Activity.__table__.insert(), acts)
    result["activities"] = len(acts)

    # --- yearly statistics of the province -----------------------------------------------------
    if province:
        name = session.get_one(AdminUnit, province).name
        existing = set(session.execute(
            select(IndicatorValue.indicator, IndicatorValue.year).where(IndicatorValue.territory_code == province)
        ).all())
        values = []
        for year in range(start_year, today.year):
            for indicator, lo, hi in (("labour_productivity_growth", 5.8, 9.2), ("tfp_contribution", 38.0, 60.0)):
                value = round(rng.uniform(lo, hi), 1)
                if (indicator, year) in existing:
                    continue
                values.append({"uuid": _uuid(rng), "created_at": now, "modified_at": now, "indicator": indicator,
                               "territory_code": province, "year": year, "value": value,
                               "source": f"Niên giám thống kê {name} {year}, Cục Thống kê — {mark}"})
        if values:
            session.execute(IndicatorValue.__table__.insert(), values)
        result["indicator_values"] = len(values)

    # --- task progress -------------------------------------------------------------------------
    demo_ids = [p.id for p in made if mark in (p.note or "")]
    tasks = list(session.scalars(
        select(PlanTask).where(PlanTask.plan_id.in_(demo_ids), PlanTask.lead_unit.is_not(None))
        .order_by(PlanTask.plan_id, PlanTask.sort_order)
    )) if demo_ids else []
    notes = []
    # The first task already past its due date stays open, so the dashboard always shows one overdue.
    keep_open = next((t.id for t in tasks if t.due_date is not None and t.due_date < today), None)
    for task in tasks:
        roll = rng.random()
        if task.id == keep_open:
            roll = max(roll, 0.35)
        if roll < 0.35:
            status, text = "done", rng.choice(_NOTES_DONE)
        elif roll < 0.65:
            status, text = "in_progress", rng.choice(_NOTES_DOING)
        else:
            continue
        task.status = status
        notes.append({"uuid": _uuid(rng), "created_at": now, "modified_at": now, "task_id": task.id,
                      "noted_on": today - timedelta(days=rng.randint(5, 200)), "text": text, "officer": office.officer_name})
    session.flush()
    if notes:
        session.execute(TaskNote.__table__.insert(), notes)
    result["task_notes"] = len(notes)
    return result


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def clear(session: Session) -> int:
    """Remove demo plans (with their targets, tasks, notes), demo activities and demo statistics.

    Plans of the user that name a demo plan as parent keep existing, without the parent. Returns
    the number of demo plans removed.
    """
    mark = _demo_mark()
    plan_ids = select(Plan.id).where(Plan.note.like(f"%{mark}%"))
    task_ids = select(PlanTask.id).where(PlanTask.plan_id.in_(plan_ids))
    activity_ids = select(Activity.id).where(Activity.note == mark)
    session.execute(delete(Change).where(Change.entity_uuid.in_(select(Activity.uuid).where(Activity.id.in_(activity_ids)))))
    session.execute(delete(ActivityEnterprise).where(ActivityEnterprise.activity_id.in_(activity_ids)))
    session.execute(delete(Activity).where(Activity.note == mark))
    session.execute(delete(IndicatorValue).where(IndicatorValue.source.like(f"%{mark}")))
    n = session.scalar(select(func.count()).select_from(Plan).where(Plan.note.like(f"%{mark}%"))) or 0
    if not n:
        return 0
    session.execute(delete(Change).where(Change.entity_uuid.in_(select(PlanTask.uuid).where(PlanTask.plan_id.in_(plan_ids)))))
    session.execute(delete(TaskNote).where(TaskNote.task_id.in_(task_ids)))
    session.execute(delete(PlanTask).where(PlanTask.plan_id.in_(plan_ids)))
    session.execute(delete(Target).where(Target.plan_id.in_(plan_ids)))
    session.execute(delete(PlanTerritoryUnit).where(PlanTerritoryUnit.plan_id.in_(plan_ids)))
    session.execute(update(Activity).where(Activity.plan_id.in_(plan_ids)).values(plan_id=None))
    session.execute(update(PilotProject).where(PilotProject.plan_id.in_(plan_ids)).values(plan_id=None))
    ids = list(session.scalars(plan_ids))
    session.execute(update(Plan).where(Plan.parent_id.in_(ids)).values(parent_id=None))
    session.execute(delete(Plan).where(Plan.id.in_(ids)))
    session.expire_all()
    return n
