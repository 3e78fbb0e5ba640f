"""nsdesk.ui.register."""
