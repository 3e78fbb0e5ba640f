"""SQLAlchemy models of nsdesk. No Qt here."""

from nsdesk.models import name_order  # noqa: E402,F401  (registers the key hook for ORM writes)
from nsdesk.models.activity import ACTIVITY_KINDS, Activity, ActivityEnterprise, Change, OfficeSetting
from nsdesk.models.base import Base, RecordMixin, new_uuid, utcnow
from nsdesk.models.consolidation import SUBMISSION_STATUSES, RecordSource, Submission, SubmissionConflict
from nsdesk.models.enterprise import ENTERPRISE_KINDS, SIZE_CLASSES, Enterprise
from nsdesk.models.pilot import (
    PROJECT_STATUSES,
    SUPPORT_STATUSES,
    SUPPORT_TYPES,
    Measurement,
    PilotProject,
    Support,
    SupportTool,
    SupportType,
)
from nsdesk.models.plan import (
    COMPARATORS,
    PLAN_LEVELS,
    TARGET_KINDS,
    IndicatorValue,
    Plan,
    PlanTask,
    PlanTerritoryUnit,
    Target,
    TaskNote,
)
from nsdesk.models.reference import AdminUnit, Metric, Sector, Tool
from nsdesk.models.report import REPORT_STATUSES, PlanBudget, ReportRecord

__all__ = [
    "ACTIVITY_KINDS", "COMPARATORS", "ENTERPRISE_KINDS", "PLAN_LEVELS", "PROJECT_STATUSES", "REPORT_STATUSES",
    "SIZE_CLASSES", "SUPPORT_STATUSES", "SUPPORT_TYPES", "TARGET_KINDS",
    "Activity", "ActivityEnterprise", "AdminUnit", "Base", "Change", "Enterprise", "IndicatorValue",
    "Measurement", "Metric", "OfficeSetting", "PilotProject", "Plan", "PlanBudget", "PlanTask", "PlanTerritoryUnit",
    "RecordMixin", "ReportRecord", "Sector", "Support", "SupportTool", "SupportType", "Target", "TaskNote", "Tool",
    "new_uuid", "utcnow",
    "SUBMISSION_STATUSES", "RecordSource", "Submission", "SubmissionConflict",
]
