"""Flags and computed values of the measurements an import creates for enterprises that had none
stored: those rows are then all of the enterprises' measurements, so both are worked out from the
rows themselves before they are inserted — the rules of
:func:`nsdesk.services.pilots.measurements.refresh_after_import` (which handles the other
enterprises, reading what is stored), without reading a million rows back."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from nsdesk.services.pilots.measurements import ComputationRules, flag_reasons

Key = tuple[Any, ...]  # (enterprise, lượt, metric, phase, date)


def _earliest(member: tuple[Key, str, float, date | None]) -> tuple[bool, date]:
    return (member[3] is None, member[3] or date.min)


def work_out(rules: ComputationRules, items: dict[Key, tuple[Any, ...]], keys: Iterable[Key]
             ) -> tuple[dict[Key, str], dict[Key, tuple[float, str | None, str]]]:
    """(flag reason by key of each flagged value, computed (value, period, source) by key) for
    ``keys`` — every measurement of their enterprises, ``items`` holding (value, period, source)."""
    derived_of, parts_of, source_text, plain = rules.derived_of, rules.parts_of, rules.source_text, rules.plain
    computed: dict[Key, tuple[float, str | None, str]] = {}
    groups: dict[Key, list[tuple[Key, str, float, date | None]]] = {}
    for key in keys:
        eid, sid, mid, phase, day = key
        member = (key, phase, items[key][0], day)
        group = groups.get((eid, sid, mid))
        if group is None:
            groups[(eid, sid, mid)] = [member]
        else:
            group.append(member)
        derived = derived_of.get(mid)
        if not derived:
            continue
        for did in derived:
            ck = (eid, sid, did, phase, day)
            parts = parts_of[did]
            if ck in computed or len(parts) != 2:
                continue
            first = items.get((eid, sid, parts[0], phase, day))
            second = items.get((eid, sid, parts[1], phase, day))
            if first is None or second is None or second[0] == 0:
                continue
            value = first[0] / second[0]
            computed[ck] = (value, first[1], source_text[did])
            groups.setdefault((eid, sid, did), []).append((ck, phase, value, day))
    flags: dict[Key, str] = {}
    for (_eid, _sid, mid), members in groups.items():
        metric = plain[mid]
        base = None
        for m in members:  # the earliest "before" (undated last): the baseline of the "after" values
            if m[1] == "before" and (base is None or _earliest(m) < _earliest(base)):
                base = m
        baseline = (base[2], base[3]) if base is not None else None
        for key, phase, value, day in members:
            reasons = flag_reasons(metric, phase, value, day, baseline if phase == "after" else None)
            if reasons:
                flags[key] = " ".join(reasons)
    return flags, computed
