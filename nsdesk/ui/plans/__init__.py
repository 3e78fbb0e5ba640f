"""nsdesk.ui.plans."""
