"""The VSIC 2018 sections and divisions as pickers and filters show them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.models import Sector


@dataclass(frozen=True)
class SectorInfo:
    code: str
    name: str
    level: str  # section | division
    size_group: str
    parent_code: str | None


def list_sectors(session: Session) -> tuple[SectorInfo, ...]:
    """Every section and division, by code (letters sort before the two-digit divisions)."""
    return tuple(SectorInfo(s.code, s.name, s.level, s.size_group, s.parent_code)
                 for s in session.scalars(select(Sector).order_by(Sector.code)))


def sector_name(session: Session, code: str | None) -> str | None:
    s = session.get(Sector, code) if code else None
    return s.name if s else None
