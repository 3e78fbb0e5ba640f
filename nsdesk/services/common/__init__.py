"""nsdesk.services.common."""
