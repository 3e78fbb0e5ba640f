"""Enterprises, cooperatives and household businesses."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import BigInteger, Boolean, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin, VersionedMixin

# Kinds of business as officers write them; the code is stored, the label is shown.
ENTERPRISE_KINDS = (
    "llc",  # Công ty TNHH
    "jsc",  # Công ty cổ phần
    "private",  # Doanh nghiệp tư nhân
    "partnership",  # Công ty hợp danh
    "cooperative",  # Hợp tác xã
    "coop_group",  # Tổ hợp tác
    "household",  # Hộ kinh doanh
    "branch",  # Chi nhánh
    "other",
)

# Derived size class under Decree 80/2021/NĐ-CP (see nsdesk.services.sizing).
SIZE_CLASSES = ("micro", "small", "medium", "not_sme", "household", "unknown")


#: Text compared byte-wise, as Python compares strings: PostgreSQL's "C" collation, SQLite's default.
SORT_TEXT = Text().with_variant(Text(collation="C"), "postgresql")


class Enterprise(VersionedMixin, RecordMixin, Base):
    __tablename__ = "enterprises"

    # 10 digits, branch NNNNNNNNNN-NNN, or a 12-digit personal ID for household businesses.
    tax_code: Mapped[Optional[str]] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="llc", index=True)
    sector_code: Mapped[Optional[str]] = mapped_column(ForeignKey("sectors.code"), index=True)
    province_code: Mapped[Optional[str]] = mapped_column(ForeignKey("admin_units.code"))
    commune_code: Mapped[Optional[str]] = mapped_column(ForeignKey("admin_units.code"), index=True)
    address: Mapped[Optional[str]] = mapped_column(String(500))
    representative: Mapped[Optional[str]] = mapped_column(String(200))
    phone: Mapped[Optional[str]] = mapped_column(String(50))
    email: Mapped[Optional[str]] = mapped_column(String(200))
    founded_year: Mapped[Optional[int]] = mapped_column(Integer)
    association: Mapped[Optional[str]] = mapped_column(String(200))
    registered_by: Mapped[Optional[str]] = mapped_column(String(200))
    employees: Mapped[Optional[int]] = mapped_column(Integer)
    revenue: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))  # million VND a year
    capital: Mapped[Optional[float]] = mapped_column(Numeric(18, 2, asdecimal=False))  # million VND
    size_class: Mapped[str] = mapped_column(String(20), default="unknown", index=True)
    note: Mapped[Optional[str]] = mapped_column(Text)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # Lower case, accents and đ removed: name, tax code, address and commune, for search.
    search_folded: Mapped[str] = mapped_column(Text, default="")
    name_folded: Mapped[str] = mapped_column(String(300), default="")
    # The name's Vietnamese collation key (text.sort_key), compared byte-wise: "C" on PostgreSQL.
    name_sort: Mapped[str] = mapped_column(SORT_TEXT, default="", server_default="")
    # Follows (name_sort, id) with gaps; the FTS5 rowid on SQLite (see models/name_order.py).
    name_key: Mapped[int] = mapped_column(BigInteger)

    __table_args__ = (
        Index("ix_enterprises_name_folded", "name_folded"),
        Index("ix_enterprises_name_sort", "name_sort", "id"),
        # Serves the register's default view (active enterprises by name) one page at a time.
        Index("ix_enterprises_archived_name_key", "archived", "name_key"),
        Index("ix_enterprises_name_key", "name_key", unique=True),
    )
