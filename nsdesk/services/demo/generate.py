"""A realistic, deterministic demo data set (``nsdesk demo``).

Demo records are marked (``registered_by`` = DEMO_MARK) so a later run replaces them, and the
command refuses to mix demo data into a register that holds real enterprises.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session
from stdnum.vn import mst

from nsdesk.errors import InputError
from nsdesk.i18n import tr
from nsdesk.models import AdminUnit, Change, Enterprise, Sector, name_order, utcnow
from nsdesk.services.common import admin_units
from nsdesk.services.common.office import get_office
from nsdesk.services.common.text import fold, sort_key
from nsdesk.services.demo import plans as demo_plans
from nsdesk.services.register.importing.fields import search_text
from nsdesk.services.register.sizing import sector_group, size_class

if TYPE_CHECKING:
    from nsdesk.services.demo.pilots import DemoDelete

DEMO_MARK = "Dữ liệu mẫu (demo)"
Progress = Callable[[int, int], None]

_KIND_WEIGHTS = (
    ("llc", 46), ("jsc", 14), ("private", 8), ("cooperative", 8), ("coop_group", 2),
    ("household", 18), ("branch", 4),
)
_KIND_PREFIX = {
    "llc": "Công ty TNHH", "jsc": "Công ty Cổ phần", "private": "Doanh nghiệp tư nhân",
    "cooperative": "Hợp tác xã", "coop_group": "Tổ hợp tác", "household": "Hộ kinh doanh",
    "branch": "Chi nhánh Công ty TNHH",
}
_TRADES = {
    "A": ["Nông nghiệp", "Thủy sản", "Lâm sản", "Nông sản sạch", "Cà phê", "Hồ tiêu", "Chăn nuôi"],
    "C": ["Chế biến Thực phẩm", "Cơ khí", "Dệt may", "Gỗ", "Bao bì", "Nhựa", "Chế biến Nông sản",
          "Đồ uống", "Vật liệu Xây dựng", "Nước mắm"],
    "F": ["Xây dựng", "Xây lắp", "Công trình Giao thông"],
    "G": ["Thương mại", "Thương mại Dịch vụ", "Xuất nhập khẩu", "Vật tư Nông nghiệp"],
    "H": ["Vận tải", "Logistics"],
    "I": ["Du lịch", "Nhà hàng", "Khách sạn"],
    "J": ["Công nghệ Thông tin", "Phần mềm", "Truyền thông"],
    "M": ["Tư vấn", "Thiết kế", "Kỹ thuật"],
}
_SECTOR_DIVISIONS = {
    "A": ["01", "02", "03"], "C": ["10", "11", "13", "14", "16", "22", "23", "25"], "F": ["41", "42", "43"],
    "G": ["46", "47"], "H": ["49", "52"], "I": ["55", "56"], "J": ["58", "62", "63"], "M": ["70", "71", "74"],
}
_SECTOR_WEIGHTS = (("A", 16), ("C", 26), ("F", 12), ("G", 24), ("H", 5), ("I", 8), ("J", 4), ("M", 5))
_NAME_WORDS = [
    "An Phát", "Minh Long", "Hoàng Gia", "Phú Thịnh", "Thành Công", "Việt Tiến", "Đại Phát", "Tân Tiến",
    "Sao Mai", "Hưng Thịnh", "Trường Sơn", "Bình Minh", "Phương Nam", "Kim Ngân", "Đức Thành",
    "Thiên Phúc", "Nam Việt", "Hải Đăng", "Quang Minh", "Toàn Thắng", "Lộc Phát", "Hòa Bình",
    "Tây Nguyên", "Đông Á", "Mê Kông", "Vạn Xuân", "Ánh Dương", "Đất Việt", "Cửu Long", "Sông Trà",
    "Hồng Phúc", "Thuận Thành", "Gia Bảo", "Trung Kiên", "Nhật Quang", "Khánh An", "Bảo Ngọc",
    "Đăk Lăk Xanh", "Núi Ấn", "Thiên Ấn", "Mỹ Khê", "Sa Huỳnh", "Lý Sơn", "Kon Tum Xanh",
]
_SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Phan", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"]
_MIDDLE = ["Văn", "Thị", "Minh", "Đức", "Thanh", "Ngọc", "Quốc", "Hữu", "Thu", "Xuân"]
_GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Mai", "Nam",
          "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thảo", "Trang", "Tuấn", "Vy", "Yến"]
_STREETS = ["Quang Trung", "Lê Lợi", "Hùng Vương", "Trần Hưng Đạo", "Nguyễn Huệ", "Phan Đình Phùng",
            "Lê Duẩn", "Nguyễn Văn Linh", "Võ Nguyên Giáp", "Hai Bà Trưng", "Bà Triệu", "Điện Biên Phủ"]
_ASSOCIATIONS = ["Hiệp hội Doanh nghiệp tỉnh", "Hội Doanh nhân trẻ", "Liên minh Hợp tác xã tỉnh",
                 "Hội Nữ doanh nhân", "Hiệp hội Chế biến nông sản"]


def _weighted(rng: random.Random, pairs: Sequence[tuple[str, float]]) -> str:
    items = [item for item, _w in pairs]
    return rng.choices(items, weights=[w for _item, w in pairs])[0]


def _tax_codes(rng: random.Random, count: int, prefix: str) -> list[str]:
    """``count`` distinct valid 10-digit tax codes starting with a province-like prefix."""
    base = rng.randrange(1, 10_000_000 - count * 3 - 1)
    codes = []
    for n in rng.sample(range(base, base + count * 3), count * 3):
        body = f"{prefix}{n:07d}"
        code = body + mst.calc_check_digit(body)
        if mst.is_valid(code):  # bodies whose check digit would be "10" have no valid code
            codes.append(code)
            if len(codes) == count:
                break
    return codes


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLE)} {rng.choice(_GIVEN)}"


def clear_demo(session: Session) -> int:
    ids = select(Enterprise.id).where(Enterprise.registered_by == DEMO_MARK)
    uuids = select(Enterprise.uuid).where(Enterprise.registered_by == DEMO_MARK)
    session.execute(delete(Change).where(Change.entity_uuid.in_(uuids)))
    demo_plans.clear(session)  # demo plans, activities, statistics
    for extra in _dependent_deletes():
        session.execute(extra(ids))
    result = session.execute(delete(Enterprise).where(Enterprise.registered_by == DEMO_MARK))
    assert isinstance(result, CursorResult)  # what a DELETE returns
    return result.rowcount


def _dependent_deletes() -> list[DemoDelete]:
    """Deletes of rows that point at demo enterprises (supports, measurements …), newest first."""
    from nsdesk.models import ActivityEnterprise, Measurement, Support
    from nsdesk.services.demo import pilots as demo_pilots

    return [
        *demo_pilots.deletes_before(),
        lambda ids: delete(Measurement).where(Measurement.enterprise_id.in_(ids)),
        lambda ids: delete(ActivityEnterprise).where(ActivityEnterprise.enterprise_id.in_(ids)),
        lambda ids: delete(Support).where(Support.enterprise_id.in_(ids)),
        *demo_pilots.deletes_after(),
    ]


def generate(session: Session, enterprises: int = 3000, seed: int = 36, progress: Progress | None = None) -> dict[str, Any]:
    """Replace the demo data set with ``enterprises`` demo enterprises. Deterministic for a seed."""
    if enterprises < 0:
        raise InputError(tr("demo", "Số doanh nghiệp mẫu phải lớn hơn hoặc bằng 0."))
    real = session.scalar(
        select(func.count()).select_from(Enterprise).where(
            (Enterprise.registered_by.is_(None)) | (Enterprise.registered_by != DEMO_MARK)
        )
    )
    if real:
        raise InputError(
            tr("demo", "Cơ sở dữ liệu này đã có {n} doanh nghiệp thật; không trộn dữ liệu mẫu vào.").format(n=real),
            hint=tr("demo", "Dùng một tệp cơ sở dữ liệu riêng cho dữ liệu mẫu (--db demo.sqlite)."),
        )
    office = get_office(session)
    if not office.province_code:
        raise InputError(
            tr("demo", "Chưa chọn tỉnh/thành phố của đơn vị."),
            hint=tr("demo", "Chạy: nsdesk init --province \"Quảng Ngãi\" trước."),
        )
    rng = random.Random(seed)
    clear_demo(session)
    # Code-point order of names (not reading order) keeps a seed's demo data the same.
    communes = sorted(admin_units.communes(session, office.province_code), key=lambda c: c.name)
    # Favour the office's own commune so a ward plan has data to count.
    weights = [25 if c.code == office.commune_code else 1 for c in communes]
    sectors = {s.code: s for s in session.scalars(select(Sector))}
    province = session.get_one(AdminUnit, office.province_code)
    codes = _tax_codes(rng, enterprises, f"{int(office.province_code) % 100:02d}")
    now = utcnow()
    rows: list[dict[str, Any]] = []
    companies: list[str] = []
    branches: dict[str, int] = {}
    chunk = 5000
    done = 0
    for i in range(enterprises):
        kind = _weighted(rng, _KIND_WEIGHTS)
        section = _weighted(rng, _SECTOR_WEIGHTS)
        if kind in ("cooperative", "coop_group"):
            section = rng.choice(["A", "A", "C", "G"])
        division = rng.choice(_SECTOR_DIVISIONS[section])
        trade = rng.choice(_TRADES[section])
        if kind == "household":
            name = f"{_KIND_PREFIX[kind]} {_person(rng)}"
        elif kind in ("cooperative", "coop_group"):
            name = f"{_KIND_PREFIX[kind]} {trade} {rng.choice(_NAME_WORDS)}"
        else:
            name = f"{_KIND_PREFIX[kind]} {trade} {rng.choice(_NAME_WORDS)}"
        commune = rng.choices(communes, weights=weights)[0]
        size_roll = rng.random()
        if kind == "household":
            employees = rng.randint(1, 9)
        elif size_roll < 0.62:
            employees = rng.randint(1, 10)
        elif size_roll < 0.90:
            employees = rng.randint(11, 90)
        elif size_roll < 0.97:
            employees = rng.randint(91, 200)
        else:
            employees = rng.randint(201, 2500)
        revenue = round(employees * rng.uniform(150, 2200), 1)
        capital = round(revenue * rng.uniform(0.2, 1.4), 1)
        group = sector_group(section)
        address = f"{rng.randint(1, 450)} {rng.choice(_STREETS)}, {commune.name}, {province.name}"
        tax_code = codes[i]
        if kind == "branch" and companies:
            # A branch carries its parent company's code with a three-digit branch number.
            parent = rng.choice(companies)
            branches[parent] = branches.get(parent, 0) + 1
            tax_code = f"{parent}-{branches[parent]:03d}"
        elif kind in ("llc", "jsc"):
            companies.append(tax_code)
        rows.append(
            {
                "uuid": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "created_at": now, "modified_at": now,
                "tax_code": tax_code, "name": name, "kind": kind,
                "sector_code": division if division in sectors else section,
                "province_code": province.code, "commune_code": commune.code,
                "address": address, "representative": _person(rng),
                "phone": f"0{rng.choice([2, 3, 7, 8, 9])}{rng.randint(10_000_000, 99_999_999)}",
                "email": f"lienhe{i + 1}@{fold(rng.choice(_NAME_WORDS)).replace(' ', '')}.vn",
                "founded_year": rng.randint(1995, 2025),
                "association": rng.choice(_ASSOCIATIONS) if rng.random() < 0.35 else None,
                "registered_by": DEMO_MARK,
                "employees": employees, "revenue": revenue, "capital": capital,
                "size_class": size_class(kind, group, employees, revenue, capital),
                "note": None, "archived": rng.random() < 0.01,
                "name_folded": fold(name), "name_sort": sort_key(name),
                "search_folded": search_text(name, tax_code, address, commune.name),
            }
        )
    name_order.place(session, rows)
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        session.execute(Enterprise.__table__.insert(), part)
        done += len(part)
        if progress:
            progress(done, enterprises)
    if progress:
        progress(done, enterprises)
    result = {"enterprises": done, "seed": seed}
    from nsdesk.services.demo.pilots import generate_pilots, link_projects_to_plan

    result.update(generate_pilots(session, rng, progress))
    result.update(demo_plans.generate_plans(session, rng))
    link_projects_to_plan(session)  # the plans exist only now
    return result
