"""Translation hook for layers without Qt.

User-visible source strings are Vietnamese (the default language); English comes from the Qt
translation files in ``resources/translations``. Below the UI nothing imports Qt, so services
mark their messages with :func:`tr`, and the UI installs Qt's translator here at start-up.

A document an office signs is Vietnamese whatever the UI language: code that writes one runs
inside :func:`source_language`, where :func:`tr` returns the Vietnamese source text (on that
thread only, so the GUI keeps its language meanwhile).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_translate: Callable[[str, str], str] | None = None
_local = threading.local()


def set_translator(fn: Callable[[str, str], str] | None) -> None:
    global _translate
    _translate = fn


def tr(context: str, text: str) -> str:
    if _translate is None or getattr(_local, "source", False):
        return text
    return _translate(context, text)


@contextmanager
def source_language() -> Iterator[None]:
    """Within the block, :func:`tr` on this thread returns the Vietnamese source texts."""
    before = getattr(_local, "source", False)
    _local.source = True
    try:
        yield
    finally:
        _local.source = before
