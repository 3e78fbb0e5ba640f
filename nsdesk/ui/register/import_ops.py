"""The import wizard's work on the ops worker: read and preview a sheet, apply it, undo the last
import, copy a blank template. Nothing here is a widget; the wizard (import_wizard.py) calls these."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, Signal

from nsdesk.ui.ops import Changes


@dataclass(frozen=True)
class Imported:
    result: Any  # importer.ImportResult
    changes: Changes


def _n(value: int) -> str:
    return QLocale().toString(int(value))


KINDS = ("enterprises", "supports", "measurements")
TEMPLATE_FILES = {"enterprises": "mau-doanh-nghiep.xlsx", "supports": "mau-luot-ho-tro.xlsx",
                  "measurements": "mau-so-lieu-do.xlsx"}


def kind_fields(kind: str) -> tuple[tuple[str, ...], dict[str, str], tuple[str, ...]]:
    """(fields in order, their labels, required fields) of a kind of file."""
    if kind == "enterprises":
        from nsdesk.services.register.importing.columns import (
            IMPORT_FIELD_LABELS,
            IMPORT_FIELDS,
            REQUIRED_FIELDS,
        )

        return IMPORT_FIELDS, IMPORT_FIELD_LABELS, REQUIRED_FIELDS
    from nsdesk.services.pilots import importing

    return importing.FIELDS[kind], importing.LABELS, importing.REQUIRED[kind]


def _preview(session, kind: str, path: str | Path, sheet: str | None, mapping=None, only_empty: bool = False):
    """Preview from the file: a large sheet is read row by row, never held whole (the services'
    ``preview_file``), so the wizard stays within the memory the command line uses."""
    if kind == "enterprises":
        from nsdesk.services.register.importing import pipeline as importer

        return importer.preview_file(session, path, sheet, mapping=mapping, only_empty=only_empty)
    from nsdesk.services.pilots import importing

    return importing.preview_file(session, kind, path, sheet, mapping=mapping)


def read_op(path: str, sheet: str | None, kind: str = "enterprises"):
    def fn(session, _progress, _cancelled):
        return _preview(session, kind, path, sheet)

    return fn


def preview_op(path: str | Path, sheet: str, mapping: dict[str, int], kind: str = "enterprises",
               only_empty: bool = False):
    """The preview again with the user's column choices (the file is read again)."""
    def fn(session, _progress, _cancelled):
        return _preview(session, kind, path, sheet, mapping, only_empty)

    return fn


def apply_op(pv, relay: ProgressRelay, cancel: threading.Event, kind: str = "enterprises",
             accept_moves: bool = False):
    """Import ``pv``; ``accept_moves`` (enterprises only): an enterprise with counted lượt may move
    to the commune the file gives ("Cho phép chuyển phường/xã")."""
    def fn(session, _progress, cancelled):
        cancel_fn = lambda: cancel.is_set() or cancelled()  # noqa: E731
        if kind == "enterprises":
            from nsdesk.services.register.importing import pipeline as register_importer

            result = register_importer.apply(session, pv, progress=relay.progress.emit, cancel=cancel_fn,
                                             accept_moves=accept_moves)
        else:
            from nsdesk.services.pilots import importing as pilot_importer

            result = pilot_importer.apply(session, pv, progress=relay.progress.emit, cancel=cancel_fn)
        return Imported(result, Changes.of(kind) if result.written else Changes())

    return fn


def undo_op(batch: str | None, kind: str):
    def fn(session, _progress, _cancelled):
        from nsdesk.services.pilots import undo

        return Imported(undo.undo_last_import(session, batch=batch), Changes.of(kind))

    return fn


def save_template(kind: str, path: str) -> None:
    """Copy the blank template of ``kind`` to ``path`` (whole or not at all; a database or a file that
    is not a workbook is refused with a message)."""
    from importlib.resources import files

    from nsdesk.files import atomic_output, check_output_path

    data = files("nsdesk.resources").joinpath("import_templates", TEMPLATE_FILES[kind]).read_bytes()
    with atomic_output(check_output_path(path)) as tmp:  # never half a file, never over a database
        tmp.write_bytes(data)


class ProgressRelay(QObject):
    """Carries progress(done, total) from the worker to the GUI thread (a queued signal)."""

    progress = Signal(int, int)
