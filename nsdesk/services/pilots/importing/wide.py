"""A wide sheet of measurements, as survey sheets are usually laid out: one row per enterprise and
one column per metric and before/after — "Số lao động trước", "Doanh thu (sau)", "Doanh thu thuần
sau hỗ trợ (triệu đồng)", or a metric's name over two sub-headers "Trước" | "Sau".

:func:`wide_columns` finds those columns (a header names a metric by code, name or short name, or
— headers only, where the user sees the result before importing — by the first words of exactly one
metric entered by hand: "Số lao động" is "Số lao động bình quân"); :class:`WideColumn` says which.
The reader then reads each filled cell of them as one measurement row of the long form
(:meth:`~nsdesk.services.pilots.importing.kinds.MeasurementReader.expand`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nsdesk.models import Metric
from nsdesk.services.common.text import fold
from nsdesk.services.pilots.importing.columns import PHASE_WORDS
from nsdesk.services.pilots.importing.lookups import short_names
from nsdesk.xlsx.reader import CellValue

_PARENS = re.compile(r"\(([^)]*)\)")
_NOT_WORD = re.compile(r"[^\w\s]+")
_PHASES = sorted(PHASE_WORDS, key=len, reverse=True)


@dataclass(frozen=True)
class WideColumn:
    index: int  # 0-based column
    header: str  # as written ("Số lao động trước"; with a sub-header: "Số lao động – Trước")
    metric: str  # metric code
    metric_name: str
    phase: str  # before | after


def _words(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text).split())


def split_phase(header: str) -> tuple[str | None, str]:
    """(phase, the rest) of a header: "Doanh thu (sau)" → ("after", "doanh thu"); the rest folded,
    without punctuation or bracketed units."""
    f = fold(header)
    inside = [_words(p) for p in _PARENS.findall(f)]
    rest = _words(_PARENS.sub(" ", f))
    for p in inside:
        if p in PHASE_WORDS:
            return PHASE_WORDS[p], rest
    for w in _PHASES:
        if rest.endswith(" " + w):
            return PHASE_WORDS[w], rest[:-len(w) - 1].strip()
        if rest.startswith(w + " "):
            return PHASE_WORDS[w], rest[len(w) + 1:].strip()
    return None, rest


class MetricNames:
    """Metrics by what a header may call them."""

    def __init__(self, metrics: Sequence[Metric]):
        self.exact: dict[str, Metric | None] = {}
        self.entered = [m for m in metrics if not m.computed_from]
        for m in metrics:
            names = [fold(m.code), fold(m.name), fold(m.name_en or ""), *short_names(m.name),
                     *short_names(m.name_en or "")]
            for n in {_words(n) for n in names if n}:
                self.exact[n] = None if n in self.exact and self.exact[n] is not m else m

    def find(self, words: str) -> Metric | None:
        if not words:
            return None
        if words in self.exact:
            return self.exact[words]
        starts = [m for m in self.entered if (_words(fold(m.name)) + " ").startswith(words + " ")]
        return starts[0] if len(starts) == 1 else None


def wide_columns(headers: Sequence[str], below: Sequence[CellValue | None], metrics: Sequence[Metric]
                 ) -> tuple[list[WideColumn], list[WideColumn], bool]:
    """The metric × phase columns of a header row: those of metrics entered by hand, those of
    computed ones (not imported: they are worked out), and whether they use the row ``below`` as
    sub-headers ("Trước" | "Sau" under a metric's name merged across both)."""
    names = MetricNames(metrics)
    found: list[tuple[WideColumn, Metric]] = []
    for i, text in enumerate(headers):
        if not text:
            continue
        phase, rest = split_phase(text)
        m = names.find(rest) if phase else None
        if m is not None and phase is not None:
            found.append((WideColumn(i, text, m.code, m.name, phase), m))
    uses_below = False
    if not found:
        # "Số lao động" merged over "Trước" | "Sau": the sub-header names the phase, the nearest
        # heading at or left of it the metric
        for i, sub in enumerate(below):
            phase = PHASE_WORDS.get(_words(fold(sub))) if isinstance(sub, str) else None
            if phase is None:
                continue
            title = next((headers[j] for j in range(min(i, len(headers) - 1), -1, -1) if headers[j]), "")
            m = names.find(split_phase(title)[1]) if title else None
            if m is not None:
                found.append((WideColumn(i, f"{title} – {str(sub).strip()}", m.code, m.name, phase), m))
        uses_below = bool(found)
    return ([w for w, m in found if not m.computed_from], [w for w, m in found if m.computed_from], uses_below)
