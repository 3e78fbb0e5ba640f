"""Translation hook for layers without Qt.

User-visible source strings are Vietnamese (the default language); English comes from the Qt
translation files in ``resources/translations``. Below the UI nothing imports Qt, so services
mark their messages with :func:`tr`, and the UI installs Qt's translator here at start-up.
"""

from __future__ import annotations

from collections.abc import Callable

_translate: Callable[[str, str], str] | None = None


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translate
    _translate = fn


def tr(context: str, text: str) -> str:
    return _translate(context, text) if _translate else text
