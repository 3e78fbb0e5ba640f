"""Numbers in form fields written the way the tables write them ("3.847,3", services/common/formats).

A field shows a stored number in the Vietnamese format; what the user types is read by the services'
parser (``1.234,5``, ``1234,5``, and ``1234.5`` typed by hand where that is unambiguous), and when the
user leaves the field it is rewritten in the one format, so that what will be saved is what is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from nsdesk.services.common import formats

EDIT_DECIMALS = 6  # a form never drops digits the stored value has


def number_text(value: float | int | None, decimals: int = EDIT_DECIMALS) -> str:
    """A stored number as a form field shows it: 3847.3 → "3.847,3", 12000 → "12.000", None → ""."""
    if value is None:
        return ""
    return formats.number(float(value) if not isinstance(value, int) else value, decimals, empty="")


Parser = Callable[[str], "float | None"]  # raises ValueError (or returns None) for what is not a number


def _parse_number(text: str) -> float | None:
    from nsdesk.services.common.forms import parse_number

    return parse_number(text)


def reformat(edit: QLineEdit, decimals: int = EDIT_DECIMALS, parse: Parser | None = None) -> None:
    """Rewrite the field's number in the Vietnamese format, read by ``parse`` (the one the form's
    service reads it with); text that is not a number stays as typed (the form's checks say why)."""
    try:
        value = (parse or _parse_number)(edit.text())
    except ValueError:
        return
    if value is None:
        return
    text = number_text(int(value) if float(value).is_integer() else value, decimals)
    if text != edit.text():
        edit.setText(text)


def vietnamese_number(edit: QLineEdit, decimals: int = EDIT_DECIMALS, parse: Parser | None = None) -> QLineEdit:
    """Make ``edit`` a number field: right-aligned, rewritten in the one format when left."""
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.editingFinished.connect(lambda: reformat(edit, decimals, parse))
    return edit
