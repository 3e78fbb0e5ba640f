"""nsdesk.ui.overview."""
