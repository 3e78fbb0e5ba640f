"""Reference data loaded by ``init``: administrative units, VSIC 2018, tools, metrics.

Loading is idempotent: rows are matched by their codes; what a user edited in the tool or
metric catalogue (names, retirement) is never overwritten, and nothing is deleted.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.models import AdminUnit, Metric, Sector, Tool
from nsdesk.services.common.admin_units import reading_key
from nsdesk.services.common.text import clean, fold


def _load_json(name: str) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = json.loads(files("nsdesk.resources").joinpath("reference", name).read_text(encoding="utf-8"))
    return rows


@lru_cache(maxsize=1)
def official_units() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Provinces and communes after the July 2025 reorganisation, from ``vietnam-provinces``."""
    from vietnam_provinces import Province, Ward

    provinces = [
        {
            "code": f"{int(p.code):02d}",
            "name": clean(p.name),  # the package has a few double spaces ("Phường  Tân Lập")
            "division_type": p.division_type.value,
        }
        for p in Province.iter_all()
    ]
    communes = [
        {
            "code": f"{int(w.code):05d}",
            "name": clean(w.name),
            "division_type": w.division_type.value,
            "province_code": f"{int(w.province_code):02d}",
        }
        for w in Ward.iter_all()
    ]
    provinces.sort(key=lambda u: u["code"])
    communes.sort(key=lambda u: u["code"])
    return provinces, communes


def load_admin_units(session: Session) -> int:
    provinces, communes = official_units()
    existing = set(session.scalars(select(AdminUnit.code)))
    rows = [
        {**p, "level": "province", "province_code": None, "name_folded": fold(p["name"]),
         "name_sort": reading_key(p["name"]), "is_current": True}
        for p in provinces
    ] + [{**c, "level": "commune", "name_folded": fold(c["name"]), "name_sort": reading_key(c["name"]),
          "is_current": True} for c in communes]
    new = [r for r in rows if r["code"] not in existing]
    if new:
        session.execute(AdminUnit.__table__.insert(), new)
    return len(new)


def load_sectors(session: Session) -> int:
    existing = set(session.scalars(select(Sector.code)))
    items = _load_json("vsic2018.json")
    groups = {i["code"]: i.get("group") for i in items if i["level"] == "section"}
    new = [
        {
            "code": i["code"],
            "level": i["level"],
            "name": i["name_vi"],
            "name_en": i.get("name_en"),
            "parent_code": i.get("parent"),
            "size_group": i.get("group") or groups[i["parent"]],
        }
        for i in items
        if i["code"] not in existing
    ]
    # Sections before divisions so the parent key exists.
    new.sort(key=lambda r: r["level"] != "section")
    if new:
        session.execute(Sector.__table__.insert(), new)
    return len(new)


def load_tools(session: Session) -> int:
    existing = set(session.scalars(select(Tool.code)))
    added = 0
    for i in _load_json("tools.json"):
        if i["code"] in existing:
            continue
        session.add(
            Tool(code=i["code"], name=i["name_vi"], name_en=i.get("name_en"), category=i["category"],
                 description=i.get("description"), builtin=True)
        )
        added += 1
    return added


def load_metrics(session: Session) -> int:
    existing = set(session.scalars(select(Metric.code)))
    added = 0
    for i in _load_json("metrics.json"):
        if i["code"] in existing:
            continue
        session.add(
            Metric(
                code=i["code"], name=i["name_vi"], name_en=i.get("name_en"), unit=i["unit"],
                decimals=i.get("decimals", 1), higher_is_better=i["higher_is_better"],
                min_value=i.get("min_value"), max_value=i.get("max_value"),
                computed_from=" ".join(i["computed_from"]) if i.get("computed_from") else None,
                builtin=True,
            )
        )
        added += 1
    return added


def load_all(session: Session) -> dict[str, int]:
    """Insert whatever reference rows are missing. Returns how many were added per kind."""
    return {
        "admin_units": load_admin_units(session),
        "sectors": load_sectors(session),
        "tools": load_tools(session),
        "metrics": load_metrics(session),
    }
