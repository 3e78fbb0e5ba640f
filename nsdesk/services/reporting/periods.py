"""Reporting periods: Decree 09/2019/NĐ-CP cut-offs, calendar half-year and year, reviews, custom.

* Decree 09/2019/NĐ-CP, Article 12 (data cut-off days of periodic reports): the 6-month report
  covers 15 December of the previous year to 14 June; the yearly report 15 December of the
  previous year to 14 December.
* Calendar: 1 January – 30 June, 1 July – 31 December, 1 January – 31 December.
* Reviews: the mid-term (sơ kết) and final (tổng kết) reviews cover the plan from 1 January of
  its start year to 31 December of the milestone year (the final review: the plan's end year).

Labels are Vietnamese whatever the UI language: they are printed in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nsdesk.errors import InputError
from nsdesk.services.common.formats import day

KINDS = ("decree_half", "decree_year", "half", "second_half", "year", "midterm", "final", "custom")


@dataclass(frozen=True)
class Period:
    """A reporting period ``start``–``end`` (both days included) and how the document names it."""

    start: date
    end: date
    label: str  # "6 tháng đầu năm 2026", "Năm 2026", "Sơ kết giai đoạn 2025-2027", …
    kind: str = "custom"

    def contains(self, on: date | None) -> bool:
        return on is not None and self.start <= on <= self.end


def decree_half_year(year: int) -> Period:
    """6-month report under Decree 09/2019/NĐ-CP: 15/12 of ``year - 1`` to 14/06 of ``year``."""
    return Period(date(year - 1, 12, 15), date(year, 6, 14), f"6 tháng đầu năm {year}", "decree_half")


def decree_year(year: int) -> Period:
    """Yearly report under Decree 09/2019/NĐ-CP: 15/12 of ``year - 1`` to 14/12 of ``year``."""
    return Period(date(year - 1, 12, 15), date(year, 12, 14), f"Năm {year}", "decree_year")


def calendar_half(year: int, second: bool = False) -> Period:
    """First (1/1–30/6) or second (1/7–31/12) calendar half of ``year``."""
    if second:
        return Period(date(year, 7, 1), date(year, 12, 31), f"6 tháng cuối năm {year}", "second_half")
    return Period(date(year, 1, 1), date(year, 6, 30), f"6 tháng đầu năm {year}", "half")


def calendar_year(year: int) -> Period:
    """Calendar year: 1/1 to 31/12."""
    return Period(date(year, 1, 1), date(year, 12, 31), f"Năm {year}", "year")


def review(start_year: int, milestone: int, final: bool = False) -> Period:
    """Mid-term (sơ kết) or final (tổng kết) review: 1/1 of the plan's start year to 31/12 of ``milestone``."""
    if milestone < start_year:
        raise InputError(f"Năm mốc {milestone} trước năm bắt đầu kế hoạch {start_year}.",
                         hint="Chọn năm mốc từ năm bắt đầu kế hoạch trở đi.")
    words = "Tổng kết" if final else "Sơ kết"
    span = f"{start_year}-{milestone}" if milestone != start_year else str(start_year)
    return Period(date(start_year, 1, 1), date(milestone, 12, 31), f"{words} giai đoạn {span}",
                  "final" if final else "midterm")


def custom(start: date, end: date, label: str | None = None) -> Period:
    """A range chosen by the officer; InputError when ``start`` is after ``end``."""
    if start > end:
        raise InputError(f"Ngày bắt đầu kỳ báo cáo ({day(start)}) sau ngày kết thúc ({day(end)}).",
                         hint="Chọn ngày bắt đầu trước hoặc bằng ngày kết thúc.")
    return Period(start, end, label or f"Từ ngày {day(start)} đến ngày {day(end)}", "custom")


def plan_reviews(start_year: int, end_year: int, milestones: tuple[int, ...] | list[int]) -> list[Period]:
    """The plan's reviews: a mid-term review at each milestone before the end year, then the final review."""
    out = [review(start_year, m) for m in sorted(set(milestones)) if start_year <= m < end_year]
    out.append(review(start_year, end_year, final=True))
    return out


def presets(year: int, start_year: int | None = None, end_year: int | None = None,
            milestones: tuple[int, ...] | list[int] = ()) -> list[Period]:
    """Every preset for ``year`` (and the plan's reviews when its years are given), in menu order."""
    out = [decree_half_year(year), decree_year(year), calendar_half(year), calendar_half(year, second=True),
           calendar_year(year)]
    if start_year is not None and end_year is not None:
        out.extend(plan_reviews(start_year, end_year, milestones))
    return out


def identify(start: date, end: date, start_year: int | None = None, end_year: int | None = None,
             milestones: tuple[int, ...] | list[int] = ()) -> Period:
    """The preset that covers exactly ``start``–``end`` (its label), else a custom period.

    InputError when ``start`` is after ``end``.
    """
    found = custom(start, end)
    for year in sorted({start.year, end.year}):
        for p in presets(year, start_year, end_year, milestones):
            if (p.start, p.end) == (start, end):
                return p
    return found
