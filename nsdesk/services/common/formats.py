"""How figures read in Vietnamese: numbers with a decimal comma, dates, plan requirements.

Shared by every service, page, command and report (no Qt here; the UI's translator
reaches these labels through :func:`nsdesk.i18n.tr`, context "plans").
"""

from __future__ import annotations

from datetime import date

from nsdesk.i18n import tr


def number(value: float | None, decimals: int = 2, empty: str = "—") -> str:
    """The one Vietnamese number format: 7.5 → "7,5"; 7.0 → "7"; 12000 → "12.000"; 1234.5 → "1.234,5".

    At most ``decimals`` decimals, trailing zeros dropped; ``None`` → ``empty``.
    """
    if value is None:
        return empty
    if isinstance(value, float):
        if value.is_integer():
            return f"{int(value):,}".replace(",", ".")
        text = f"{value:,.{decimals}f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text.replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"{value:,}".replace(",", ".")


def sector_label(code: str | None, name: str | None) -> str | None:
    """A VSIC sector as people read it (and the register importer reads back): "10 – Sản xuất chế
    biến thực phẩm"; the code alone when its name is unknown, ``None`` without a code."""
    if not code:
        return None
    return f"{code} – {name}" if name else code


def required_text(comparator: str, minimum: float | None, maximum: float | None, tolerance: float | None = None, unit: str | None = None,
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
    """The one Vietnamese date format: dd/mm/yyyy; ``None`` → ``""``."""
    return value.strftime("%d/%m/%Y") if value else ""
