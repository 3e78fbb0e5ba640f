"""Demo pilot projects, supports (lượt), certificates and before/after measurements.

Called at the end of :func:`nsdesk.services.demo.generate.generate` with its random generator, so the
data set is deterministic for a seed (dates are offsets from today, so certificates expiring
"within 90 days" stay so whenever the demo is made). About one lượt per ten enterprises, some
enterprises supported two or three times, some lượt cancelled, planned or in progress; 3–8
projects (code ``DEMO-…``); certificates; measurements improving and some getting worse, a few
implausible (flagged) ones. Everything is written with Core executemany inserts.

The demo plans are made after the pilots; :func:`link_projects_to_plan`, called once they exist,
puts the demo projects (those without a plan) under the office's own plan.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Delete, Select, delete, select, update
from sqlalchemy.orm import Session

from nsdesk.models import (
    Change,
    Enterprise,
    Measurement,
    Metric,
    PilotProject,
    Plan,
    Support,
    SupportTool,
    SupportType,
    Tool,
    utcnow,
)
from nsdesk.services.pilots.measurements import flag_reasons

DEMO_PROJECT_PREFIX = "DEMO-"

_PROJECTS = [
    ("Mô hình điểm áp dụng Lean và 5S trong doanh nghiệp chế biến thực phẩm", ["LEAN", "5S", "KAIZEN"]),
    ("Dự án điểm áp dụng ISO 9001 và KPI cho doanh nghiệp nhỏ và vừa", ["ISO9001", "KPI", "BSC"]),
    ("Mô hình năng suất xanh trong sản xuất, chế biến nông sản", ["GREEN_PRODUCTIVITY", "CLEANER_PRODUCTION", "VIETGAP"]),
    ("Dự án chuyển đổi số và truy xuất nguồn gốc cho hợp tác xã", ["DIGITAL_TRANSFORMATION", "TRACEABILITY", "ERP"]),
    ("Mô hình cải tiến Kaizen – TPM tại doanh nghiệp cơ khí", ["KAIZEN", "TPM", "5S"]),
    ("Dự án hỗ trợ đăng ký bảo hộ nhãn hiệu, chỉ dẫn địa lý cho sản phẩm địa phương",
     ["IP_TRADEMARK", "IP_GEOGRAPHICAL_INDICATION"]),
    ("Mô hình điểm áp dụng HACCP, ISO 22000 cho cơ sở chế biến thủy sản", ["HACCP", "ISO22000", "GMP"]),
    ("Dự án đổi mới công nghệ, sản xuất thông minh", ["TECH_INNOVATION", "SMART_MANUFACTURING", "MES"]),
]
_LEADS = ["Sở Khoa học và Công nghệ", "UBND phường Đăk Cấm", "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
          "Chi cục Tiêu chuẩn Đo lường Chất lượng (cũ)", "Sở Công Thương"]
_PROVIDERS = ["Viện Năng suất Việt Nam", "Trung tâm Hỗ trợ phát triển doanh nghiệp", "Công ty Tư vấn Năng suất Miền Trung",
              "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 2"]
_BODIES = ["Trung tâm Chứng nhận Phù hợp (QUACERT)", "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng 3 (QUATEST 3)",
           "Công ty Cổ phần Chứng nhận và Giám định Vinacert", "Bureau Veritas Việt Nam", "TQC CGLOBAL"]
# Metrics each tool category is measured by, besides value added and workers.
_CATEGORY_METRICS = {
    "productivity_tool": ["defect_rate", "lead_time", "cycle_time", "oee", "improvement_suggestions"],
    "management_system": ["defect_rate", "customer_complaints", "customer_satisfaction"],
    "good_practice": ["defect_rate", "revenue", "scrap_rate"],
    "green": ["energy_per_unit", "water_per_unit", "scrap_rate"],
    "technology_digital": ["lead_time", "inventory_days", "on_time_delivery"],
    "ip": ["revenue"],
}
_BASE_RANGES = {
    "defect_rate": (1.0, 8.0), "scrap_rate": (2.0, 12.0), "lead_time": (5.0, 30.0), "cycle_time": (2.0, 60.0),
    "oee": (40.0, 75.0), "customer_complaints": (2, 40), "customer_satisfaction": (60.0, 88.0),
    "energy_per_unit": (0.5, 5.0), "water_per_unit": (0.01, 0.5), "inventory_days": (10.0, 60.0),
    "on_time_delivery": (60.0, 92.0), "improvement_suggestions": (0, 15),
}


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _types_for(rng: random.Random, category: str, code: str) -> list[str]:
    if category == "ip":
        return ["ip"]
    if category == "technology_digital":
        if code == "PRODUCT_CERTIFICATION":
            return ["certification"]
        return ["digital"] if code in ("DIGITAL_TRANSFORMATION", "ERP", "MES", "TRACEABILITY") else ["technology"]
    types = ["system_tool"]
    if category in ("management_system", "good_practice") and rng.random() < 0.7:
        types.append("certification")
    if rng.random() < 0.35:
        types.append("training")
    if rng.random() < 0.3:
        types.append("consulting")
    return types


#: A delete of demo rows, given the select of demo enterprise ids.
DemoDelete = Callable[[Select[int]], Delete]


def _round(metric: Metric, value: float) -> float:
    value = round(value, metric.decimals)
    return int(value) if metric.decimals == 0 else value


def generate_pilots(session: Session, rng: random.Random,
                    progress: Callable[[int, int], None] | None = None) -> dict[str, Any]:
    """Add demo projects, lượt, certificates and measurements for the demo enterprises."""
    from nsdesk.services.demo.generate import DEMO_MARK

    today = date.today()
    now = utcnow()
    ents = session.execute(
        select(Enterprise.id, Enterprise.employees, Enterprise.revenue)
        .where(Enterprise.registered_by == DEMO_MARK, Enterprise.archived.is_(False)).order_by(Enterprise.id)
    ).all()
    n = len(ents)
    result = {"pilot_projects": 0, "supports": 0, "measurements": 0}
    if n == 0:
        return result
    tools = {t.code: t for t in session.scalars(select(Tool).where(Tool.retired.is_(False)))}
    metrics = {m.code: m for m in session.scalars(select(Metric))}

    # --- projects ------------------------------------------------------------------------------
    n_projects = min(len(_PROJECTS), 3 + n // 20000)
    project_rows: list[dict[str, Any]] = []
    for i, (name, _focus) in enumerate(_PROJECTS[:n_projects]):
        start = today - timedelta(days=rng.randint(120, 1300))
        status = rng.choice(["approved", "in_progress", "in_progress", "completed"]) if i else "in_progress"
        project_rows.append({
            "uuid": _uuid(rng), "created_at": now, "modified_at": now, "code": f"{DEMO_PROJECT_PREFIX}DA-{i + 1:02d}",
            "name": name, "plan_id": None, "lead_unit": rng.choice(_LEADS),
            "partner_units": "Hiệp hội Doanh nghiệp tỉnh; Liên minh Hợp tác xã tỉnh",
            "provider": rng.choice(_PROVIDERS), "start_date": start,
            "end_date": start + timedelta(days=rng.randint(365, 900)), "status": status,
            "funding_state": float(rng.randrange(200, 1500, 10)), "funding_enterprise": float(rng.randrange(50, 800, 10)),
            "funding_other": float(rng.randrange(0, 200, 10)) if rng.random() < 0.4 else None,
            "description": "Dữ liệu mẫu (demo): mô hình điểm cải tiến năng suất.", "evidence_paths": [],
            "archived": False,
        })
    session.execute(PilotProject.__table__.insert(), project_rows)
    project_ids = dict(session.execute(select(PilotProject.code, PilotProject.id)
                                       .where(PilotProject.code.like(f"{DEMO_PROJECT_PREFIX}%"))).all())
    projects = [(project_ids[r["code"]], _PROJECTS[i][1]) for i, r in enumerate(project_rows)]

    # --- which enterprises get how many lượt ---------------------------------------------------
    n_supports = max(n // 10, min(n, 20))
    distinct = max(1, min(n, round(n_supports * 0.8)))
    chosen = rng.sample(range(n), distinct)
    slots = list(chosen)
    repeaters = chosen[: max(1, distinct // 5)]
    while len(slots) < n_supports:
        slots.append(rng.choice(repeaters))
    tool_codes = sorted(tools)

    supports, links_types, links_tools, plans = [], [], [], []
    cert_seq = 0
    for k, idx in enumerate(slots):
        eid, employees, revenue = ents[idx]
        project = rng.choice(projects) if rng.random() < 0.55 else None
        main = rng.choice([c for c in project[1] if c in tools] or tool_codes) if project else rng.choice(tool_codes)
        picked = [main]
        if rng.random() < 0.3:
            extra = rng.choice(tool_codes)
            if extra not in picked:
                picked.append(extra)
        types = _types_for(rng, tools[main].category, main)
        start = today - timedelta(days=rng.randint(-120, 1400))
        end = start + timedelta(days=rng.randint(60, 330))
        roll = rng.random()
        if roll < 0.08 or k == 0:
            status = "cancelled"
        elif start > today:
            status = "planned"
        elif end > today:
            status = "in_progress"
        else:
            status = "completed"
        cert: dict[str, Any] = {"cert_number": None, "cert_body": None, "cert_issued": None, "cert_expires": None}
        if "certification" in types and status == "completed":
            cert_seq += 1
            issued = end + timedelta(days=rng.randint(5, 40))
            expires = issued + timedelta(days=3 * 365)
            if cert_seq <= 2 or rng.random() < 0.2:  # due for renewal soon
                expires = today + timedelta(days=rng.randint(3, 88))
                issued = expires - timedelta(days=3 * 365)
            if issued <= today:
                cert = {"cert_number": f"{rng.randint(1000, 9999)}/{issued.year}/CN-{main}",
                        "cert_body": rng.choice(_BODIES), "cert_issued": issued, "cert_expires": expires}
        suid = _uuid(rng)
        supports.append({
            "uuid": suid, "created_at": now, "modified_at": now, "enterprise_id": eid,
            "project_id": project[0] if project else None, "start_date": start,
            "end_date": None if status == "cancelled" and rng.random() < 0.5 else end, "status": status,
            "funding_state": float(rng.randrange(10, 300, 5)), "funding_enterprise": float(rng.randrange(0, 200, 5)),
            "funding_other": float(rng.randrange(5, 50, 5)) if rng.random() < 0.15 else None,
            **cert, "note": "Đã dừng theo đề nghị của doanh nghiệp." if status == "cancelled" else None,
        })
        links_types.append((suid, types))
        links_tools.append((suid, [tools[c].id for c in picked]))
        plans.append((suid, eid, status, start, end, tools[main].category, employees, revenue))

    for i in range(0, len(supports), 5000):
        session.execute(Support.__table__.insert(), supports[i:i + 5000])
    ids = dict(session.execute(select(Support.uuid, Support.id)).all())
    session.execute(SupportType.__table__.insert(),
                    [{"support_id": ids[u], "type": t} for u, ts in links_types for t in ts])
    session.execute(SupportTool.__table__.insert(),
                    [{"support_id": ids[u], "tool_id": t} for u, ts in links_tools for t in ts])

    # --- measurements --------------------------------------------------------------------------
    computed = [m for m in metrics.values() if len((m.computed_from or "").split()) == 2]
    computed_sources = {
        m.code: "Tính tự động: {} ÷ {}".format(*(metrics[p].name for p in (m.computed_from or "").split()))
        for m in computed
    }
    rows = []
    for suid, eid, status, start, end, category, employees, revenue in plans:
        if status == "planned" or (status == "cancelled" and rng.random() < 0.7):
            continue
        before_on = start - timedelta(days=rng.randint(0, 30))
        after_on = end + timedelta(days=rng.randint(15, 90))
        has_after = status == "completed" and after_on <= today
        chosen_metrics = rng.sample(_CATEGORY_METRICS[category], k=min(2, len(_CATEGORY_METRICS[category])))
        values: dict[str, tuple[float, float]] = {}
        if rng.random() < 0.85:
            workers_b = max(2, employees or 5)
            va_b = round(max(50.0, (revenue or 500.0) * rng.uniform(0.15, 0.35)), 1)
            workers_a = max(1, round(workers_b * rng.uniform(0.9, 1.12)))
            va_a = round(va_b * rng.uniform(0.93, 1.35), 1)
            values["value_added"] = (va_b, va_a)
            values["workers"] = (workers_b, workers_a)
        for code in chosen_metrics:
            m = metrics[code]
            if code == "revenue":
                base = round(max(100.0, revenue or 800.0), 1)
            else:
                lo, hi = _BASE_RANGES[code]
                base = rng.randint(lo, hi) if isinstance(lo, int) and isinstance(hi, int) else rng.uniform(lo, hi)
            effect = rng.uniform(0.03, 0.35) if rng.random() < 0.78 else -rng.uniform(0.02, 0.15)
            after = base * (1 + effect) if m.higher_is_better else base * (1 - effect)
            if rng.random() < 0.03:
                after = base * 12  # an entry error the officer must review
            if m.max_value is not None:
                after = min(after, m.max_value - 0.5)
            values[code] = (_round(m, base), _round(m, after))
        for derived in computed:  # as measurements.add_measurement would: first input ÷ second
            top, bottom = (derived.computed_from or "").split()
            if top in values and bottom in values:
                (t_b, t_a), (b_b, b_a) = values[top], values[bottom]
                values[derived.code] = (t_b / b_b, t_a / b_a)
        for code, (b, a) in values.items():
            m = metrics[code]
            source = computed_sources.get(code)
            for phase, value, on in (("before", b, before_on), ("after", a, after_on)):
                if phase == "after" and not has_after:
                    continue
                reasons = flag_reasons(m, phase, float(value), on, (float(b), before_on) if phase == "after" else None)
                rows.append({
                    "uuid": _uuid(rng), "created_at": now, "modified_at": now, "enterprise_id": eid,
                    "support_id": ids[suid], "metric_id": m.id, "phase": phase, "value": float(value),
                    "measured_on": on, "period": str(on.year), "source": source or "Phiếu khảo sát doanh nghiệp (demo)",
                    "flagged": bool(reasons), "flag_reason": " ".join(reasons) or None,
                })
    for i in range(0, len(rows), 5000):
        session.execute(Measurement.__table__.insert(), rows[i:i + 5000])
    result.update(pilot_projects=len(project_rows), supports=len(supports), measurements=len(rows),
                  certificates=sum(1 for s in supports if s["cert_number"]))
    return result


def office_plan(session: Session) -> Plan | None:
    """The plan pilot projects of this office belong to: the plan of the office's commune/ward, else
    of its province, else the most local plan there is (commune before province before national)."""
    from nsdesk.services.common.office import get_office

    office = get_office(session)
    found = list(session.scalars(select(Plan).where(Plan.is_template.is_(False)).order_by(Plan.code)))
    depth = {level: i for i, level in enumerate(("commune", "district", "province", "national"))}

    def rank(p: Plan) -> tuple[int, int]:
        own = 0 if office.commune_code and p.territory_code == office.commune_code else \
            1 if office.province_code and p.territory_code == office.province_code else 2
        return own, depth.get(p.level, 9)

    return min(found, key=rank, default=None)


def link_projects_to_plan(session: Session) -> str | None:
    """Give the demo projects that have no plan the office's plan (:func:`office_plan`); its code."""
    plan = office_plan(session)
    if plan is None:
        return None
    session.execute(update(PilotProject).where(PilotProject.code.like(f"{DEMO_PROJECT_PREFIX}%"),
                                               PilotProject.plan_id.is_(None)).values(plan_id=plan.id))
    return plan.code


