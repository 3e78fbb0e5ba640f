"""Helpers (no tests here): small hand-built plans, enterprises and supports for the progress tests."""

from __future__ import annotations

from datetime import date
from itertools import count

from sqlalchemy import select

from nsdesk.models import (
    Activity,
    Enterprise,
    PilotProject,
    Plan,
    PlanTerritoryUnit,
    Support,
    SupportTool,
    SupportType,
    Target,
    Tool,
)

DAK_CAM = "23284"  # Phường Đăk Cấm, Quảng Ngãi (51)
OTHER_QN = "21025"  # another commune of Quảng Ngãi
TAN_LAP = "24121"  # Phường Tân Lập, Đắk Lắk (66)

_seq = count(1)


def plan(s, code="P1", start=2025, end=2030, units=(DAK_CAM,), territory=DAK_CAM, level="commune", parent=None) -> Plan:
    p = Plan(code=code, title=f"Kế hoạch {code}", level=level, territory_code=territory, start_year=start,
             end_year=end, parent_id=parent.id if parent else None)
    s.add(p)
    s.flush()
    for u in units:
        s.add(PlanTerritoryUnit(plan_id=p.id, unit_code=u))
    s.flush()
    return p


def target(s, p: Plan, code, kind="distinct_enterprises", milestone=2030, comparator="at_least", min=1, max=None,
           tolerance=None, window="plan_start", rule=None) -> Target:
    t = Target(plan_id=p.id, code=code, title=f"Chỉ tiêu {code}", kind=kind, milestone=milestone,
               comparator=comparator, min_value=min, max_value=max, tolerance=tolerance, window=window,
               rule=rule or {}, sort_order=next(_seq))
    s.add(t)
    s.flush()
    return t


def enterprise(s, name=None, commune=DAK_CAM, size="small", kind="llc", province=None) -> Enterprise:
    n = next(_seq)
    e = Enterprise(name=name or f"Công ty TNHH Số {n}", tax_code=f"{n:010d}", kind=kind, size_class=size,
                   commune_code=commune, province_code=province or ("51" if commune and commune != TAN_LAP else "66"))
    s.add(e)
    s.flush()
    return e


def support(s, e: Enterprise, start: date | None, status="completed", types=("system_tool",), tools=(), project=None,
            end: date | None = None) -> Support:
    sup = Support(enterprise_id=e.id, start_date=start, end_date=end, status=status,
                  project_id=project.id if project else None)
    s.add(sup)
    s.flush()
    for t in types:
        s.add(SupportType(support_id=sup.id, type=t))
    for code in tools:
        tool_id = s.scalar(select(Tool.id).where(Tool.code == code))
        s.add(SupportTool(support_id=sup.id, tool_id=tool_id))
    s.flush()
    return sup


def project(s, code="PRJ-1", status="in_progress", p: Plan | None = None) -> PilotProject:
    pr = PilotProject(code=code, name=f"Dự án {code}", status=status, plan_id=p.id if p else None)
    s.add(pr)
    s.flush()
    return pr


def activity(s, kind, held_on, title=None, commune=DAK_CAM, quantity=None, unit=None, p: Plan | None = None) -> Activity:
    a = Activity(kind=kind, title=title or f"Hoạt động {next(_seq)}", held_on=held_on, commune_code=commune,
                 quantity=quantity, unit_in_charge=unit, plan_id=p.id if p else None)
    s.add(a)
    s.flush()
    return a
