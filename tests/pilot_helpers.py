"""Small builders shared by the pilot-project, support, measurement and summary tests."""

from __future__ import annotations

from nsdesk.models import Enterprise
from nsdesk.services.pilots import measurements, supports

DAK_CAM = "23284"  # Phường Đăk Cấm, Quảng Ngãi
CAM_THANH = "21025"  # Phường Cẩm Thành, Quảng Ngãi


def make_enterprise(session, tax_code: str, *, name: str | None = None, commune_code: str = DAK_CAM,
                    sector_code: str | None = "10", kind: str = "llc") -> Enterprise:
    ent = Enterprise(name=name or f"Công ty TNHH Thử nghiệm {tax_code}", tax_code=tax_code, kind=kind,
                     province_code="51", commune_code=commune_code, sector_code=sector_code, size_class="small")
    session.add(ent)
    session.flush()
    return ent


def registered(db, n: int, name: str = "Công ty TNHH Số {i}") -> list[str]:
    """``n`` enterprises in the register (names numbered from 1); their tax codes."""
    from fixtures.register_files import codes

    c = codes(n)
    with db.sessions.begin() as s:
        for i, code in enumerate(c):
            make_enterprise(s, code, name=name.format(i=i + 1))
    return c


def make_support(session, enterprise: Enterprise, /, **fields):
    data = {"enterprise": enterprise.tax_code, "types": ["system_tool"], "tools": ["LEAN"], "status": "completed",
            "start_date": "2024-01-10", "end_date": "2024-06-30"}
    data.update(fields)
    return supports.create_support(session, data)


def measure(session, *, metric: str, phase: str, value, on: str | None, support=None, enterprise=None):
    data = {"metric": metric, "phase": phase, "value": value, "measured_on": on}
    if support is not None:
        data["support"] = support.uuid
    if enterprise is not None:
        data["enterprise"] = enterprise.tax_code
    return measurements.add_measurement(session, data)
