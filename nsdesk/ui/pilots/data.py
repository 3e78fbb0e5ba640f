"""Worker-side loads and writes for the pilot pages (projects, supports, tools, metrics, profile).

Each function returns ``fn(session, progress, cancelled)`` for :class:`~nsdesk.ui.ops.Op`; services
are imported inside, on the worker. Writes return :class:`Saved`, whose ``changes`` the op runner
announces on the change bus. No query is written here: every read is a service's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from nsdesk.ui.ops import Changes

if TYPE_CHECKING:
    from nsdesk.services.pilots.measurements import MeasurementLine


@dataclass
class Saved:
    changes: Changes
    value: Any = None


@dataclass
class Choice:
    """A value offered in a picker."""

    key: Any
    label: str
    extra: dict = field(default_factory=dict)


# --- catalogues ---------------------------------------------------------------------------------

def _tools(session, include_retired: bool):
    from nsdesk.services.pilots import tools

    return tools.list_tools(session, include_retired=include_retired)


def _metrics(session) -> list[dict]:
    from dataclasses import asdict

    from nsdesk.services.pilots import measurements

    return [asdict(m) for m in measurements.metric_catalogue(session)]


def metric_names(session) -> dict[str, str]:
    return {m["code"]: m["name"] for m in _metrics(session)}


def tool_names(session) -> dict[str, str]:
    """Tool code → its name (retired tools included: old lượt still show theirs)."""
    from nsdesk.services.pilots import tools

    return tools.tool_names(session)


def _communes(session) -> list[Choice]:
    from nsdesk.services.common import admin_units
    from nsdesk.services.common.office import get_office

    province = get_office(session).province_code
    return [Choice(u.code, u.name) for u in admin_units.communes(session, province)] if province else []


def _projects(session, include_archived: bool = False) -> list[Choice]:
    from nsdesk.services.pilots import projects

    return [Choice(p.code, f"{p.code} — {p.name}") for p in projects.project_names(session, include_archived)]


@dataclass(frozen=True)
class ListFilter:
    """What the lượt and measurement lists are narrowed to (None: no limit)."""

    text: str | None = None
    commune: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass
class Catalogues:
    tools: list  # ToolRow, retired included
    metrics: list[dict]
    projects: list[Choice]
    plans: list[Choice]
    communes: list[Choice] = field(default_factory=list)  # the office's province, reading order


def load_catalogues():
    def fn(session, _p, _c) -> Catalogues:
        from nsdesk.services.plans import plans as plan_service

        plans = [Choice(code, f"{code} — {title}") for code, title in plan_service.plan_titles(session)]
        return Catalogues(_tools(session, True), _metrics(session), _projects(session), plans, _communes(session))

    return fn


def search_enterprises(text: str, limit: int = 30):
    """Enterprises whose name or tax code starts with the typed words (services.search)."""

    def fn(session, _p, _c) -> tuple[str, list[Choice]]:
        from nsdesk.services.register import search

        rows = search.page(session, search.EnterpriseQuery(text=text, archived=None), 0, limit)
        return text, [Choice(r.id, f"{r.tax_code or '—'} · {r.name}", {"tax_code": r.tax_code, "name": r.name})
                      for r in rows]

    return fn


# --- projects -----------------------------------------------------------------------------------

@dataclass
class ProjectLine:
    row: Any  # services.projects.ProjectRow
    plan_code: str | None
    lead_unit: str | None


def load_projects(include_archived: bool):
    def fn(session, _p, _c) -> list[ProjectLine]:
        from nsdesk.services.pilots import projects

        links = projects.project_links(session)
        none = projects.ProjectLink(None, None)
        return [ProjectLine(r, links.get(r.uuid, none).plan_code, links.get(r.uuid, none).lead_unit)
                for r in projects.list_projects(session, include_archived=include_archived)]

    return fn


def load_project(code: str):
    """The project's fields (as a form dict) and its participants."""

    def fn(session, _p, _c) -> tuple[dict, list]:
        from nsdesk.services.pilots import projects

        return projects.project_record(session, code)

    return fn


