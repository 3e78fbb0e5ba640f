"""nsdesk.services.demo."""
