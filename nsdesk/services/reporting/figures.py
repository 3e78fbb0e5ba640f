"""The figures of a plan report for a period (see :mod:`nsdesk.services.reporting.data`).

Scope of every list (written down once here; the document repeats it in a note):

* Territory: only records of the plan's territory (:func:`nsdesk.services.plans.rules.enterprise_inside`;
  activities also when linked to the plan or a plan implementing it). Pilot projects: those of the
  plan and of the plans implementing it, plus any project with a lượt in the territory, counted
  from their lượt in the territory only.
* Dates: only what started by ``to``; "in the period" means dated ``from``..``to`` (a lượt by its
  start date, its end date when it has none); cumulative figures count from 1 January of the
  plan's start year (targets: their own counting window) to ``to``.
* Statuses as they were on ``to`` (:func:`nsdesk.services.common.counting.status_on`): a lượt
  completed after ``to`` was in progress on ``to``.
* Measurements dated by ``to`` (an "after" value without a date is left out).
* Which lượt count: the one counting rule (:mod:`nsdesk.services.common.counting`).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from nsdesk.services.reporting.data import ReportData
from nsdesk.services.reporting.periods import Period


def report_data(session: Session, plan_code: str, period: Period) -> ReportData:
    """Every figure of plan ``plan_code``'s report for ``period``; InputError for an unknown plan.

    Nothing is written to the database. Same data and period → equal result.
    """
    raise NotImplementedError