def save_project(code: str | None, data: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import projects

        p = projects.create_project(session, data) if code is None else projects.update_project(session, code, data)
        return Saved(Changes.of("projects"), p.code)

    return fn


def archive_project(code: str, archived: bool):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import projects

        return Saved(Changes.of("projects"), projects.archive_project(session, code, archived).code)

    return fn


# --- supports and tools -------------------------------------------------------------------------

def load_supports(status: str | None, tool: str | None, project: str | None, where: ListFilter | None = None):
    def fn(session, _p, _c) -> list:
        from nsdesk.services.pilots import supports

        f = where or ListFilter()
        return supports.list_supports(session, status=status, tool=tool, project=project, text=f.text,
                                      commune=f.commune, start_from=f.date_from, start_to=f.date_to)

    return fn


def load_support(support_id: int):
    def fn(session, _p, _c) -> dict:
        from nsdesk.services.pilots import supports

        return supports.support_record(session, support_id)

    return fn


def save_support(support_id: int | None, data: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import supports

        s = supports.create_support(session, data) if support_id is None else \
            supports.update_support(session, support_id, data)
        return Saved(Changes.of("supports"), s.id)

    return fn


def delete_support(support_id: int):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import supports

        supports.delete_support(session, support_id)
        return Saved(Changes.of("supports"))

    return fn


def add_tool(data: dict):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import tools

        return Saved(Changes.of("tools"), tools.add_tool(session, data).code)

    return fn


def rename_tool(code: str, name: str):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import tools

        return Saved(Changes.of("tools"), tools.rename_tool(session, code, name).code)

    return fn


def retire_tool(code: str, retired: bool):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import tools

        return Saved(Changes.of("tools"), tools.retire_tool(session, code, retired).code)

    return fn


def delete_tool(code: str):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import tools

        tools.delete_tool(session, code)
        return Saved(Changes.of("tools"))

    return fn


# --- measurements -------------------------------------------------------------------------------

def _measurement_lines(session, enterprise_id: int | None = None, flagged_only: bool = False,
                       limit: int | None = None) -> list[MeasurementLine]:
    from nsdesk.services.pilots import measurements

    return measurements.measurement_lines(session, enterprise_id=enterprise_id, flagged_only=flagged_only,
                                          limit=limit)


def load_measurements(flagged_only: bool, limit: int = 5000, where: ListFilter | None = None):
    def fn(session, _p, _c) -> tuple[list[MeasurementLine], int]:
        from nsdesk.services.pilots import measurements

        f = where or ListFilter()
        return (measurements.measurement_lines(session, flagged_only=flagged_only, limit=limit, text=f.text,
                                               commune=f.commune, measured_from=f.date_from, measured_to=f.date_to),
                measurements.count_measurements(session, flagged_only=flagged_only, text=f.text, commune=f.commune,
                                                measured_from=f.date_from, measured_to=f.date_to))

    return fn


def load_enterprise_supports(enterprise_id: int):
    """The lượt of one enterprise, for the measurement form's "lượt hỗ trợ" picker."""

    def fn(session, _p, _c) -> list[Choice]:
        from nsdesk.services.common import formats
        from nsdesk.services.pilots import supports

        out = []
        for r in supports.list_supports(session, enterprise=enterprise_id):
            when = formats.day(r.start) or "?"
            label = f"{r.project_code or '—'} · {', '.join(r.tools) or '—'} · {when}"
            out.append(Choice(r.uuid, label, {"status": r.status}))
        return out

    return fn


@dataclass
class MeasurementsSaved(Saved):
    flags: list[str] = field(default_factory=list)


def add_measurements(entries: list[tuple[str, dict]]):
    """Save several values of one slot in one transaction; a bad one names its form key.

    ``entries``: (form key, service data). Computed metrics (labour productivity) follow.
    """

    def fn(session, _p, _c) -> MeasurementsSaved:
        from nsdesk.services.common.forms import FormError
        from nsdesk.services.pilots import measurements

        saved = []
        for key, data in entries:
            try:
                saved.append(measurements.add_measurement(session, data))
            except FormError as exc:
                raise FormError({(f"{key}.{k}" if k in ("value", "metric") else k): v
                                       for k, v in exc.errors.items()}) from exc
        session.flush()
        flags = []
        if saved:
            m0 = saved[0]
            lines = _measurement_lines(session, enterprise_id=m0.enterprise_id)
            flags = [f"{ln.metric_name}: {ln.flag_reason}" for ln in lines
                     if ln.flagged and ln.support_id == m0.support_id and ln.phase == m0.phase]
        return MeasurementsSaved(Changes.of("measurements"), [m.id for m in saved], flags)

    return fn


def delete_measurement(measurement_id: int):
    def fn(session, _p, _c) -> Saved:
        from nsdesk.services.pilots import measurements

        measurements.delete_measurement(session, measurement_id)
        return Saved(Changes.of("measurements"))

    return fn


# --- summaries and charts -----------------------------------------------------------------------

@dataclass
class SummaryData:
    by: str
    rows: list
    distribution: dict[str, list[float]]
    adoption_tool: list
    adoption_sector: list


def load_summaries(by: str, metric: str | None, chart_metric: str):
    def fn(session, _p, _c) -> SummaryData:
        from nsdesk.services.pilots import summaries

        rows = summaries.summarize(session, by, metrics=[metric] if metric else None)
        return SummaryData(by, rows, summaries.improvement_distribution(session, chart_metric, "tool"),
                           summaries.adoption_counts(session, "tool"), summaries.adoption_counts(session, "sector"))

    return fn


# --- one enterprise -----------------------------------------------------------------------------

@dataclass
class Profile:
    enterprise_id: int
    name: str
    tax_code: str | None
    supports: list
    tools_adopted: list[tuple[str, str]]  # code, name
    certificates: list[dict]
    measurements: list[MeasurementLine]
    before_after: list[dict]
    metric_names: dict[str, str]
    tool_names: dict[str, str] = field(default_factory=dict)  # code → name, for the lượt and certificates

    def tools_text(self, codes: list[str]) -> str:
        return ", ".join(self.tool_names.get(c, c) for c in codes)


def load_profile(enterprise_id: int, as_of: date | None = None):
    def fn(session, _p, _c) -> Profile:
        from nsdesk.services.pilots import summaries, supports

        ov = supports.enterprise_overview(session, enterprise_id, as_of)
        names = tool_names(session)
        return Profile(enterprise_id, ov["name"], ov["tax_code"], ov["supports"],
                       [(c, names.get(c, c)) for c in ov["tools_adopted"]], ov["certificates"],
                       _measurement_lines(session, enterprise_id=enterprise_id),
                       summaries.enterprise_before_after(session, enterprise_id), metric_names(session), names)

    return fn
