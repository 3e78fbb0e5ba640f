"""The data package of a report: the "Dữ liệu …" sheets an office sends with its report workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from nsdesk.db import session_path
from nsdesk.files import atomic_output, check_output_path
from nsdesk.models import Plan
from nsdesk.services.consolidation import format as fmt
from nsdesk.services.consolidation.package import Package, collect
from nsdesk.services.plans.progress import find_plan
from nsdesk.xlsx import add_text_sheet, save
from nsdesk.xlsx.table import new_workbook


def add_data_sheets(workbook: Any, session: Session, plan: Plan, period: fmt.Period) -> Package:
    """Add the data sheets and the manifest to an xlsxwriter workbook (the report writer calls this
    after its own sheets). Returns what was written."""
    package = collect(session, plan, period)
    add_package_sheets(workbook, package)
    return package


def add_package_sheets(workbook: Any, package: Package) -> None:
    """Add the data sheets and the manifest of ``package`` (collected now, or kept with a sent report).

    Behind a report's document sheets they are hidden (see :func:`add_text_sheet`); a workbook of
    data only shows them."""
    hidden = bool(workbook.worksheets())
    for name in fmt.DATA_SHEETS:
        rows = package.sheets[name]
        add_text_sheet(workbook, name, rows[0], rows[1:], hidden=hidden)
    add_text_sheet(workbook, fmt.MANIFEST, package.manifest[0], package.manifest[1:], hidden=hidden)


def write_blank(path: str | Path) -> None:
    """The format with no data: every data sheet's header, the office sheet's keys and the manifest's
    keys (the example file in ``resources/submission/``)."""
    from nsdesk.services.consolidation.package import blank_package

    path = Path(path)
    wb = new_workbook(path)
    add_package_sheets(wb, blank_package())
    save(wb, path)


def write_submission(session: Session, plan_code: str, period: fmt.Period, path: str | Path) -> Package:
    """A workbook holding only the data sheets, written whole or not at all (``nsdesk.files.atomic_output``);
    OutputError for a destination that must not be written (see :func:`nsdesk.files.check_output_path`)."""
    path = check_output_path(path, database=session_path(session))
    plan = find_plan(session, plan_code)
    with atomic_output(path) as tmp:
        wb = new_workbook(tmp)
        package = add_data_sheets(wb, session, plan, period)
        save(wb, tmp)
    return package
