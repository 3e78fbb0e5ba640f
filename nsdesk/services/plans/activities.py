"""The activities register: productivity clubs, training programmes, experts, communication items…

An activity has a kind (``models.ACTIVITY_KINDS``), a title, the date it was held (activities
without a date are not counted toward targets, so the date is required here), the unit in
charge, a quantity (participants, items, experts; empty = one), the commune where it took place,
optionally the plan it implements, and the enterprises that took part. Targets of kind
``activities`` count them (see :mod:`nsdesk.services.plans.progress`).

Forms pass plain dicts; :class:`~nsdesk.services.common.forms.FormError` names every wrong
field in Vietnamese and nothing is written.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import ACTIVITY_KINDS, Activity, ActivityEnterprise, AdminUnit, Enterprise, Plan
from nsdesk.services.common import admin_units
from nsdesk.services.common.forms import apply_fields, record_changes
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import clean
from nsdesk.services.plans.checks import Fields

KIND_LABELS = {
    "productivity_club": "Câu lạc bộ năng suất",
    "student_club": "Câu lạc bộ năng suất sinh viên",
    "training_programme": "Chương trình đào tạo về năng suất",
    "certified_expert": "Chuyên gia năng suất được chứng nhận",
    "communication": "Truyền thông về năng suất",
    "agency_iso9001": "Cơ quan nhà nước áp dụng ISO 9001",
    "workshop": "Hội thảo, tập huấn",
    "other": "Hoạt động khác",
}
assert set(KIND_LABELS) == set(ACTIVITY_KINDS)

FIELDS = ("kind", "title", "held_on", "unit_in_charge", "quantity", "commune_code", "plan_id", "note")


def kind_label(kind: str) -> str:
    return tr("labels", KIND_LABELS.get(kind, kind))


@dataclass
class ActivityRow:
    activity: Activity
    enterprise_ids: list[int]
    plan_code: str | None


def _commune(session: Session, f: Fields) -> str | None:
    raw = clean(f.data.get("commune_code") if "commune_code" in f.data else f.data.get("commune"))
    if not raw:
        return None
    if session.get(AdminUnit, raw) is not None:
        return raw
    province = get_office(session).province_code
    match = admin_units.find_commune(session, raw, province) if province else None
    unit = getattr(match, "unit", None)
    if unit is None:
        f.error("commune_code", tr("activities", "Không tìm thấy xã/phường «{value}» trong tỉnh của đơn vị; "
                                   "hãy nhập đúng tên (ví dụ Phường Đăk Cấm) hoặc mã.").format(value=raw))
        return None
    return str(unit.code)


def _plan_id(session: Session, f: Fields) -> int | None:
    if "plan_id" in f.data and f.data["plan_id"] not in (None, ""):
        plan = session.get(Plan, f.data["plan_id"]) if str(f.data["plan_id"]).isdigit() else None
        raw = str(f.data["plan_id"])
    else:
        raw = clean(f.data.get("plan"))
        if not raw:
            return None
        plan = session.scalars(select(Plan).where(func.lower(Plan.code) == raw.lower())).first()
    if plan is None:
        f.error("plan_id", tr("activities", "Không có kế hoạch «{value}»; chọn một kế hoạch đã tạo.").format(value=raw))
        return None
    return plan.id


def _enterprise_ids(session: Session, f: Fields) -> list[int] | None:
    if "enterprise_ids" not in f.data:
        return None
    raw = f.data.get("enterprise_ids") or []
    ids: list[int] = []
    bad: list[str] = []
    for item in raw:
        try:
            ids.append(int(item))
        except (TypeError, ValueError):
            bad.append(str(item))
    ids = list(dict.fromkeys(ids))
    if ids:
        known = set(session.scalars(select(Enterprise.id).where(Enterprise.id.in_(ids))))
        bad += [str(i) for i in ids if i not in known]
    if bad:
        f.error("enterprise_ids", tr("activities", "Không tìm thấy doanh nghiệp {ids}; hãy chọn lại doanh nghiệp tham gia.")
                .format(ids=", ".join(bad[:5])))
    return ids


def _read(session: Session, data: Mapping[str, Any], *, partial: bool) -> tuple[dict[str, Any], list[int] | None]:
    f = Fields(data)
    values: dict[str, Any] = {}

    def wanted(*names: str) -> bool:
        return not partial or any(n in data for n in names)

    if wanted("kind"):
        values["kind"] = f.choice("kind", tr("activities", "loại hoạt động"), KIND_LABELS)
    if wanted("title"):
        values["title"] = f.text("title", tr("activities", "tên hoạt động"), required=True, max_len=1000)
    if wanted("held_on"):
        values["held_on"] = f.day("held_on", tr("activities", "ngày thực hiện"), required=True)
        if values["held_on"] is not None and not date(1990, 1, 1) <= values["held_on"] <= date(2100, 12, 31):
            f.error("held_on", tr("activities", "Ngày thực hiện phải trong khoảng 1990–2100."))
    if wanted("unit_in_charge"):
        values["unit_in_charge"] = f.text("unit_in_charge", tr("activities", "đơn vị chủ trì"), max_len=300)
    if wanted("quantity"):
        values["quantity"] = f.whole("quantity", tr("activities", "số lượng"), minimum=0, maximum=10_000_000)
    if wanted("commune_code", "commune"):
        values["commune_code"] = _commune(session, f)
    if wanted("plan_id", "plan"):
        values["plan_id"] = _plan_id(session, f)
    if wanted("note"):
        values["note"] = f.text("note", tr("activities", "ghi chú"), max_len=4000)
    enterprise_ids = _enterprise_ids(session, f)
    f.check()
    return values, enterprise_ids


def _set_enterprises(session: Session, activity: Activity, ids: list[int]) -> tuple[list[int], list[int]]:
    old = enterprise_ids(session, activity.id)
    if old != sorted(ids):
        session.execute(delete(ActivityEnterprise).where(ActivityEnterprise.activity_id == activity.id))
        if ids:
            session.execute(ActivityEnterprise.__table__.insert(),
                            [{"activity_id": activity.id, "enterprise_id": i} for i in ids])
    return old, sorted(ids)


def enterprise_ids(session: Session, activity_id: int) -> list[int]:
    return sorted(session.scalars(select(ActivityEnterprise.enterprise_id).where(ActivityEnterprise.activity_id == activity_id)))


def get_activity(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise InputError(tr("activities", "Không tìm thấy hoạt động số {id}; có thể nó đã bị xóa.").format(id=activity_id),
                         hint=tr("activities", "Tải lại danh sách hoạt động."))
    return activity


def create_activity(session: Session, data: Mapping[str, Any]) -> Activity:
    values, ids = _read(session, data, partial=False)
    activity = Activity(**values)
    session.add(activity)
    session.flush()
    if ids:
        _set_enterprises(session, activity, ids)
    record_changes(session, "activity", activity.uuid, "create",
                   [(k, None, v) for k, v in values.items() if v is not None] + ([("enterprises", None, ids)] if ids else []))
    session.flush()
    return activity


def update_activity(session: Session, activity_id: int, data: Mapping[str, Any]) -> list[str]:
    """Change the fields present in ``data``; the names of the fields that changed."""
    activity = get_activity(session, activity_id)
    values, ids = _read(session, data, partial=True)
    changed = apply_fields(activity, values)
    if ids is not None:
        old, new = _set_enterprises(session, activity, ids)
        if old != new:
            changed.append(("enterprises", old, new))
    if changed:
        record_changes(session, "activity", activity.uuid, "update", changed)
    session.flush()
    return [c[0] for c in changed]


def delete_activity(session: Session, activity_id: int) -> None:
    activity = get_activity(session, activity_id)
    session.execute(delete(ActivityEnterprise).where(ActivityEnterprise.activity_id == activity.id))
    record_changes(session, "activity", activity.uuid, "delete", [(None, activity.title, None)])
    session.delete(activity)
    session.flush()


def list_activities(session: Session, *, kind: str | None = None, plan_code: str | None = None,
                    date_from: date | None = None, date_to: date | None = None) -> list[ActivityRow]:
    """Activities, newest first, with their enterprises and plan code."""
    q = select(Activity, Plan.code).outerjoin(Plan, Plan.id == Activity.plan_id)
    if kind:
        q = q.where(Activity.kind == kind)
    if plan_code:
        q = q.where(func.lower(Plan.code) == clean(plan_code).lower())
    if date_from:
        q = q.where(Activity.held_on >= date_from)
    if date_to:
        q = q.where(Activity.held_on <= date_to)
    rows = session.execute(q.order_by(Activity.held_on.desc(), Activity.id.desc())).all()
    links: dict[int, list[int]] = {}
    ids = [a.id for a, _ in rows]
    for i in range(0, len(ids), 5000):
        for aid, eid in session.execute(
            select(ActivityEnterprise.activity_id, ActivityEnterprise.enterprise_id)
            .where(ActivityEnterprise.activity_id.in_(ids[i:i + 5000])).order_by(ActivityEnterprise.enterprise_id)
        ):
            links.setdefault(aid, []).append(eid)
    return [ActivityRow(a, links.get(a.id, []), code) for a, code in rows]
