"""Helpers (no tests here): ward databases built through the app's own services, and their packages."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

from nsdesk.db import Database, open_database
from nsdesk.reports.submission import write_submission
from nsdesk.services.common import office
from nsdesk.services.pilots import measurements, supports
from nsdesk.services.plans import plans, targets
from nsdesk.services.register import enterprises
from nsdesk.services.register.taxcode import make_code
from nsdesk.services.reporting.periods import Period, custom

PLAN = "QN-138"
TEMPLATE = "QN-138-2025"
PERIOD = custom(date(2025, 1, 1), date(2025, 12, 31))
DAK_CAM = "23284"  # Phường Đăk Cấm
CAM_THANH = "21025"  # Phường Cẩm Thành


def tax(n: int) -> str:
    code = make_code(f"{4000000 + n:09d}")
    assert code is not None
    return code


def new_database(backend: str, tmp_path: Path, request, templates: Callable[[str], str], name: str) -> Database:
    """A fresh prepared database (reference data loaded) on the test's backend."""
    template = templates(backend)
    if backend == "sqlite":
        path = tmp_path / f"{name}.sqlite"
        shutil.copyfile(template, path)
        return open_database(f"sqlite:///{path}")
    from conftest import _pg_url_for

    return open_database(_pg_url_for(request.getfixturevalue("_pg").new(template=template)))


@contextmanager
def tx(db: Database) -> Iterator:
    with db.sessions.begin() as s:
        yield s


def setup_office(db: Database, commune: str | None, officer: str = "Cán bộ phường") -> None:
    with tx(db) as s:
        office.set_office(s, province="51", commune=commune, officer=officer)
        plans.create_from_template(s, TEMPLATE, PLAN)


def add_enterprise(db: Database, n: int, commune: str, **fields) -> str:
    with tx(db) as s:
        data = {"name": f"Công ty TNHH Năng Suất Số {n}", "tax_code": tax(n), "kind": "llc", "commune_code": commune,
                "province_code": "51", "employees": 20 + n}
        data.update(fields)
        return enterprises.create(s, data).uuid


def add_support(db: Database, n: int, start: str, status: str = "completed", tools: tuple[str, ...] = ("LEAN",)) -> str:
    with tx(db) as s:
        return supports.create_support(s, {"enterprise": tax(n), "types": ["system_tool"], "tools": list(tools),
                                           "status": status, "start_date": start}).uuid


def add_measurement(db: Database, support_uuid: str, phase: str, value: float, on: str) -> str:
    with tx(db) as s:
        return measurements.add_measurement(s, {"support": support_uuid, "metric": "value_added",
                                                "phase": phase, "value": value, "measured_on": on}).uuid


def export(db: Database, path: Path, period: Period = PERIOD) -> Path:
    with db.sessions() as s:
        write_submission(s, PLAN, period, path)
    return path


def province_targets(db: Database) -> None:
    with tx(db) as s:
        targets.create_target(s, PLAN, {"code": "DN-X", "title": "Doanh nghiệp được hỗ trợ", "kind": "distinct_enterprises",
                                        "milestone": 2030, "comparator": "at_least", "min": 10})
        targets.create_target(s, PLAN, {"code": "LUOT-X", "title": "Lượt hỗ trợ", "kind": "supports",
                                        "milestone": 2030, "comparator": "at_least", "min": 10})
