"""What the rows are matched against, loaded once per import as plain dicts of ids: enterprises
by normalised tax code, projects, tools and metrics by code or name, the lượt of each enterprise
(for measurements), and the records already stored under the rows' identities."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from nsdesk.models import (
    Enterprise,
    Measurement,
    Metric,
    PilotProject,
    Support,
    SupportTool,
    SupportType,
    Tool,
)
from nsdesk.services.common.text import fold
from nsdesk.services.pilots.importing.columns import code_key
from nsdesk.services.register.importing.rows import existing_key

CHUNK = 5000
SUPPORT_COMPARED = ("end_date", "status", "funding_state", "funding_enterprise", "funding_other", "cert_number",
                    "cert_body", "cert_issued", "cert_expires", "note")
MEASUREMENT_COMPARED = ("value", "period", "source")

#: A lượt of an enterprise, for matching a measurement row: (id, project id, start date, tool ids).
SupportRef = tuple[int, int | None, date | None, frozenset[int]]


def enterprise_ids(session: Session) -> dict[str, int]:
    """Enterprise id by normalised tax code."""
    t = Enterprise.__table__
    out: dict[str, int] = {}
    for eid, code in session.execute(select(t.c.id, t.c.tax_code).where(t.c.tax_code.is_not(None))):
        key = existing_key(code)
        if key:
            out[key] = eid
    return out


def project_ids(session: Session) -> dict[str, int | None]:
    """Project id by upper-case code and by folded name (None: a name two projects share)."""
    out: dict[str, int | None] = {}
    for pid, code, name in session.execute(select(PilotProject.id, PilotProject.code, PilotProject.name)):
        out[code.upper()] = pid
        f = fold(name)
        out[f] = None if f in out and out[f] != pid else pid
    return out


def short_names(name: str) -> list[str]:
    """What a catalogue name is also written as: the part before a closing bracket and the part in it
    ("Cải tiến liên tục (Kaizen)": "Cải tiến liên tục", "Kaizen"), folded."""
    name = name.strip()
    if not name.endswith(")") or "(" not in name:
        return []
    cut = name.index("(")
    return [f for f in (fold(name[:cut]), fold(name[cut + 1:-1])) if len(f) >= 2]


def _add_short_names(out: dict[str, Any], named: list[tuple[str, Any]]) -> None:
    """Add each name's short forms (:func:`short_names`) where no code or full name has that key; a
    short form two entries share is ambiguous (None)."""
    short: dict[str, Any] = {}
    for name, value in named:
        for f in short_names(name):
            if f not in out:
                short[f] = None if f in short and short[f] != value else value
    out.update(short)


def tool_ids(session: Session) -> dict[str, tuple[int, bool] | None]:
    """(tool id, retired) by upper-case code, code key, folded name and its short forms (None: an
    ambiguous name)."""
    out: dict[str, tuple[int, bool] | None] = {}
    named: list[tuple[str, Any]] = []
    for tid, code, name, name_en, retired in session.execute(
            select(Tool.id, Tool.code, Tool.name, Tool.name_en, Tool.retired)):
        out[code.upper()] = (tid, retired)
        out.setdefault(code_key(code), (tid, retired))
        for n in (name, name_en):
            if n:
                f = fold(n)
                out[f] = None if f in out and out[f] != (tid, retired) else (tid, retired)
                named.append((n, (tid, retired)))
    _add_short_names(out, named)
    return out


def metrics(session: Session) -> dict[str, Metric | None]:
    """Metric by lower-case code, folded name and its short forms (None: an ambiguous name)."""
    out: dict[str, Metric | None] = {}
    named: list[tuple[str, Any]] = []
    for m in session.scalars(select(Metric)):
        out[m.code.lower()] = m
        for n in (m.name, m.name_en):
            if n:
                f = fold(n)
                out[f] = None if f in out and out[f] is not m else m
                named.append((n, m))
    _add_short_names(out, named)
    return out


def metric_suggestions(by_key: dict[str, Metric | None], text: str, most: int = 4) -> list[Metric]:
    """The metrics entered by hand whose name holds ``text`` (folded), for a message: "Doanh thu" →
    "Doanh thu thuần" (the computed "Doanh thu bình quân một lao động" is not entered)."""
    f = fold(text)
    seen: dict[int, Metric] = {}
    for m in by_key.values():
        if m is not None and m.id not in seen and not m.computed_from and f and f in fold(m.name):
            seen[m.id] = m
    return sorted(seen.values(), key=lambda m: m.name)[:most]


def supports_by_enterprise(session: Session) -> dict[int, list[SupportRef]]:
    tools: dict[int, set[int]] = {}
    for sid, tid in session.execute(select(SupportTool.support_id, SupportTool.tool_id)):
        tools.setdefault(sid, set()).add(tid)
    out: dict[int, list[SupportRef]] = {}
    for sid, eid, pid, start in session.execute(
            select(Support.id, Support.enterprise_id, Support.project_id, Support.start_date)):
        out.setdefault(eid, []).append((sid, pid, start, frozenset(tools.get(sid, ()))))
    return out


def existing_supports(session: Session) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Stored lượt by identity (enterprise, start date, sorted tool ids, project)."""
    tools: dict[int, list[int]] = {}
    for sid, tid in session.execute(select(SupportTool.support_id, SupportTool.tool_id)):
        tools.setdefault(sid, []).append(tid)
    types: dict[int, list[str]] = {}
    for sid, kind in session.execute(select(SupportType.support_id, SupportType.type)):
        types.setdefault(sid, []).append(kind)
    t = Support.__table__
    out = {}
    for row in session.execute(select(t.c.id, t.c.uuid, t.c.enterprise_id, t.c.project_id, t.c.start_date,
                                      *[t.c[c] for c in SUPPORT_COMPARED])).mappings():
        d = dict(row)
        d["types"] = sorted(types.get(d["id"], []))
        out[(d["enterprise_id"], d["start_date"], tuple(sorted(tools.get(d["id"], []))), d["project_id"])] = d
    return out


def existing_measurements(session: Session, enterprises: set[int]) -> dict[tuple[Any, ...], dict[str, Any]]:
    """Stored measurements of ``enterprises`` by identity (enterprise, lượt, metric, phase, date)."""
    t = Measurement.__table__
    out = {}
    q = select(t.c.id, t.c.uuid, t.c.enterprise_id, t.c.support_id, t.c.metric_id, t.c.phase, t.c.measured_on,
               *[t.c[c] for c in MEASUREMENT_COMPARED])
    ids = sorted(enterprises)
    for start in range(0, len(ids), CHUNK):
        for row in session.execute(q.where(t.c.enterprise_id.in_(ids[start:start + CHUNK]))).mappings():
            d = dict(row)
            out[(d["enterprise_id"], d["support_id"], d["metric_id"], d["phase"], d["measured_on"])] = d
    return out
