"""Reference data: administrative units, VSIC sectors, tool and metric catalogues."""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from nsdesk.models.base import Base, RecordMixin
from nsdesk.models.enterprise import SORT_TEXT


class AdminUnit(Base):
    """A province (2-digit GSO code), district (3 digits, pre-2025 only) or commune/ward (5 digits).

    The GSO code lengths never collide, so the code alone is the key. Units abolished by the
    July 2025 reorganisation are kept with ``is_current = False`` for older plans.
    """

    __tablename__ = "admin_units"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))  # province | district | commune
    division_type: Mapped[str] = mapped_column(String(40))  # tỉnh, phường, xã, đặc khu …
    province_code: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    name_folded: Mapped[str] = mapped_column(String(200), index=True)
    # Vietnamese reading order of the name without "Xã"/"Phường", compared byte-wise
    # (admin_units.reading_key): how SQL sorts a list by commune. Deferred: only SQL reads it.
    name_sort: Mapped[str] = mapped_column(SORT_TEXT, default="", server_default="", deferred=True)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)


class Sector(Base):
    """VSIC 2018 section (A–U) or division (two digits)."""

    __tablename__ = "sectors"

    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    level: Mapped[str] = mapped_column(String(20))  # section | division
    name: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[Optional[str]] = mapped_column(String(300))
    parent_code: Mapped[Optional[str]] = mapped_column(ForeignKey("sectors.code"))
    # Decree 80/2021/NĐ-CP Article 5 sector group: agri_industry_construction | trade_services
    size_group: Mapped[str] = mapped_column(String(40))


class Tool(RecordMixin, Base):
    """A management system, improvement tool, good practice, digital or IP item."""

    __tablename__ = "tools"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[Optional[str]] = mapped_column(String(200))
    category: Mapped[str] = mapped_column(String(40), index=True)
    description: Mapped[Optional[str]] = mapped_column(Text)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)


class Metric(RecordMixin, Base):
    """A productivity measure with its unit and direction."""

    __tablename__ = "metrics"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[Optional[str]] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(60))
    decimals: Mapped[int] = mapped_column(Integer, default=1)
    higher_is_better: Mapped[bool] = mapped_column(Boolean, default=True)
    min_value: Mapped[Optional[float]]
    max_value: Mapped[Optional[float]]
    # Space-separated metric codes this one is computed from (labour productivity = value added / workers).
    computed_from: Mapped[Optional[str]] = mapped_column(String(200))
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
