"""nsdesk.services.pilots."""
