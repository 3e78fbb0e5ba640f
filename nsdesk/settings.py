"""User settings, declared once: a typed registry of keys with defaults, kept in a JSON file.

The file lives in the platform's user config folder (``platformdirs.user_config_path``; on Linux
``$XDG_CONFIG_HOME/nsdesk/settings.json``, so tests redirect it with ``XDG_CONFIG_HOME``). Pure
Python: no Qt here, so the CLI and tests can read the same settings.

A missing, unreadable or hand-damaged file never stops the app: unknown keys are kept as they
are, values of the wrong type fall back to their default.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T
    kind: type
    choices: tuple | None = None

    def valid(self, value: Any) -> bool:
        if value is None:
            return self.default is None
        if not isinstance(value, self.kind) or isinstance(value, bool) and self.kind is not bool:
            return False
        return self.choices is None or value in self.choices


LANGUAGES = ("vi", "en")

#: Interface language: "vi" (default, the source language) or "en".
LANGUAGE: Setting[str] = Setting("language", "vi", str, LANGUAGES)
#: The database opened last (SQLite path or PostgreSQL URL), reopened at the next start.
LAST_DATABASE: Setting[str | None] = Setting("last_database", None, str)
#: Main window geometry (base64 of QWidget.saveGeometry()).
WINDOW_GEOMETRY: Setting[str | None] = Setting("window_geometry", None, str)

#: The folder the last open/save dialog was left in: every file dialog starts there.
LAST_FOLDER: Setting[str | None] = Setting("last_folder", None, str)

REGISTRY: dict[str, Setting] = {s.key: s for s in (LANGUAGE, LAST_DATABASE, WINDOW_GEOMETRY, LAST_FOLDER)}


def default_path() -> Path:
    from platformdirs import user_config_path

    from nsdesk import APP_AUTHOR, APP_NAME

    return user_config_path(APP_NAME, APP_AUTHOR) / "settings.json"


class Settings:
    """Settings read from and written to one JSON file. ``set`` writes through at once."""

    def __init__(self, path: Path | None = None):
        self.path = Path(path) if path is not None else default_path()
        self._values: dict[str, Any] = self._read()

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def get(self, setting: Setting[T]) -> T:
        value = self._values.get(setting.key, setting.default)
        return value if setting.valid(value) else setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        if not setting.valid(value):
            raise ValueError(f"invalid value for setting {setting.key!r}: {value!r}")
        if value == setting.default:
            self._values.pop(setting.key, None)
        else:
            self._values[setting.key] = value
        self.save()

    def save(self) -> None:
        """Write atomically (temporary file, then rename). An unwritable folder is not fatal."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(self.path.name + ".tmp")
            tmp.write_text(json.dumps(self._values, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass
