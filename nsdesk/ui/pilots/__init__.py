"""nsdesk.ui.pilots."""
