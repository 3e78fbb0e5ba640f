"""nsdesk.ui.widgets."""
