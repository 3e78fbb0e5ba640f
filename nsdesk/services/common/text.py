"""Text normalisation shared by storage, search and import."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+", re.UNICODE)  # includes no-break spaces (U+00A0, U+202F …)


def clean(value: object) -> str:
    """NFC, trimmed, inner runs of whitespace collapsed to one space. ``None`` → ``""``."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _SPACES.sub(" ", text).strip()


def fold(value: object) -> str:
    """Lower case without accents, đ → d: what search and matching compare."""
    text = clean(value).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()
