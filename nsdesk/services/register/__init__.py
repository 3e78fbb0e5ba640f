"""nsdesk.services.register."""
