"""How plan figures read in Vietnamese: numbers with a decimal comma, requirements, dates.

Shared by the plans page, the dashboard and the Excel report (no Qt here; the UI's translator
reaches these labels through :func:`nsdesk.i18n.tr`, context "plans").
"""

from __future__ import annotations

from datetime import date

from nsdesk.i18n import tr


def number(value) -> str:
    """7.5 → "7,5"; 7.0 → "7"; 12000 → "12.000"; None → "—" (Vietnamese separators)."""
    if value is None:
        return "—"
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}".replace(",", ".")
        return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{value:,}".replace(",", ".")


def required_text(comparator: str, minimum, maximum, tolerance=None, unit: str | None = None,
                  bound: str | None = None) -> str:
    """The requirement as a reader expects it: "5–10", "≥ 30", "> 7 %/năm", "≈ 55 (± 5)"."""
    if minimum is None:
        return tr("plans", "(chưa nhập)")
    if comparator == "range" and maximum is not None:
        text = f"{number(minimum)}–{number(maximum)}"
    elif comparator == "more_than" or (comparator == "yearly_rate" and bound == "more_than"):
        text = f"> {number(minimum)}"
    elif comparator == "about":
        text = f"≈ {number(minimum)}" + (f" (± {number(tolerance)})" if tolerance else "")
    else:
        text = f"≥ {number(minimum)}"
    return f"{text} {unit}" if unit else text


def day(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""
