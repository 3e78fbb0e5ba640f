"""What a package's records are made of: the model, the plain columns and how their text becomes a
value, the entity names of provenance and conflicts, and the conflict case itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from nsdesk.errors import KnownError
from nsdesk.models import Activity, Enterprise, IndicatorValue, Measurement, PilotProject, Support, TaskNote
from nsdesk.services.consolidation import format as fmt

COUNTED = ("enterprises", "supports", "measurements", "projects", "activities")
# The name of each sheet's records in provenance, conflicts and the change history.
SINGULAR = {fmt.ENTERPRISES: "enterprise", fmt.PROJECTS: "project", fmt.SUPPORTS: "support",
            fmt.MEASUREMENTS: "measurement", fmt.ACTIVITIES: "activity", fmt.TASK_NOTES: "task_note",
            fmt.INDICATORS: "indicator"}
MODELS: dict[str, Any] = {fmt.ENTERPRISES: Enterprise, fmt.PROJECTS: PilotProject, fmt.SUPPORTS: Support,
                          fmt.MEASUREMENTS: Measurement, fmt.ACTIVITIES: Activity, fmt.TASK_NOTES: TaskNote,
                          fmt.INDICATORS: IndicatorValue}
# Plain columns of each sheet and how their text becomes a value.
_PLAIN: dict[str, dict[str, str]] = {
    fmt.ENTERPRISES: {"tax_code": "str", "name": "str", "kind": "str", "sector_code": "str", "province_code": "str",
                      "commune_code": "str", "address": "str", "representative": "str", "founded_year": "int",
                      "employees": "int", "revenue": "float", "capital": "float", "archived": "bool"},
    fmt.PROJECTS: {"code": "str", "name": "str", "lead_unit": "str", "partner_units": "str", "provider": "str",
                   "start_date": "date", "end_date": "date", "status": "str", "funding_state": "float",
                   "funding_enterprise": "float", "funding_other": "float", "description": "str"},
    fmt.SUPPORTS: {"start_date": "date", "end_date": "date", "status": "str", "funding_state": "float",
                   "funding_enterprise": "float", "funding_other": "float", "cert_number": "str", "cert_body": "str",
                   "cert_issued": "date", "cert_expires": "date", "note": "str"},
    fmt.MEASUREMENTS: {"phase": "str", "value": "float", "measured_on": "date", "period": "str", "source": "str"},
    fmt.ACTIVITIES: {"kind": "str", "title": "str", "held_on": "date", "unit_in_charge": "str", "quantity": "int",
                     "commune_code": "str", "note": "str"},
    fmt.TASK_NOTES: {"noted_on": "date", "text": "str", "officer": "str"},
    fmt.INDICATORS: {"indicator": "str", "territory_code": "str", "year": "int", "value": "float", "source": "str"},
}

class SubmissionCancelled(KnownError):
    """The user cancelled the import; the caller rolls back."""


def _value(kind: str, text: str) -> object:
    if text == "":
        return False if kind == "bool" else None
    if kind == "int":
        return int(float(text))
    if kind == "float":
        return float(text)
    if kind == "date":
        return date.fromisoformat(text)
    if kind == "bool":
        return text == "1"
    return text


def _counts() -> dict[str, int]:
    return dict.fromkeys(COUNTED, 0)


@dataclass(frozen=True)
class ConflictCase:
    entity: str
    uuid: str
    tax_code: str | None
    field: str
    kept: str
    other: str
    from_office: str

    def to_json(self) -> dict[str, object]:
        return {"entity": self.entity, "uuid": self.uuid, "tax_code": self.tax_code, "field": self.field,
                "kept": self.kept, "other": self.other, "from_office": self.from_office}
