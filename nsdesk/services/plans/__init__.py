"""nsdesk.services.plans."""
