"""nsdesk.ui.reports."""
