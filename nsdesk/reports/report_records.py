"""A kept report's figures and data package, as the document writer needs them.

The per-commune appendix and the data sheets come from the consolidation services (above the
reporting services), so they are joined to a report's figures here:

* :func:`with_communes`: the figures of a plan over several communes gain each count target by
  commune and the communes that have not sent their report for the period;
* :func:`report_figures`: a kept report's figures (as sent, or computed now for a draft);
* :func:`mark_sent`: marks a draft sent, keeping its figures (communes included) and the data
  package its workbook carries, so re-printing it later gives what was sent.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from nsdesk.services.consolidation import overview
from nsdesk.services.consolidation.package import Package, collect
from nsdesk.services.plans import progress as engine
from nsdesk.services.plans import rules
from nsdesk.services.reporting import records
from nsdesk.services.reporting.data import CommuneRow, CommuneTable, ReportData
from nsdesk.services.reporting.figures import has_communes


def with_communes(session: Session, data: ReportData) -> ReportData:
    """``data`` with the per-commune figures when its plan covers several communes (unchanged otherwise,
    and when they are already there)."""
    if data.has_communes:
        return data
    plan = engine.find_plan(session, data.plan_code)
    if not has_communes(rules.plan_scope(session, plan)):
        return data
    units = {t.code: t.unit for t in data.targets}
    tables = tuple(CommuneTable(b.code, b.title, units.get(b.code),
                                tuple(CommuneRow(r.commune_name, r.period, r.cumulative) for r in b.rows))
                   for b in overview.commune_breakdown(session, plan.code, data.period))
    missing = tuple(o.name for o in overview.missing_offices(session, plan.code, data.period))
    return dataclasses.replace(data, has_communes=True, communes=tables, missing_offices=missing)


def report_figures(session: Session, report_id: int) -> ReportData:
    """A kept report's figures: as sent for a sent report, computed now (communes included) for a draft."""
    figures = records.report_figures(session, report_id)
    if records.get_report(session, report_id).status == "sent":
        return figures
    return with_communes(session, figures)


def sent_package(session: Session, report_id: int) -> Package | None:
    """The data sheets a sent report carried (None: a draft, or sent before packages were kept)."""
    raw = records.sent_package(session, report_id)
    if raw is None:
        return None
    return Package(sheets=raw["sheets"], manifest=raw["manifest"], checksum=raw["checksum"])


def mark_sent(session: Session, report_id: int, sent_on: date) -> records.Report:
    """Mark a draft sent on ``sent_on``, keeping its figures and its data package as they are now.

    InputError when it was already sent (what it was sent with stays as it was).
    """
    report = records.get_report(session, report_id)
    if report.status == "sent":
        return records.mark_sent(session, report_id, sent_on)  # refuses, with its message
    figures = report_figures(session, report_id)
    package = collect(session, engine.find_plan(session, report.plan_code), report.period)
    kept: dict[str, Any] = {"sheets": package.sheets, "manifest": package.manifest, "checksum": package.checksum}
    return records.mark_sent(session, report_id, sent_on, figures, kept)
