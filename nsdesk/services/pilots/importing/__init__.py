"""Importing lượt (supports) and before/after measurements from Excel, like the register import.

Same two steps as :mod:`nsdesk.services.register.importing.pipeline`, and the same header
detection, column synonyms, tax-code normalisation, problems and rejected-rows file:

* :func:`preview` reads and checks every row without writing: the header found, the column →
  field mapping, per-row rejections and warnings, and what applying would do (created / updated /
  unchanged, compared with the database now);
* :func:`apply` writes the valid rows in the caller's transaction, reporting ``progress(done,
  total)``, stopping (raising :class:`ImportCancelled`) when ``cancel`` says so.

Rules
- A support row names the enterprise by tax code (normalised as in the register import); the
  project by code or name; support types and tools by name or code, several in one cell separated
  by ";" or ","; dates as dd/mm/yyyy, Excel dates or ISO text; the status by its label (without
  it: completed when the end date has passed, in progress when the start date has, else planned);
  funding by source (state, enterprise, other) and the certificate's number, body and dates.
  Without a type, a row with tools is a "system / tool" support (with a warning).
- A lượt is identified by enterprise + start date + tools + project: re-importing the same file
  creates nothing; a row matching a lượt updates its other fields from the non-empty cells.
- A measurement row names the enterprise, optionally its lượt (project, tool and/or the lượt's
  start date: exactly one of the enterprise's lượt must match), the metric by code or name
  (computed metrics are not typed), before or after, the date, the value, the period and source.
  It is identified by enterprise + lượt + metric + before/after + date; a row matching one
  updates its value, period and source.
- An unknown enterprise, project, tool, type, metric or lượt, an unreadable date, status, phase or
  value rejects the row, with the reason (the field) and what to fix; nothing else does.
- A row repeating an earlier row's identity: the later row wins (listed in ``merged_duplicate_rows``).

The package: ``columns`` (fields, synonyms, labels, words), ``lookups`` (catalogues and stored
identities), ``rows`` (the row loop and cell readers), ``kinds`` (a row of each kind), ``preview``,
``write`` (plan and apply), ``rejected`` (the rejected-rows file).
"""

from nsdesk.services.pilots.importing.columns import FIELDS, KINDS, LABELS, REQUIRED, field_for
from nsdesk.services.pilots.importing.preview import preview, preview_file
from nsdesk.services.pilots.importing.result import SheetImport, SheetResult
from nsdesk.services.pilots.importing.write import apply, import_file
from nsdesk.services.register.importing.pipeline import ImportCancelled
from nsdesk.services.register.importing.problems import save_rejected
from nsdesk.xlsx import read_sheet

__all__ = ["FIELDS", "KINDS", "LABELS", "REQUIRED", "ImportCancelled", "SheetImport", "SheetResult", "apply",
           "field_for", "import_file", "preview", "preview_file", "read_sheet", "save_rejected"]