def deletes_before() -> list[DemoDelete]:
    """Deletes of rows hanging off demo enterprises' supports (run before the supports go).

    Each takes the select of demo enterprise ids, like the others in ``demo._dependent_deletes``.
    """

    def sup_ids(ids: Select[int]) -> Select[int]:
        return select(Support.id).where(Support.enterprise_id.in_(ids))

    return [
        lambda ids: delete(Change).where(
            Change.entity_uuid.in_(select(Support.uuid).where(Support.enterprise_id.in_(ids)))),
        lambda ids: delete(Change).where(
            Change.entity_uuid.in_(select(Measurement.uuid).where(Measurement.enterprise_id.in_(ids)))),
        lambda ids: delete(Measurement).where(Measurement.support_id.in_(sup_ids(ids))),
        lambda ids: delete(SupportType).where(SupportType.support_id.in_(sup_ids(ids))),
        lambda ids: delete(SupportTool).where(SupportTool.support_id.in_(sup_ids(ids))),
    ]


def deletes_after() -> list[DemoDelete]:
    """Demo projects no remaining support points at, and their history (after the supports go)."""

    def demo_projects() -> tuple[ColumnElement[bool], ColumnElement[bool]]:
        used = select(Support.project_id).where(Support.project_id.is_not(None))
        return (PilotProject.code.like(f"{DEMO_PROJECT_PREFIX}%"), PilotProject.id.not_in(used))

    return [
        lambda ids: delete(Change).where(Change.entity_uuid.in_(select(PilotProject.uuid).where(*demo_projects()))),
        lambda ids: delete(PilotProject).where(*demo_projects()),
    ]
