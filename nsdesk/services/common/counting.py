"""Which lượt (supports) and which pilot projects count: the one definition.

* A lượt counts when it is in progress or completed. A planned lượt counts only where a
  target's rule says so (``include_planned`` / the rule's ``statuses``). A cancelled lượt
  never counts, whatever a rule lists.
* A pilot project counts when it is in progress or completed; a cancelled project never counts.
* An enterprise counts while it is not archived: every page's count of enterprises leaves the
  archived ones out (and says how many there are apart).
* On a past date a lượt or project has the status it had then, as far as the dates tell:
  completed with an end date after that day → it was in progress that day (:func:`status_on`).
  A cancelled or planned one keeps its status (the day it changed is not recorded).
* "Live" means "not cancelled": a live lượt's certificate is shown and warned about, a live
  lượt of a project makes its enterprise a pilot enterprise.

Every figure (progress engine, plan report, dashboard, summaries, register search, pages)
builds its filter from here, so a change of rule is a change in this module only.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import AliasedClass

from nsdesk.models import Enterprise, PilotProject, Support

CANCELLED = "cancelled"
PLANNED = "planned"
#: support statuses that count by default (a rule may add ``planned``)
COUNTED_SUPPORT_STATUSES: tuple[str, ...] = ("in_progress", "completed")
#: pilot-project statuses that count by default
COUNTED_PROJECT_STATUSES: tuple[str, ...] = ("in_progress", "completed")


#: The lượt table or an alias of it; the pilot-project table or an alias of it.
_Supports = type[Support] | AliasedClass[Support]
_Projects = type[PilotProject] | AliasedClass[PilotProject]


def support_statuses(include_planned: bool = False) -> tuple[str, ...]:
    """The lượt statuses that count, planned ones too when ``include_planned``."""
    return (PLANNED, *COUNTED_SUPPORT_STATUSES) if include_planned else COUNTED_SUPPORT_STATUSES


def counts(status: str | None, include_planned: bool = False) -> bool:
    """Whether a lượt with ``status`` counts (the Python twin of :func:`counted_supports`)."""
    return status in support_statuses(include_planned)


def is_live(status: str | None) -> bool:
    """Whether a lượt or project is not cancelled."""
    return status != CANCELLED


def rule_statuses(listed: Iterable[str] | None, default: Iterable[str] = COUNTED_SUPPORT_STATUSES) -> list[str]:
    """The statuses a target's rule counts: the listed ones (else ``default``), never ``cancelled``."""
    chosen = [s for s in (listed or ()) if s] or list(default)
    return [s for s in dict.fromkeys(chosen) if s != CANCELLED]


def counted_supports(include_planned: bool = False, support: _Supports = Support) -> ColumnElement[bool]:
    """SQL condition: the lượt counts (``support`` may be an alias of :class:`Support`)."""
    return support.status.in_(support_statuses(include_planned))


def supports_in(statuses: Iterable[str], support: _Supports = Support) -> ColumnElement[bool]:
    """SQL condition for a rule's own status list (cancelled removed)."""
    return support.status.in_(rule_statuses(statuses))


def live_supports(support: _Supports = Support) -> ColumnElement[bool]:
    """SQL condition: the lượt is not cancelled."""
    return support.status != CANCELLED


def counted_projects(statuses: Iterable[str] | None = None, project: _Projects = PilotProject) -> ColumnElement[bool]:
    """SQL condition: the pilot project counts (a rule's ``project_statuses`` or the default)."""
    return project.status.in_(rule_statuses(statuses, COUNTED_PROJECT_STATUSES))


def live_projects(project: _Projects = PilotProject) -> ColumnElement[bool]:
    """SQL condition: the pilot project is not cancelled."""
    return project.status != CANCELLED


def counted_enterprises(enterprise: type[Enterprise] = Enterprise) -> ColumnElement[bool]:
    """Enterprises that count: those not archived."""
    return enterprise.archived.is_(False)


def enterprise_counts(session: Session) -> tuple[int, int]:
    """(enterprises that count, archived ones) — the one count every page shows."""
    rows = dict(session.execute(select(Enterprise.archived, func.count()).group_by(Enterprise.archived)).all())
    return int(rows.get(False, 0)), int(rows.get(True, 0))


COMPLETED = "completed"
IN_PROGRESS = "in_progress"


def status_on(status: str | None, end: date | None, on: date) -> str | None:
    """The status a lượt or project had on ``on``: completed after ``on`` → in progress on ``on``."""
    if status == COMPLETED and end is not None and end > on:
        return IN_PROGRESS
    return status


def supports_in_on(statuses: Iterable[str], on: date, support: Any = Support) -> ColumnElement[bool]:
    """SQL twin of ``status_on(...) in rule_statuses(statuses)``: the rule's statuses as they were on ``on``."""
    wanted = set(rule_statuses(statuses))
    completed_late = and_(support.status == COMPLETED, support.end_date.is_not(None), support.end_date > on)
    conds = [support.status.in_(sorted(wanted - {COMPLETED, IN_PROGRESS}))] if wanted - {COMPLETED, IN_PROGRESS} else []
    if COMPLETED in wanted and IN_PROGRESS in wanted:
        conds.append(support.status.in_((COMPLETED, IN_PROGRESS)))
    elif COMPLETED in wanted:
        conds.append(and_(support.status == COMPLETED, ~completed_late))
    elif IN_PROGRESS in wanted:
        conds.append(or_(support.status == IN_PROGRESS, completed_late))
    return or_(false(), *conds)
