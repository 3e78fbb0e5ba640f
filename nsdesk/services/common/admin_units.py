"""Finding provinces and communes by what a person types."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.models import AdminUnit
from nsdesk.services.common.text import SEPARATOR, clean, fold, sort_key

_ACCENTED_PREFIXES = ("đặc khu", "phường", "xã", "thị trấn", "thành phố", "tỉnh", "p.", "x.", "tp.", "tt.")
_PREFIX_RE = re.compile(
    r"^(?:" + "|".join(re.escape(p) for p in sorted(_ACCENTED_PREFIXES, key=len, reverse=True)) + r")(?=[\s.]|$)[\s.]*",
    re.IGNORECASE,
)


# The same prefixes typed without accents ("phuong dak cam", "xa ngoc linh"); tried as well as the
# whole text, since a name may itself begin with such a word ("Xã Phương Sơn").
_PLAIN_PREFIX_RE = re.compile(r"^(?:dac khu|phuong|xa|thi tran|thanh pho|tinh)\s+", re.IGNORECASE)


def without_prefix(name: str) -> str:
    """The name without its unit prefix, as written: "Phường Đăk Cấm" → "Đăk Cấm"."""
    return _PREFIX_RE.sub("", clean(name)).strip()


def bare_name(name: str) -> str:
    """Lower-cased name without its unit prefix, accents kept: "Phường Đăk Cấm" → "đăk cấm"."""
    return without_prefix(clean(name).lower())


@dataclass(frozen=True)
class UnitMatch:
    unit: AdminUnit | None
    ambiguous: bool = False


def readings(text: str) -> tuple[str, ...]:
    """The bare names ``text`` may mean: without its accented prefix, and, when it then begins with
    a prefix typed without accents, also without that ("phuong dak cam" → "phuong dak cam", "dak cam")."""
    wanted = bare_name(text)
    if not wanted:
        return ()
    m = _PLAIN_PREFIX_RE.match(wanted)
    return (wanted, wanted[m.end():]) if m and wanted[m.end():] else (wanted,)


def _match(units: list[AdminUnit], text: str) -> UnitMatch:
    """An exact (accented, case-insensitive) bare name wins; otherwise an accent-free match counts
    only when exactly one unit folds to it. No prefix-substring or fuzzy match."""
    wanted = readings(text)
    if not wanted:
        return UnitMatch(None)
    exact = [u for u in units if bare_name(u.name) in wanted]
    if len(exact) == 1:
        return UnitMatch(exact[0])
    if len(exact) > 1:
        return UnitMatch(None, ambiguous=True)
    wanted_f = {fold(w) for w in wanted}
    folded = [u for u in units if fold(bare_name(u.name)) in wanted_f]
    if len(folded) == 1:
        return UnitMatch(folded[0])
    return UnitMatch(None, ambiguous=len(folded) > 1)


@dataclass(frozen=True)
class Successors:
    """The pre-July-2025 commune a text names (its official name) and the current communes that took it over."""

    old_name: str
    codes: tuple[str, ...]


@lru_cache(maxsize=1)
def _successor_table() -> dict[str, dict[str, str | tuple[str, ...]]]:
    path = files("nsdesk.resources").joinpath("reference", "communes_2025_successors.json")
    table: dict[str, dict[str, str | tuple[str, ...]]] = json.loads(path.read_text(encoding="utf-8"))["provinces"]
    return table


@lru_cache(maxsize=64)
def _successor_index(province_code: str) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(bare accented name → old names, folded bare name → old names) of one province's old communes."""
    exact: dict[str, list[str]] = {}
    folded: dict[str, list[str]] = {}
    for old in _successor_table().get(province_code, {}):
        exact.setdefault(bare_name(old), []).append(old)
        folded.setdefault(fold(bare_name(old)), []).append(old)
    return exact, folded


def find_successors(text: str, province_code: str) -> Successors | None:
    """A commune name from before the July 2025 reorganisation, and which current communes took it over.

    Same rule as the current names: the exact accented name wins, else an accent-free match of one
    old name. Several old communes of the province with that name give all their successors (the
    caller decides; only exactly one successor is a mapping). The conversion is the official one
    as carried by the ``vietnamadminunits`` package (resources/reference/communes_2025_successors.json).
    """
    table = _successor_table().get(province_code)
    wanted = readings(text)
    if not table or not wanted:
        return None
    exact, folded = _successor_index(province_code)
    olds = [o for w in wanted for o in exact.get(w, [])]
    if not olds:
        olds = [o for w in {fold(x) for x in wanted} for o in folded.get(w, [])]
    if not olds:
        return None
    codes = sorted({c for o in olds for c in table[o]})
    return Successors(olds[0] if len(set(olds)) == 1 else clean(text), tuple(codes))


def reading_key(name: str) -> str:
    """Vietnamese alphabetical order of the bare name ("Tây Ninh" before "Tuyên Quang", Đ after D),
    then of the whole name; one string (sort keys are prefix-free), stored as ``admin_units.name_sort``."""
    return sort_key(without_prefix(name)) + SEPARATOR + sort_key(name)


def _reading_order(unit: AdminUnit) -> str:
    return reading_key(unit.name)


def provinces(session: Session) -> list[AdminUnit]:
    """Current provinces in Vietnamese alphabetical order."""
    found = session.scalars(select(AdminUnit).where(AdminUnit.level == "province", AdminUnit.is_current))
    return sorted(found, key=_reading_order)


def communes(session: Session, province_code: str) -> list[AdminUnit]:
    """A province's current communes in Vietnamese alphabetical order of their names without "Xã"/"Phường"."""
    found = session.scalars(
        select(AdminUnit)
        .where(AdminUnit.level == "commune", AdminUnit.is_current, AdminUnit.province_code == province_code)
    )
    return sorted(found, key=_reading_order)


def find_province(session: Session, text: str) -> UnitMatch:
    """By GSO code ("51", "1") or by name, with or without "Tỉnh"/"Thành phố", accents optional."""
    text = clean(text)
    if text.isdigit():
        return UnitMatch(session.get(AdminUnit, f"{int(text):02d}"))
    return _match(provinces(session), text)


def find_commune(session: Session, text: str, province_code: str) -> UnitMatch:
    """By GSO code or whole name within one province.

    An exact (accented, case-insensitive) name wins; otherwise an accent-free match counts only
    when exactly one unit folds to it. No prefix, substring or fuzzy matching.
    """
    text = clean(text)
    if text.isdigit():
        unit = session.get(AdminUnit, f"{int(text):05d}")
        return UnitMatch(unit if unit is not None and unit.province_code == province_code else None)
    return _match(communes(session, province_code), text)


def unit_names(session: Session, codes: Iterable[str | None]) -> dict[str, str]:
    """Code → name of the given administrative units (unknown codes left out)."""
    codes = sorted({c for c in codes if c})
    if not codes:
        return {}
    return dict(session.execute(select(AdminUnit.code, AdminUnit.name).where(AdminUnit.code.in_(codes))).all())


def province_of(session: Session, code: str | None) -> str | None:
    """The province code of a unit (a province is its own), None for an unknown code."""
    unit = session.get(AdminUnit, code) if code else None
    if unit is None:
        return None
    return unit.code if unit.level == "province" else unit.province_code


def has_units(session: Session) -> bool:
    """Whether the administrative units are loaded."""
    return session.scalar(select(AdminUnit.code).limit(1)) is not None
