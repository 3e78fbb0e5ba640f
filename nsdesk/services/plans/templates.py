"""Plan templates shipped with the app: the five seed plans and their parents, as data.

Each ``resources/templates/*.json`` file holds one plan as written: code, title, issuer, document
number and date (``null`` where the document leaves them blank), level, territory as written with
the current unit codes now covering it, period, parent template code, targets and tasks.

Territory units
    ``territory_units`` lists current GSO codes. A 2-digit code means the whole province, a
    5-digit code one commune/ward. Records (enterprises, activities) count toward a plan's targets
    only when their commune lies in these units. Units of plans issued before the July 2025
    reorganisation were derived from the ``vietnamadminunits`` 2025 converter.

Targets
    ``kind``: ``distinct_enterprises`` | ``supports`` | ``activities`` | ``statistic``.
    ``comparator`` (with ``min``/``max``/``tolerance``):

    * ``at_least``: achieved when value >= min.
    * ``more_than``: achieved when value > min.
    * ``about`` ("khoảng"): achieved when value >= min - tolerance (exceeding is fine).
    * ``range`` ("khoảng 07 đến 10"): achieved when value >= min; above max it is still achieved
      and shown as exceeded ("vượt chỉ tiêu").
    * ``yearly_rate`` ("%/năm" averages): the yearly average of a statistic, compared with min
      using ``rule["bound"]`` (``at_least`` for "từ … trở lên" or a bare figure, ``more_than`` for "trên").

    ``min`` is ``null`` only for an objective the plan states without a number (a count target,
    ``at_least``, no ``max``): what was done is counted and shown, never judged met or unmet.

    ``window``: ``plan_start`` counts from 1 January of the plan's start year; ``milestone_period``
    counts only within the milestone's period (for statistics: ``rule["from_year"]``..``rule["to_year"]``;
    for counts: from 1 January of the year after the plan's previous milestone). Counting always
    stops at the milestone's 31 December or at the as-of date, whichever is earlier.
    ``contributes``: the plan writes "góp phần": the figure belongs to a higher level (GRDP and TFP
    exist at province level); ``contributes_note`` says so in words. ``rule_text`` states the
    counting rule in Vietnamese for reports. ``text_as_written`` is the plan's own sentence
    fragment; ``milestone_as_written`` (template only) the heading that gives the milestone year
    when the fragment itself does not.

Rule keys (``rule`` JSON) a progress engine counts by
    Enterprises and supports (``distinct_enterprises``, ``supports``):

    * ``statuses``: support statuses that count; default ``["in_progress", "completed"]``.
      ``cancelled`` never counts, even if listed.
    * ``support_types``: a support counts if it has at least one of these types
      (``models.SUPPORT_TYPES``); absent = any type.
    * ``tool_codes`` / ``tool_categories``: a support counts if it used one of these tools.
    * ``sme_only``: only enterprises whose size class is micro/small/medium (Decree 80).
    * ``size_classes`` / ``enterprise_kinds``: explicit lists (``models.SIZE_CLASSES`` /
      ``models.ENTERPRISE_KINDS``); absent = all.
    * ``requires_project``: the support must belong to a pilot project whose status is in
      ``project_statuses`` (default ``["in_progress", "completed"]``).
    * ``communes``: further restrict to these commune codes (default: the plan's territory units).
    * A support's date is its start date (its end date when the start is missing).
    * ``distinct_enterprises`` counts enterprises with at least one qualifying support;
      ``supports`` counts qualifying supports (lượt): one enterprise supported twice = 2.

    Activities (``activities``):

    * ``activity_kind``: one of ``models.ACTIVITY_KINDS``.
    * ``measure``: ``records`` (number of activities, default), ``quantity`` (sum of the
      activities' quantity, an empty quantity counting 1) or ``distinct_unit_in_charge``
      (number of different units in charge, e.g. schools running a programme).

    Statistics (``statistic``, values from ``IndicatorValue``):

    * ``indicator``: ``labour_productivity_growth`` (% a year) or ``tfp_contribution`` (% of growth).
    * ``aggregate``: ``yearly_average`` (mean of the yearly values ``from_year``..``to_year``
      entered so far) or ``latest`` (the latest value entered in ``from_year``..``to_year``).
    * ``territory``: ``province``: the value is the province's (``plan.territory_code``'s province).
    * ``bound``: for ``yearly_rate``: ``at_least`` or ``more_than``.

Tasks
    ``number`` as written (I, II.1, 1, 4.1 …; numbers repeat under different sections, order is
    the list order), ``content``, ``lead_unit``, ``partner_units``, ``time_frame`` as written
    ("Tháng 12/2025", "2026-2030", "Thường xuyên", "Hàng năm") and ``note``. Section rows (I, II.1 …)
    have no lead unit. The due date is computed from the time frame by :func:`due_date_for`.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib.resources import files
from typing import Any

from nsdesk.models import ACTIVITY_KINDS, COMPARATORS, PLAN_LEVELS, SUPPORT_TYPES, TARGET_KINDS
from nsdesk.services.common import counting
from nsdesk.services.common.text import clean, fold

WINDOWS = ("plan_start", "milestone_period")
INDICATORS = ("labour_productivity_growth", "tfp_contribution")
AGGREGATES = ("yearly_average", "latest")
MEASURES = ("records", "quantity", "distinct_unit_in_charge")
DEFAULT_STATUSES = counting.COUNTED_SUPPORT_STATUSES


@dataclass(frozen=True)
class TemplateSummary:
    code: str
    title: str
    level: str
    period: tuple[int, int]

    def as_json(self) -> dict[str, Any]:
        return {"code": self.code, "title": self.title, "level": self.level, "period": list(self.period)}


_MONTH_RE = re.compile(r"^(?:thang\s*)?(\d{1,2})\s*/\s*(\d{4})$")
_YEARS_RE = re.compile(r"^(?:nam\s*|giai doan\s*)?(\d{4})\s*(?:[-–—]|den)\s*(?:nam\s*)?(\d{4})$")
_YEAR_RE = re.compile(r"^(?:nam\s*)?(\d{4})$")
_QUARTER_RE = re.compile(r"^quy\s*(i{1,3}|iv|[1-4])\s*/\s*(\d{4})$")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def due_date_for(time_frame: str | None) -> date | None:
    """The date a time frame as written implies, or None for ongoing/yearly/blank.

    "Tháng 12/2025" → 2025-12-31; "2026-2030" → 2030-12-31; "Năm 2025" → 2025-12-31;
    "Quý II/2026" → 2026-06-30; "Thường xuyên", "Hàng năm" → None.
    """
    if not time_frame:
        return None
    text = fold(clean(time_frame)).rstrip(".")
    if m := _MONTH_RE.match(text):
        month, year = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return date(year, month, calendar.monthrange(year, month)[1])
        return None
    if m := _YEARS_RE.match(text):
        return date(max(int(m.group(1)), int(m.group(2))), 12, 31)
    if m := _YEAR_RE.match(text):
        return date(int(m.group(1)), 12, 31)
    if m := _QUARTER_RE.match(text):
        q, year = _QUARTERS[m.group(1)], int(m.group(2))
        month = 3 * q
        return date(year, month, calendar.monthrange(year, month)[1])
    return None


class TemplateError(ValueError):
    """A shipped template file is malformed (a bug in the package, not user input)."""


def _check_target(code: str | None, t: dict[str, Any]) -> None:
    where = f"{code}/{t.get('code')}"
    if t.get("kind") not in TARGET_KINDS:
        raise TemplateError(f"{where}: kind {t.get('kind')!r}")
    if t.get("comparator") not in COMPARATORS:
        raise TemplateError(f"{where}: comparator {t.get('comparator')!r}")
    if t.get("window") not in WINDOWS:
        raise TemplateError(f"{where}: window {t.get('window')!r}")
    if not isinstance(t.get("milestone"), int):
        raise TemplateError(f"{where}: milestone")
    if t.get("min") is None and (t["kind"] == "statistic" or t["comparator"] != "at_least" or t.get("max") is not None):
        # An objective the plan states without a number: a count with no minimum, never met or unmet.
        raise TemplateError(f"{where}: min is required")
    if t["comparator"] == "range" and (t.get("max") is None or t["max"] < t["min"]):
        raise TemplateError(f"{where}: range needs max >= min")
    if t["comparator"] == "about" and t.get("tolerance") is None:
        raise TemplateError(f"{where}: about needs a tolerance")
    rule = t.get("rule") or {}
    if t["kind"] == "statistic":
        if rule.get("indicator") not in INDICATORS or rule.get("aggregate") not in AGGREGATES:
            raise TemplateError(f"{where}: statistic rule {rule}")
        if t["comparator"] == "yearly_rate" and rule.get("bound") not in ("at_least", "more_than"):
            raise TemplateError(f"{where}: yearly_rate needs bound")
    elif t["kind"] == "activities":
        if rule.get("activity_kind") not in ACTIVITY_KINDS or rule.get("measure", "records") not in MEASURES:
            raise TemplateError(f"{where}: activity rule {rule}")
    else:
        bad = set(rule.get("support_types", ())) - set(SUPPORT_TYPES)
        if bad:
            raise TemplateError(f"{where}: support types {sorted(bad)}")
        if counting.CANCELLED in rule.get("statuses", ()):
            raise TemplateError(f"{where}: cancelled supports never count")


def _check(tpl: dict[str, Any]) -> dict[str, Any]:
    code = tpl.get("code")
    for key in ("code", "title", "level", "start_year", "end_year", "targets", "tasks", "territory_units"):
        if key not in tpl:
            raise TemplateError(f"{code}: missing {key}")
    if tpl["level"] not in PLAN_LEVELS:
        raise TemplateError(f"{code}: level {tpl['level']!r}")
    if tpl["start_year"] > tpl["end_year"]:
        raise TemplateError(f"{code}: period")
    seen = set()
    for t in tpl["targets"]:
        _check_target(code, t)
        if t["code"] in seen:
            raise TemplateError(f"{code}: duplicate target {t['code']}")
        seen.add(t["code"])
    for task in tpl["tasks"]:
        if not task.get("number") or not task.get("content"):
            raise TemplateError(f"{code}: task without number or content")
    return tpl


@lru_cache(maxsize=1)
def _all() -> dict[str, dict[str, Any]]:
    folder = files("nsdesk.resources").joinpath("templates")
    out: dict[str, dict[str, Any]] = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        tpl = _check(json.loads(entry.read_text(encoding="utf-8")))
        if tpl["code"] in out:
            raise TemplateError(f"duplicate template code {tpl['code']}")
        out[tpl["code"]] = tpl
    for tpl in out.values():
        if tpl.get("parent") and tpl["parent"] not in out:
            raise TemplateError(f"{tpl['code']}: unknown parent {tpl['parent']}")
    return out


_LEVEL_ORDER = {level: i for i, level in enumerate(PLAN_LEVELS)}


def list_templates() -> list[TemplateSummary]:
    """All shipped templates, national first, then by level and code."""
    items = sorted(_all().values(), key=lambda t: (_LEVEL_ORDER[t["level"]], t["code"]))
    return [TemplateSummary(t["code"], t["title"], t["level"], (t["start_year"], t["end_year"])) for t in items]


def template_codes() -> list[str]:
    return [t.code for t in list_templates()]


def get_template(code: str) -> dict[str, Any] | None:
    """A deep copy of one template (so callers may change it), or None. Code match ignores case."""
    wanted = clean(code or "").upper()
    for key, tpl in _all().items():
        if key.upper() == wanted:
            copy: dict[str, Any] = json.loads(json.dumps(tpl))
            return copy
    return None


def task_rows(tpl: dict[str, Any]) -> list[dict[str, Any]]:
    """The template's tasks with their computed due dates, in order."""
    return [{**task, "due_date": due_date_for(task.get("time_frame"))} for task in tpl["tasks"]]
